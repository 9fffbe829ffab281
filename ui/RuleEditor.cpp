#include "RuleEditor.h"

#include "server/http/HttpStatus.h"
#include "server/http/limits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace Servery {

namespace {

constexpr int kPauseMs = 300; // typing is applied after this much quiet

// A two-column table of names and values with Add and Remove beside it.
QWidget *pairTable(QWidget *parent, const QStringList &titles, const QString &what, QTableWidget **out,
                   const std::function<void()> &changed)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *table = new QTableWidget(0, 2, box);
    table->setHorizontalHeaderLabels(titles);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->horizontalHeader()->resizeSection(0, table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAccessibleName(what);
    // Room for a few rows and the header, in the font's own size (200% scale).
    table->setFixedHeight(table->fontMetrics().lineSpacing() * 6);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(RuleEditor::tr("Add"), box);
    add->setAccessibleName(RuleEditor::tr("Add to %1").arg(what));
    auto *remove = new QPushButton(RuleEditor::tr("Remove"), box);
    remove->setAccessibleName(RuleEditor::tr("Remove from %1").arg(what));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    row->addWidget(table, 1);
    row->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem);
        table->setItem(r, 1, new QTableWidgetItem);
        table->setCurrentCell(r, 0);
        table->editItem(table->item(r, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    QObject::connect(table->model(), &QAbstractItemModel::dataChanged, box, changed);
    QObject::connect(table->model(), &QAbstractItemModel::rowsRemoved, box, changed);
    *out = table;
    return box;
}

QList<std::pair<QString, QString>> pairsOf(const QTableWidget *table)
{
    QList<std::pair<QString, QString>> pairs;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, 0) ? table->item(r, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            pairs.append({name, table->item(r, 1) ? table->item(r, 1)->text() : QString()});
    }
    return pairs;
}

void setPairs(QTableWidget *table, const QList<std::pair<QString, QString>> &pairs)
{
    table->setRowCount(0);
    for (const auto &[name, value] : pairs) {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(name));
        table->setItem(r, 1, new QTableWidgetItem(value));
    }
}

QList<std::pair<QString, QString>> textPairs(const QList<std::pair<QByteArray, QString>> &pairs)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &[name, value] : pairs)
        out.append({QString::fromLatin1(name), value});
    return out;
}

// The same pairs for a rule; an empty request-header value means any value.
QList<std::pair<QByteArray, QString>> headerPairs(const QTableWidget *table, bool emptyMeansAny)
{
    QList<std::pair<QByteArray, QString>> out;
    for (const auto &[name, value] : pairsOf(table))
        out.append({name.toUtf8(), emptyMeansAny && value.trimmed().isEmpty() ? QStringLiteral("*") : value});
    return out;
}

// A cell of the JSON column: JSON when it reads as one value, else the text
// itself, so `abc` means "abc" and `7` means the number 7.
QJsonValue jsonValueOf(const QString &text)
{
    const QJsonDocument d = QJsonDocument::fromJson('[' + text.toUtf8() + ']');
    if (d.isArray() && d.array().size() == 1)
        return d.array().at(0);
    return QJsonValue(text);
}

QString jsonCellText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Names a JSON object keeps once: the last of two equal ones wins.
QStringList repeatedNames(const QTableWidget *table)
{
    QStringList seen;
    QStringList repeated;
    for (const auto &pair : pairsOf(table)) {
        if (seen.contains(pair.first) && !repeated.contains(pair.first))
            repeated << pair.first;
        seen << pair.first;
    }
    return repeated;
}

} // namespace

QColor problemColor(const QPalette &palette, bool isError)
{
    // A dark palette draws light text on a dark window.
    const bool dark = palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
    if (isError)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &RuleEditor::applyNow);
    auto later = [this] {
        edited(false);
    };
    auto now = [this] {
        edited(true);
    };

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional; the log shows it for the requests this rule answers"));
    form->addRow(tr("&Name:"), m_name);
    m_enabled = new QCheckBox(tr("On: this rule answers the requests it matches"), this);
    form->addRow(QString(), m_enabled);

    auto *matchTitle = new QLabel(tr("<b>Which requests</b>"), this);
    form->addRow(matchTitle);
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({tr("any"), QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setToolTip(tr("A rule for GET answers HEAD requests too"));
    form->addRow(tr("&Method:"), m_method);
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(QStringLiteral("/api/users/:id"));
    m_path->setToolTip(tr("Starts with /. Each part between slashes is plain text, or:\n"
                          "  :name  any one part, kept as {{params.name}} (\"/users/:id\")\n"
                          "  *      any one part; as the last part, anything after it, even nothing "
                          "(\"/files/*\")\n"
                          "* alone matches every path. The query (?a=1) is not part of the path."));
    form->addRow(tr("&Path:"), m_path);
    m_pathProblem = new QLabel(this);
    m_pathProblem->setWordWrap(true);
    m_pathProblem->hide();
    form->addRow(QString(), m_pathProblem);
    form->addRow(tr("Request headers:"),
                 pairTable(this, {tr("Header"), tr("Value (empty or * for any)")}, tr("request headers"),
                           &m_requestHeaders, now));
    m_bodyContains = new QLineEdit(this);
    m_bodyContains->setPlaceholderText(tr("Text the request body must contain"));
    form->addRow(tr("Body &contains:"), m_bodyContains);
    form->addRow(
        tr("Body JSON:"),
        pairTable(this, {tr("Field (a.b.c)"), tr("Equals (JSON value)")}, tr("body JSON fields"), &m_bodyJson, now));
    m_bodyJson->setToolTip(tr("A field of a JSON body by its dotted path (customer.id, items.0.sku) and the "
                              "value it must equal: 7, true, \"text\" (plain text counts as text)"));

    auto *replyTitle = new QLabel(tr("<b>The reply</b>"), this);
    form->addRow(replyTitle);
    auto *statusRow = new QHBoxLayout;
    m_status = new QSpinBox(this);
    m_status->setRange(200, 599);
    m_reason = new QLabel(this);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_reason, 1);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, statusRow);
    form->addRow(tr("Reply headers:"),
                 pairTable(this, {tr("Header"), tr("Value")}, tr("reply headers"), &m_replyHeaders, now));
    auto *modeRow = new QHBoxLayout;
    m_textMode = new QRadioButton(tr("Te&xt"), this);
    m_fileMode = new QRadioButton(tr("&File"), this);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_textMode);
    modes->addButton(m_fileMode);
    m_textMode->setChecked(true);
    modeRow->addWidget(m_textMode);
    modeRow->addWidget(m_fileMode);
    modeRow->addStretch(1);
    form->addRow(tr("Body:"), modeRow);
    m_body = new QPlainTextEdit(this);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(QStringLiteral("{\"id\": 7}"));
    m_body->setAccessibleName(tr("Reply body"));
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 6);
    form->addRow(QString(), m_body);
    m_fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(m_fileRow);
    m_file->setPlaceholderText(tr("The whole path of a file to answer with"));
    m_file->setAccessibleName(tr("Reply file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), m_fileRow);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    form->addRow(QString(), m_fileRow);
    m_template = new QCheckBox(tr("Template: fill in parts of the request"), this);
    form->addRow(QString(), m_template);
    auto *help = new QLabel(tr("In the body and header values: {{method}} {{path}} {{query.NAME}} "
                               "{{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}"),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), help);
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, Limits::kMaxReplyDelayMs);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("Wait this long before answering, to try slow networks"));
    auto *delayRow = new QHBoxLayout;
    delayRow->addWidget(m_delay);
    delayRow->addStretch(1);
    auto *delayLabel = new QLabel(tr("&Delay:"), this);
    delayLabel->setBuddy(m_delay);
    form->addRow(delayLabel, delayRow);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->hide();
    form->addRow(m_problems);

    for (QLineEdit *edit : {m_name, m_path, m_bodyContains, m_file}) {
        connect(edit, &QLineEdit::textChanged, this, later);
        connect(edit, &QLineEdit::editingFinished, this, now);
    }
    connect(m_method, &QComboBox::currentTextChanged, this, later);
    connect(m_method, &QComboBox::activated, this, now);
    connect(m_method->lineEdit(), &QLineEdit::editingFinished, this, now);
    for (QSpinBox *box : {m_status, m_delay}) {
        connect(box, &QSpinBox::valueChanged, this, later);
        connect(box, &QSpinBox::editingFinished, this, now);
    }
    connect(m_status, &QSpinBox::valueChanged, this,
            [this](int status) { m_reason->setText(QString::fromLatin1(reasonPhrase(status))); });
    connect(m_body, &QPlainTextEdit::textChanged, this, later);
    connect(m_enabled, &QCheckBox::toggled, this, now);
    connect(m_template, &QCheckBox::toggled, this, now);
    connect(m_fileMode, &QRadioButton::toggled, this, [this, now] {
        showBodyMode();
        now();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Answer with a file"), m_file->text());
        if (!file.isEmpty())
            m_file->setText(file);
        edited(true);
    });
    setRule(ReplyRule {}, 0);
}

void RuleEditor::setRule(const ReplyRule &rule, int index)
{
    m_pause->stop();
    m_filling = true;
    m_rule = rule;
    m_index = index;
    m_name->setText(rule.name);
    m_name->setPlaceholderText(tr("Optional; without one the log says %1").arg(rule.label(index)));
    m_enabled->setChecked(rule.enabled);
    m_method->setCurrentText(rule.method.isEmpty() ? tr("any") : QString::fromLatin1(rule.method));
    m_path->setText(rule.path);
    setPairs(m_requestHeaders, textPairs(rule.requestHeaders));
    m_bodyContains->setText(rule.bodyContains);
    QList<std::pair<QString, QString>> fields;
    for (const auto &[field, value] : rule.bodyJson)
        fields.append({field, jsonCellText(value)});
    setPairs(m_bodyJson, fields);
    m_status->setValue(rule.status);
    m_reason->setText(QString::fromLatin1(reasonPhrase(rule.status)));
    setPairs(m_replyHeaders, textPairs(rule.headers));
    m_fileMode->setChecked(!rule.bodyFile.isEmpty());
    m_textMode->setChecked(rule.bodyFile.isEmpty());
    m_body->setPlainText(rule.body);
    m_file->setText(rule.bodyFile);
    m_template->setChecked(rule.isTemplate);
    m_delay->setValue(rule.delayMs);
    showBodyMode();
    m_filling = false;
    ReplyRule ignored;
    check(&ignored);
}

void RuleEditor::followEnabled(bool enabled)
{
    m_filling = true;
    m_rule.enabled = enabled;
    m_enabled->setChecked(enabled);
    m_filling = false;
}

void RuleEditor::applyNow()
{
    m_pause->stop();
    ReplyRule checked;
    if (!check(&checked))
        return;
    checked.line = m_rule.line;
    if (checked == m_rule)
        return;
    m_rule = checked;
    Q_EMIT ruleEdited(m_rule);
}

QString RuleEditor::pathProblem(const QString &path)
{
    // The parser's own check, on a rule that has nothing but the path.
    const QJsonObject rule {{QStringLiteral("path"), path}};
    const RulesParse parsed = parseReplyRules(QJsonDocument(QJsonArray {rule}).toJson(QJsonDocument::Compact));
    for (const RulesProblem &p : parsed.problems) {
        if (p.isError)
            return p.message;
    }
    return {};
}

void RuleEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_filling) {
        ReplyRule ignored;
        check(&ignored); // the problem colours follow the palette
    }
}

void RuleEditor::edited(bool now)
{
    if (m_filling)
        return;
    if (now) {
        applyNow();
        return;
    }
    ReplyRule ignored;
    check(&ignored);
    m_pause->start();
}

ReplyRule RuleEditor::draft() const
{
    ReplyRule r = m_rule;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    QString method = m_method->currentText().trimmed();
    if (method.compare(tr("any"), Qt::CaseInsensitive) == 0 || method == u"*")
        method.clear();
    r.method = method.toUpper().toUtf8();
    r.path = m_path->text().trimmed();
    r.requestHeaders = headerPairs(m_requestHeaders, true);
    r.bodyContains = m_bodyContains->text();
    r.bodyJson.clear();
    for (const auto &[field, value] : pairsOf(m_bodyJson))
        r.bodyJson.append({field, jsonValueOf(value.trimmed())});
    r.status = m_status->value();
    r.headers = headerPairs(m_replyHeaders, false);
    if (m_fileMode->isChecked()) {
        r.body.clear();
        r.bodyFile = m_file->text().trimmed();
    } else {
        r.body = m_body->toPlainText();
        r.bodyFile.clear();
    }
    r.isTemplate = m_template->isChecked();
    r.delayMs = m_delay->value();
    return r;
}

bool RuleEditor::check(ReplyRule *out)
{
    const ReplyRule d = draft();
    // The path has its own line, right under the field.
    const QString pathWhy = pathProblem(d.path);
    const QColor error = problemColor(palette(), true);
    m_pathProblem->setText(pathWhy);
    m_pathProblem->setStyleSheet(pathWhy.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(error.name()));
    m_pathProblem->setVisible(!pathWhy.isEmpty());

    // The whole rule, as a rules file would hold it, read back by the parser.
    const RulesParse parsed = parseReplyRules(replyRulesToJson({d}));
    QList<RulesProblem> problems;
    for (const RulesProblem &p : parsed.problems) {
        if (p.message != pathWhy)
            problems << p;
    }
    for (const QString &name : repeatedNames(m_replyHeaders))
        problems << RulesProblem {0, 0, tr("%1 is listed twice: a rule keeps one value for a name").arg(name), false};
    for (const QString &name : repeatedNames(m_requestHeaders))
        problems << RulesProblem {0, 0, tr("%1 is listed twice: a rule keeps one value for a name").arg(name), false};
    if (m_fileMode->isChecked()) {
        const QFileInfo file(d.bodyFile);
        if (d.bodyFile.isEmpty())
            problems << RulesProblem {0, 0, tr("Choose a file, or answer with text."), false};
        else if (file.isRelative())
            problems << RulesProblem {0, 0, tr("Give the whole path of the file."), false};
        else if (!file.isFile())
            problems << RulesProblem {
                0, 0, tr("There is no file %1: the rule answers 500 until there is.").arg(d.bodyFile), false};
    }
    QStringList lines;
    for (const RulesProblem &p : problems)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(problemColor(palette(), p.isError).name(),
                          p.isError ? p.message.toHtmlEscaped() : tr("Note: %1").arg(p.message.toHtmlEscaped()));
    m_problems->setText(lines.join(QStringLiteral("<br>")));
    m_problems->setVisible(!lines.isEmpty());

    if (parsed.hasErrors() || parsed.rules.size() != 1)
        return false;
    *out = parsed.rules.first();
    return true;
}

void RuleEditor::showBodyMode()
{
    m_body->setVisible(!m_fileMode->isChecked());
    m_fileRow->setVisible(m_fileMode->isChecked());
}

} // namespace Servery
