#pragma once

#include "server/http/HttpHeaders.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

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
    QByteArray requestBody; // the first Limits::kRecordedBodyBytes
    qint64 requestBodySize = 0; // bytes of body received in all

    int status = 0; // 0 if no response was sent
    HttpHeaders responseHeaders;
    qint64 bytesSent = 0; // on the wire: status line, headers, body
    qint64 responseBodyBytes = 0; // body bytes sent

    qint64 timeToFirstByteUs = -1; // request start -> first response byte queued
    qint64 durationUs = 0; // request start -> last byte handed to the OS

    QString handler; // which rule answered ("file", "error", ...)
    QString error; // why the exchange failed, if it did

    // "GET /path HTTP/1.1", or empty if unknown.
    QByteArray requestLine() const;
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::RequestRecord)
