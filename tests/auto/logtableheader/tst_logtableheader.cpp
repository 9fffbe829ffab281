// Offscreen tests of the request log's columns: the path column takes the
// spare width while the others keep theirs, columns are hidden and shown
// from the header's menu (never the last one), and widths and hidden
// columns come back in the next panel, from QSettings.

#include "LogPanel.h"
#include "LogTableHeader.h"
#include "RequestLogModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

RequestRecord record(quint64 id, QByteArray target, const QString &rule = {})
{
    RequestRecord r;
    r.id = id;
    r.startedAtMs = 1'700'000'000'000 + qint64(id) * 1000;
    r.clientAddress = QHostAddress::LocalHost;
    r.method = "GET";
    r.target = std::move(target);
    r.httpVersion = "HTTP/1.1";
    r.status = 200;
    r.rule = rule;
    return r;
}

int visibleColumns(const QTableView *table)
{
    int count = 0;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        count += !table->isColumnHidden(column);
    return count;
}

} // namespace

class tst_LogTableHeader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pathTakesTheSpareWidth();
    void resizingAColumnTakesFromThePath();
    void hiddenColumnComesBackHiddenInTheNextPanel();
    void widthsComeBackInTheNextPanel();
    void widthsFollowALargerFont();
    void lastVisibleColumnCannotBeHidden();
    void ruleColumnHiddenByChoiceStaysHidden();
    void headerMenuOpensOnRightClick();
    void resetShowsEveryColumn();

private:
    std::unique_ptr<LogPanel> makePanel(int width = 1000);

    QTemporaryDir m_settingsDir;
};

void tst_LogTableHeader::initTestCase()
{
    // Settings go to a temporary folder, never the developer's own.
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logtableheader"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LogTableHeader::init()
{
    QSettings().clear();
}

std::unique_ptr<LogPanel> tst_LogTableHeader::makePanel(int width)
{
    // Under 1200 wide the details go below the table, which has the whole
    // width.
    auto panel = std::make_unique<LogPanel>();
    panel->resize(width, 600);
    panel->appendRecords({record(1, "/index.html"), record(2, "/api/users")});
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        return nullptr;
    return panel;
}

void tst_LogTableHeader::pathTakesTheSpareWidth()
{
    auto panel = makePanel(800);
    QVERIFY(panel);
    QTableView *table = panel->table();
    QList<int> before;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        before << table->columnWidth(column);
    const int pathBefore = table->columnWidth(RequestLogModel::PathColumn);

    panel->resize(1150, 600);
    QTRY_VERIFY(table->columnWidth(RequestLogModel::PathColumn) >= pathBefore + 300);
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        if (column != RequestLogModel::PathColumn)
            QCOMPARE(table->columnWidth(column), before[column]);
    }
    // The columns fill the table: no gap after the last one.
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->length(), table->viewport()->width());
}

void tst_LogTableHeader::resizingAColumnTakesFromThePath()
{
    auto panel = makePanel();
    QVERIFY(panel);
    QTableView *table = panel->table();
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sectionResizeMode(RequestLogModel::ClientColumn), QHeaderView::Interactive);
    const int path = table->columnWidth(RequestLogModel::PathColumn);
    const int time = table->columnWidth(RequestLogModel::TimeColumn);
    const int client = table->columnWidth(RequestLogModel::ClientColumn);
    header->resizeSection(RequestLogModel::ClientColumn, client + 60);
    QCOMPARE(table->columnWidth(RequestLogModel::ClientColumn), client + 60);
    QTRY_COMPARE(table->columnWidth(RequestLogModel::PathColumn), path - 60);
    QCOMPARE(table->columnWidth(RequestLogModel::TimeColumn), time);
}

void tst_LogTableHeader::hiddenColumnComesBackHiddenInTheNextPanel()
{
    {
        auto panel = makePanel();
        QVERIFY(panel);
        QAction *client = panel->columns()->columnAction(RequestLogModel::ClientColumn);
        panel->columns()->updateMenu();
        QVERIFY(client->isChecked());
        client->trigger();
        QVERIFY(panel->table()->isColumnHidden(RequestLogModel::ClientColumn));
        QVERIFY(!client->isChecked());
        // Switching to the filter and back keeps it hidden.
        panel->filterEdit()->setText(QStringLiteral("api"));
        QVERIFY(panel->table()->isColumnHidden(RequestLogModel::ClientColumn));
        panel->filterEdit()->clear();
        QVERIFY(panel->table()->isColumnHidden(RequestLogModel::ClientColumn));
    }
    QCOMPARE(QSettings().value(LogTableHeader::kHiddenKey).toStringList(), QStringList {QStringLiteral("client")});

    auto second = makePanel();
    QVERIFY(second);
    QVERIFY(second->table()->isColumnHidden(RequestLogModel::ClientColumn));
    QVERIFY(second->columns()->isHiddenByChoice(RequestLogModel::ClientColumn));
    QVERIFY(!second->table()->isColumnHidden(RequestLogModel::TimeColumn));
    second->columns()->updateMenu();
    QVERIFY(!second->columns()->columnAction(RequestLogModel::ClientColumn)->isChecked());

    // Shown again, and remembered so.
    second->columns()->columnAction(RequestLogModel::ClientColumn)->trigger();
    QVERIFY(!second->table()->isColumnHidden(RequestLogModel::ClientColumn));
    second.reset();
    auto third = makePanel();
    QVERIFY(third);
    QVERIFY(!third->table()->isColumnHidden(RequestLogModel::ClientColumn));
}

void tst_LogTableHeader::widthsComeBackInTheNextPanel()
{
    int time = 0;
    {
        auto panel = makePanel();
        QVERIFY(panel);
        QHeaderView *header = panel->table()->horizontalHeader();
        time = header->sectionSize(RequestLogModel::TimeColumn) + 70;
        header->resizeSection(RequestLogModel::TimeColumn, time);
        // Saved shortly after the drag, or when the panel goes.
    }
    auto second = makePanel();
    QVERIFY(second);
    QCOMPARE(second->table()->columnWidth(RequestLogModel::TimeColumn), time);
    QCOMPARE(second->table()->horizontalHeader()->sectionResizeMode(RequestLogModel::PathColumn), QHeaderView::Stretch);
}

void tst_LogTableHeader::widthsFollowALargerFont()
{
    int time = 0;
    {
        auto panel = makePanel();
        QVERIFY(panel);
        time = panel->table()->columnWidth(RequestLogModel::TimeColumn);
        panel->columns()->save();
    }
    // Saved when characters were half as wide: a font since twice as large.
    QSettings settings;
    const int unit = settings.value(LogTableHeader::kUnitKey).toInt();
    QVERIFY(unit >= 2);
    settings.setValue(LogTableHeader::kUnitKey, unit / 2);
    settings.sync();
    auto second = makePanel();
    QVERIFY(second);
    const int expected = time * unit / (unit / 2);
    QCOMPARE(second->table()->columnWidth(RequestLogModel::TimeColumn), expected);
}

void tst_LogTableHeader::lastVisibleColumnCannotBeHidden()
{
    auto panel = makePanel();
    QVERIFY(panel);
    LogTableHeader *columns = panel->columns();
    QTableView *table = panel->table();
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        columns->updateMenu();
        QAction *action = columns->columnAction(column);
        if (action->isChecked() && action->isEnabled())
            action->trigger();
    }
    QCOMPARE(visibleColumns(table), 1);
    const int last = [&] {
        for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
            if (!table->isColumnHidden(column))
                return column;
        }
        return -1;
    }();
    QCOMPARE(last, int(RequestLogModel::DurationColumn));
    columns->updateMenu();
    QVERIFY(columns->columnAction(last)->isChecked());
    QVERIFY(!columns->columnAction(last)->isEnabled());
    // Refused however asked.
    QVERIFY(!columns->setHiddenByChoice(last, true));
    QVERIFY(!table->isColumnHidden(last));
    // The last visible column then takes the spare width.
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width());
}

void tst_LogTableHeader::ruleColumnHiddenByChoiceStaysHidden()
{
    auto panel = makePanel();
    QVERIFY(panel);
    QTableView *table = panel->table();
    // No rule has answered: nothing to show.
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
    panel->appendRecords({record(3, "/hook", QStringLiteral("hello"))});
    QVERIFY(!table->isColumnHidden(RequestLogModel::RuleColumn));
    QVERIFY(panel->columns()->setHiddenByChoice(RequestLogModel::RuleColumn, true));
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
    panel->appendRecords({record(4, "/hook", QStringLiteral("hello"))});
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
    // Shown by choice, it still waits for a rule.
    QVERIFY(panel->columns()->setHiddenByChoice(RequestLogModel::RuleColumn, false));
    QVERIFY(!table->isColumnHidden(RequestLogModel::RuleColumn));
    panel->clear();
    QVERIFY(table->isColumnHidden(RequestLogModel::RuleColumn));
}

void tst_LogTableHeader::headerMenuOpensOnRightClick()
{
    auto panel = makePanel();
    QVERIFY(panel);
    QHeaderView *header = panel->table()->horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(RequestLogModel::TimeColumn) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(header->viewport(), &event);
    QMenu *menu = panel->columns()->menu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(panel->columns()->columnAction(RequestLogModel::PathColumn)->text(), QStringLiteral("Path"));
    QVERIFY(panel->columns()->columnAction(RequestLogModel::PathColumn)->isCheckable());
    menu->close();
}

void tst_LogTableHeader::resetShowsEveryColumn()
{
    auto panel = makePanel();
    QVERIFY(panel);
    QTableView *table = panel->table();
    const int time = table->columnWidth(RequestLogModel::TimeColumn);
    table->horizontalHeader()->resizeSection(RequestLogModel::TimeColumn, time + 100);
    QVERIFY(panel->columns()->setHiddenByChoice(RequestLogModel::MethodColumn, true));
    QVERIFY(panel->columns()->setHiddenByChoice(RequestLogModel::PathColumn, true));
    panel->columns()->resetColumns();
    QVERIFY(!table->isColumnHidden(RequestLogModel::MethodColumn));
    QVERIFY(!table->isColumnHidden(RequestLogModel::PathColumn));
    QCOMPARE(table->columnWidth(RequestLogModel::TimeColumn), time);
    QCOMPARE(QSettings().value(LogTableHeader::kHiddenKey).toStringList(), QStringList());
}

QTEST_MAIN(tst_LogTableHeader)
#include "tst_logtableheader.moc"
