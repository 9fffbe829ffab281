// Tests of fetchCommand() and httpieCommand() ("Copy as fetch()", "Copy as
// HTTPie"): the text for typical requests, which headers each leaves out,
// the absolute-form rule, the notes on what cannot be repeated, and, end to
// end, that the fetch() snippet parses in node and, run there, makes a local
// server receive the same request (method, target, headers, exact body),
// and that the HTTPie command, run by /bin/sh with `http` replaced by a
// function that prints its arguments and standard input, hands HTTPie the
// method, URL, header items (read as HTTPie reads them) and exact body.

#include "RequestCommands.h"

#include "CapturingServer.h"
#include "RecordFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

namespace {

const QString kOrigin = QStringLiteral("http://h:1");

const QByteArray kJsonBody = "{\"msg\": \"it's \\\"quoted\\\"\",\n \"text\": \"line one\nline two\\ttab \\\\ back\","
                             "\n \"utf8\": \"gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80 \xe2\x80\xa8\"}\n";

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.closeWriteChannel();
    Run r;
    r.finished = finished.wait(30'000);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString nodePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// HTTPie's own reading of a request item (httpie/cli/argtypes.py,
// KeyValueArgType): a backslash before a separator character or a backslash
// is that character; the item splits at the first separator, the longest of
// those starting there.
struct Item {
    QByteArray key, separator, value;
    bool valid = false;
};

Item parseHttpieItem(QByteArrayView arg)
{
    static const QByteArray specials = "\\:;=@";
    struct Token {
        bool escaped;
        QByteArray text;
    };
    QList<Token> tokens {{false, {}}};
    for (qsizetype i = 0; i < arg.size(); ++i) {
        if (arg[i] != '\\') {
            tokens.last().text += arg[i];
            continue;
        }
        const char next = i + 1 < arg.size() ? arg[++i] : '\0';
        if (next != '\0' && specials.contains(next)) {
            tokens << Token {true, QByteArray(1, next)} << Token {false, {}};
        } else {
            tokens.last().text += '\\';
            if (next != '\0')
                tokens.last().text += next;
        }
    }
    static const QList<QByteArray> separators = {":", ";", "=", "@", "==", ":=", "=@", ":@", ":=@"}; // by length
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].escaped)
            continue;
        QMap<qsizetype, QByteArray> found;
        for (const QByteArray &sep : separators) {
            const qsizetype pos = tokens[i].text.indexOf(sep);
            if (pos >= 0)
                found[pos] = sep;
        }
        if (found.isEmpty())
            continue;
        Item item;
        const qsizetype pos = found.firstKey();
        item.separator = found.first();
        for (qsizetype j = 0; j < i; ++j)
            item.key += tokens[j].text;
        item.key += tokens[i].text.first(pos);
        item.value = tokens[i].text.sliced(pos + item.separator.size());
        for (qsizetype j = i + 1; j < tokens.size(); ++j)
            item.value += tokens[j].text;
        item.valid = true;
        return item;
    }
    return {};
}

bool computedByClient(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
        || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Expect");
}

// The path and query a repeated request goes to.
QByteArray expectedTarget(const RequestRecord &r)
{
    return repeatUrl(r, QStringLiteral("http://o")).sliced(8);
}

} // namespace

class tst_RequestCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fetchLayoutOfAGetWithQuery();
    void httpieLayoutOfAGetWithQuery();
    void fetchStringsAreJsonStrings();
    void fetchLeavesOutForbiddenHeaders();
    void httpieLeavesOutWhatCurlLeavesOut();
    void httpieQuotesASingleQuote();
    void absoluteFormGoesToThisServer();
    void binaryBodies();
    void truncatedBodyIsNoted();
    void fetchNotesWhatItCannotSend();
    void fetchRunsInNode_data();
    void fetchRunsInNode();
    void httpieArguments_data();
    void httpieArguments();
};

void tst_RequestCommands::fetchLayoutOfAGetWithQuery()
{
    const RequestRecord r = makeRecord("GET", "/search?q=a%20b&lang=de",
                                       {{"Host", "h:1"}, {"Accept", "application/json"}, {"X-Trace", "7"}});
    QCOMPARE(fetchCommand(r, kOrigin),
             QStringLiteral("await fetch(\"http://h:1/search?q=a%20b&lang=de\", {\n"
                            "  method: \"GET\",\n"
                            "  headers: {\n"
                            "    \"Accept\": \"application/json\",\n"
                            "    \"X-Trace\": \"7\"\n"
                            "  }\n"
                            "});\n"
                            "// left out, a browser sets them itself: Host"));
    QCOMPARE(fetchCommand(makeRecord("GET", "/"), kOrigin), QStringLiteral("await fetch(\"http://h:1/\");"));
}

void tst_RequestCommands::httpieLayoutOfAGetWithQuery()
{
    const RequestRecord r = makeRecord("GET", "/search?q=a%20b&lang=de",
                                       {{"Host", "h:1"},
                                        {"Accept", "application/json"},
                                        {"User-Agent", "curl/7.88"},
                                        {"Accept-Encoding", "gzip"},
                                        {"Connection", "close"}});
    QCOMPARE(httpieCommand(r, kOrigin),
             QStringLiteral("http GET 'http://h:1/search?q=a%20b&lang=de' \\\n"
                            "  'Host:h:1' \\\n"
                            "  'Accept:application/json' \\\n"
                            "  'User-Agent:curl/7.88' \\\n"
                            "  'Accept-Encoding:gzip'"));
    // What HTTPie would add and the request lacked is unset.
    QCOMPARE(httpieCommand(makeRecord("GET", "/"), kOrigin),
             QStringLiteral("http GET 'http://h:1/' \\\n  'Accept:' \\\n  'Accept-Encoding:' \\\n  'User-Agent:'"));
}

void tst_RequestCommands::fetchStringsAreJsonStrings()
{
    const RequestRecord r = makeRecord("POST", "/api", {{"Content-Type", "application/json"}}, kJsonBody);
    const QString code = fetchCommand(r, kOrigin);
    const QStringList lines = code.split(u'\n');
    const auto body = std::find_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.startsWith(QStringLiteral("  body: ")); });
    QVERIFY2(body != lines.end(), qPrintable(code));
    // The literal is one line, and JSON reads it back as the body's text.
    const QString literal = body->mid(8);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + literal.toUtf8() + "]"), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(literal));
    QCOMPARE(doc.array().at(0).toString(), QString::fromUtf8(kJsonBody));
    QVERIFY(literal.contains(QStringLiteral("\\u2028"))); // a line break to old JavaScript
    QVERIFY(literal.contains(QStringLiteral("\\\\\\\"quoted\\\\\\\"")));
    QVERIFY(literal.contains(QString::fromUtf8("gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80")));

    // Header values are byte strings: one \u00XX per byte past ASCII.
    const RequestRecord latin = makeRecord("GET", "/", {{"X-Name", "gr\xc3\xbc\xc3\x9f caf\xe9 \"q\""}});
    const QString expected = QStringLiteral("\"X-Name\": \"gr\\u00c3\\u00bc\\u00c3\\u009f caf\\u00e9 \\\"q\\\"\"");
    QVERIFY2(fetchCommand(latin, kOrigin).contains(expected), qPrintable(fetchCommand(latin, kOrigin)));
}

void tst_RequestCommands::fetchLeavesOutForbiddenHeaders()
{
    const RequestRecord r = makeRecord("POST", "/f",
                                       {{"Host", "h:1"},
                                        {"Content-Length", "2"},
                                        {"Connection", "keep-alive"},
                                        {"cookie", "a=1"},
                                        {"Accept-Encoding", "gzip"},
                                        {"Origin", "http://evil.test"},
                                        {"Referer", "http://h:1/"},
                                        {"Sec-Fetch-Mode", "cors"},
                                        {"Proxy-Authorization", "Basic x"},
                                        {"X-HTTP-Method-Override", "trace"},
                                        {"X-Method-Override", "PATCH"},
                                        {"User-Agent", "Mozilla/5.0"},
                                        {"Content-Type", "text/plain"},
                                        {"X-Kept", "1"}},
                                       "hi");
    const QString code = fetchCommand(r, kOrigin);
    QVERIFY2(
        code.endsWith(QStringLiteral("\n// left out, a browser sets them itself: Host, Content-Length, Connection, "
                                     "cookie, Accept-Encoding, Origin, Referer, Sec-Fetch-Mode, "
                                     "Proxy-Authorization, X-HTTP-Method-Override")),
        qPrintable(code));
    const QString headers = code.section(QStringLiteral("headers: {"), 1).section(u'}', 0, 0);
    QCOMPARE(headers.count(u':'), 4);
    // User-Agent is no longer forbidden (Fetch standard); a method override
    // naming an allowed method is kept.
    for (const char *kept : {R"("User-Agent": "Mozilla/5.0")", R"("X-Method-Override": "PATCH")",
                             R"("Content-Type": "text/plain")", R"("X-Kept": "1")"})
        QVERIFY2(headers.contains(QLatin1String(kept)), kept);
}

void tst_RequestCommands::httpieLeavesOutWhatCurlLeavesOut()
{
    const RequestRecord r = makeRecord("POST", "/",
                                       {{"Host", "h"},
                                        {"content-length", "3"},
                                        {"Transfer-Encoding", "chunked"},
                                        {"Connection", "keep-alive"},
                                        {"EXPECT", "100-continue"},
                                        {"Cookie", "a=1"},
                                        {"Content-Type", "text/plain"},
                                        {"Accept", "*/*"},
                                        {"User-Agent", "x"},
                                        {"Accept-Encoding", "br"}},
                                       "abc");
    QCOMPARE(httpieCommand(r, kOrigin),
             QStringLiteral("http --raw 'abc' POST 'http://h:1/' \\\n"
                            "  'Host:h' \\\n"
                            "  'Cookie:a=1' \\\n"
                            "  'Content-Type:text/plain' \\\n"
                            "  'Accept:*/*' \\\n"
                            "  'User-Agent:x' \\\n"
                            "  'Accept-Encoding:br'"));
    // Without a Content-Type, HTTPie's JSON one is unset, not sent.
    QVERIFY(httpieCommand(makeRecord("POST", "/", {}, "abc"), kOrigin).endsWith(QStringLiteral("'Content-Type:'")));
}

void tst_RequestCommands::httpieQuotesASingleQuote()
{
    const RequestRecord r = makeRecord("GET", "/", {{"X-Note", "it's $HOME"}, {"X-Eq", "=1"}, {"X-Empty", ""}});
    const QString command = httpieCommand(r, kOrigin);
    QVERIFY2(command.contains(QStringLiteral(R"('X-Note:it'\''s $HOME')")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral(R"('X-Eq:\=1')")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("'X-Empty;'")), qPrintable(command));
}

void tst_RequestCommands::absoluteFormGoesToThisServer()
{
    const RequestRecord r = makeRecord("GET", "http://example.test:8080/x/y?z=1");
    QCOMPARE(repeatUrl(r, QStringLiteral("http://h:1/")), QByteArrayLiteral("http://h:1/x/y?z=1"));
    QVERIFY(fetchCommand(r, kOrigin).startsWith(QStringLiteral("await fetch(\"http://h:1/x/y?z=1\")")));
    QVERIFY(httpieCommand(r, kOrigin).startsWith(QStringLiteral("http GET 'http://h:1/x/y?z=1'")));
    QCOMPARE(repeatUrl(makeRecord("GET", "HTTPS://example.test"), kOrigin), QByteArrayLiteral("http://h:1/"));
    QCOMPARE(repeatUrl(makeRecord("GET", "https://e.test?q"), kOrigin), QByteArrayLiteral("http://h:1/?q"));

    // A target no URL can carry goes to "/", and both say so.
    const RequestRecord star = makeRecord("OPTIONS", "*");
    const QString note = QStringLiteral("the request target was *, which no URL can carry: this goes to \"/\"");
    QVERIFY(fetchCommand(star, kOrigin).endsWith(QStringLiteral("// ") + note));
    QVERIFY(httpieCommand(star, kOrigin).endsWith(QStringLiteral("# ") + note));
    // Dot segments: HTTPie keeps them when told; fetch() cannot.
    const RequestRecord dots = makeRecord("GET", "/a/../b");
    QVERIFY(httpieCommand(dots, kOrigin).startsWith(QStringLiteral("http --path-as-is GET 'http://h:1/a/../b'")));
    QVERIFY(fetchCommand(dots, kOrigin).contains(QStringLiteral("// the URL parser removes")));
}

void tst_RequestCommands::binaryBodies()
{
    const RequestRecord r
        = makeRecord("PUT", "/b", {{"Content-Type", "application/octet-stream"}}, QByteArray("\0\x01\xff'%\\", 6));
    QCOMPARE(fetchCommand(r, kOrigin).section(QStringLiteral("body: "), 1),
             QStringLiteral("new Uint8Array([\n    0, 1, 255, 39, 37, 92\n  ])\n});"));
    QVERIFY(httpieCommand(r, kOrigin).startsWith(QStringLiteral(R"(printf '\000\001\377\047\045\134' | http PUT)")));

    // Past 64 KiB a binary body goes in part, with a note.
    QByteArray big(100'000, '\x80');
    const RequestRecord large = makeRecord("POST", "/b", {{"Content-Type", "application/octet-stream"}}, big);
    QVERIFY(
        fetchCommand(large, kOrigin).endsWith(QStringLiteral("\n// body truncated: 65536 of 100000 bytes included")));
    QVERIFY(
        httpieCommand(large, kOrigin).endsWith(QStringLiteral("\n# body truncated: 65536 of 100000 bytes included")));
}

void tst_RequestCommands::truncatedBodyIsNoted()
{
    RequestRecord r = makeRecord("POST", "/up", {{"Content-Type", "text/plain"}}, "abc");
    QVERIFY(!fetchCommand(r, kOrigin).contains(QStringLiteral("\n//")));
    QVERIFY(!httpieCommand(r, kOrigin).contains(u'#'));

    r.requestBodySize = 1'048'576;
    QVERIFY(fetchCommand(r, kOrigin)
                .endsWith(QStringLiteral("  body: \"abc\"\n});\n"
                                         "// body truncated: 3 of 1048576 bytes included")));
    QVERIFY(httpieCommand(r, kOrigin)
                .endsWith(QStringLiteral("'Content-Type:text/plain' \\\n"
                                         "  'Accept:' \\\n  'Accept-Encoding:' \\\n"
                                         "  'User-Agent:'\n"
                                         "# body truncated: 3 of 1048576 bytes included")));

    // A body kept in a file is read from there; a text body is cut on a
    // character boundary past the text limit.
    QByteArray text = QByteArray("\xe2\x82\xac").repeated(kCommandTextBodyBytes / 3 + 10); // euro signs
    RequestRecord file = withBodyInFile(makeRecord("POST", "/t", {{"Content-Type", "text/plain"}}, text));
    QVERIFY(file.requestBody.isEmpty());
    const QString code = fetchCommand(file, kOrigin);
    const qint64 included = kCommandTextBodyBytes - kCommandTextBodyBytes % 3;
    QVERIFY2(code.endsWith(QStringLiteral("// body truncated: %1 of %2 bytes included").arg(included).arg(text.size())),
             qPrintable(code.right(200)));
    QCOMPARE(code.count(QChar(0x20ac)), included / 3);
}

void tst_RequestCommands::fetchNotesWhatItCannotSend()
{
    const QString get = fetchCommand(makeRecord("GET", "/s", {{"Content-Type", "text/plain"}}, "abcd"), kOrigin);
    QVERIFY(!get.contains(QStringLiteral("body:")));
    QVERIFY(get.endsWith(
        QStringLiteral("// fetch() cannot send a body with GET: the 4 bytes of the request body are left out")));
    QVERIFY(fetchCommand(makeRecord("TRACE", "/"), kOrigin)
                .endsWith(QStringLiteral("// fetch() refuses the method TRACE: this call throws a TypeError")));
    // No Content-Type: a string would make fetch() add text/plain.
    QVERIFY(fetchCommand(makeRecord("POST", "/", {}, "a=1"), kOrigin)
                .contains(QStringLiteral("body: new TextEncoder().encode(\"a=1\")")));
    // A framed empty body stays framed, without a Content-Type.
    QVERIFY(fetchCommand(makeRecord("PATCH", "/", {{"Content-Length", "0"}}), kOrigin)
                .contains(QStringLiteral("body: new Uint8Array(0)")));
}

void tst_RequestCommands::fetchRunsInNode_data()
{
    QTest::addColumn<RequestRecord>("record");

    const QList<HttpHeader> browser = {{"Host", "192.168.1.23:8080"},
                                       {"User-Agent", "Mozilla/5.0 (X11)"},
                                       {"Accept", "text/html"},
                                       {"Accept-Encoding", "gzip"},
                                       {"Cookie", "a=1"},
                                       {"Connection", "keep-alive"}};
    QTest::newRow("get-with-query-and-browser-headers") << makeRecord("GET", "/docs/a%20b.txt?q=1&r=[2]", browser);
    QTest::newRow("post-json-quotes-newlines-unicode")
        << makeRecord("POST", "/api", {{"Content-Type", "application/json; charset=utf-8"}}, kJsonBody);
    QTest::newRow("post-crlf-text-without-content-type") << makeRecord("POST", "/form", {}, "a=1\r\nb=%41&c=\\\x01");
    QTest::newRow("put-every-byte-value")
        << makeRecord("PUT", "/upload.bin", {{"Content-Type", "application/octet-stream"}}, everyByteValue());
    QTest::newRow("binary-body-from-file")
        << withBodyInFile(makeRecord("POST", "/f", {{"Content-Type", "image/png"}}, everyByteValue().repeated(40)));
    QTest::newRow("header-values-quotes-and-bytes") << makeRecord("DELETE", "/items/7",
                                                                  {{"X-Quote", R"(it's "q" \ back </script> ${x})"},
                                                                   {"X-Utf8", "gr\xc3\xbc\xc3\x9f"},
                                                                   {"X-Latin", "caf\xe9"},
                                                                   {"X-Dup", "1"},
                                                                   {"X-Dup", "2"},
                                                                   {"X-Empty", ""}});
    QTest::newRow("absolute-form") << makeRecord("GET", "http://example.test/abs?x=1", {{"Accept", "*/*"}});
    QTest::newRow("patch-empty-body") << makeRecord("PATCH", "/p", {{"Content-Length", "0"}});
}

void tst_RequestCommands::fetchRunsInNode()
{
    QFETCH(RequestRecord, record);
    const QString node = nodePath();
    if (node.isEmpty())
        QFAIL("node is not installed (scripts/bootstrap installs it)");

    CapturingServer server;
    QVERIFY(server.listen());
    const QString code = fetchCommand(record, server.origin());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile script(dir.filePath(QStringLiteral("replay.mjs"))); // a module: top-level await
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(code.toUtf8());
    script.close();

    const Run check = run(node, {QStringLiteral("--check"), script.fileName()});
    QVERIFY(check.finished);
    QVERIFY2(check.exitCode == 0, qPrintable(code + u'\n' + QString::fromUtf8(check.err)));

    const Run sent = run(node, {script.fileName()});
    QVERIFY(sent.finished);
    QVERIFY2(sent.exitCode == 0, qPrintable(code + u'\n' + QString::fromUtf8(sent.err)));
    QTRY_COMPARE(server.requests().size(), 1);
    const Received got = server.requests().first();

    QCOMPARE(got.method, record.method);
    QCOMPARE(got.target, expectedTarget(record));
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (equalsIgnoringCase(h.name, "Host") || equalsIgnoringCase(h.name, "Cookie")
            || equalsIgnoringCase(h.name, "Connection") || equalsIgnoringCase(h.name, "Accept-Encoding")
            || equalsIgnoringCase(h.name, "Content-Length"))
            continue; // forbidden: the browser's (node's) own
        QCOMPARE(got.values(h.name), QList<QByteArray> {record.requestHeaders.combined(h.name)});
    }
    QCOMPARE(got.body, record.requestBodyBytes());
    if (!record.requestHeaders.contains("Content-Type"))
        QCOMPARE(got.values("Content-Type"), QList<QByteArray> {});
    if (record.requestHeaders.contains("Content-Length"))
        QCOMPARE(got.values("Content-Length"), QList<QByteArray> {"0"});
}

void tst_RequestCommands::httpieArguments_data()
{
    QTest::addColumn<RequestRecord>("record");

    QTest::newRow("get-with-query") << makeRecord("GET", "/s?q=a%20b&x=[1]",
                                                  {{"Host", "h:1"}, {"Accept", "*/*"}, {"Connection", "close"}});
    QTest::newRow("header-values-with-shell-and-httpie-characters")
        << makeRecord("GET", "/",
                      {{"X-Quote", R"(it's "q" $HOME `id` \ back; $(rm -rf x) & | * ~)"},
                       {"X-Separators", "=a:b;c==d:=e@f\\:g\\\\"},
                       {"X-At", "@/etc/passwd"},
                       {"X-Colon-Eq", ":=x"},
                       {"X-Empty", ""},
                       {"X-Dup", "1"},
                       {"X-Dup", "2"},
                       {"User-Agent", "Mozilla/5.0"}});
    QTest::newRow("post-json-quotes-newlines-unicode")
        << makeRecord("POST", "/api", {{"Content-Type", "application/json"}}, kJsonBody);
    QTest::newRow("body-starting-with-a-dash") << makeRecord("PUT", "/d", {{"Content-Type", "text/plain"}}, "--raw x");
    QTest::newRow("crlf-body-through-printf") << makeRecord("POST", "/form", {}, "a=1\r\nb=%41&c=\\");
    QTest::newRow("every-byte-value-through-printf")
        << makeRecord("PUT", "/upload.bin", {{"Content-Type", "application/octet-stream"}}, everyByteValue());
    QTest::newRow("binary-body-from-file")
        << withBodyInFile(makeRecord("POST", "/f", {{"Content-Type", "image/png"}}, everyByteValue().repeated(40)));
    QTest::newRow("long-text-through-printf")
        << makeRecord("POST", "/long", {{"Content-Type", "text/plain"}}, QByteArray("it's ok\n").repeated(10'000));
    QTest::newRow("dot-segments") << makeRecord("GET", "/a/./../b");
    QTest::newRow("absolute-form") << makeRecord("OPTIONS", "https://example.test/abs?x=1");
}

void tst_RequestCommands::httpieArguments()
{
    QFETCH(RequestRecord, record);
    const QString command = httpieCommand(record, kOrigin);

    // `http` prints how many arguments it got, each, then its stdin.
    const QString script = QStringLiteral("http() { printf '%s\\000' \"$#\"; for a in \"$@\"; do printf '%s\\000' "
                                          "\"$a\"; done; cat; }\n")
        + command;
    // From a file: one argument to sh -c may not pass 128 KiB (Linux).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("command.sh")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    const Run shell = run(QStringLiteral("/bin/sh"), {file.fileName()});
    QVERIFY(shell.finished);
    QVERIFY2(shell.exitCode == 0, qPrintable(command + u'\n' + QString::fromLocal8Bit(shell.err)));

    QByteArray out = shell.out;
    const auto field = [&out] {
        const qsizetype nul = out.indexOf('\0');
        const QByteArray f = out.first(nul);
        out.remove(0, nul + 1);
        return f;
    };
    const int count = field().toInt();
    QList<QByteArray> args;
    for (int i = 0; i < count; ++i)
        args << field();
    const QByteArray stdinBytes = out;

    bool pathAsIs = false;
    QByteArray raw;
    bool hasRaw = false;
    while (!args.isEmpty() && args.first().startsWith("--")) {
        const QByteArray option = args.takeFirst();
        if (option == "--path-as-is") {
            pathAsIs = true;
        } else if (option == "--raw") {
            QVERIFY(!args.isEmpty());
            raw = args.takeFirst();
            hasRaw = true;
        } else if (option.startsWith("--raw=")) {
            raw = option.sliced(6);
            hasRaw = true;
        } else {
            QFAIL(option.constData());
        }
    }
    QVERIFY(args.size() >= 2);
    QCOMPARE(args.takeFirst(), record.method);
    QCOMPARE(args.takeFirst(), repeatUrl(record, kOrigin));
    QCOMPARE(pathAsIs, record.target.contains("/."));

    QList<HttpHeader> headers;
    QList<QByteArray> unset;
    for (const QByteArray &arg : std::as_const(args)) {
        const Item item = parseHttpieItem(arg);
        QVERIFY2(item.valid && (item.separator == ":" || item.separator == ";"), arg.constData());
        if (item.separator == ":" && item.value.isEmpty())
            unset << item.key;
        else
            headers << HttpHeader {item.key, item.value};
    }
    QList<HttpHeader> expected;
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (!computedByClient(h.name))
            expected << h;
    }
    QCOMPARE(headers, expected);
    const QByteArray body = record.requestBodyBytes();
    QList<QByteArray> expectedUnset;
    for (const char *name : {"Accept", "Accept-Encoding", "User-Agent", "Content-Type"}) {
        if (!record.requestHeaders.contains(name) && (qstrcmp(name, "Content-Type") != 0 || !body.isEmpty()))
            expectedUnset << name;
    }
    QCOMPARE(unset, expectedUnset);

    // The body reaches HTTPie whole, one way or the other, never both.
    QCOMPARE(hasRaw ? raw : stdinBytes, body);
    if (hasRaw)
        QVERIFY(stdinBytes.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequestCommands)
#include "tst_requestcommands.moc"
