// Offscreen tests of the request log rows' context menu: each entry does its
// job on the row it opened on (copies, filters, opens, shows), entries that
// do not apply are disabled, and the menu opens from the mouse, the
// context-menu key and Shift+F10.

#include "CurlCommand.h"
#include "LogPanel.h"
#include "LogTableMenu.h"
#include "RequestDetails.h"
#include "RequestLogModel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

using Ids = QList<quint64>;
using Entry = LogTableMenu::Entry;

const QString kOrigin = QStringLiteral("http://127.0.0.1:8080");

RequestRecord record(quint64 id, QByteArray method, QByteArray target, int status, const char *address)
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

// Rows 0-6; ids 1-7.
QList<RequestRecord> sampleLog()
{
    RequestRecord create = record(2, "POST", "/api/users", 201, "10.0.0.5");
    create.requestHeaders.append("Content-Type", "application/json");
    create.requestBody = R"({"name": "Ada"})";
    create.requestBodySize = create.requestBody.size();
    return {
        record(1, "GET", "/index.html", 200, "192.168.1.23"),
        create,
        record(3, "GET", "/api/users/7?full=1", 404, "10.0.0.5"),
        record(4, "HEAD", "/my%20photos/a.jpg", 200, "192.168.1.2"),
        record(5, "PUT", "/upload/b.txt", 0, "192.168.1.23"),
        record(6, "OPTIONS", "*", 204, "127.0.0.1"),
        record(7, "GET", "/api/users/7/avatar", 200, "10.0.0.50"),
    };
}

Ids visibleIds(LogPanel &panel)
{
    Ids ids;
    const QAbstractItemModel *model = panel.visibleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(RequestLogModel::RecordIdRole).value<quint64>();
    return ids;
}

} // namespace

class tst_LogTableMenu : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyUrlAndCurl();
    void filterByThisRow_data();
    void filterByThisRow();
    void filterEntriesSayWhatTheyFilterBy();
    void openInBrowserOnlyForWhatABrowserRepeats();
    void browserUrl_data();
    void browserUrl();
    void showDetailsSelectsAndShowsTheRow();
    void rowThatLeftIsLeftAlone();
    void noRowDisablesTheRowEntries();
    void opensOnRightClickAtTheRowClicked();
    void opensFromTheKeyboardAtTheCurrentRow();
    void offersTheColumns();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<LogPanel> m_panel;
};

void tst_LogTableMenu::initTestCase()
{
    // Settings go to a temporary folder, never the developer's own.
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logtablemenu"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LogTableMenu::init()
{
    QSettings().clear();
    m_panel = std::make_unique<LogPanel>();
    m_panel->resize(1000, 700);
    m_panel->setOrigin(kOrigin);
    m_panel->appendRecords(sampleLog());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_LogTableMenu::cleanup()
{
    m_panel.reset();
}

void tst_LogTableMenu::copyUrlAndCurl()
{
    LogTableMenu *menu = m_panel->tableMenu();
    QSignalSpy messages(m_panel.get(), &LogPanel::message);
    menu->prepare(1);
    QVERIFY(menu->action(LogTableMenu::CopyUrl)->isEnabled());
    QVERIFY(menu->action(LogTableMenu::CopyCurl)->isEnabled());

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    menu->action(LogTableMenu::CopyUrl)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), kOrigin + QStringLiteral("/api/users"));
    QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Copied the URL"));

    menu->action(LogTableMenu::CopyCurl)->trigger();
    const QString curl = QGuiApplication::clipboard()->text();
    QCOMPARE(curl, curlCommand(sampleLog()[1], kOrigin));
    QVERIFY(curl.contains(QStringLiteral("--data-raw")));
    QCOMPARE(messages.takeLast().at(0).toString(), QStringLiteral("Copied a curl command"));

    // The URL keeps the query and encodes as sent.
    menu->prepare(3);
    menu->action(LogTableMenu::CopyUrl)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), kOrigin + QStringLiteral("/my%20photos/a.jpg"));
}

void tst_LogTableMenu::filterByThisRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("client") << 0 << LogTableMenu::FilterClient << QStringLiteral("device:192.168.1.23") << (Ids {1, 5});
    // 192.168.1.2 is not 192.168.1.23, nor 10.0.0.5 10.0.0.50.
    QTest::newRow("client-whole-address")
        << 3 << LogTableMenu::FilterClient << QStringLiteral("device:192.168.1.2") << Ids {4};
    QTest::newRow("client-not-a-prefix") << 1 << LogTableMenu::FilterClient << QStringLiteral("device:10.0.0.5")
                                         << (Ids {2, 3});
    QTest::newRow("path") << 1 << LogTableMenu::FilterPath << QStringLiteral("path:/api/users") << (Ids {2, 3, 7});
    QTest::newRow("path-without-query") << 2 << LogTableMenu::FilterPath << QStringLiteral("path:/api/users/7")
                                        << (Ids {3, 7});
    QTest::newRow("path-with-a-space") << 3 << LogTableMenu::FilterPath << QStringLiteral("path:\"/my photos/a.jpg\"")
                                       << Ids {4};
    QTest::newRow("status") << 2 << LogTableMenu::FilterStatus << QStringLiteral("status:404") << Ids {3};
    QTest::newRow("status-200") << 0 << LogTableMenu::FilterStatus << QStringLiteral("status:200") << (Ids {1, 4, 7});
    QTest::newRow("no-response") << 4 << LogTableMenu::FilterStatus << QStringLiteral("status:none") << Ids {5};
}

void tst_LogTableMenu::filterByThisRow()
{
    QFETCH(int, row);
    QFETCH(Entry, entry);
    QFETCH(QString, text);
    QFETCH(Ids, expected);
    // A filter typed before is replaced, not added to.
    m_panel->filterEdit()->setText(QStringLiteral("method:PATCH"));
    QCOMPARE(visibleIds(*m_panel), Ids {});
    m_panel->filterEdit()->clear();

    LogTableMenu *menu = m_panel->tableMenu();
    menu->prepare(row);
    QVERIFY(menu->action(entry)->isEnabled());
    menu->action(entry)->trigger();
    QCOMPARE(m_panel->filterEdit()->text(), text);
    QCOMPARE(visibleIds(*m_panel), expected);
    // The row it was chosen on stays selected, in sight.
    const QModelIndex current = m_panel->table()->currentIndex();
    QCOMPARE(current.data(RequestLogModel::RecordIdRole).value<quint64>(), sampleLog()[row].id);
}

void tst_LogTableMenu::filterEntriesSayWhatTheyFilterBy()
{
    LogTableMenu *menu = m_panel->tableMenu();
    menu->prepare(2);
    QVERIFY(menu->action(LogTableMenu::FilterClient)->text().endsWith(QStringLiteral("10.0.0.5")));
    QVERIFY(menu->action(LogTableMenu::FilterPath)->text().endsWith(QStringLiteral("/api/users/7")));
    QVERIFY(menu->action(LogTableMenu::FilterStatus)->text().endsWith(QStringLiteral("404")));
    // "OPTIONS *" has no path to filter by.
    menu->prepare(5);
    QVERIFY(!menu->action(LogTableMenu::FilterPath)->isEnabled());
    QVERIFY(menu->action(LogTableMenu::FilterStatus)->isEnabled());
    QCOMPARE(LogTableMenu::pathTerm(sampleLog()[5]), QString());
}

void tst_LogTableMenu::openInBrowserOnlyForWhatABrowserRepeats()
{
    LogTableMenu *menu = m_panel->tableMenu();
    QAction *open = menu->action(LogTableMenu::OpenInBrowser);
    menu->prepare(0); // GET
    QVERIFY(open->isEnabled());
    menu->prepare(3); // HEAD
    QVERIFY(open->isEnabled());
    menu->prepare(1); // POST
    QVERIFY(!open->isEnabled());
    menu->prepare(4); // PUT
    QVERIFY(!open->isEnabled());
    // Without an address to open it at, nothing to open.
    m_panel->setOrigin(QString());
    menu->prepare(0);
    QVERIFY(!open->isEnabled());
}

void tst_LogTableMenu::browserUrl_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("expected");

    QTest::newRow("get") << QByteArray("GET") << QByteArray("/index.html") << kOrigin
                         << QStringLiteral("http://127.0.0.1:8080/index.html");
    QTest::newRow("query-kept") << QByteArray("GET") << QByteArray("/search?q=a%20b") << kOrigin
                                << QStringLiteral("http://127.0.0.1:8080/search?q=a%20b");
    QTest::newRow("lan-origin") << QByteArray("GET") << QByteArray("/") << QStringLiteral("http://192.168.1.23:8080")
                                << QStringLiteral("http://192.168.1.23:8080/");
    QTest::newRow("head") << QByteArray("HEAD") << QByteArray("/a.jpg") << kOrigin
                          << QStringLiteral("http://127.0.0.1:8080/a.jpg");
    QTest::newRow("post") << QByteArray("POST") << QByteArray("/api") << kOrigin << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QByteArray("/api/1") << kOrigin << QString();
    QTest::newRow("no-method") << QByteArray() << QByteArray() << kOrigin << QString();
    QTest::newRow("asterisk") << QByteArray("GET") << QByteArray("*") << kOrigin << QString();
    QTest::newRow("no-origin") << QByteArray("GET") << QByteArray("/") << QString() << QString();
}

void tst_LogTableMenu::browserUrl()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QString, origin);
    QFETCH(QString, expected);
    RequestRecord r = record(1, method, target, 200, "127.0.0.1");
    const QUrl url = LogTableMenu::browserUrl(r, origin);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void tst_LogTableMenu::showDetailsSelectsAndShowsTheRow()
{
    QSplitter *splitter = m_panel->splitter();
    // Tall, so the details' least is little of it.
    m_panel->resize(1000, 1600);
    QTRY_VERIFY(splitter->height() > 1200);
    // The details squeezed to their least, the raw tab showing.
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total, 0});
    const int squeezed = splitter->sizes().value(1);
    QVERIFY(squeezed < total / 4);
    m_panel->table()->selectRow(0);
    m_panel->details()->showTab(RequestDetails::RawTab);

    LogTableMenu *menu = m_panel->tableMenu();
    menu->prepare(2);
    QVERIFY(menu->action(LogTableMenu::ShowDetails)->isEnabled());
    menu->action(LogTableMenu::ShowDetails)->trigger();
    QCOMPARE(m_panel->table()->currentIndex().row(), 2);
    QCOMPARE(m_panel->table()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_panel->details()->plainText().contains(QStringLiteral("/api/users/7")));
    QCOMPARE(m_panel->details()->tabs()->currentIndex(), int(RequestDetails::OverviewTab));
    QVERIFY(splitter->sizes().value(1) >= total / 4);
}

void tst_LogTableMenu::rowThatLeftIsLeftAlone()
{
    LogTableMenu *menu = m_panel->tableMenu();
    menu->prepare(0);
    QCOMPARE(menu->row(), 0);
    m_panel->clear();
    QCOMPARE(menu->row(), -1);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    menu->action(LogTableMenu::CopyUrl)->trigger();
    menu->action(LogTableMenu::FilterStatus)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(m_panel->filterEdit()->text(), QString());
}

void tst_LogTableMenu::noRowDisablesTheRowEntries()
{
    LogTableMenu *menu = m_panel->tableMenu();
    menu->prepare(-1);
    for (int entry = 0; entry < LogTableMenu::EntryCount; ++entry)
        QVERIFY2(!menu->action(Entry(entry))->isEnabled(), QByteArray::number(entry).constData());
}

void tst_LogTableMenu::opensOnRightClickAtTheRowClicked()
{
    QTableView *table = m_panel->table();
    table->selectRow(0);
    const QPoint pos = table->visualRect(table->model()->index(2, RequestLogModel::PathColumn)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(table->viewport(), &event);
    QMenu *menu = m_panel->tableMenu()->menu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_panel->tableMenu()->row(), 2);
    QCOMPARE(table->currentIndex().row(), 2); // the row clicked is the one selected
    menu->close();
}

void tst_LogTableMenu::opensFromTheKeyboardAtTheCurrentRow()
{
    QTableView *table = m_panel->table();
    QMenu *menu = m_panel->tableMenu()->menu();
    table->selectRow(3);

    QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_panel->tableMenu()->row(), 3);
    menu->close();
    QTRY_VERIFY(!menu->isVisible());

    // The context-menu key, as the platform delivers it.
    table->selectRow(1);
    const QPoint pos = table->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, table->mapToGlobal(pos));
    QCoreApplication::sendEvent(table, &event);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(m_panel->tableMenu()->row(), 1);
    menu->close();
}

void tst_LogTableMenu::offersTheColumns()
{
    QMenu *columns = nullptr;
    for (QAction *action : m_panel->tableMenu()->menu()->actions()) {
        if (action->menu())
            columns = action->menu();
    }
    QVERIFY(columns);
    QCOMPARE(columns->actions().size() >= RequestLogModel::ColumnCount, true);
}

QTEST_MAIN(tst_LogTableMenu)
#include "tst_logtablemenu.moc"
