// HAR 1.2 read back into request records: Servery's own, Chrome DevTools',
// Firefox's. (The exports are in LogExport.cpp.)

#include "server/log/LogExport.h"

#include "server/http/limits.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryFile>

#include <cmath>
#include <optional>

namespace Servery {

namespace {

QString notHar(const QString &why)
{
    return QStringLiteral("This file is not a HAR: %1.").arg(why);
}

QString tooLarge()
{
    return QStringLiteral("This HAR file is larger than %1 MiB, too large to import.")
        .arg(kMaxHarImportBytes / (1024 * 1024));
}

qint64 msFromIsoTime(const QString &text)
{
    // Chrome writes UTC ("...Z"), Firefox local time with an offset.
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The path and query of a URL as written (QUrl would normalise them): what
// follows the authority, without a fragment; "/" when the path is empty
// (RFC 9112 3.2.1).
QByteArray targetOf(const QString &url)
{
    QByteArray bytes = url.toUtf8();
    if (const qsizetype hash = bytes.indexOf('#'); hash >= 0)
        bytes.truncate(hash);
    const qsizetype scheme = bytes.indexOf("://");
    if (scheme < 0)
        return bytes.startsWith('/') ? bytes : QByteArray("/");
    const qsizetype path = bytes.indexOf('/', scheme + 3);
    const qsizetype query = bytes.indexOf('?', scheme + 3);
    if (path < 0 || (query >= 0 && query < path))
        return '/' + (query < 0 ? QByteArray() : bytes.mid(query));
    return bytes.mid(path);
}

HttpHeaders headersFrom(const QJsonValue &list)
{
    HttpHeaders headers;
    for (const QJsonValue &item : list.toArray()) {
        const QJsonObject field = item.toObject();
        const QString name = field.value(QLatin1String("name")).toString();
        // HTTP/2 pseudo-fields (":authority", ":path") of a browser's HAR are
        // no HTTP/1.1 fields.
        if (name.isEmpty() || name.startsWith(u':'))
            continue;
        headers.append(name.toUtf8(), field.value(QLatin1String("value")).toString().toUtf8());
    }
    return headers;
}

bool isBase64(const QJsonObject &body)
{
    // content.encoding is HAR 1.2's; postData has none, so ours carries
    // "_encoding" (and some tools write "encoding" there too).
    return body.value(QLatin1String("encoding")).toString() == QLatin1String("base64")
        || body.value(QLatin1String("_encoding")).toString() == QLatin1String("base64");
}

QByteArray bodyFrom(const QJsonObject &body)
{
    const QString text = body.value(QLatin1String("text")).toString();
    return isBase64(body) ? QByteArray::fromBase64(text.toLatin1()) : text.toUtf8();
}

// A form body from postData.params, for HARs that list the fields without
// the text (URL Standard 5.2, the urlencoded serializer).
QByteArray formFromParams(const QJsonArray &params)
{
    QByteArray form;
    for (const QJsonValue &item : params) {
        const QJsonObject param = item.toObject();
        if (!form.isEmpty())
            form += '&';
        form += param.value(QLatin1String("name")).toString().toUtf8().toPercentEncoding();
        form += '=';
        form += param.value(QLatin1String("value")).toString().toUtf8().toPercentEncoding();
    }
    return form;
}

QByteArray requestBodyFrom(const QJsonObject &postData)
{
    if (postData.contains(QLatin1String("text")))
        return bodyFrom(postData);
    const QString mimeType = postData.value(QLatin1String("mimeType")).toString();
    const QJsonArray params = postData.value(QLatin1String("params")).toArray();
    if (!params.isEmpty()
        && mimeType.startsWith(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive))
        return formFromParams(params);
    return {};
}

// As the engine keeps a caught body: in memory up to the capture limit, past
// it in a temporary file of its own (RequestRecord).
void keepRequestBody(RequestRecord &record, QByteArray body)
{
    if (body.size() <= Limits::kCaptureMemoryBytes) {
        record.requestBody = std::move(body);
        return;
    }
    const QString folder = BodyFile::spillFolder();
    QTemporaryFile file(folder + QLatin1String("/import-XXXXXX"));
    file.setAutoRemove(false);
    if (!folder.isEmpty() && file.open() && file.write(body) == body.size() && file.flush()) {
        record.requestBodyFile = std::make_shared<BodyFile>(file.fileName(), body.size());
        return;
    }
    // No room on the disk: memory rather than losing the body.
    file.remove();
    record.requestBody = std::move(body);
}

qint64 microsecondsFrom(const QJsonValue &milliseconds)
{
    // Within a century either way: a hostile 1e300 must not wrap around.
    constexpr double kCentury = 100.0 * 365 * 24 * 3600 * 1000;
    return std::llround(std::clamp(milliseconds.toDouble(), -kCentury, kCentury) * 1000.0);
}

// The authority of an absolute URL ("example.com:8443"), or empty.
QByteArray authorityOf(const QString &url)
{
    const QByteArray bytes = url.toUtf8();
    const qsizetype scheme = bytes.indexOf("://");
    if (scheme < 0)
        return {};
    qsizetype end = scheme + 3;
    while (end < bytes.size() && bytes[end] != '/' && bytes[end] != '?' && bytes[end] != '#')
        ++end;
    QByteArray authority = bytes.mid(scheme + 3, end - scheme - 3);
    if (const qsizetype at = authority.lastIndexOf('@'); at >= 0)
        authority.remove(0, at + 1); // never a user's name or password
    return authority;
}

std::optional<RequestRecord> recordFrom(const QJsonValue &value)
{
    const QJsonObject entry = value.toObject();
    const QJsonValue requestValue = entry.value(QLatin1String("request"));
    if (!value.isObject() || !requestValue.isObject())
        return std::nullopt;
    const QJsonObject request = requestValue.toObject();
    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();

    RequestRecord r;
    r.startedAtMs = msFromIsoTime(entry.value(QLatin1String("startedDateTime")).toString());
    r.connectionId = entry.value(QLatin1String("connection")).toString().toULongLong();
    r.clientAddress = QHostAddress(entry.value(QLatin1String("_clientAddress")).toString());
    r.clientPort = quint16(entry.value(QLatin1String("_clientPort")).toInt());

    r.method = request.value(QLatin1String("method")).toString().toUtf8();
    r.target = targetOf(request.value(QLatin1String("url")).toString());
    r.httpVersion = request.value(QLatin1String("httpVersion")).toString().toUtf8();
    r.requestHeaders = headersFrom(request.value(QLatin1String("headers")));
    // An HTTP/2 browser's HAR names the host only in ":authority" (left out
    // above) and the URL: keep it as the Host field HTTP/1.1 would have sent.
    if (!r.requestHeaders.contains("Host")) {
        if (const QByteArray host = authorityOf(request.value(QLatin1String("url")).toString()); !host.isEmpty())
            r.requestHeaders.append(QByteArrayLiteral("Host"), host);
    }
    const QByteArray rawHead = entry.value(QLatin1String("_rawHead")).toString().toLatin1();
    r.rawHead = QByteArray::fromBase64(rawHead);
    QByteArray requestBody = requestBodyFrom(request.value(QLatin1String("postData")).toObject());
    // bodySize is -1 when unknown; never less than what was kept.
    r.requestBodySize = std::max<qint64>(request.value(QLatin1String("bodySize")).toInteger(-1), requestBody.size());
    keepRequestBody(r, std::move(requestBody));

    r.status = response.value(QLatin1String("status")).toInt();
    r.responseHeaders = headersFrom(response.value(QLatin1String("headers")));
    QByteArray responseBody = bodyFrom(content);
    // content.size is the body as decoded (what `text` holds); bodySize what
    // went over the wire, perhaps compressed. The log counts the former.
    qint64 bodyBytes = content.value(QLatin1String("size")).toInteger(-1);
    if (bodyBytes < 0)
        bodyBytes = response.value(QLatin1String("bodySize")).toInteger(-1);
    r.responseBodyBytes = std::max<qint64>(bodyBytes, responseBody.size());
    responseBody.truncate(Limits::kRecordedResponseBytes);
    r.responseBody = std::move(responseBody);
    const qint64 headSize = response.value(QLatin1String("headersSize")).toInteger(-1);
    r.bytesSent = headSize >= 0 ? headSize + r.responseBodyBytes : 0;

    r.durationUs = std::max<qint64>(0, microsecondsFrom(entry.value(QLatin1String("time"))));
    const QJsonValue wait = timings.value(QLatin1String("wait"));
    r.timeToFirstByteUs = wait.isDouble() && wait.toDouble() >= 0 ? microsecondsFrom(wait) : -1;

    r.rule = entry.value(QLatin1String("_rule")).toString();
    r.handler = entry.value(QLatin1String("_handler")).toString();
    r.error = entry.value(QLatin1String("_error")).toString();
    if (r.error.isEmpty()) // Chrome's "net::ERR_..."
        r.error = response.value(QLatin1String("_error")).toString();
    return r;
}

} // namespace

HarImport recordsFromHar(const QByteArray &json)
{
    HarImport result;
    if (json.size() > kMaxHarImportBytes) {
        result.error = tooLarge();
        return result;
    }
    if (json.trimmed().isEmpty()) {
        result.error = notHar(QStringLiteral("it is empty"));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = notHar(QStringLiteral("it is not valid JSON (%1 at byte %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
        return result;
    }
    const QJsonValue entries = document.object().value(QLatin1String("log")).toObject().value(QLatin1String("entries"));
    if (!entries.isArray()) {
        result.error = notHar(QStringLiteral("it has no list of entries (log.entries)"));
        return result;
    }
    quint64 id = 0;
    const QJsonArray list = entries.toArray();
    for (const QJsonValue &entry : list) {
        if (result.records.size() >= kMaxHarImportEntries) {
            result.leftOut = int(list.size() - result.records.size() - result.skipped);
            break;
        }
        if (std::optional<RequestRecord> record = recordFrom(entry)) {
            record->id = ++id;
            result.records.append(std::move(*record));
        } else {
            ++result.skipped;
        }
    }
    return result;
}

HarImport readHarFile(const QString &path)
{
    HarImport result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > kMaxHarImportBytes) {
        result.error = tooLarge();
        return result;
    }
    return recordsFromHar(file.readAll());
}

} // namespace Servery
