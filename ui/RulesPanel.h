#pragma once

#include "server/inspect/InspectState.h"
#include "server/inspect/ReplyRules.h"
#include "server/log/RequestRecord.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Servery {

class RuleEditor;
class RuleTester;
class RulesTableModel;

// The window's reply rules: the list in the order rules are tried, the
// selected rule's fields, a form to test the rules against a request, and
// Load/Save of a rules file (the format of --rules). Every change goes to
// the running server at once (through the InspectState) and to the
// settings; with no rules, a short word on what they do.
class RulesPanel : public QWidget {
    Q_OBJECT

public:
    explicit RulesPanel(QWidget *parent = nullptr);

    QList<ReplyRule> rules() const;
    // Replaces the rules (publishes and remembers them when they differ).
    void setRules(const QList<ReplyRule> &rules);
    // The server's rules in force: the panel's rules are published to it at
    // once, and again on every change. Null to stop publishing.
    void setInspectState(std::shared_ptr<InspectState> state);
    // The rules under the settings key "inspector/rules" (a rules file's JSON).
    void loadFromSettings();
    void saveToSettings() const;
    // Prefills the test form with a logged request.
    void setSampleRequest(const RequestRecord &record);

    // What Load… and Save… do once a file is chosen. Loading lists every
    // problem of the file; its rules replace the panel's unless it has none
    // and an error (then nothing changes).
    void loadFrom(const QString &path);
    bool saveTo(const QString &path, QString *error) const;

    int currentRow() const;
    void selectRow(int row);

    RulesTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RuleEditor *editor() const { return m_editor; }
    RuleTester *tester() const { return m_tester; }
    QListWidget *problemsList() const { return m_problems; }
    QWidget *emptyState() const { return m_empty; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }

    // The rule Add and the empty state start from: POST /api/* → 201 {"id": 7}.
    static ReplyRule exampleRule();

Q_SIGNALS:
    void rulesChanged(const QList<Servery::ReplyRule> &rules);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRulesChanged(const QList<ReplyRule> &rules);
    void onSelectionChanged();
    void applyLoaded(const QString &path, const RulesParse &parsed);
    void showProblems(const QString &fileName, const QList<RulesProblem> &problems, const QString &heading);
    void colourProblems();
    void chooseAndLoad();
    void chooseAndSave();
    void updateButtons();

    RulesTableModel *m_model = nullptr;
    std::shared_ptr<InspectState> m_state;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QTableView *m_table = nullptr;
    RuleEditor *m_editor = nullptr;
    QWidget *m_editorBox = nullptr;
    RuleTester *m_tester = nullptr;
    QWidget *m_problemsBox = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    int m_editingRow = -1; // the row the editor shows
    QString m_lastFile; // where Load… and Save… start
};

} // namespace Servery
