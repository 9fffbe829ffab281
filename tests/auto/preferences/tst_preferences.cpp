// Preferences: a round trip through QSettings, the checks the dialog makes,
// the command line winning for its run, and the effect on what a window's
// server really serves.

#include "LogPanel.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "RequestLogModel.h"
#include "ServePanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

int get(const QUrl &url, QByteArray *body = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (body)
        *body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

bool waitForState(MainWindow &w, ServeSession::State state)
{
    QSignalSpy spy(&w.session(), &ServeSession::stateChanged);
    QDeadlineTimer deadline(15000);
    while (w.session().state() != state && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return w.session().state() == state;
}

// Starts `w` on `folder`, this computer only, any free port; the port.
quint16 serve(MainWindow &w, const QString &folder)
{
    w.setFolder(folder);
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.toggleServing();
    return waitForState(w, ServeSession::State::Running) ? w.session().server().port() : 0;
}

} // namespace

class tst_Preferences : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultsMatchTheEngine();
    void roundTrip();
    void outOfRangeValuesAreBroughtIn();
    void problems_data();
    void problems();
    void commandLineWinsForItsRun();
    void dialogChecksBeforeSaving();
    void dialogSaysWhenTheyApply();
    void hiddenFilesPreferenceReachesTheServer();
    void commandLineIndexWinsOverThePreference();
    void logKeepsThePreferredRows();
    void menuOpensTheDialogAndSetsThePort();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_site;
};

void tst_Preferences::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
    const auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_site.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("index.html"), "<h1>index</h1>");
    write(QStringLiteral("home.html"), "<h1>home</h1>");
    write(QStringLiteral(".secret"), "dotfile");
}

void tst_Preferences::init()
{
    QSettings().clear();
}

void tst_Preferences::defaultsMatchTheEngine()
{
    // Nothing saved: a start is what it was before Preferences existed.
    ServerConfig config;
    const ServerConfig engine;
    Preferences::load().applyTo(config, {});
    QCOMPARE(config.mode, engine.mode);
    QCOMPARE(config.indexFileName, engine.indexFileName);
    QCOMPARE(config.listDirectories, engine.listDirectories);
    QCOMPARE(config.showHidden, engine.showHidden);
    QCOMPARE(config.followSymlinks, engine.followSymlinks);
    QCOMPARE(config.workerCount, engine.workerCount);
    QCOMPARE(Preferences::kDefaultLogRows, int(RequestLogModel::kDefaultCapacity));
    QCOMPARE(Preferences::load().captureLimit, Limits::kDefaultCaptureLimit);
}

void tst_Preferences::roundTrip()
{
    Preferences p;
    p.port = 9123;
    p.mode = ServeMode::Share;
    p.indexFileName = QStringLiteral("start.htm");
    p.listDirectories = false;
    p.showHidden = true;
    p.followSymlinks = true;
    p.workers = 3;
    p.logRows = 5000;
    p.captureLimit = 3ll << 20;
    p.save();
    QCOMPARE(Preferences::load(), p);
    QCOMPARE(Preferences::load(), p); // reading changes nothing
    QVERIFY(!(Preferences::load() == Preferences()));
    // The port and the body limit are the window's own boxes' settings.
    QCOMPARE(QSettings().value(QStringLiteral("serve/port")).toInt(), 9123);
    QCOMPARE(QSettings().value(QStringLiteral("catch/captureLimit")).toLongLong(), 3ll << 20);
}

void tst_Preferences::outOfRangeValuesAreBroughtIn()
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/workers"), 1000);
    s.setValue(QStringLiteral("preferences/logRows"), 1);
    s.setValue(QStringLiteral("preferences/indexFileName"), QStringLiteral("../etc/passwd"));
    s.setValue(QStringLiteral("serve/port"), 70000);
    const Preferences p = Preferences::load();
    QCOMPARE(p.workers, Preferences::kMaxWorkers);
    QCOMPARE(p.logRows, Preferences::kMinLogRows);
    QCOMPARE(p.indexFileName, QStringLiteral("index.html"));
    QCOMPARE(p.port, quint16(65535));
    QVERIFY(p.problem().isEmpty());
}

void tst_Preferences::problems_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QStringLiteral("index.html") << 0 << QString();
    QTest::newRow("64 workers") << QStringLiteral("index.html") << 64 << QString();
    QTest::newRow("slash") << QStringLiteral("site/index.html") << 0 << QStringLiteral("without slashes");
    QTest::newRow("backslash") << QStringLiteral("site\\index.html") << 0 << QStringLiteral("without slashes");
    QTest::newRow("dot dot") << QStringLiteral("..") << 0 << QStringLiteral("without slashes");
    QTest::newRow("empty") << QString() << 0 << QStringLiteral("without slashes");
    QTest::newRow("65 workers") << QStringLiteral("index.html") << 65 << QStringLiteral("Worker threads");
    QTest::newRow("negative workers") << QStringLiteral("index.html") << -1 << QStringLiteral("Worker threads");
}

void tst_Preferences::problems()
{
    QFETCH(QString, index);
    QFETCH(int, workers);
    QFETCH(QString, problem);
    Preferences p;
    p.indexFileName = index;
    p.workers = workers;
    if (problem.isEmpty())
        QCOMPARE(p.problem(), QString());
    else
        QVERIFY2(p.problem().contains(problem), qPrintable(p.problem()));
}

void tst_Preferences::commandLineWinsForItsRun()
{
    Preferences p;
    p.mode = ServeMode::Share;
    p.showHidden = true;
    p.workers = 4;
    ServerConfig config;
    config.mode = ServeMode::Preview; // --mode preview
    config.workerCount = 2; // --workers 2
    ServerOptionsGiven given;
    given.mode = true;
    given.workers = true;
    p.applyTo(config, given);
    QCOMPARE(config.mode, ServeMode::Preview);
    QCOMPARE(config.workerCount, 2);
    QCOMPARE(config.showHidden, true); // not on the command line: the preference
}

void tst_Preferences::dialogChecksBeforeSaving()
{
    PreferencesDialog dialog(Preferences(), false, {});
    QSignalSpy saved(&dialog, &PreferencesDialog::saved);
    dialog.show();
    dialog.indexEdit()->setText(QStringLiteral("docs/index.html"));
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(saved.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemText().contains(QStringLiteral("without slashes")));

    dialog.indexEdit()->setText(QStringLiteral("default.htm"));
    dialog.hiddenSwitch()->setChecked(true);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(saved.size(), 1);
    const Preferences p = saved.constFirst().constFirst().value<Preferences>();
    QCOMPARE(p.indexFileName, QStringLiteral("default.htm"));
    QVERIFY(p.showHidden);
    QVERIFY(!dialog.isVisible());

    // Restore defaults puts the built-in values back.
    PreferencesDialog again(p, false, {});
    again.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(again.preferences(), Preferences());
}

void tst_Preferences::dialogSaysWhenTheyApply()
{
    QVERIFY(PreferencesDialog(Preferences(), false, {}).noteText().isEmpty());
    QVERIFY(PreferencesDialog(Preferences(), true, {}).noteText().contains(QStringLiteral("next Start")));
    ServerOptionsGiven given;
    given.showHidden = true;
    QVERIFY(PreferencesDialog(Preferences(), false, given).noteText().contains(QStringLiteral("--hidden")));
}

void tst_Preferences::hiddenFilesPreferenceReachesTheServer()
{
    {
        MainWindow w;
        const quint16 port = serve(w, m_site.path());
        QVERIFY(port);
        QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/.secret").arg(port))), 404);
        w.toggleServing();
        QVERIFY(waitForState(w, ServeSession::State::Stopped));

        // Saved while the window is open: the next Start uses it.
        Preferences p = Preferences::load();
        p.showHidden = true;
        p.save();
        const quint16 again = serve(w, m_site.path());
        QVERIFY(again);
        QByteArray body;
        QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/.secret").arg(again)), &body), 200);
        QCOMPARE(body, QByteArray("dotfile"));
        QVERIFY(w.session().config().showHidden);
    }
}

void tst_Preferences::commandLineIndexWinsOverThePreference()
{
    Preferences p;
    p.indexFileName = QStringLiteral("home.html");
    p.save();
    {
        MainWindow w;
        const quint16 port = serve(w, m_site.path());
        QByteArray body;
        QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), &body), 200);
        QVERIFY2(body.startsWith("<h1>home</h1>"), body.constData());
    }
    WindowOptions options;
    options.server.indexFileName = QStringLiteral("index.html"); // --index index.html
    options.serverGiven.indexFileName = true;
    MainWindow w(options);
    const quint16 port = serve(w, m_site.path());
    QByteArray body;
    QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), &body), 200);
    QVERIFY2(body.startsWith("<h1>index</h1>"), body.constData());
}

void tst_Preferences::logKeepsThePreferredRows()
{
    Preferences p;
    p.logRows = 2500;
    p.save();
    MainWindow w;
    QCOMPARE(w.logPanel()->model()->capacity(), qsizetype(2500));
    p.logRows = 3000;
    p.save();
    QVERIFY(serve(w, m_site.path()));
    QCOMPARE(w.logPanel()->model()->capacity(), qsizetype(3000));
}

void tst_Preferences::menuOpensTheDialogAndSetsThePort()
{
    WindowOptions options;
    options.port = 0; // --port 0, for this run
    MainWindow w(options);
    w.show();
    QVERIFY(!w.preferencesAction()->shortcuts().isEmpty());
    w.preferencesAction()->trigger();
    QPointer<PreferencesDialog> dialog = w.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    Preferences p = dialog->preferences();
    QCOMPARE(p.port, quint16(8080)); // the saved one, not this run's
    p.workers = 2;
    dialog->setPreferences(p);
    dialog->accept();
    QCOMPARE(Preferences::load().workers, 2);
    QCOMPARE(w.servePanel()->port(), quint16(0)); // the command line's, still
    QTRY_VERIFY(!dialog);

    // A new port is the next Start's.
    w.preferencesAction()->trigger();
    dialog = w.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    p.port = 9321;
    dialog->setPreferences(p);
    dialog->accept();
    QCOMPARE(w.servePanel()->port(), quint16(9321));
    QCOMPARE(Preferences::load().port, quint16(9321));
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
