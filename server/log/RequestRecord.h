#pragma once

#include "server/http/HttpHeaders.h"
#include "server/log/BodyFile.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Servery {

// Everything the request log knows about one exchange: a plain value, made on
// a worker thread and handed to consumers in batches. Rejected and aborted
// exchanges produce one as well (with `error` set).
struct RequestRecord {
    quint64 id = 0; // server-wide sequence, from 1
    quint64 connectionId = 0; // exchanges on one connection share it
    int requestOnConnection = 0; // 1 for the first request on a connection
    qint64 startedAtMs = 0; // wall clock, ms since the epoch (UTC)

    QHostAddress clientAddress;
    quint16 clientPort = 0;

    QByteArray method; // empty if the request line was unreadable
    QByteArray target;
    QByteArray httpVersion; // "HTTP/1.1", "HTTP/1.0", or empty
    HttpHeaders requestHeaders;
    // The head exactly as it arrived (request line, fields, the empty line),
    // kept where requests are caught whole (--catch, reply rules); else empty.
    QByteArray rawHead;
    // The body as kept: in memory (`requestBody`: the first
    // Limits::kRecordedBodyBytes, or a caught body up to
    // Limits::kCaptureMemoryBytes) or, for a caught body larger than that,
    // in `requestBodyFile` alone. Never both.
    QByteArray requestBody;
    std::shared_ptr<const BodyFile> requestBodyFile;
    qint64 requestBodySize = 0; // bytes of body received in all

    int status = 0; // 0 if no response was sent
    HttpHeaders responseHeaders;
    qint64 bytesSent = 0; // on the wire: status line, headers, body
    qint64 responseBodyBytes = 0; // body bytes sent
    // The response body, when it was bytes in memory (a reply rule's
    // answer, the catch receipt, an error page), up to
    // Limits::kRecordedResponseBytes; else empty.
    QByteArray responseBody;

    qint64 timeToFirstByteUs = -1; // request start -> first response byte queued
    qint64 durationUs = 0; // request start -> last byte handed to the OS

    QString handler; // which link answered ("file", "error", "rule", "catch", ...)
    QString rule; // the reply rule that answered: its name, or "#3" for the third
    QString error; // why the exchange failed, if it did

    // "GET /path HTTP/1.1", or empty if unknown.
    QByteArray requestLine() const;
    // How many bytes of the request body were kept (in memory or in the file).
    qint64 requestBodyKept() const { return requestBodyFile ? requestBodyFile->size() : requestBody.size(); }
    // Up to `length` bytes of the kept body from `offset` (-1: all of it),
    // wherever it is kept.
    QByteArray requestBodyBytes(qint64 offset = 0, qint64 length = -1) const;
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::RequestRecord)
