#include "server/files/MultipartParser.h"

#include "server/http/HttpGrammar.h"
#include "server/http/limits.h"

namespace Servery {

namespace {

using Kind = MultipartParser::Step::Kind;

MultipartParser::Step step(Kind kind, qsizetype consumed, QByteArrayView data = {})
{
    MultipartParser::Step s;
    s.kind = kind;
    s.consumed = consumed;
    s.data = data;
    return s;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// RFC 2046 5.1.1: bcharsnospace, and space (never last).
bool isBoundaryChar(char c)
{
    if (Grammar::isAlpha(c) || Grammar::isDigit(c))
        return true;
    switch (c) {
    case '\'':
    case '(':
    case ')':
    case '+':
    case '_':
    case ',':
    case '-':
    case '.':
    case '/':
    case ':':
    case '=':
    case '?':
    case ' ':
        return true;
    default:
        return false;
    }
}

// RFC 2045 5.1 tspecials: the characters Go's mime package lets a backslash
// escape inside a quoted value.
bool isTspecial(char c)
{
    return QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

} // namespace

MultipartParser::MultipartParser(QByteArray boundary)
    : m_delimiter("\r\n--" + boundary)
{
    // The first boundary may open the body without a CRLF before it: start
    // as if one had just been seen (it is discarded with the preamble).
    m_held = "\r\n";
}

MultipartParser::Step MultipartParser::fail(int status, const char *why)
{
    m_state = State::Failed;
    m_held.clear();
    Step s;
    s.kind = Kind::Error;
    s.status = status;
    s.error = why;
    return s;
}

MultipartParser::Step MultipartParser::next(QByteArrayView input)
{
    if (m_partEndPending) {
        m_partEndPending = false;
        return step(Kind::PartEnd, 0);
    }
    switch (m_state) {
    case State::Preamble:
        return scan(input, false);
    case State::Body:
        return scan(input, true);
    case State::AfterBoundary:
        return afterBoundary(input);
    case State::Head:
        return head(input);
    case State::Done:
        return step(Kind::Done, input.size()); // the epilogue, ignored
    case State::Failed:
        break;
    }
    return fail(400, "form already failed");
}

MultipartParser::Step MultipartParser::foundBoundary(qsizetype consumed)
{
    const bool inPart = m_state == State::Body;
    m_state = State::AfterBoundary;
    m_afterDashes = 0;
    m_afterPadding = false;
    m_afterCr = false;
    m_headBytes = 0;
    return step(inPart ? Kind::PartEnd : Kind::NeedMore, consumed);
}

// Looks for the delimiter (CRLF "--" boundary) in part data, or in the
// preamble when `keep` is false. The delimiter starts with the only CR it
// holds, so a failed match never hides the start of another: each input
// byte is compared at most once after a CR, and the CR search is memchr.
MultipartParser::Step MultipartParser::scan(QByteArrayView input, bool keep)
{
    const QByteArrayView delimiter(m_delimiter);
    const qsizetype length = delimiter.size();

    // Bytes held from the last input: a proper prefix of the delimiter.
    if (!m_held.isEmpty()) {
        const qsizetype want = length - m_held.size();
        const qsizetype n = std::min(want, input.size());
        if (n == 0)
            return step(Kind::NeedMore, 0);
        if (delimiter.sliced(m_held.size(), n) == input.first(n)) {
            if (n == want) {
                m_held.clear();
                return foundBoundary(n);
            }
            m_held.append(input.first(n));
            return step(Kind::NeedMore, n);
        }
        // Not a boundary after all: the held bytes are content.
        m_emitted.swap(m_held);
        m_held.clear();
        if (keep)
            return step(Kind::Data, 0, m_emitted);
        m_preambleBytes += m_emitted.size();
    }
    if (input.isEmpty())
        return step(Kind::NeedMore, 0);

    auto content = [&](qsizetype bytes, qsizetype consumed) {
        if (keep)
            return bytes > 0 ? step(Kind::Data, consumed, input.first(bytes)) : step(Kind::NeedMore, consumed);
        m_preambleBytes += bytes;
        if (m_preambleBytes > Limits::kMaxMultipartPreamble)
            return fail(400, "no boundary where the form should begin");
        return step(Kind::NeedMore, consumed);
    };

    qsizetype from = 0;
    for (;;) {
        const qsizetype cr = input.indexOf('\r', from);
        if (cr < 0)
            return content(input.size(), input.size());
        const qsizetype n = std::min(length, input.size() - cr);
        if (input.sliced(cr, n) != delimiter.first(n)) {
            from = cr + 1;
            continue;
        }
        if (n < length) {
            // The input ends inside what may be a boundary: hold it.
            Step s = content(cr, input.size());
            if (s.kind != Kind::Error)
                m_held = input.sliced(cr).toByteArray();
            return s;
        }
        if (cr == 0)
            return foundBoundary(length);
        Step s = content(cr, cr + length);
        if (s.kind == Kind::Error)
            return s;
        const Step found = foundBoundary(0);
        if (found.kind == Kind::PartEnd) {
            m_partEndPending = true; // after this data
            return s;
        }
        return step(Kind::NeedMore, cr + length);
    }
}

// After a boundary: "--" ends the form; else optional padding (spaces,
// tabs) and CRLF begin a part's head (RFC 2046 5.1.1).
MultipartParser::Step MultipartParser::afterBoundary(QByteArrayView input)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (m_afterCr) {
            if (c != '\n')
                return fail(400, "boundary line not ended by CRLF");
            m_state = State::Head;
            m_headers = HttpHeaders {};
            m_held.clear();
            return step(Kind::NeedMore, i + 1);
        }
        if (m_afterDashes == 1) {
            if (c != '-')
                return fail(400, "boundary followed by other characters");
            m_state = State::Done;
            return step(Kind::Done, i + 1);
        }
        if (c == '-' && !m_afterPadding) {
            m_afterDashes = 1;
        } else if (isSpace(c)) {
            m_afterPadding = true;
            if (++m_headBytes > Limits::kMaxPartHeaderBytes)
                return fail(400, "too much padding after a boundary");
        } else if (c == '\r') {
            m_afterCr = true;
        } else {
            return fail(400, "boundary followed by other characters");
        }
    }
    return step(Kind::NeedMore, input.size());
}

MultipartParser::Step MultipartParser::head(QByteArrayView input)
{
    if (input.isEmpty())
        return step(Kind::NeedMore, 0);
    const qsizetype lf = input.indexOf('\n');
    const qsizetype take = lf < 0 ? input.size() : lf + 1;
    if (m_headBytes + take > Limits::kMaxPartHeaderBytes)
        return fail(431, "part header section too large");
    m_headBytes += take;
    if (lf < 0) {
        m_held.append(input);
        return step(Kind::NeedMore, take);
    }
    if (m_held.isEmpty())
        return headLine(input.first(take), take);
    m_held.append(input.first(take));
    const QByteArray line = std::exchange(m_held, {});
    return headLine(line, take);
}

// One line of a part's head, with its line end.
MultipartParser::Step MultipartParser::headLine(QByteArrayView line, qsizetype consumed)
{
    if (line.size() < 2 || line[line.size() - 2] != '\r')
        return fail(400, "part header line not ended by CRLF");
    const QByteArrayView content = line.first(line.size() - 2);
    if (content.contains('\r'))
        return fail(400, "bare CR in a part header");
    if (content.isEmpty()) {
        if (++m_parts > Limits::kMaxMultipartParts)
            return fail(413, "too many parts in the form");
        m_state = State::Body;
        return step(Kind::PartBegin, consumed);
    }
    if (isSpace(content.front()))
        return fail(400, "folded part header");
    const qsizetype colon = content.indexOf(':');
    if (colon <= 0 || !Grammar::isToken(content.first(colon)))
        return fail(400, "malformed part header");
    const QByteArrayView value = trimmed(content.sliced(colon + 1));
    if (!Grammar::isValidFieldValue(value))
        return fail(400, "malformed part header");
    if (m_headers.size() >= Limits::kMaxPartHeaderFields)
        return fail(431, "too many part header fields");
    m_headers.append(content.first(colon).toByteArray(), value.toByteArray());
    return step(Kind::NeedMore, consumed);
}

bool HeaderParameters::has(QByteArrayView name) const
{
    for (const auto &p : parameters) {
        if (p.first == name)
            return true;
    }
    return false;
}

QByteArray HeaderParameters::parameter(QByteArrayView name) const
{
    for (const auto &p : parameters) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

std::optional<HeaderParameters> parseHeaderParameters(QByteArrayView field)
{
    HeaderParameters out;
    qsizetype i = 0;
    const qsizetype n = field.size();
    auto skipSpace = [&] {
        while (i < n && isSpace(field[i]))
            ++i;
    };
    auto token = [&]() -> QByteArray {
        const qsizetype from = i;
        while (i < n && Grammar::isTchar(field[i]))
            ++i;
        return field.sliced(from, i - from).toByteArray().toLower();
    };

    skipSpace();
    out.value = token();
    if (i < n && field[i] == '/') {
        ++i;
        const QByteArray sub = token();
        if (sub.isEmpty())
            return std::nullopt;
        out.value += '/' + sub;
    }
    if (out.value.isEmpty())
        return std::nullopt;
    for (;;) {
        skipSpace();
        if (i == n)
            return out;
        if (field[i] != ';')
            return std::nullopt;
        ++i;
        skipSpace();
        if (i == n)
            return out; // a trailing ';', as some clients send
        const QByteArray name = token();
        skipSpace();
        if (name.isEmpty() || i == n || field[i] != '=')
            return std::nullopt;
        ++i;
        skipSpace();
        QByteArray value;
        if (i < n && field[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = field[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < n && isTspecial(field[i]))
                    value += field[i++];
                else
                    value += c;
            }
            if (!closed)
                return std::nullopt;
        } else {
            // A token, or (leniently) any run up to the next ';' without
            // quotes: some clients send raw UTF-8 names unquoted.
            const qsizetype from = i;
            while (i < n && field[i] != ';' && field[i] != '"')
                ++i;
            value = trimmed(field.sliced(from, i - from)).toByteArray();
            if (value.isEmpty())
                return std::nullopt;
        }
        if (out.has(name))
            return std::nullopt; // the same parameter twice: which one is meant?
        out.parameters.append({name, value});
    }
}

std::optional<QByteArray> formDataBoundary(QByteArrayView contentType, const char **why)
{
    auto refuse = [why](const char *reason) -> std::optional<QByteArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const std::optional<HeaderParameters> parsed = parseHeaderParameters(contentType);
    if (!parsed)
        return refuse("malformed Content-Type");
    if (parsed->value != "multipart/form-data")
        return refuse("not multipart/form-data");
    const QByteArray boundary = parsed->parameter("boundary");
    if (boundary.isEmpty())
        return refuse("no boundary in the Content-Type");
    if (boundary.size() > Limits::kMaxMultipartBoundary || boundary.endsWith(' '))
        return refuse("invalid boundary");
    for (const char c : boundary) {
        if (!isBoundaryChar(c))
            return refuse("invalid boundary");
    }
    return boundary;
}

} // namespace Servery
