#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

namespace Servery {

// Turns a request into a response. Each worker thread owns its own handler,
// so implementations need no locking; they may block briefly on the local
// disk (open, stat), never on the network.
class RequestHandler {
public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest &request) = 0;
};

} // namespace Servery
