#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

namespace Servery {

// The first link of the chain: who may connect. It answers from the head
// alone (no body is read, so no "100 Continue" goes out) and passes whatever
// it lets through. In this order:
//
// 1. DNS rebinding. The host a request names (the absolute-form target's,
//    else the Host field's) must be this machine: an IP literal,
//    `localhost` or `*.localhost`, this machine's host name (with or without
//    `.local`), or a name the person allowed (`--allow-host`). Anything else
//    is 403 with a page naming the option that allows it. A web page whose
//    name an attacker points at this computer's address would otherwise be
//    served as if it were ours. This holds for this computer too.
// 2. The access key, when there is one and the client is not this computer
//    (loopback): `?key=KEY` is swapped for a session cookie by a 303 to the
//    same URL without it; the cookie lets its holder in; anyone else gets a
//    401 page that says to scan the QR code shown on the computer.
class AccessGate final : public Handler {
public:
    explicit AccessGate(const ServerConfig &config);

    // Asked about every request, but it takes no method itself: it only
    // refuses or passes, so it adds nothing to Allow.
    QByteArrayList methods() const override { return {"*"}; }
    QByteArrayList methodsFor(const RequestContext &) const override { return {}; }
    Decision handle(const RequestContext &context) override;

    // The parts of a request's host (RFC 9110 7.2: uri-host [ ":" port ]).
    struct Host {
        bool valid = true; // false: an unclosed bracket, a port that is not digits
        QByteArray name; // lower case, without a trailing dot or brackets
        bool ipLiteral = false; // dotted IPv4, or IPv6 in brackets
        QByteArray port; // digits as sent, or empty
    };
    static Host parseHost(QByteArrayView host);

    // The cookie that carries the key: its name includes the port the
    // browser sees (from the host, 80 when none), so two Servery instances on
    // one machine keep their own cookies (cookies are not per port).
    static QByteArray cookieName(const Host &host);

    // Where a request that brought the right key in its query is sent: the
    // same path and query, byte for byte, without the `key` parameters.
    static QByteArray locationWithoutKey(const HttpRequest &request);

    // The URL to give another device: `url` with "key=KEY" in its query
    // (as it is when `key` is empty).
    static QString urlWithKey(const QString &url, QByteArrayView key);

private:
    bool namesThisMachine(const Host &host) const;
    HttpResponse unknownHost(const QByteArray &name) const;
    HttpResponse keyRequired() const;

    const QByteArray m_key; // empty: no key
    QByteArrayList m_names; // this machine's names and the allowed ones, lower case
};

} // namespace Servery
