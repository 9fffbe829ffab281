#include "server/http/ServeContent.h"

#include "server/http/ByteRanges.h"
#include "server/http/Compression.h"
#include "server/http/HttpDate.h"
#include "server/http/limits.h"

#include <QRandomGenerator>

namespace Servery {

namespace {

bool isGet(const HttpRequest &request)
{
    return request.method == "GET";
}

// Which coding the answer uses: the stored one, gzip computed now, or none.
struct Negotiated {
    QByteArray encoding; // empty: identity
    bool computeGzip = false;
    bool vary = false;
    Validators validators;
};

Negotiated negotiate(const HttpRequest &request, const Representation &rep, qint64 knownSize, bool wantsRanges)
{
    Negotiated n;
    n.validators = rep.validators;
    n.vary = rep.variesByEncoding;
    if (!rep.contentEncoding.isEmpty()) {
        n.encoding = rep.contentEncoding;
        n.vary = true;
        return n;
    }
    if (!rep.allowGzip || !isCompressibleType(rep.contentType))
        return n;
    n.vary = true; // the answer depends on Accept-Encoding either way
    // Ranges are cut from the identity bytes; tiny bodies gain nothing.
    if (wantsRanges || (knownSize >= 0 && knownSize < Limits::kGzipMinBytes))
        return n;
    if (acceptEncodingQuality(request, "gzip") <= 0)
        return n;
    n.encoding = "gzip";
    n.computeGzip = true;
    n.validators.etag = gzipEtag(rep.validators.etag);
    return n;
}

void addValidators(HttpHeaders &h, const Validators &v)
{
    if (v.lastModifiedSecs > 0)
        h.append(QByteArrayLiteral("Last-Modified"), formatHttpDate(v.lastModifiedSecs));
    if (!v.etag.isEmpty())
        h.append(QByteArrayLiteral("ETag"), v.etag);
}

void addVary(HttpHeaders &h)
{
    const QByteArray existing = h.value("Vary");
    if (existing.isNull())
        h.append(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    else if (!listFieldContains(existing, "Accept-Encoding"))
        h.set("Vary", existing + ", Accept-Encoding");
}

// Preconditions against the chosen representation. Returns true when they
// answered (304 or 412) and `out` holds the answer.
bool answerPreconditions(const HttpRequest &request, const Negotiated &n, HttpResponse &base, HttpResponse &out)
{
    switch (evaluatePreconditions(request, n.validators)) {
    case PreconditionResult::Proceed:
        return false;
    case PreconditionResult::NotModified:
        // RFC 9110 15.4.5: a 304 carries what a 200 would have said about
        // caching (ETag, Last-Modified, Cache-Control, Vary, ...).
        out = std::move(base);
        out.status = 304;
        out.body.reset();
        addValidators(out.headers, n.validators);
        if (n.vary)
            addVary(out.headers);
        return true;
    case PreconditionResult::PreconditionFailed: {
        const QString handler = base.handler;
        out = HttpResponse::error(412, handler.isEmpty() ? QStringLiteral("error") : handler);
        if (!n.validators.etag.isEmpty())
            out.headers.append(QByteArrayLiteral("ETag"), n.validators.etag);
        return true;
    }
    }
    return false;
}

std::unique_ptr<BodySource> gzipped(std::unique_ptr<BodySource> identity, std::unique_ptr<GzipSlot> slot)
{
    return std::make_unique<GzipSource>(std::move(identity), std::move(slot));
}

} // namespace

HttpResponse serveContent(const HttpRequest &request, const Representation &rep, std::shared_ptr<Content> content,
                          HttpResponse base)
{
    const qint64 size = content->size();
    // RFC 9110 14.2: ranges apply to GET only, and only while If-Range agrees.
    const bool wantsRanges = isGet(request) && request.headers.contains("Range") && rep.contentEncoding.isEmpty();
    Negotiated n = negotiate(request, rep, size, wantsRanges);

    // A streaming compressor needs memory; when none is free, send identity.
    std::unique_ptr<GzipSlot> slot;
    const bool wholeInMemory = size <= Limits::kGzipWholeBytes && isGet(request);
    if (n.computeGzip && !wholeInMemory) {
        slot = GzipSlot::tryAcquire();
        if (!slot) {
            n.encoding.clear();
            n.computeGzip = false;
            n.validators = rep.validators;
        }
    }

    HttpResponse r;
    if (answerPreconditions(request, n, base, r))
        return r;

    r = std::move(base);
    addValidators(r.headers, n.validators);
    if (n.vary)
        addVary(r.headers);
    if (!n.encoding.isEmpty())
        r.headers.append(QByteArrayLiteral("Content-Encoding"), n.encoding);

    // The resource takes ranges whatever this answer's coding: a request
    // with Range gets them, cut from the identity bytes.
    r.headers.append(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));

    if (n.computeGzip) {
        r.status = 200;
        r.headers.append(QByteArrayLiteral("Content-Type"), rep.contentType);
        if (wholeInMemory) {
            // Small enough to compress now and send with a Content-Length.
            QByteArray identity(qsizetype(size), Qt::Uninitialized);
            if (content->readAt(identity.data(), size, 0) != size) {
                HttpResponse failed = HttpResponse::error(500, r.handler);
                return failed;
            }
            r.setBody(gzipCompress(identity));
        } else {
            r.body = gzipped(std::make_unique<SlicesSource>(std::move(content)), std::move(slot));
        }
        return r;
    }

    RangeRequest ranges;
    if (wantsRanges && ifRangeAllows(request, n.validators))
        ranges = parseRangeHeader(request.headers.combined("Range"), size);

    switch (ranges.kind) {
    case RangeRequest::Kind::Ignore:
        r.status = 200;
        r.headers.append(QByteArrayLiteral("Content-Type"), rep.contentType);
        r.body = std::make_unique<SlicesSource>(std::move(content));
        return r;
    case RangeRequest::Kind::Unsatisfiable: {
        HttpResponse failed = HttpResponse::error(416, r.handler);
        failed.headers.append(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
        failed.headers.append(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
        return failed;
    }
    case RangeRequest::Kind::Satisfiable:
        break;
    }

    r.status = 206;
    auto contentRange = [size](const ByteRange &br) -> QByteArray {
        return "bytes " + QByteArray::number(br.first) + '-' + QByteArray::number(br.last) + '/'
            + QByteArray::number(size);
    };
    if (ranges.ranges.size() == 1) {
        const ByteRange &br = ranges.ranges.constFirst();
        r.headers.append(QByteArrayLiteral("Content-Type"), rep.contentType);
        r.headers.append(QByteArrayLiteral("Content-Range"), contentRange(br));
        r.body = std::make_unique<SlicesSource>(std::move(content),
                                                QList {SlicesSource::Piece::slice(br.first, br.length())});
        return r;
    }

    // Several ranges: multipart/byteranges (RFC 9110 14.6).
    const QByteArray boundary = "servery-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    r.headers.append(QByteArrayLiteral("Content-Type"), "multipart/byteranges; boundary=" + boundary);
    QList<SlicesSource::Piece> pieces;
    bool first = true;
    for (const ByteRange &br : std::as_const(ranges.ranges)) {
        QByteArray partHead = first ? QByteArray() : QByteArray("\r\n");
        partHead += "--" + boundary + "\r\nContent-Type: " + rep.contentType + "\r\nContent-Range: " + contentRange(br)
            + "\r\n\r\n";
        pieces.append(SlicesSource::Piece::literal(partHead));
        pieces.append(SlicesSource::Piece::slice(br.first, br.length()));
        first = false;
    }
    pieces.append(SlicesSource::Piece::literal("\r\n--" + boundary + "--\r\n"));
    r.body = std::make_unique<SlicesSource>(std::move(content), std::move(pieces));
    return r;
}

HttpResponse serveStream(const HttpRequest &request, const Representation &rep, std::unique_ptr<BodySource> body,
                         HttpResponse base)
{
    Negotiated n = negotiate(request, rep, body->size(), false);
    std::unique_ptr<GzipSlot> slot;
    if (n.computeGzip) {
        slot = GzipSlot::tryAcquire();
        if (!slot) {
            n.encoding.clear();
            n.computeGzip = false;
            n.validators = rep.validators;
        }
    }

    HttpResponse r;
    if (answerPreconditions(request, n, base, r))
        return r;
    r = std::move(base);
    r.status = 200;
    addValidators(r.headers, n.validators);
    if (n.vary)
        addVary(r.headers);
    if (!n.encoding.isEmpty())
        r.headers.append(QByteArrayLiteral("Content-Encoding"), n.encoding);
    r.headers.append(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("none"));
    r.headers.append(QByteArrayLiteral("Content-Type"), rep.contentType);
    r.body = n.computeGzip ? gzipped(std::move(body), std::move(slot)) : std::move(body);
    return r;
}

} // namespace Servery
