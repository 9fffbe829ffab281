// The Help menu of the window: About says the version and the Qt it runs
// on, the shortcuts list is read from the window's actions, Documentation
// opens the README online.

#include "AboutDialog.h"
#include "HelpMenu.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class tst_HelpMenu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void helpIsTheLastMenu();
    void aboutSaysVersionQtAndLicense();
    void shortcutsComeFromTheActions();
    void documentationOpensTheReadme();

private:
    QTemporaryDir m_settingsDir;
};

void tst_HelpMenu::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HelpMenu::helpIsTheLastMenu()
{
    MainWindow w;
    const QList<QAction *> menus = w.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constLast()->menu(), w.helpMenu());
    QCOMPARE(w.helpMenu()->title(), QStringLiteral("&Help"));
}

void tst_HelpMenu::aboutSaysVersionQtAndLicense()
{
    MainWindow w;
    w.helpMenu()->aboutAction()->trigger();
    auto *about = w.findChild<AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->text();
    QVERIFY2(text.contains(QStringLiteral(SERVERY_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral("MIT License")));
    QVERIFY(text.contains(AboutDialog::homepage()));
#ifdef NDEBUG
    QVERIFY(text.contains(QStringLiteral("release build")));
#else
    QVERIFY(text.contains(QStringLiteral("debug build")));
#endif
    QVERIFY(AboutDialog::details().startsWith(QStringLiteral("Servery " SERVERY_VERSION "\n")));
    about->close();
}

void tst_HelpMenu::shortcutsComeFromTheActions()
{
    MainWindow w;
    w.helpMenu()->shortcutsAction()->trigger();
    auto *dialog = w.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    const QStringList rows = dialog->rows();
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(QStringLiteral("Log\tFilter\t") + find), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(QStringLiteral("Server\tStart sharing\t")
                          + QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    QVERIFY(rows.contains(QStringLiteral("Server\tPreferences\u2026\t")
                          + w.preferencesAction()->shortcut().toString(QKeySequence::NativeText)));
    dialog->close();
    QTRY_VERIFY(!w.findChild<ShortcutsDialog *>());

    // Never stale: a shortcut changed or added shows the next time.
    w.preferencesAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    auto *extra = new QAction(QStringLiteral("&Something new"), &w);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    w.addAction(extra);
    ShortcutsDialog fresh(&w);
    QVERIFY(fresh.rows().contains(QStringLiteral("Server\tPreferences\u2026\t")
                                  + QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P).toString(QKeySequence::NativeText)));
    QVERIFY(fresh.rows().contains(QStringLiteral("In the window\tSomething new\t")
                                  + QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText)));
}

void tst_HelpMenu::documentationOpensTheReadme()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    MainWindow w;
    w.helpMenu()->documentationAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.constFirst(), QUrl(QStringLiteral("https://github.com/servery/servery#readme")));
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
