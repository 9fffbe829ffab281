#include "RequestDetails.h"

#include "BodyPreview.h"
#include "CurlCommand.h"
#include "DeviceName.h"
#include "RequestLogModel.h"

#include "server/http/HttpStatus.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStringBuilder>
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
        return QStringLiteral("<p class=muted>None</p>");
    QString html = QStringLiteral("<table class=kv>");
    for (const HttpHeader &h : headers.fields())
        html += QStringLiteral("<tr><td class=k>%1</td><td>%2</td></tr>").arg(esc(h.name), esc(h.value));
    return html + QStringLiteral("</table>");
}

QString row(const QString &key, const QString &value)
{
    return QStringLiteral("<tr><td class=k>%1</td><td>%2</td></tr>").arg(esc(key), value);
}

} // namespace

RequestDetails::RequestDetails(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Request details"));
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_copyCurl = new QPushButton(tr("Copy as c&URL"), this);
    m_copyCurl->setToolTip(tr("Copy a curl command that repeats this request"));
    m_copyCurl->setAccessibleName(tr("Copy as cURL"));
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_curl);
        Q_EMIT curlCopied();
    });
    buttons->addStretch(1);
    buttons->addWidget(m_copyCurl);
    layout->addLayout(buttons);
    setRecord(nullptr, {});
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
    h += row(tr("Sent"),
             esc(tr("%1 of body, %2 in all")
                     .arg(RequestLogModel::formatSize(r.responseBodyBytes), RequestLogModel::formatSize(r.bytesSent))));
    if (!r.handler.isEmpty())
        h += row(tr("Answered by"), esc(r.handler));
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

    if (r.requestBodySize > 0) {
        const BodyPreview preview
            = previewBody(r.requestBody, r.requestHeaders.value("Content-Type"), r.requestBodySize);
        QString kind;
        switch (preview.kind) {
        case BodyPreview::Kind::Json:
            kind = tr("JSON");
            break;
        case BodyPreview::Kind::Text:
            kind = tr("text");
            break;
        case BodyPreview::Kind::Hex:
            kind = tr("binary, in hex");
            break;
        case BodyPreview::Kind::Empty:
            kind = tr("empty");
            break;
        }
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(tr("Request body (%1, %2)").arg(RequestLogModel::formatSize(r.requestBodySize), kind));
        h += QStringLiteral("<pre>%1</pre>").arg(esc(preview.text));
        if (preview.truncated)
            h += QStringLiteral("<p class=muted>%1</p>").arg(tr("Only the beginning is shown."));
    }

    if (r.status > 0)
        h += QStringLiteral("<h3>%1</h3>").arg(tr("Response headers")) + headerTable(r.responseHeaders);
    return h;
}

void RequestDetails::setRecord(const RequestRecord *record, const QString &origin)
{
    m_hasRecord = record != nullptr;
    m_copyCurl->setEnabled(record && !record->method.isEmpty());
    if (!record) {
        m_curl.clear();
        m_text->setHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), tr("Select a request to see its details.")));
        return;
    }
    m_curl = record->method.isEmpty() ? QString() : curlCommand(*record, origin);
    m_text->setHtml(html(*record, palette()));
}

QString RequestDetails::plainText() const
{
    return m_text->toPlainText();
}

} // namespace Servery
