#pragma once

#include "server/inspect/ReplyRules.h"
#include "server/log/RequestRecord.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Servery {

// A request as the person types it in the test form: a method, a target
// ("/api/users/7?full=1", percent-encoded where needed), header lines
// ("Name: value"; the bad ones named in `problems`) and a body.
RuleRequest ruleRequestFromForm(const QString &method, const QString &target, const QString &headerLines,
                                const QByteArray &body, QStringList *problems = nullptr);

// What the rules do with `request`, in plain text: whether the rule at
// `selected` matches its head and its body (and why not), which rule of
// the list answers (firstMatch, the body known), and the reply that one
// gives (status, headers, body; replyFor with its captures).
QString ruleTestReport(const QList<ReplyRule> &rules, int selected, const RuleRequest &request);

// "Test this rule": a request form, prefilled from a logged request, and
// the report of ruleTestReport() for it.
class RuleTester : public QWidget {
    Q_OBJECT

public:
    explicit RuleTester(QWidget *parent = nullptr);

    // The rules and the selected one (-1 for none); a report on screen is
    // brought up to date.
    void setRules(const QList<ReplyRule> &rules, int selected);
    // Fills the form with a logged request.
    void setSampleRequest(const RequestRecord &record);
    // Runs the test (what the Test button does).
    void test();

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *targetEdit() const { return m_target; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *testButton() const { return m_test; }
    QPlainTextEdit *resultView() const { return m_result; }

private:
    QList<ReplyRule> m_rules;
    int m_selected = -1;
    QComboBox *m_method = nullptr;
    QLineEdit *m_target = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace Servery
