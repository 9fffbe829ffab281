#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/net/ServerConfig.h"
#include "server/route/BodySink.h"

#include <QByteArrayList>
#include <QHostAddress>

#include <memory>

namespace Servery {

// What a handler knows of an exchange when it decides: the request head
// (the body has not been read yet) and where it came from.
struct LiveSettings;

struct RequestContext {
    const HttpRequest &request;
    const QHostAddress &clientAddress; // IPv4 clients of a dual-stack socket as IPv4
    quint16 clientPort = 0;
    const QHostAddress &localAddress; // the address the client connected to
    quint64 connectionId = 0;
    // What the person may switch while the server runs (uploads on or
    // off); null outside a running server (tests of a link alone).
    const LiveSettings *live = nullptr;

    // This computer: the loopback interface.
    bool isLoopback() const { return clientAddress.isLoopback(); }
};

// Whether uploads are on for this request: the running server's switch,
// or the configuration where there is no running server.
bool uploadsAllowed(const RequestContext &context, const ServerConfig &config);

// A handler's decision, taken from the request head alone.
struct Decision {
    enum class Kind {
        Pass, // not mine: the next link decides
        Respond, // answer now; a request body is not read (and no
                 // "100 Continue" is sent for it)
        ReadBody, // read the body into `sink`, whose finish() answers
    };

    Kind kind = Kind::Pass;
    HttpResponse response;
    std::unique_ptr<BodySink> sink;
    qint64 maxBodyBytes = -1; // ReadBody: the most the sink will take; -1 for the server's limit

    static Decision pass() { return {}; }
    static Decision respond(HttpResponse response)
    {
        Decision d;
        d.kind = Kind::Respond;
        d.response = std::move(response);
        return d;
    }
    static Decision readBody(std::unique_ptr<BodySink> sink, qint64 maxBodyBytes = -1)
    {
        Decision d;
        d.kind = Kind::ReadBody;
        d.sink = std::move(sink);
        d.maxBodyBytes = maxBodyBytes;
        return d;
    }
};

// One link of the chain a Router runs. Each worker thread has its own chain,
// so a link needs no locking; it may block briefly on the local disk (open,
// stat), never on the network.
class Handler {
public:
    virtual ~Handler();

    // The methods this link can answer anywhere; "*" for any. The router only
    // asks a link about requests with one of them (HEAD counts as GET).
    virtual QByteArrayList methods() const = 0;
    // The methods it takes for this request's target, for Allow and 405:
    // an upload link takes POST for folders only, say. All of methods() by
    // default.
    virtual QByteArrayList methodsFor(const RequestContext &context) const;
    virtual Decision handle(const RequestContext &context) = 0;
};

} // namespace Servery
