#include "ReplayDialog.h"

#include "RequestLogModel.h"

#include "server/http/HttpStatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringBuilder>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Servery {

namespace {

// A body longer than this is not put in a text editor: it is kept as bytes
// (request) or shown in part (answers).
constexpr qsizetype kEditableBodyBytes = 1024 * 1024;

// `bytes` as text a person can read and edit: valid UTF-8 with no control
// characters but tab and line ends. A null string otherwise.
QString readableText(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return {};
    }
    if (text.isNull())
        text = QStringLiteral("");
    return text;
}

QString headerLines(const QList<HttpHeader> &headers)
{
    QStringList lines;
    for (const HttpHeader &h : headers)
        lines << QString::fromUtf8(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value);
    return lines.join(u'\n');
}

// What a response pane shows for a body.
QString bodyDisplay(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    const QByteArrayView shown = QByteArrayView(body).first(std::min(body.size(), kEditableBodyBytes));
    QString text = readableText(shown);
    // A prefix may end inside a UTF-8 sequence (at most three bytes of it).
    for (qsizetype cut = 1; text.isNull() && shown.size() < body.size() && cut <= 3; ++cut)
        text = readableText(shown.chopped(cut));
    if (text.isNull())
        return QObject::tr("%1 bytes (binary)").arg(body.size());
    if (shown.size() < body.size())
        text += QObject::tr("\n\n[%1 more bytes not shown]").arg(body.size() - shown.size());
    return text;
}

// The original bytes behind a table cell while its text is unchanged, so a
// value that is not UTF-8 goes out as it came.
QByteArray cellBytes(const QTableWidgetItem *item)
{
    if (!item)
        return {};
    const QByteArray original = item->data(Qt::UserRole).toByteArray();
    if (!original.isNull() && item->text() == QString::fromUtf8(original))
        return original;
    return item->text().trimmed().toUtf8();
}

} // namespace

ReplayDialog::ReplayDialog(const RequestRecord &record, const QString &origin, QWidget *parent)
    : QDialog(parent)
    , m_client(new ReplayClient(this))
{
    const ReplayRequest initial = ReplayRequest::fromRecord(record, origin);
    setWindowTitle(tr("Replay %1 %2").arg(QString::fromUtf8(initial.method), QString::fromUtf8(record.target)));

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(makeRequestSide());
    auto *answers = new QSplitter(Qt::Horizontal, split);
    answers->addWidget(makeResponseSide(tr("Original response"), m_originalStatus, m_originalHeaders, m_originalBody,
                                        QStringLiteral("original")));
    answers->addWidget(
        makeResponseSide(tr("Replay"), m_answerStatus, m_answerHeaders, m_answerBody, QStringLiteral("answer")));
    split->addWidget(answers);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_method->setCurrentText(QString::fromUtf8(initial.method));
    m_url->setText(initial.url);
    for (const HttpHeader &h : initial.headers)
        addHeaderRow(h.name, h.value);

    m_bodyBytes = initial.body;
    const QString text = m_bodyBytes.size() <= kEditableBodyBytes ? readableText(m_bodyBytes) : QString();
    m_bodyIsBytes = text.isNull();
    if (m_bodyIsBytes) {
        m_body->setPlainText(tr("%1 bytes (binary)").arg(m_bodyBytes.size()));
        m_body->setReadOnly(true);
    } else {
        m_body->setPlainText(text);
        // The editor keeps lines, not line ends: an edited CRLF body gets
        // CRLF back (forms, multipart).
        m_crlfBody = text.contains(QStringLiteral("\r\n")) && text.count(QStringLiteral("\r\n")) == text.count(u'\n');
    }
    m_body->document()->setModified(false);
    m_replaceBody->setEnabled(m_bodyIsBytes);
    if (record.requestBodySize > record.requestBodyKept()) {
        m_bodyNote->setText(tr("Only the first %1 of %2 bytes were kept; the replay sends those.")
                                .arg(record.requestBodyKept())
                                .arg(record.requestBodySize));
    }
    m_bodyNote->setVisible(!m_bodyNote->text().isEmpty());

    showOriginal(record);
    m_answerStatus->setText(tr("Not sent yet."));
    connect(m_client, &ReplayClient::finished, this, &ReplayDialog::showAnswer);
    resize(1000, 720);
}

QWidget *ReplayDialog::makeRequestSide()
{
    auto *box = new QGroupBox(tr("Request"), this);
    auto *layout = new QVBoxLayout(box);

    auto *line = new QHBoxLayout;
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setAccessibleName(tr("Method"));
    m_url = new QLineEdit(box);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("URL"));
    m_send = new QPushButton(tr("Send"), box);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &ReplayDialog::send);
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    layout->addLayout(line);

    auto *parts = new QSplitter(Qt::Horizontal, box);
    auto *headersSide = new QWidget(parts);
    auto *headersLayout = new QVBoxLayout(headersSide);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QTableWidget(0, 2, headersSide);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    headersLayout->addWidget(m_headers, 1);
    auto *headerButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add header"), headersSide);
    add->setObjectName(QStringLiteral("addHeader"));
    connect(add, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->setCurrentCell(m_headers->rowCount() - 1, 0);
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 0));
    });
    auto *remove = new QPushButton(tr("Remove"), headersSide);
    remove->setObjectName(QStringLiteral("removeHeader"));
    connect(remove, &QPushButton::clicked, this, &ReplayDialog::removeHeaderRows);
    headerButtons->addWidget(add);
    headerButtons->addWidget(remove);
    headerButtons->addStretch(1);
    headersLayout->addLayout(headerButtons);

    auto *bodySide = new QWidget(parts);
    auto *bodyLayout = new QVBoxLayout(bodySide);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_body = new QPlainTextEdit(bodySide);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setPlaceholderText(tr("No body"));
    bodyLayout->addWidget(m_body, 1);
    auto *bodyButtons = new QHBoxLayout;
    m_bodyNote = new QLabel(bodySide);
    m_bodyNote->setObjectName(QStringLiteral("bodyNote"));
    m_bodyNote->setWordWrap(true);
    m_replaceBody = new QPushButton(tr("Replace body"), bodySide);
    m_replaceBody->setObjectName(QStringLiteral("replaceBody"));
    connect(m_replaceBody, &QPushButton::clicked, this, &ReplayDialog::replaceBody);
    bodyButtons->addWidget(m_bodyNote, 1);
    bodyButtons->addWidget(m_replaceBody);
    bodyLayout->addLayout(bodyButtons);
    parts->addWidget(headersSide);
    parts->addWidget(bodySide);
    layout->addWidget(parts, 1);
    return box;
}

QWidget *ReplayDialog::makeResponseSide(const QString &title, QLabel *&status, QPlainTextEdit *&headers,
                                        QPlainTextEdit *&body, const QString &prefix)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    status = new QLabel(box);
    status->setObjectName(prefix + QStringLiteral("Status"));
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status);
    headers = new QPlainTextEdit(box);
    headers->setObjectName(prefix + QStringLiteral("Headers"));
    headers->setReadOnly(true);
    headers->setPlaceholderText(tr("No headers"));
    headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    headers->setAccessibleName(tr("%1: headers", "the title of a response, then a part of it").arg(title));
    layout->addWidget(headers, 1);
    body = new QPlainTextEdit(box);
    body->setObjectName(prefix + QStringLiteral("Body"));
    body->setReadOnly(true);
    body->setPlaceholderText(tr("No body"));
    body->setAccessibleName(tr("%1: body", "the title of a response, then a part of it").arg(title));
    layout->addWidget(body, 2);
    return box;
}

void ReplayDialog::showOriginal(const RequestRecord &record)
{
    if (record.status == 0) {
        m_originalStatus->setText(record.error.isEmpty() ? tr("No response was sent.")
                                                         : tr("No response was sent: %1").arg(record.error));
    } else {
        m_originalStatus->setText(tr("%1 %2 \u00b7 %3")
                                      .arg(record.status)
                                      .arg(QString::fromLatin1(reasonPhrase(record.status)),
                                           RequestLogModel::formatDuration(record.durationUs)));
    }
    m_originalHeaders->setPlainText(headerLines(record.responseHeaders.fields()));
    if (record.responseBody.isEmpty() && record.responseBodyBytes > 0)
        m_originalBody->setPlainText(tr("%1 bytes (not kept by the log)").arg(record.responseBodyBytes));
    else
        m_originalBody->setPlainText(bodyDisplay(record.responseBody));
}

ReplayRequest ReplayDialog::request() const
{
    ReplayRequest r;
    r.method = m_method->currentText().trimmed().toUtf8();
    r.url = m_url->text().trimmed();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QByteArray name = cellBytes(m_headers->item(row, 0));
        if (!name.isEmpty())
            r.headers << HttpHeader {name, cellBytes(m_headers->item(row, 1))};
    }
    if (m_bodyIsBytes || !m_body->document()->isModified()) {
        r.body = m_bodyBytes;
    } else {
        QString text = m_body->toPlainText();
        if (m_crlfBody)
            text.replace(u'\n', QStringLiteral("\r\n"));
        r.body = text.toUtf8();
    }
    return r;
}

void ReplayDialog::send()
{
    m_answerStatus->setText(tr("Sending\u2026"));
    m_answerHeaders->clear();
    m_answerBody->clear();
    m_client->send(request());
}

void ReplayDialog::replaceBody()
{
    m_bodyBytes.clear();
    m_bodyIsBytes = false;
    m_crlfBody = false;
    m_body->setReadOnly(false);
    m_body->clear();
    m_body->document()->setModified(true);
    m_replaceBody->setEnabled(false);
    m_bodyNote->hide();
    m_body->setFocus();
}

void ReplayDialog::showAnswer(const ReplayResult &result)
{
    QStringList status;
    if (result.status != 0) {
        status << tr("%1 %2 \u00b7 %3")
                      .arg(result.status)
                      .arg(QString::fromLatin1(result.reason),
                           result.elapsedMs < 1 ? tr("under 1 ms") : tr("%1 ms").arg(result.elapsedMs));
    }
    if (!result.error.isEmpty())
        status << result.error;
    if (result.truncated)
        status << tr("Only the first %1 bytes of the body were kept.").arg(result.body.size());
    m_answerStatus->setText(status.join(u'\n'));
    m_answerHeaders->setPlainText(headerLines(result.headers));
    m_answerBody->setPlainText(bodyDisplay(result.body));
    Q_EMIT answerShown(result);
}

void ReplayDialog::addHeaderRow(const QByteArray &name, const QByteArray &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *nameItem = new QTableWidgetItem(QString::fromUtf8(name));
    auto *valueItem = new QTableWidgetItem(QString::fromUtf8(value));
    if (!name.isNull())
        nameItem->setData(Qt::UserRole, name);
    if (!value.isNull())
        valueItem->setData(Qt::UserRole, value);
    m_headers->setItem(row, 0, nameItem);
    m_headers->setItem(row, 1, valueItem);
}

void ReplayDialog::removeHeaderRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_headers->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_headers->currentRow() >= 0)
        rows << m_headers->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_headers->removeRow(row);
}

} // namespace Servery
