#pragma once

#include "server/files/FileHandle.h"
#include "server/http/HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Servery {

// A piece of a response body: bytes in memory, or a slice of the response's
// file. A multipart/byteranges body alternates the two.
struct BodySegment {
    QByteArray bytes; // when !fromFile
    qint64 offset = 0; // when fromFile
    qint64 length = 0; // when fromFile
    bool fromFile = false;

    qint64 size() const { return fromFile ? length : bytes.size(); }
    static BodySegment fileSlice(qint64 offset, qint64 length) { return {{}, offset, length, true}; }
    static BodySegment data(QByteArray bytes) { return {std::move(bytes), 0, 0, false}; }
};

// What a handler answers. The connection adds the framing fields (Date,
// Server, Content-Length, Connection) and streams the body with
// back-pressure.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;

    // The body: `segments`, whose file slices read from `file`.
    QList<BodySegment> segments;
    std::unique_ptr<FileHandle> file;

    // The handler wants the connection closed after this response.
    bool closeConnection = false;
    // Which rule answered, for the request log.
    QString handler;

    void setBody(QByteArray bytes);
    void setFileBody(std::unique_ptr<FileHandle> f, qint64 offset, qint64 length);
    qint64 contentLength() const;

    static HttpResponse error(int status, QString handler = QStringLiteral("error"));
};

} // namespace Servery
