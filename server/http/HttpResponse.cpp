#include "server/http/HttpResponse.h"

#include "server/http/HttpStatus.h"

namespace Servery {

void HttpResponse::setBody(QByteArray bytes)
{
    body = bytes.isEmpty() ? nullptr : std::make_unique<BytesSource>(std::move(bytes));
}

HttpResponse HttpResponse::error(int status, QString handler)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setBody(errorPage(status));
    r.handler = std::move(handler);
    return r;
}

} // namespace Servery
