#include "BodyViewer.h"

#include "BodyPreview.h"
#include "FormTableModel.h"
#include "HexModel.h"
#include "ImageView.h"
#include "JsonTreeModel.h"
#include "MultipartModel.h"
#include "TextDecoding.h"

#include "server/util/HumanFormat.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringBuilder>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Servery {

namespace {

constexpr qsizetype kMaxWrappedLine = 4096;
constexpr qsizetype kMaxTreeBytes = 8 * 1024 * 1024;
// Multipart inside multipart is opened this deep, no deeper (each level is a
// viewer of its own, and a hostile body can nest a thousand).
constexpr int kMaxPartDepth = 3;

} // namespace

namespace {

QString kindName(BodyViewer::Kind kind)
{
    switch (kind) {
    case BodyViewer::Kind::Empty:
        return BodyViewer::tr("No body");
    case BodyViewer::Kind::Json:
        return BodyViewer::tr("JSON");
    case BodyViewer::Kind::Form:
        return BodyViewer::tr("Form fields");
    case BodyViewer::Kind::Multipart:
        return BodyViewer::tr("Multipart");
    case BodyViewer::Kind::Image:
        return BodyViewer::tr("Image");
    case BodyViewer::Kind::Text:
        return BodyViewer::tr("Text");
    case BodyViewer::Kind::Binary:
        return BodyViewer::tr("Binary");
    }
    return {};
}

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Rows as tall as the font, whatever the scale; Fixed keeps a view of a
    // million rows from measuring them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + table->fontMetrics().height() / 3);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

BodyViewer::BodyViewer(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadAll = new QPushButton(this);
    m_loadAll->setToolTip(tr("Read the whole body into this view"));
    m_loadAll->hide();
    connect(m_loadAll, &QPushButton::clicked, this, &BodyViewer::loadAll);
    m_views = new QComboBox(this);
    m_views->setAccessibleName(tr("View as"));
    m_views->setToolTip(tr("How to show the body"));
    connect(m_views, &QComboBox::activated, this, [this](int i) { setView(View(m_views->itemData(i).toInt())); });
    bar->addWidget(m_status, 1);
    bar->addWidget(m_loadAll);
    bar->addWidget(m_views);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    clear();
}

BodyViewer::~BodyViewer() = default;

void BodyViewer::clear()
{
    setBody({}, 0, {}, 0);
}

void BodyViewer::setBody(BodyReader reader, qint64 size, QByteArrayView contentType, qint64 totalSize)
{
    m_reader = std::move(reader);
    m_size = m_reader ? std::max<qint64>(0, size) : 0;
    m_totalSize = std::max(totalSize, m_size);
    m_contentType = contentType.toByteArray();
    m_loaded.clear();
    m_loadedRead = false;
    m_charsetNote.clear();
    m_filled.clear();
    m_messages.clear();
    const QByteArray head = m_size > 0 ? m_reader(0, std::min(m_size, kSniffBytes)) : QByteArray();
    m_kind = chooseKind(head, m_contentType);
    if (m_kind == Kind::Multipart && m_depth >= kMaxPartDepth)
        m_kind = chooseKind(head, "application/octet-stream"); // text or hex, not another level

    m_views->clear();
    for (const View v : viewsFor(m_kind))
        m_views->addItem(viewName(v), int(v));
    m_views->setEnabled(m_views->count() > 1);
    showView(viewsFor(m_kind).constFirst());
}

void BodyViewer::setView(View view)
{
    if (!availableViews().contains(view))
        return;
    showView(view);
}

QByteArray BodyViewer::loadedBytes()
{
    if (!m_loadedRead && m_size > 0) {
        m_loaded = m_reader(0, std::min(m_size, kFirstLoadBytes));
        m_loadedRead = true;
    }
    return m_loaded;
}

void BodyViewer::loadAll()
{
    if (m_size <= 0)
        return;
    m_loaded = m_reader(0, std::min(m_size, kMaxLoadBytes));
    m_loadedRead = true;
    m_filled.clear(); // every page shows more now
    showView(m_view);
}

void BodyViewer::showView(View view)
{
    m_view = view;
    m_views->setCurrentIndex(m_views->findData(int(view)));
    QWidget *p = page(view);
    if (!m_filled.contains(view)) {
        m_message->clear();
        fillPage(view);
        m_messages[view] = m_message->text();
        m_filled.removeAll(View::Pretty); // Pretty and Text share a page
        m_filled.removeAll(View::Text);
        m_filled.append(view);
    }
    m_message->setText(m_messages.value(view));
    m_message->setVisible(!m_message->text().isEmpty());
    m_pages->setCurrentWidget(p);
    updateStatus();
    Q_EMIT viewChanged(view);
}

namespace {

qsizetype longestLine(const QString &text)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return longest;
}

// What the status line says of the charset: the reason when it is not the
// declared one, the declared one's name when it is not UTF-8.
QString charsetNote(const DecodedText &decoded)
{
    if (!decoded.note.isEmpty() || decoded.charset.compare(u"UTF-8", Qt::CaseInsensitive) == 0)
        return decoded.note;
    return decoded.charset;
}

} // namespace

void BodyViewer::fillPage(View view)
{
    const bool lazyText = view == View::Tree || view == View::Pretty || view == View::Table || view == View::Text;
    const QByteArray bytes = lazyText ? loadedBytes() : QByteArray();
    const bool complete = bytes.size() >= m_size;
    switch (view) {
    case View::Tree: {
        if (bytes.size() > kMaxTreeBytes) {
            // A node costs about 150 bytes: 64 MiB of JSON would take
            // gigabytes and many seconds on this thread.
            m_jsonModel->setJson({});
            m_message->setText(
                tr("This JSON is too large for the tree (%1); see it as Pretty or Text.").arg(humanSize(bytes.size())));
            break;
        }
        const DecodedText decoded = decodeText(bytes, m_contentType, complete);
        m_charsetNote = charsetNote(decoded);
        m_jsonModel->setJson(decoded.text.toUtf8());
        if (!m_jsonModel->isValid() && !complete && m_jsonModel->tree().endedEarly())
            m_message->setText(tr("Only the first %1 is loaded, which is not a whole JSON document: "
                                  "press Load all to see the tree.")
                                   .arg(humanSize(bytes.size())));
        else
            m_message->setText(m_jsonModel->error());
        if (m_jsonModel->rowCount() > 0 && m_jsonModel->rowCount() <= 100)
            m_tree->expandToDepth(0);
        break;
    }
    case View::Pretty:
    case View::Text: {
        const DecodedText decoded = decodeText(bytes, m_contentType, complete);
        m_charsetNote = charsetNote(decoded);
        QString text = decoded.text;
        if (view == View::Pretty) {
            const BodyPreview pretty = previewBody(decoded.text.toUtf8(), "application/json", m_size, bytes.size() + 1);
            if (pretty.kind == BodyPreview::Kind::Json)
                text = pretty.text;
            else
                m_message->setText(tr("This is shown as it is: it is not valid JSON, or indenting it would make "
                                      "it too large."));
        }
        // Wrapping one long unbroken line costs time that grows with its
        // square (a megabyte of hex: half a minute); such text is not wrapped.
        // (The old text goes first: laying it out again in the new mode
        // would cost what this avoids.)
        m_text->clear();
        m_text->setLineWrapMode(longestLine(text) > kMaxWrappedLine ? QPlainTextEdit::NoWrap
                                                                    : QPlainTextEdit::WidgetWidth);
        m_text->setPlainText(text);
        if (m_kind == Kind::Empty)
            m_text->setPlaceholderText(m_totalSize > 0 ? tr("The body was not kept.") : tr("There is no body."));
        break;
    }
    case View::Table:
        m_formModel->setForm(bytes);
        break;
    case View::Parts:
        m_partsModel->setBody(m_reader, m_size, m_contentType);
        m_partHead->setText(m_partsModel->summary());
        if (m_partsModel->rowCount() > 0)
            m_partList->setCurrentIndex(m_partsModel->index(0)); // shows it
        else
            m_partViewer->clear();
        break;
    case View::Image:
        if (m_size > kMaxImageBytes)
            m_image->setMessage(tr("This image is too large to show here (%1); see Hex.").arg(humanSize(m_size)));
        else
            m_image->setImage(m_reader(0, m_size), m_contentType);
        break;
    case View::Hex:
        m_hexModel->setBody(m_reader, m_size);
        break;
    }
}

void BodyViewer::updateStatus()
{
    QStringList parts {kindName(m_kind)};
    if (m_size > 0)
        parts << humanSize(m_totalSize);
    if (m_totalSize > m_size)
        parts << tr("only the first %1 was kept").arg(humanSize(m_size));
    const bool textView
        = m_view == View::Tree || m_view == View::Pretty || m_view == View::Table || m_view == View::Text;
    const bool partial = textView && m_loadedRead && !isFullyLoaded();
    if (partial)
        parts << tr("showing the first %1").arg(humanSize(m_loaded.size()));
    if (textView && !m_charsetNote.isEmpty())
        parts << m_charsetNote;
    if (m_view == View::Parts && m_partsModel)
        parts << m_partsModel->summary();
    // The image view says its format and size itself, above the picture.
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_loadAll->setVisible(partial);
    m_loadAll->setText(m_size <= kMaxLoadBytes ? tr("Load all (%1)").arg(humanSize(m_size))
                                               : tr("Load the first %1").arg(humanSize(kMaxLoadBytes)));
}

QString BodyViewer::status() const
{
    return m_status->text();
}

QWidget *BodyViewer::currentPage() const
{
    return m_pages->currentWidget();
}

QString BodyViewer::text() const
{
    return m_text ? m_text->toPlainText() : QString();
}

QString BodyViewer::message() const
{
    return m_message->text();
}

QWidget *BodyViewer::page(View view)
{
    const View key = view == View::Pretty ? View::Text : view;
    for (const auto &[v, widget] : std::as_const(m_pageOf)) {
        if (v == key)
            return widget;
    }
    QWidget *made = nullptr;
    switch (key) {
    case View::Tree:
        made = makeTreePage();
        break;
    case View::Table:
        made = makeTablePage();
        break;
    case View::Parts:
        made = makePartsPage();
        break;
    case View::Image:
        made = m_image = new ImageView(m_pages);
        break;
    case View::Hex:
        made = makeHexPage();
        break;
    default:
        made = makeTextPage();
        break;
    }
    made->setObjectName(viewName(key).toLower());
    m_pages->addWidget(made);
    m_pageOf.append({key, made});
    return made;
}

QWidget *BodyViewer::makeTreePage()
{
    m_jsonModel = new JsonTreeModel(this);
    m_tree = new QTreeView(m_pages);
    m_tree->setModel(m_jsonModel);
    m_tree->setUniformRowHeights(true); // cheap scrolling through many rows
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, m_tree->fontMetrics().averageCharWidth() * 24);
    return m_tree;
}

QWidget *BodyViewer::makeTablePage()
{
    m_formModel = new FormTableModel(this);
    QTableView *table = makeTable(m_pages);
    table->setModel(m_formModel);
    table->setColumnWidth(FormTableModel::NameColumn, table->fontMetrics().averageCharWidth() * 24);
    return table;
}

QWidget *BodyViewer::makeTextPage()
{
    m_text = new QPlainTextEdit(m_pages);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Body text"));
    return m_text;
}

QWidget *BodyViewer::makeHexPage()
{
    m_hexModel = new HexModel(this);
    QTableView *table = makeTable(m_pages);
    table->setModel(m_hexModel);
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int pad = fm.averageCharWidth() * 3;
    table->setColumnWidth(HexModel::OffsetColumn, fm.horizontalAdvance(QStringLiteral("00000000")) + pad);
    table->setColumnWidth(HexModel::HexColumn,
                          fm.horizontalAdvance(QString(HexModel::kBytesPerRow * 3 + 1, u'0')) + pad);
    table->setAccessibleName(tr("Body in hex"));
    return table;
}

QWidget *BodyViewer::makePartsPage()
{
    m_partsModel = new MultipartModel(this);
    auto *splitter = new QSplitter(Qt::Vertical, m_pages);
    auto *list = m_partList = new QListView(splitter);
    list->setModel(m_partsModel);
    list->setUniformItemSizes(true);
    list->setAccessibleName(tr("Parts"));
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showPart(current.row());
    });
    auto *detail = new QWidget(splitter);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_partHead = new QLabel(detail);
    m_partHead->setWordWrap(true);
    m_partHead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_partHead);
    // A viewer of its own for the part's content; it makes its pages only
    // when they are shown. Nested multipart opens at most kMaxPartDepth deep.
    m_partViewer = new BodyViewer(detail);
    m_partViewer->m_depth = m_depth + 1;
    layout->addWidget(m_partViewer, 1);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

void BodyViewer::showPart(int row)
{
    const MultipartPart &p = m_partsModel->part(row);
    QStringList lines;
    for (const HttpHeader &h : p.headers.fields())
        lines << QString::fromUtf8(h.name + ": " + h.value);
    if (!p.complete)
        lines << tr("The body ends inside this part.");
    m_partHead->setText(lines.join(u'\n'));
    m_partViewer->setBody(m_partsModel->partReader(row), p.length, p.contentType, p.length);
}

} // namespace Servery
