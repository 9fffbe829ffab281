#pragma once

#include "server/http/HttpHeaders.h"

#include <QByteArray>

#include <optional>

namespace Servery {

// How the request body is delimited (RFC 9112 6.3).
enum class BodyFraming {
    None,
    ContentLength,
    Chunked,
};

// A parsed request head. Pure data: produced by parseRequestHead(), read by
// the connection and the handlers.
struct HttpRequest {
    QByteArray method; // case-sensitive token (RFC 9110 9.1)
    QByteArray target; // the request-target exactly as sent
    QByteArray path; // path part, still percent-encoded; "*" for OPTIONS *
    QByteArray query; // after '?', without it; null when there is no '?'
    int versionMinor = 1; // HTTP/1.<minor>
    QByteArray versionText; // the version as the client sent it, for the log
    HttpHeaders headers;
    QByteArray host; // from the absolute-form target, else the Host field

    BodyFraming framing = BodyFraming::None;
    qint64 contentLength = 0; // when framing == ContentLength
    bool expectContinue = false; // "Expect: 100-continue" on HTTP/1.1
    bool keepAlive = true; // what the client asked for (RFC 9112 9.3)

    bool hasQuery() const { return !query.isNull(); }
    // The value of the first query item called `name`: "a" for "?name=a",
    // empty for "?name" and "?name=", nothing when there is no such item.
    // Neither is percent-decoded: Servery's own parameters (zip, thumb,
    // download, tus, key...) are plain words.
    std::optional<QByteArrayView> queryItem(QByteArrayView name) const
    {
        const QByteArrayView q(query);
        for (qsizetype from = 0; hasQuery() && from <= q.size();) {
            qsizetype end = q.indexOf('&', from);
            if (end < 0)
                end = q.size();
            const QByteArrayView item = q.sliced(from, end - from);
            from = end + 1;
            if (item == name)
                return QByteArrayView(item.data() + item.size(), 0);
            if (item.size() > name.size() && item.startsWith(name) && item[name.size()] == '=')
                return item.sliced(name.size() + 1);
        }
        return std::nullopt;
    }
    bool hasQueryItem(QByteArrayView name) const { return queryItem(name).has_value(); }
    bool hasBody() const { return framing != BodyFraming::None; }
    QByteArray version() const { return versionMinor == 0 ? "HTTP/1.0" : "HTTP/1.1"; }
};

} // namespace Servery
