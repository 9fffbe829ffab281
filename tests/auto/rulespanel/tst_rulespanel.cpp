// The window's reply-rules editor: the table's columns and summaries, the
// list edits (add, duplicate, remove, move) and their signal, edits in the
// detail editor reaching a running server's InspectState, bad paths refused
// with the parser's own message, Save/Load and the settings round-trip, the
// problems of a rules file with line and column, explainMismatch for every
// reason, and the Test area's report.

#include "RuleEditor.h"
#include "RuleTester.h"
#include "RulesPanel.h"
#include "RulesTableModel.h"

#include "server/inspect/InspectState.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

ReplyRule makeRule(const QString &name, QByteArray method, const QString &path, int status = 200,
                   const QString &body = {})
{
    ReplyRule r;
    r.name = name;
    r.method = std::move(method);
    r.path = path;
    r.status = status;
    r.body = body;
    return r;
}

// The names in order, "a,b,c".
QString names(const QList<ReplyRule> &rules)
{
    QStringList out;
    for (const ReplyRule &r : rules)
        out << r.name;
    return out.join(u',');
}

RuleRequest makeRequest(QByteArray method, QByteArray path, QList<HttpHeader> headers = {}, QByteArray body = {})
{
    RuleRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    for (const HttpHeader &h : headers)
        r.headers.append(h.name, h.value);
    r.body = std::move(body);
    return r;
}

// What the parser says about a rule that has nothing but this path.
QString parserMessageForPath(const QString &path)
{
    const QJsonArray rules {QJsonObject {{QStringLiteral("path"), path}}};
    const RulesParse parsed = parseReplyRules(QJsonDocument(rules).toJson());
    return parsed.problems.isEmpty() ? QString() : parsed.problems.first().message;
}

void setCell(QTableWidget *table, int row, const QString &name, const QString &value)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    table->setItem(row, 0, new QTableWidgetItem(name));
    table->setItem(row, 1, new QTableWidgetItem(value));
}

} // namespace

class tst_RulesPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelColumnsAndSummaries();
    void modelEditsKeepOrderAndSignal();
    void panelButtonsKeepOrderAndPublish();
    void emptyStateAddsTheExample();
    void editorEditsApplyAndPublish();
    void invalidPathShowsParserMessageAndIsNotPublished();
    void saveThenLoadRoundTrips();
    void loadListsProblemsWithLineAndColumn();
    void settingsRoundTrip();
    void explainMismatch_data();
    void explainMismatch();
    void testButtonShowsReplyOrReason();
    void sampleRequestFillsTheForm();
    void problemColoursFollowThePalette();

private:
    QTemporaryDir m_dir;
};

void tst_RulesPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("servery-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_rulespanel"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

void tst_RulesPanel::modelColumnsAndSummaries()
{
    RulesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReplyRule conditions = makeRule(QString(), {}, QStringLiteral("/api/*"), 201, QStringLiteral("0123456789abcd"));
    conditions.requestHeaders = {{"X-Token", QStringLiteral("*")}, {"Accept", QStringLiteral("text/plain")}};
    conditions.bodyContains = QStringLiteral("abc");
    conditions.delayMs = 300;
    conditions.enabled = false;
    ReplyRule file = makeRule(QStringLiteral("download"), "GET", QStringLiteral("/f"));
    file.bodyFile = QStringLiteral("/srv/reply.json");
    file.bodyJson = {{QStringLiteral("customer.id"), QJsonValue(7)}};
    model.setRules({file, conditions});

    auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(RulesTableModel::OnColumn, Qt::Horizontal).toString(), QStringLiteral("On"));
    QCOMPARE(model.headerData(RulesTableModel::ReplyColumn, Qt::Horizontal).toString(), QStringLiteral("Reply"));
    QCOMPARE(model.index(0, RulesTableModel::OnColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, RulesTableModel::OnColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(1, RulesTableModel::OnColumn)) & Qt::ItemIsUserCheckable);
    QCOMPARE(text(0, RulesTableModel::NameColumn), QStringLiteral("download"));
    QCOMPARE(text(1, RulesTableModel::NameColumn), QStringLiteral("#2"));
    QCOMPARE(text(0, RulesTableModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(text(1, RulesTableModel::MethodColumn), QStringLiteral("any"));
    QCOMPARE(text(1, RulesTableModel::PathColumn), QStringLiteral("/api/*"));
    QCOMPARE(text(1, RulesTableModel::ConditionsColumn),
             QStringLiteral("2 headers, body contains \u201c"
                            "abc\u201d"));
    QCOMPARE(text(0, RulesTableModel::ConditionsColumn), QStringLiteral("JSON customer.id = 7"));
    QCOMPARE(text(1, RulesTableModel::ReplyColumn), QStringLiteral("201, 14 B, 300 ms delay"));
    QCOMPARE(text(0, RulesTableModel::ReplyColumn), QStringLiteral("200, file reply.json"));
    QCOMPARE(RulesTableModel::conditionsSummary(ReplyRule {}), QStringLiteral("none"));
}

void tst_RulesPanel::modelEditsKeepOrderAndSignal()
{
    RulesTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &RulesTableModel::rulesChanged);
    auto last = [&] {
        return changed.last().at(0).value<QList<ReplyRule>>();
    };

    QCOMPARE(model.addRule(makeRule(QStringLiteral("a"), {}, QStringLiteral("/a"))), 0);
    QCOMPARE(model.addRule(makeRule(QStringLiteral("c"), {}, QStringLiteral("/c"))), 1);
    QCOMPARE(model.addRule(makeRule(QStringLiteral("b"), {}, QStringLiteral("/b")), 1), 1);
    QCOMPARE(names(model.rules()), QStringLiteral("a,b,c"));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(last(), model.rules());

    QCOMPARE(model.duplicateRule(0), 1);
    QCOMPARE(names(last()), QStringLiteral("a,a (copy),b,c"));
    QCOMPARE(model.rules().at(1).path, QStringLiteral("/a"));

    QVERIFY(model.removeRule(1));
    QCOMPARE(names(last()), QStringLiteral("a,b,c"));
    QVERIFY(!model.removeRule(7));

    QCOMPARE(model.moveRule(2, -1), 1);
    QCOMPARE(names(last()), QStringLiteral("a,c,b"));
    QCOMPARE(model.moveRule(0, +1), 1);
    QCOMPARE(names(last()), QStringLiteral("c,a,b"));
    QCOMPARE(model.moveRule(0, -1), -1); // the first cannot go up
    QCOMPARE(model.moveRule(2, +1), -1);
    const qsizetype before = changed.size();

    QVERIFY(model.setData(model.index(2, RulesTableModel::OnColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), before + 1);
    QVERIFY(!last().at(2).enabled);
    model.setRule(2, model.rule(2)); // no change, no signal
    QCOMPARE(changed.size(), before + 1);
}

void tst_RulesPanel::panelButtonsKeepOrderAndPublish()
{
    RulesPanel panel;
    auto state = std::make_shared<InspectState>();
    panel.setRules({makeRule(QStringLiteral("a"), {}, QStringLiteral("/a")),
                    makeRule(QStringLiteral("b"), {}, QStringLiteral("/b")),
                    makeRule(QStringLiteral("c"), {}, QStringLiteral("/c"))});
    panel.setInspectState(state);
    QCOMPARE(names(*state->rules()), QStringLiteral("a,b,c"));
    QSignalSpy changed(&panel, &RulesPanel::rulesChanged);

    panel.selectRow(2);
    QVERIFY(!panel.moveDownButton()->isEnabled());
    panel.moveUpButton()->click();
    QCOMPARE(names(panel.rules()), QStringLiteral("a,c,b"));
    QCOMPARE(panel.currentRow(), 1);
    QCOMPARE(names(*state->rules()), QStringLiteral("a,c,b"));
    // The editor follows the moved rule: an edit lands on it.
    QCOMPARE(panel.editor()->nameEdit()->text(), QStringLiteral("c"));
    panel.editor()->nameEdit()->setText(QStringLiteral("c2"));
    Q_EMIT panel.editor()->nameEdit()->editingFinished();
    QCOMPARE(names(*state->rules()), QStringLiteral("a,c2,b"));

    panel.duplicateButton()->click();
    QCOMPARE(names(*state->rules()), QStringLiteral("a,c2,c2 (copy),b"));
    QCOMPARE(panel.currentRow(), 2);
    panel.removeButton()->click();
    QCOMPARE(names(*state->rules()), QStringLiteral("a,c2,b"));
    panel.selectRow(0);
    panel.moveDownButton()->click();
    QCOMPARE(names(*state->rules()), QStringLiteral("c2,a,b"));
    panel.addButton()->click();
    QCOMPARE(state->rules()->size(), 4);
    QCOMPARE(state->rules()->at(2), RulesPanel::exampleRule()); // after the selected one
    QCOMPARE(changed.size(), 6);
    QCOMPARE(changed.last().at(0).value<QList<ReplyRule>>(), panel.rules());
}

void tst_RulesPanel::emptyStateAddsTheExample()
{
    RulesPanel panel;
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {makeRule(QStringLiteral("old"), {}, {})});
    panel.setInspectState(state);
    QVERIFY(state->rules()->isEmpty()); // the panel is the source of the rules
    QVERIFY(panel.emptyState()->isVisibleTo(&panel));
    QVERIFY(!panel.table()->isVisibleTo(&panel));
    QPushButton *add = nullptr;
    for (QPushButton *b : panel.emptyState()->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Add a rule"))
            add = b;
    }
    QVERIFY(add);
    bool example = false;
    for (const QLabel *label : panel.emptyState()->findChildren<QLabel *>())
        example = example || label->text().contains(QStringLiteral("POST /api/*  \u2192  201 {\"id\": 7}"));
    QVERIFY(example);
    add->click();
    QCOMPARE(*state->rules(), QList<ReplyRule> {RulesPanel::exampleRule()});
    QCOMPARE(RulesPanel::exampleRule().method, QByteArray("POST"));
    QVERIFY(!panel.emptyState()->isVisibleTo(&panel));
    QVERIFY(panel.table()->isVisibleTo(&panel));
    panel.removeButton()->click();
    QVERIFY(panel.emptyState()->isVisibleTo(&panel));
}

void tst_RulesPanel::editorEditsApplyAndPublish()
{
    RulesPanel panel;
    auto state = std::make_shared<InspectState>();
    panel.setInspectState(state);
    panel.setRules({makeRule(QStringLiteral("one"), {}, QStringLiteral("/x"))});
    QCOMPARE(panel.currentRow(), 0);
    RuleEditor *e = panel.editor();
    auto published = [&] {
        return state->rules()->at(0);
    };

    // Typing applies after the pause, without leaving the field.
    e->pathEdit()->setText(QStringLiteral("/api/users/:id"));
    QTRY_COMPARE(published().path, QStringLiteral("/api/users/:id"));
    e->nameEdit()->setText(QStringLiteral("user"));
    Q_EMIT e->nameEdit()->editingFinished();
    QCOMPARE(published().name, QStringLiteral("user"));
    QCOMPARE(panel.model()->index(0, RulesTableModel::NameColumn).data().toString(), QStringLiteral("user"));
    e->methodBox()->setCurrentText(QStringLiteral("post"));
    Q_EMIT e->methodBox()->lineEdit()->editingFinished();
    QCOMPARE(published().method, QByteArray("POST"));
    e->statusBox()->setValue(404);
    QCOMPARE(e->reasonLabel()->text(), QStringLiteral("Not Found"));
    QTRY_COMPARE(published().status, 404);
    e->bodyEdit()->setPlainText(QStringLiteral("{\"id\": \"{{params.id}}\"}"));
    QTRY_COMPARE(published().body, QStringLiteral("{\"id\": \"{{params.id}}\"}"));
    e->templateBox()->setChecked(true);
    QVERIFY(published().isTemplate);
    e->delayBox()->setValue(250);
    QTRY_COMPARE(published().delayMs, 250);
    e->enabledBox()->setChecked(false);
    QVERIFY(!published().enabled);
    // The table's switch and the editor agree: an edit after it keeps it.
    QVERIFY(
        panel.model()->setData(panel.model()->index(0, RulesTableModel::OnColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(published().enabled);
    QVERIFY(e->enabledBox()->isChecked());
    e->nameEdit()->setText(QStringLiteral("user!"));
    Q_EMIT e->nameEdit()->editingFinished();
    QCOMPARE(published().name, QStringLiteral("user!"));
    QVERIFY(published().enabled);
    setCell(e->requestHeadersTable(), 0, QStringLiteral("X-Token"), QString());
    const QList<std::pair<QByteArray, QString>> anyToken {{"X-Token", QStringLiteral("*")}};
    QCOMPARE(published().requestHeaders, anyToken);
    setCell(e->bodyJsonTable(), 0, QStringLiteral("customer.id"), QStringLiteral("7"));
    setCell(e->bodyJsonTable(), 1, QStringLiteral("kind"), QStringLiteral("gold"));
    QCOMPARE(published().bodyJson.size(), 2);
    QVERIFY(published().bodyJson.contains(std::pair {QStringLiteral("customer.id"), QJsonValue(7)}));
    QVERIFY(published().bodyJson.contains(std::pair {QStringLiteral("kind"), QJsonValue(QStringLiteral("gold"))}));
    e->bodyContainsEdit()->setText(QStringLiteral("needle"));
    Q_EMIT e->bodyContainsEdit()->editingFinished();
    QCOMPARE(published().bodyContains, QStringLiteral("needle"));
    setCell(e->replyHeadersTable(), 0, QStringLiteral("X-Rule"), QStringLiteral("yes"));
    const QList<std::pair<QByteArray, QString>> replyHeaders {{"X-Rule", QStringLiteral("yes")}};
    QCOMPARE(published().headers, replyHeaders);

    // A file instead of text: the body goes, the file comes.
    const QString file = m_dir.filePath(QStringLiteral("reply.txt"));
    e->fileButton()->setChecked(true);
    e->fileEdit()->setText(file);
    Q_EMIT e->fileEdit()->editingFinished();
    QCOMPARE(published().bodyFile, file);
    QVERIFY(published().body.isEmpty());
    QVERIFY(e->problemsLabel()->text().contains(QStringLiteral("There is no file"))); // a note, not an error
    QCOMPARE(panel.rules(), QList<ReplyRule> {published()});

    // A framing header is the parser's warning, and left out as the parser does.
    setCell(e->replyHeadersTable(), 1, QStringLiteral("Content-Length"), QStringLiteral("5"));
    QVERIFY(e->problemsLabel()->text().contains(QStringLiteral("Content-Length is set by the server")));
    QCOMPARE(published().headers, replyHeaders);
}

void tst_RulesPanel::invalidPathShowsParserMessageAndIsNotPublished()
{
    RulesPanel panel;
    auto state = std::make_shared<InspectState>();
    panel.setInspectState(state);
    panel.setRules({makeRule(QStringLiteral("one"), {}, QStringLiteral("/good"))});
    RuleEditor *e = panel.editor();
    QSignalSpy changed(&panel, &RulesPanel::rulesChanged);

    for (const QString &bad : {QStringLiteral("api/x"), QStringLiteral("/files/a*"), QStringLiteral("/users/:")}) {
        e->pathEdit()->setText(bad);
        // At once, before any pause: the parser's own words.
        QVERIFY(!e->pathProblemLabel()->isHidden());
        QCOMPARE(e->pathProblemLabel()->text(), parserMessageForPath(bad));
        QVERIFY(!e->pathProblemLabel()->text().isEmpty());
        Q_EMIT e->pathEdit()->editingFinished();
        QCOMPARE(state->rules()->at(0).path, QStringLiteral("/good"));
    }
    QCOMPARE(RuleEditor::pathProblem(QStringLiteral("api/x")),
             QStringLiteral("path must start with / (or be * for any path)"));
    QCOMPARE(changed.size(), 0);

    e->pathEdit()->setText(QStringLiteral("/files/*"));
    QVERIFY(e->pathProblemLabel()->isHidden());
    QTRY_COMPARE(state->rules()->at(0).path, QStringLiteral("/files/*"));
    QCOMPARE(changed.size(), 1);

    // A header name the parser refuses is an error too.
    setCell(e->replyHeadersTable(), 0, QStringLiteral("Bad Name"), QStringLiteral("1"));
    QVERIFY(e->problemsLabel()->text().contains(QStringLiteral("is not a header name")));
    QVERIFY(state->rules()->at(0).headers.isEmpty());
}

void tst_RulesPanel::saveThenLoadRoundTrips()
{
    ReplyRule full = makeRule(QStringLiteral("full"), "PUT", QStringLiteral("/a/:id/*"), 202, QStringLiteral("hi"));
    full.enabled = false;
    full.requestHeaders = {{"X-Token", QStringLiteral("secret")}};
    full.bodyContains = QStringLiteral("needle");
    full.bodyJson = {{QStringLiteral("a.b"), QJsonValue(true)}};
    full.headers = {{"X-Rule", QStringLiteral("1")}};
    full.isTemplate = true;
    full.delayMs = 1500;
    ReplyRule file = makeRule(QString(), {}, QStringLiteral("*"));
    file.bodyFile = m_dir.filePath(QStringLiteral("body.bin"));
    const QList<ReplyRule> rules {full, file};

    RulesPanel panel;
    panel.setRules(rules);
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY2(panel.saveTo(path, &error), qPrintable(error));

    RulesPanel other;
    QSignalSpy changed(&other, &RulesPanel::rulesChanged);
    other.loadFrom(path);
    QCOMPARE(other.rules(), rules);
    QCOMPARE(changed.size(), 1);
    QVERIFY(other.problemsList()->count() == 0);
    QVERIFY(!other.problemsList()->isVisibleTo(&other));

    QVERIFY(!panel.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/rules.json")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_RulesPanel::loadListsProblemsWithLineAndColumn()
{
    const QString path = m_dir.filePath(QStringLiteral("mistakes.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[\n"
            "  {\"path\": \"/ok\", \"status\": 201},\n"
            "  {\"path\": \"/bad\", \"status\": 99},\n"
            "  {\"path\": \"/odd\", \"colour\": \"red\"}\n"
            "]\n");
    f.close();
    RulesPanel panel;
    panel.setRules({makeRule(QStringLiteral("mine"), {}, QStringLiteral("/mine"))});
    panel.loadFrom(path);
    QCOMPARE(panel.rules().size(), 2); // the rule with an error is left out
    QCOMPARE(panel.rules().at(0).path, QStringLiteral("/ok"));
    QListWidget *list = panel.problemsList();
    QVERIFY(list->isVisibleTo(&panel));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("mistakes.json:3:20: status must be a number from 200 to 599"));
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("mistakes.json:4:20: warning: unknown field")));
    QCOMPARE(list->item(0)->foreground().color(), problemColor(panel.palette(), true));
    QCOMPARE(list->item(1)->foreground().color(), problemColor(panel.palette(), false));

    // A file that is not JSON at all changes nothing, and says where.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[\n  {\"path\": \"/x\",}\n]\n");
    f.close();
    const QList<ReplyRule> before = panel.rules();
    panel.loadFrom(path);
    QCOMPARE(panel.rules(), before);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("mistakes.json:2:")), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("not valid JSON")));
}

void tst_RulesPanel::settingsRoundTrip()
{
    QSettings().remove(QStringLiteral("inspector/rules"));
    ReplyRule r = makeRule(QStringLiteral("kept"), "DELETE", QStringLiteral("/items/:id"), 204);
    r.headers = {{"X-Gone", QStringLiteral("yes")}};
    {
        RulesPanel panel;
        panel.setRules({r}); // every change is remembered
    }
    const QString json = QSettings().value(QStringLiteral("inspector/rules")).toString();
    QCOMPARE(parseReplyRules(json.toUtf8()).rules, QList<ReplyRule> {r});
    RulesPanel again;
    auto state = std::make_shared<InspectState>();
    again.setInspectState(state);
    again.loadFromSettings();
    QCOMPARE(again.rules(), QList<ReplyRule> {r});
    QCOMPARE(*state->rules(), QList<ReplyRule> {r});
    QCOMPARE(again.currentRow(), 0);
    QCOMPARE(again.editor()->pathEdit()->text(), QStringLiteral("/items/:id"));

    again.setRules({});
    RulesPanel empty;
    empty.loadFromSettings();
    QVERIFY(empty.rules().isEmpty());
}

void tst_RulesPanel::explainMismatch_data()
{
    QTest::addColumn<ReplyRule>("rule");
    QTest::addColumn<RuleRequest>("request");
    QTest::addColumn<QString>("expected"); // empty: it matches

    ReplyRule post = makeRule({}, "POST", QStringLiteral("/api/*"));
    QTest::newRow("matches") << post << makeRequest("POST", "/api/users") << QString();
    QTest::newRow("method") << post << makeRequest("GET", "/api/users")
                            << QStringLiteral("method is GET, the rule wants POST");
    QTest::newRow("path") << post << makeRequest("POST", "/x") << QStringLiteral("path /x does not match /api/*");
    QTest::newRow("method and path") << post << makeRequest("PUT", "/x")
                                     << QStringLiteral("method is PUT, the rule wants POST; "
                                                       "path /x does not match /api/*");
    QTest::newRow("GET rule answers HEAD")
        << makeRule({}, "GET", QStringLiteral("*")) << makeRequest("HEAD", "/") << QString();
    ReplyRule token = makeRule({}, {}, QStringLiteral("*"));
    token.requestHeaders = {{"X-Token", QStringLiteral("*")}, {"Accept", QStringLiteral("text/plain")}};
    QTest::newRow("header missing") << token << makeRequest("GET", "/", {{"Accept", "text/plain"}})
                                    << QStringLiteral("header X-Token is missing");
    QTest::newRow("header value") << token << makeRequest("GET", "/", {{"X-Token", "t"}, {"accept", "text/html"}})
                                  << QStringLiteral("header Accept is \u201ctext/html\u201d, the rule wants "
                                                    "\u201ctext/plain\u201d");
    ReplyRule contains = makeRule({}, {}, QStringLiteral("*"));
    contains.bodyContains = QStringLiteral("needle");
    QTest::newRow("body contains") << contains << makeRequest("POST", "/", {}, "hay")
                                   << QStringLiteral("body does not contain \u201cneedle\u201d");
    QTest::newRow("body contains, matches") << contains << makeRequest("POST", "/", {}, "a needle") << QString();
    ReplyRule json = makeRule({}, {}, QStringLiteral("*"));
    json.bodyJson = {{QStringLiteral("customer.id"), QJsonValue(7)}};
    QTest::newRow("body JSON field") << json << makeRequest("POST", "/", {}, "{\"customer\": {\"id\": 8}}")
                                     << QStringLiteral("body field customer.id is not 7");
    QTest::newRow("body not JSON") << json << makeRequest("POST", "/", {}, "id=7")
                                   << QStringLiteral("body is not JSON, the rule checks JSON fields");
    QTest::newRow("body JSON, matches") << json << makeRequest("POST", "/", {}, "{\"customer\": {\"id\": 7}}")
                                        << QString();
}

void tst_RulesPanel::explainMismatch()
{
    QFETCH(ReplyRule, rule);
    QFETCH(RuleRequest, request);
    QFETCH(QString, expected);
    QCOMPARE(Servery::explainMismatch(rule, request), expected);
    // It says nothing exactly when the engine finds a match.
    QCOMPARE(expected.isEmpty(), matchesHead(rule, request) && matchesBody(rule, request.body));
}

void tst_RulesPanel::testButtonShowsReplyOrReason()
{
    ReplyRule create = makeRule(QStringLiteral("create user"), "POST", QStringLiteral("/api/users/:id"), 201,
                                QStringLiteral("{\"id\": \"{{params.id}}\", \"q\": \"{{query.full}}\"}"));
    create.isTemplate = true;
    create.headers = {{"X-Rule", QStringLiteral("create")}};
    ReplyRule token = makeRule(QStringLiteral("needs token"), {}, QStringLiteral("*"), 403, QStringLiteral("no"));
    token.requestHeaders = {{"X-Token", QStringLiteral("*")}};
    RulesPanel panel;
    panel.setRules({create, token});
    RuleTester *t = panel.tester();

    t->methodBox()->setCurrentText(QStringLiteral("POST"));
    t->targetEdit()->setText(QStringLiteral("/api/users/42?full=yes"));
    t->bodyEdit()->setPlainText(QStringLiteral("{}"));
    panel.selectRow(0);
    t->testButton()->click();
    QString result = t->resultView()->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("Method, path and headers: match")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("This rule answers")));
    QVERIFY(result.contains(QStringLiteral("201 Created")));
    QVERIFY(result.contains(QStringLiteral("X-Rule: create")));
    QVERIFY(result.contains(QStringLiteral("Content-Type: application/json")));
    QVERIFY(result.contains(QStringLiteral("{\"id\": \"42\", \"q\": \"yes\"}")));

    // The second rule, for a GET with no token: it does not match, and why.
    t->methodBox()->setCurrentText(QStringLiteral("GET"));
    panel.selectRow(1);
    t->testButton()->click();
    result = t->resultView()->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("header X-Token is missing")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("No rule answers")));

    // With the token it answers; the report follows an edit of the rules.
    t->headersEdit()->setPlainText(QStringLiteral("X-Token: abc\nnot a header"));
    t->testButton()->click();
    result = t->resultView()->toPlainText();
    QVERIFY(result.contains(QStringLiteral("403 Forbidden")));
    QVERIFY(result.contains(QStringLiteral("Header line 2 is not")));
    panel.editor()->statusBox()->setValue(418);
    QTRY_VERIFY(t->resultView()->toPlainText().contains(QStringLiteral("418")));

    // The selected rule matches, but the first answers instead.
    t->methodBox()->setCurrentText(QStringLiteral("POST"));
    t->testButton()->click();
    result = t->resultView()->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("Rule #1 \u201c"
                                            "create user\u201d comes first and answers instead")),
             qPrintable(result));
}

void tst_RulesPanel::sampleRequestFillsTheForm()
{
    RequestRecord record;
    record.method = "PATCH";
    record.target = "/items/3?x=1";
    record.requestHeaders.append("Content-Type", "application/json");
    record.requestHeaders.append("X-Token", "t");
    record.requestBody = "{\"a\": 1}";
    record.requestBodySize = record.requestBody.size();
    RulesPanel panel;
    panel.setRules({makeRule({}, "PATCH", QStringLiteral("/items/:id"), 200, QStringLiteral("{{body.a}}"))});
    panel.setSampleRequest(record);
    RuleTester *t = panel.tester();
    QCOMPARE(t->methodBox()->currentText(), QStringLiteral("PATCH"));
    QCOMPARE(t->targetEdit()->text(), QStringLiteral("/items/3?x=1"));
    QCOMPARE(t->headersEdit()->toPlainText(), QStringLiteral("Content-Type: application/json\nX-Token: t"));
    QCOMPARE(t->bodyEdit()->toPlainText(), QStringLiteral("{\"a\": 1}"));

    const RuleRequest r = ruleRequestFromForm(t->methodBox()->currentText(), t->targetEdit()->text(),
                                              t->headersEdit()->toPlainText(), "b");
    QCOMPARE(r.path, QByteArray("/items/3"));
    QCOMPARE(r.query, QByteArray("x=1"));
    QCOMPARE(r.headers.value("x-token"), QByteArray("t"));
    QCOMPARE(ruleRequestFromForm(QStringLiteral("get"), QStringLiteral("/a b/\u00e9?q=a b"), {}, {}).path,
             QByteArray("/a%20b/%C3%A9"));
}

void tst_RulesPanel::problemColoursFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    for (bool isError : {true, false}) {
        QVERIFY(problemColor(light, isError).lightness() < 128);
        QVERIFY(problemColor(dark, isError).lightness() > 128);
    }
    QVERIFY(problemColor(light, true) != problemColor(light, false));

    // A palette change recolours a list already on screen.
    const QString path = m_dir.filePath(QStringLiteral("one-error.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[{\"status\": 1}]");
    f.close();
    RulesPanel panel;
    panel.setPalette(light);
    panel.loadFrom(path);
    QCOMPARE(panel.problemsList()->item(0)->foreground().color(), problemColor(light, true));
    panel.setPalette(dark);
    QCOMPARE(panel.problemsList()->item(0)->foreground().color(), problemColor(dark, true));
    QVERIFY(panel.problemsList()->item(0)->foreground().color().lightness() > 128);
}

QTEST_MAIN(tst_RulesPanel)
#include "tst_rulespanel.moc"
