// Tests of the request log's exports (HAR 1.2, CSV, JSON Lines) and HAR
// import: exact fields for every kind of exchange, bodies in memory and on
// disk, a round trip through HAR, spreadsheet-safe CSV, one JSON object per
// line, damaged files refused plainly, and the HAR checked against the HAR
// 1.2 schema by npm's har-validator.

#include "server/http/HttpStatus.h"
#include "server/log/LogExport.h"

#include <QtTest>

using namespace Servery;

namespace {

constexpr qint64 kStartMs = 1'700'000'000'123; // 2023-11-14 22:13:20.123 UTC
const QString kOrigin = QStringLiteral("http://127.0.0.1:8080");

HarOptions harOptions()
{
    return {kOrigin, QStringLiteral("1.2.3")};
}

// The head the engine writes (ResponseWriter's serializeHead), counted by
// hand, so bytesSent is what a real exchange would say.
qint64 headSize(int status, const HttpHeaders &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const HttpHeader &h : headers.fields())
        head += h.name + ": " + h.value + "\r\n";
    return head.size() + 2;
}

RequestRecord exchange(const QByteArray &method, const QByteArray &target, int status)
{
    static quint64 nextId = 1;
    RequestRecord r;
    r.id = nextId;
    r.connectionId = 100 + nextId;
    r.requestOnConnection = 1;
    r.startedAtMs = kStartMs + qint64(nextId) * 1000;
    ++nextId;
    r.clientAddress = QHostAddress(QStringLiteral("192.168.1.23"));
    r.clientPort = 52'000;
    r.method = method;
    r.target = target;
    r.httpVersion = "HTTP/1.1";
    r.requestHeaders.append("Host", "127.0.0.1:8080");
    r.requestHeaders.append("User-Agent", "curl/7.88.1");
    r.status = status;
    r.durationUs = 12'345;
    r.timeToFirstByteUs = 2'000;
    r.handler = QStringLiteral("file");
    return r;
}

void setResponse(RequestRecord &r, const QByteArray &contentType, const QByteArray &body, qint64 bytes = -1)
{
    if (!contentType.isEmpty())
        r.responseHeaders.append("Content-Type", contentType);
    r.responseBodyBytes = bytes < 0 ? body.size() : bytes;
    r.responseHeaders.append("Content-Length", QByteArray::number(r.responseBodyBytes));
    r.responseBody = body;
    r.bytesSent = headSize(r.status, r.responseHeaders) + r.responseBodyBytes;
}

void setBody(RequestRecord &r, const QByteArray &contentType, const QByteArray &body)
{
    r.requestHeaders.append("Content-Type", contentType);
    r.requestHeaders.append("Content-Length", QByteArray::number(body.size()));
    r.requestBody = body;
    r.requestBodySize = body.size();
}

QByteArray allBytes()
{
    QByteArray bytes(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        bytes[i] = char(i);
    return bytes;
}

// Kept on disk, as the engine keeps a caught body past the memory limit.
std::shared_ptr<const BodyFile> bodyFile(const QByteArray &bytes)
{
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("tst_logexport-XXXXXX")));
    file.setAutoRemove(false);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return nullptr;
    return std::make_shared<BodyFile>(file.fileName(), bytes.size());
}

// A text body whose multi-byte characters straddle the 1 MiB pieces the
// exporter reads, and a binary one whose length is no multiple of 3.
QByteArray bigText()
{
    QByteArray text(1024 * 1024 - 1, 'a');
    text += "\xe2\x9c\x93"; // U+2713, split 1 + 2 at the first piece's end
    while (text.size() < 2 * 1024 * 1024 + 7)
        text += "h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93\n";
    return text;
}

QByteArray bigBinary()
{
    QByteArray bytes(2 * 1024 * 1024 + 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

const QByteArray kMultipart = "--XyZ\r\n"
                              "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                              "Holiday\r\n"
                              "--XyZ\r\n"
                              "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                              "Content-Type: text/plain\r\n\r\n"
                              "hello\r\n"
                              "--XyZ--\r\n";

// Every kind of exchange the exports must handle, by index.
enum Kind {
    Get,
    PostJson,
    PutBinary,
    PatchForm,
    Delete,
    Multipart,
    FileText,
    FileBinary,
    Truncated,
    Failed,
    KindCount
};

QList<RequestRecord> sampleRecords()
{
    QList<RequestRecord> records(KindCount);

    RequestRecord &get = records[Get] = exchange("GET", "/search?q=caf%C3%A9+au+lait&page=2&flag", 200);
    get.requestHeaders.append("Cookie", "session=abc123; theme=dark");
    get.rawHead = "GET /search?q=caf%C3%A9+au+lait&page=2&flag HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                  "User-Agent: curl/7.88.1\r\nCookie: session=abc123; theme=dark\r\n\r\n";
    get.responseHeaders.append("Set-Cookie", "id=42; Path=/; HttpOnly; Secure; Expires=Wed, 21 Oct 2015 07:28:00 GMT");
    get.responseHeaders.append("Set-Cookie", "lang=en");
    setResponse(get, "text/html; charset=utf-8", "<p>caf\xc3\xa9</p>\n");
    get.rule = QStringLiteral("#1");
    get.handler = QStringLiteral("rule");

    RequestRecord &post = records[PostJson] = exchange("POST", "/api/items", 201);
    setBody(post, "application/json", "{\"name\": \"Zo\xc3\xab\",\n\t\"n\": [1, 2], \"q\": \"\\\"\"}");
    post.responseHeaders.append("Location", "/api/items/7");
    setResponse(post, "application/json", "{\"id\":7}");
    post.rule = QStringLiteral("create item");
    post.handler = QStringLiteral("rule");

    RequestRecord &put = records[PutBinary] = exchange("PUT", "/blob.bin", 200);
    setBody(put, "application/octet-stream", allBytes());
    QByteArray reversed = allBytes();
    std::reverse(reversed.begin(), reversed.end());
    setResponse(put, "application/octet-stream", reversed);

    RequestRecord &patch = records[PatchForm] = exchange("PATCH", "/profile", 200);
    setBody(patch, "application/x-www-form-urlencoded; charset=UTF-8", "name=J%C3%BCrgen+M&empty=&flag&a%26b=c%3Dd");
    setResponse(patch, "text/plain", "saved");

    RequestRecord &del = records[Delete] = exchange("DELETE", "/items/3", 404);
    setResponse(del, "text/html; charset=utf-8", errorPage(404));
    del.handler = QStringLiteral("error");

    RequestRecord &multipart = records[Multipart] = exchange("POST", "/upload", 200);
    setBody(multipart, "multipart/form-data; boundary=XyZ", kMultipart);
    // A file answered the request; its body is never kept.
    setResponse(multipart, "image/jpeg", QByteArray(), 1000);

    RequestRecord &fileText = records[FileText] = exchange("POST", "/big.txt", 200);
    const QByteArray text = bigText();
    fileText.requestHeaders.append("Content-Type", "text/plain; charset=utf-8");
    fileText.requestBodyFile = bodyFile(text);
    fileText.requestBodySize = text.size();
    fileText.handler = QStringLiteral("catch");
    setResponse(fileText, "text/plain", "caught");

    RequestRecord &fileBinary = records[FileBinary] = exchange("PUT", "/big.bin", 200);
    const QByteArray binary = bigBinary();
    fileBinary.requestBodyFile = bodyFile(binary);
    fileBinary.requestBodySize = binary.size();
    fileBinary.handler = QStringLiteral("catch");
    setResponse(fileBinary, "text/plain", "caught");

    RequestRecord &truncated = records[Truncated] = exchange("POST", "/upload/huge", 413);
    setBody(truncated, "text/plain", QByteArray(1000, 'x'));
    truncated.requestBodySize = 5000;
    truncated.requestHeaders.set("Content-Length", "5000");
    setResponse(truncated, "text/html; charset=utf-8", errorPage(413));

    RequestRecord &failed = records[Failed] = exchange("GET", "/slow", 0);
    failed.timeToFirstByteUs = -1;
    failed.durationUs = 30'000'000;
    failed.handler.clear();
    failed.error = QStringLiteral("The client closed the connection");
    return records;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "not a JSON object:" << error.errorString() << "at" << error.offset;
    return document.object();
}

QJsonArray harEntries(const QList<RequestRecord> &records)
{
    return parseObject(harFromRecords(records, harOptions()))[QLatin1String("log")][QLatin1String("entries")].toArray();
}

QJsonObject pair(const QString &name, const QString &value)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// RFC 4180: rows of fields, with quoted fields holding commas, quotes and
// line breaks. Returns no rows when the text is not well formed.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return {};
            quoted = wasQuoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '\r' || c == '\n') {
            return {}; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {}; // the last row must end with CRLF
    return rows;
}

} // namespace

class TestLogExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void harLog();
    void harSaysWhenASpillFileWasCut();
    void importStopsAtTheLogsCapacity();
    void importClampsHugeTimings();
    void harGetWithQueryAndCookies();
    void harPostJson();
    void harPutBinary();
    void harPatchForm();
    void harDeleteAndMultipart();
    void harBodiesKeptOnDisk();
    void harTruncatedBody();
    void harFailedExchange();
    void harTimingsAddUp();
    void harTimesAreIso8601();
    void harUrls_data();
    void harUrls();
    void harHeaderBytesThatAreNotUtf8();
    void writeHarFileIsComplete();
    void writeHarFileReportsFailure();
    void harPassesSchemaValidation();
    void schemaValidatorRejectsBrokenHar();

    void roundTripThroughHar();
    void importsBrowserHar();
    void refusesWhatIsNotHar_data();
    void refusesWhatIsNotHar();
    void refusesHugeFile();

    void csvLayout();
    void csvQuotingAndInjectionGuard();
    void jsonLines();

private:
    QList<RequestRecord> m_records;
    QJsonArray m_entries;
};

void TestLogExport::initTestCase()
{
    m_records = sampleRecords();
    QVERIFY(m_records[FileText].requestBodyFile);
    QVERIFY(m_records[FileBinary].requestBodyFile);
    m_entries = harEntries(m_records);
    QCOMPARE(m_entries.size(), m_records.size());
}

void TestLogExport::harLog()
{
    const QJsonObject log = parseObject(harFromRecords(m_records, harOptions()))[QLatin1String("log")].toObject();
    QCOMPARE(log[QLatin1String("version")].toString(), QStringLiteral("1.2"));
    QCOMPARE(log[QLatin1String("creator")].toObject(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("Servery")},
                           {QStringLiteral("version"), QStringLiteral("1.2.3")}}));
    QVERIFY(log[QLatin1String("pages")].isArray());
    QVERIFY(log[QLatin1String("pages")].toArray().isEmpty());

    // No records: still a whole document.
    const QJsonObject empty = parseObject(harFromRecords({}, harOptions()))[QLatin1String("log")].toObject();
    QVERIFY(empty[QLatin1String("entries")].isArray());
    QCOMPARE(empty[QLatin1String("entries")].toArray().size(), 0);
}

void TestLogExport::harGetWithQueryAndCookies()
{
    const QJsonObject entry = m_entries[Get].toObject();
    const QJsonObject request = entry[QLatin1String("request")].toObject();
    const QJsonObject response = entry[QLatin1String("response")].toObject();
    const RequestRecord &record = m_records[Get];

    QCOMPARE(entry[QLatin1String("time")].toDouble(), 12.345);
    QCOMPARE(entry[QLatin1String("serverIPAddress")].toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(entry[QLatin1String("connection")].toString(), QString::number(record.connectionId));
    QCOMPARE(entry[QLatin1String("_clientAddress")].toString(), QStringLiteral("192.168.1.23"));
    QCOMPARE(entry[QLatin1String("_clientPort")].toInt(), 52'000);
    QCOMPARE(entry[QLatin1String("_rule")].toString(), QStringLiteral("#1"));
    QCOMPARE(entry[QLatin1String("_handler")].toString(), QStringLiteral("rule"));
    QCOMPARE(entry[QLatin1String("_error")].toString(), QString());
    QCOMPARE(entry[QLatin1String("_requestBodyTruncated")].toBool(true), false);
    QCOMPARE(entry[QLatin1String("_rawHead")].toString(), base64(record.rawHead));
    QCOMPARE(entry[QLatin1String("cache")].toObject(), QJsonObject());

    QCOMPARE(request[QLatin1String("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(request[QLatin1String("url")].toString(),
             QStringLiteral("http://127.0.0.1:8080/search?q=caf%C3%A9+au+lait&page=2&flag"));
    QCOMPARE(request[QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
    QCOMPARE(request[QLatin1String("cookies")].toArray(),
             (QJsonArray {pair(QStringLiteral("session"), QStringLiteral("abc123")),
                          pair(QStringLiteral("theme"), QStringLiteral("dark"))}));
    QCOMPARE(request[QLatin1String("headers")].toArray(),
             (QJsonArray {pair(QStringLiteral("Host"), QStringLiteral("127.0.0.1:8080")),
                          pair(QStringLiteral("User-Agent"), QStringLiteral("curl/7.88.1")),
                          pair(QStringLiteral("Cookie"), QStringLiteral("session=abc123; theme=dark"))}));
    QCOMPARE(request[QLatin1String("queryString")].toArray(),
             (QJsonArray {pair(QStringLiteral("q"), QStringLiteral("caf\u00e9 au lait")),
                          pair(QStringLiteral("page"), QStringLiteral("2")), pair(QStringLiteral("flag"), QString())}));
    QVERIFY(!request.contains(QLatin1String("postData")));
    QCOMPARE(request[QLatin1String("headersSize")].toInt(), record.rawHead.size());
    QCOMPARE(request[QLatin1String("bodySize")].toInt(), 0);

    QCOMPARE(response[QLatin1String("status")].toInt(), 200);
    QCOMPARE(response[QLatin1String("statusText")].toString(), QStringLiteral("OK"));
    QCOMPARE(response[QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
    const QJsonArray cookies = response[QLatin1String("cookies")].toArray();
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies[0].toObject(),
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("id")},
                           {QStringLiteral("value"), QStringLiteral("42")},
                           {QStringLiteral("path"), QStringLiteral("/")},
                           {QStringLiteral("httpOnly"), true},
                           {QStringLiteral("secure"), true},
                           {QStringLiteral("expires"), QStringLiteral("2015-10-21T07:28:00.000Z")}}));
    QCOMPARE(cookies[1].toObject(), pair(QStringLiteral("lang"), QStringLiteral("en")));
    QCOMPARE(response[QLatin1String("headers")].toArray().size(), record.responseHeaders.size());
    QCOMPARE(response[QLatin1String("headers")].toArray()[2].toObject(),
             pair(QStringLiteral("Content-Type"), QStringLiteral("text/html; charset=utf-8")));
    const QJsonObject content = response[QLatin1String("content")].toObject();
    QCOMPARE(content[QLatin1String("size")].toInt(), record.responseBody.size());
    QCOMPARE(content[QLatin1String("mimeType")].toString(), QStringLiteral("text/html; charset=utf-8"));
    QCOMPARE(content[QLatin1String("text")].toString(), QStringLiteral("<p>caf\u00e9</p>\n"));
    QVERIFY(!content.contains(QLatin1String("encoding")));
    QVERIFY(!content.contains(QLatin1String("comment")));
    QCOMPARE(response[QLatin1String("redirectURL")].toString(), QString());
    QCOMPARE(response[QLatin1String("headersSize")].toInteger(), record.bytesSent - record.responseBodyBytes);
    QCOMPARE(response[QLatin1String("bodySize")].toInteger(), record.responseBodyBytes);
}

void TestLogExport::harPostJson()
{
    const QJsonObject entry = m_entries[PostJson].toObject();
    const QJsonObject postData = entry[QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("mimeType")].toString(), QStringLiteral("application/json"));
    QCOMPARE(postData[QLatin1String("text")].toString(), QString::fromUtf8(m_records[PostJson].requestBodyBytes()));
    QVERIFY(!postData.contains(QLatin1String("_encoding")));
    QVERIFY(!postData.contains(QLatin1String("params")));
    QCOMPARE(entry[QLatin1String("request")][QLatin1String("bodySize")].toInt(), m_records[PostJson].requestBodySize);
    // No raw head was kept.
    QCOMPARE(entry[QLatin1String("request")][QLatin1String("headersSize")].toInt(), -1);
    QVERIFY(!entry.contains(QLatin1String("_rawHead")));
    const QJsonObject response = entry[QLatin1String("response")].toObject();
    QCOMPARE(response[QLatin1String("statusText")].toString(), QStringLiteral("Created"));
    QCOMPARE(response[QLatin1String("redirectURL")].toString(), QStringLiteral("/api/items/7"));
    QCOMPARE(response[QLatin1String("content")][QLatin1String("text")].toString(), QStringLiteral("{\"id\":7}"));
    QCOMPARE(entry[QLatin1String("_rule")].toString(), QStringLiteral("create item"));
}

void TestLogExport::harPutBinary()
{
    const QJsonObject entry = m_entries[PutBinary].toObject();
    const QJsonObject postData = entry[QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("mimeType")].toString(), QStringLiteral("application/octet-stream"));
    QCOMPARE(postData[QLatin1String("text")].toString(), base64(allBytes()));
    QCOMPARE(postData[QLatin1String("_encoding")].toString(), QStringLiteral("base64"));
    QVERIFY(!postData.contains(QLatin1String("encoding")));
    const QJsonObject content = entry[QLatin1String("response")][QLatin1String("content")].toObject();
    QCOMPARE(content[QLatin1String("encoding")].toString(), QStringLiteral("base64"));
    QCOMPARE(content[QLatin1String("text")].toString(), base64(m_records[PutBinary].responseBody));
    QCOMPARE(content[QLatin1String("size")].toInt(), 256);
}

void TestLogExport::harPatchForm()
{
    const QJsonObject postData = m_entries[PatchForm][QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("mimeType")].toString(),
             QStringLiteral("application/x-www-form-urlencoded; charset=UTF-8"));
    QCOMPARE(postData[QLatin1String("text")].toString(), QStringLiteral("name=J%C3%BCrgen+M&empty=&flag&a%26b=c%3Dd"));
    QCOMPARE(postData[QLatin1String("params")].toArray(),
             (QJsonArray {pair(QStringLiteral("name"), QStringLiteral("J\u00fcrgen M")),
                          pair(QStringLiteral("empty"), QString()), pair(QStringLiteral("flag"), QString()),
                          pair(QStringLiteral("a&b"), QStringLiteral("c=d"))}));
}

void TestLogExport::harDeleteAndMultipart()
{
    const QJsonObject del = m_entries[Delete].toObject();
    QVERIFY(!del[QLatin1String("request")].toObject().contains(QLatin1String("postData")));
    QCOMPARE(del[QLatin1String("request")][QLatin1String("method")].toString(), QStringLiteral("DELETE"));
    QCOMPARE(del[QLatin1String("response")][QLatin1String("status")].toInt(), 404);
    QCOMPARE(del[QLatin1String("response")][QLatin1String("statusText")].toString(), QStringLiteral("Not Found"));
    QCOMPARE(del[QLatin1String("response")][QLatin1String("content")][QLatin1String("text")].toString(),
             QString::fromUtf8(errorPage(404)));

    const QJsonObject multipart = m_entries[Multipart].toObject();
    const QJsonObject postData = multipart[QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("mimeType")].toString(), QStringLiteral("multipart/form-data; boundary=XyZ"));
    QCOMPARE(postData[QLatin1String("text")].toString(), QString::fromUtf8(kMultipart));
    QVERIFY(!postData.contains(QLatin1String("_encoding")));
    // Sent but not kept: no text, and a comment that says so.
    const QJsonObject content = multipart[QLatin1String("response")][QLatin1String("content")].toObject();
    QCOMPARE(content[QLatin1String("size")].toInt(), 1000);
    QCOMPARE(content[QLatin1String("mimeType")].toString(), QStringLiteral("image/jpeg"));
    QVERIFY(!content.contains(QLatin1String("text")));
    QVERIFY(content[QLatin1String("comment")].toString().contains(QLatin1String("not kept")));
    QCOMPARE(multipart[QLatin1String("response")][QLatin1String("bodySize")].toInt(), 1000);
}

void TestLogExport::harBodiesKeptOnDisk()
{
    const QJsonObject text = m_entries[FileText][QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(text[QLatin1String("text")].toString().toUtf8(), bigText());
    QVERIFY(!text.contains(QLatin1String("_encoding")));
    QCOMPARE(text[QLatin1String("mimeType")].toString(), QStringLiteral("text/plain; charset=utf-8"));

    const QJsonObject binary = m_entries[FileBinary][QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(binary[QLatin1String("_encoding")].toString(), QStringLiteral("base64"));
    QCOMPARE(binary[QLatin1String("text")].toString(), base64(bigBinary()));
    // No Content-Type: RFC 9110 8.3's default.
    QCOMPARE(binary[QLatin1String("mimeType")].toString(), QStringLiteral("application/octet-stream"));
    QCOMPARE(m_entries[FileBinary][QLatin1String("request")][QLatin1String("bodySize")].toInteger(),
             bigBinary().size());
}

void TestLogExport::harTruncatedBody()
{
    const QJsonObject entry = m_entries[Truncated].toObject();
    QCOMPARE(entry[QLatin1String("_requestBodyTruncated")].toBool(), true);
    const QJsonObject request = entry[QLatin1String("request")].toObject();
    QCOMPARE(request[QLatin1String("bodySize")].toInt(), 5000);
    QCOMPARE(request[QLatin1String("postData")][QLatin1String("text")].toString(), QString(1000, u'x'));
    QVERIFY(request[QLatin1String("postData")][QLatin1String("comment")].toString().contains(QLatin1String("1000")));
    QCOMPARE(entry[QLatin1String("response")][QLatin1String("statusText")].toString(),
             QString::fromLatin1(reasonPhrase(413)));
}

void TestLogExport::harFailedExchange()
{
    const QJsonObject entry = m_entries[Failed].toObject();
    const QJsonObject response = entry[QLatin1String("response")].toObject();
    QCOMPARE(response[QLatin1String("status")].toInt(-1), 0);
    QCOMPARE(response[QLatin1String("statusText")].toString(QStringLiteral("x")), QString());
    QCOMPARE(response[QLatin1String("httpVersion")].toString(QStringLiteral("x")), QString());
    QCOMPARE(response[QLatin1String("headersSize")].toInt(), -1);
    QCOMPARE(response[QLatin1String("bodySize")].toInt(-1), 0);
    QCOMPARE(response[QLatin1String("content")][QLatin1String("mimeType")].toString(), QStringLiteral("x-unknown"));
    QCOMPARE(entry[QLatin1String("_error")].toString(), QStringLiteral("The client closed the connection"));
    QCOMPARE(entry[QLatin1String("time")].toDouble(), 30'000.0);
    // No first byte: all of it was waiting for nothing to arrive.
    QCOMPARE(entry[QLatin1String("timings")][QLatin1String("wait")].toDouble(-1), 0.0);
    QCOMPARE(entry[QLatin1String("timings")][QLatin1String("receive")].toDouble(), 30'000.0);
}

void TestLogExport::harTimingsAddUp()
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QJsonObject entry = m_entries[i].toObject();
        const QJsonObject timings = entry[QLatin1String("timings")].toObject();
        for (const char *phase : {"blocked", "dns", "connect", "ssl"})
            QCOMPARE(timings[QLatin1String(phase)].toInt(), -1);
        QCOMPARE(timings[QLatin1String("send")].toInt(-1), 0);
        double sum = 0;
        for (const QString &phase : timings.keys()) {
            QVERIFY2(timings[phase].isDouble(), qPrintable(phase));
            if (timings[phase].toDouble() > 0)
                sum += timings[phase].toDouble();
        }
        QVERIFY(timings[QLatin1String("receive")].toDouble(-1) >= 0);
        QVERIFY2(qAbs(sum - entry[QLatin1String("time")].toDouble()) < 1e-9, qPrintable(QString::number(i)));
        if (m_records[i].timeToFirstByteUs >= 0)
            QCOMPARE(timings[QLatin1String("wait")].toDouble(), m_records[i].timeToFirstByteUs / 1000.0);
    }
}

void TestLogExport::harTimesAreIso8601()
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$)"));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString started = m_entries[i][QLatin1String("startedDateTime")].toString();
        QVERIFY2(iso.match(started).hasMatch(), qPrintable(started));
        QCOMPARE(QDateTime::fromString(started, Qt::ISODateWithMs).toMSecsSinceEpoch(), m_records[i].startedAtMs);
    }
}

void TestLogExport::harUrls_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("url");

    QTest::newRow("origin-form") << kOrigin << QByteArray("/a/b?c=d") << QByteArray()
                                 << QStringLiteral("http://127.0.0.1:8080/a/b?c=d");
    QTest::newRow("trailing slash on origin") << QStringLiteral("http://[::1]:9000/") << QByteArray("/x")
                                              << QByteArray() << QStringLiteral("http://[::1]:9000/x");
    QTest::newRow("absolute-form keeps its URL") << kOrigin << QByteArray("http://example.com/x?y=1") << QByteArray()
                                                 << QStringLiteral("http://example.com/x?y=1");
    QTest::newRow("bytes a URI cannot hold are escaped")
        << kOrigin << QByteArray("/a b/\xc3\xa9%zz%41#f") << QByteArray()
        << QStringLiteral("http://127.0.0.1:8080/a%20b/%C3%A9%25zz%41%23f");
    QTest::newRow("asterisk-form") << kOrigin << QByteArray("*") << QByteArray()
                                   << QStringLiteral("http://127.0.0.1:8080/*");
    QTest::newRow("no origin: from Host") << QString() << QByteArray("/p") << QByteArray("phone.local:8080")
                                          << QStringLiteral("http://phone.local:8080/p");
    QTest::newRow("no origin, odd Host") << QString() << QByteArray("/p") << QByteArray("a b\"c")
                                         << QStringLiteral("http://localhost/p");
}

void TestLogExport::harUrls()
{
    QFETCH(QString, origin);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(QString, url);
    RequestRecord r = exchange("GET", target, 200);
    if (!host.isEmpty())
        r.requestHeaders.set("Host", host);
    const QJsonObject har = parseObject(harFromRecords({r}, {origin, QStringLiteral("1")}));
    QCOMPARE(har[QLatin1String("log")][QLatin1String("entries")][0][QLatin1String("request")][QLatin1String("url")]
                 .toString(),
             url);
    const QJsonObject line = parseObject(jsonLinesFromRecords({r}, origin));
    QCOMPARE(line[QLatin1String("url")].toString(), url);
}

void TestLogExport::harHeaderBytesThatAreNotUtf8()
{
    // RFC 9110 5.5: obs-text is opaque bytes; the HAR stays valid UTF-8.
    RequestRecord r = exchange("GET", "/", 200);
    r.requestHeaders.append("X-Name", "caf\xe9");
    const QByteArray har = harFromRecords({r}, harOptions());
    QVERIFY(QByteArrayView(har).isValidUtf8());
    const QJsonArray headers = parseObject(har)[QLatin1String("log")][QLatin1String("entries")][0]
                                               [QLatin1String("request")][QLatin1String("headers")]
                                                   .toArray();
    QCOMPARE(headers.last().toObject(), pair(QStringLiteral("X-Name"), QStringLiteral("caf\u00e9")));
}

void TestLogExport::writeHarFileIsComplete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.har"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older, longer file that must be replaced whole ........................................");
    }
    QString error;
    QVERIFY2(writeHarFile(path, m_records, harOptions(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), harFromRecords(m_records, harOptions()));
    // Nothing left beside it (QSaveFile's temporary is gone).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("log.har")});
}

void TestLogExport::writeHarFileReportsFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/log.har"));
    QString error;
    QVERIFY(!writeHarFile(path, m_records, harOptions(), &error));
    QVERIFY(error.startsWith(QLatin1String("Could not save")));
    QVERIFY(!QFile::exists(path));
}

static bool runValidator(const QString &harPath, QByteArray *output, int *exitCode)
{
    const QString tools = QStringLiteral(SERVERY_HAR_TOOLS);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QDir(tools + QLatin1String("/node_modules/har-validator")).exists()) {
        *output = "node or tests/har/node_modules is missing: run scripts/bootstrap (it installs nodejs and "
                  "runs npm ci in tests/har)";
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(node, {tools + QLatin1String("/validate.js"), harPath});
    if (!finished.wait(120'000)) {
        *output = "node did not finish: " + process.errorString().toUtf8();
        return false;
    }
    *output = process.readAll();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return true;
}

void TestLogExport::harPassesSchemaValidation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.har"));
    QString error;
    QVERIFY2(writeHarFile(path, m_records, harOptions(), &error), qPrintable(error));
    QByteArray output;
    int exitCode = -1;
    QVERIFY2(runValidator(path, &output, &exitCode), output.constData());
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY(output.contains("valid HAR 1.2"));
}

void TestLogExport::schemaValidatorRejectsBrokenHar()
{
    // The check above means something only if the validator does refuse.
    QJsonObject har = parseObject(harFromRecords(m_records.mid(0, 1), harOptions()));
    QJsonObject log = har[QLatin1String("log")].toObject();
    QJsonArray entries = log[QLatin1String("entries")].toArray();
    QJsonObject entry = entries[0].toObject();
    entry.remove(QLatin1String("timings"));
    entry[QLatin1String("startedDateTime")] = QStringLiteral("yesterday");
    entries[0] = entry;
    log[QLatin1String("entries")] = entries;
    har[QLatin1String("log")] = log;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(har).toJson());
    file.close();
    QByteArray output;
    int exitCode = -1;
    QVERIFY2(runValidator(path, &output, &exitCode), output.constData());
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains("timings") && output.contains("startedDateTime"), output.constData());
}

void TestLogExport::roundTripThroughHar()
{
    const HarImport imported = recordsFromHar(harFromRecords(m_records, harOptions()));
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.skipped, 0);
    QCOMPARE(imported.records.size(), m_records.size());
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const RequestRecord &a = m_records[i];
        const RequestRecord &b = imported.records[i];
        const QByteArray row = QByteArray::number(i);
        QCOMPARE(b.id, quint64(i + 1));
        QCOMPARE(b.startedAtMs, a.startedAtMs);
        QCOMPARE(b.connectionId, a.connectionId);
        QCOMPARE(b.clientAddress, a.clientAddress);
        QCOMPARE(b.clientPort, a.clientPort);
        QCOMPARE(b.method, a.method);
        QCOMPARE(b.target, a.target);
        QCOMPARE(b.httpVersion, a.httpVersion);
        QVERIFY2(b.requestHeaders == a.requestHeaders, row.constData());
        QCOMPARE(b.rawHead, a.rawHead);
        QCOMPARE(b.requestBodyKept(), a.requestBodyKept());
        QVERIFY2(b.requestBodyBytes() == a.requestBodyBytes(), row.constData());
        QCOMPARE(b.requestBodySize, a.requestBodySize);
        QCOMPARE(b.status, a.status);
        QVERIFY2(b.responseHeaders == a.responseHeaders, row.constData());
        QCOMPARE(b.responseBody, a.responseBody);
        QCOMPARE(b.responseBodyBytes, a.responseBodyBytes);
        QCOMPARE(b.bytesSent, a.bytesSent);
        QCOMPARE(b.durationUs, a.durationUs);
        // HAR has no "unknown" for wait: it comes back as 0.
        QCOMPARE(b.timeToFirstByteUs, std::max<qint64>(0, a.timeToFirstByteUs));
        QCOMPARE(b.rule, a.rule);
        QCOMPARE(b.handler, a.handler);
        QCOMPARE(b.error, a.error);
    }
    // Bodies past the memory limit go back to a file of their own.
    QVERIFY(imported.records[FileText].requestBodyFile);
    QVERIFY(imported.records[FileText].requestBody.isEmpty());
    QVERIFY(!imported.records[PostJson].requestBodyFile);
}

void TestLogExport::importsBrowserHar()
{
    // Shaped like Chrome's and Firefox's HARs: pseudo-headers, params without
    // text, base64 content, their own fields, fields missing.
    const QByteArray har = R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
      "pages": [{"id": "page_1", "startedDateTime": "2024-03-05T10:20:30.000Z", "title": "x", "pageTimings": {}}],
      "entries": [
        {"pageref": "page_1", "_initiator": {"type": "other"}, "_priority": "High",
         "startedDateTime": "2024-03-05T10:20:30.456Z", "time": 85.25,
         "request": {"method": "POST", "url": "https://shop.example/cart/add?x=1#frag", "httpVersion": "http/2.0",
           "headers": [{"name": ":authority", "value": "shop.example"}, {"name": "content-type",
             "value": "application/x-www-form-urlencoded"}],
           "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 17,
           "postData": {"mimeType": "application/x-www-form-urlencoded",
             "params": [{"name": "item", "value": "a b"}, {"name": "n", "value": "2&3"}]}},
         "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
           "headers": [{"name": "content-type", "value": "image/png"}], "cookies": [],
           "content": {"size": 4, "mimeType": "image/png", "text": "iVBORw==", "encoding": "base64"},
           "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 120, "_error": null},
         "cache": {}, "timings": {"blocked": 1.5, "dns": -1, "ssl": -1, "connect": -1, "send": 0.2, "wait": 40.5,
           "receive": 43.05}, "serverIPAddress": "93.184.216.34", "connection": "4711"},
        {"startedDateTime": "2024-03-05T11:20:31.000+01:00",
         "request": {"method": "GET", "url": "http://host.example"},
         "response": {"status": 0, "_error": "net::ERR_CONNECTION_REFUSED"}},
        42,
        {"startedDateTime": "2024-03-05T11:20:31.000+01:00", "response": {"status": 200}}
      ]}})";
    const HarImport imported = recordsFromHar(har);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.skipped, 2);
    QCOMPARE(imported.records.size(), 2);

    const RequestRecord &chrome = imported.records[0];
    QCOMPARE(chrome.id, 1u);
    QCOMPARE(chrome.startedAtMs, QDateTime(QDate(2024, 3, 5), QTime(10, 20, 30, 456), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(chrome.method, QByteArray("POST"));
    QCOMPARE(chrome.target, QByteArray("/cart/add?x=1"));
    QCOMPARE(chrome.httpVersion, QByteArray("http/2.0"));
    // ":authority" is no HTTP/1.1 field; the URL's host becomes the Host field.
    QCOMPARE(chrome.requestHeaders.size(), 2);
    QCOMPARE(chrome.requestHeaders.value("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(chrome.requestHeaders.value("Host"), QByteArray("shop.example"));
    QCOMPARE(chrome.requestBodyBytes(), QByteArray("item=a%20b&n=2%263"));
    QCOMPARE(chrome.requestBodySize, 18); // what was rebuilt, never less than that
    QCOMPARE(chrome.status, 200);
    QCOMPARE(chrome.responseBody, QByteArray::fromBase64("iVBORw=="));
    QCOMPARE(chrome.responseBodyBytes, 4);
    QCOMPARE(chrome.durationUs, 85'250);
    QCOMPARE(chrome.timeToFirstByteUs, 40'500);
    QCOMPARE(chrome.connectionId, 4711u);
    QVERIFY(chrome.clientAddress.isNull());
    QVERIFY(chrome.error.isEmpty());

    const RequestRecord &firefox = imported.records[1];
    QCOMPARE(firefox.id, 2u);
    QCOMPARE(firefox.startedAtMs, QDateTime(QDate(2024, 3, 5), QTime(10, 20, 31), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(firefox.target, QByteArray("/"));
    QCOMPARE(firefox.status, 0);
    QCOMPARE(firefox.error, QStringLiteral("net::ERR_CONNECTION_REFUSED"));
    QCOMPARE(firefox.timeToFirstByteUs, -1);
    QCOMPARE(firefox.durationUs, 0);
}

void TestLogExport::refusesWhatIsNotHar_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray whole = harFromRecords(sampleRecords(), harOptions());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain text") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("truncated HAR") << whole.left(whole.size() / 2);
    QTest::newRow("cut before the end") << whole.chopped(3);
    QTest::newRow("JSON without log") << QByteArray(R"({"entries": []})");
    QTest::newRow("log without entries") << QByteArray(R"({"log": {"version": "1.2"}})");
    QTest::newRow("entries not a list") << QByteArray(R"({"log": {"entries": {"a": 1}}})");
    QTest::newRow("a JSON array") << QByteArray("[1, 2, 3]");
    QTest::newRow("binary") << allBytes();
}

void TestLogExport::refusesWhatIsNotHar()
{
    QFETCH(QByteArray, bytes);
    const HarImport imported = recordsFromHar(bytes);
    QVERIFY2(imported.error.startsWith(QLatin1String("This file is not a HAR: ")), qPrintable(imported.error));
    QVERIFY(imported.error.endsWith(u'.'));
    QVERIFY(imported.records.isEmpty());
}

void TestLogExport::refusesHugeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(kMaxHarImportBytes + 1)); // sparse: no disk used
    file.close();
    const HarImport imported = readHarFile(path);
    QVERIFY2(imported.error.contains(QLatin1String("256 MiB")), qPrintable(imported.error));
    QVERIFY(imported.records.isEmpty());

    const HarImport missing = readHarFile(dir.filePath(QStringLiteral("nothing.har")));
    QVERIFY(missing.error.startsWith(QLatin1String("Could not open")));

    // And a good file reads like its bytes.
    const QString good = dir.filePath(QStringLiteral("good.har"));
    QVERIFY(writeHarFile(good, m_records.mid(0, 3), harOptions(), nullptr));
    const HarImport read = readHarFile(good);
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.records.size(), 3);
}

void TestLogExport::csvLayout()
{
    const QByteArray csv = csvFromRecords(m_records);
    QVERIFY(csv.startsWith("time,client,method,target,status,request bytes,response bytes,duration ms,rule,error,"
                           "content type\r\n"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), m_records.size() + 1);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 11);
    const QStringList get = rows[1 + Get];
    QCOMPARE(QDateTime::fromString(get[0], Qt::ISODateWithMs).toMSecsSinceEpoch(), m_records[Get].startedAtMs);
    QCOMPARE(
        get.mid(1),
        (QStringList {QStringLiteral("192.168.1.23"), QStringLiteral("GET"),
                      QStringLiteral("/search?q=caf%C3%A9+au+lait&page=2&flag"), QStringLiteral("200"),
                      QStringLiteral("0"), QString::number(m_records[Get].responseBodyBytes), QStringLiteral("12.345"),
                      QStringLiteral("#1"), QString(), QStringLiteral("text/html; charset=utf-8")}));
    const QStringList failed = rows[1 + Failed];
    QCOMPARE(failed[4], QString()); // no response: no status
    QCOMPARE(failed[7], QStringLiteral("30000"));
    QCOMPARE(failed[9], QStringLiteral("The client closed the connection"));
    QCOMPARE(rows[1 + FileBinary][5], QString::number(bigBinary().size()));
}

void TestLogExport::csvQuotingAndInjectionGuard()
{
    RequestRecord r = exchange("GET", "/a,b?c=\"d\"", 200);
    r.rule = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    r.error = QStringLiteral("line one\nline two");
    r.responseHeaders.append("Content-Type", "+cmd|' /C calc'!A0");
    RequestRecord s = exchange("POST", "-2+3", 200);
    s.rule = QStringLiteral("@SUM(A1:A2)");
    s.error = QStringLiteral("plain");
    const QByteArray csv = csvFromRecords({r, s});
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][3], QStringLiteral("/a,b?c=\"d\""));
    QCOMPARE(rows[1][8], QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
    QCOMPARE(rows[1][9], QStringLiteral("line one\nline two"));
    QCOMPARE(rows[1][10], QStringLiteral("'+cmd|' /C calc'!A0"));
    QCOMPARE(rows[2][3], QStringLiteral("'-2+3"));
    QCOMPARE(rows[2][8], QStringLiteral("'@SUM(A1:A2)"));
    QCOMPARE(rows[2][9], QStringLiteral("plain"));
    // The exact bytes: quoted only where needed, quotes doubled.
    QVERIFY(csv.contains(",\"/a,b?c=\"\"d\"\"\","));
    QVERIFY(csv.contains(",plain,"));
    QVERIFY(csv.contains(",\"line one\nline two\","));
}

void TestLogExport::jsonLines()
{
    const QByteArray lines = jsonLinesFromRecords(m_records, kOrigin);
    QVERIFY(lines.endsWith('\n'));
    // Streamed to a file, the same bytes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QString why;
    QVERIFY2(writeJsonLinesFile(path, m_records, kOrigin, &why), qPrintable(why));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), lines);
    const QList<QByteArray> split = lines.chopped(1).split('\n');
    QCOMPARE(split.size(), m_records.size());
    QList<QJsonObject> objects;
    for (const QByteArray &line : split) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        objects.append(document.object());
    }

    const QJsonObject get = objects[Get];
    QCOMPARE(get[QLatin1String("url")].toString(),
             QStringLiteral("http://127.0.0.1:8080/search?q=caf%C3%A9+au+lait&page=2&flag"));
    QCOMPARE(get[QLatin1String("client")].toString(), QStringLiteral("192.168.1.23"));
    QCOMPARE(get[QLatin1String("method")].toString(), QStringLiteral("GET"));
    QCOMPARE(get[QLatin1String("httpVersion")].toString(), QStringLiteral("HTTP/1.1"));
    QCOMPARE(get[QLatin1String("requestHeaders")].toArray()[0].toArray(),
             (QJsonArray {QStringLiteral("Host"), QStringLiteral("127.0.0.1:8080")}));
    QCOMPARE(get[QLatin1String("requestHeaders")].toArray().size(), 3);
    QCOMPARE(get[QLatin1String("status")].toInt(), 200);
    QCOMPARE(get[QLatin1String("durationMs")].toDouble(), 12.345);
    QCOMPARE(get[QLatin1String("rule")].toString(), QStringLiteral("#1"));
    QCOMPARE(get[QLatin1String("responseBody")].toString(), QStringLiteral("<p>caf\u00e9</p>\n"));
    QCOMPARE(QDateTime::fromString(get[QLatin1String("time")].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             m_records[Get].startedAtMs);

    const QJsonObject post = objects[PostJson];
    QCOMPARE(post[QLatin1String("requestBody")].toString(), QString::fromUtf8(m_records[PostJson].requestBody));
    QCOMPARE(post[QLatin1String("bodyEncoding")].toString(), QStringLiteral("text"));
    QCOMPARE(post[QLatin1String("requestBodySize")].toInt(), m_records[PostJson].requestBody.size());

    const QJsonObject put = objects[PutBinary];
    QCOMPARE(put[QLatin1String("requestBody")].toString(), base64(allBytes()));
    QCOMPARE(put[QLatin1String("bodyEncoding")].toString(), QStringLiteral("base64"));
    QCOMPARE(put[QLatin1String("responseBodyEncoding")].toString(), QStringLiteral("base64"));

    QCOMPARE(objects[FileBinary][QLatin1String("requestBody")].toString(), base64(bigBinary()));
    QCOMPARE(objects[FileText][QLatin1String("requestBody")].toString().toUtf8(), bigText());
    QCOMPARE(objects[Truncated][QLatin1String("requestBodyTruncated")].toBool(), true);
    QCOMPARE(objects[Failed][QLatin1String("error")].toString(), QStringLiteral("The client closed the connection"));
    QCOMPARE(objects[Failed][QLatin1String("status")].toInt(-1), 0);
}

void TestLogExport::harSaysWhenASpillFileWasCut()
{
    // Someone (a clean-up of /tmp) cut the file under a record: the HAR says
    // so instead of passing a short body off as whole.
    const QByteArray body(3000, 'x');
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("tst_logexport-XXXXXX")));
    file.setAutoRemove(false);
    QVERIFY(file.open());
    file.write(body.left(1000));
    file.close();
    RequestRecord record;
    record.id = 1;
    record.method = "PUT";
    record.target = "/cut";
    record.httpVersion = "HTTP/1.1";
    record.status = 200;
    record.requestHeaders.append("Content-Type", "text/plain");
    record.requestBodySize = body.size();
    record.requestBodyFile = std::make_shared<BodyFile>(file.fileName(), body.size());
    const QJsonObject entry = harEntries({record}).at(0).toObject();
    const QJsonObject postData = entry[QLatin1String("request")][QLatin1String("postData")].toObject();
    QCOMPARE(postData[QLatin1String("text")].toString().size(), 1000);
    QVERIFY2(postData[QLatin1String("comment")].toString().contains(QLatin1String("1000 of its 3000 bytes")),
             qPrintable(postData[QLatin1String("comment")].toString()));
    QCOMPARE(entry[QLatin1String("_requestBodyTruncated")].toBool(), true);
}

void TestLogExport::importStopsAtTheLogsCapacity()
{
    QByteArray har = R"({"log": {"version": "1.2", "entries": [)";
    const qsizetype total = kMaxHarImportEntries + 5;
    for (qsizetype i = 0; i < total; ++i) {
        if (i > 0)
            har += ',';
        har += R"({"request": {"method": "GET", "url": "http://h/x"}})";
    }
    har += "]}}";
    const HarImport imported = recordsFromHar(har);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.records.size(), kMaxHarImportEntries);
    QCOMPARE(imported.leftOut, 5);
}

void TestLogExport::importClampsHugeTimings()
{
    const HarImport imported = recordsFromHar(
        R"({"log": {"entries": [{"time": 1e300, "timings": {"wait": 1e300},
            "request": {"method": "GET", "url": "http://h/"}}]}})");
    QCOMPARE(imported.records.size(), 1);
    QVERIFY(imported.records[0].durationUs > 0);
    QVERIFY(imported.records[0].timeToFirstByteUs > 0);
}

QTEST_GUILESS_MAIN(TestLogExport)
#include "tst_logexport.moc"
