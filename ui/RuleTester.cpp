#include "RuleTester.h"

#include "RulesTableModel.h"

#include "server/http/HttpStatus.h"
#include "server/site/SitePreview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Servery {

namespace {

// How much of a logged body the form takes, and of a reply the report shows.
constexpr qint64 kSampleBodyBytes = 1024 * 1024;
constexpr qsizetype kShownReplyBytes = 64 * 1024;

QString ruleTitle(const QList<ReplyRule> &rules, int i)
{
    const ReplyRule &r = rules.at(i);
    return r.name.isEmpty() ? RuleTester::tr("Rule #%1").arg(i + 1)
                            : RuleTester::tr("Rule #%1 \u201c%2\u201d").arg(QString::number(i + 1), r.name);
}

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return RuleTester::tr("(no body)");
    if (body.contains('\0'))
        return RuleTester::tr("(%1 bytes of binary data)").arg(body.size());
    QString text = QString::fromUtf8(body.left(kShownReplyBytes));
    if (body.size() > kShownReplyBytes)
        text += u'\n' + RuleTester::tr("\u2026 and %1 bytes more").arg(body.size() - kShownReplyBytes);
    return text;
}

// The reply `rules[i]` gives, as the status line, headers and body.
QString replyText(const QList<ReplyRule> &rules, int i, const RuleRequest &request, const RuleCaptures &captures)
{
    const ReplyRule &rule = rules.at(i);
    QString problem;
    const HttpResponse reply = replyFor(rule, i, request, captures, &problem);
    QString text = RuleTester::tr("%1 replies:").arg(ruleTitle(rules, i)) + u'\n';
    text += QStringLiteral("%1 %2\n").arg(reply.status).arg(QString::fromLatin1(reasonPhrase(reply.status)));
    for (const HttpHeader &h : reply.headers.fields())
        text += QString::fromLatin1(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value) + u'\n';
    const QByteArray *bytes = reply.body ? reply.body->inMemoryBytes() : nullptr;
    text += u'\n' + bodyText(bytes ? *bytes : QByteArray()) + u'\n';
    if (!problem.isEmpty())
        text += u'\n' + RuleTester::tr("Problem: %1").arg(problem) + u'\n';
    if (rule.isTemplate) {
        QStringList unknown;
        for (const auto &header : rule.headers)
            renderTemplate(header.second, request, captures, &unknown);
        if (rule.bodyFile.isEmpty())
            renderTemplate(rule.body, request, captures, &unknown);
        if (!unknown.isEmpty())
            text += u'\n'
                + RuleTester::tr("Unknown in the template, left empty: %1").arg(unknown.join(QStringLiteral(", ")))
                + u'\n';
    }
    if (reply.delayMs > 0)
        text += u'\n' + RuleTester::tr("Sent after a %1 ms delay.").arg(reply.delayMs) + u'\n';
    return text;
}

} // namespace

RuleRequest ruleRequestFromForm(const QString &method, const QString &target, const QString &headerLines,
                                const QByteArray &body, QStringList *problems)
{
    RuleRequest r;
    r.method = method.trimmed().toUpper().toLatin1();
    QString t = target.trimmed();
    if (t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl url(t);
        t = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            t += u'?' + url.query(QUrl::FullyEncoded);
    }
    const qsizetype question = t.indexOf(u'?');
    const QString path = question < 0 ? t : t.left(question);
    // What a client would send: spaces and non-ASCII percent-encoded, the
    // escapes already typed kept.
    r.path = QUrl::toPercentEncoding(path.isEmpty() ? QStringLiteral("/") : path, "/!$&'()*+,;=:@%");
    if (question >= 0)
        r.query = QUrl::toPercentEncoding(t.mid(question + 1), "/?!$&'()*+,;=:@%");
    const QStringList lines = headerLines.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        if (const auto header = parseHeaderLine(lines.at(i)))
            r.headers.append(header->first, header->second);
        else if (problems)
            problems->append(RuleTester::tr("Header line %1 is not \u201cName: value\u201d; left out.").arg(i + 1));
    }
    r.body = body;
    return r;
}

QString ruleTestReport(const QList<ReplyRule> &rules, int selected, const RuleRequest &request)
{
    QString text;
    if (selected >= 0 && selected < rules.size()) {
        const ReplyRule &rule = rules.at(selected);
        // The head's and the body's reasons apart, each from the same
        // explanation with the other half's conditions taken away.
        ReplyRule head = rule;
        head.bodyContains.clear();
        head.bodyJson.clear();
        ReplyRule body = rule;
        body.method.clear();
        body.path = QStringLiteral("*");
        body.requestHeaders.clear();
        const QString headWhy = explainMismatch(head, request);
        const QString bodyWhy = explainMismatch(body, request);
        text += ruleTitle(rules, selected) + u'\n';
        // Indented under the rule's title; the indent is layout, not text.
        const QString indent = QStringLiteral("  ");
        text += indent
            + (headWhy.isEmpty() ? RuleTester::tr("Method, path and headers: match")
                                 : RuleTester::tr("Method, path and headers: no (%1)").arg(headWhy));
        text += u'\n';
        if (!rule.needsBody())
            text += indent + RuleTester::tr("Body: the rule does not look at it");
        else
            text += indent
                + (bodyWhy.isEmpty() ? RuleTester::tr("Body: matches") : RuleTester::tr("Body: no (%1)").arg(bodyWhy));
        text += u'\n';
        if (!rule.enabled)
            text += indent + RuleTester::tr("This rule is off, so it never answers.") + u'\n';
        text += u'\n';
    }
    RuleCaptures captures;
    const int answering = firstMatch(rules, request, true, &captures);
    if (answering < 0) {
        text += RuleTester::tr("No rule answers this request: it goes on as if there were no rules.") + u'\n';
        return text;
    }
    if (answering == selected)
        text += RuleTester::tr("This rule answers: no rule before it matches.") + u'\n';
    else if (selected >= 0 && selected < rules.size() && rules.at(selected).enabled
             && explainMismatch(rules.at(selected), request).isEmpty() && answering < selected)
        text += RuleTester::tr("%1 comes first and answers instead.").arg(ruleTitle(rules, answering)) + u'\n';
    else
        text += RuleTester::tr("%1 answers this request.").arg(ruleTitle(rules, answering)) + u'\n';
    text += u'\n' + replyText(rules, answering, request, captures);
    return text;
}

RuleTester::RuleTester(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *line = new QHBoxLayout;
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setAccessibleName(tr("Test request method"));
    m_target = new QLineEdit(QStringLiteral("/"), this);
    m_target->setPlaceholderText(QStringLiteral("/api/users/7?full=1"));
    m_target->setAccessibleName(tr("Test request path and query"));
    line->addWidget(m_method);
    line->addWidget(m_target, 1);
    form->addRow(tr("Request:"), line);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers = new QPlainTextEdit(this);
    m_headers->setFont(mono);
    m_headers->setTabChangesFocus(true);
    m_headers->setPlaceholderText(tr("One per line, e.g. Content-Type: application/json"));
    m_headers->setAccessibleName(tr("Test request headers"));
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Headers:"), m_headers);
    m_body = new QPlainTextEdit(this);
    m_body->setFont(mono);
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Test request body"));
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("Body:"), m_body);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setToolTip(tr("Show what the rules would do with this request; nothing is sent"));
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setFont(mono);
    m_result->setAccessibleName(tr("Test result"));
    m_result->setPlaceholderText(tr("What the rules would answer shows here."));
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_result, 1);
    connect(m_test, &QPushButton::clicked, this, &RuleTester::test);
}

void RuleTester::setRules(const QList<ReplyRule> &rules, int selected)
{
    m_rules = rules;
    m_selected = selected;
    if (!m_result->toPlainText().isEmpty())
        test(); // a report on screen speaks of the rules as they are now
}

void RuleTester::setSampleRequest(const RequestRecord &record)
{
    if (!record.method.isEmpty())
        m_method->setCurrentText(QString::fromLatin1(record.method));
    m_target->setText(QString::fromUtf8(record.target));
    QStringList lines;
    for (const HttpHeader &h : record.requestHeaders.fields())
        lines << QString::fromLatin1(h.name) + QStringLiteral(": ") + QString::fromUtf8(h.value);
    m_headers->setPlainText(lines.join(u'\n'));
    m_body->setPlainText(QString::fromUtf8(record.requestBodyBytes(0, kSampleBodyBytes)));
    m_result->clear();
}

void RuleTester::test()
{
    QStringList problems;
    const RuleRequest request = ruleRequestFromForm(m_method->currentText(), m_target->text(), m_headers->toPlainText(),
                                                    m_body->toPlainText().toUtf8(), &problems);
    QString text = problems.isEmpty() ? QString() : problems.join(u'\n') + QStringLiteral("\n\n");
    if (m_rules.isEmpty())
        text += tr("There are no rules yet: every request goes on as usual.");
    else
        text += ruleTestReport(m_rules, m_selected, request);
    m_result->setPlainText(text);
}

} // namespace Servery
