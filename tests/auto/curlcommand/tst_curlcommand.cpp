// Tests of curlCommand() ("Copy as cURL"): how arguments are quoted, which
// method option and headers the command carries, and, end to end, that the
// command run by /bin/sh makes curl send a local server the same request:
// method, target, headers and the exact body bytes.

#include "CurlCommand.h"

#include "CapturingServer.h"
#include "RecordFixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

namespace {

bool curlComputes(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
        || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Expect");
}

} // namespace

class tst_CurlCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void layoutOfASimpleGet();
    void argumentsAreSingleQuoted_data();
    void argumentsAreSingleQuoted();
    void methodOption_data();
    void methodOption();
    void headersCurlComputesAreLeftOut();
    void truncatedBodyIsNoted();
    void bodyKeptInAFileIsSent();
    void url_data();
    void url();
    void repeatsTheRequest_data();
    void repeatsTheRequest();
};

void tst_CurlCommand::layoutOfASimpleGet()
{
    const RequestRecord r = makeRecord("GET", "/index.html", {{"Host", "192.168.1.23:8080"}, {"Accept", "*/*"}});
    QCOMPARE(curlCommand(r, QStringLiteral("http://192.168.1.23:8080")),
             QStringLiteral("curl -g 'http://192.168.1.23:8080/index.html' \\\n"
                            "  -H 'Host: 192.168.1.23:8080' \\\n"
                            "  -H 'Accept: */*'"));
}

void tst_CurlCommand::argumentsAreSingleQuoted_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QString>("expectedPart");

    QTest::newRow("single-quote-closes-escapes-reopens")
        << makeRecord("GET", "/", {{"X-Note", "it's"}}) << QStringLiteral(R"(-H 'X-Note: it'\''s')");
    QTest::newRow("double-quote-dollar-backtick-backslash-literal")
        << makeRecord("GET", "/", {{"X-Shell", R"("$HOME" `id` \n $(x))"}})
        << QStringLiteral(R"(-H 'X-Shell: "$HOME" `id` \n $(x)')");
    QTest::newRow("name-with-tchars") << makeRecord("GET", "/", {{"X-A'b$c", "v"}})
                                      << QStringLiteral(R"(-H 'X-A'\''b$c: v')");
    QTest::newRow("empty-value-uses-semicolon")
        << makeRecord("GET", "/", {{"X-Empty", ""}}) << QStringLiteral("-H 'X-Empty;'");
    QTest::newRow("body-with-spaces-quotes-newlines")
        << makeRecord("POST", "/", {{"Content-Type", "text/plain"}}, "a b\n'c'\n$d")
        << QStringLiteral("--data-raw 'a b\n'\\''c'\\''\n$d'");
    QTest::newRow("target-with-quote-and-dollar")
        << makeRecord("GET", "/a'b?$x=1") << QStringLiteral(R"('http://h:1/a'\''b?$x=1')");
    QTest::newRow("binary-body-through-printf-octal")
        << makeRecord("PUT", "/", {{"Content-Type", "application/octet-stream"}}, QByteArray("\0%\\'a\xff\r", 7))
        << QStringLiteral(R"(printf '\000\045\134\047a\377\015' | curl -g -X 'PUT')");
    QTest::newRow("crlf-text-body-through-printf")
        << makeRecord("POST", "/", {{"Content-Type", "text/plain"}}, "a\r\nb")
        << QStringLiteral(R"(printf 'a\015\012b' | curl)");
    QTest::newRow("non-utf8-header-through-printf")
        << makeRecord("GET", "/", {{"X-Latin", "caf\xe9"}}) << QStringLiteral(R"x(-H "$(printf 'X-Latin: caf\351')")x");
}

void tst_CurlCommand::argumentsAreSingleQuoted()
{
    QFETCH(RequestRecord, record);
    QFETCH(QString, expectedPart);
    const QString command = curlCommand(record, QStringLiteral("http://h:1"));
    QVERIFY2(command.contains(expectedPart), qPrintable(command));
}

void tst_CurlCommand::methodOption_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QString>("option"); // empty: neither -X nor --head

    QTest::newRow("get-implied") << makeRecord("GET", "/") << QString();
    QTest::newRow("unreadable-method-as-get") << makeRecord("", "/") << QString();
    QTest::newRow("post-with-body-implied") << makeRecord("POST", "/", {}, "x") << QString();
    QTest::newRow("post-without-body-explicit") << makeRecord("POST", "/") << QStringLiteral("-X 'POST'");
    QTest::newRow("get-with-body-explicit") << makeRecord("GET", "/", {}, "x") << QStringLiteral("-X 'GET'");
    QTest::newRow("head-uses-head-option") << makeRecord("HEAD", "/") << QStringLiteral("--head");
    QTest::newRow("put") << makeRecord("PUT", "/", {}, "x") << QStringLiteral("-X 'PUT'");
    QTest::newRow("delete") << makeRecord("DELETE", "/") << QStringLiteral("-X 'DELETE'");
    QTest::newRow("custom-method") << makeRecord("PROPFIND", "/") << QStringLiteral("-X 'PROPFIND'");
}

void tst_CurlCommand::methodOption()
{
    QFETCH(RequestRecord, record);
    QFETCH(QString, option);
    const QString command = curlCommand(record, QStringLiteral("http://h:1"));
    const int options = int(command.count(QStringLiteral(" -X "))) + int(command.count(QStringLiteral(" --head")));
    QCOMPARE(options, option.isEmpty() ? 0 : 1);
    if (!option.isEmpty())
        QVERIFY2(command.contains(u' ' + option + u' '), qPrintable(command));
}

void tst_CurlCommand::headersCurlComputesAreLeftOut()
{
    const RequestRecord r = makeRecord("POST", "/",
                                       {{"Host", "h"},
                                        {"content-length", "3"},
                                        {"Transfer-Encoding", "chunked"},
                                        {"Connection", "keep-alive"},
                                        {"EXPECT", "100-continue"},
                                        {"Content-Type", "text/plain"},
                                        {"X-Kept", "1"}},
                                       "abc");
    const QString command = curlCommand(r, QStringLiteral("http://h:1"));
    QCOMPARE(command.count(QStringLiteral("-H ")), 3);
    QVERIFY(command.contains(QStringLiteral("-H 'Host: h'")));
    QVERIFY(command.contains(QStringLiteral("-H 'Content-Type: text/plain'")));
    QVERIFY(command.contains(QStringLiteral("-H 'X-Kept: 1'")));

    // Without a Content-Type, curl's form type is suppressed, not invented.
    const RequestRecord untyped = makeRecord("POST", "/", {}, "abc");
    QVERIFY(curlCommand(untyped, QStringLiteral("http://h:1")).contains(QStringLiteral("-H 'Content-Type:'")));
}

void tst_CurlCommand::bodyKeptInAFileIsSent()
{
    // A large caught body waits in a spill file, not in requestBody.
    const RequestRecord r
        = withBodyInFile(makeRecord("POST", "/hook", {{"Content-Type", "application/json"}}, "{\"from\": \"a file\"}"));
    const QString command = curlCommand(r, QStringLiteral("http://h:1"));
    QVERIFY2(command.endsWith(QStringLiteral("--data-raw '{\"from\": \"a file\"}'")), qPrintable(command));
}

void tst_CurlCommand::truncatedBodyIsNoted()
{
    RequestRecord r = makeRecord("POST", "/up", {{"Content-Type", "text/plain"}}, "abc");
    QVERIFY(!curlCommand(r, QStringLiteral("http://h:1")).contains(u'#'));

    r.requestBodySize = 1'048'576;
    const QStringList lines = curlCommand(r, QStringLiteral("http://h:1")).split(u'\n');
    QCOMPARE(lines.last(), QStringLiteral("# body truncated: 3 of 1048576 bytes included"));
    QVERIFY(lines.at(lines.size() - 2).endsWith(QStringLiteral("--data-raw 'abc'")));
}

void tst_CurlCommand::url_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("expectedStart");

    QTest::newRow("origin-plus-target") << QByteArrayLiteral("/a/b?c=d") << QStringLiteral("http://10.0.0.5:8080")
                                        << QStringLiteral("curl -g 'http://10.0.0.5:8080/a/b?c=d'");
    QTest::newRow("origin-trailing-slash-not-doubled")
        << QByteArrayLiteral("/p") << QStringLiteral("http://h:1/") << QStringLiteral("curl -g 'http://h:1/p'");
    QTest::newRow("absolute-form-goes-to-this-server")
        << QByteArrayLiteral("http://example.test/x?y") << QStringLiteral("http://h:1")
        << QStringLiteral("curl -g 'http://h:1/x?y'");
    QTest::newRow("absolute-form-https-any-case-without-path")
        << QByteArrayLiteral("HTTPS://example.test") << QStringLiteral("http://h:1")
        << QStringLiteral("curl -g 'http://h:1/'");
    QTest::newRow("dot-segments-kept") << QByteArrayLiteral("/a/../b/./c") << QStringLiteral("http://h:1")
                                       << QStringLiteral("curl -g --path-as-is 'http://h:1/a/../b/./c'");
    QTest::newRow("trailing-dot-dot-kept") << QByteArrayLiteral("/a/..?q") << QStringLiteral("http://h:1")
                                           << QStringLiteral("curl -g --path-as-is 'http://h:1/a/..?q'");
    QTest::newRow("absolute-form-dot-segments")
        << QByteArrayLiteral("http://e.test/x/../y") << QStringLiteral("http://h:1")
        << QStringLiteral("curl -g --path-as-is 'http://h:1/x/../y'");
    QTest::newRow("dots-inside-names-are-not-segments")
        << QByteArrayLiteral("/a..b/.c/..d?x=/../") << QStringLiteral("http://h:1")
        << QStringLiteral("curl -g 'http://h:1/a..b/.c/..d?x=/../'");
    QTest::newRow("asterisk-form-as-request-target") << QByteArrayLiteral("*") << QStringLiteral("http://h:1")
                                                     << QStringLiteral("curl -g --request-target '*' 'http://h:1/'");
}

void tst_CurlCommand::url()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, origin);
    QFETCH(QString, expectedStart);
    const QString command = curlCommand(makeRecord("GET", target), origin);
    QCOMPARE(command.section(u'\n', 0, 0), expectedStart);
    QVERIFY(!command.contains(u'\n'));
}

void tst_CurlCommand::repeatsTheRequest_data()
{
    QTest::addColumn<RequestRecord>("record");

    const QList<HttpHeader> browser = {{"Host", "192.168.1.23:8080"},
                                       {"User-Agent", "Mozilla/5.0 (X11)"},
                                       {"Accept", "text/html"},
                                       {"Connection", "keep-alive"}};
    QTest::newRow("get-with-headers") << makeRecord("GET", "/docs/a%20b.txt?q=1&r=2", browser);
    QTest::newRow("header-values-with-shell-characters")
        << makeRecord("GET", "/",
                      {{"X-Quote", R"(it's "q" $HOME `id` \ back; $(rm -rf x) & | * ~)"},
                       {"Cookie", "a=1; b='2'"},
                       {"X-Empty", ""},
                       {"X-Dup", "1"},
                       {"X-Dup", "2"}});
    QTest::newRow("post-text-with-quotes-and-newlines")
        << makeRecord("POST", "/submit", {{"Content-Type", "text/plain"}, {"Content-Length", "0"}},
                      "it's \"quoted\" $HOME `id` \\n \\ back\nsecond line\n\tindented\n\n");
    QTest::newRow("put-every-byte-value")
        << makeRecord("PUT", "/upload.bin", {{"Content-Type", "application/octet-stream"}}, everyByteValue());
    QTest::newRow("post-crlf-without-content-type") << makeRecord("POST", "/form", {}, "a=1\r\nb=%41&c=\\");
    QTest::newRow("post-utf8") << makeRecord("POST", "/u", {{"Content-Type", "text/plain; charset=utf-8"}},
                                             "gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80");
    QTest::newRow("post-empty-body-with-content-length")
        << makeRecord("POST", "/ping", {{"Content-Type", "text/plain"}, {"Content-Length", "0"}});
    QTest::newRow("get-with-json-body") << makeRecord("GET", "/search", {{"Content-Type", "application/json"}},
                                                      R"({"q": "it's"})");
    QTest::newRow("delete-without-body") << makeRecord("DELETE", "/items/7");
    // curl must send the text, not read the file it names.
    QTest::newRow("body-naming-a-local-file")
        << makeRecord("POST", "/hook", {{"Content-Type", "text/plain"}}, "@/etc/hostname");
    QTest::newRow("head") << makeRecord("HEAD", "/big.iso", {{"Accept", "*/*"}});
    QTest::newRow("dot-segments-and-brackets") << makeRecord("GET", "/a/../b/./c?x=[1]&y={2}");
    QTest::newRow("options-asterisk") << makeRecord("OPTIONS", "*");
    QTest::newRow("non-utf8-header-value") << makeRecord("GET", "/", {{"X-Latin", "caf\xe9"}});
    RequestRecord cut = makeRecord("POST", "/big", {{"Content-Type", "text/plain"}}, "first part");
    cut.requestBodySize = 70'000;
    QTest::newRow("truncated-body-sends-what-was-recorded") << cut;
    QTest::newRow("chunked-upload-sent-with-length")
        << makeRecord("POST", "/chunked", {{"Content-Type", "text/plain"}, {"Transfer-Encoding", "chunked"}}, "abc");
    RequestRecord http10 = makeRecord("GET", "/old", {{"Host", "h"}});
    http10.httpVersion = "HTTP/1.0";
    QTest::newRow("http-1.0") << http10;
}

void tst_CurlCommand::repeatsTheRequest()
{
    QFETCH(RequestRecord, record);

    CapturingServer server;
    QVERIFY(server.listen());
    const QString command = curlCommand(record, server.origin());

    // A user's ~/.curlrc or proxy settings must not change what curl sends.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "CURL_HOME", "XDG_CONFIG_HOME"})
        env.insert(QString::fromLatin1(name), home.path());
    for (const char *name : {"http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("*"));

    QProcess shell;
    shell.setProcessEnvironment(env);
    QSignalSpy finished(&shell, &QProcess::finished);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    QVERIFY(finished.wait(30'000));
    QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0,
             qPrintable(command + u'\n' + QString::fromLocal8Bit(shell.readAllStandardError())));
    QTRY_COMPARE(server.requests().size(), 1);
    const Received got = server.requests().first();

    QCOMPARE(got.method, record.method);
    QCOMPARE(got.target, record.target);
    QCOMPARE(got.version, record.httpVersion);

    // Every header the command repeats arrives, in order (curl puts Host first).
    QList<HttpHeader> expected;
    QSet<QByteArray> names;
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (!curlComputes(h.name)) {
            expected << h;
            names << h.name.toLower();
        }
    }
    QList<HttpHeader> repeated;
    for (const HttpHeader &h : got.headers) {
        if (names.contains(h.name.toLower()))
            repeated << h;
    }
    QCOMPARE(repeated, expected);

    const bool sendsBody = !record.requestBody.isEmpty() || record.requestHeaders.contains("Content-Length")
        || record.requestHeaders.contains("Transfer-Encoding");
    QVERIFY(got.values("Transfer-Encoding").isEmpty());
    if (sendsBody) {
        QCOMPARE(got.values("Content-Length"), QList<QByteArray> {QByteArray::number(record.requestBody.size())});
        // No form type the client never sent.
        QCOMPARE(got.values("Content-Type"), record.requestHeaders.values("Content-Type"));
    } else {
        QVERIFY(got.values("Content-Length").isEmpty());
    }
    QCOMPARE(got.body, record.requestBody);
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
