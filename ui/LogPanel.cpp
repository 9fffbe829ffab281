#include "LogPanel.h"

#include "RequestDetails.h"
#include "RequestLogModel.h"

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
#include <QVBoxLayout>

namespace Servery {

namespace {

constexpr int kFollowIntervalMs = 100;
constexpr int kSideBySideWidth = 1000;

} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new RequestLogModel(this);
    m_filter = new RequestFilterModel(this); // attached only while filtering

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 12, 12);
    layout->setSpacing(6);

    // Toolbar.
    auto *bar = new QHBoxLayout;
    m_pause = new QToolButton(this);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new requests back while you read"));
    m_pause->setAccessibleName(tr("Pause the log"));
    connect(m_pause, &QToolButton::toggled, this, &LogPanel::setPaused);
    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Remove every request from the log"));
    clearButton->setAccessibleName(tr("Clear the log"));
    connect(clearButton, &QToolButton::clicked, this, &LogPanel::clear);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setPlaceholderText(tr("Filter: method, path, status, client (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter requests"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        bindModel();
    });
    bar->addWidget(m_pause);
    bar->addWidget(clearButton);
    bar->addWidget(m_filterEdit, 1);

    const struct {
        const char *label;
        RequestFilterModel::StatusClass cls;
        const char *tip;
    } classes[] = {
        {"2xx", RequestFilterModel::Success, "Successful"},
        {"3xx", RequestFilterModel::Redirection, "Redirects and not modified"},
        {"4xx", RequestFilterModel::ClientError, "Client errors"},
        {"5xx", RequestFilterModel::ServerError, "Server errors"},
        {"Failed", RequestFilterModel::Informational, "Exchanges without a response"},
    };
    for (const auto &c : classes) {
        auto *b = new QToolButton(this);
        b->setText(QString::fromLatin1(c.label));
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolTip(tr("Show %1").arg(tr(c.tip).toLower()));
        b->setAccessibleName(tr("Show %1 responses").arg(QString::fromLatin1(c.label)));
        b->setProperty("statusClass", int(c.cls));
        connect(b, &QToolButton::toggled, this, &LogPanel::updateStatusFilter);
        m_classButtons.append(b);
        bar->addWidget(b);
    }
    layout->addLayout(bar);

    m_pausedLabel = new QLabel(this);
    m_pausedLabel->hide();
    layout->addWidget(m_pausedLabel);

    // Table and details, side by side.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Widths from what the columns typically hold, so every font and DPI fits.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(u' ') + 8;
    auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 8) + pad);
    };
    fit(RequestLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(RequestLogModel::ClientColumn, QStringLiteral("192.168.1.100 \u00b7 iPhone Safari"));
    fit(RequestLogModel::MethodColumn, QStringLiteral("OPTIONS"));
    fit(RequestLogModel::StatusColumn, QStringLiteral("000"));
    fit(RequestLogModel::SizeColumn, QStringLiteral("999 KB"));
    fit(RequestLogModel::DurationColumn, QStringLiteral("999 ms"));

    m_details = new RequestDetails(m_splitter);
    connect(m_details, &RequestDetails::curlCopied, this, [this] { Q_EMIT message(tr("Copied a curl command")); });
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPanel::showSelected);

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
    }
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
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
    const quint64 selected = m_selectedId;
    // Detached, the proxy does no work at all when batches arrive.
    m_filter->setSourceModel(filtering ? m_model : nullptr);
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(wanted);
    delete oldSelection; // setModel() leaves the old one to us
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPanel::showSelected);
    // Keep the same record selected across the switch, if it is shown.
    const int sourceRow = selected ? m_model->rowForId(selected) : -1;
    if (sourceRow >= 0) {
        const QModelIndex source = m_model->index(sourceRow, 0);
        const QModelIndex index = filtering ? m_filter->mapFromSource(source) : source;
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
    }
    showSelected();
}

QAbstractItemModel *LogPanel::visibleModel() const
{
    return m_table->model();
}

int LogPanel::sourceRow(const QModelIndex &index) const
{
    return m_table->model() == m_filter ? m_filter->mapToSource(index).row() : index.row();
}

void LogPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void LogPanel::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_selectedId = 0;
        m_details->setRecord(nullptr, m_origin);
        return;
    }
    const RequestRecord &r = m_model->record(sourceRow(current));
    if (r.id == m_selectedId && m_details->hasRecord())
        return;
    m_selectedId = r.id;
    m_details->setRecord(&r, m_origin);
}

} // namespace Servery
