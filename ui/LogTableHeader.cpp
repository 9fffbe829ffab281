#include "LogTableHeader.h"

#include "RequestLogModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Servery {

namespace {

// Sizes are saved a moment after a drag ends, not at every step of it.
constexpr int kSaveDelayMs = 1000;

} // namespace

const QString LogTableHeader::kStateKey = QStringLiteral("log/columns");
const QString LogTableHeader::kHiddenKey = QStringLiteral("log/hiddenColumns");
const QString LogTableHeader::kUnitKey = QStringLiteral("log/columnUnit");

LogTableHeader::LogTableHeader(QTableView *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_header(table->horizontalHeader())
    , m_hiddenByChoice(RequestLogModel::ColumnCount, false)
    , m_available(RequestLogModel::ColumnCount, true)
{
    m_header->setHighlightSections(false);
    m_header->setSectionsMovable(true);
    applyResizeModes();
    fitColumns();

    m_menu = new QMenu(m_table);
    m_menu->setTitle(tr("Co&lumns"));
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        QAction *action = m_menu->addAction(QString());
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("column-") + columnKey(column));
        connect(action, &QAction::triggered, this, [this, action, column](bool checked) {
            if (!setHiddenByChoice(column, !checked))
                action->setChecked(true);
        });
        m_actions.append(action);
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Reset Columns"), this, &LogTableHeader::resetColumns);
    connect(m_menu, &QMenu::aboutToShow, this, &LogTableHeader::updateMenu);
    updateMenu();
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_header->mapToGlobal(pos)); });

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &LogTableHeader::save);
    connect(m_header, &QHeaderView::sectionResized, this, &LogTableHeader::scheduleSave);
    connect(m_header, &QHeaderView::sectionMoved, this, &LogTableHeader::scheduleSave);

    restore();
}

QString LogTableHeader::columnKey(int column)
{
    switch (column) {
    case RequestLogModel::TimeColumn:
        return QStringLiteral("time");
    case RequestLogModel::ClientColumn:
        return QStringLiteral("client");
    case RequestLogModel::MethodColumn:
        return QStringLiteral("method");
    case RequestLogModel::PathColumn:
        return QStringLiteral("path");
    case RequestLogModel::StatusColumn:
        return QStringLiteral("status");
    case RequestLogModel::RuleColumn:
        return QStringLiteral("rule");
    case RequestLogModel::SizeColumn:
        return QStringLiteral("size");
    case RequestLogModel::DurationColumn:
        return QStringLiteral("duration");
    default:
        return QString::number(column);
    }
}

void LogTableHeader::applyResizeModes()
{
    // Every column keeps the width it is given, but the path's, which takes
    // what the others leave: a wider window is more path, and dragging a
    // column's edge takes from the path rather than pushing the last column
    // out of sight.
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);
}

void LogTableHeader::fitColumns()
{
    // Widths from what the columns typically hold, so every font and DPI fits.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(u' ') + 8;
    const QAbstractItemModel *model = m_table->model();
    auto fit = [&](int column, const QString &sample) {
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : QString();
        m_table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 8) + pad);
    };
    fit(RequestLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(RequestLogModel::ClientColumn, QStringLiteral("192.168.1.100 \u00b7 iPhone"));
    fit(RequestLogModel::MethodColumn, QStringLiteral("OPTIONS"));
    fit(RequestLogModel::StatusColumn, QStringLiteral("000"));
    fit(RequestLogModel::RuleColumn, QStringLiteral("create-user"));
    fit(RequestLogModel::SizeColumn, QStringLiteral("999 KB"));
    fit(RequestLogModel::DurationColumn, QStringLiteral("999 ms"));
}

int LogTableHeader::visibleColumns() const
{
    int count = 0;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        count += !m_hiddenByChoice[column] && m_available[column];
    return count;
}

bool LogTableHeader::setHiddenByChoice(int column, bool hidden)
{
    if (column < 0 || column >= RequestLogModel::ColumnCount)
        return false;
    if (m_hiddenByChoice[column] == hidden)
        return true;
    // An empty table could not be right-clicked to bring a column back.
    if (hidden && m_available[column] && visibleColumns() <= 1)
        return false;
    m_hiddenByChoice[column] = hidden;
    applyVisibility();
    save();
    return true;
}

void LogTableHeader::setColumnAvailable(int column, bool available)
{
    if (column < 0 || column >= RequestLogModel::ColumnCount || m_available[column] == available)
        return;
    m_available[column] = available;
    applyVisibility();
}

void LogTableHeader::applyVisibility()
{
    if (visibleColumns() == 0)
        m_hiddenByChoice[RequestLogModel::PathColumn] = false;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, m_hiddenByChoice[column] || !m_available[column]);
    // With the path hidden, the last column takes the spare width instead.
    m_header->setStretchLastSection(m_header->isSectionHidden(RequestLogModel::PathColumn));
}

void LogTableHeader::updateMenu()
{
    const QAbstractItemModel *model = m_table->model();
    const bool lastOne = visibleColumns() <= 1;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        QAction *action = m_actions[column];
        action->setText(model ? model->headerData(column, Qt::Horizontal).toString() : columnKey(column));
        action->setChecked(!m_hiddenByChoice[column]);
        action->setEnabled(!(lastOne && !m_hiddenByChoice[column] && m_available[column]));
    }
}

void LogTableHeader::resetColumns()
{
    std::fill(m_hiddenByChoice.begin(), m_hiddenByChoice.end(), false);
    // Back to the order of the model, too.
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        m_header->moveSection(m_header->visualIndex(column), column);
    applyVisibility();
    fitColumns();
    save();
}

int LogTableHeader::unit() const
{
    return std::max(1, m_table->fontMetrics().averageCharWidth());
}

void LogTableHeader::restore()
{
    m_restoring = true;
    const QSettings settings;
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty() && m_header->restoreState(state) && m_header->count() == RequestLogModel::ColumnCount) {
        // Saved with a smaller or larger font: the widths follow it.
        const int savedUnit = settings.value(kUnitKey).toInt();
        if (savedUnit > 0 && savedUnit != unit()) {
            for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
                if (column != RequestLogModel::PathColumn && !m_header->isSectionHidden(column))
                    m_header->resizeSection(column, m_header->sectionSize(column) * unit() / savedUnit);
            }
        }
    }
    const QStringList hidden = settings.value(kHiddenKey).toStringList();
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column)
        m_hiddenByChoice[column] = hidden.contains(columnKey(column));
    applyResizeModes();
    applyVisibility();
    m_restoring = false;
}

void LogTableHeader::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void LogTableHeader::save()
{
    m_saveTimer->stop();
    if (m_header->count() != RequestLogModel::ColumnCount)
        return; // between models
    QStringList hidden;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        if (m_hiddenByChoice[column])
            hidden << columnKey(column);
    }
    QSettings settings;
    settings.setValue(kStateKey, m_header->saveState());
    settings.setValue(kUnitKey, unit());
    settings.setValue(kHiddenKey, hidden);
}

void LogTableHeader::flush()
{
    if (m_saveTimer->isActive())
        save();
}

} // namespace Servery
