// Tests of the replay: ReplayRequest::fromRecord (what a logged request
// becomes), ReplayClient against a second server on loopback that records
// exactly what arrives (method, target, headers, body bytes; edited
// requests; the answer's status, headers, body, elapsed time; a body past
// the limit; redirects; refused connections, a server that never answers,
// requests that cannot be sent), and ReplayDialog (filled from a record,
// edited, sent with its button, sent again, failures in plain words).

#include "Replay.h"
#include "ReplayDialog.h"

#include "CapturingServer.h"
#include "RecordFixtures.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

QByteArray binaryBody(qsizetype size)
{
    QByteArray out(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 7 + i / 256) & 0xff);
    return out;
}

// The second server a replay goes to answers like an API (201, a header
// twice, a body) unless a test says otherwise, and keeps each connection
// open for the next request, as a client that sends again may reuse it.
const QByteArray kCreated = "HTTP/1.1 201 Created\r\nX-Answer: yes\r\nX-Answer: again\r\nContent-Type: text/plain\r\n"
                            "Content-Length: 4\r\n\r\ndone";
constexpr auto kKeptOpen = CapturingServer::Connections::KeptOpen;

// Sends `request` and waits for finished().
ReplayResult replay(ReplayClient &client, const ReplayRequest &request)
{
    QSignalSpy finished(&client, &ReplayClient::finished);
    client.send(request);
    if (!finished.wait(20'000) || finished.size() != 1)
        return ReplayResult {0, {}, {}, {}, false, 0, QStringLiteral("test: no finished() signal")};
    return finished.first().first().value<ReplayResult>();
}

QByteArray headerValue(const QList<HttpHeader> &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers) {
        if (equalsIgnoringCase(h.name, name))
            return h.value;
    }
    return {};
}

const QList<HttpHeader> kRecordedHeaders
    = {{"Host", "192.168.1.23:8080"},       {"Content-Type", "application/octet-stream"},
       {"Content-Length", "300000"},        {"Connection", "keep-alive"},
       {"Expect", "100-continue"},          {"X-Custom", R"(it's "q" $HOME)"},
       {"Authorization", "Bearer abc.def"}, {"Accept", "*/*"}};

} // namespace

class tst_Replay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromRecordLeavesOutWhatTheClientSets();
    void replaysARecordedPost();
    void editedReplayArrivesAsEdited();
    void longAnswerIsTruncated();
    void redirectIsNotFollowed();
    void refusedConnectionSaysSo();
    void silentServerTimesOut();
    void unsendableRequestsFailInPlainWords_data();
    void unsendableRequestsFailInPlainWords();
    void dialogFillsFromARecord();
    void dialogSendsTheEditedRequest();
    void dialogKeepsAnUneditedBodyExact();
    void dialogShowsFailures();
};

void tst_Replay::fromRecordLeavesOutWhatTheClientSets()
{
    const QByteArray body = binaryBody(300'000);
    const RequestRecord record
        = withBodyInFile(makeRecord("POST", "http://example.test/up/load?x=1", kRecordedHeaders, body));
    const ReplayRequest r = ReplayRequest::fromRecord(record, QStringLiteral("http://10.0.0.5:8080/"));
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    // Absolute-form: only the path and query, to this server.
    QCOMPARE(r.url, QStringLiteral("http://10.0.0.5:8080/up/load?x=1"));
    const QList<HttpHeader> expected
        = {{"Content-Type", "application/octet-stream"}, kRecordedHeaders[5], kRecordedHeaders[6], {"Accept", "*/*"}};
    QCOMPARE(r.headers, expected);
    QCOMPARE(r.body, body); // whole, from the file
    QCOMPARE(ReplayRequest::fromRecord(makeRecord("", "/"), QStringLiteral("http://h")).method,
             QByteArrayLiteral("GET"));
}

void tst_Replay::replaysARecordedPost()
{
    CapturingServer server(kCreated, kKeptOpen);
    QVERIFY(server.listen());
    const QByteArray body = binaryBody(300'000);
    const RequestRecord record
        = withBodyInFile(makeRecord("POST", "/up/load?x=1&y=%2F%20[1]&z=caf%C3%A9", kRecordedHeaders, body));

    ReplayClient client;
    const ReplayResult result = replay(client, ReplayRequest::fromRecord(record, server.origin()));
    QVERIFY2(result.ok(), qPrintable(result.error));

    QCOMPARE(server.requests().size(), 1);
    const Received got = server.requests().first();
    QCOMPARE(got.method, QByteArrayLiteral("POST"));
    QCOMPARE(got.target, QByteArrayLiteral("/up/load?x=1&y=%2F%20[1]&z=caf%C3%A9"));
    for (const char *name : {"Content-Type", "X-Custom", "Authorization", "Accept"})
        QCOMPARE(got.values(name), record.requestHeaders.values(name));
    QCOMPARE(got.values("Host"), QList<QByteArray> {QByteArray("127.0.0.1:" + QByteArray::number(server.port()))});
    QCOMPARE(got.values("Content-Length"), QList<QByteArray> {"300000"});
    QVERIFY(got.values("Expect").isEmpty());
    QVERIFY(got.body == body);

    QCOMPARE(result.status, 201);
    QCOMPARE(result.reason, QByteArrayLiteral("Created"));
    QCOMPARE(headerValue(result.headers, "X-Answer"), QByteArrayLiteral("yes, again"));
    QCOMPARE(headerValue(result.headers, "Content-Type"), QByteArrayLiteral("text/plain"));
    QCOMPARE(result.body, QByteArrayLiteral("done"));
    QVERIFY(!result.truncated);
    QVERIFY(result.elapsedMs >= 0 && result.elapsedMs < 20'000);
}

void tst_Replay::editedReplayArrivesAsEdited()
{
    CapturingServer server(kCreated, kKeptOpen);
    QVERIFY(server.listen());
    const RequestRecord record = makeRecord("PUT", "/items/1", kRecordedHeaders, binaryBody(100));
    ReplayRequest edited = ReplayRequest::fromRecord(record, QStringLiteral("http://192.0.2.1:9"));
    edited.method = "PROPFIND";
    edited.url = server.origin() + QStringLiteral("/other/path?z=9");
    edited.headers[1].value = "changed";
    edited.headers.removeAt(2); // Authorization
    edited.headers << HttpHeader {"X-Added", "new"} << HttpHeader {"X-Added", "twice"};
    edited.body = "edited body\r\n";

    ReplayClient client;
    const ReplayResult result = replay(client, edited);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(server.requests().size(), 1);
    const Received got = server.requests().first();
    QCOMPARE(got.method, QByteArrayLiteral("PROPFIND"));
    QCOMPARE(got.target, QByteArrayLiteral("/other/path?z=9"));
    QCOMPARE(got.values("X-Custom"), QList<QByteArray> {"changed"});
    QVERIFY(got.values("Authorization").isEmpty());
    QCOMPARE(got.values("X-Added"), QList<QByteArray> {"new, twice"});
    QCOMPARE(got.body, QByteArrayLiteral("edited body\r\n"));

    // Sending again repeats it on the same client.
    const ReplayResult again = replay(client, edited);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().last().body, QByteArrayLiteral("edited body\r\n"));
}

void tst_Replay::longAnswerIsTruncated()
{
    CapturingServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'z'), kKeptOpen);
    QVERIFY(server.listen());
    ReplayClient client;
    QCOMPARE(client.maxBodyBytes(), qint64(16) * 1024 * 1024);
    client.setMaxBodyBytes(10);
    const ReplayResult result = replay(client, ReplayRequest {"GET", server.origin() + QStringLiteral("/big"), {}, {}});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.status, 200);
    QVERIFY(result.truncated);
    QCOMPARE(result.body, QByteArray(10, 'z'));
}

void tst_Replay::redirectIsNotFollowed()
{
    CapturingServer server("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n", kKeptOpen);
    QVERIFY(server.listen());
    ReplayClient client;
    const ReplayResult result = replay(client, ReplayRequest {"GET", server.origin() + QStringLiteral("/r"), {}, {}});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.status, 302);
    QCOMPARE(headerValue(result.headers, "Location"), QByteArrayLiteral("/elsewhere"));
    QCOMPARE(server.requests().size(), 1);
}

void tst_Replay::refusedConnectionSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    ReplayClient client;
    const ReplayResult result
        = replay(client, ReplayRequest {"GET", QStringLiteral("http://127.0.0.1:%1/x").arg(port), {}, {}});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error,
             QStringLiteral("The server refused the connection: nothing is listening at 127.0.0.1:%1.").arg(port));
}

void tst_Replay::silentServerTimesOut()
{
    CapturingServer server(kCreated, kKeptOpen);
    server.setSilent(true);
    QVERIFY(server.listen());
    ReplayClient client;
    QVERIFY(client.timeout() == 30s);
    client.setTimeout(300ms);
    const ReplayResult result
        = replay(client, ReplayRequest {"POST", server.origin() + QStringLiteral("/hang"), {}, "x"});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QStringLiteral("No answer within 300 ms."));
    QVERIFY2(result.elapsedMs >= 300, QByteArray::number(result.elapsedMs).constData());
    QCOMPARE(server.requests().size(), 1); // it did arrive
}

void tst_Replay::unsendableRequestsFailInPlainWords_data()
{
    QTest::addColumn<ReplayRequest>("request");
    QTest::addColumn<QString>("error");

    const QString ok = QStringLiteral("http://127.0.0.1:9/");
    QTest::newRow("no-url") << ReplayRequest {"GET", QStringLiteral("  "), {}, {}}
                            << QStringLiteral("Type the address to send the request to.");
    QTest::newRow("ftp") << ReplayRequest {"GET", QStringLiteral("ftp://h/x"), {}, {}}
                         << QStringLiteral("Only http:// and https:// addresses can be replayed.");
    QTest::newRow("words") << ReplayRequest {"GET", QStringLiteral("not a url"), {}, {}}
                           << QStringLiteral("Only http:// and https:// addresses can be replayed.");
    QTest::newRow("no-host") << ReplayRequest {"GET", QStringLiteral("http://"), {}, {}}
                             << QString::fromUtf8("The address \xe2\x80\x9chttp://\xe2\x80\x9d names no host.");
    QTest::newRow("broken") << ReplayRequest {"GET", QStringLiteral("http://[::1/x"), {}, {}}
                            << QString::fromUtf8("\xe2\x80\x9chttp://[::1/x\xe2\x80\x9d is not a web address.");
    QTest::newRow("no-method") << ReplayRequest {"", ok, {}, {}} << QStringLiteral("Choose a method.");
    QTest::newRow("method-with-space")
        << ReplayRequest {"GE T", ok, {}, {}}
        << QString::fromUtf8("The method \xe2\x80\x9cGE T\xe2\x80\x9d is not one word (letters, digits and "
                             "!#$%&'*+-.^_`|~).");
    QTest::newRow("header-injection") << ReplayRequest {"GET", ok, {{"X-A", "1\r\nX-Injected: 2"}}, {}}
                                      << QStringLiteral(
                                             "The value of X-A has a line break, which a header cannot hold.");
    QTest::newRow("bad-header-name") << ReplayRequest {"GET", ok, {{"X A", "1"}}, {}}
                                     << QString::fromUtf8("\xe2\x80\x9cX A\xe2\x80\x9d cannot be a header name.");
}

void tst_Replay::unsendableRequestsFailInPlainWords()
{
    QFETCH(ReplayRequest, request);
    QFETCH(QString, error);
    ReplayClient client;
    QSignalSpy finished(&client, &ReplayClient::finished);
    client.send(request);
    QCOMPARE(finished.size(), 0); // always later, never inside send()
    QVERIFY(finished.wait(5'000));
    const ReplayResult result = finished.first().first().value<ReplayResult>();
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, error);
}

void tst_Replay::dialogFillsFromARecord()
{
    RequestRecord record = makeRecord("PUT", "/files/a.bin", kRecordedHeaders, binaryBody(300));
    record.requestBodySize = 5000; // only the first 300 kept
    record.status = 404;
    record.responseHeaders.append("Content-Type", "text/html");
    record.responseBody = "<h1>Not here</h1>";
    ReplayDialog dialog(record, QStringLiteral("http://10.0.0.5:8080"));

    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("method"))->currentText(), QStringLiteral("PUT"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("url"))->text(),
             QStringLiteral("http://10.0.0.5:8080/files/a.bin"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("headers"));
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("X-Custom"));
    QCOMPARE(table->item(1, 1)->text(), QString::fromUtf8(kRecordedHeaders[5].value));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    QCOMPARE(body->toPlainText(), QStringLiteral("300 bytes (binary)"));
    QVERIFY(body->isReadOnly());
    QVERIFY(dialog.bodyIsBytes());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("replaceBody"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("bodyNote"))->text().contains(QStringLiteral("300 of 5000")));
    QCOMPARE(dialog.request().body, binaryBody(300));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("originalStatus"))
                ->text()
                .startsWith(QStringLiteral("404 Not Found")));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("originalHeaders"))->toPlainText(),
             QStringLiteral("Content-Type: text/html"));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("originalBody"))->toPlainText(),
             QStringLiteral("<h1>Not here</h1>"));
}

void tst_Replay::dialogSendsTheEditedRequest()
{
    CapturingServer server("HTTP/1.1 200 OK\r\nX-Seen: 1\r\nContent-Length: 11\r\n\r\nhello there", kKeptOpen);
    QVERIFY(server.listen());
    const RequestRecord record = makeRecord("POST", "/hook", kRecordedHeaders, binaryBody(64));
    ReplayDialog dialog(record, server.origin());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    dialog.findChild<QComboBox *>(QStringLiteral("method"))->setCurrentText(QStringLiteral("PATCH"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
    url->clear();
    QTest::keyClicks(url, server.origin() + QStringLiteral("/edited?n=2"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("headers"));
    table->item(1, 1)->setText(QStringLiteral("edited value"));
    table->selectRow(2); // Authorization
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeHeader")), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addHeader")), Qt::LeftButton);
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("X-New"));
    table->item(table->rowCount() - 1, 1)->setText(QStringLiteral("yes"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("replaceBody")), Qt::LeftButton);
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    QVERIFY(!body->isReadOnly());
    QTest::keyClicks(body, QStringLiteral("typed {\"a\": 1}"));

    QSignalSpy shown(&dialog, &ReplayDialog::answerShown);
    auto *send = dialog.findChild<QPushButton *>(QStringLiteral("send"));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(shown.wait(20'000));

    QCOMPARE(server.requests().size(), 1);
    const Received got = server.requests().first();
    QCOMPARE(got.method, QByteArrayLiteral("PATCH"));
    QCOMPARE(got.target, QByteArrayLiteral("/edited?n=2"));
    QCOMPARE(got.values("X-Custom"), QList<QByteArray> {"edited value"});
    QVERIFY(got.values("Authorization").isEmpty());
    QCOMPARE(got.values("X-New"), QList<QByteArray> {"yes"});
    QCOMPARE(got.values("Content-Type"), QList<QByteArray> {"application/octet-stream"});
    QCOMPARE(got.body, QByteArrayLiteral("typed {\"a\": 1}"));

    auto *status = dialog.findChild<QLabel *>(QStringLiteral("answerStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("200 OK \u00b7 ")), qPrintable(status->text()));
    QVERIFY(status->text().endsWith(QStringLiteral(" ms")));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("answerHeaders"))
                ->toPlainText()
                .contains(QStringLiteral("X-Seen: 1")));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("answerBody"))->toPlainText(),
             QStringLiteral("hello there"));

    // Send again: a second request, a fresh answer.
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("answerStatus"))->text(), QStringLiteral("Sending\u2026"));
    QVERIFY(shown.wait(20'000));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().last().body, QByteArrayLiteral("typed {\"a\": 1}"));
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("answerBody"))->toPlainText(),
             QStringLiteral("hello there"));
}

void tst_Replay::dialogKeepsAnUneditedBodyExact()
{
    const QByteArray form = "a=1\r\nb=caf\xc3\xa9\r\n";
    ReplayDialog dialog(makeRecord("POST", "/f", {{"Content-Type", "text/plain"}}, form), QStringLiteral("http://h"));
    auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("body"));
    QVERIFY(!dialog.bodyIsBytes());
    QVERIFY(!body->isReadOnly());
    QCOMPARE(body->toPlainText(), QString::fromUtf8("a=1\nb=caf\xc3\xa9\n"));
    QCOMPARE(dialog.request().body, form); // unedited: byte for byte
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("c=3"));
    // Edited: the lines keep the body's CRLF ends.
    QCOMPARE(dialog.request().body, QByteArray("a=1\r\nb=caf\xc3\xa9\r\nc=3"));
}

void tst_Replay::dialogShowsFailures()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    ReplayDialog dialog(makeRecord("GET", "/"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    QSignalSpy shown(&dialog, &ReplayDialog::answerShown);
    dialog.findChild<QPushButton *>(QStringLiteral("send"))->click();
    QVERIFY(shown.wait(20'000));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("answerStatus"))->text(),
             QStringLiteral("The server refused the connection: nothing is listening at 127.0.0.1:%1.").arg(port));

    dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("ftp://x/"));
    dialog.findChild<QPushButton *>(QStringLiteral("send"))->click();
    QVERIFY(shown.wait(5'000));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("answerStatus"))->text(),
             QStringLiteral("Only http:// and https:// addresses can be replayed."));
}

QTEST_MAIN(tst_Replay)
#include "tst_replay.moc"
