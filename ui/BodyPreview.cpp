#include "BodyPreview.h"

#include <QStringBuilder>
#include <QStringDecoder>

#include <cctype>
#include <optional>

namespace Servery {

namespace {

// Deeper documents are shown as text rather than risk the stack.
constexpr int kMaxJsonDepth = 256;
constexpr int kIndent = 4;
// Indentation can multiply a deep document many times over (250 levels of
// arrays around a run of small numbers: 500 times); past this the pretty
// form is given up and the text shown as it is.
constexpr qsizetype kMaxPrettyGrowth = 8;
constexpr qsizetype kMinPrettyLimit = 4 * 1024 * 1024;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // RFC 8259 2
}

// Re-indents JSON without building a document, so object members keep
// their order and strings and numbers keep their exact bytes (QJsonDocument
// would sort keys and re-encode both). Validates as it goes (RFC 8259);
// the caller has already checked that the bytes are UTF-8.
class JsonPrettyPrinter {
public:
    explicit JsonPrettyPrinter(QByteArrayView in)
        : m_in(in)
        , m_limit(std::max(kMinPrettyLimit, in.size() * kMaxPrettyGrowth))
    {
        m_out.reserve(in.size() * 2);
    }

    std::optional<QByteArray> run()
    {
        skipSpace();
        if (!value(0) || m_tooLarge)
            return std::nullopt;
        skipSpace();
        if (m_pos != m_in.size())
            return std::nullopt;
        return m_out;
    }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(m_in[m_pos]))
            ++m_pos;
    }

    void newline(int depth)
    {
        m_out += '\n';
        m_out.append(qsizetype(depth) * kIndent, ' ');
        if (m_out.size() > m_limit)
            m_tooLarge = true;
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{':
            return container(depth, '}');
        case '[':
            return container(depth, ']');
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // An object or array: one member or element per line, one level deeper.
    bool container(int depth, char close)
    {
        if (depth >= kMaxJsonDepth)
            return false;
        m_out += m_in[m_pos++];
        skipSpace();
        if (peek() == close) {
            m_out += m_in[m_pos++];
            return true;
        }
        for (;;) {
            newline(depth + 1);
            if (m_tooLarge)
                return false;
            if (close == '}') {
                if (peek() != '"' || !string())
                    return false;
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_pos;
                m_out += ": ";
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                m_out += ',';
                skipSpace();
                continue;
            }
            if (peek() != close)
                return false;
            ++m_pos;
            newline(depth);
            m_out += close;
            return true;
        }
    }

    // Copied byte for byte, escapes as written (RFC 8259 7).
    bool string()
    {
        const qsizetype start = m_pos++;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                m_out += m_in.sliced(start, m_pos - start);
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            ++m_pos;
            const char e = peek();
            if (e == 'u') {
                for (int i = 1; i <= 4; ++i) {
                    if (m_pos + i >= m_in.size() || !isxdigit(static_cast<unsigned char>(m_in[m_pos + i])))
                        return false;
                }
                m_pos += 5;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                ++m_pos;
            } else {
                return false;
            }
        }
        return false;
    }

    bool literal(QByteArrayView word)
    {
        if (!m_in.sliced(m_pos).startsWith(word))
            return false;
        m_out += word;
        m_pos += word.size();
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?  (RFC 8259 6)
    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        m_out += m_in.sliced(start, m_pos - start);
        return true;
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    QByteArray m_out;
    qsizetype m_limit = 0;
    bool m_tooLarge = false;
};

// The body as UTF-8 text, or a null string. When the preview was cut short,
// a character split by the cut is dropped rather than making it binary.
QString decodeUtf8(QByteArrayView bytes, bool cutShort)
{
    for (int drop = 0; drop <= (cutShort ? 3 : 0) && drop < bytes.size(); ++drop) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes.first(bytes.size() - drop));
        if (!decoder.hasError())
            return text.isNull() ? QStringLiteral("") : text;
    }
    return {};
}

// Unicode general category Cc, except the whitespace text is made of.
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

bool looksLikeJson(QByteArrayView contentType, QByteArrayView body)
{
    // The media type, without parameters (RFC 9110 8.3.1).
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type
        = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toByteArray().toLower();
    if (type == "application/json" || type.endsWith("+json"))
        return true;
    qsizetype i = 0;
    while (i < body.size() && isJsonSpace(body[i]))
        ++i;
    return i < body.size() && (body[i] == '{' || body[i] == '[');
}

// Like `hexdump -C`: offset, two groups of eight bytes, the printable ASCII.
QString hexDump(QByteArrayView bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    constexpr qsizetype kLineChars = 78;
    QString out;
    out.reserve((bytes.size() / 16 + 1) * (kLineChars + 1));
    for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
        if (offset > 0)
            out += u'\n';
        out += QStringLiteral("%1").arg(offset, 8, 16, QLatin1Char('0'));
        out += u' ';
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i % 8 == 0)
                out += u' ';
            if (offset + i < bytes.size()) {
                const auto b = static_cast<unsigned char>(bytes[offset + i]);
                out += QLatin1Char(kDigits[b >> 4]);
                out += QLatin1Char(kDigits[b & 0xf]);
                out += u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ';
        out += u'|';
        out += ascii;
        out += u'|';
    }
    return out;
}

} // namespace

BodyPreview previewBody(const QByteArray &body, QByteArrayView contentType, qint64 totalSize, qsizetype maxBytes)
{
    BodyPreview preview;
    maxBytes = std::max<qsizetype>(0, maxBytes);
    preview.truncated = totalSize > body.size() || body.size() > maxBytes;
    if (body.isEmpty())
        return preview;

    const QByteArrayView shown = QByteArrayView(body).first(std::min(body.size(), maxBytes));
    const QString text = decodeUtf8(shown, preview.truncated);
    if (!text.isNull()) {
        if (looksLikeJson(contentType, shown)) {
            if (const std::optional<QByteArray> pretty = JsonPrettyPrinter(shown).run()) {
                preview.kind = BodyPreview::Kind::Json;
                preview.text = QString::fromUtf8(*pretty);
                return preview;
            }
        }
        if (!hasControlCharacters(text)) {
            preview.kind = BodyPreview::Kind::Text;
            preview.text = text;
            return preview;
        }
    }
    preview.kind = BodyPreview::Kind::Hex;
    preview.text = hexDump(shown);
    return preview;
}

} // namespace Servery
