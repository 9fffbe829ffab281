#include "server/files/UploadNames.h"

#include "server/files/MultipartParser.h"
#include "server/files/NativeName.h"
#include "server/http/HttpGrammar.h"
#include "server/http/limits.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTextBoundaryFinder>

#include <optional>

namespace Servery {

namespace {

// An extension longer than this, or with a space in it, is part of the name
// ("Notes 3.5 final"), not a type.
constexpr qsizetype kMaxExtensionChars = 16;

qsizetype nativeBytes(QStringView s)
{
    return encodeFileName(s).size();
}

bool isRemovedCharacter(char16_t c)
{
    // C0, DEL, C1.
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional controls (Unicode TR9): ALM, LRM, RLM, LRE..RLO, LRI..PDI.
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isTrailingJunk(QChar c)
{
    return c == u'.' || c == u' ';
}

// RFC-free folklore, documented by Microsoft ("Naming Files, Paths, and
// Namespaces"): device names, whatever follows a dot, trailing spaces of the
// stem ignored; also the superscript digits 1-3.
bool isReservedWindowsName(QStringView name)
{
    QStringView stem = name;
    const qsizetype dot = stem.indexOf(u'.');
    if (dot >= 0)
        stem = stem.first(dot);
    while (!stem.isEmpty() && stem.back() == u' ')
        stem.chop(1);
    const QString upper = stem.toString().toUpper();
    static const QStringList exact = {QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                                      QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (exact.contains(upper))
        return true;
    if (upper.size() == 4 && (upper.startsWith(u"COM") || upper.startsWith(u"LPT"))) {
        const char16_t d = upper.at(3).unicode();
        return (d >= u'1' && d <= u'9') || d == u'\u00b9' || d == u'\u00b2' || d == u'\u00b3';
    }
    return false;
}

// The longest prefix of `s` of at most `budget` bytes that ends between two
// characters as people see them (grapheme clusters), else between code
// points (a cluster of a thousand combining marks must not empty the name).
QString truncateToBytes(const QString &s, qsizetype budget)
{
    if (nativeBytes(s) <= budget)
        return s;
    qsizetype keep = 0;
    qsizetype bytes = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    qsizetype previous = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype at = finder.position();
        bytes += nativeBytes(QStringView(s).sliced(previous, at - previous));
        if (bytes > budget)
            break;
        keep = at;
        previous = at;
    }
    if (keep == 0) {
        bytes = 0;
        for (qsizetype i = 0; i < s.size();) {
            const qsizetype step
                = (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
            bytes += nativeBytes(QStringView(s).sliced(i, step));
            if (bytes > budget)
                break;
            i += step;
            keep = i;
        }
    }
    return s.first(keep);
}

void chopTrailingJunk(QString &s)
{
    while (!s.isEmpty() && isTrailingJunk(s.back()))
        s.chop(1);
}

std::optional<QByteArray> percentDecoded(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size())
            return std::nullopt;
        const int hi = Grammar::hexValue(in[i + 1]);
        const int lo = Grammar::hexValue(in[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return s;
}

// RFC 8187 3.2 ext-value: charset "'" [ language ] "'" value-chars.
std::optional<QString> decodeExtValue(QByteArrayView encoded)
{
    const qsizetype first = encoded.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : encoded.indexOf('\'', first + 1);
    if (second < 0)
        return std::nullopt;
    const QByteArray charset = encoded.first(first).toByteArray().toLower();
    const std::optional<QByteArray> bytes = percentDecoded(encoded.sliced(second + 1));
    if (!bytes)
        return std::nullopt;
    if (charset == "utf-8")
        return strictUtf8(*bytes);
    if (charset == "iso-8859-1")
        return QString::fromLatin1(*bytes);
    return std::nullopt;
}

// filename*, or its RFC 2231 continuations filename*0*, filename*1, ...
std::optional<QString> extendedFileName(const HeaderParameters &p)
{
    if (p.has("filename*"))
        return decodeExtValue(p.parameter("filename*"));
    QByteArray joined;
    bool encoded = false;
    int pieces = 0;
    for (int k = 0; k < 100; ++k) {
        const QByteArray key = "filename*" + QByteArray::number(k);
        const QByteArray encodedKey = key + '*';
        if (p.has(encodedKey)) {
            // Later encoded pieces carry no charset of their own: the first
            // one's applies to the whole.
            if (k == 0)
                encoded = true;
            joined += p.parameter(encodedKey);
        } else if (p.has(key)) {
            // A plain piece inside an encoded name: escape its '%' so the
            // decoding leaves it alone.
            const QByteArray plain = p.parameter(key);
            joined += encoded ? QByteArray(plain).replace('%', "%25") : plain;
        } else {
            break;
        }
        ++pieces;
    }
    if (pieces == 0)
        return std::nullopt;
    if (encoded)
        return decodeExtValue(joined);
    return QString::fromUtf8(joined);
}

// The plain filename parameter, as browsers and other clients send it.
QString decodePlainFileName(const QByteArray &raw)
{
    bool ascii = true;
    for (const char c : raw) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii && raw.contains('%')) {
        if (const std::optional<QByteArray> decoded = percentDecoded(raw)) {
            if (std::optional<QString> name = strictUtf8(*decoded))
                return *name;
        }
    }
    // Raw UTF-8 with the escapes the HTML standard has browsers make
    // ("multipart/form-data encoding algorithm").
    QByteArray bytes = raw;
    bytes.replace("%22", "\"").replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n");
    return QString::fromUtf8(bytes);
}

} // namespace

qsizetype extensionStart(QStringView name)
{
    qsizetype firstNonDot = 0;
    while (firstNonDot < name.size() && name.at(firstNonDot) == u'.')
        ++firstNonDot;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= firstNonDot || name.size() - dot > kMaxExtensionChars + 1 || name.sliced(dot).contains(u' '))
        return name.size();
    // "archive.tar.gz" keeps ".tar.gz".
    const QStringView stem = name.first(dot);
    if (stem.size() - 4 > firstNonDot && stem.endsWith(u".tar", Qt::CaseInsensitive))
        return dot - 4;
    return dot;
}

CheckedName sanitizeUploadName(QStringView proposed, bool allowHidden)
{
    CheckedName out;
    auto note = [&out](const char *what) {
        if (out.change.isEmpty())
            out.change = QString::fromLatin1(what);
    };

    // Only the last component: nothing can name another folder.
    QStringView last = proposed;
    const qsizetype cut = std::max(last.lastIndexOf(u'/'), last.lastIndexOf(u'\\'));
    if (cut >= 0) {
        last = last.sliced(cut + 1);
        note("The name holds folders.");
    }

    QString s;
    s.reserve(last.size());
    for (const QChar c : last) {
        if (isRemovedCharacter(c.unicode())) {
            note("The name holds control characters.");
            continue;
        }
#ifdef Q_OS_WIN
        if (QStringView(u"<>:\"|?*").contains(c)) {
            s += u'_';
            note("The name holds characters Windows does not allow.");
            continue;
        }
#endif
        s += c;
    }

    const bool reserved = s.startsWith(QLatin1StringView(kUploadTempPrefix));
    if (!allowHidden || reserved) {
        qsizetype dots = 0;
        while (dots < s.size() && s.at(dots) == u'.')
            ++dots;
        if (dots > 0) {
            s.remove(0, dots);
            note(reserved ? "The name is reserved for Servery's temporary files."
                          : "Names starting with a dot are hidden here.");
        }
    }
    const qsizetype before = s.size();
    chopTrailingJunk(s);
    if (s.size() != before)
        note("The name ends with dots or spaces.");
    if (s.isEmpty()) {
        out.refusal = QStringLiteral("The file name is empty, or has nothing that can be kept.");
        return out;
    }
    if (isReservedWindowsName(s)) {
        s.prepend(u'_');
        note("The name is reserved by Windows.");
    }
    if (nativeBytes(s) > Limits::kMaxFileNameBytes) {
        const qsizetype at = extensionStart(s);
        const QString ext = s.sliced(at);
        QString stem = truncateToBytes(s.first(at), Limits::kMaxFileNameBytes - nativeBytes(ext));
        chopTrailingJunk(stem);
        if (stem.isEmpty()) {
            stem = truncateToBytes(s, Limits::kMaxFileNameBytes);
            chopTrailingJunk(stem);
            s = stem;
        } else {
            s = stem + ext;
        }
        note("The name is longer than 255 bytes.");
    }
    out.name = s;
    return out;
}

QString numberedName(const QString &name, int number)
{
    if (number <= 0)
        return name;
    const qsizetype at = extensionStart(name);
    const QString ext = name.sliced(at);
    const QString suffix = u" (" + QString::number(number) + u')';
    QString stem = name.first(at);
    const qsizetype budget = Limits::kMaxFileNameBytes - nativeBytes(suffix) - nativeBytes(ext);
    if (nativeBytes(stem) > budget) {
        stem = truncateToBytes(stem, budget);
        chopTrailingJunk(stem);
    }
    return stem + suffix + ext;
}

FormDataDisposition parseFormDataDisposition(QByteArrayView contentDisposition)
{
    FormDataDisposition out;
    const std::optional<HeaderParameters> p = parseHeaderParameters(contentDisposition);
    if (!p) {
        out.error = "malformed Content-Disposition in a part";
        return out;
    }
    if (p->value != "form-data") {
        out.error = "a part that is not form-data";
        return out;
    }
    out.fieldName = p->parameter("name");
    std::optional<QString> extended = extendedFileName(*p);
    if (extended) {
        out.isFile = true;
        out.fileName = *extended;
    } else if (p->has("filename")) {
        out.isFile = true;
        out.fileName = decodePlainFileName(p->parameter("filename"));
    } else if (p->has("filename*") || p->has("filename*0*") || p->has("filename*0")) {
        out.error = "a file name in a charset this server does not read";
        return out;
    }
    out.ok = true;
    return out;
}

QString uploadTempName(QByteArrayView id, QStringView suffix)
{
    return QLatin1StringView(kUploadTempPrefix) + QLatin1StringView(id) + suffix;
}

bool isUploadTempName(QStringView name)
{
    return name.startsWith(QLatin1StringView(kUploadTempPrefix));
}

QByteArray uploadIdOfTempName(QStringView name)
{
    if (!isUploadTempName(name))
        return {};
    QStringView rest = name.sliced(qsizetype(sizeof kUploadTempPrefix) - 1);
    const qsizetype dot = rest.indexOf(u'.');
    if (dot >= 0)
        rest = rest.first(dot);
    const QByteArray id = rest.toLatin1();
    return isValidUploadId(id) ? id : QByteArray();
}

QByteArray newUploadId()
{
    static_assert(Limits::kUploadIdBytes % 4 == 0);
    quint32 words[Limits::kUploadIdBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), Limits::kUploadIdBytes).toHex();
}

bool isValidUploadId(QByteArrayView id)
{
    if (id.size() != 2 * Limits::kUploadIdBytes)
        return false;
    for (const char c : id) {
        if (!Grammar::isDigit(c) && !(c >= 'a' && c <= 'f'))
            return false;
    }
    return true;
}

} // namespace Servery
