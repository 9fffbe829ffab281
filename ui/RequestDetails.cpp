#include "RequestDetails.h"

#include "CurlCommand.h"
#include "DeviceName.h"
#include "ReplayDialog.h"
#include "RequestCommands.h"
#include "RequestLogModel.h"
#include "viewers/BodyViewer.h"

#include "server/http/HttpStatus.h"

#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringBuilder>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Servery {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString esc(const QByteArray &s)
{
    return QString::fromUtf8(s).toHtmlEscaped();
}

QString headerTable(const HttpHeaders &headers)
{
    if (headers.isEmpty())
        return QStringLiteral("<p class=muted>%1</p>")
            .arg(RequestDetails::tr("None", "no header fields").toHtmlEscaped());
    QString html = QStringLiteral("<table class=kv>");
    for (const HttpHeader &h : headers.fields())
        html += QStringLiteral("<tr><td class=k>%1</td><td>%2</td></tr>").arg(esc(h.name), esc(h.value));
    return html + QStringLiteral("</table>");
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td class=k>%1</td><td>%2</td></tr>").arg(esc(key), value);
}

QString bytesText(qint64 bytes)
{
    return RequestDetails::tr("%1 bytes").arg(QLocale().toString(bytes));
}

// "1.2 KB, application/json", for the overview.
QString bodySummary(qint64 size, qint64 kept, const QByteArray &contentType)
{
    if (size <= 0)
        return RequestDetails::tr("None");
    QString text = RequestLogModel::formatSize(size);
    if (!contentType.isEmpty())
        text += QStringLiteral(", ") + QString::fromUtf8(mediaType(contentType));
    if (kept < size)
        text += QStringLiteral(", ")
            + (kept > 0 ? RequestDetails::tr("the first %1 kept").arg(RequestLogModel::formatSize(kept))
                        : RequestDetails::tr("not kept"));
    return text;
}

struct CopyEntry {
    const char *label;
    const char *what; // for "Copied ..."
    const char *name; // object name
};

const CopyEntry kCopyEntries[] = {
    {QT_TRANSLATE_NOOP("Servery::RequestDetails", "Copy U&RL"), QT_TRANSLATE_NOOP("Servery::RequestDetails", "the URL"),
     "copyUrl"},
    {QT_TRANSLATE_NOOP("Servery::RequestDetails", "Copy as c&URL"),
     QT_TRANSLATE_NOOP("Servery::RequestDetails", "a curl command"), "copyCurl"},
    {QT_TRANSLATE_NOOP("Servery::RequestDetails", "Copy as &fetch()"),
     QT_TRANSLATE_NOOP("Servery::RequestDetails", "a fetch() call"), "copyFetch"},
    {QT_TRANSLATE_NOOP("Servery::RequestDetails", "Copy as &HTTPie"),
     QT_TRANSLATE_NOOP("Servery::RequestDetails", "an HTTPie command"), "copyHttpie"},
};

} // namespace

RequestDetails::RequestDetails(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Which rule answered, above the tabs so it shows whichever is open.
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rule->setBackgroundRole(QPalette::AlternateBase);
    m_rule->setAutoFillBackground(true);
    m_rule->setContentsMargins(6, 3, 6, 3);
    QFont bold = m_rule->font();
    bold.setBold(true);
    m_rule->setFont(bold);
    m_rule->hide();
    layout->addWidget(m_rule);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_text = new QTextBrowser(m_tabs);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Request details"));
    m_tabs->addTab(m_text, tr("Overview"));
    m_tabs->addTab(makeBodyPage(m_requestBody, m_requestNote), tr("Request body"));
    m_tabs->addTab(makeBodyPage(m_responseBody, m_responseNote), tr("Response body"));
    m_requestBody->setAccessibleName(tr("Request body"));
    m_responseBody->setAccessibleName(tr("Response body"));
    m_raw = new QPlainTextEdit(m_tabs);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("The request head as received"));
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->setTabToolTip(RawTab, tr("The request line and headers exactly as they arrived"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The tab a person picks stays picked from one record to the next,
        // and comes back after a moment with none.
        if (m_record)
            m_wantedTab = index;
        fillTab(index);
    });
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    // Mnemonics the window's own do not use (Alt+R is the Requests tab,
    // Alt+C the share panel's Copy).
    m_replay = new QPushButton(tr("Repla&y\u2026"), this);
    m_replay->setToolTip(tr("Send this request again, as it is or edited, and compare the answers"));
    m_replay->setAccessibleName(tr("Replay the request"));
    connect(m_replay, &QPushButton::clicked, this, &RequestDetails::replay);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the URL, or a command that repeats this request"));
    m_copy->setAccessibleName(tr("Copy the request"));
    auto *menu = new QMenu(m_copy);
    for (int i = 0; i < int(std::size(kCopyEntries)); ++i) {
        QAction *action = menu->addAction(tr(kCopyEntries[i].label));
        action->setObjectName(QString::fromLatin1(kCopyEntries[i].name));
        const auto format = CopyFormat(i);
        connect(action, &QAction::triggered, this, [this, format] { copy(format); });
        m_copyActions.append(action);
    }
    m_copy->setMenu(menu);
    buttons->addStretch(1);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);
    setRecord(nullptr, {});
}

QWidget *RequestDetails::makeBodyPage(BodyViewer *&viewer, QLabel *&note)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    note = new QLabel(page);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->hide();
    layout->addWidget(note);
    viewer = new BodyViewer(page);
    layout->addWidget(viewer, 1);
    layout->addStretch(); // keeps the note at the top while the viewer is hidden
    return page;
}

void RequestDetails::showBody(BodyViewer *viewer, QLabel *note, bool hasBody, const QString &text)
{
    // Without bytes to show, the note says why and the viewer steps aside.
    viewer->setVisible(hasBody);
    note->setText(text);
    note->setVisible(!text.isEmpty());
}

QString RequestDetails::html(const RequestRecord &r, const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString h = QStringLiteral("<style>"
                               "h2{font-size:large;margin:0 0 4px 0} h3{margin:14px 0 4px 0}"
                               "table.kv td{padding:1px 10px 1px 0;vertical-align:top}"
                               "td.k{font-weight:bold;white-space:pre}"
                               ".muted{color:%1} pre{margin:0}"
                               "</style>")
                    .arg(muted);

    const QString line = r.method.isEmpty() ? tr("(no request line)") : esc(r.requestLine());
    h += QStringLiteral("<h2>%1</h2>").arg(line);
    if (r.status > 0)
        h += QStringLiteral("<p><b>%1 %2</b></p>").arg(r.status).arg(esc(reasonPhrase(r.status)));
    if (!r.error.isEmpty())
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(r.error));

    // Overview.
    h += QStringLiteral("<table class=kv>");
    const QString device = deviceNameFromUserAgent(r.requestHeaders.value("User-Agent"));
    QString client = esc(r.clientAddress.toString()) + u':' + QString::number(r.clientPort);
    if (!device.isEmpty())
        client += QStringLiteral(" (%1)").arg(esc(device));
    h += row(tr("Client"), client);
    h += row(tr("Time"),
             esc(QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    if (r.timeToFirstByteUs >= 0)
        h += row(tr("First byte after"), esc(RequestLogModel::formatDuration(r.timeToFirstByteUs)));
    h += row(tr("Total time"), esc(RequestLogModel::formatDuration(r.durationUs)));
    h += row(tr("Request body"),
             esc(bodySummary(r.requestBodySize, r.requestBodyKept(), r.requestHeaders.value("Content-Type"))));
    h += row(tr("Sent"),
             esc(tr("%1 of body, %2 in all")
                     .arg(RequestLogModel::formatSize(r.responseBodyBytes), RequestLogModel::formatSize(r.bytesSent))));
    if (!r.handler.isEmpty())
        h += row(tr("Answered by"), esc(r.handler));
    if (!r.rule.isEmpty())
        h += row(tr("Rule"), esc(r.rule));
    h += row(tr("Connection"), esc(tr("#%1, request %2 on it").arg(r.connectionId).arg(r.requestOnConnection)));
    h += QStringLiteral("</table>");

    // Query parameters, decoded.
    const qsizetype q = r.target.indexOf('?');
    if (q >= 0) {
        const QUrlQuery query(QString::fromUtf8(r.target.mid(q + 1)));
        h += QStringLiteral("<h3>%1</h3><table class=kv>").arg(tr("Query parameters"));
        const auto items = query.queryItems(QUrl::FullyDecoded);
        if (items.isEmpty())
            h += row(tr("(empty)"), {});
        for (const auto &[key, value] : items)
            h += row(key, esc(value));
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Request headers")) + headerTable(r.requestHeaders);
    if (r.status > 0)
        h += QStringLiteral("<h3>%1</h3>").arg(tr("Response headers")) + headerTable(r.responseHeaders);
    return h;
}

QString RequestDetails::rawHeadText(QByteArrayView head)
{
    QString text;
    text.reserve(head.size() + head.size() / 16);
    for (const char byte : head) {
        const auto c = uchar(byte);
        switch (c) {
        case '\r':
            text += QLatin1StringView("\\r");
            break;
        case '\n':
            text += QLatin1StringView("\\n\n");
            break;
        case '\t':
            text += QLatin1StringView("\\t");
            break;
        case '\\':
            text += QLatin1StringView("\\\\");
            break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QLatin1Char(char(c));
            else
                text += QLatin1StringView("\\x") + QString::number(c, 16).toUpper().rightJustified(2, u'0');
        }
    }
    return text;
}

void RequestDetails::setRecord(const RequestRecord *record, const QString &origin)
{
    m_origin = origin;
    m_filled.clear();
    if (record)
        m_record = *record; // cheap: bodies are shared
    else
        m_record.reset();
    const bool repeatable = record && !record->method.isEmpty();
    m_copy->setEnabled(repeatable);
    m_replay->setEnabled(repeatable);
    m_rule->setVisible(record && !record->rule.isEmpty());
    m_rule->setText(record ? tr("Answered by rule: %1").arg(record->rule) : QString());
    if (!record) {
        m_text->setHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), tr("Select a request to see its details.")));
        m_requestBody->clear();
        m_responseBody->clear();
        m_requestNote->hide();
        m_responseNote->hide();
        m_raw->clear();
        // Only the invitation is left to show.
        for (const int tab : {RequestBodyTab, ResponseBodyTab, RawTab})
            m_tabs->setTabEnabled(tab, false);
        return;
    }
    for (const int tab : {RequestBodyTab, ResponseBodyTab, RawTab})
        m_tabs->setTabEnabled(tab, true);
    m_text->setHtml(html(*record, palette()));
    m_filled.append(OverviewTab);
    if (m_tabs->currentIndex() != m_wantedTab)
        m_tabs->setCurrentIndex(m_wantedTab); // fills it
    fillTab(m_tabs->currentIndex());
}

void RequestDetails::fillTab(int index)
{
    if (!m_record || m_filled.contains(index))
        return;
    m_filled.append(index);
    const RequestRecord &r = *m_record;
    switch (index) {
    case RequestBodyTab: {
        const qint64 kept = r.requestBodyKept();
        QString note;
        if (kept == 0 && r.requestBodySize > 0)
            note = tr("No request body was kept (%1 received).").arg(bytesText(r.requestBodySize));
        else if (r.requestBodySize > kept)
            note = tr("%1 of %2 bytes kept.").arg(QLocale().toString(kept), QLocale().toString(r.requestBodySize));
        showBody(m_requestBody, m_requestNote, kept > 0 || r.requestBodySize == 0, note);
        m_requestBody->setBody(requestBodyReader(r), kept, r.requestHeaders.value("Content-Type"), r.requestBodySize);
        break;
    }
    case ResponseBodyTab: {
        QString note;
        if (r.status <= 0)
            note = tr("No response was sent.");
        else if (r.responseBody.isEmpty() && r.responseBodyBytes > 0)
            note = tr("No response body was kept (%1 sent). The log keeps bodies made in memory, such as a "
                      "rule's reply or an error page, not files streamed from disk.")
                       .arg(bytesText(r.responseBodyBytes));
        showBody(m_responseBody, m_responseNote, note.isEmpty(), note);
        m_responseBody->setBody(bytesReader(r.responseBody), r.responseBody.size(),
                                r.responseHeaders.value("Content-Type"));
        break;
    }
    case RawTab:
        if (r.rawHead.isEmpty()) {
            m_raw->clear();
            m_raw->setPlaceholderText(tr("The head as received is kept for caught requests only: "
                                         "in catch mode, and when a reply rule answers."));
        } else {
            m_raw->setPlainText(rawHeadText(r.rawHead));
        }
        break;
    default:
        break;
    }
}

void RequestDetails::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    fillTab(tab);
}

QString RequestDetails::plainText() const
{
    return m_text->toPlainText();
}

QString RequestDetails::requestBodyNote() const
{
    return m_requestNote->isHidden() ? QString() : m_requestNote->text();
}

QString RequestDetails::responseBodyNote() const
{
    return m_responseNote->isHidden() ? QString() : m_responseNote->text();
}

QString RequestDetails::rawText() const
{
    return m_raw->toPlainText();
}

QString RequestDetails::ruleText() const
{
    return m_rule->isHidden() ? QString() : m_rule->text();
}

QAction *RequestDetails::copyAction(CopyFormat format) const
{
    return m_copyActions.value(int(format));
}

QString RequestDetails::commandText(CopyFormat format) const
{
    if (!m_record || m_record->method.isEmpty())
        return {};
    // Made when asked, not per selection: a command reads the whole kept
    // body, which may be in a file.
    switch (format) {
    case CopyFormat::Url:
        return QString::fromUtf8(repeatUrl(*m_record, m_origin));
    case CopyFormat::Curl:
        return curlCommand(*m_record, m_origin);
    case CopyFormat::Fetch:
        return fetchCommand(*m_record, m_origin);
    case CopyFormat::Httpie:
        return httpieCommand(*m_record, m_origin);
    }
    return {};
}

void RequestDetails::copy(CopyFormat format)
{
    const QString text = commandText(format);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(tr(kCopyEntries[int(format)].what));
    if (format == CopyFormat::Curl)
        Q_EMIT curlCopied();
}

ReplayDialog *RequestDetails::replay()
{
    if (!m_record || m_record->method.isEmpty())
        return nullptr;
    auto *dialog = new ReplayDialog(*m_record, m_origin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    return dialog;
}

} // namespace Servery
