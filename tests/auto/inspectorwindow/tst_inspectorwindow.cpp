// Offscreen tests of the window's inspector as a person uses it: "Catch
// requests" from the empty state, reply rules edited in the Rules tab and
// applied to the running server, and the log exported (HAR, CSV, JSON Lines)
// and a HAR imported back.

#include "EmptyState.h"
#include "LogFiles.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "RequestLogModel.h"
#include "RulesPanel.h"
#include "ServePanel.h"
#include "SharePanel.h"

#include "server/log/LogExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
           const QByteArray &contentType = {})
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

bool waitForState(MainWindow &w, ServeSession::State state)
{
    QSignalSpy spy(&w.session(), &ServeSession::stateChanged);
    QDeadlineTimer deadline(15000);
    while (w.session().state() != state && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return w.session().state() == state;
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// The window's own local-only, any-port settings, then the empty state's
// "Catch requests"; true once catching.
bool catchLocally(MainWindow &w)
{
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    QPushButton *button = buttonNamed(w.findChild<EmptyState *>(), QStringLiteral("Catch requests"));
    if (!button || !w.isShowingEmptyState())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return waitForState(w, ServeSession::State::Running);
}

QUrl urlFor(MainWindow &w, const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(w.session().server().port()).arg(path));
}

ReplyRule rule(const QByteArray &method, const QString &path, int status, const QString &body)
{
    ReplyRule r;
    r.method = method;
    r.path = path;
    r.status = status;
    r.body = body;
    return r;
}

// Waits for LogFileActions::done(); its message, or "<timeout>".
QString waitForLogFile(QSignalSpy &spy, bool *ok = nullptr)
{
    if (spy.isEmpty() && !spy.wait(15000))
        return QStringLiteral("<timeout>");
    const QList<QVariant> args = spy.takeFirst();
    if (ok)
        *ok = args.at(1).toBool();
    return args.at(0).toString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_InspectorWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void catchFromTheEmptyState();
    void rulesTabAnswersWhileRunning();
    void rulesAnswerInFrontOfTheFolder();
    void exportAndImport();
    void exportSelectedAndEmpty();
    void exportNamesFollowTheFormat();
    void commandLineCatchAndRules();
    void catchingIsRemembered();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
};

void tst_InspectorWindow::initTestCase()
{
    // Settings go to a temporary folder, never the developer's own.
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_inspectorwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    QFile notes(m_files.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("notes from the folder");
}

void tst_InspectorWindow::init()
{
    QSettings().clear();
}

void tst_InspectorWindow::catchFromTheEmptyState()
{
    MainWindow w;
    w.show();
    QVERIFY(w.isShowingEmptyState());
    QVERIFY(catchLocally(w));
    QVERIFY(w.isCatching());
    QVERIFY(!w.isShowingEmptyState());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Catching requests")));
    QVERIFY(w.session().config().catchAll);
    QVERIFY(w.session().config().rootPath.isEmpty());
    // Webhooks cannot add a key to their address: there is none.
    QVERIFY(w.session().config().accessKey.isEmpty());
    QVERIFY(!w.sharePanel()->currentUrl().contains(QStringLiteral("key=")));
    // Nothing is shared, so there is nothing to upload into.
    QVERIFY(!w.sharePanel()->uploadsSwitch()->isVisible());
    QVERIFY(w.sharePanel()->noKeyWarning()->text().contains(QStringLiteral("send requests here")));

    QNetworkAccessManager nam;
    const QByteArray json = R"({"event":"push","id":7})";
    Reply r = send(nam, "POST", urlFor(w, QStringLiteral("/hooks/github?delivery=1")), json, "application/json");
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains("\"caught\":true"), r.body.constData());
    r = send(nam, "PATCH", urlFor(w, QStringLiteral("/profile")), "name=Ada", "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    r = send(nam, "DELETE", urlFor(w, QStringLiteral("/items/9")));
    QCOMPARE(r.status, 200);

    RequestLogModel *model = w.logPanel()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QList<QByteArray> methods;
    for (int row = 0; row < 3; ++row) {
        const RequestRecord &rec = model->record(row);
        methods.append(rec.method);
        if (rec.method == "POST") {
            QCOMPARE(rec.requestBodyBytes(), json);
            QVERIFY(rec.rawHead.startsWith("POST /hooks/github?delivery=1 HTTP/1.1\r\n"));
            QVERIFY(rec.responseBody.contains("\"caught\":true"));
        }
    }
    std::sort(methods.begin(), methods.end());
    QCOMPARE(methods, (QList<QByteArray> {"DELETE", "PATCH", "POST"}));

    // A folder dropped or chosen is for sharing again.
    w.toggleServing();
    QVERIFY(waitForState(w, ServeSession::State::Stopped));
    w.setCatching(false);
    QVERIFY(!w.isCatching());
    QVERIFY(w.isShowingEmptyState());
    QVERIFY(!w.sharePanel()->uploadsSwitch()->isHidden());
}

void tst_InspectorWindow::rulesTabAnswersWhileRunning()
{
    MainWindow w;
    w.show();
    QVERIFY(catchLocally(w));
    QNetworkAccessManager nam;

    ReplyRule created = rule("POST", QStringLiteral("/api/*"), 201, QStringLiteral(R"({"id": 7})"));
    created.name = QStringLiteral("create");
    created.headers = {{"X-Mock", QStringLiteral("yes")}};
    w.rulesPanel()->setRules({created});
    QVERIFY(w.tabs()->tabText(4).contains(QStringLiteral("(1)")));

    Reply r = send(nam, "POST", urlFor(w, QStringLiteral("/api/orders")), "{}", "application/json");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("X-Mock"), QByteArray("yes"));
    QCOMPARE(r.body, QByteArray(R"({"id": 7})"));
    // No rule for this one: the receipt.
    r = send(nam, "PUT", urlFor(w, QStringLiteral("/other")), "x");
    QCOMPARE(r.status, 200);

    // An edit applies from the next request, without a restart.
    const quint16 port = w.session().server().port();
    w.rulesPanel()->setRules({rule({}, QStringLiteral("/api/*"), 418, QStringLiteral("teapot"))});
    r = send(nam, "POST", urlFor(w, QStringLiteral("/api/orders")), "{}");
    QCOMPARE(r.status, 418);
    QCOMPARE(r.body, QByteArray("teapot"));
    QCOMPARE(w.session().server().port(), port);

    RequestLogModel *model = w.logPanel()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QStringList rules;
    for (int row = 0; row < 3; ++row)
        rules.append(model->record(row).rule);
    rules.sort();
    QCOMPARE(rules, (QStringList {QString(), QStringLiteral("#1"), QStringLiteral("create")}));

    // Kept in the settings for the next window.
    MainWindow again;
    QCOMPARE(again.rulesPanel()->rules().size(), 1);
    QCOMPARE(again.rulesPanel()->rules().constFirst().status, 418);
}

void tst_InspectorWindow::rulesAnswerInFrontOfTheFolder()
{
    MainWindow w;
    w.show();
    w.rulesPanel()->setRules({rule("GET", QStringLiteral("/notes.txt"), 200, QStringLiteral("from a rule"))});
    w.setFolder(m_files.path());
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.toggleServing();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QVERIFY(!w.session().config().catchAll);
    QNetworkAccessManager nam;
    QUrl url = urlFor(w, QStringLiteral("/notes.txt"));
    const Reply r = send(nam, "GET", url);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("from a rule"));
    // Sharing still refuses what it does not do.
    QCOMPARE(send(nam, "DELETE", urlFor(w, QStringLiteral("/notes.txt"))).status, 405);
    w.rulesPanel()->setRules({});
    QCOMPARE(send(nam, "GET", url).body, QByteArray("notes from the folder"));
}

void tst_InspectorWindow::exportAndImport()
{
    MainWindow w;
    w.show();
    QVERIFY(catchLocally(w));
    QNetworkAccessManager nam;
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary += char(i);
    QCOMPARE(send(nam, "PUT", urlFor(w, QStringLiteral("/blob")), binary, "application/octet-stream").status, 200);
    QCOMPARE(send(nam, "POST", urlFor(w, QStringLiteral("/json")), R"({"a":1})", "application/json").status, 200);
    QCOMPARE(send(nam, "GET", urlFor(w, QStringLiteral("/plain?x=1"))).status, 200);
    QTRY_COMPARE(w.logPanel()->model()->rowCount(), 3);

    QTemporaryDir out;
    QSignalSpy done(w.logFiles(), &LogFileActions::done);
    bool ok = false;

    const QString har = out.filePath(QStringLiteral("log.har"));
    w.logFiles()->exportTo(har, false);
    QString message = waitForLogFile(done, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("3 requests")));
    const QJsonObject log = QJsonDocument::fromJson(readAll(har)).object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(QStringLiteral("entries")).toArray().size(), 3);

    const QString csv = out.filePath(QStringLiteral("log.csv"));
    w.logFiles()->exportTo(csv, false);
    message = waitForLogFile(done, &ok);
    QVERIFY2(ok, qPrintable(message));
    const QList<QByteArray> csvLines = readAll(csv).trimmed().split('\n');
    QCOMPARE(csvLines.size(), 4); // a header row and one per request
    QVERIFY(csvLines.constFirst().toLower().contains("method"));

    const QString jsonl = out.filePath(QStringLiteral("log.jsonl"));
    w.logFiles()->exportTo(jsonl, false);
    message = waitForLogFile(done, &ok);
    QVERIFY2(ok, qPrintable(message));
    const QList<QByteArray> lines = readAll(jsonl).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY(QJsonDocument::fromJson(line).isObject());

    // Into another window, as a person looks at yesterday's log.
    MainWindow other;
    QSignalSpy imported(other.logFiles(), &LogFileActions::done);
    other.logFiles()->importFrom(har);
    message = waitForLogFile(imported, &ok);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Imported 3 requests")));
    RequestLogModel *model = other.logPanel()->model();
    QCOMPARE(model->rowCount(), 3);
    bool sawBlob = false;
    for (int row = 0; row < 3; ++row) {
        const RequestRecord &rec = model->record(row);
        if (rec.method == "PUT") {
            sawBlob = true;
            QCOMPARE(rec.requestBodyBytes(), binary);
        }
    }
    QVERIFY(sawBlob);
    QVERIFY(!other.isShowingEmptyState());

    // A file that is not HAR says so, and the log stays as it was.
    const QString bad = out.filePath(QStringLiteral("bad.har"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{not json");
    badFile.close();
    other.logFiles()->importFrom(bad);
    message = waitForLogFile(imported, &ok);
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(QStringLiteral("Could not import")), qPrintable(message));
    QCOMPARE(model->rowCount(), 3);
}

void tst_InspectorWindow::exportSelectedAndEmpty()
{
    MainWindow w;
    w.show();
    QTemporaryDir out;
    QSignalSpy done(w.logFiles(), &LogFileActions::done);
    bool ok = true;
    w.logFiles()->exportTo(out.filePath(QStringLiteral("empty.har")), false);
    QString message = waitForLogFile(done, &ok);
    QVERIFY(!ok);
    QVERIFY(message.contains(QStringLiteral("nothing to export")));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("empty.har"))));

    QVERIFY(catchLocally(w));
    QNetworkAccessManager nam;
    for (const QString &path : {QStringLiteral("/one"), QStringLiteral("/two"), QStringLiteral("/three")})
        QCOMPARE(send(nam, "POST", urlFor(w, path), path.toUtf8()).status, 200);
    QTRY_COMPARE(w.logPanel()->model()->rowCount(), 3);
    w.logPanel()->table()->selectRow(1);
    const QByteArray selectedTarget = w.logPanel()->model()->record(1).target;

    const QString har = out.filePath(QStringLiteral("selected.har"));
    w.logFiles()->exportTo(har, true);
    message = waitForLogFile(done, &ok);
    QVERIFY2(ok, qPrintable(message));
    const HarImport back = readHarFile(har);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.records.size(), 1);
    QCOMPARE(back.records.constFirst().target, selectedTarget);
    QCOMPARE(back.records.constFirst().requestBodyBytes(), selectedTarget);
}

void tst_InspectorWindow::exportNamesFollowTheFormat()
{
    using LogFiles::Format;
    // The dialog suggests "servery-....har"; choosing CSV must write CSV.
    QCOMPARE(LogFiles::forFormat(QStringLiteral("/t/servery-1.har"), Format::Csv), QStringLiteral("/t/servery-1.csv"));
    QCOMPARE(LogFiles::forFormat(QStringLiteral("/t/log.csv"), Format::JsonLines), QStringLiteral("/t/log.jsonl"));
    QCOMPARE(LogFiles::forFormat(QStringLiteral("/t/log.HAR"), Format::Har), QStringLiteral("/t/log.HAR"));
    QCOMPARE(LogFiles::forFormat(QStringLiteral("/t/log"), Format::Har), QStringLiteral("/t/log.har"));
    QCOMPARE(LogFiles::forFormat(QStringLiteral("/t/log.txt"), Format::JsonLines), QStringLiteral("/t/log.txt.jsonl"));
    QCOMPARE(LogFiles::formatForPath(LogFiles::forFormat(QStringLiteral("/t/a.har"), Format::Csv)), Format::Csv);
}

void tst_InspectorWindow::commandLineCatchAndRules()
{
    QTemporaryDir dir;
    const QString rulesPath = dir.filePath(QStringLiteral("rules.json"));
    QFile rules(rulesPath);
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"([{"method": "POST", "path": "/api/*", "status": 201, "body": "{\"id\": 7}"}])");
    rules.close();

    WindowOptions options;
    options.catchRequests = true;
    options.rulesPath = rulesPath;
    options.port = 0;
    options.localOnly = true;
    options.startNow = true;
    options.captureLimit = 2 * 1024 * 1024;
    MainWindow w(options);
    w.show();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QVERIFY(w.isCatching());
    QCOMPARE(w.rulesPanel()->rules().size(), 1);
    QNetworkAccessManager nam;
    const Reply r = send(nam, "POST", urlFor(w, QStringLiteral("/api/x")), "{}");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.body, QByteArray(R"({"id": 7})"));

    // --capture-limit is the window's "Keep bodies up to" for this run.
    QCOMPARE(w.servePanel()->captureLimit(), 2 * 1024 * 1024);
    QCOMPARE(w.session().config().captureLimit, 2 * 1024 * 1024);
    QCOMPARE(send(nam, "PUT", urlFor(w, QStringLiteral("/big")), QByteArray(3 * 1024 * 1024, 'x')).status, 413);
    QCOMPARE(send(nam, "PUT", urlFor(w, QStringLiteral("/fits")), QByteArray(1536 * 1024, 'x')).status, 200);
}

void tst_InspectorWindow::catchingIsRemembered()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(catchLocally(w));
        w.toggleServing();
        QVERIFY(waitForState(w, ServeSession::State::Stopped));
    }
    MainWindow again;
    QVERIFY(again.isCatching());
    QVERIFY(!again.isShowingEmptyState());
    QCOMPARE(again.servePanel()->job(), ServePanel::Job::Catch);
}

QTEST_MAIN(tst_InspectorWindow)
#include "tst_inspectorwindow.moc"
