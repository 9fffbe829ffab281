#include "LogPanel.h"

#include "LogTableHeader.h"
#include "LogTableMenu.h"
#include "RequestDetails.h"
#include "RequestLogModel.h"
#include "viewers/CompareView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Servery {

namespace {

constexpr int kFollowIntervalMs = 100;
constexpr int kSideBySideWidth = 1200;
constexpr int kFilterDelayMs = 200;
constexpr int kInstantFilterRows = 5000;
// The filter field never gets narrower than this many average characters;
// the status-class buttons move to a second row before it gets narrower
// than the comfortable width.
constexpr int kFilterMinimumChars = 18;
constexpr int kFilterComfortableChars = 40;

} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new RequestLogModel(this);
    m_filter = new RequestFilterModel(this); // attached only while filtering

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 12, 12);
    layout->setSpacing(6);

    // Toolbar: one row, or two when narrow (updateToolbarRows()).
    auto *bar = new QHBoxLayout;
    m_topRow = bar;
    m_pause = new QToolButton(this);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new requests back while you read"));
    m_pause->setAccessibleName(tr("Pause the log"));
    connect(m_pause, &QToolButton::toggled, this, &LogPanel::setPaused);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every request from the log"));
    m_clear->setAccessibleName(tr("Clear the log"));
    connect(m_clear, &QToolButton::clicked, this, &LogPanel::clear);
    m_compare = new QToolButton(this);
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Compare the two selected requests: headers and bodies, side by side"));
    m_compare->setAccessibleName(tr("Compare the selected requests"));
    m_compare->setEnabled(false);
    connect(m_compare, &QToolButton::clicked, this, &LogPanel::compareSelected);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter: words, method:, path:, status:, rule:, header:, body: (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter requests"));
    // Without a minimum a large scale squeezes it to "Fi…" first.
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().averageCharWidth() * kFilterMinimumChars);
    // A filter over a long log waits for a pause in the typing: each pass
    // reads every row (headers and up to 64 KiB of each body), which over
    // 100,000 rows is a noticeable fraction of a second. A short log filters
    // as the person types.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &LogPanel::applyFilterText);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] {
        if (m_model->rowCount() > kInstantFilterRows)
            m_filterTimer->start();
        else
            applyFilterText();
    });
    m_filterHelp = new QToolButton(this);
    m_filterHelp->setText(QStringLiteral("?"));
    m_filterHelp->setAutoRaise(true);
    m_filterHelp->setToolTip(RequestFilterModel::helpText());
    m_filterHelp->setAccessibleName(tr("How to filter"));
    connect(m_filterHelp, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_filterHelp->mapToGlobal(QPoint(0, m_filterHelp->height())), m_filterHelp->toolTip(),
                           m_filterHelp);
    });
    bar->addWidget(m_pause);
    bar->addWidget(m_clear);
    bar->addWidget(m_compare);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_filterHelp);

    m_classBar = new QWidget(this);
    auto *classRow = new QHBoxLayout(m_classBar);
    classRow->setContentsMargins(0, 0, 0, 0);
    classRow->setSpacing(bar->spacing());

    const struct {
        const char *label;
        RequestFilterModel::StatusClass cls;
        const char *tip;
    } classes[] = {
        {QT_TR_NOOP("2xx"), RequestFilterModel::Success, QT_TR_NOOP("Show successful")},
        {QT_TR_NOOP("3xx"), RequestFilterModel::Redirection, QT_TR_NOOP("Show redirects and not modified")},
        {QT_TR_NOOP("4xx"), RequestFilterModel::ClientError, QT_TR_NOOP("Show client errors")},
        {QT_TR_NOOP("5xx"), RequestFilterModel::ServerError, QT_TR_NOOP("Show server errors")},
        {QT_TR_NOOP("Failed"), RequestFilterModel::Informational, QT_TR_NOOP("Show exchanges without a response")},
    };
    for (const auto &c : classes) {
        auto *b = new QToolButton(this);
        b->setText(tr(c.label));
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolTip(tr(c.tip));
        b->setAccessibleName(tr("Show %1 responses").arg(tr(c.label)));
        b->setProperty("statusClass", int(c.cls));
        connect(b, &QToolButton::toggled, this, &LogPanel::updateStatusFilter);
        m_classButtons.append(b);
        classRow->addWidget(b);
    }
    bar->addWidget(m_classBar);
    layout->addLayout(bar);
    m_secondRow = new QHBoxLayout;
    m_secondRow->addStretch(1);
    layout->addLayout(m_secondRow);

    m_pausedLabel = new QLabel(this);
    m_pausedLabel->hide();
    layout->addWidget(m_pausedLabel);

    // Table and details, side by side.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    // The row being read leaving (the cap): the details empty rather than
    // slide to whichever row takes its place. Connected before the table
    // and its selection model see the models, so this runs before they move
    // the current index to a neighbour.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this, model](const QModelIndex &, int first, int last) {
                    QItemSelectionModel *selection = m_table->selectionModel();
                    const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
                    if (m_table->model() == model && current.isValid() && current.row() >= first
                        && current.row() <= last)
                        selection->clearCurrentIndex();
                });
    }
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAccessibleName(tr("Requests"));
    m_table->verticalHeader()->hide();
    // Fixed row height: no per-row measuring, whatever the row count.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_columns = new LogTableHeader(m_table, this);

    // Said when the table is empty: over it, letting clicks through.
    m_placeholder = new QLabel(m_table->viewport());
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_table->viewport()->installEventFilter(this);

    m_details = new RequestDetails(m_splitter);
    connect(m_details, &RequestDetails::copied, this,
            [this](const QString &what) { Q_EMIT message(tr("Copied %1").arg(what)); });
    m_tableMenu = new LogTableMenu(this, m_columns->menu());
    connect(m_tableMenu, &LogTableMenu::message, this, &LogPanel::message);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connectSelection();

    // Follow the newest rows while scrolled to the bottom.
    m_followTimer = new QTimer(this);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(kFollowIntervalMs);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });
    QScrollBar *bar2 = m_table->verticalScrollBar();
    connect(bar2, &QScrollBar::valueChanged, this, [this, bar2](int value) { m_follow = value >= bar2->maximum(); });
    connect(bar2, &QScrollBar::rangeChanged, this, [this](int, int) {
        if (m_follow)
            scheduleFollow();
    });
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this, model] {
            if (m_follow && m_table->model() == model)
                scheduleFollow();
        });
        // Rows leaving at the top (the cap) must not make the rows someone
        // is reading jump away.
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this, model](const QModelIndex &, int first, int last) {
            if (!m_follow && first == 0 && m_table->model() == model) {
                QScrollBar *v = m_table->verticalScrollBar();
                v->setValue(v->value() - (last - first + 1) * m_table->verticalHeader()->defaultSectionSize());
            }
        });
        connect(model, &QAbstractItemModel::modelReset, this, &LogPanel::showSelected);
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogPanel::updatePlaceholder);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updatePlaceholder);
        connect(model, &QAbstractItemModel::modelReset, this, &LogPanel::updatePlaceholder);
        connect(model, &QAbstractItemModel::layoutChanged, this, &LogPanel::updatePlaceholder);
        // Selected rows may leave (the cap, clearing) without a
        // selectionChanged.
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateCompareButton);
        connect(model, &QAbstractItemModel::modelReset, this, &LogPanel::updateCompareButton);
    }
    // The Rule column shows once a rule has answered.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogPanel::updateRuleColumn);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateRuleColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPanel::updateRuleColumn);
    updateRuleColumn();
    updatePlaceholder();
}

void LogPanel::connectSelection()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &LogPanel::showSelected);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &LogPanel::updateCompareButton);
}

bool LogPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_placeholder->setGeometry(m_table->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void LogPanel::updateToolbarRows()
{
    // The status classes wrap to a row of their own before the filter
    // field gets narrower than is comfortable to type in.
    const QMargins margins = layout()->contentsMargins();
    int oneRow = m_filterEdit->fontMetrics().averageCharWidth() * kFilterComfortableChars
        + m_classBar->sizeHint().width() + margins.left() + margins.right();
    for (QWidget *w : std::initializer_list<QWidget *> {m_pause, m_clear, m_compare, m_filterHelp})
        oneRow += w->sizeHint().width() + m_topRow->spacing();
    QHBoxLayout *wanted = width() < oneRow ? m_secondRow : m_topRow;
    if (wanted->indexOf(m_classBar) >= 0)
        return;
    (wanted == m_topRow ? m_secondRow : m_topRow)->removeWidget(m_classBar);
    wanted->insertWidget(wanted == m_topRow ? -1 : 0, m_classBar);
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolbarRows();
    // Details beside the table when there is room for both, below it when
    // there is not: the table needs its width for paths.
    const Qt::Orientation wanted = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int total = wanted == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
        m_splitter->setSizes(wanted == Qt::Horizontal ? QList<int> {total * 2 / 3, total / 3}
                                                      : QList<int> {total / 2, total / 2});
    }
}

void LogPanel::applyFilterText()
{
    m_filterTimer->stop();
    m_filter->setText(m_filterEdit->text());
    bindModel();
    updatePlaceholder();
}

void LogPanel::scheduleFollow()
{
    if (!m_followTimer->isActive())
        m_followTimer->start();
}

void LogPanel::appendRecords(QList<RequestRecord> records)
{
    if (records.isEmpty())
        return;
    if (m_paused) {
        for (RequestRecord &r : records) {
            m_heldBytes += RequestLogModel::approximateSize(r);
            m_held.push_back(std::move(r));
        }
        while (!m_held.empty()
               && (qsizetype(m_held.size()) > m_model->capacity() || m_heldBytes > m_model->byteBudget())) {
            m_heldBytes -= RequestLogModel::approximateSize(m_held.front());
            m_held.pop_front();
        }
        updatePausedLabel();
        return;
    }
    m_model->appendBatch(std::move(records));
}

QList<RequestRecord> LogPanel::takeHeld()
{
    QList<RequestRecord> out;
    out.reserve(qsizetype(m_held.size()));
    for (RequestRecord &r : m_held)
        out.append(std::move(r));
    m_held.clear();
    m_heldBytes = 0;
    return out;
}

void LogPanel::clear()
{
    m_held.clear();
    m_heldBytes = 0;
    m_model->clear();
    m_follow = true;
    updatePausedLabel();
}

void LogPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused && !m_held.empty())
        m_model->appendBatch(takeHeld());
    updatePausedLabel();
}

void LogPanel::updatePausedLabel()
{
    updatePlaceholder();
    if (!m_paused) {
        m_pausedLabel->hide();
        return;
    }
    m_pausedLabel->setText(m_held.empty() ? tr("Paused. New requests will wait here until you resume.")
                                          : tr("Paused: %n new request(s) waiting.", nullptr, int(m_held.size())));
    m_pausedLabel->show();
}

void LogPanel::updateStatusFilter()
{
    RequestFilterModel::StatusClasses classes;
    for (QToolButton *b : std::as_const(m_classButtons)) {
        if (b->isChecked())
            classes |= RequestFilterModel::StatusClass(b->property("statusClass").toInt());
    }
    m_filter->setStatusClasses(classes);
    bindModel();
}

void LogPanel::setStatusClasses(RequestFilterModel::StatusClasses classes)
{
    for (QToolButton *b : std::as_const(m_classButtons)) {
        const QSignalBlocker block(b);
        b->setChecked(classes.testFlag(RequestFilterModel::StatusClass(b->property("statusClass").toInt())));
    }
    updateStatusFilter();
}

void LogPanel::bindModel()
{
    // Unfiltered, the table reads the log directly: a proxy would cost a
    // mapping update per batch for nothing, on the GUI thread, under load.
    const bool filtering = !m_filter->text().isEmpty()
        || m_filter->statusClasses() != RequestFilterModel::StatusClasses(RequestFilterModel::AllClasses);
    QAbstractItemModel *wanted = filtering ? static_cast<QAbstractItemModel *>(m_filter) : m_model;
    if (m_table->model() == wanted)
        return;
    const quint64 selected = m_selectedKey;
    // A new model resets the header: keep the widths and hidden columns
    // (taken first: detaching the filter empties it while it is shown).
    const QByteArray columns = m_table->horizontalHeader()->saveState();
    // Detached, the proxy does no work at all when batches arrive.
    m_filter->setSourceModel(filtering ? m_model : nullptr);
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(wanted);
    m_table->horizontalHeader()->restoreState(columns);
    delete oldSelection; // setModel() leaves the old one to us
    connectSelection();
    // Keep the same record selected across the switch, if it is shown.
    const int sourceRow = selected ? m_model->rowForKey(selected) : -1;
    if (sourceRow >= 0) {
        const QModelIndex source = m_model->index(sourceRow, 0);
        const QModelIndex index = filtering ? m_filter->mapFromSource(source) : source;
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    }
    showSelected();
    updateCompareButton();
    updatePlaceholder();
}

LogPanel::~LogPanel()
{
    m_columns->flush();
    // ~QWidget hides the children, and a table laying itself out again
    // signals (its scroll bar's range, say): nothing may reach this panel
    // once its own part is gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QAbstractItemModel *LogPanel::visibleModel() const
{
    return m_table->model();
}

int LogPanel::sourceRowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return m_table->model() == m_filter ? m_filter->mapToSource(index).row() : index.row();
}

bool LogPanel::selectSourceRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    const QModelIndex source = m_model->index(sourceRow, 0);
    const QModelIndex index = m_table->model() == m_filter ? m_filter->mapFromSource(source) : source;
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void LogPanel::setFilterText(const QString &text)
{
    // One pass, now, rather than one per keystroke or after a pause.
    const QSignalBlocker block(m_filterEdit);
    m_filterEdit->setText(text);
    applyFilterText();
}

void LogPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void LogPanel::setOrigin(const QString &origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    // The record shown copies and replays to the new address.
    m_selectedKey = 0;
    showSelected();
}

void LogPanel::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    // While the log resets under the filter, the filter may not have caught
    // up yet: its rows then map nowhere.
    const int row = sourceRowOf(current);
    if (row < 0 || row >= m_model->rowCount()) {
        m_selectedKey = 0;
        m_details->setRecord(nullptr, m_origin);
        return;
    }
    const quint64 key = m_model->keyAt(row);
    if (key == m_selectedKey && m_details->hasRecord())
        return;
    m_selectedKey = key;
    m_details->setRecord(&m_model->record(row), m_origin);
}

QList<int> LogPanel::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const int row = sourceRowOf(index);
        if (row >= 0 && row < m_model->rowCount())
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<RequestRecord> LogPanel::selectedRecords() const
{
    QList<RequestRecord> records;
    for (const int row : selectedSourceRows())
        records.append(m_model->record(row));
    return records;
}

QList<RequestRecord> LogPanel::allRecords() const
{
    QList<RequestRecord> records;
    records.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        records.append(m_model->record(row));
    return records;
}

void LogPanel::updateCompareButton()
{
    m_compare->setEnabled(m_table->selectionModel()->selectedRows().size() == 2);
}

void LogPanel::compareSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 2)
        return;
    if (!m_compareDialog) {
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Compare requests"));
        auto *layout = new QVBoxLayout(dialog);
        m_compareView = new CompareView(dialog);
        layout->addWidget(m_compareView, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(900, 600);
        m_compareDialog = dialog;
    }
    const RequestRecord &a = m_model->record(rows[0]);
    const RequestRecord &b = m_model->record(rows[1]);
    m_compareView->setRecords(a, b);
    // Ids name the two ("#12 and #15"), unless an imported log left them
    // unnumbered or numbered alike.
    if (a.id == 0 || b.id == 0 || a.id == b.id)
        m_compareView->setSections(m_compareView->sections(), tr("A"), tr("B"));
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

CompareView *LogPanel::compareView() const
{
    return m_compareView;
}

void LogPanel::setCatchMode(bool catching)
{
    if (catching == m_catching)
        return;
    m_catching = catching;
    updatePlaceholder();
}

void LogPanel::updatePlaceholder()
{
    const QAbstractItemModel *shown = m_table->model();
    if (shown && shown->rowCount() > 0) {
        m_placeholder->hide();
        return;
    }
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("No request matches the filter.");
    else if (m_catching)
        text = tr("Waiting for requests. Send anything to the address above: every method on every path is caught.");
    else if (m_paused && !m_held.empty())
        text = tr("New requests are waiting until you resume.");
    else
        text = tr("No requests yet. Each one shows here as it arrives.");
    m_placeholder->setText(text);
    m_placeholder->setGeometry(m_table->viewport()->rect());
    m_placeholder->show();
}

QString LogPanel::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

void LogPanel::updateRuleColumn()
{
    m_columns->setColumnAvailable(RequestLogModel::RuleColumn, m_model->rowsWithRule() > 0);
}

} // namespace Servery
