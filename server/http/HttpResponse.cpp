#include "server/http/HttpResponse.h"

#include "server/http/HttpStatus.h"

namespace Servery {

void HttpResponse::setBody(QByteArray bytes)
{
    segments.clear();
    if (!bytes.isEmpty())
        segments.append(BodySegment::data(std::move(bytes)));
}

void HttpResponse::setFileBody(std::unique_ptr<FileHandle> f, qint64 offset, qint64 length)
{
    file = std::move(f);
    segments.clear();
    if (length > 0)
        segments.append(BodySegment::fileSlice(offset, length));
}

qint64 HttpResponse::contentLength() const
{
    qint64 n = 0;
    for (const BodySegment &s : segments)
        n += s.size();
    return n;
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
