// The request log written out: HAR 1.2, CSV and JSON Lines. (HAR import is
// in LogImport.cpp.)

#include "server/log/LogExport.h"

#include "server/http/HttpDate.h"
#include "server/http/HttpStatus.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <utility>
#include <vector>

namespace Servery {

namespace {

// Request bodies are read (from memory or their BodyFile) in pieces of this
// size, so a body kept on disk is never in memory whole.
constexpr qint64 kPieceBytes = 1024 * 1024;
// A form body is also listed as name/value pairs (postData.params) up to this
// size; past it, only as text.
constexpr qint64 kMaxFormParamsBytes = 1024 * 1024;
// writeHarFile() hands its output to the file whenever this much is waiting.
constexpr qsizetype kFlushBytes = 1024 * 1024;

// ---- JSON, written as it goes ---------------------------------------------------

// A small streaming JSON writer. QJsonDocument would need every body as a
// QString, whole, and sorts keys; this writes fields in the order of the HAR
// spec and lets a body go out piece by piece. Strings given to it must be
// valid UTF-8 (see readableText()).
class JsonWriter {
public:
    explicit JsonWriter(QIODevice *device = nullptr)
        : m_device(device)
    {
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Our own names: plain ASCII, nothing to escape.
    JsonWriter &key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    void string(QByteArrayView utf8)
    {
        beginString();
        stringPiece(utf8);
        endString();
    }
    // Exact overloads, so neither converts to the other.
    void string(const QByteArray &utf8) { string(QByteArrayView(utf8)); }
    void string(const char *utf8) { string(QByteArrayView(utf8)); }
    void string(const QString &text) { string(text.toUtf8()); }
    void beginString()
    {
        separate();
        m_out += '"';
    }
    void stringPiece(QByteArrayView utf8);
    void endString() { m_out += '"'; }
    void number(qint64 n)
    {
        separate();
        m_out += QByteArray::number(n);
    }
    void millis(qint64 microseconds);
    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
    }
    void newline() { m_out += '\n'; }

    // With a device: hands over what is waiting once there is enough of it.
    void flushSometimes()
    {
        if (m_device && m_out.size() >= kFlushBytes)
            flush();
    }
    bool flush()
    {
        if (m_device && !m_out.isEmpty()) {
            if (m_device->write(m_out) != m_out.size())
                m_failed = true;
            m_out.resize(0);
        }
        return !m_failed;
    }
    QByteArray take() { return std::exchange(m_out, {}); }

private:
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_empty.empty()) {
            if (!m_empty.back())
                m_out += ',';
            m_empty.back() = false;
        }
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        m_empty.pop_back();
        m_out += bracket;
    }

    QIODevice *m_device = nullptr;
    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing in it yet
    bool m_afterKey = false;
    bool m_failed = false;
};

void JsonWriter::stringPiece(QByteArrayView utf8)
{
    // RFC 8259 7: quote, backslash and control characters are escaped; the
    // rest goes out as it is, in runs.
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.sliced(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        }
    }
    m_out.append(utf8.sliced(run));
}

// Microseconds as milliseconds, exactly: 1500 -> "1.5", 2000 -> "2". Decimal
// arithmetic, so timings written this way add up to the total exactly.
QByteArray millisText(qint64 microseconds)
{
    QByteArray out;
    if (microseconds < 0) {
        out += '-';
        microseconds = -microseconds;
    }
    out += QByteArray::number(microseconds / 1000);
    if (const qint64 fraction = microseconds % 1000) {
        QByteArray digits = QByteArray::number(fraction).rightJustified(3, '0');
        while (digits.endsWith('0'))
            digits.chop(1);
        out += '.' + digits;
    }
    return out;
}

void JsonWriter::millis(qint64 microseconds)
{
    separate();
    m_out += millisText(microseconds);
}

// ---- Text ------------------------------------------------------------------------

// Bytes from the wire as UTF-8 text: as they are when they are UTF-8, else
// one character per byte (RFC 9110 5.5: bytes past ASCII in a field are
// opaque; Latin-1 shows each one).
QByteArray readableText(QByteArrayView bytes)
{
    if (bytes.isValidUtf8())
        return bytes.toByteArray();
    return QString::fromLatin1(bytes).toUtf8();
}

// A body that can go out as text: UTF-8 without control characters other
// than tab, line ends and form feed. Anything else is base64, so it comes
// back byte for byte.
bool isPlainText(QByteArrayView bytes)
{
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f)
            return false;
    }
    return bytes.isValidUtf8();
}

// How many bytes at the end of `bytes` are the start of a UTF-8 sequence cut
// off by the end of a piece (0 to 3).
qsizetype cutUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xc0) == 0x80)
            continue;
        if (c < 0xc0)
            return 0;
        const qsizetype length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        return length > back ? back : 0;
    }
    return 0;
}

QByteArray isoTime(qint64 millisecondsSinceEpoch)
{
    // HAR 1.2: ISO 8601 with milliseconds and the offset; local time, as the
    // access log shows it.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(millisecondsSinceEpoch);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray clientText(const QHostAddress &client)
{
    if (client.isNull())
        return {};
    // IPv4 clients of a dual-stack socket as plain IPv4.
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    return (isV4 ? QHostAddress(v4).toString() : client.toString()).toLatin1();
}

// The media type of a Content-Type value, lowercased, without parameters.
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// application/x-www-form-urlencoded (URL Standard 5.1), also the usual shape
// of a query: '&'-separated name=value pairs, '+' for a space, %XX escapes.
QList<std::pair<QByteArray, QByteArray>> formPairs(const QByteArray &text)
{
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return readableText(QByteArray::fromPercentEncoding(part));
    };
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : text.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        pairs.append({decode(eq < 0 ? part : part.left(eq)), eq < 0 ? QByteArray() : decode(part.mid(eq + 1))});
    }
    return pairs;
}

// ---- URLs --------------------------------------------------------------------------

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUriByte(unsigned char c, bool allowBrackets)
{
    // RFC 3986 2.2 and 2.3: unreserved, sub-delims, ':', '@', '/', '?'.
    // '#' would start a fragment, '[' ']' belong to a host only.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    if (c == '[' || c == ']')
        return allowBrackets;
    return c != 0 && QByteArrayView("-._~!$&'()*+,;=:@/?").contains(char(c));
}

// A target as URI text: bytes a URI may not hold (spaces, non-ASCII, a
// stray '%') are percent-encoded; escapes already there stay as they are.
QByteArray uriText(QByteArrayView target, bool allowBrackets = false)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i) {
        const auto c = static_cast<unsigned char>(target[i]);
        const bool escape = c == '%' && i + 2 < target.size() && isHexDigit(target[i + 1]) && isHexDigit(target[i + 2]);
        if (escape || isUriByte(c, allowBrackets)) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    return out;
}

bool isAbsoluteForm(QByteArrayView target)
{
    // RFC 9112 3.2.2: a request to a proxy names the whole URL.
    const auto startsWith = [target](QByteArrayView scheme) {
        return target.size() > scheme.size() && equalsIgnoringCase(target.first(scheme.size()), scheme);
    };
    return startsWith("http://") || startsWith("https://");
}

struct HarContext {
    QByteArray origin; // without a trailing slash; empty: from each Host
    QByteArray serverAddress; // the origin's host when it is an IP address
};

HarContext harContext(const QString &origin)
{
    HarContext context;
    context.origin = origin.toUtf8();
    while (context.origin.endsWith('/'))
        context.origin.chop(1);
    const QHostAddress host(QUrl(origin).host());
    if (!host.isNull())
        context.serverAddress = clientText(host);
    return context;
}

QByteArray urlOf(const RequestRecord &record, const QByteArray &origin)
{
    if (isAbsoluteForm(record.target))
        return uriText(record.target, true);
    QByteArray base = origin;
    if (base.isEmpty()) {
        QByteArray host = record.requestHeaders.value("Host");
        const bool plain = std::all_of(host.cbegin(), host.cend(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                || c == ':' || c == '[' || c == ']';
        });
        base = "http://" + (host.isEmpty() || !plain ? QByteArray("localhost") : host);
    }
    // Origin-form starts with '/'; anything else ("*", authority-form) is
    // put after one so the URL stays a URL.
    return base + (record.target.startsWith('/') ? QByteArray() : QByteArray("/")) + uriText(record.target);
}

// ---- Bodies --------------------------------------------------------------------------

// Calls `use` with each piece of the request body kept for `record`, in
// order; stops when it returns false or the body's file cannot be read.
template<typename Use> void forEachBodyPiece(const RequestRecord &record, Use &&use)
{
    const qint64 kept = record.requestBodyKept();
    for (qint64 offset = 0; offset < kept;) {
        const QByteArray piece = record.requestBodyBytes(offset, kPieceBytes);
        if (piece.isEmpty() || !use(piece))
            return;
        offset += piece.size();
    }
}

bool requestBodyIsText(const RequestRecord &record)
{
    QByteArray carry; // a UTF-8 sequence split between two pieces
    bool text = true;
    forEachBodyPiece(record, [&](QByteArray piece) {
        piece.prepend(carry);
        const qsizetype cut = cutUtf8Tail(piece);
        carry = piece.right(cut);
        piece.chop(cut);
        text = isPlainText(piece);
        return text;
    });
    return text && carry.isEmpty();
}

// The request body as one JSON string: as text, or as base64. Returns how
// many bytes were written: fewer than kept when the body's file can no
// longer be read in full (removed or cut by someone else).
qint64 writeRequestBody(JsonWriter &w, const RequestRecord &record, bool text)
{
    w.beginString();
    QByteArray carry; // base64 goes in groups of three bytes
    qint64 written = 0;
    forEachBodyPiece(record, [&](QByteArray piece) {
        written += piece.size();
        if (text) {
            w.stringPiece(piece);
        } else {
            piece.prepend(carry);
            const qsizetype whole = piece.size() - piece.size() % 3;
            carry = piece.mid(whole);
            piece.truncate(whole);
            w.stringPiece(piece.toBase64());
        }
        w.flushSometimes();
        return true;
    });
    w.stringPiece(carry.toBase64());
    w.endString();
    return written;
}

// ---- HAR ------------------------------------------------------------------------------

void writeNameValue(JsonWriter &w, const QByteArray &name, const QByteArray &value)
{
    w.beginObject();
    w.key("name").string(name);
    w.key("value").string(value);
    w.endObject();
}

void writeHeaders(JsonWriter &w, const HttpHeaders &headers)
{
    w.beginArray();
    for (const HttpHeader &h : headers.fields())
        writeNameValue(w, readableText(h.name), readableText(h.value));
    w.endArray();
}

void writePairs(JsonWriter &w, const QList<std::pair<QByteArray, QByteArray>> &pairs)
{
    w.beginArray();
    for (const auto &[name, value] : pairs)
        writeNameValue(w, name, value);
    w.endArray();
}

// RFC 6265 5.4: "name=value; name2=value2".
void writeRequestCookies(JsonWriter &w, const HttpHeaders &headers)
{
    w.beginArray();
    for (const QByteArray &line : headers.values("Cookie")) {
        for (const QByteArray &part : line.split(';')) {
            const QByteArray pair = part.trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                writeNameValue(w, readableText(pair.left(eq).trimmed()), readableText(pair.mid(eq + 1).trimmed()));
        }
    }
    w.endArray();
}

// RFC 6265 4.1: one cookie per Set-Cookie, "name=value; Attr=value; Flag".
void writeResponseCookies(JsonWriter &w, const HttpHeaders &headers)
{
    w.beginArray();
    for (const QByteArray &line : headers.values("Set-Cookie")) {
        const QList<QByteArray> parts = line.split(';');
        const QByteArray pair = parts.first().trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        w.beginObject();
        w.key("name").string(readableText(pair.left(eq).trimmed()));
        w.key("value").string(readableText(pair.mid(eq + 1).trimmed()));
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray attribute = parts[i].trimmed();
            const qsizetype aeq = attribute.indexOf('=');
            const QByteArray name = (aeq < 0 ? attribute : attribute.left(aeq)).trimmed().toLower();
            const QByteArray value = aeq < 0 ? QByteArray() : attribute.mid(aeq + 1).trimmed();
            if (name == "path" || name == "domain") {
                w.key(name == "path" ? "path" : "domain").string(readableText(value));
            } else if (name == "expires") {
                if (const auto seconds = parseHttpDate(value))
                    w.key("expires").string(
                        QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODateWithMs));
            } else if (name == "httponly") {
                w.key("httpOnly").boolean(true);
            } else if (name == "secure") {
                w.key("secure").boolean(true);
            }
        }
        w.endObject();
    }
    w.endArray();
}

// Returns the body bytes written (see writeRequestBody()).
qint64 writePostData(JsonWriter &w, const RequestRecord &record)
{
    const QByteArray contentType = record.requestHeaders.value("Content-Type");
    const qint64 kept = record.requestBodyKept();
    const bool text = requestBodyIsText(record);
    w.beginObject();
    // RFC 9110 8.3: without a Content-Type, a body may be taken as
    // application/octet-stream.
    w.key("mimeType")
        .string(contentType.isEmpty() ? QByteArray("application/octet-stream") : readableText(contentType));
    w.key("text");
    const qint64 written = writeRequestBody(w, record, text);
    // HAR 1.2 has no encoding for postData, and importers expect `text` to be
    // a string: base64 is marked with a custom field, as content.encoding
    // marks it in responses.
    if (!text)
        w.key("_encoding").string("base64");
    if (text && kept <= kMaxFormParamsBytes && mediaType(contentType) == "application/x-www-form-urlencoded") {
        w.key("params");
        writePairs(w, formPairs(record.requestBodyBytes()));
    }
    if (written < kept)
        w.key("comment").string(
            QStringLiteral("The body's temporary file could no longer be read in full: %1 of its %2 bytes are here.")
                .arg(written)
                .arg(record.requestBodySize));
    else if (record.requestBodySize > kept)
        w.key("comment").string(QStringLiteral("Only the first %1 bytes of the body (%2 in all) were kept.")
                                    .arg(kept)
                                    .arg(record.requestBodySize));
    w.endObject();
    return written;
}

// Returns the request body bytes written.
qint64 writeRequest(JsonWriter &w, const RequestRecord &record, const HarContext &context)
{
    const qsizetype question = record.target.indexOf('?');
    w.beginObject();
    w.key("method").string(readableText(record.method));
    w.key("url").string(urlOf(record, context.origin));
    w.key("httpVersion").string(readableText(record.httpVersion));
    w.key("cookies");
    writeRequestCookies(w, record.requestHeaders);
    w.key("headers");
    writeHeaders(w, record.requestHeaders);
    w.key("queryString");
    writePairs(w,
               question < 0 ? QList<std::pair<QByteArray, QByteArray>>() : formPairs(record.target.mid(question + 1)));
    qint64 written = 0;
    if (record.requestBodyKept() > 0) {
        w.key("postData");
        written = writePostData(w, record);
    }
    w.key("headersSize").number(record.rawHead.isEmpty() ? -1 : record.rawHead.size());
    w.key("bodySize").number(record.requestBodySize);
    w.endObject();
    return written;
}

// The size of the head the server wrote for this response: status line,
// fields, empty line, as ResponseWriter lays them out.
qint64 responseHeadSize(const RequestRecord &record)
{
    qint64 size = 9 + QByteArray::number(record.status).size() + 1 + reasonPhrase(record.status).size() + 2 + 2;
    for (const HttpHeader &h : record.responseHeaders.fields())
        size += h.name.size() + 2 + h.value.size() + 2;
    return size;
}

void writeContent(JsonWriter &w, const RequestRecord &record)
{
    const QByteArray contentType = record.responseHeaders.value("Content-Type");
    const QByteArray &body = record.responseBody;
    w.beginObject();
    w.key("size").number(record.responseBodyBytes);
    w.key("mimeType").string(contentType.isEmpty() ? QByteArray("x-unknown") : readableText(contentType));
    if (!body.isEmpty()) {
        if (isPlainText(body)) {
            w.key("text").string(body);
        } else {
            w.key("text").string(body.toBase64());
            w.key("encoding").string("base64");
        }
    }
    if (body.isEmpty() && record.responseBodyBytes > 0)
        w.key("comment").string("The response body was not kept.");
    else if (body.size() < record.responseBodyBytes)
        w.key("comment").string(
            QStringLiteral("Only the first %1 bytes of the response body were kept.").arg(body.size()));
    w.endObject();
}

void writeResponse(JsonWriter &w, const RequestRecord &record)
{
    const bool answered = record.status > 0;
    w.beginObject();
    w.key("status").number(record.status);
    w.key("statusText").string(answered ? reasonPhrase(record.status) : QByteArray());
    // The engine answers every request as HTTP/1.1 (RFC 9110 6.2).
    w.key("httpVersion").string(answered ? "HTTP/1.1" : "");
    w.key("cookies");
    writeResponseCookies(w, record.responseHeaders);
    w.key("headers");
    writeHeaders(w, record.responseHeaders);
    w.key("content");
    writeContent(w, record);
    w.key("redirectURL").string(readableText(record.responseHeaders.value("Location")));
    w.key("headersSize").number(answered ? responseHeadSize(record) : -1);
    w.key("bodySize").number(record.responseBodyBytes);
    w.endObject();
}

void writeEntry(JsonWriter &w, const RequestRecord &record, const HarContext &context)
{
    // HAR 1.2: the timings that apply add up to `time`. A server sees no
    // DNS, connect or TLS phases; the request arrived whole before timing
    // started, so "send" is 0; "wait" runs until the first response byte.
    const qint64 durationUs = std::max<qint64>(0, record.durationUs);
    const qint64 waitUs = std::clamp<qint64>(record.timeToFirstByteUs, 0, durationUs);
    w.beginObject();
    w.key("startedDateTime").string(isoTime(record.startedAtMs));
    w.key("time").millis(durationUs);
    w.key("request");
    const qint64 bodyWritten = writeRequest(w, record, context);
    w.key("response");
    writeResponse(w, record);
    w.key("cache").beginObject();
    w.endObject();
    w.key("timings").beginObject();
    w.key("blocked").number(-1);
    w.key("dns").number(-1);
    w.key("connect").number(-1);
    w.key("send").number(0);
    w.key("wait").millis(waitUs);
    w.key("receive").millis(durationUs - waitUs);
    w.key("ssl").number(-1);
    w.endObject();
    if (!context.serverAddress.isEmpty())
        w.key("serverIPAddress").string(context.serverAddress);
    w.key("connection").string(QByteArray::number(record.connectionId));
    w.key("_clientAddress").string(clientText(record.clientAddress));
    w.key("_clientPort").number(record.clientPort);
    w.key("_rule").string(record.rule);
    w.key("_handler").string(record.handler);
    w.key("_error").string(record.error);
    w.key("_requestBodyTruncated").boolean(record.requestBodySize > bodyWritten);
    if (!record.rawHead.isEmpty())
        w.key("_rawHead").string(record.rawHead.toBase64());
    w.endObject();
}

void writeHar(JsonWriter &w, const QList<RequestRecord> &records, const HarOptions &options)
{
    const HarContext context = harContext(options.origin);
    w.beginObject();
    w.key("log").beginObject();
    w.key("version").string("1.2");
    w.key("creator").beginObject();
    w.key("name").string("Servery");
    w.key("version").string(options.creatorVersion);
    w.endObject();
    w.key("pages").beginArray();
    w.endArray();
    w.key("entries").beginArray();
    for (const RequestRecord &record : records) {
        w.newline();
        writeEntry(w, record, context);
        w.flushSometimes();
    }
    w.newline();
    w.endArray();
    w.endObject();
    w.endObject();
    w.newline();
}

// ---- JSON Lines and CSV ---------------------------------------------------------------

void writeHeaderPairs(JsonWriter &w, const HttpHeaders &headers)
{
    w.beginArray();
    for (const HttpHeader &h : headers.fields()) {
        w.beginArray();
        w.string(readableText(h.name));
        w.string(readableText(h.value));
        w.endArray();
    }
    w.endArray();
}

void appendCsvField(QByteArray &out, QByteArray field, bool first = false)
{
    if (!first)
        out += ',';
    // A spreadsheet runs a cell that starts with one of these as a formula
    // (CSV injection); a leading quote keeps it text.
    if (!field.isEmpty() && QByteArrayView("=+-@\t\r").contains(field.front()))
        field.prepend('\'');
    // RFC 4180 2: a field holding a comma, quote or line break is quoted,
    // its quotes doubled.
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    out += field;
}

} // namespace

QByteArray harFromRecords(const QList<RequestRecord> &records, const HarOptions &options)
{
    JsonWriter w;
    writeHar(w, records, options);
    return w.take();
}

namespace {

// Writes what `write` puts into a JsonWriter to `path` through a QSaveFile:
// the file is complete, or left as it was.
template<typename Write> bool saveJson(const QString &path, QString *error, Write &&write)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    JsonWriter w(&file);
    write(w);
    if (!w.flush())
        return fail(file.errorString());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void writeJsonLines(JsonWriter &w, const QList<RequestRecord> &records, const QString &origin);

} // namespace

bool writeHarFile(const QString &path, const QList<RequestRecord> &records, const HarOptions &options, QString *error)
{
    return saveJson(path, error, [&](JsonWriter &w) { writeHar(w, records, options); });
}

bool writeJsonLinesFile(const QString &path, const QList<RequestRecord> &records, const QString &origin, QString *error)
{
    return saveJson(path, error, [&](JsonWriter &w) { writeJsonLines(w, records, origin); });
}

QByteArray csvFromRecords(const QList<RequestRecord> &records)
{
    QByteArray out = "time,client,method,target,status,request bytes,response bytes,duration ms,rule,error,"
                     "content type\r\n";
    for (const RequestRecord &r : records) {
        appendCsvField(out, isoTime(r.startedAtMs), true);
        appendCsvField(out, clientText(r.clientAddress));
        appendCsvField(out, readableText(r.method));
        appendCsvField(out, readableText(r.target));
        appendCsvField(out, r.status > 0 ? QByteArray::number(r.status) : QByteArray());
        appendCsvField(out, QByteArray::number(r.requestBodySize));
        appendCsvField(out, QByteArray::number(r.responseBodyBytes));
        appendCsvField(out, millisText(std::max<qint64>(0, r.durationUs)));
        appendCsvField(out, r.rule.toUtf8());
        appendCsvField(out, r.error.toUtf8());
        appendCsvField(out, readableText(r.responseHeaders.value("Content-Type")));
        out += "\r\n";
    }
    return out;
}

QByteArray jsonLinesFromRecords(const QList<RequestRecord> &records, const QString &origin)
{
    JsonWriter w;
    writeJsonLines(w, records, origin);
    return w.take();
}

namespace {

void writeJsonLines(JsonWriter &w, const QList<RequestRecord> &records, const QString &origin)
{
    const HarContext context = harContext(origin);
    for (const RequestRecord &r : records) {
        const bool requestText = requestBodyIsText(r);
        const bool responseText = isPlainText(r.responseBody);
        w.beginObject();
        w.key("time").string(isoTime(r.startedAtMs));
        w.key("client").string(clientText(r.clientAddress));
        w.key("clientPort").number(r.clientPort);
        w.key("method").string(readableText(r.method));
        w.key("url").string(urlOf(r, context.origin));
        w.key("httpVersion").string(readableText(r.httpVersion));
        w.key("requestHeaders");
        writeHeaderPairs(w, r.requestHeaders);
        w.key("requestBody");
        const qint64 written = writeRequestBody(w, r, requestText);
        w.key("bodyEncoding").string(requestText ? "text" : "base64");
        w.key("requestBodySize").number(r.requestBodySize);
        w.key("requestBodyTruncated").boolean(r.requestBodySize > written);
        w.key("status").number(r.status);
        w.key("responseHeaders");
        writeHeaderPairs(w, r.responseHeaders);
        w.key("responseBody").string(responseText ? r.responseBody : r.responseBody.toBase64());
        w.key("responseBodyEncoding").string(responseText ? "text" : "base64");
        w.key("responseBodyBytes").number(r.responseBodyBytes);
        w.key("durationMs").millis(std::max<qint64>(0, r.durationUs));
        w.key("handler").string(r.handler);
        w.key("rule").string(r.rule);
        w.key("error").string(r.error);
        w.endObject();
        w.newline();
        w.flushSometimes();
    }
}

} // namespace

} // namespace Servery
