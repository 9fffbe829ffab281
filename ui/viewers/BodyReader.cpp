#include "BodyReader.h"

#include "server/files/MultipartParser.h"
#include "server/log/RequestRecord.h"

namespace Servery {

BodyReader bytesReader(QByteArray bytes)
{
    return [bytes = std::move(bytes)](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || offset >= bytes.size() || length <= 0)
            return {};
        return bytes.mid(offset, std::min<qint64>(length, bytes.size() - offset));
    };
}

BodyReader requestBodyReader(const RequestRecord &record)
{
    return [record](qint64 offset, qint64 length) -> QByteArray {
        if (length <= 0)
            return {};
        return record.requestBodyBytes(offset, length);
    };
}

BodyReader sliceReader(BodyReader outer, qint64 offset, qint64 length)
{
    return [outer = std::move(outer), offset, length](qint64 at, qint64 n) -> QByteArray {
        if (at < 0 || at >= length || n <= 0)
            return {};
        return outer(offset + at, std::min(n, length - at));
    };
}

QByteArray mediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toByteArray().toLower();
}

QByteArray contentTypeParameter(QByteArrayView contentType, QByteArrayView name)
{
    // The strict reader unescapes quoted values properly; a value it refuses
    // (a parameter twice, a stray quote) is searched for by hand.
    if (const std::optional<HeaderParameters> parsed = parseHeaderParameters(contentType))
        return parsed->parameter(QByteArray(name.data(), name.size()).toLower());
    const QList<QByteArray> pieces = contentType.toByteArray().split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces[i].trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq <= 0 || piece.first(eq).trimmed().toLower() != QByteArrayView(name).toByteArray().toLower())
            continue;
        QByteArray value = piece.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace Servery
