#include "TextDecoding.h"

#include "BodyReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Servery {

namespace {

// The context of this file's strings in the catalogue.
struct DecodingText {
    Q_DECLARE_TR_FUNCTIONS(Servery::TextDecoding)
};

// windows-1252 (WHATWG's table for 0x80-0x9F), for Qt builds without ICU,
// whose QStringDecoder knows only the UTF and Latin-1 names. It is the
// charset most often declared on the web after UTF-8, and differs from
// Latin-1 just there (0x80 is the euro sign).
constexpr char16_t kWindows1252High[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = QChar(b >= 0x80 && b < 0xa0 ? kWindows1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

bool isWindows1252(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "windows-1252" || lower == "cp1252" || lower == "x-cp1252";
}

} // namespace

DecodedText decodeText(QByteArrayView bytes, QByteArrayView contentType, bool complete)
{
    DecodedText out;
    const QByteArray declared = contentTypeParameter(contentType, "charset").trimmed();
    // Whole text: a character cut by the end is an error. The beginning of
    // a body: a stateful decoder keeps such a character back, unreported.
    const QStringDecoder::Flags flags = complete ? QStringDecoder::Flag::Stateless : QStringDecoder::Flag::Default;

    QStringDecoder decoder;
    // encodingForData() also guesses from a leading '<' or NUL bytes; only
    // an actual byte order mark is taken over the declaration.
    const bool hasBom
        = bytes.startsWith("\xef\xbb\xbf") || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
    if (hasBom) {
        if (const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes))
            decoder = QStringDecoder(*bom, flags);
    }
    if (!decoder.isValid() && !declared.isEmpty()) {
        decoder = QStringDecoder(declared.constData(), flags);
        if (!decoder.isValid() && isWindows1252(declared)) {
            out.text = decodeWindows1252(bytes);
            out.charset = QStringLiteral("windows-1252");
            return out;
        }
        if (!decoder.isValid())
            out.note = DecodingText::tr("Unknown charset \"%1\"; shown as UTF-8.").arg(QString::fromLatin1(declared));
    }
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8, flags);

    out.text = decoder.decode(bytes);
    out.hadErrors = decoder.hasError();
    out.charset = QString::fromLatin1(decoder.name());
    if (out.hadErrors && out.note.isEmpty())
        out.note = DecodingText::tr("Some bytes are not valid %1; they are shown as \uFFFD.").arg(out.charset);
    return out;
}

} // namespace Servery
