#pragma once

#include "server/http/BodySource.h"
#include "server/http/HttpHeaders.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Servery {

// What a handler answers. The connection adds the framing fields (Date,
// Server, Content-Length or Transfer-Encoding, Connection), drops the body
// of a HEAD response, and streams the body with back-pressure.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    // The content, or null for none.
    std::unique_ptr<BodySource> body;

    // The handler wants the connection closed after this response.
    bool closeConnection = false;
    // Which link answered, for the request log ("file", "rule", ...).
    QString handler;
    // The reply rule that answered, when one did ("#3", or its name).
    QString rule;
    // Hold the whole answer back this long (a reply rule's delay; at most
    // Limits::kMaxReplyDelayMs).
    int delayMs = 0;
    // What went wrong, for the request log only (the client gets the body).
    QString logNote;
    // The file of the shared folder whose content this is ("/about.html"),
    // when a link served one; host rules that match files read it.
    QString servedFile;

    void setBody(QByteArray bytes);
    // The body's length, or -1 when it is not known in advance.
    qint64 contentLength() const { return body ? body->size() : 0; }

    static HttpResponse error(int status, QString handler = QStringLiteral("error"));
};

} // namespace Servery
