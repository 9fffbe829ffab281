// The reply rules engine (server/inspect/ReplyRules.h), with no server:
// parsing a rules file (every field, every mistake with its line and
// column, a bad rule left out while the others load), the JSON round trip,
// matching (method, path patterns, header and body conditions, the order
// of rules), templates, and the answer a rule gives (replyFor).

#include "server/http/limits.h"
#include "server/inspect/ReplyRules.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Servery;

using Pairs = QList<std::pair<QByteArray, QString>>;

namespace {

RulesParse parse(const char *json)
{
    return parseReplyRules(QByteArray(json));
}

// The problems as a rules file would list them, for failure messages.
QByteArray problemsText(const RulesParse &parsed)
{
    QStringList lines;
    for (const RulesProblem &p : parsed.problems)
        lines << describeProblem(QStringLiteral("rules.json"), p);
    return lines.join(u'\n').toUtf8();
}

// "Name: value" lines as the pairs a rule holds.
Pairs pairsOf(const QStringList &lines)
{
    Pairs out;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        out.append({line.left(colon).toLatin1(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

// Header and JSON field order is not what these tests are about.
Pairs sorted(Pairs pairs)
{
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

RuleRequest makeRequest(QByteArray method, QByteArray path, QByteArray query = {}, const QStringList &headers = {},
                        QByteArray body = {})
{
    RuleRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.query = std::move(query);
    for (const auto &[name, value] : pairsOf(headers))
        r.headers.append(name, value.toUtf8());
    r.body = std::move(body);
    return r;
}

ReplyRule makeRule(QByteArray method, const QString &path)
{
    ReplyRule r;
    r.method = std::move(method);
    r.path = path;
    return r;
}

// The body a response sends, read through its BodySource as the connection
// does. A source that waits or fails gives "<wait>" / "<error: ...>".
QByteArray readBody(HttpResponse &response)
{
    QByteArray out;
    if (!response.body)
        return out;
    for (;;) {
        switch (response.body->read(out, 1000)) {
        case BodySource::Status::Data:
            continue;
        case BodySource::Status::End:
            return out;
        case BodySource::Status::Wait:
            return QByteArrayLiteral("<wait>");
        case BodySource::Status::Error:
            return "<error: " + response.body->errorString().toUtf8() + '>';
        }
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A rule whose body conditions are given as a JSON object ({"a.b": 7}).
ReplyRule bodyRule(const QString &contains, const QByteArray &bodyJson)
{
    ReplyRule r;
    r.bodyContains = contains;
    const QJsonObject fields = QJsonDocument::fromJson(bodyJson).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.bodyJson.append({it.key(), it.value()});
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Servery::ReplyRule)

class tst_ReplyRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Parsing
    void parsesTheIssueExample();
    void parsesEveryField();
    void methodForms_data();
    void methodForms();
    void bodyForms_data();
    void bodyForms();
    void bodyFileKeptAsWritten();
    void mistakes_data();
    void mistakes();
    void badRuleLeftOutOthersLoad();
    void framingHeadersDroppedWithWarning();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void topLevelNotArray_data();
    void topLevelNotArray();
    void elementNotObject();
    void columnCountsCharactersNotBytes();
    void manyRulesParse_data();
    void manyRulesParse();
    void readFileResolvesBodyFile();
    void readFileMissing();
    void readFileTooLarge();
    void readFileUnboundedDevice();
    void describeProblemFormat_data();
    void describeProblemFormat();
    // Round trip
    void roundTrip_data();
    void roundTrip();
    void defaultsLeftOut_data();
    void defaultsLeftOut();
    // Matching
    void matchMethod_data();
    void matchMethod();
    void matchPath_data();
    void matchPath();
    void matchRequestHeaders_data();
    void matchRequestHeaders();
    void matchBody_data();
    void matchBody();
    void firstMatchOrder_data();
    void firstMatchOrder();
    void firstMatchCapturesOfTheWinner();
    // Templates
    void renderTemplate_data();
    void renderTemplate();
    void templateNow();
    void templateNoRecursion();
    void templateLargeNumbers_data();
    void templateLargeNumbers();
    // replyFor
    void replyBasics();
    void replyLabel_data();
    void replyLabel();
    void replyContentType_data();
    void replyContentType();
    void replyHeaderTemplates();
    void replyHeaderLineBreaksStripped();
    void replyBodyTemplate();
    void replyBodyFile_data();
    void replyBodyFile();
    void replyBodyFileFromRulesFile();
    void replyBodyFileMissing();
    void replyBodyFileUnboundedDevice();
    void replyBodyFileIsStreamed();
};

// ---- Parsing -------------------------------------------------------------------

void tst_ReplyRules::parsesTheIssueExample()
{
    const RulesParse parsed = parse(
        R"([{"method": "POST", "path": "/api/*", "status": 201, "headers": {"X-Mock": "yes"}, "body": "{\"id\": 7}"}])");
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
    const ReplyRule &r = parsed.rules.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/api/*"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers, pairsOf({QStringLiteral("X-Mock: yes")}));
    // A string body is the text as written, spaces and all.
    QCOMPARE(r.body, QStringLiteral("{\"id\": 7}"));
    QVERIFY(r.enabled);
    QVERIFY(r.name.isEmpty());
    QVERIFY(!r.isTemplate);
    QCOMPARE(r.delayMs, 0);
    QCOMPARE(r.line, 1);

    // And it answers as the issue says.
    RuleCaptures captures;
    const RuleRequest request = makeRequest("POST", "/api/users");
    QCOMPARE(firstMatch(parsed.rules, request, false, &captures), 0);
    QCOMPARE(captures.rest, QStringLiteral("users"));
    HttpResponse response = replyFor(r, 0, request, captures);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.headers.value("X-Mock"), QByteArray("yes"));
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(readBody(response), QByteArray("{\"id\": 7}"));
}

void tst_ReplyRules::parsesEveryField()
{
    const RulesParse parsed = parse(R"([
{
    "name": "Create user",
    "enabled": false,
    "method": "patch",
    "path": "/users/:id/*",
    "requestHeaders": {"X-Token": "abc", "Accept": "*", "X-Version": 2},
    "bodyContains": "needle",
    "bodyJson": {"customer.id": 7, "items.0.sku": "A1", "vip": true},
    "status": 202,
    "headers": {"X-Count": 42, "X-Ratio": 0.1, "X-Text": "a\tb"},
    "body": {"ok": true, "list": [1, 2]},
    "template": true,
    "delay": 1500,
    "comment": "why this rule exists"
}
])");
    // "comment" is for people: not even a warning.
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
    const ReplyRule &r = parsed.rules.first();
    QCOMPARE(r.name, QStringLiteral("Create user"));
    QCOMPARE(r.enabled, false);
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.path, QStringLiteral("/users/:id/*"));
    QCOMPARE(
        sorted(r.requestHeaders),
        sorted(pairsOf({QStringLiteral("X-Token: abc"), QStringLiteral("Accept: *"), QStringLiteral("X-Version: 2")})));
    QCOMPARE(r.bodyContains, QStringLiteral("needle"));
    QList<std::pair<QString, QJsonValue>> fields = r.bodyJson;
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QList<std::pair<QString, QJsonValue>> expectedFields {
        {QStringLiteral("customer.id"), QJsonValue(7)},
        {QStringLiteral("items.0.sku"), QJsonValue(QStringLiteral("A1"))},
        {QStringLiteral("vip"), QJsonValue(true)},
    };
    QCOMPARE(fields, expectedFields);
    QCOMPARE(r.status, 202);
    // Numbers are header values as a person writes them: 0.1, not 0.10000000000000001.
    QCOMPARE(sorted(r.headers),
             sorted(pairsOf(
                 {QStringLiteral("X-Count: 42"), QStringLiteral("X-Ratio: 0.1"), QStringLiteral("X-Text: a\tb")})));
    // A JSON body is kept as compact JSON text.
    QVERIFY2(!r.body.contains(u' ') && !r.body.contains(u'\n'), qPrintable(r.body));
    QCOMPARE(QJsonDocument::fromJson(r.body.toUtf8()).object(),
             QJsonDocument::fromJson(R"({"ok": true, "list": [1, 2]})").object());
    QVERIFY(r.isTemplate);
    QCOMPARE(r.delayMs, 1500);
    QCOMPARE(r.line, 2);
    QVERIFY(r.needsBody());
}

void tst_ReplyRules::methodForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("method");

    QTest::newRow("upper case") << QByteArray(R"("POST")") << QByteArray("POST");
    QTest::newRow("lower case is upper-cased") << QByteArray(R"("post")") << QByteArray("POST");
    QTest::newRow("mixed case") << QByteArray(R"("Delete")") << QByteArray("DELETE");
    QTest::newRow("spaces trimmed") << QByteArray(R"(" get ")") << QByteArray("GET");
    QTest::newRow("star is any") << QByteArray(R"("*")") << QByteArray();
    QTest::newRow("ANY is any") << QByteArray(R"("ANY")") << QByteArray();
    QTest::newRow("any in lower case is any") << QByteArray(R"("any")") << QByteArray();
    QTest::newRow("empty is any") << QByteArray(R"("")") << QByteArray();
    QTest::newRow("extension method") << QByteArray(R"("PROPFIND")") << QByteArray("PROPFIND");
}

void tst_ReplyRules::methodForms()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, method);
    const RulesParse parsed = parseReplyRules("[{\"method\": " + json + "}]");
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
    QCOMPARE(parsed.rules.first().method, method);
}

void tst_ReplyRules::bodyForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("body");

    QTest::newRow("text") << QByteArray(R"("Hello")") << QStringLiteral("Hello");
    QTest::newRow("JSON in a string kept as written")
        << QByteArray(R"("{ \"id\" : 7 }")") << QStringLiteral("{ \"id\" : 7 }");
    QTest::newRow("object as compact JSON")
        << QByteArray(R"({ "id" : 7, "tags": [ "a", "b" ] })") << QStringLiteral("{\"id\":7,\"tags\":[\"a\",\"b\"]}");
    QTest::newRow("array as compact JSON")
        << QByteArray(R"([ 1, { "a" : 2 }, "x" ])") << QStringLiteral("[1,{\"a\":2},\"x\"]");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("{}");
    QTest::newRow("empty array") << QByteArray("[ ]") << QStringLiteral("[]");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("42");
    QTest::newRow("fraction") << QByteArray("0.1") << QStringLiteral("0.1");
    QTest::newRow("true") << QByteArray("true") << QStringLiteral("true");
    QTest::newRow("unicode") << QByteArray("\"caf\xc3\xa9 \\u2713\"") << QStringLiteral("café ✓");
    QTest::newRow("empty text") << QByteArray(R"("")") << QString();
}

void tst_ReplyRules::bodyForms()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, body);
    const RulesParse parsed = parseReplyRules("[{\"body\": " + json + "}]");
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
    QCOMPARE(parsed.rules.first().body, body);
}

void tst_ReplyRules::bodyFileKeptAsWritten()
{
    // parseReplyRules() has no folder: a relative file stays relative until
    // readReplyRulesFile() resolves it.
    const RulesParse parsed = parse(R"([{"bodyFile": "replies/user.json", "template": true}])");
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
    QCOMPARE(parsed.rules.first().bodyFile, QStringLiteral("replies/user.json"));
    QVERIFY(parsed.rules.first().body.isEmpty());
}

void tst_ReplyRules::mistakes_data()
{
    // Each row is put on line 5, column 5 of this file, in the second rule:
    //   1 [
    //   2 {"path": "/ok"},
    //   3 {
    //   4     "name": "second",
    //   5     <field>
    //   6 }
    //   7 ]
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");

    auto error = [](const char *name, const char *field, const char *message, int column = 5) {
        QTest::newRow(name) << QByteArray(field) << column << true << QString::fromUtf8(message);
    };
    auto warning = [](const char *name, const char *field, const char *message, int column = 5) {
        QTest::newRow(name) << QByteArray(field) << column << false << QString::fromUtf8(message);
    };
    const char *statusMessage = "status must be a number from 200 to 599";
    error("status 100", R"("status": 100)", statusMessage);
    error("status 199", R"("status": 199)", statusMessage);
    error("status 600", R"("status": 600)", statusMessage);
    error("status as text", R"("status": "201")", statusMessage);
    error("status with a fraction", R"("status": 200.5)", statusMessage);
    error("status far too large", R"("status": 1e300)", statusMessage);
    error("status far too small", R"("status": -1e300)", statusMessage);
    const char *delayMessage = "delay must be milliseconds from 0 to 60000";
    error("delay over 60000", R"("delay": 60001)", delayMessage);
    error("delay negative", R"("delay": -1)", delayMessage);
    error("delay as text", R"("delay": "500")", delayMessage);
    error("delay far too large", R"("delay": 1e300)", delayMessage);
    error("path with * inside a segment", R"("path": "/a*b")", "use * as a whole segment");
    error("path with a star suffix", R"("path": "/files/*.json")", "use * as a whole segment");
    error(": alone as a segment", R"("path": "/users/:")", "a : segment needs a name");
    error(": alone as the path", R"("path": ":")", "path must start with /");
    error("path without a slash", R"("path": "api/users")", "path must start with /");
    error("empty path", R"("path": "")", "path must start with /");
    error("param name with a dash", R"("path": "/users/:user-id")", "is not a name");
    error("path as a number", R"("path": 7)", "path must be text");
    error("header value with a line break", R"("headers": {"X-A": "one\ntwo"})", "cannot hold a line break");
    error("header value with a carriage return", R"("headers": {"X-A": "one\rtwo"})", "cannot hold a line break");
    error("header value with a NUL", R"("headers": {"X-A": "a\u0000b"})", "cannot hold control characters");
    error("header value with an escape character", R"("headers": {"X-A": "a\u001bb"})",
          "cannot hold control characters");
    error("status under an escaped key", R"("\u0073tatus": 100)", statusMessage);
    error("request header with a line break", R"("requestHeaders": {"X-A": "a\nb"})", "cannot hold a line break");
    error("header name with a space", R"("headers": {"Bad Name": "x"})", "is not a header name");
    error("header name with a colon", R"("headers": {"X-A:": "x"})", "is not a header name");
    error("header value an object", R"("headers": {"X-A": {"b": 1}})", "must be text or a number");
    error("header value null", R"("headers": {"X-A": null})", "must be text or a number");
    error("headers an array", R"("headers": ["X-A: b"])", "headers must be an object of names and values");
    error("requestHeaders text", R"("requestHeaders": "X-A")", "requestHeaders must be an object");
    error("body null", R"("body": null)", "body must be text or JSON, not null");
    // The mistake is the second field: it is reported at that one.
    error("body and bodyFile", R"("body": "x", "bodyFile": "reply.json")", "either body or bodyFile, not both", 5 + 13);
    error("bodyFile and an empty body", R"("bodyFile": "reply.json", "body": "")", "either body or bodyFile, not both",
          5);
    error("bodyFile a number", R"("bodyFile": 3)", "bodyFile must be text");
    error("enabled as text", R"("enabled": "yes")", "enabled must be true or false");
    error("template as a number", R"("template": 1)", "template must be true or false");
    error("method with a space", R"("method": "GET POST")", "is not a method");
    error("method a number", R"("method": 1)", "method must be text");
    error("bodyJson an array", R"("bodyJson": ["a"])", "bodyJson must be an object");
    error("bodyContains a number", R"("bodyContains": 5)", "bodyContains must be text");
    error("name a number", R"("name": 5)", "name must be text");
    error("after a string holding braces and commas", R"("body": "}, {\"status\": 1", "status": 99)", statusMessage,
          5 + 29);
    error("after a string ending in a backslash", R"("body": "C:\\dir\\", "status": 99)", statusMessage, 5 + 21);
    warning("unknown field", R"("stauts": 201)", "unknown field \"stauts\"");
    warning("unknown field after others", R"("path": "/x", "reply": "hi")", "unknown field \"reply\"", 5 + 14);
    warning("Content-Length set by the server", R"("headers": {"Content-Length": "5"})",
            "Content-Length is set by the server; ignored");
    warning("Transfer-Encoding set by the server", R"("headers": {"transfer-encoding": "chunked"})",
            "transfer-encoding is set by the server; ignored");
    warning("Connection set by the server", R"("headers": {"Connection": "close"})",
            "Connection is set by the server; ignored");
}

void tst_ReplyRules::mistakes()
{
    QFETCH(QByteArray, field);
    QFETCH(int, column);
    QFETCH(bool, isError);
    QFETCH(QString, message);

    const QByteArray json = "[\n{\"path\": \"/ok\"},\n{\n    \"name\": \"second\",\n    " + field + "\n}\n]\n";
    const RulesParse parsed = parseReplyRules(json);
    QVERIFY2(parsed.problems.size() == 1, problemsText(parsed).constData());
    const RulesProblem &p = parsed.problems.first();
    QVERIFY2(p.message.contains(message), qPrintable(p.message));
    QCOMPARE(p.line, 5);
    QCOMPARE(p.column, column);
    QCOMPARE(p.isError, isError);
    QCOMPARE(parsed.hasErrors(), isError);

    // An error leaves that rule out; a warning keeps it. The first rule loads either way.
    QCOMPARE(parsed.rules.size(), isError ? 1 : 2);
    QCOMPARE(parsed.rules.first().path, QStringLiteral("/ok"));
    QCOMPARE(parsed.rules.first().line, 2);
    if (!isError) {
        QCOMPARE(parsed.rules.at(1).name, QStringLiteral("second"));
        QCOMPARE(parsed.rules.at(1).line, 3);
    }
}

void tst_ReplyRules::badRuleLeftOutOthersLoad()
{
    const RulesParse parsed = parse(R"([
{
    "name": "first",
    "path": "/one"
},
{
    "name": "second",
    "path": "/two",
    "status": 700,
    "body": "never"
},
  {
    "name": "third", "delay": 70000, "path": "/a*b"
  },
{
    "name": "fourth",
    "status": 204
}
])");
    QCOMPARE(parsed.rules.size(), 2);
    QCOMPARE(parsed.rules.at(0).name, QStringLiteral("first"));
    QCOMPARE(parsed.rules.at(0).line, 2);
    QCOMPARE(parsed.rules.at(1).name, QStringLiteral("fourth"));
    QCOMPARE(parsed.rules.at(1).status, 204);
    QCOMPARE(parsed.rules.at(1).line, 15);

    // Every mistake of every rule is reported, in order, at its key.
    QVERIFY2(parsed.problems.size() == 3, problemsText(parsed).constData());
    QCOMPARE(parsed.problems.at(0).line, 9);
    QCOMPARE(parsed.problems.at(0).column, 5);
    QVERIFY(parsed.problems.at(0).message.startsWith(QStringLiteral("status")));
    QCOMPARE(parsed.problems.at(1).line, 13);
    QCOMPARE(parsed.problems.at(1).column, 38);
    QVERIFY(parsed.problems.at(1).message.startsWith(QStringLiteral("use *")));
    QCOMPARE(parsed.problems.at(2).line, 13);
    QCOMPARE(parsed.problems.at(2).column, 22);
    QVERIFY(parsed.problems.at(2).message.startsWith(QStringLiteral("delay")));
    QVERIFY(parsed.hasErrors());
}

void tst_ReplyRules::framingHeadersDroppedWithWarning()
{
    const RulesParse parsed = parse(R"([{
        "headers": {"Content-Length": "5", "X-Keep": "1", "Keep-Alive": "timeout=5"},
        "requestHeaders": {"Content-Length": "*"}
    }])");
    QCOMPARE(parsed.rules.size(), 1);
    QVERIFY(!parsed.hasErrors());
    QCOMPARE(parsed.problems.size(), 2);
    for (const RulesProblem &p : parsed.problems) {
        QVERIFY(!p.isError);
        QCOMPARE(p.line, 2);
        QCOMPARE(p.column, 9);
    }
    // The reply keeps the rest; a request condition on Content-Length is fine.
    QCOMPARE(parsed.rules.first().headers, pairsOf({QStringLiteral("X-Keep: 1")}));
    QCOMPARE(parsed.rules.first().requestHeaders, pairsOf({QStringLiteral("Content-Length: *")}));
}

void tst_ReplyRules::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // The column of the offending character: QJsonDocument stops at it or
    // just after it, depending on the mistake.
    QTest::newRow("comma before a closing brace")
        << QByteArray("[\n  {\"path\": \"/a\"},\n  {\"path\": \"/b\",}\n]\n") << 3 << 17;
    QTest::newRow("missing comma between rules")
        << QByteArray("[\n  {\"path\": \"/a\"}\n  {\"path\": \"/b\"}\n]\n") << 3 << 3;
    QTest::newRow("missing colon") << QByteArray("[\n  {\"path\" \"/a\"}\n]") << 2 << 11;
    QTest::newRow("single quotes") << QByteArray("[\n{'path': '/a'}]") << 2 << 2;
    QTest::newRow("garbage after the array") << QByteArray("[\n]\n;") << 3 << 1;
    QTest::newRow("unterminated array") << QByteArray("[\n  {\"path\": \"/a\"}\n") << 3 << 1;
    QTest::newRow("unterminated string") << QByteArray("[\n  {\"path") << 2 << 9;
    QTest::newRow("empty text") << QByteArray() << 1 << 1;
    QTest::newRow("unterminated at a 512-byte boundary") << QByteArray("[" + QByteArray(510, ' ') + "\n") << 2 << 1;
}

void tst_ReplyRules::syntaxErrorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const RulesParse parsed = parseReplyRules(json);
    QVERIFY(parsed.rules.isEmpty());
    QVERIFY2(parsed.problems.size() == 1, problemsText(parsed).constData());
    const RulesProblem &p = parsed.problems.first();
    QVERIFY(p.isError);
    QVERIFY2(p.message.startsWith(QStringLiteral("not valid JSON: ")), qPrintable(p.message));
    QCOMPARE(p.line, line);
    QVERIFY2(p.column == column || p.column == column + 1, qPrintable(QString::number(p.column)));
}

void tst_ReplyRules::topLevelNotArray_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("one rule without the array") << QByteArray(R"({"path": "/api/*", "status": 201})");
    QTest::newRow("object after blank lines") << QByteArray("\n\n  {\"rules\": []}");
}

void tst_ReplyRules::topLevelNotArray()
{
    QFETCH(QByteArray, json);
    const RulesParse parsed = parseReplyRules(json);
    QVERIFY(parsed.rules.isEmpty());
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.first().isError);
    QCOMPARE(parsed.problems.first().line, 1);
    QCOMPARE(parsed.problems.first().column, 1);
    QVERIFY(parsed.problems.first().message.contains(QStringLiteral("must be a JSON array")));
}

void tst_ReplyRules::elementNotObject()
{
    const RulesParse parsed = parse("[\n  {\"path\": \"/a\"},\n  \"/b\",\n    [1, 2],\n  {\"path\": \"/c\"}, 42\n]");
    QCOMPARE(parsed.rules.size(), 2);
    QCOMPARE(parsed.rules.at(0).path, QStringLiteral("/a"));
    QCOMPARE(parsed.rules.at(1).path, QStringLiteral("/c"));
    QCOMPARE(parsed.rules.at(1).line, 5);
    QVERIFY2(parsed.problems.size() == 3, problemsText(parsed).constData());
    QCOMPARE(parsed.problems.at(0).message, QStringLiteral("rule 2 must be an object"));
    QCOMPARE(parsed.problems.at(0).line, 3);
    QCOMPARE(parsed.problems.at(0).column, 3);
    QCOMPARE(parsed.problems.at(1).message, QStringLiteral("rule 3 must be an object"));
    QCOMPARE(parsed.problems.at(1).line, 4);
    QCOMPARE(parsed.problems.at(1).column, 5);
    QCOMPARE(parsed.problems.at(2).message, QStringLiteral("rule 5 must be an object"));
    QCOMPARE(parsed.problems.at(2).line, 5);
    QCOMPARE(parsed.problems.at(2).column, 19);
    for (const RulesProblem &p : parsed.problems)
        QVERIFY(p.isError);
}

void tst_ReplyRules::columnCountsCharactersNotBytes()
{
    // "é" and "✓" are 2 and 3 bytes of UTF-8 but one column each, as an
    // editor counts them.
    const RulesParse parsed
        = parseReplyRules(QByteArray("[\n{\"name\": \"caf\xc3\xa9 \xe2\x9c\x93\", \"status\": 1}\n]"));
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 2);
    QCOMPARE(parsed.problems.first().column, 20);

    // The same for a syntax error: where the same text in ASCII has it.
    const RulesParse broken = parseReplyRules(QByteArray("[{\"name\": \"\xc3\xa9\xc3\xa9\xc3\xa9\" \"path\": \"/\"}]"));
    const RulesParse ascii = parseReplyRules(QByteArray("[{\"name\": \"eee\" \"path\": \"/\"}]"));
    QCOMPARE(broken.problems.size(), 1);
    QCOMPARE(ascii.problems.size(), 1);
    QCOMPARE(broken.problems.first().line, 1);
    QCOMPARE(broken.problems.first().column, ascii.problems.first().column);
    QVERIFY(broken.problems.first().column >= 17); // the second key, or just after it
}

void tst_ReplyRules::manyRulesParse_data()
{
    QTest::addColumn<bool>("oneLine");
    QTest::newRow("a rule a line") << false;
    QTest::newRow("all on one line") << true;
}

void tst_ReplyRules::manyRulesParse()
{
    // Near the 4 MiB limit of a rules file: every rule and problem with its
    // place, in about linear time (not a scan from the start of the text, or
    // of the line, for each), so this ends in well under the test's timeout.
    QFETCH(bool, oneLine);
    const int count = 60'000;
    QByteArray json = "[\n";
    QList<qsizetype> unknownAt; // the offset of each rule's unknown field "x"
    for (int i = 0; i < count; ++i) {
        json += "{\"name\": \"r\xc3\xa9" + QByteArray::number(i) + "\", \"path\": \"/p/" + QByteArray::number(i)
            + "\", \"status\": 201, ";
        unknownAt.append(json.size());
        json += "\"x\": 1}";
        json += i + 1 == count ? "\n" : oneLine ? ", " : ",\n";
    }
    json += "]\n";
    QVERIFY(json.size() < Limits::kMaxRulesFileBytes);
    QElapsedTimer timer;
    timer.start();
    const RulesParse parsed = parseReplyRules(json);
    qInfo("%d rules parsed in %lld ms", count, timer.elapsed());
    QCOMPARE(parsed.rules.size(), count);
    QCOMPARE(parsed.problems.size(), count); // the unknown "x" of each, as a warning
    for (int i : {0, 1, count / 2, count - 1}) {
        QCOMPARE(parsed.rules.at(i).name, QStringLiteral("ré") + QString::number(i));
        QCOMPARE(parsed.rules.at(i).line, oneLine ? 2 : i + 2);
        const RulesProblem &p = parsed.problems.at(i);
        QCOMPARE(p.line, oneLine ? 2 : i + 2);
        // Each "é" before it on its line is one column of two bytes.
        const qsizetype lineStart = json.lastIndexOf('\n', unknownAt.at(i)) + 1;
        QCOMPARE(p.column, int(unknownAt.at(i) - lineStart) + 1 - (oneLine ? i + 1 : 1));
    }
}

void tst_ReplyRules::readFileResolvesBodyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("rules/replies")));
    const QString rulesPath = dir.filePath(QStringLiteral("rules/rules.json"));
    const QString absolute = dir.filePath(QStringLiteral("elsewhere.txt"));
    const QByteArray json = R"([
  {"path": "/a", "bodyFile": "replies/a.json"},
  {"path": "/b", "bodyFile": "./replies/../b.txt"},
  {"path": "/c", "bodyFile": ")"
        + absolute.toUtf8() + R"("},
  {"path": "/d", "body": "text", "stauts": 1}
])";
    QVERIFY(writeFile(rulesPath, json));

    const RulesParse parsed = readReplyRulesFile(rulesPath);
    QCOMPARE(parsed.rules.size(), 4);
    const QString folder = QFileInfo(rulesPath).absolutePath();
    QCOMPARE(parsed.rules.at(0).bodyFile, folder + QStringLiteral("/replies/a.json"));
    QCOMPARE(parsed.rules.at(1).bodyFile, folder + QStringLiteral("/b.txt"));
    QCOMPARE(parsed.rules.at(2).bodyFile, absolute);
    QVERIFY(parsed.rules.at(3).bodyFile.isEmpty());
    // Problems carry their place in the file, as from parseReplyRules().
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 5);
    QCOMPARE(parsed.problems.first().column, 34);
    QVERIFY(!parsed.problems.first().isError);
}

void tst_ReplyRules::readFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RulesParse parsed = readReplyRulesFile(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(parsed.rules.isEmpty());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 0);
    QCOMPARE(parsed.problems.first().column, 0);
    QVERIFY(parsed.problems.first().isError);
    QVERIFY2(parsed.problems.first().message.startsWith(QStringLiteral("cannot read the file")),
             qPrintable(parsed.problems.first().message));
    QVERIFY(describeProblem(QStringLiteral("none.json"), parsed.problems.first())
                .startsWith(QStringLiteral("none.json: cannot read the file")));
}

void tst_ReplyRules::readFileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Valid JSON, one byte over the limit.
    const QString big = dir.filePath(QStringLiteral("big.json"));
    QByteArray json = "[{\"path\": \"/x\"}]";
    json.append(Limits::kMaxRulesFileBytes + 1 - json.size(), ' ');
    QVERIFY(writeFile(big, json));
    RulesParse parsed = readReplyRulesFile(big);
    QVERIFY(parsed.rules.isEmpty());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 0);
    QVERIFY(parsed.problems.first().isError);
    QVERIFY2(parsed.problems.first().message.contains(QStringLiteral("larger than 4 MiB")),
             qPrintable(parsed.problems.first().message));

    // Exactly at the limit still loads.
    json.chop(1);
    QVERIFY(writeFile(big, json));
    parsed = readReplyRulesFile(big);
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), 1);
}

void tst_ReplyRules::readFileUnboundedDevice()
{
#ifdef Q_OS_LINUX
    // A device reports no size; the read itself must stop at the limit.
    const RulesParse parsed = readReplyRulesFile(QStringLiteral("/dev/zero"));
    QVERIFY(parsed.rules.isEmpty());
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().line, 0);
    QVERIFY2(parsed.problems.first().message.contains(QStringLiteral("larger than 4 MiB")),
             qPrintable(parsed.problems.first().message));
#else
    QSKIP("needs /dev/zero");
#endif
}

void tst_ReplyRules::describeProblemFormat_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("text");

    QTest::newRow("error") << 3 << 12 << true
                           << QStringLiteral("rules.json:3:12: status must be a number from 200 to 599");
    QTest::newRow("warning") << 2 << 5 << false
                             << QStringLiteral("rules.json:2:5: warning: status must be a number from 200 to 599");
    QTest::newRow("whole file") << 0 << 0 << true
                                << QStringLiteral("rules.json: status must be a number from 200 to 599");
}

void tst_ReplyRules::describeProblemFormat()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, isError);
    QFETCH(QString, text);
    const RulesProblem problem {line, column, QStringLiteral("status must be a number from 200 to 599"), isError};
    QCOMPARE(describeProblem(QStringLiteral("rules.json"), problem), text);
}

// ---- Round trip ----------------------------------------------------------------

void tst_ReplyRules::roundTrip_data()
{
    QTest::addColumn<QList<ReplyRule>>("rules");

    QTest::newRow("none") << QList<ReplyRule> {};
    QTest::newRow("minimal") << QList<ReplyRule> {ReplyRule {}};

    ReplyRule every;
    every.name = QStringLiteral("Every field ✓");
    every.enabled = false;
    every.method = "PUT";
    every.path = QStringLiteral("/users/:id/*");
    every.requestHeaders = pairsOf({QStringLiteral("Accept: *"), QStringLiteral("X-Token: abc")});
    every.bodyContains = QStringLiteral("needle");
    every.bodyJson = {
        {QStringLiteral("customer.id"), QJsonValue(7)},
        {QStringLiteral("flag"), QJsonValue(true)},
        {QStringLiteral("items.0.sku"), QJsonValue(QStringLiteral("A1"))},
        {QStringLiteral("nothing"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("obj"), QJsonValue(QJsonObject {{QStringLiteral("a"), 1}})},
        {QStringLiteral("price"), QJsonValue(0.1)},
    };
    every.status = 418;
    every.headers = pairsOf({QStringLiteral("Cache-Control: no-store"), QStringLiteral("X-A: {{params.id}}")});
    every.body = QStringLiteral("{\"id\": {{params.id}}}");
    every.isTemplate = true;
    every.delayMs = 250;
    QTest::newRow("every field") << QList<ReplyRule> {every};

    ReplyRule file;
    file.bodyFile = QStringLiteral("/srv/replies/user.json");
    file.status = 201;
    QTest::newRow("bodyFile") << QList<ReplyRule> {file};

    ReplyRule jsonText;
    jsonText.body = QStringLiteral("[1, 2]");
    QTest::newRow("body that is JSON text") << QList<ReplyRule> {jsonText};

    ReplyRule limits;
    limits.status = 599;
    limits.delayMs = Limits::kMaxReplyDelayMs;
    limits.path = QStringLiteral("/");
    QTest::newRow("limits") << QList<ReplyRule> {limits};

    QTest::newRow("several in order") << QList<ReplyRule> {makeRule("GET", QStringLiteral("/b")),
                                                           makeRule("POST", QStringLiteral("/a")), every, file};
}

void tst_ReplyRules::roundTrip()
{
    QFETCH(QList<ReplyRule>, rules);
    const QByteArray json = replyRulesToJson(rules);
    const RulesParse parsed = parseReplyRules(json);
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());
    QCOMPARE(parsed.rules.size(), rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i)
        QVERIFY2(parsed.rules.at(i) == rules.at(i), json.constData());
    QVERIFY(parsed.rules == rules);
    // And the same text again.
    QCOMPARE(replyRulesToJson(parsed.rules), json);
}

void tst_ReplyRules::defaultsLeftOut_data()
{
    QTest::addColumn<ReplyRule>("rule");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("all defaults") << ReplyRule {} << QStringList {};
    QTest::newRow("path only") << makeRule({}, QStringLiteral("/x")) << QStringList {QStringLiteral("path")};
    QTest::newRow("method only") << makeRule("GET", QStringLiteral("*")) << QStringList {QStringLiteral("method")};
    ReplyRule r;
    r.status = 204;
    QTest::newRow("status only") << r << QStringList {QStringLiteral("status")};
    r = {};
    r.enabled = false;
    QTest::newRow("disabled only") << r << QStringList {QStringLiteral("enabled")};
    r = {};
    r.isTemplate = true;
    r.delayMs = 5;
    QTest::newRow("template and delay") << r << QStringList {QStringLiteral("delay"), QStringLiteral("template")};
}

void tst_ReplyRules::defaultsLeftOut()
{
    QFETCH(ReplyRule, rule);
    QFETCH(QStringList, keys);
    const QByteArray json = replyRulesToJson({rule});
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 1);
    QCOMPARE(doc.array().first().toObject().keys(), keys);
    if (keys.isEmpty())
        QVERIFY2(json.simplified().size() <= 8, json.constData()); // "[ {} ]"
}

// ---- Matching ------------------------------------------------------------------

void tst_ReplyRules::matchMethod_data()
{
    QTest::addColumn<QByteArray>("ruleMethod");
    QTest::addColumn<QByteArray>("requestMethod");
    QTest::addColumn<bool>("matches");

    QTest::newRow("any matches GET") << QByteArray() << QByteArray("GET") << true;
    QTest::newRow("any matches DELETE") << QByteArray() << QByteArray("DELETE") << true;
    QTest::newRow("exact") << QByteArray("POST") << QByteArray("POST") << true;
    QTest::newRow("other method") << QByteArray("POST") << QByteArray("GET") << false;
    QTest::newRow("HEAD matches a GET rule") << QByteArray("GET") << QByteArray("HEAD") << true;
    QTest::newRow("GET does not match a HEAD rule") << QByteArray("HEAD") << QByteArray("GET") << false;
    QTest::newRow("HEAD does not match a POST rule") << QByteArray("POST") << QByteArray("HEAD") << false;
    // RFC 9110 9.1: the method token is case-sensitive.
    QTest::newRow("methods have case") << QByteArray("POST") << QByteArray("post") << false;
}

void tst_ReplyRules::matchMethod()
{
    QFETCH(QByteArray, ruleMethod);
    QFETCH(QByteArray, requestMethod);
    QFETCH(bool, matches);
    const ReplyRule rule = makeRule(ruleMethod, QStringLiteral("/x"));
    QCOMPARE(matchesHead(rule, makeRequest(requestMethod, "/x")), matches);
    QCOMPARE(firstMatch({rule}, makeRequest(requestMethod, "/x"), true), matches ? 0 : -1);
}

void tst_ReplyRules::matchPath_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QStringList>("params"); // "name=value"
    QTest::addColumn<QString>("rest");

    auto row = [](const char *name, const char *pattern, const char *path, bool matches, const QStringList &params = {},
                  const char *rest = "") {
        QTest::newRow(name) << QString::fromUtf8(pattern) << QByteArray(path) << matches << params
                            << QString::fromUtf8(rest);
    };
    row("literal", "/api/users", "/api/users", true);
    row("literal differs", "/api/users", "/api/user", false);
    row("literal longer request", "/api/users", "/api/users/7", false);
    row("literal shorter request", "/api/users", "/api", false);
    row("trailing slash in the request", "/api/users", "/api/users/", true);
    row("trailing slash in the rule", "/api/users/", "/api/users", true);
    row("double slashes", "/api/users", "//api//users", true);
    row("literals have case", "/api/users", "/API/users", false);
    row("percent-encoded request", "/café", "/caf%C3%A9", true);
    row("percent-encoded lower-case hex", "/café", "/caf%c3%a9", true);
    row("encoded space", "/my file", "/my%20file", true);
    row("percent-encoded rule", "/caf%C3%A9", "/caf%C3%A9", true);
    row("percent-encoded rule, raw UTF-8 request", "/caf%C3%A9", "/caf\xc3\xa9", true);
    row("root", "/", "/", true);
    row("root is not any path", "/", "/x", false);
    row("param", "/users/:id", "/users/42", true, {QStringLiteral("id=42")});
    row("param decoded", "/users/:name", "/users/J%C3%BCrgen", true, {QStringLiteral("name=Jürgen")});
    row("two params", "/users/:uid/posts/:pid", "/users/1/posts/2", true,
        {QStringLiteral("uid=1"), QStringLiteral("pid=2")});
    row("param needs a segment", "/users/:id", "/users", false);
    row("param needs a non-empty segment", "/users/:id", "/users/", false);
    row("param is one segment", "/users/:id", "/users/4/2", false);
    row("star in the middle", "/a/*/c", "/a/b/c", true);
    row("star in the middle needs a segment", "/a/*/c", "/a/c", false);
    row("star in the middle is one segment", "/a/*/c", "/a/b/x/c", false);
    row("trailing star, the rest", "/files/*", "/files/a/b/c", true, {}, "a/b/c");
    row("trailing star, one segment", "/files/*", "/files/a", true, {}, "a");
    row("trailing star, nothing", "/files/*", "/files", true, {}, "");
    row("trailing star, a slash", "/files/*", "/files/", true, {}, "");
    row("trailing star, rest decoded", "/files/*", "/files/a%20b/c", true, {}, "a b/c");
    row("trailing star, not a prefix of a name", "/files/*", "/filesystem", false);
    row("slash star matches the root", "/*", "/", true, {}, "");
    row("star alone, any path", "*", "/any/path/at/all", true, {}, "");
    row("star alone, the root", "*", "/", true, {}, "");
    row("param and rest", "/u/:id/*", "/u/7/a/b", true, {QStringLiteral("id=7")}, "a/b");
}

void tst_ReplyRules::matchPath()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, path);
    QFETCH(bool, matches);
    QFETCH(QStringList, params);
    QFETCH(QString, rest);

    // Every pattern here is one the parser takes.
    const RulesParse parsed
        = parseReplyRules(QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("path"), pattern}}}).toJson());
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());

    RuleCaptures captures;
    QCOMPARE(matchesHead(parsed.rules.first(), makeRequest("GET", path), &captures), matches);
    if (!matches)
        return;
    QStringList got;
    for (const auto &[name, value] : captures.params)
        got << name + u'=' + value;
    QCOMPARE(got, params);
    QCOMPARE(captures.rest, rest);
}

void tst_ReplyRules::matchRequestHeaders_data()
{
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<bool>("matches");

    const QStringList token {QStringLiteral("X-Token: abc")};
    QTest::newRow("exact value") << token << QStringList {QStringLiteral("X-Token: abc")} << true;
    QTest::newRow("other value") << token << QStringList {QStringLiteral("X-Token: abd")} << false;
    QTest::newRow("values have case") << token << QStringList {QStringLiteral("X-Token: ABC")} << false;
    QTest::newRow("longer value") << token << QStringList {QStringLiteral("X-Token: abcd")} << false;
    QTest::newRow("missing header") << token << QStringList {QStringLiteral("X-Other: abc")} << false;
    QTest::newRow("no headers at all") << token << QStringList {} << false;
    QTest::newRow("names without case") << QStringList {QStringLiteral("x-token: abc")}
                                        << QStringList {QStringLiteral("X-TOKEN: abc")} << true;
    QTest::newRow("star: present with a value") << QStringList {QStringLiteral("Authorization: *")}
                                                << QStringList {QStringLiteral("authorization: Bearer x")} << true;
    QTest::newRow("star: present and empty")
        << QStringList {QStringLiteral("Authorization: *")} << QStringList {QStringLiteral("Authorization: ")} << true;
    QTest::newRow("star: missing") << QStringList {QStringLiteral("Authorization: *")} << QStringList {} << false;
    QTest::newRow("every condition must hold")
        << QStringList {QStringLiteral("X-A: 1"), QStringLiteral("X-B: 2")}
        << QStringList {QStringLiteral("X-A: 1"), QStringLiteral("X-B: 3")} << false;
    QTest::newRow("every condition holds")
        << QStringList {QStringLiteral("X-A: 1"), QStringLiteral("X-B: 2")}
        << QStringList {QStringLiteral("X-B: 2"), QStringLiteral("Host: h"), QStringLiteral("X-A: 1")} << true;
    QTest::newRow("no conditions") << QStringList {} << QStringList {QStringLiteral("X-A: 1")} << true;
}

void tst_ReplyRules::matchRequestHeaders()
{
    QFETCH(QStringList, conditions);
    QFETCH(QStringList, headers);
    QFETCH(bool, matches);
    ReplyRule rule;
    rule.requestHeaders = pairsOf(conditions);
    QCOMPARE(matchesHead(rule, makeRequest("GET", "/", {}, headers)), matches);
}

void tst_ReplyRules::matchBody_data()
{
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QByteArray>("bodyJson");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("matches");

    auto row = [](const char *name, const char *contains, const char *bodyJson, const char *body, bool matches) {
        QTest::newRow(name) << QString::fromUtf8(contains) << QByteArray(bodyJson) << QByteArray(body) << matches;
    };
    row("no conditions", "", "", "anything", true);
    row("no conditions, empty body", "", "", "", true);
    row("contains", "needle", "", "hay needle hay", true);
    row("does not contain", "needle", "", "hay hay", false);
    row("contains has case", "Needle", "", "hay needle hay", false);
    row("contains UTF-8", "café", "", "un caf\xc3\xa9 noir", true);
    row("contains, empty body", "needle", "", "", false);
    row("json field", "", R"({"id": 7})", R"({"id": 7, "name": "x"})", true);
    row("json 7 equals 7.0", "", R"({"id": 7})", R"({"id": 7.0})", true);
    row("json 7.0 equals 7", "", R"({"id": 7.0})", R"({"id": 7})", true);
    row("json 7 equals 7e0", "", R"({"id": 7})", R"({"id": 7e0})", true);
    row("json other number", "", R"({"id": 7})", R"({"id": 8})", false);
    row("json number is not a string", "", R"({"id": 7})", R"({"id": "7"})", false);
    row("json string is not a number", "", R"({"id": "7"})", R"({"id": 7})", false);
    row("json strings equal", "", R"({"name": "Ada"})", R"({"name": "Ada"})", true);
    row("json strings have case", "", R"({"name": "Ada"})", R"({"name": "ada"})", false);
    row("json nested", "", R"({"customer.address.city": "Oslo"})",
        R"({"customer": {"address": {"city": "Oslo", "zip": "0150"}}})", true);
    row("json nested differs", "", R"({"customer.address.city": "Oslo"})",
        R"({"customer": {"address": {"city": "Bergen"}}})", false);
    row("json array index", "", R"({"items.1.id": 2})", R"({"items": [{"id": 1}, {"id": 2}]})", true);
    row("json array index 0", "", R"({"items.0.id": 2})", R"({"items": [{"id": 1}, {"id": 2}]})", false);
    row("json array index out of range", "", R"({"items.5.id": 2})", R"({"items": [{"id": 2}]})", false);
    row("json array index not a number", "", R"({"items.x.id": 2})", R"({"items": [{"id": 2}]})", false);
    row("json top-level array", "", R"({"0.id": 1})", R"([{"id": 1}])", true);
    row("json missing field", "", R"({"id": 7})", R"({"other": 7})", false);
    row("json path through a scalar", "", R"({"id.x": 7})", R"({"id": 7})", false);
    row("json null equals null", "", R"({"x": null})", R"({"x": null})", true);
    row("json null is not missing", "", R"({"x": null})", R"({})", false);
    row("json booleans", "", R"({"vip": true})", R"({"vip": true})", true);
    row("json true is not 1", "", R"({"vip": true})", R"({"vip": 1})", false);
    row("json object value", "", R"({"a": {"b": [1, 2]}})", R"({"a": {"b": [1, 2]}})", true);
    row("json object value differs", "", R"({"a": {"b": [1, 2]}})", R"({"a": {"b": [2, 1]}})", false);
    row("json every field must hold", "", R"({"a": 1, "b": 2})", R"({"a": 1, "b": 3})", false);
    row("invalid JSON body", "", R"({"id": 7})", R"({"id": 7)", false);
    row("empty body", "", R"({"id": 7})", "", false);
    row("text body", "", R"({"id": 7})", "id=7", false);
    row("contains and json both hold", "Ada", R"({"id": 7})", R"({"id": 7, "name": "Ada"})", true);
    row("contains fails, json holds", "Bob", R"({"id": 7})", R"({"id": 7, "name": "Ada"})", false);
}

void tst_ReplyRules::matchBody()
{
    QFETCH(QString, contains);
    QFETCH(QByteArray, bodyJson);
    QFETCH(QByteArray, body);
    QFETCH(bool, matches);
    const ReplyRule rule = bodyRule(contains, bodyJson);
    QCOMPARE(rule.needsBody(), !contains.isEmpty() || !bodyJson.isEmpty());
    QCOMPARE(matchesBody(rule, body), matches);
}

void tst_ReplyRules::firstMatchOrder_data()
{
    QTest::addColumn<QList<ReplyRule>>("rules");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("bodyKnown");
    QTest::addColumn<int>("index");

    const ReplyRule any = makeRule({}, QStringLiteral("*"));
    const ReplyRule post = makeRule("POST", QStringLiteral("/api/*"));
    const ReplyRule get = makeRule("GET", QStringLiteral("/api/*"));
    const ReplyRule other = makeRule("POST", QStringLiteral("/other"));
    ReplyRule off = post;
    off.enabled = false;
    ReplyRule wantsAda = post;
    wantsAda.bodyJson = {{QStringLiteral("name"), QJsonValue(QStringLiteral("Ada"))}};
    ReplyRule wantsBob = post;
    wantsBob.bodyContains = QStringLiteral("Bob");
    const QByteArray ada = R"({"name": "Ada"})";

    QTest::newRow("no rules") << QList<ReplyRule> {} << ada << true << -1;
    QTest::newRow("none matches") << QList<ReplyRule> {get, other} << ada << true << -1;
    QTest::newRow("first of two that match") << QList<ReplyRule> {post, any} << ada << true << 0;
    QTest::newRow("first that matches, not the most specific") << QList<ReplyRule> {any, post} << ada << true << 0;
    QTest::newRow("skips rules that do not match") << QList<ReplyRule> {get, other, post} << ada << true << 2;
    QTest::newRow("disabled rule skipped") << QList<ReplyRule> {off, any} << ada << true << 1;
    QTest::newRow("only disabled rules") << QList<ReplyRule> {off, off} << ada << true << -1;
    QTest::newRow("body rule is a candidate before the body") << QList<ReplyRule> {wantsBob, any} << ada << false << 0;
    QTest::newRow("body rule whose body fails falls through") << QList<ReplyRule> {wantsBob, any} << ada << true << 1;
    QTest::newRow("body rule whose body holds") << QList<ReplyRule> {wantsBob, wantsAda, any} << ada << true << 1;
    QTest::newRow("body rules all fail") << QList<ReplyRule> {wantsBob, wantsBob} << ada << true << -1;
    QTest::newRow("head fails, then a body rule is the candidate")
        << QList<ReplyRule> {makeRule("GET", QStringLiteral("/api/*")), wantsBob, any} << ada << false << 1;
    ReplyRule offAda = wantsAda;
    offAda.enabled = false;
    QTest::newRow("disabled body rule skipped before the body") << QList<ReplyRule> {offAda, any} << ada << false << 1;
}

void tst_ReplyRules::firstMatchOrder()
{
    QFETCH(QList<ReplyRule>, rules);
    QFETCH(QByteArray, body);
    QFETCH(bool, bodyKnown);
    QFETCH(int, index);
    const RuleRequest request = makeRequest("POST", "/api/users", {}, {}, body);
    QCOMPARE(firstMatch(rules, request, bodyKnown), index);
}

void tst_ReplyRules::firstMatchCapturesOfTheWinner()
{
    ReplyRule byBody = makeRule("POST", QStringLiteral("/users/:first/*"));
    byBody.bodyContains = QStringLiteral("never");
    const ReplyRule byPath = makeRule("POST", QStringLiteral("/users/:second"));
    const RuleRequest request = makeRequest("POST", "/users/42", {}, {}, "body");

    RuleCaptures captures;
    QCOMPARE(firstMatch({byBody, byPath}, request, true, &captures), 1);
    QCOMPARE(captures.params.size(), 1);
    QCOMPARE(captures.params.first().first, QStringLiteral("second"));
    QCOMPARE(captures.params.first().second, QStringLiteral("42"));
    QVERIFY(captures.rest.isEmpty());

    // Before the body is known the first rule is the candidate, with its own captures.
    QCOMPARE(firstMatch({byBody, byPath}, request, false, &captures), 0);
    QCOMPARE(captures.params.first().first, QStringLiteral("first"));
}

// ---- Templates -----------------------------------------------------------------

void tst_ReplyRules::renderTemplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    auto row = [](const char *name, const char *text, const char *expected, const QStringList &unknown = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected) << unknown;
    };
    row("no braces", "plain text { } }} {", "plain text { } }} {");
    row("method", "{{method}}", "POST");
    row("path decoded", "{{path}}", "/caf\xc3\xa9/items/7");
    row("query as sent", "{{query}}", "a=1%202&b=x+y&a=second&e=%C3%A9&flag");
    row("query field decoded", "{{query.a}}", "1 2");
    row("query field, first of repeated", "[{{query.a}}]", "[1 2]");
    row("query field, plus as space", "{{query.b}}", "x y");
    row("query field, UTF-8", "{{query.e}}", "\xc3\xa9");
    row("query field without a value", "<{{query.flag}}>", "<>");
    row("query field missing", "<{{query.none}}>", "<>");
    row("param", "{{params.id}}", "7");
    row("param missing", "<{{params.nope}}>", "<>");
    row("header", "{{headers.X-Name}}", "Ada");
    row("header name in lower case", "{{headers.x-name}}", "Ada");
    row("header name in upper case", "{{headers.X-NAME}}", "Ada");
    row("header missing", "<{{headers.X-None}}>", "<>");
    row("body", "{{body}}",
        R"({"a":{"b":"deep"},"items":[{"id":1},{"id":"two"}],"n":7,"f":0.1,"big":12345678901,"neg":-3,"obj":{"k":[1,2]},"t":"{{method}}","no":null,"yes":true})");
    row("body field nested", "{{body.a.b}}", "deep");
    row("body array item number", "{{body.items.0.id}}", "1");
    row("body array item string unquoted", "{{body.items.1.id}}", "two");
    row("body number", "{{body.n}}", "7");
    row("body fraction", "{{body.f}}", "0.1");
    row("body large integer", "{{body.big}}", "12345678901");
    row("body negative", "{{body.neg}}", "-3");
    row("body object as compact JSON", "{{body.obj}}", R"({"k":[1,2]})");
    row("body array as compact JSON", "{{body.items}}", R"([{"id":1},{"id":"two"}])");
    row("body null", "{{body.no}}", "null");
    row("body boolean", "{{body.yes}}", "true");
    row("body field missing", "<{{body.none}}>", "<>");
    row("body index out of range", "<{{body.items.9.id}}>", "<>");
    row("rest", "{{rest}}", "x/y");
    row("spaces inside braces", "{{ method }}|{{  params.id\t}}", "POST|7");
    row("several in a text", "{\"m\": \"{{method}}\", \"id\": {{params.id}}}", "{\"m\": \"POST\", \"id\": 7}");
    row("adjacent", "{{method}}{{method}}", "POSTPOST");
    row("unknown name left empty and listed", "a {{nope}} b", "a  b", {QStringLiteral("nope")});
    row("unknown names in order", "{{x}}{{method}}{{ y.z }}", "POST", {QStringLiteral("x"), QStringLiteral("y.z")});
    row("unknown prefix", "{{param.id}}", "", {QStringLiteral("param.id")});
    row("names have case", "{{Method}}", "", {QStringLiteral("Method")});
    row("unclosed left as is", "x {{method", "x {{method");
    row("unclosed after one closed", "{{method}} {{path", "POST {{path");
    row("closing before opening", "}} {{method}}", "}} POST");
    row("no recursion through a body field", "{{body.t}}", "{{method}}");
}

void tst_ReplyRules::renderTemplate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);

    const RuleRequest request = makeRequest(
        "POST", "/caf%C3%A9/items/7", "a=1%202&b=x+y&a=second&e=%C3%A9&flag", {QStringLiteral("X-Name: Ada")},
        R"({"a":{"b":"deep"},"items":[{"id":1},{"id":"two"}],"n":7,"f":0.1,"big":12345678901,"neg":-3,"obj":{"k":[1,2]},"t":"{{method}}","no":null,"yes":true})");
    RuleCaptures captures;
    captures.params = {{QStringLiteral("id"), QStringLiteral("7")}};
    captures.rest = QStringLiteral("x/y");

    QStringList listed;
    QCOMPARE(Servery::renderTemplate(text, request, captures, &listed), expected);
    QCOMPARE(listed, unknown);
    // Without a list to fill, the same text.
    QCOMPARE(Servery::renderTemplate(text, request, captures), expected);
}

void tst_ReplyRules::templateNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString text = Servery::renderTemplate(QStringLiteral("{{now}}"), makeRequest("GET", "/"), {});
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QDateTime now = QDateTime::fromString(text, Qt::ISODateWithMs);
    QVERIFY2(now.isValid(), qPrintable(text));
    QVERIFY2(text.endsWith(u'Z'), qPrintable(text)); // UTC
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(now >= before && now <= after);
}

void tst_ReplyRules::templateNoRecursion()
{
    // What a request sends is inserted as it is, never read as a template.
    const RuleRequest request = makeRequest("PUT", "/%7B%7Bmethod%7D%7D", "q=%7B%7Bpath%7D%7D",
                                            {QStringLiteral("X-T: {{query}}")}, "{{method}} {{headers.X-T}}");
    RuleCaptures captures;
    captures.params = {{QStringLiteral("id"), QStringLiteral("{{method}}")}};
    captures.rest = QStringLiteral("{{rest}}");
    QStringList unknown;
    QCOMPARE(
        Servery::renderTemplate(QStringLiteral("{{body}}|{{path}}|{{query.q}}|{{headers.X-T}}|{{params.id}}|{{rest}}"),
                                request, captures, &unknown),
        QStringLiteral("{{method}} {{headers.X-T}}|/{{method}}|{{path}}|{{query}}|{{method}}|{{rest}}"));
    QVERIFY(unknown.isEmpty());
}

void tst_ReplyRules::templateLargeNumbers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
    QTest::newRow("integer as 7.0") << QByteArray("7.0") << QStringLiteral("7");
    QTest::newRow("fraction") << QByteArray("2.5") << QStringLiteral("2.5");
    QTest::newRow("tenth") << QByteArray("0.1") << QStringLiteral("0.1");
    QTest::newRow("money") << QByteArray("19.99") << QStringLiteral("19.99");
    QTest::newRow("negative fraction") << QByteArray("-0.3") << QStringLiteral("-0.3");
    QTest::newRow("largest exact integer") << QByteArray("9007199254740991") << QStringLiteral("9007199254740991");
    QTest::newRow("1e20") << QByteArray("1e20") << QStringLiteral("1e+20");
    QTest::newRow("-1e300") << QByteArray("-1e300") << QStringLiteral("-1e+300");
}

void tst_ReplyRules::templateLargeNumbers()
{
    // Numbers of a JSON body as a person reads them, whatever their size
    // (a request body is anyone's: no value may misbehave).
    QFETCH(QByteArray, number);
    QFETCH(QString, text);
    const RuleRequest request = makeRequest("POST", "/", {}, {}, "{\"n\": " + number + "}");
    QCOMPARE(Servery::renderTemplate(QStringLiteral("{{body.n}}"), request, {}), text);
}

// ---- replyFor ------------------------------------------------------------------

void tst_ReplyRules::replyBasics()
{
    ReplyRule rule;
    rule.status = 201;
    rule.headers = pairsOf({QStringLiteral("X-Mock: yes"), QStringLiteral("Cache-Control: no-store")});
    rule.body = QStringLiteral("Created {{method}}");
    rule.delayMs = 750;

    QString problem = QStringLiteral("untouched");
    HttpResponse r = replyFor(rule, 1, makeRequest("POST", "/x"), {}, &problem);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.handler, QStringLiteral("rule"));
    QCOMPARE(r.rule, QStringLiteral("#2"));
    QCOMPARE(r.delayMs, 750);
    QCOMPARE(r.headers.value("X-Mock"), QByteArray("yes"));
    QCOMPARE(r.headers.value("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(r.headers.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(r.headers.size(), 3);
    QCOMPARE(r.contentLength(), 18);
    // Not a template: the braces stay.
    QCOMPARE(readBody(r), QByteArray("Created {{method}}"));
    QCOMPARE(problem, QStringLiteral("untouched"));
    QVERIFY(!r.closeConnection);
}

void tst_ReplyRules::replyLabel_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("label");

    QTest::newRow("first, unnamed") << QString() << 0 << QStringLiteral("#1");
    QTest::newRow("third, unnamed") << QString() << 2 << QStringLiteral("#3");
    QTest::newRow("named") << QStringLiteral("Create user") << 4 << QStringLiteral("Create user");
}

void tst_ReplyRules::replyLabel()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(QString, label);
    ReplyRule rule;
    rule.name = name;
    QCOMPARE(rule.label(index), label);
    QCOMPARE(replyFor(rule, index, makeRequest("GET", "/"), {}).rule, label);
}

void tst_ReplyRules::replyContentType_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("contentType"); // null for none

    QTest::newRow("JSON object") << QStringLiteral("{\"id\": 7}") << QStringList {} << QByteArray("application/json");
    QTest::newRow("JSON array with spaces around")
        << QStringLiteral("\n  [1, 2]\n") << QStringList {} << QByteArray("application/json");
    QTest::newRow("empty JSON object") << QStringLiteral("{}") << QStringList {} << QByteArray("application/json");
    QTest::newRow("broken JSON") << QStringLiteral("{\"id\": 7") << QStringList {}
                                 << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("braces but not JSON") << QStringLiteral("{hello}") << QStringList {}
                                         << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("a JSON string is text")
        << QStringLiteral("\"hi\"") << QStringList {} << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("text") << QStringLiteral("Hello") << QStringList {} << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("HTML is text without a type")
        << QStringLiteral("<p>hi</p>") << QStringList {} << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("empty body, no type") << QString() << QStringList {} << QByteArray();
    QTest::newRow("the rule's own type wins")
        << QStringLiteral("{\"id\": 7}") << QStringList {QStringLiteral("Content-Type: text/html")}
        << QByteArray("text/html");
    QTest::newRow("the rule's own type in lower case wins")
        << QStringLiteral("hello") << QStringList {QStringLiteral("content-type: application/xml")}
        << QByteArray("application/xml");
    QTest::newRow("the rule's own type with an empty body")
        << QString() << QStringList {QStringLiteral("Content-Type: application/json")}
        << QByteArray("application/json");
}

void tst_ReplyRules::replyContentType()
{
    QFETCH(QString, body);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, contentType);
    ReplyRule rule;
    rule.body = body;
    rule.headers = pairsOf(headers);
    HttpResponse r = replyFor(rule, 0, makeRequest("GET", "/"), {});
    QCOMPARE(r.headers.value("Content-Type"), contentType);
    QCOMPARE(r.headers.count("Content-Type"), contentType.isNull() ? 0 : 1);
    QCOMPARE(readBody(r), body.toUtf8());
    if (body.isEmpty())
        QVERIFY(!r.body);
}

void tst_ReplyRules::replyHeaderTemplates()
{
    ReplyRule rule;
    rule.headers
        = pairsOf({QStringLiteral("X-Echo: {{headers.x-name}}"), QStringLiteral("Location: {{path}}/{{params.id}}"),
                   QStringLiteral("X-Unknown: [{{nope}}]")});
    const RuleRequest request = makeRequest("GET", "/users/7", {}, {QStringLiteral("X-Name: Ada")});
    RuleCaptures captures;
    captures.params = {{QStringLiteral("id"), QStringLiteral("7")}};

    // Template off: header values as written.
    HttpResponse plain = replyFor(rule, 0, request, captures);
    QCOMPARE(plain.headers.value("X-Echo"), QByteArray("{{headers.x-name}}"));
    QCOMPARE(plain.headers.value("Location"), QByteArray("{{path}}/{{params.id}}"));

    rule.isTemplate = true;
    HttpResponse templated = replyFor(rule, 0, request, captures);
    QCOMPARE(templated.headers.value("X-Echo"), QByteArray("Ada"));
    QCOMPARE(templated.headers.value("Location"), QByteArray("/users/7/7"));
    QCOMPARE(templated.headers.value("X-Unknown"), QByteArray("[]"));
    // The names as the rule spells them, in order.
    QCOMPARE(templated.headers.fields().at(0).name, QByteArray("X-Echo"));
    QCOMPARE(templated.headers.fields().at(1).name, QByteArray("Location"));
    QCOMPARE(templated.headers.fields().at(2).name, QByteArray("X-Unknown"));
}

void tst_ReplyRules::replyHeaderLineBreaksStripped()
{
    // A request cannot split the reply's head through a template.
    ReplyRule rule;
    rule.isTemplate = true;
    rule.headers = pairsOf({QStringLiteral("X-Body: {{body.v}}"), QStringLiteral("X-Query: {{query.q}}")});
    const RuleRequest request
        = makeRequest("POST", "/", "q=a%0D%0AX-Injected:%201", {}, R"({"v": "one\r\nSet-Cookie: x=1\ntwo\rthree"})");
    HttpResponse r = replyFor(rule, 0, request, {});
    QCOMPARE(r.headers.value("X-Body"), QByteArray("oneSet-Cookie: x=1twothree"));
    QCOMPARE(r.headers.value("X-Query"), QByteArray("aX-Injected: 1"));
    QVERIFY(!r.headers.contains("Set-Cookie"));
    // Other control characters go too; a tab is allowed in a field value.
    HttpResponse controls
        = replyFor(rule, 0, makeRequest("POST", "/", {}, {}, R"({"v": "a\u0000b\u0007c\td\u007f"})"), {});
    QCOMPARE(controls.headers.value("X-Body"), QByteArray("abc\td"));
    QVERIFY(!r.headers.contains("X-Injected"));
    for (const HttpHeader &h : r.headers.fields())
        QVERIFY(!h.value.contains('\r') && !h.value.contains('\n'));
}

void tst_ReplyRules::replyBodyTemplate()
{
    ReplyRule rule;
    rule.isTemplate = true;
    rule.body = QStringLiteral("{{body}}");
    // The type is guessed from the rendered body.
    HttpResponse json = replyFor(rule, 0, makeRequest("POST", "/", {}, {}, R"({"a": 1})"), {});
    QCOMPARE(json.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(readBody(json), QByteArray(R"({"a": 1})"));

    // A template that renders nothing: no body, no type.
    HttpResponse empty = replyFor(rule, 0, makeRequest("POST", "/"), {});
    QVERIFY(!empty.body);
    QVERIFY(!empty.headers.contains("Content-Type"));

    rule.body = QStringLiteral("Hello {{query.name}}, you sent {{body.n}} ✓");
    HttpResponse text = replyFor(rule, 0, makeRequest("POST", "/", "name=J%C3%BCrgen", {}, R"({"n": 3})"), {});
    QCOMPARE(text.headers.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(readBody(text), QStringLiteral("Hello Jürgen, you sent 3 ✓").toUtf8());
}

void tst_ReplyRules::replyBodyFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    const QByteArray content = R"({"method": "{{method}}", "id": "{{params.id}}"})";
    QTest::newRow("JSON file") << QStringLiteral("reply.json") << false << QStringList {} << content
                               << QByteArray("application/json");
    QTest::newRow("JSON file as a template")
        << QStringLiteral("reply.json") << true << QStringList {} << QByteArray(R"({"method": "PUT", "id": "9"})")
        << QByteArray("application/json");
    QTest::newRow("text file") << QStringLiteral("reply.txt") << false << QStringList {} << content
                               << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("HTML file") << QStringLiteral("page.html") << false << QStringList {} << content
                               << QByteArray("text/html; charset=utf-8");
    QTest::newRow("the rule's own type wins")
        << QStringLiteral("reply.json") << false << QStringList {QStringLiteral("Content-Type: text/x-custom")}
        << content << QByteArray("text/x-custom");
}

void tst_ReplyRules::replyBodyFile()
{
    QFETCH(QString, fileName);
    QFETCH(bool, isTemplate);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, R"({"method": "{{method}}", "id": "{{params.id}}"})"));

    ReplyRule rule;
    rule.bodyFile = path;
    rule.isTemplate = isTemplate;
    rule.headers = pairsOf(headers);
    rule.status = 203;
    RuleCaptures captures;
    captures.params = {{QStringLiteral("id"), QStringLiteral("9")}};
    QString problem;
    HttpResponse r = replyFor(rule, 0, makeRequest("PUT", "/x/9"), captures, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(r.status, 203);
    QCOMPARE(r.headers.value("Content-Type"), contentType);
    QCOMPARE(r.headers.count("Content-Type"), 1);
    QCOMPARE(r.contentLength(), body.size());
    QCOMPARE(readBody(r), body);

    // The file is read for each answer: an edit shows at once.
    QVERIFY(writeFile(path, "changed"));
    HttpResponse again = replyFor(rule, 0, makeRequest("PUT", "/x/9"), captures);
    QCOMPARE(readBody(again), QByteArray("changed"));
}

void tst_ReplyRules::replyBodyFileFromRulesFile()
{
    // The whole path: a rules file beside its reply, loaded, matched, answered.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("replies")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("replies/user.json")), R"({"id": "{{params.id}}"})"));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("rules.json")),
                  R"([{"method": "GET", "path": "/users/:id", "bodyFile": "replies/user.json", "template": true}])"));
    const RulesParse parsed = readReplyRulesFile(dir.filePath(QStringLiteral("rules.json")));
    QVERIFY2(parsed.problems.isEmpty(), problemsText(parsed).constData());

    const RuleRequest request = makeRequest("GET", "/users/12");
    RuleCaptures captures;
    const int index = firstMatch(parsed.rules, request, false, &captures);
    QCOMPARE(index, 0);
    HttpResponse r = replyFor(parsed.rules.at(index), index, request, captures);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(readBody(r), QByteArray(R"({"id": "12"})"));
}

void tst_ReplyRules::replyBodyFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("gone.json"));
    for (const QString &path : {missing, dir.path()}) {
        ReplyRule rule;
        rule.name = QStringLiteral("User");
        rule.status = 201;
        rule.bodyFile = path;
        rule.delayMs = 10;
        rule.headers = pairsOf({QStringLiteral("X-Mock: yes")});
        QString problem;
        HttpResponse r = replyFor(rule, 0, makeRequest("GET", "/"), {}, &problem);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.handler, QStringLiteral("rule"));
        QCOMPARE(r.rule, QStringLiteral("User"));
        // A missing file cannot be read; a folder is no regular file.
        QVERIFY2(problem.contains(path)
                     && problem.contains(path == missing ? QStringLiteral("cannot be read")
                                                         : QStringLiteral("not a regular file")),
                 qPrintable(problem));
        QCOMPARE(r.headers.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(r.headers.count("Content-Type"), 1);
        // The log learns why; whoever sent the request learns only that the
        // file failed, never where it is.
        QCOMPARE(r.logNote, problem);
        const QByteArray body = readBody(r);
        QCOMPARE(body, QByteArray("The reply rule's file cannot be read.\n"));
        QVERIFY(!body.contains(dir.path().toUtf8()));
    }
}

void tst_ReplyRules::replyBodyFileIsStreamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray bytes(3 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    // Not held whole per request: read from the file as it is sent.
    ReplyRule rule;
    rule.bodyFile = path;
    HttpResponse r = replyFor(rule, 0, makeRequest("GET", "/"), {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body);
    QCOMPARE(r.body->size(), bytes.size());
    QCOMPARE(r.body->inMemoryBytes(), nullptr);
    QCOMPARE(readBody(r), bytes);

    // A template is rendered whole, so it may be 1 MiB at most.
    rule.isTemplate = true;
    QString problem;
    r = replyFor(rule, 0, makeRequest("GET", "/"), {}, &problem);
    QCOMPARE(r.status, 500);
    QVERIFY2(problem.contains(QStringLiteral("larger than 1 MiB")), qPrintable(problem));
}

void tst_ReplyRules::replyBodyFileUnboundedDevice()
{
#ifdef Q_OS_LINUX
    // A device has no size to send and may never end: refused, nothing read.
    ReplyRule rule;
    rule.bodyFile = QStringLiteral("/dev/zero");
    QString problem;
    HttpResponse r = replyFor(rule, 0, makeRequest("GET", "/"), {}, &problem);
    QCOMPARE(r.status, 500);
    QVERIFY2(problem.contains(QStringLiteral("not a regular file")), qPrintable(problem));
#else
    QSKIP("needs /dev/zero");
#endif
}

QTEST_GUILESS_MAIN(tst_ReplyRules)
#include "tst_replyrules.moc"
