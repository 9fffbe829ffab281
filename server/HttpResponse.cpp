#include "HttpResponse.h"

#include "HttpStatus.h"

namespace Servery {

HttpResponse HttpResponse::error(int status, QString handler)
{
    HttpResponse r;
    r.status = status;
    r.headers.append("Content-Type", "text/html; charset=utf-8");
    r.headers.append("X-Content-Type-Options", "nosniff");
    r.headers.append("Cache-Control", "no-store");
    r.body = errorPage(status);
    r.handler = std::move(handler);
    return r;
}

} // namespace Servery
