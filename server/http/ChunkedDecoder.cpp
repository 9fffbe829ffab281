#include "server/http/ChunkedDecoder.h"

#include "server/http/HttpGrammar.h"
#include "server/http/limits.h"

namespace Servery {

namespace {

using Kind = ChunkedDecoder::Step::Kind;

ChunkedDecoder::Step step(Kind kind, qsizetype consumed)
{
    ChunkedDecoder::Step s;
    s.kind = kind;
    s.consumed = consumed;
    return s;
}

constexpr qsizetype kNeedMore = -1;
constexpr qsizetype kMalformed = -2; // a bare CR or LF
constexpr qsizetype kTooLong = -3;

// Finds a CRLF-terminated line at the start of `input` whose content is at
// most `limit` bytes. Returns the content length, or one of the codes above.
// The answer never depends on how the bytes were split.
qsizetype findLine(QByteArrayView input, qsizetype limit)
{
    const qsizetype searchable = std::min(input.size(), limit + 1);
    for (qsizetype i = 0; i < searchable; ++i) {
        const char c = input[i];
        if (c == '\n')
            return kMalformed;
        if (c == '\r') {
            if (i + 1 >= input.size())
                return kNeedMore;
            return input[i + 1] == '\n' ? i : kMalformed;
        }
    }
    return input.size() > limit ? kTooLong : kNeedMore;
}

bool isTokenChar(char c)
{
    return Grammar::isTchar(c);
}

// chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] )
// ext-val   = token / quoted-string           (RFC 9112 7.1.1)
// Extensions are ignored, but only well-formed ones are accepted.
bool isValidExtension(QByteArrayView ext)
{
    qsizetype i = 0;
    const qsizetype n = ext.size();
    auto skipWs = [&] {
        while (i < n && (ext[i] == ' ' || ext[i] == '\t'))
            ++i;
    };
    auto token = [&] {
        const qsizetype from = i;
        while (i < n && isTokenChar(ext[i]))
            ++i;
        return i > from;
    };
    for (;;) {
        skipWs();
        if (i == n)
            return true;
        if (ext[i] != ';')
            return false;
        ++i;
        skipWs();
        if (!token())
            return false;
        skipWs();
        if (i < n && ext[i] == '=') {
            ++i;
            skipWs();
            if (i < n && ext[i] == '"') {
                ++i;
                while (i < n && ext[i] != '"') {
                    const auto c = static_cast<unsigned char>(ext[i]);
                    if (c == '\\' && i + 1 < n)
                        ++i;
                    else if ((c < 0x20 && c != '\t') || c == 0x7f)
                        return false;
                    ++i;
                }
                if (i == n)
                    return false;
                ++i; // closing quote
            } else if (!token()) {
                return false;
            }
        }
    }
}

} // namespace

ChunkedDecoder::Step ChunkedDecoder::fail(int status, const char *why)
{
    m_state = State::Failed;
    Step s;
    s.kind = Kind::Error;
    s.status = status;
    s.error = why;
    return s;
}

ChunkedDecoder::Step ChunkedDecoder::next(QByteArrayView input)
{
    const Step s = advance(input);
    m_wireBytes += s.consumed;
    return s;
}

ChunkedDecoder::Step ChunkedDecoder::advance(QByteArrayView input)
{
    switch (m_state) {
    case State::Size:
        return readSizeLine(input);
    case State::Data: {
        if (input.isEmpty())
            return step(Kind::NeedMore, 0);
        const qsizetype n = qsizetype(std::min<qint64>(m_remaining, input.size()));
        m_remaining -= n;
        m_bodyBytes += n;
        if (m_remaining == 0)
            m_state = State::DataEnd;
        Step s = step(Kind::Data, n);
        s.data = input.first(n);
        return s;
    }
    case State::DataEnd:
        // The CRLF that closes chunk-data.
        if (input.size() < 2) {
            if (!input.isEmpty() && input[0] != '\r')
                return fail(400, "chunk data not followed by CRLF");
            return step(Kind::NeedMore, 0);
        }
        if (input[0] != '\r' || input[1] != '\n')
            return fail(400, "chunk data not followed by CRLF");
        m_state = State::Size;
        return step(Kind::NeedMore, 2);
    case State::Trailer:
        return readTrailerLine(input);
    case State::Done:
        return step(Kind::Done, 0);
    case State::Failed:
        break;
    }
    return fail(400, "chunked body already failed");
}

ChunkedDecoder::Step ChunkedDecoder::readSizeLine(QByteArrayView input)
{
    const qsizetype len = findLine(input, Limits::kMaxChunkLine);
    if (len == kNeedMore)
        return step(Kind::NeedMore, 0);
    if (len == kTooLong)
        return fail(400, "chunk-size line too long");
    if (len == kMalformed)
        return fail(400, "malformed chunk-size line");

    const QByteArrayView line = input.first(len);
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < line.size() && Grammar::hexValue(line[digits]) >= 0) {
        if (digits == Limits::kMaxChunkSizeDigits)
            return fail(400, "chunk size too large");
        size = size * 16 + Grammar::hexValue(line[digits]);
        ++digits;
    }
    if (digits == 0)
        return fail(400, "invalid chunk size");
    if (!isValidExtension(line.sliced(digits)))
        return fail(400, "invalid chunk extension");

    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_remaining = size;
        m_state = State::Data;
    }
    return step(Kind::NeedMore, len + 2);
}

ChunkedDecoder::Step ChunkedDecoder::readTrailerLine(QByteArrayView input)
{
    // The empty line that ends the body does not count against the limit.
    if (input.startsWith('\r')) {
        if (input.size() < 2)
            return step(Kind::NeedMore, 0);
        if (input[1] != '\n')
            return fail(400, "malformed trailer section");
        m_state = State::Done;
        return step(Kind::Done, 2);
    }
    // Each trailer line costs its content plus CRLF.
    const qsizetype room = Limits::kMaxTrailerBlock - m_trailerBytes - 2;
    if (room <= 0 && !input.isEmpty())
        return fail(431, "trailer section too large");
    const qsizetype len = findLine(input, room);
    if (len == kNeedMore)
        return step(Kind::NeedMore, 0);
    if (len == kTooLong)
        return fail(431, "trailer section too large");
    if (len == kMalformed)
        return fail(400, "malformed trailer field");

    const QByteArrayView line = input.first(len);
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !Grammar::isToken(line.first(colon))
        || !Grammar::isValidFieldValue(line.sliced(colon + 1))) {
        return fail(400, "malformed trailer field");
    }
    m_trailerBytes += len + 2;
    return step(Kind::NeedMore, len + 2);
}

} // namespace Servery
