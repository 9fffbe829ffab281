#include "server/files/NativeName.h"

#include <QStringDecoder>

namespace Servery {

#ifdef Q_OS_WIN

QString decodeFileName(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QByteArray encodeFileName(QStringView name)
{
    return name.toUtf8();
}

#else

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // U+DC80..U+DCFF carry bytes 0x80..0xFF

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the valid UTF-8 sequence at `p` (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or 0.
int validSequence(const uchar *p, qsizetype left, char32_t *codePoint)
{
    const uchar c = p[0];
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && left >= 2 && isContinuation(p[1])) {
        *codePoint = char32_t(c & 0x1F) << 6 | (p[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF && left >= 3 && isContinuation(p[1]) && isContinuation(p[2])) {
        const char32_t cp = char32_t(c & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        *codePoint = cp;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4 && left >= 4 && isContinuation(p[1]) && isContinuation(p[2]) && isContinuation(p[3])) {
        const char32_t cp
            = char32_t(c & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
        *codePoint = cp;
        return 4;
    }
    return 0;
}

} // namespace

QString decodeFileName(QByteArrayView bytes)
{
    // Nearly every name is valid UTF-8: Qt's decoder is much faster than
    // the loop below, which only runs for names that are not.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString plain = utf8.decode(bytes);
    if (!utf8.hasError())
        return plain;

    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        char32_t cp = 0;
        const int length = validSequence(p + i, n - i, &cp);
        if (length == 0) {
            out.append(QChar(char16_t(kEscapeBase + p[i])));
            ++i;
            continue;
        }
        if (cp < 0x10000) {
            out.append(QChar(char16_t(cp)));
        } else {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
        }
        i += length;
    }
    return out;
}

QByteArray encodeFileName(QStringView name)
{
    // Without lone surrogates (escaped bytes) the name is plain UTF-8.
    bool escaped = false;
    for (const QChar c : name) {
        if (c.isSurrogate()) {
            escaped = true;
            break;
        }
    }
    if (!escaped)
        return name.toUtf8();

    QByteArray out;
    out.reserve(name.size());
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = name.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < n && QChar::isLowSurrogate(name.at(i + 1).unicode())) {
            cp = QChar::surrogateToUcs4(char16_t(cp), name.at(i + 1).unicode());
            ++i;
        } else if (cp >= kEscapeBase + 0x80 && cp <= kEscapeBase + 0xFF) {
            out.append(char(cp - kEscapeBase)); // an escaped byte, back as it was
            continue;
        } else if (QChar::isSurrogate(cp)) {
            cp = 0xFFFD; // cannot come from decodeFileName
        }
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

#endif

QByteArray displayFileName(QStringView name)
{
    QString shown = name.toString();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const char16_t c = shown.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < shown.size() && QChar::isLowSurrogate(shown.at(i + 1).unicode()))
            ++i;
        else if (QChar::isSurrogate(c))
            shown[i] = QChar(QChar::ReplacementCharacter);
    }
    return shown.toUtf8();
}

} // namespace Servery
