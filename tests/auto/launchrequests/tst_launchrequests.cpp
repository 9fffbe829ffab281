// A later launch's request, applied to the running window: while stopped it
// sets the folder, job, port and scope and may start; while serving another
// folder it asks first; the window comes to the front.

#include "LaunchRequests.h"
#include "MainWindow.h"
#include "ServePanel.h"

#include "server/route/AccessKey.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

bool waitForState(MainWindow &w, ServeSession::State state)
{
    QSignalSpy spy(&w.session(), &ServeSession::stateChanged);
    QDeadlineTimer deadline(15000);
    while (w.session().state() != state && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return w.session().state() == state;
}

} // namespace

class tst_LaunchRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void stoppedWindowTakesFolderAndStarts();
    void catchSwitchesTheJob();
    void hiddenWindowComesBack();
    void servingAnotherFolderAsksFirst();
    void sameFolderWhileServingAsksNothing();
    void otherOptionsAreNamedNotApplied();

private:
    LaunchRequest shareLocally(const QString &folder) const
    {
        LaunchRequest r;
        r.folder = folder;
        r.start = true;
        r.localOnly = true;
        r.port = 0;
        return r;
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_a;
    QTemporaryDir m_b;
};

void tst_LaunchRequests::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_launchrequests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LaunchRequests::init()
{
    QSettings().clear();
}

void tst_LaunchRequests::stoppedWindowTakesFolderAndStarts()
{
    MainWindow w;
    w.show();
    QVERIFY(w.isShowingEmptyState());
    QSignalSpy applied(w.launchRequests(), &LaunchRequests::applied);
    w.launchRequests()->open(shareLocally(m_a.path()));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(w.servePanel()->folder(), QDir::cleanPath(m_a.path()));
    QVERIFY(!w.isShowingEmptyState());
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.session().config().rootPath, QDir::cleanPath(m_a.path()));
    QCOMPARE(w.session().config().scope, ListenScope::LocalOnly);
    // As --start at launch: for this run, not saved.
    QVERIFY(!QSettings().contains(QStringLiteral("serve/folder")));
}

void tst_LaunchRequests::catchSwitchesTheJob()
{
    MainWindow w;
    w.setFolder(m_a.path());
    LaunchRequest r;
    r.catchRequests = true;
    w.launchRequests()->open(r);
    QVERIFY(w.isCatching());
    QCOMPARE(w.session().state(), ServeSession::State::Stopped);
    // A folder switches back to sharing.
    LaunchRequest share;
    share.folder = m_b.path();
    w.launchRequests()->open(share);
    QVERIFY(!w.isCatching());
    QCOMPARE(w.servePanel()->folder(), QDir::cleanPath(m_b.path()));
}

void tst_LaunchRequests::hiddenWindowComesBack()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.hide(); // closed to the tray
    w.launchRequests()->open({}); // `servery` from the menu
    QVERIFY(w.isVisible());
    QVERIFY(!(w.windowState() & Qt::WindowMinimized));
}

void tst_LaunchRequests::servingAnotherFolderAsksFirst()
{
    WindowOptions options;
    options.server.accessKey = generateAccessKey(); // as the command line does without --no-key
    MainWindow w(options);
    w.show();
    w.launchRequests()->open(shareLocally(m_a.path()));
    QVERIFY(waitForState(w, ServeSession::State::Running));
    const QByteArray firstKey = w.session().accessKey();

    // Kept: nothing changes.
    LaunchRequest other;
    other.folder = m_b.path();
    w.launchRequests()->open(other);
    QPointer<QMessageBox> question = w.launchRequests()->question();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QFileInfo(m_a.path()).fileName()));
    QVERIFY(question->text().contains(QFileInfo(m_b.path()).fileName()));
    QCOMPARE(question->buttons().size(), 2);
    QAbstractButton *keep = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (button->text().contains(QStringLiteral("Keep sharing")))
            keep = button;
    }
    QVERIFY(keep);
    keep->click();
    QTRY_VERIFY(!question);
    QCOMPARE(w.session().state(), ServeSession::State::Running);
    QCOMPARE(w.session().config().rootPath, QDir::cleanPath(m_a.path()));

    // Confirmed: serving restarts on the new folder, in the same scope.
    QSignalSpy applied(w.launchRequests(), &LaunchRequests::applied);
    w.launchRequests()->open(other);
    question = w.launchRequests()->question();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    question->defaultButton()->click();
    QTRY_COMPARE(applied.size(), 1);
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.session().config().rootPath, QDir::cleanPath(m_b.path()));
    QCOMPARE(w.session().config().scope, ListenScope::LocalOnly);
    QCOMPARE(w.servePanel()->folder(), QDir::cleanPath(m_b.path()));
    QVERIFY(w.session().accessKey() != firstKey);
}

void tst_LaunchRequests::sameFolderWhileServingAsksNothing()
{
    MainWindow w;
    w.launchRequests()->open(shareLocally(m_a.path()));
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QSignalSpy applied(w.launchRequests(), &LaunchRequests::applied);
    LaunchRequest same;
    same.folder = m_a.path() + QStringLiteral("/");
    same.start = true;
    w.launchRequests()->open(same);
    QCOMPARE(applied.size(), 1);
    QVERIFY(!w.launchRequests()->question());
    QCOMPARE(w.session().state(), ServeSession::State::Running);
}

void tst_LaunchRequests::otherOptionsAreNamedNotApplied()
{
    MainWindow w;
    LaunchRequest r;
    r.folder = m_a.path();
    r.notApplied = {QStringLiteral("--hidden"), QStringLiteral("--upload")};
    w.launchRequests()->open(r);
    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("--hidden, --upload")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("--new-instance")));
}

QTEST_MAIN(tst_LaunchRequests)
#include "tst_launchrequests.moc"
