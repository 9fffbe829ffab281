#include "CompareView.h"

#include "server/log/RequestRecord.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringBuilder>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Servery {

namespace {

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

// A line's text for HTML: escaped, spaces kept (Qt's rich text has no
// white-space: pre inside table cells).
QString cellText(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u' ', QChar(0xa0));
    return escaped.isEmpty() ? QStringLiteral("&nbsp;") : escaped;
}

QString cell(const QString &text, const QColor &background, const QString &marker = {}, bool half = false)
{
    QString attributes = background.isValid() ? QStringLiteral(" bgcolor=\"%1\"").arg(background.name()) : QString();
    if (half)
        attributes += QStringLiteral(" width=\"50%\"");
    return QStringLiteral("<td%1><tt>%2%3</tt></td>").arg(attributes, marker, cellText(text));
}

} // namespace

CompareView::Colors CompareView::colors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A stronger tint on a dark base, where a faint one disappears.
    const double amount = base.lightnessF() < 0.5 ? 0.35 : 0.25;
    return {mix(base, QColor(0x2e, 0xa0, 0x43), amount), mix(base, QColor(0xd7, 0x3a, 0x49), amount),
            palette.color(QPalette::Text)};
}

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_modes = new QComboBox(this);
    m_modes->addItem(tr("Side by side"), int(Mode::SideBySide));
    m_modes->addItem(tr("Unified"), int(Mode::Unified));
    m_modes->setAccessibleName(tr("Comparison layout"));
    connect(m_modes, &QComboBox::activated, this, [this](int i) { setMode(Mode(m_modes->itemData(i).toInt())); });
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_modes);
    layout->addLayout(bar);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Comparison"));
    layout->addWidget(m_text, 1);
    clear();
}

void CompareView::setRecords(const RequestRecord &a, const RequestRecord &b)
{
    QList<DiffSection> sections = headerDiff(a, b);
    const BodyDiff body = bodyDiff(a, b);
    DiffSection bodySection {tr("Request body"), body.lines};
    if (body.mode == BodyDiff::Mode::Binary || body.lines.isEmpty())
        bodySection.lines = {DiffLine {body.same ? DiffLine::Same : DiffLine::Removed, body.summary}};
    sections.append(bodySection);
    setSections(std::move(sections), tr("#%1").arg(a.id), tr("#%1").arg(b.id));
}

void CompareView::setSections(QList<DiffSection> sections, QString titleA, QString titleB)
{
    m_sections = std::move(sections);
    m_titleA = std::move(titleA);
    m_titleB = std::move(titleB);
    render();
}

void CompareView::clear()
{
    setSections({}, {}, {});
}

void CompareView::setMode(Mode mode)
{
    m_mode = mode;
    m_modes->setCurrentIndex(m_modes->findData(int(mode)));
    render();
}

QString CompareView::plainText() const
{
    return m_text->toPlainText();
}

void CompareView::changeEvent(QEvent *event)
{
    // The colours follow the theme when it changes (light to dark).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
    QWidget::changeEvent(event);
}

void CompareView::render()
{
    if (m_sections.isEmpty()) {
        m_summary->setText(tr("Pick two requests to compare."));
        m_text->clear();
        return;
    }
    QStringList changed;
    for (const DiffSection &s : std::as_const(m_sections)) {
        if (s.differs())
            changed << s.title.toLower();
    }
    m_summary->setText(changed.isEmpty() ? tr("%1 and %2 are the same.").arg(m_titleA, m_titleB)
                                         : tr("Different: %1.").arg(changed.join(QStringLiteral(", "))));
    m_text->setHtml(html(m_sections, m_mode, palette(), m_titleA, m_titleB));
}

namespace {

// Rich text costs time per row: long runs of equal lines are folded to
// their ends, and a section shows at most kMaxShownDiffRows rows.
constexpr qsizetype kFoldContext = 3;
constexpr qsizetype kMaxShownDiffRows = 2000;

QList<DiffLine> foldedForShowing(const QList<DiffLine> &lines)
{
    QList<DiffLine> out;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i;
        while (end < lines.size() && lines[end].op == DiffLine::Same)
            ++end;
        const qsizetype run = end - i;
        if (run > 2 * kFoldContext + 1) {
            out.append(lines.mid(i, kFoldContext));
            out.append({DiffLine::Same, CompareView::tr("\u22ef %1 equal lines \u22ef").arg(run - 2 * kFoldContext)});
            out.append(lines.mid(end - kFoldContext, kFoldContext));
        } else {
            out.append(lines.mid(i, run));
        }
        while (end < lines.size() && lines[end].op != DiffLine::Same)
            out.append(lines[end++]);
        i = end;
    }
    if (out.size() > kMaxShownDiffRows) {
        const qsizetype hidden = out.size() - kMaxShownDiffRows;
        out.resize(kMaxShownDiffRows);
        out.append({DiffLine::Same, CompareView::tr("\u22ef %1 more lines are not shown \u22ef").arg(hidden)});
    }
    return out;
}

} // namespace

QString CompareView::html(const QList<DiffSection> &sections, Mode mode, const QPalette &palette, const QString &titleA,
                          const QString &titleB)
{
    const Colors c = colors(palette);
    QString h = QStringLiteral("<style>table{border-collapse:collapse} td{padding:0 6px 0 6px;vertical-align:top}"
                               "h3{margin:12px 0 4px 0}</style>");
    if (mode == Mode::SideBySide && (!titleA.isEmpty() || !titleB.isEmpty()))
        h += QStringLiteral("<table width=\"100%\"><tr><th align=left width=\"50%\">%1</th>"
                            "<th align=left width=\"50%\">%2</th></tr></table>")
                 .arg(titleA.toHtmlEscaped(), titleB.toHtmlEscaped());
    for (const DiffSection &section : sections) {
        h += QStringLiteral("<h3>%1</h3><table width=\"100%\">").arg(section.title.toHtmlEscaped());
        if (section.lines.isEmpty())
            h += QStringLiteral("<tr><td><i>%1</i></td></tr>").arg(tr("None"));
        const QList<DiffLine> lines = foldedForShowing(section.lines);
        if (mode == Mode::Unified) {
            for (const DiffLine &l : lines) {
                if (l.op == DiffLine::Same)
                    h += u"<tr>" % cell(l.text, {}, QStringLiteral("&nbsp;&nbsp;")) % u"</tr>";
                else if (l.op == DiffLine::Added)
                    h += u"<tr>" % cell(l.text, c.added, QStringLiteral("+&nbsp;")) % u"</tr>";
                else
                    h += u"<tr>" % cell(l.text, c.removed, QStringLiteral("-&nbsp;")) % u"</tr>";
            }
        } else {
            // A run of removed lines faces the run of added lines after it.
            for (qsizetype i = 0; i < lines.size();) {
                if (lines[i].op == DiffLine::Same) {
                    h += u"<tr>" % cell(lines[i].text, {}, {}, true) % cell(lines[i].text, {}, {}, true) % u"</tr>";
                    ++i;
                    continue;
                }
                qsizetype removedEnd = i;
                while (removedEnd < lines.size() && lines[removedEnd].op == DiffLine::Removed)
                    ++removedEnd;
                qsizetype addedEnd = removedEnd;
                while (addedEnd < lines.size() && lines[addedEnd].op == DiffLine::Added)
                    ++addedEnd;
                const qsizetype rows = std::max(removedEnd - i, addedEnd - removedEnd);
                for (qsizetype r = 0; r < rows; ++r) {
                    const bool hasLeft = i + r < removedEnd;
                    const bool hasRight = removedEnd + r < addedEnd;
                    h += u"<tr>"
                        % cell(hasLeft ? lines[i + r].text : QString(), hasLeft ? c.removed : QColor(), {}, true)
                        % cell(hasRight ? lines[removedEnd + r].text : QString(), hasRight ? c.added : QColor(), {},
                               true)
                        % u"</tr>";
                }
                i = addedEnd;
            }
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace Servery
