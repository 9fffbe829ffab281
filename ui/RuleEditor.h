#pragma once

#include "server/inspect/ReplyRules.h"

#include <QColor>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace Servery {

// Red for errors, amber for warnings, readable on the palette's window
// colour (lighter tones when the palette is dark).
QColor problemColor(const QPalette &palette, bool isError);

// The fields of one reply rule. Every edit is checked by the rules parser
// itself (the rule written as a one-rule JSON file and read back), so the
// editor says exactly what a rules file would say; a rule with an error is
// never handed on. Typing is applied after a short pause, or at once when
// a field is left; then ruleEdited() carries the rule as the parser read it.
class RuleEditor : public QWidget {
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);

    // Fills the fields; emits nothing. `index` is the rule's place, for "#3".
    void setRule(const ReplyRule &rule, int index);
    // The rule as last applied (the one given to setRule() until then).
    ReplyRule rule() const { return m_rule; }
    // The rule was switched on or off elsewhere (the table's switch): the
    // box follows, typing not yet applied stays.
    void followEnabled(bool enabled);
    // Applies pending typing now instead of after the pause.
    void applyNow();

    // The parser's message for a path, or empty when it is a good one.
    static QString pathProblem(const QString &path);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *pathProblemLabel() const { return m_pathProblem; }
    QTableWidget *requestHeadersTable() const { return m_requestHeaders; }
    QLineEdit *bodyContainsEdit() const { return m_bodyContains; }
    QTableWidget *bodyJsonTable() const { return m_bodyJson; }
    QSpinBox *statusBox() const { return m_status; }
    QLabel *reasonLabel() const { return m_reason; }
    QTableWidget *replyHeadersTable() const { return m_replyHeaders; }
    QRadioButton *textButton() const { return m_textMode; }
    QRadioButton *fileButton() const { return m_fileMode; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *fileEdit() const { return m_file; }
    QCheckBox *templateBox() const { return m_template; }
    QSpinBox *delayBox() const { return m_delay; }
    QLabel *problemsLabel() const { return m_problems; }

Q_SIGNALS:
    void ruleEdited(const Servery::ReplyRule &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A field changed: check at once, apply after the pause (or now).
    void edited(bool now);
    // The fields as a rule, before the parser has seen it.
    ReplyRule draft() const;
    // Checks the draft; returns true with the parsed rule in `out` when it
    // has no error. Shows every problem.
    bool check(ReplyRule *out);
    void showBodyMode();

    ReplyRule m_rule;
    int m_index = 0;
    bool m_filling = false;
    QTimer *m_pause = nullptr;

    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_pathProblem = nullptr;
    QTableWidget *m_requestHeaders = nullptr;
    QLineEdit *m_bodyContains = nullptr;
    QTableWidget *m_bodyJson = nullptr;
    QSpinBox *m_status = nullptr;
    QLabel *m_reason = nullptr;
    QTableWidget *m_replyHeaders = nullptr;
    QRadioButton *m_textMode = nullptr;
    QRadioButton *m_fileMode = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_file = nullptr;
    QCheckBox *m_template = nullptr;
    QSpinBox *m_delay = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Servery
