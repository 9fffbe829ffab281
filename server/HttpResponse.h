#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace Servery {

// What a handler answers. The connection adds the framing fields (Date,
// Server, Content-Length, Connection) and streams the body.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;

    // The body is either in memory (small pages)...
    QByteArray body;
    // ...or a slice of an open file, streamed with back-pressure.
    std::unique_ptr<QFile> file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    // HEAD: the same headers as GET, Content-Length included, but no body.
    bool omitBody = false;
    // The handler wants the connection closed after this response.
    bool closeConnection = false;
    // Which rule answered, for the request log.
    QString handler;

    qint64 contentLength() const { return file ? fileLength : body.size(); }

    static HttpResponse error(int status, QString handler = QStringLiteral("error"));
};

} // namespace Servery
