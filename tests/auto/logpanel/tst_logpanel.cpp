// Offscreen tests of the request log panel as a person uses it: the details
// pane's tabs (the request and response bodies in their viewers, loaded only
// when shown; the raw head; the rule that answered), the Copy menu and
// Replay, the filter's tokens typed into its field, selecting several rows
// (Compare, selectedRecords, allRecords), imported records without ids of
// their own, and what the empty table says.

#include "CurlCommand.h"
#include "LogPanel.h"
#include "ReplayDialog.h"
#include "RequestCommands.h"
#include "RequestDetails.h"
#include "RequestFilterModel.h"
#include "RequestLogModel.h"
#include "viewers/BodyViewer.h"
#include "viewers/CompareView.h"
#include "viewers/JsonTreeModel.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Servery;

namespace {

using Ids = QList<quint64>;
using CopyFormat = RequestDetails::CopyFormat;

const QString kOrigin = QStringLiteral("http://127.0.0.1:8080");
const QByteArray kIphoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
                                 "(KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";
const QByteArray kAndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                                  "Chrome/120.0.0.0 Mobile Safari/537.36";

RequestRecord record(quint64 id, QByteArray method, QByteArray target, int status, const char *address = "127.0.0.1")
{
    RequestRecord r;
    r.id = id;
    r.connectionId = id;
    r.requestOnConnection = 1;
    r.startedAtMs = 1'700'000'000'000 + qint64(id) * 1000;
    r.clientAddress = QHostAddress(QString::fromLatin1(address));
    r.clientPort = 50000;
    r.method = std::move(method);
    r.target = std::move(target);
    r.httpVersion = "HTTP/1.1";
    r.status = status;
    r.requestHeaders.append("Host", "127.0.0.1:8080");
    return r;
}

// Five exchanges that the filter tests tell apart.
QList<RequestRecord> sampleLog()
{
    RequestRecord page = record(1, "GET", "/index.html", 200, "192.168.1.23");
    page.requestHeaders.append("User-Agent", kIphoneSafari);
    page.responseHeaders.append("Content-Type", "text/html");
    page.responseHeaders.append("ETag", "\"abc\"");
    page.responseBodyBytes = 5000; // a file, streamed: not kept

    RequestRecord create = record(2, "POST", "/api/users", 201, "10.0.0.5");
    create.requestHeaders.append("User-Agent", kAndroidChrome);
    create.requestHeaders.append("Content-Type", "application/json");
    create.requestHeaders.append("X-GitHub-Event", "push");
    create.requestBody = R"({"name": "Ada", "tags": ["math", "engines"]})";
    create.requestBodySize = create.requestBody.size();
    create.rawHead = "POST /api/users HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                     "X-Odd: \x01\\\r\n\r\n";
    create.rule = QStringLiteral("create");
    create.handler = QStringLiteral("rule");
    create.responseHeaders.append("Content-Type", "application/json");
    create.responseBody = R"({"id": 42})";
    create.responseBodyBytes = create.responseBody.size();

    RequestRecord missing = record(3, "GET", "/api/users/7?full=1", 404, "10.0.0.5");
    missing.requestHeaders.append("User-Agent", kAndroidChrome);
    missing.rule = QStringLiteral("missing-user");
    missing.handler = QStringLiteral("rule");
    missing.responseBody = "user not found";
    missing.responseBodyBytes = missing.responseBody.size();

    RequestRecord broken = record(4, "DELETE", "/apiary", 500);
    broken.responseHeaders.append("X-Trace", "abc");

    RequestRecord upload = record(5, "PUT", "/upload/a%20b.txt", 0, "192.168.1.23");
    upload.requestHeaders.append("User-Agent", "curl/8.5.0");
    upload.error = QStringLiteral("the client went away");

    return {page, create, missing, broken, upload};
}

Ids visibleIds(LogPanel &panel)
{
    Ids ids;
    const QAbstractItemModel *model = panel.visibleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(RequestLogModel::RecordIdRole).value<quint64>();
    return ids;
}

Ids idsOf(const QList<RequestRecord> &records)
{
    Ids ids;
    for (const RequestRecord &r : records)
        ids << r.id;
    return ids;
}

// Selects these rows of the table as a person would with Ctrl+click.
void selectRows(LogPanel &panel, const QList<int> &rows)
{
    QItemSelectionModel *selection = panel.table()->selectionModel();
    selection->clearSelection();
    const QAbstractItemModel *model = panel.visibleModel();
    for (const int row : rows) {
        selection->setCurrentIndex(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

class tst_LogPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestBodyIsATreeLoadedWhenShown();
    void longLogsFilterAfterAPause();
    void detailsEmptyWhenTheirRowLeaves();
    void requestBodyFromASpillFile();
    void partlyKeptBodySaysHowMuch();
    void responseBody();
    void responseBodyNotKept();
    void bodyTabFollowsTheCurrentRow();
    void chosenTabStaysAcrossRecords();
    void rawHeadAsReceived();
    void rawHeadText_data();
    void rawHeadText();
    void ruleThatAnsweredIsShown();
    void overviewKeepsItsSummary();
    void copyMenuPutsCommandsOnTheClipboard();
    void replayOpensADialogOfItsOwn();
    void filterTokens_data();
    void filterTokens();
    void filterTokensCombineWithStatusToggles();
    void filterHelpListsTheTokens();
    void compareTwoSelectedRows();
    void selectedAndAllRecords();
    void importedRecordsWithoutIdsAreSelectable();
    void ruleColumnShowsOnceARuleAnswers();
    void emptyTableSaysWhy();
    void statusClassesWrapBeforeTheFilterShrinks();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LogPanel> m_panel;
};

void tst_LogPanel::initTestCase()
{
    // The panel remembers its columns: in a temporary folder, never the
    // developer's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logpanel"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LogPanel::init()
{
    m_panel = std::make_unique<LogPanel>();
    m_panel->resize(1200, 700);
    m_panel->setOrigin(kOrigin);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_LogPanel::cleanup()
{
    m_panel.reset();
}

void tst_LogPanel::requestBodyIsATreeLoadedWhenShown()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    QVERIFY(details->hasRecord());
    // Not read until its tab is shown.
    QCOMPARE(details->requestBodyViewer()->kind(), BodyViewer::Kind::Empty);

    details->showTab(RequestDetails::RequestBodyTab);
    QCOMPARE(details->tabs()->currentIndex(), int(RequestDetails::RequestBodyTab));
    BodyViewer *viewer = details->requestBodyViewer();
    QCOMPARE(viewer->kind(), BodyViewer::Kind::Json);
    QCOMPARE(viewer->view(), BodyViewer::View::Tree);
    const JsonTreeModel *tree = viewer->jsonModel();
    QVERIFY(tree);
    QCOMPARE(tree->rowCount(), 2);
    QCOMPARE(tree->index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("name"));
    QCOMPARE(tree->index(0, JsonTreeModel::ValueColumn).data().toString().remove(u'"'), QStringLiteral("Ada"));
    QCOMPARE(tree->rowCount(tree->index(1, 0)), 2); // tags: two elements
    QVERIFY(details->requestBodyNote().isEmpty()); // all of it was kept
}

void tst_LogPanel::requestBodyFromASpillFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spilled"));
    QByteArray json = "[";
    for (int i = 0; i < 500; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    json += "]";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    file.close();

    RequestRecord r = record(7, "PUT", "/numbers", 200);
    r.requestHeaders.append("Content-Type", "application/json; charset=utf-8");
    r.requestBodyFile = std::make_shared<const BodyFile>(path, json.size());
    r.requestBodySize = json.size();
    m_panel->appendRecords({r});
    m_panel->table()->selectRow(0);
    m_panel->details()->showTab(RequestDetails::RequestBodyTab);
    BodyViewer *viewer = m_panel->details()->requestBodyViewer();
    QCOMPARE(viewer->kind(), BodyViewer::Kind::Json);
    QCOMPARE(viewer->jsonModel()->rowCount(), 500);
}

void tst_LogPanel::partlyKeptBodySaysHowMuch()
{
    RequestRecord r = record(8, "POST", "/upload", 413);
    r.requestHeaders.append("Content-Type", "text/plain");
    r.requestBody = QByteArray(1024, 'a');
    r.requestBodySize = 5000;
    m_panel->appendRecords({r});
    m_panel->table()->selectRow(0);
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::RequestBodyTab);
    QCOMPARE(details->requestBodyNote(),
             QStringLiteral("%1 of %2 bytes kept.").arg(QLocale().toString(1024), QLocale().toString(5000)));
    QCOMPARE(details->requestBodyViewer()->kind(), BodyViewer::Kind::Text);
    // The overview says it too.
    const QString summary = QStringLiteral("%1, text/plain, the first %2 kept")
                                .arg(RequestLogModel::formatSize(5000), RequestLogModel::formatSize(1024));
    QVERIFY2(details->plainText().contains(summary), qPrintable(details->plainText()));
}

void tst_LogPanel::responseBody()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::ResponseBodyTab);
    BodyViewer *viewer = details->responseBodyViewer();
    QCOMPARE(viewer->kind(), BodyViewer::Kind::Json);
    QCOMPARE(viewer->jsonModel()->rowCount(), 1);
    QCOMPARE(viewer->jsonModel()->index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("id"));
    QVERIFY(details->responseBodyNote().isEmpty());

    // Text without a Content-Type is text.
    m_panel->table()->selectRow(2);
    QCOMPARE(viewer->kind(), BodyViewer::Kind::Text);
    QCOMPARE(viewer->text(), QStringLiteral("user not found"));
}

void tst_LogPanel::responseBodyNotKept()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(0); // a file: 5000 bytes sent, none kept
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::ResponseBodyTab);
    QVERIFY2(details->responseBodyNote().startsWith(QStringLiteral("No response body was kept")),
             qPrintable(details->responseBodyNote()));
    QCOMPARE(details->responseBodyViewer()->kind(), BodyViewer::Kind::Empty);
    QVERIFY(details->responseBodyViewer()->isHidden());

    // No response at all says so instead.
    m_panel->table()->selectRow(4);
    QCOMPARE(details->responseBodyNote(), QStringLiteral("No response was sent."));
    QVERIFY(details->responseBodyViewer()->isHidden());

    // A kept body brings the viewer back.
    m_panel->table()->selectRow(1);
    QVERIFY(details->responseBodyNote().isEmpty());
    QVERIFY(!details->responseBodyViewer()->isHidden());
    QCOMPARE(details->responseBodyViewer()->kind(), BodyViewer::Kind::Json);
}

void tst_LogPanel::bodyTabFollowsTheCurrentRow()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::RequestBodyTab);
    QCOMPARE(details->requestBodyViewer()->kind(), BodyViewer::Kind::Json);
    m_panel->table()->selectRow(0); // a GET: no body
    QCOMPARE(details->requestBodyViewer()->kind(), BodyViewer::Kind::Empty);
    m_panel->table()->selectRow(1);
    QCOMPARE(details->requestBodyViewer()->kind(), BodyViewer::Kind::Json);
}

void tst_LogPanel::chosenTabStaysAcrossRecords()
{
    m_panel->appendRecords(sampleLog());
    RequestDetails *details = m_panel->details();
    QTabWidget *tabs = details->tabs();
    // Nothing selected: only the overview, with its invitation.
    QVERIFY(!details->hasRecord());
    QCOMPARE(tabs->currentIndex(), int(RequestDetails::OverviewTab));
    QVERIFY(!tabs->isTabEnabled(RequestDetails::RequestBodyTab));
    QVERIFY(details->plainText().contains(QStringLiteral("Select a request")));

    m_panel->table()->selectRow(1);
    QVERIFY(tabs->isTabEnabled(RequestDetails::RequestBodyTab));
    tabs->setCurrentIndex(RequestDetails::RawTab); // as a click does
    QVERIFY(details->rawText().startsWith(QStringLiteral("POST /api/users")));
    m_panel->table()->selectionModel()->clear();
    QCOMPARE(tabs->currentIndex(), int(RequestDetails::OverviewTab));
    m_panel->table()->selectRow(1);
    QCOMPARE(tabs->currentIndex(), int(RequestDetails::RawTab));
    QVERIFY(details->rawText().startsWith(QStringLiteral("POST /api/users")));
}

void tst_LogPanel::rawHeadAsReceived()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::RawTab);
    const QStringList lines = details->rawText().split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("POST /api/users HTTP/1.1\\r\\n"));
    QCOMPARE(lines.value(1), QStringLiteral("Host: 127.0.0.1:8080\\r\\n"));
    QCOMPARE(lines.value(3), QStringLiteral("X-Odd: \\x01\\\\\\r\\n"));
    QCOMPARE(lines.value(4), QStringLiteral("\\r\\n"));

    // A request that was not caught whole has no raw head.
    m_panel->table()->selectRow(0);
    QCOMPARE(details->rawText(), QString());
}

void tst_LogPanel::rawHeadText_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("printable-as-is") << QByteArray("GET / HTTP/1.1") << QStringLiteral("GET / HTTP/1.1");
    QTest::newRow("crlf-ends-the-line") << QByteArray("A\r\nB") << QStringLiteral("A\\r\\n\nB");
    QTest::newRow("bare-lf") << QByteArray("A\nB") << QStringLiteral("A\\n\nB");
    QTest::newRow("bare-cr-stays-on-the-line") << QByteArray("A\rB") << QStringLiteral("A\\rB");
    QTest::newRow("tab") << QByteArray("X:\tv") << QStringLiteral("X:\\tv");
    QTest::newRow("backslash-doubled") << QByteArray("a\\r") << QStringLiteral("a\\\\r");
    QTest::newRow("nul-and-del") << QByteArray("a\0b\x7f", 4) << QStringLiteral("a\\x00b\\x7F");
    QTest::newRow("bytes-past-ascii") << QByteArray("caf\xc3\xa9") << QStringLiteral("caf\\xC3\\xA9");
}

void tst_LogPanel::rawHeadText()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, text);
    QCOMPARE(RequestDetails::rawHeadText(head), text);
}

void tst_LogPanel::ruleThatAnsweredIsShown()
{
    m_panel->appendRecords(sampleLog());
    RequestDetails *details = m_panel->details();
    m_panel->table()->selectRow(1);
    QCOMPARE(details->ruleText(), QStringLiteral("Answered by rule: create"));
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("rule"))->isVisible());
    QVERIFY2(details->plainText().contains(QStringLiteral("Rule\ncreate")), qPrintable(details->plainText()));
    // Whatever tab is open.
    details->showTab(RequestDetails::ResponseBodyTab);
    QCOMPARE(details->ruleText(), QStringLiteral("Answered by rule: create"));

    m_panel->table()->selectRow(0);
    QCOMPARE(details->ruleText(), QString());
    QVERIFY(!details->findChild<QLabel *>(QStringLiteral("rule"))->isVisible());
    QVERIFY(!details->plainText().contains(QStringLiteral("create")));
}

void tst_LogPanel::overviewKeepsItsSummary()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(2);
    const QString text = m_panel->details()->plainText();
    QVERIFY2(text.contains(QStringLiteral("GET /api/users/7?full=1 HTTP/1.1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("404 Not Found")));
    QVERIFY(text.contains(QStringLiteral("Query parameters")));
    QVERIFY(text.contains(QStringLiteral("full")));
    QVERIFY(text.contains(QStringLiteral("Request headers")));
    QVERIFY(text.contains(QStringLiteral("Response headers")));
    QVERIFY(text.contains(QStringLiteral("10.0.0.5:50000 (Android Chrome)")));
}

void tst_LogPanel::copyMenuPutsCommandsOnTheClipboard()
{
    const QList<RequestRecord> log = sampleLog();
    m_panel->appendRecords(log);
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    QVERIFY(details->copyButton()->isEnabled());
    QCOMPARE(details->copyButton()->menu()->actions().size(), 4);
    QSignalSpy messages(m_panel.get(), &LogPanel::message);
    QSignalSpy curlCopied(details, &RequestDetails::curlCopied);

    const RequestRecord &r = log[1];
    const struct {
        CopyFormat format;
        QString expected;
        QString message;
    } cases[] = {
        {CopyFormat::Url, kOrigin + QStringLiteral("/api/users"), QStringLiteral("Copied the URL")},
        {CopyFormat::Curl, curlCommand(r, kOrigin), QStringLiteral("Copied a curl command")},
        {CopyFormat::Fetch, fetchCommand(r, kOrigin), QStringLiteral("Copied a fetch() call")},
        {CopyFormat::Httpie, httpieCommand(r, kOrigin), QStringLiteral("Copied an HTTPie command")},
    };
    for (const auto &c : cases) {
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        details->copyAction(c.format)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), c.expected);
        QCOMPARE(messages.takeLast().at(0).toString(), c.message);
    }
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("http ")));
    QCOMPARE(curlCopied.size(), 1);
    QVERIFY(details->curl().startsWith(QStringLiteral("curl ")));
    QVERIFY(details->curl().contains(QStringLiteral("X-GitHub-Event")));
    QVERIFY(details->commandText(CopyFormat::Fetch).contains(QStringLiteral("fetch(")));

    // Nothing to copy without a record.
    m_panel->table()->selectionModel()->clear();
    QVERIFY(!details->hasRecord());
    QVERIFY(!details->copyButton()->isEnabled());
    QVERIFY(details->curl().isEmpty());
}

void tst_LogPanel::replayOpensADialogOfItsOwn()
{
    m_panel->appendRecords(sampleLog());
    m_panel->table()->selectRow(1);
    RequestDetails *details = m_panel->details();
    QVERIFY(details->replayButton()->isEnabled());
    QTest::mouseClick(details->replayButton(), Qt::LeftButton);
    const QList<ReplayDialog *> dialogs = details->findChildren<ReplayDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QPointer<ReplayDialog> dialog = dialogs.constFirst();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->request().method, QByteArray("POST"));
    QCOMPARE(dialog->request().url, kOrigin + QStringLiteral("/api/users"));
    QCOMPARE(dialog->request().body, sampleLog()[1].requestBody);
    // The log stays usable while it is open.
    m_panel->table()->selectRow(2);
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/api/users/7")));
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

void tst_LogPanel::filterTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");

    // 1 GET /index.html 200 iPhone; 2 POST /api/users 201 Android, rule
    // create; 3 GET /api/users/7?full=1 404 Android, rule missing-user;
    // 4 DELETE /apiary 500 from 127.0.0.1; 5 PUT /upload/a%20b.txt, no
    // response, curl.
    QTest::newRow("method") << QStringLiteral("method:POST") << Ids {2};
    QTest::newRow("method-any-case") << QStringLiteral("METHOD:put") << Ids {5};
    QTest::newRow("method-alternatives") << QStringLiteral("method:post,delete") << (Ids {2, 4});
    QTest::newRow("path-glob") << QStringLiteral("path:/api/*") << (Ids {2, 3});
    QTest::newRow("path-folder-without-star") << QStringLiteral("path:/api") << (Ids {2, 3});
    QTest::newRow("path-suffix-glob") << QStringLiteral("path:*.HTML") << Ids {1};
    QTest::newRow("path-with-query") << QStringLiteral("path:/api/*?full=*") << Ids {3};
    QTest::newRow("path-decoded") << QStringLiteral("\"path:/upload/a b.txt\"") << Ids {5};
    QTest::newRow("path-as-sent") << QStringLiteral("path:/upload/a%20b.txt") << Ids {5};
    QTest::newRow("status") << QStringLiteral("status:404") << Ids {3};
    QTest::newRow("status-class") << QStringLiteral("status:4xx") << Ids {3};
    QTest::newRow("status-prefix") << QStringLiteral("status:5") << Ids {4};
    QTest::newRow("status-alternatives") << QStringLiteral("status:2XX,5xx") << (Ids {1, 2, 4});
    QTest::newRow("status-none") << QStringLiteral("status:none") << Ids {5};
    QTest::newRow("device-name") << QStringLiteral("device:iphone") << Ids {1};
    QTest::newRow("device-tool") << QStringLiteral("device:curl") << Ids {5};
    QTest::newRow("device-address") << QStringLiteral("device:10.0.0") << (Ids {2, 3});
    QTest::newRow("client-is-device") << QStringLiteral("client:127.0.0.1") << Ids {4};
    // A whole address is that client, not every address it begins.
    QTest::newRow("device-whole-address") << QStringLiteral("device:192.168.1.2") << Ids {};
    QTest::newRow("device-ipv6-address") << QStringLiteral("device:::ffff:10.0.0.5") << (Ids {2, 3});
    QTest::newRow("rule-name") << QStringLiteral("rule:CREATE") << Ids {2};
    QTest::newRow("rule-substring") << QStringLiteral("rule:user") << Ids {3};
    QTest::newRow("rule-any") << QStringLiteral("rule:*") << (Ids {2, 3});
    QTest::newRow("rule-none") << QStringLiteral("rule:none") << (Ids {1, 4, 5});
    QTest::newRow("header-name") << QStringLiteral("header:x-github") << Ids {2};
    QTest::newRow("header-value") << QStringLiteral("header:text/html") << Ids {1};
    QTest::newRow("header-in-the-response") << QStringLiteral("header:X-Trace") << Ids {4};
    QTest::newRow("header-name-and-value") << QStringLiteral("\"header:x-github-event: push\"") << Ids {2};
    QTest::newRow("header-includes-etag") << QStringLiteral("header:abc") << (Ids {1, 4});
    QTest::newRow("body-request") << QStringLiteral("body:ada") << Ids {2};
    QTest::newRow("body-response") << QStringLiteral("body:\"not found\"") << Ids {3};
    QTest::newRow("body-none") << QStringLiteral("body:zebra") << Ids {};
    QTest::newRow("word-in-a-header-value") << QStringLiteral("push") << Ids {2};
    QTest::newRow("word-in-a-body") << QStringLiteral("ENGINES") << Ids {2};
    QTest::newRow("word-in-the-summary") << QStringLiteral("went") << Ids {5};
    QTest::newRow("word-skips-etag") << QStringLiteral("abc") << Ids {4};
    QTest::newRow("words-all-match") << QStringLiteral("api 404") << Ids {3};
    QTest::newRow("tokens-combine") << QStringLiteral("method:get path:/api/*") << Ids {3};
    QTest::newRow("token-and-word") << QStringLiteral("rule:* android 201") << Ids {2};
    QTest::newRow("token-being-typed-hides-nothing") << QStringLiteral("method:") << (Ids {1, 2, 3, 4, 5});
    QTest::newRow("unknown-key-is-a-word") << QStringLiteral("x-trace:abc") << Ids {};
}

void tst_LogPanel::filterTokens()
{
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    m_panel->appendRecords(sampleLog());
    m_panel->filterEdit()->setText(text);
    QCOMPARE(visibleIds(*m_panel), expected);
    m_panel->filterEdit()->clear();
    QCOMPARE(visibleIds(*m_panel), (Ids {1, 2, 3, 4, 5}));
}

void tst_LogPanel::filterTokensCombineWithStatusToggles()
{
    m_panel->appendRecords(sampleLog());
    m_panel->filterEdit()->setText(QStringLiteral("path:/api*"));
    QCOMPARE(visibleIds(*m_panel), (Ids {2, 3, 4}));
    m_panel->setStatusClasses(RequestFilterModel::ClientError | RequestFilterModel::ServerError);
    QCOMPARE(visibleIds(*m_panel), (Ids {3, 4}));
    m_panel->filterEdit()->clear();
    QCOMPARE(visibleIds(*m_panel), (Ids {3, 4}));
    m_panel->setStatusClasses(RequestFilterModel::AllClasses);
    QCOMPARE(m_panel->visibleModel(), static_cast<QAbstractItemModel *>(m_panel->model()));
}

void tst_LogPanel::filterHelpListsTheTokens()
{
    const QString help = m_panel->filterHelpButton()->toolTip();
    for (const char *token :
         {"method:", "path:", "status:", "4xx", "device:", "rule:", "rule:none", "header:", "body:"})
        QVERIFY2(help.contains(QLatin1StringView(token)), token);
    QVERIFY(m_panel->filterEdit()->placeholderText().contains(QStringLiteral("method:")));
}

void tst_LogPanel::compareTwoSelectedRows()
{
    m_panel->appendRecords(sampleLog());
    QToolButton *compare = m_panel->compareButton();
    QVERIFY(!compare->isEnabled());
    selectRows(*m_panel, {1});
    QVERIFY(!compare->isEnabled());
    selectRows(*m_panel, {1, 2});
    QVERIFY(compare->isEnabled());
    selectRows(*m_panel, {0, 1, 2});
    QVERIFY(!compare->isEnabled());
    selectRows(*m_panel, {2, 1});
    QVERIFY(compare->isEnabled());
    // The details show the current row, the last one clicked.
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("POST /api/users HTTP/1.1")));

    QVERIFY(!m_panel->compareView());
    QTest::mouseClick(compare, Qt::LeftButton);
    CompareView *view = m_panel->compareView();
    QVERIFY(view);
    QVERIFY(view->window()->isVisible());
    QVERIFY(!view->window()->isModal());
    const QString text = view->plainText();
    // In log order: POST /api/users first, GET /api/users/7 second.
    QVERIFY2(text.contains(QStringLiteral("POST /api/users HTTP/1.1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GET /api/users/7?full=1 HTTP/1.1")));
    QVERIFY(text.contains(QStringLiteral("X-GitHub-Event")));
    bool requestLineDiffers = false;
    bool bodyDiffers = false;
    for (const DiffSection &s : view->sections()) {
        if (s.title == QStringLiteral("Request line"))
            requestLineDiffers = s.differs();
        if (s.title == QStringLiteral("Request body"))
            bodyDiffers = s.differs();
    }
    QVERIFY(requestLineDiffers);
    QVERIFY(bodyDiffers);

    // Compare again with another pair: the same window, new records.
    selectRows(*m_panel, {0, 3});
    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(m_panel->compareView(), view);
    QVERIFY(view->plainText().contains(QStringLiteral("DELETE /apiary")));
    QPointer<QWidget> window = view->window();
    window->close();
    QTRY_VERIFY(window.isNull());
    QVERIFY(!m_panel->compareView());
}

void tst_LogPanel::selectedAndAllRecords()
{
    QVERIFY(m_panel->selectedRecords().isEmpty());
    QVERIFY(m_panel->allRecords().isEmpty());
    m_panel->appendRecords(sampleLog());
    QCOMPARE(idsOf(m_panel->allRecords()), (Ids {1, 2, 3, 4, 5}));
    QVERIFY(m_panel->selectedRecords().isEmpty());

    // Selected in any order, returned in log order.
    selectRows(*m_panel, {4, 0, 2});
    QCOMPARE(idsOf(m_panel->selectedRecords()), (Ids {1, 3, 5}));
    // Records come whole.
    selectRows(*m_panel, {1});
    const QList<RequestRecord> one = m_panel->selectedRecords();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].requestBody, sampleLog()[1].requestBody);
    QCOMPARE(one[0].rule, QStringLiteral("create"));

    // Filtered, the selection is of the rows shown; allRecords is still
    // the whole log.
    m_panel->filterEdit()->setText(QStringLiteral("path:/api/*"));
    selectRows(*m_panel, {0, 1});
    QCOMPARE(idsOf(m_panel->selectedRecords()), (Ids {2, 3}));
    QCOMPARE(idsOf(m_panel->allRecords()), (Ids {1, 2, 3, 4, 5}));

    m_panel->clear();
    QVERIFY(m_panel->selectedRecords().isEmpty());
    QVERIFY(m_panel->allRecords().isEmpty());
    QVERIFY(!m_panel->compareButton()->isEnabled());
}

void tst_LogPanel::importedRecordsWithoutIdsAreSelectable()
{
    // A live record, then a HAR import: two without ids, one numbered like
    // the live one.
    m_panel->appendRecords({record(1, "GET", "/live", 200)});
    m_panel->appendRecords({record(0, "GET", "/a", 200), record(0, "POST", "/b", 201), record(1, "GET", "/c", 404)});
    RequestDetails *details = m_panel->details();
    QTableView *table = m_panel->table();

    table->selectRow(1);
    QVERIFY(details->plainText().contains(QStringLiteral("GET /a HTTP/1.1")));
    table->selectRow(2); // the same id (0), another record
    QVERIFY2(details->plainText().contains(QStringLiteral("POST /b HTTP/1.1")), qPrintable(details->plainText()));
    table->selectRow(3); // the live record's id
    QVERIFY(details->plainText().contains(QStringLiteral("GET /c HTTP/1.1")));
    table->selectRow(0);
    QVERIFY(details->plainText().contains(QStringLiteral("GET /live HTTP/1.1")));

    // The current record stays current across filtering.
    table->selectRow(2);
    m_panel->filterEdit()->setText(QStringLiteral("status:2xx"));
    QCOMPARE(m_panel->visibleModel()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY(details->plainText().contains(QStringLiteral("POST /b HTTP/1.1")));
    m_panel->filterEdit()->clear();
    QCOMPARE(table->currentIndex().row(), 2);
    QVERIFY(details->plainText().contains(QStringLiteral("POST /b HTTP/1.1")));

    selectRows(*m_panel, {1, 2});
    const QList<RequestRecord> selected = m_panel->selectedRecords();
    QCOMPARE(selected.size(), 2);
    QCOMPARE(selected[0].target, QByteArray("/a"));
    QCOMPARE(selected[1].target, QByteArray("/b"));
    QVERIFY(m_panel->compareButton()->isEnabled());
    m_panel->compareSelected();
    QVERIFY(m_panel->compareView());
    QVERIFY(m_panel->compareView()->plainText().contains(QStringLiteral("POST /b HTTP/1.1")));
}

void tst_LogPanel::ruleColumnShowsOnceARuleAnswers()
{
    QTableView *table = m_panel->table();
    m_panel->appendRecords({record(1, "GET", "/", 200)});
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
    RequestRecord answered = record(2, "GET", "/api", 200);
    answered.rule = QStringLiteral("hello");
    m_panel->appendRecords({answered});
    QVERIFY(!table->isColumnHidden(RequestLogModel::RuleColumn));
    QCOMPARE(m_panel->model()->index(1, RequestLogModel::RuleColumn).data().toString(), QStringLiteral("hello"));

    // Switching to the filter and back keeps the columns as they were.
    const int timeWidth = table->columnWidth(RequestLogModel::TimeColumn);
    m_panel->filterEdit()->setText(QStringLiteral("api"));
    QCOMPARE(m_panel->visibleModel(), static_cast<QAbstractItemModel *>(m_panel->filterModel()));
    QVERIFY(!table->isColumnHidden(RequestLogModel::RuleColumn));
    QCOMPARE(table->columnWidth(RequestLogModel::TimeColumn), timeWidth);
    m_panel->filterEdit()->clear();
    QCOMPARE(table->columnWidth(RequestLogModel::TimeColumn), timeWidth);

    m_panel->clear();
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
}

void tst_LogPanel::emptyTableSaysWhy()
{
    QVERIFY(m_panel->placeholderText().startsWith(QStringLiteral("No requests yet")));
    m_panel->setCatchMode(true);
    QVERIFY(m_panel->isCatchMode());
    QCOMPARE(m_panel->placeholderText(),
             QStringLiteral(
                 "Waiting for requests. Send anything to the address above: every method on every path is caught."));
    m_panel->appendRecords(sampleLog());
    QCOMPARE(m_panel->placeholderText(), QString());
    QCOMPARE(m_panel->visibleModel()->rowCount(), 5); // catching hides nothing
    m_panel->filterEdit()->setText(QStringLiteral("method:PATCH"));
    QCOMPARE(m_panel->placeholderText(), QStringLiteral("No request matches the filter."));
    m_panel->filterEdit()->clear();
    QCOMPARE(m_panel->placeholderText(), QString());
    m_panel->clear();
    QVERIFY(m_panel->placeholderText().startsWith(QStringLiteral("Waiting for requests.")));
    m_panel->setCatchMode(false);
    QVERIFY(m_panel->placeholderText().startsWith(QStringLiteral("No requests yet")));
}

void tst_LogPanel::longLogsFilterAfterAPause()
{
    QList<RequestRecord> many;
    for (quint64 i = 1; i <= 6000; ++i)
        many.append(record(i, "GET", i == 4242 ? QByteArray("/needle") : QByteArray("/hay"), 200));
    m_panel->appendRecords(many);
    QCOMPARE(m_panel->model()->rowCount(), 6000);
    QTest::keyClicks(m_panel->filterEdit(), QStringLiteral("needle"));
    // Not one pass per keystroke over a long log: the filter waits.
    QCOMPARE(m_panel->visibleModel()->rowCount(), 6000);
    QTRY_COMPARE(m_panel->visibleModel()->rowCount(), 1);
}

void tst_LogPanel::detailsEmptyWhenTheirRowLeaves()
{
    m_panel->model()->setCapacity(3);
    m_panel->appendRecords({record(1, "GET", "/p1", 200), record(2, "GET", "/p2", 200), record(3, "GET", "/p3", 200)});
    m_panel->table()->selectRow(0);
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/p1")));
    // The cap pushes /p1 out: the pane does not slide to /p2.
    m_panel->appendRecords({record(4, "GET", "/p4", 200)});
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(!m_panel->details()->hasRecord());

    // The same through the filter.
    m_panel->filterEdit()->setText(QStringLiteral("method:GET"));
    QCOMPARE(m_panel->visibleModel(), static_cast<QAbstractItemModel *>(m_panel->filterModel()));
    m_panel->table()->selectRow(0);
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/p2")));
    m_panel->appendRecords({record(5, "GET", "/p5", 200)});
    QVERIFY(!m_panel->details()->hasRecord());
    // A row that stays keeps its details.
    m_panel->table()->selectRow(2);
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/p5")));
    m_panel->appendRecords({record(6, "GET", "/p6", 200)});
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/p5")));
}

void tst_LogPanel::statusClassesWrapBeforeTheFilterShrinks()
{
    QLineEdit *filter = m_panel->filterEdit();
    QToolButton *failed = nullptr;
    for (QToolButton *b : m_panel->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Failed"))
            failed = b;
    }
    QVERIFY(failed);
    const int comfortable = filter->fontMetrics().averageCharWidth() * 40;
    // Wide: one row, the filter comfortable.
    m_panel->resize(1400, 700);
    const auto below = [&] {
        return failed->mapTo(m_panel.get(), QPoint(0, 0)).y()
            >= filter->mapTo(m_panel.get(), QPoint(0, 0)).y() + filter->height();
    };
    QTRY_VERIFY(!below());
    QVERIFY(filter->width() >= comfortable);
    // Narrow (a large scale factor): the status classes go below, the
    // filter keeps a width to type in.
    m_panel->resize(640, 700);
    QTRY_VERIFY(below());
    QVERIFY(filter->width() >= filter->fontMetrics().averageCharWidth() * 18);
    // And back.
    m_panel->resize(1400, 700);
    QTRY_VERIFY(!below());
}

QTEST_MAIN(tst_LogPanel)
#include "tst_logpanel.moc"
