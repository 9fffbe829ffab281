#include "LogTableMenu.h"

#include "CurlCommand.h"
#include "LogPanel.h"
#include "RequestCommands.h"
#include "RequestDetails.h"
#include "RequestLogModel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <iterator>

namespace Servery {

namespace {

struct EntryText {
    const char *label;
    const char *tip;
};
const EntryText kEntries[] = {
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Copy U&RL"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Copy the URL of this request on this server")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Copy as c&URL"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Copy a curl command that repeats this request")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Filter by &Client"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Show only the requests from this client")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Filter by &Path"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Show only the requests for this path and below it")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Filter by &Status"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Show only the requests answered with this status")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "&Open in Browser"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Open this URL in the web browser (GET and HEAD requests)")},
    {QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Show &Details"),
     QT_TRANSLATE_NOOP("Servery::LogTableMenu", "Select this request and show its details")},
};
static_assert(std::size(kEntries) == LogTableMenu::EntryCount);

// A value as one filter term: quoted when it holds a space. The filter has
// no escape for a double quote; a * (any run of characters) stands in.
QString termValue(QString value)
{
    value.replace(u'"', u'*');
    if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); }))
        return QLatin1Char('"') + value + QLatin1Char('"');
    return value;
}

// The path as the table shows it, when that reads back as the same path:
// valid UTF-8, no control or format character, no "?" (which would make
// the filter look at the query).
QString readablePath(const QByteArray &path)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(QByteArray::fromPercentEncoding(path));
    if (utf8.hasError())
        return QString::fromLatin1(path);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'?')
            return QString::fromLatin1(path);
    }
    return text;
}

} // namespace

LogTableMenu::LogTableMenu(LogPanel *panel, QMenu *columns)
    : QObject(panel)
    , m_panel(panel)
{
    m_menu = new QMenu(panel->table());
    m_menu->setToolTipsVisible(true);
    for (int i = 0; i < EntryCount; ++i) {
        if (i == FilterClient || i == OpenInBrowser)
            m_menu->addSeparator();
        QAction *action = m_menu->addAction(tr(kEntries[i].label));
        action->setToolTip(tr(kEntries[i].tip));
        const auto entry = Entry(i);
        connect(action, &QAction::triggered, this, [this, entry] { trigger(entry); });
        m_actions.append(action);
    }
    if (columns) {
        m_menu->addSeparator();
        m_menu->addMenu(columns);
    }

    QTableView *table = panel->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &LogTableMenu::popup);
    // The context-menu key reaches the table as a context menu event (the
    // platform makes it one); Shift+F10 does so only on Windows.
    table->installEventFilter(this);
}

QString LogTableMenu::clientTerm(const RequestRecord &record)
{
    if (record.clientAddress.isNull())
        return {};
    return QStringLiteral("device:") + termValue(record.clientAddress.toString());
}

QString LogTableMenu::pathTerm(const RequestRecord &record)
{
    QByteArray path = record.target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    if (!path.startsWith('/'))
        return {}; // "*", an authority, an absolute URL or nothing
    return QStringLiteral("path:") + termValue(readablePath(path));
}

QString LogTableMenu::statusTerm(const RequestRecord &record)
{
    return QStringLiteral("status:") + (record.status > 0 ? QString::number(record.status) : QStringLiteral("none"));
}

QUrl LogTableMenu::browserUrl(const RequestRecord &record, const QString &origin)
{
    // A browser asks with GET (HEAD only shows less); anything else it
    // cannot send from its address bar.
    if (record.method != "GET" && record.method != "HEAD")
        return {};
    if (!origin.startsWith(QLatin1StringView("http://")) && !origin.startsWith(QLatin1StringView("https://")))
        return {};
    if (!record.target.startsWith('/'))
        return {};
    const QUrl url = QUrl::fromEncoded(repeatUrl(record, origin), QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

int LogTableMenu::row() const
{
    return m_key ? m_panel->model()->rowForKey(m_key) : -1;
}

void LogTableMenu::prepare(int sourceRow)
{
    const RequestLogModel *model = m_panel->model();
    const bool valid = sourceRow >= 0 && sourceRow < model->rowCount();
    m_key = valid ? model->keyAt(sourceRow) : 0;
    const RequestRecord *r = valid ? &model->record(sourceRow) : nullptr;
    const bool repeatable = r && !r->method.isEmpty();
    action(CopyUrl)->setEnabled(repeatable);
    action(CopyCurl)->setEnabled(repeatable);
    action(OpenInBrowser)->setEnabled(r && !browserUrl(*r, m_panel->origin()).isEmpty());
    action(ShowDetails)->setEnabled(r != nullptr);
    // The filter entries say what they will filter by.
    const QFontMetrics fm = m_menu->fontMetrics();
    const struct {
        Entry entry;
        QString term;
    } filters[] = {
        {FilterClient, r ? clientTerm(*r) : QString()},
        {FilterPath, r ? pathTerm(*r) : QString()},
        {FilterStatus, r ? statusTerm(*r) : QString()},
    };
    for (const auto &f : filters) {
        QAction *a = action(f.entry);
        a->setEnabled(!f.term.isEmpty());
        QString label = tr(kEntries[f.entry].label);
        if (!f.term.isEmpty()) {
            const QString value = f.term.mid(f.term.indexOf(u':') + 1);
            label += QStringLiteral("  ")
                + fm.elidedText(value, Qt::ElideMiddle, fm.averageCharWidth() * 40).replace(u'&', QStringLiteral("&&"));
        }
        a->setText(label);
    }
}

void LogTableMenu::popup(const QPoint &pos)
{
    QTableView *table = m_panel->table();
    const QModelIndex index = table->indexAt(pos);
    if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), index.parent()))
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    prepare(index.isValid() ? m_panel->sourceRowOf(index) : -1);
    m_menu->popup(table->viewport()->mapToGlobal(pos));
}

bool LogTableMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
            QTableView *table = m_panel->table();
            QRect cell = table->visualRect(table->currentIndex());
            if (!cell.isValid())
                cell = QRect(QPoint(0, 0), QSize(0, 0));
            // At the start of the row's path, or at the top left.
            const QPoint pos(std::clamp(cell.left() + cell.height(), 0, table->viewport()->width() - 1),
                             std::clamp(cell.center().y(), 0, table->viewport()->height() - 1));
            popup(pos);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LogTableMenu::trigger(Entry entry)
{
    const int sourceRow = row();
    if (sourceRow < 0)
        return;
    const RequestRecord &r = m_panel->model()->record(sourceRow);
    const QString origin = m_panel->origin();
    switch (entry) {
    case CopyUrl:
        QGuiApplication::clipboard()->setText(QString::fromUtf8(repeatUrl(r, origin)));
        Q_EMIT message(tr("Copied the URL"));
        break;
    case CopyCurl:
        QGuiApplication::clipboard()->setText(curlCommand(r, origin));
        Q_EMIT message(tr("Copied a curl command"));
        break;
    case FilterClient:
    case FilterPath:
    case FilterStatus: {
        const QString term = entry == FilterClient ? clientTerm(r) : entry == FilterPath ? pathTerm(r) : statusTerm(r);
        if (term.isEmpty())
            return;
        const quint64 key = m_key;
        m_panel->setFilterText(term);
        // The row itself matches: keep it in sight.
        m_panel->selectSourceRow(m_panel->model()->rowForKey(key));
        break;
    }
    case OpenInBrowser:
        if (const QUrl url = browserUrl(r, origin); !url.isEmpty() && !QDesktopServices::openUrl(url))
            Q_EMIT message(tr("No web browser could open %1").arg(url.toDisplayString()));
        break;
    case ShowDetails:
        showDetails(sourceRow);
        break;
    case EntryCount:
        break;
    }
}

void LogTableMenu::showDetails(int sourceRow)
{
    if (!m_panel->selectSourceRow(sourceRow))
        return;
    // Squeezed by the splitter: give the details a third of it back.
    QSplitter *splitter = m_panel->splitter();
    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.size() == 2 && sizes[1] < total / 4)
        splitter->setSizes({total * 2 / 3, total - total * 2 / 3});
    RequestDetails *details = m_panel->details();
    details->showTab(RequestDetails::OverviewTab);
    details->tabs()->setFocus(Qt::OtherFocusReason);
}

} // namespace Servery
