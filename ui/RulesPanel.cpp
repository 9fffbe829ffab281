#include "RulesPanel.h"

#include "RuleEditor.h"
#include "RuleTester.h"
#include "RulesTableModel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Servery {

namespace {

const QString kSettingsKey = QStringLiteral("inspector/rules");
constexpr int kProblemIsError = Qt::UserRole;

QWidget *emptyStateWidget(QWidget *parent, QPushButton **add, QPushButton **load)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->addStretch(1);
    auto *title = new QLabel(RulesPanel::tr("No reply rules yet"), box);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(RulesPanel::tr("A reply rule answers requests for you. It picks requests by method, "
                                           "path, headers or body, and answers with the status, headers and body "
                                           "you set, after a delay if you like. The first rule that matches "
                                           "answers; other requests go on as usual."),
                            box);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text);
    auto *example = new QLabel(RulesPanel::tr("For example:  POST /api/*  \u2192  201 {\"id\": 7}"), box);
    example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    example->setAlignment(Qt::AlignCenter);
    example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(8);
    layout->addWidget(example);
    auto *buttons = new QHBoxLayout;
    *add = new QPushButton(RulesPanel::tr("Add a rule"), box);
    *load = new QPushButton(RulesPanel::tr("Load a rules file\u2026"), box);
    buttons->addStretch(1);
    buttons->addWidget(*add);
    buttons->addWidget(*load);
    buttons->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return box;
}

} // namespace

RulesPanel::RulesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new RulesTableModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *toolbar = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setToolTip(tr("Add a rule after the selected one"));
    m_duplicate = new QPushButton(tr("Duplicat&e"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_moveUp = new QPushButton(tr("Move &up"), this);
    m_moveUp->setToolTip(tr("Rules are tried from the top: the first that matches answers"));
    m_moveDown = new QPushButton(tr("Move do&wn"), this);
    m_moveDown->setToolTip(m_moveUp->toolTip());
    auto *load = new QPushButton(tr("&Load\u2026"), this);
    load->setToolTip(tr("Replace the rules with those of a rules file (JSON)"));
    auto *save = new QPushButton(tr("Sa&ve\u2026"), this);
    save->setToolTip(tr("Save the rules as a file for servery --rules"));
    for (QPushButton *b : {m_add, m_duplicate, m_remove, m_moveUp, m_moveDown})
        toolbar->addWidget(b);
    toolbar->addStretch(1);
    toolbar->addWidget(load);
    toolbar->addWidget(save);
    layout->addLayout(toolbar);

    m_problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsHead = new QHBoxLayout;
    m_problemsTitle = new QLabel(m_problemsBox);
    m_problemsTitle->setWordWrap(true);
    auto *hideProblems = new QPushButton(tr("Hide"), m_problemsBox);
    hideProblems->setAccessibleName(tr("Hide the problems"));
    problemsHead->addWidget(m_problemsTitle, 1);
    problemsHead->addWidget(hideProblems);
    problemsLayout->addLayout(problemsHead);
    m_problems = new QListWidget(m_problemsBox);
    m_problems->setMaximumHeight(m_problems->fontMetrics().lineSpacing() * 6);
    m_problems->setAccessibleName(tr("Problems in the rules file"));
    problemsLayout->addWidget(m_problems);
    m_problemsBox->hide();
    layout->addWidget(m_problemsBox);
    connect(hideProblems, &QPushButton::clicked, m_problemsBox, &QWidget::hide);

    m_stack = new QStackedWidget(this);
    QPushButton *emptyAdd = nullptr;
    QPushButton *emptyLoad = nullptr;
    m_empty = emptyStateWidget(m_stack, &emptyAdd, &emptyLoad);
    m_stack->addWidget(m_empty);
    auto *split = new QSplitter(Qt::Horizontal, m_stack);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Reply rules, in the order they are tried"));
    QHeaderView *header = m_table->horizontalHeader();
    // A few rules, short texts: every column fits its content, the table
    // scrolls sideways when the panel is narrow.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_table);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *side = new QWidget(scroll);
    auto *sideLayout = new QVBoxLayout(side);
    auto *editorGroup = new QGroupBox(tr("Selected rule"), side);
    auto *editorLayout = new QVBoxLayout(editorGroup);
    m_editor = new RuleEditor(editorGroup);
    editorLayout->addWidget(m_editor);
    m_editorBox = editorGroup;
    auto *testGroup = new QGroupBox(tr("Test this rule"), side);
    auto *testLayout = new QVBoxLayout(testGroup);
    m_tester = new RuleTester(testGroup);
    testLayout->addWidget(m_tester);
    sideLayout->addWidget(editorGroup);
    sideLayout->addWidget(testGroup);
    sideLayout->addStretch(1);
    scroll->setWidget(side);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);
    layout->addWidget(m_stack, 1);

    connect(m_model, &RulesTableModel::rulesChanged, this, &RulesPanel::onRulesChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RulesPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPanel::onSelectionChanged);
    connect(m_editor, &RuleEditor::ruleEdited, this,
            [this](const ReplyRule &rule) { m_model->setRule(m_editingRow, rule); });

    auto add = [this] {
        m_editor->applyNow();
        const int row = m_model->addRule(exampleRule(), currentRow() < 0 ? -1 : currentRow() + 1);
        selectRow(row);
        m_editor->pathEdit()->setFocus();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(emptyAdd, &QPushButton::clicked, this, add);
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        m_editor->applyNow();
        selectRow(m_model->duplicateRule(currentRow()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_editor->applyNow();
        const int row = currentRow();
        if (m_model->removeRule(row))
            selectRow(std::min(row, m_model->rowCount() - 1));
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] {
        m_editor->applyNow();
        selectRow(m_model->moveRule(currentRow(), -1));
    });
    connect(m_moveDown, &QPushButton::clicked, this, [this] {
        m_editor->applyNow();
        selectRow(m_model->moveRule(currentRow(), +1));
    });
    connect(load, &QPushButton::clicked, this, &RulesPanel::chooseAndLoad);
    connect(emptyLoad, &QPushButton::clicked, this, &RulesPanel::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &RulesPanel::chooseAndSave);

    m_stack->setCurrentWidget(m_empty);
    onSelectionChanged();
}

QList<ReplyRule> RulesPanel::rules() const
{
    return m_model->rules();
}

void RulesPanel::setRules(const QList<ReplyRule> &rules)
{
    m_editor->applyNow();
    m_model->setRules(rules);
    m_stack->setCurrentIndex(rules.isEmpty() ? 0 : 1);
}

void RulesPanel::setInspectState(std::shared_ptr<InspectState> state)
{
    m_state = std::move(state);
    if (m_state)
        m_state->setRules(rules());
}

void RulesPanel::loadFromSettings()
{
    const QSettings settings;
    if (!settings.contains(kSettingsKey))
        return;
    const RulesParse parsed = parseReplyRules(settings.value(kSettingsKey).toString().toUtf8());
    setRules(parsed.rules);
    if (!parsed.problems.isEmpty())
        showProblems(tr("saved rules"), parsed.problems, tr("Problems in the saved rules:"));
}

void RulesPanel::saveToSettings() const
{
    QSettings settings;
    settings.setValue(kSettingsKey, QString::fromUtf8(replyRulesToJson(rules())));
}

void RulesPanel::setSampleRequest(const RequestRecord &record)
{
    m_tester->setSampleRequest(record);
}

void RulesPanel::loadFrom(const QString &path)
{
    applyLoaded(path, readReplyRulesFile(path));
}

void RulesPanel::applyLoaded(const QString &path, const RulesParse &parsed)
{
    m_lastFile = path;
    const QString name = QFileInfo(path).fileName();
    // A file that yields nothing but errors leaves the rules as they were:
    // a typo must not wipe out the rules that are answering requests.
    const bool keep = parsed.rules.isEmpty() && parsed.hasErrors();
    if (!keep)
        setRules(parsed.rules);
    const QString heading = keep
        ? tr("Nothing was loaded from %1:").arg(name)
        : tr("Loaded %n rules from %1; rules with an error were left out:", nullptr, int(parsed.rules.size()))
              .arg(name);
    showProblems(name, parsed.problems, heading);
}

bool RulesPanel::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(replyRulesToJson(rules())) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

int RulesPanel::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RulesPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, RulesTableModel::NameColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // A move carries the current index along without a signal: the editor
    // must follow the rule to its new row all the same.
    if (m_editingRow != row)
        onSelectionChanged();
}

ReplyRule RulesPanel::exampleRule()
{
    ReplyRule rule;
    rule.method = "POST";
    rule.path = QStringLiteral("/api/*");
    rule.status = 201;
    rule.body = QStringLiteral("{\"id\": 7}");
    return rule;
}

void RulesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourProblems();
}

void RulesPanel::onRulesChanged(const QList<ReplyRule> &rules)
{
    if (m_state)
        m_state->setRules(rules);
    saveToSettings();
    if (m_editingRow >= 0 && m_editingRow < rules.size()) {
        // Changed elsewhere than in the editor (the table's switch, a move
        // not yet followed): the editor must not write the old rule back.
        const ReplyRule &current = rules.at(m_editingRow);
        ReplyRule shown = m_editor->rule();
        shown.enabled = current.enabled;
        if (shown == current)
            m_editor->followEnabled(current.enabled);
        else
            m_editor->setRule(current, m_editingRow);
    }
    m_stack->setCurrentIndex(rules.isEmpty() ? 0 : 1);
    m_tester->setRules(rules, currentRow());
    updateButtons();
    Q_EMIT rulesChanged(rules);
}

void RulesPanel::onSelectionChanged()
{
    // Typing still waiting for its pause belongs to the rule shown so far.
    m_editor->applyNow();
    if (m_model->rowCount() > 0 && currentRow() < 0) {
        selectRow(0); // comes back here
        return;
    }
    m_editingRow = currentRow();
    m_editor->setRule(m_editingRow < 0 ? ReplyRule {} : m_model->rule(m_editingRow), std::max(m_editingRow, 0));
    m_editorBox->setEnabled(m_editingRow >= 0);
    m_tester->setRules(rules(), m_editingRow);
    updateButtons();
}

void RulesPanel::showProblems(const QString &fileName, const QList<RulesProblem> &problems, const QString &heading)
{
    m_problems->clear();
    m_problemsTitle->setText(heading);
    for (const RulesProblem &p : problems) {
        auto *item = new QListWidgetItem(describeProblem(fileName, p));
        item->setData(kProblemIsError, p.isError);
        m_problems->addItem(item);
    }
    colourProblems();
    m_problemsBox->setVisible(!problems.isEmpty());
}

void RulesPanel::colourProblems()
{
    for (int i = 0; i < m_problems->count(); ++i) {
        QListWidgetItem *item = m_problems->item(i);
        // Our palette: children learn of a change only after we do.
        item->setForeground(problemColor(palette(), item->data(kProblemIsError).toBool()));
    }
}

void RulesPanel::chooseAndLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load reply rules"), m_lastFile,
                                                      tr("Rules files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const RulesParse parsed = readReplyRulesFile(path);
    const bool replaces = !(parsed.rules.isEmpty() && parsed.hasErrors());
    if (replaces && m_model->rowCount() > 0) {
        const QString question = tr("Replace the %1 rules you have with the %2 rules of %3?")
                                     .arg(QString::number(m_model->rowCount()), QString::number(parsed.rules.size()),
                                          QFileInfo(path).fileName());
        if (QMessageBox::question(this, tr("Load reply rules"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    applyLoaded(path, parsed);
}

void RulesPanel::chooseAndSave()
{
    m_editor->applyNow();
    const QString start = m_lastFile.isEmpty() ? QStringLiteral("rules.json") : m_lastFile;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save reply rules"), start, tr("Rules files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save reply rules"), tr("The rules could not be saved: %1").arg(error));
        return;
    }
    m_lastFile = path;
}

void RulesPanel::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < count);
}

} // namespace Servery
