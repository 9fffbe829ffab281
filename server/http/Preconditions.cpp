#include "server/http/Preconditions.h"

#include "server/http/HttpDate.h"

namespace Servery {

namespace {

// Splits a list of entity-tags ("a", W/"b", ...) and calls visit(tag, weak)
// for each; a tag may contain commas only inside its quotes.
template<typename Visit> void forEachEntityTag(QByteArrayView list, Visit visit)
{
    qsizetype i = 0;
    const qsizetype n = list.size();
    while (i < n) {
        while (i < n && (list[i] == ' ' || list[i] == '\t' || list[i] == ','))
            ++i;
        if (i >= n)
            break;
        bool weak = false;
        if (i + 1 < n && list[i] == 'W' && list[i + 1] == '/') {
            weak = true;
            i += 2;
        }
        if (i >= n || list[i] != '"') {
            // Not an entity-tag: skip to the next comma.
            while (i < n && list[i] != ',')
                ++i;
            continue;
        }
        const qsizetype close = list.indexOf('"', i + 1);
        if (close < 0)
            return;
        if (visit(list.sliced(i, close - i + 1), weak))
            return;
        i = close + 1;
    }
}

bool isStar(QByteArrayView v)
{
    return v.trimmed() == "*";
}

} // namespace

bool etagMatches(QByteArrayView listValue, QByteArrayView etag, bool weakComparison)
{
    if (etag.isEmpty())
        return false;
    bool currentWeak = false;
    QByteArrayView opaque = etag;
    if (opaque.startsWith("W/")) {
        currentWeak = true;
        opaque = opaque.sliced(2);
    }
    bool found = false;
    forEachEntityTag(listValue, [&](QByteArrayView tag, bool weak) {
        if (!weakComparison && (weak || currentWeak))
            return false;
        found = tag == opaque;
        return found;
    });
    return found;
}

PreconditionResult evaluatePreconditions(const HttpRequest &request, const Validators &current)
{
    const HttpHeaders &h = request.headers;
    const bool getOrHead = request.method == "GET" || request.method == "HEAD";

    // 1. If-Match (strong comparison), else 2. If-Unmodified-Since.
    if (h.contains("If-Match")) {
        const QByteArray v = h.combined("If-Match");
        if (!isStar(v) && !etagMatches(v, current.etag, false))
            return PreconditionResult::PreconditionFailed;
    } else if (h.contains("If-Unmodified-Since")) {
        const std::optional<qint64> since = parseHttpDate(h.value("If-Unmodified-Since"));
        if (since && current.lastModifiedSecs > *since)
            return PreconditionResult::PreconditionFailed;
    }

    // 3. If-None-Match (weak comparison), else 4. If-Modified-Since.
    if (h.contains("If-None-Match")) {
        const QByteArray v = h.combined("If-None-Match");
        if (isStar(v) || etagMatches(v, current.etag, true))
            return getOrHead ? PreconditionResult::NotModified : PreconditionResult::PreconditionFailed;
    } else if (getOrHead && h.contains("If-Modified-Since")) {
        const std::optional<qint64> since = parseHttpDate(h.value("If-Modified-Since"));
        if (since && current.lastModifiedSecs <= *since)
            return PreconditionResult::NotModified;
    }
    return PreconditionResult::Proceed;
}

bool ifRangeAllows(const HttpRequest &request, const Validators &current)
{
    if (!request.headers.contains("If-Range"))
        return true;
    const QByteArray v = request.headers.value("If-Range").trimmed();
    if (v.startsWith('"') || v.startsWith("W/")) {
        // Exactly one strong tag can validate a range (RFC 9110 13.1.5).
        const bool singleStrongTag = v.size() >= 2 && v.startsWith('"') && v.indexOf('"', 1) == v.size() - 1;
        return singleStrongTag && v == current.etag;
    }
    const std::optional<qint64> date = parseHttpDate(v);
    return date && *date == current.lastModifiedSecs;
}

} // namespace Servery
