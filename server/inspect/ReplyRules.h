#pragma once

// Reply rules: answers the person sets up for matching requests ("POST
// /api/* answers 201 with this JSON"), in the inspector and in front of a
// shared folder. Pure: parsing, matching and rendering need no server.

#include "server/http/HttpHeaders.h"
#include "server/http/HttpResponse.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Servery {

struct ReplyRule {
    QString name; // optional; the log shows it, or "#3" for the third rule
    bool enabled = true;
    // Which requests. Method: upper-case token, empty for any. Path: '/'
    // then segments, each literal, ":name" (one segment, captured) or "*"
    // (one segment; as the last, any rest, even none); "*" alone is any path.
    QByteArray method;
    QString path = QStringLiteral("*");
    // Optional conditions: request headers (name, value or "*" for present;
    // names without case), a text the body contains, JSON body fields by a
    // dotted path ("customer.id") with the value they must equal.
    QList<std::pair<QByteArray, QString>> requestHeaders;
    QString bodyContains;
    QList<std::pair<QString, QJsonValue>> bodyJson;
    // The reply.
    int status = 200;
    QList<std::pair<QByteArray, QString>> headers;
    QString body; // text
    QString bodyFile; // a file's content instead (absolute, or beside the rules file)
    bool isTemplate = false; // {{method}}, {{path}}, {{params.id}}, ... in body and header values
    int delayMs = 0;
    int line = 0; // where the rule starts in its file; 0 when not from a file

    bool needsBody() const { return !bodyContains.isEmpty() || !bodyJson.isEmpty(); }
    // The name, or "#N" for the N-th rule (1-based).
    QString label(int index) const;
    bool operator==(const ReplyRule &other) const;
};

struct RulesProblem {
    int line = 0; // 1-based; 0 for the whole file
    int column = 0;
    QString message;
    bool isError = true; // an error skips the rule; a warning does not
};

struct RulesParse {
    QList<ReplyRule> rules;
    QList<RulesProblem> problems;
    bool hasErrors() const;
};

// A JSON array of rules; each mistake with its line and column. A rule
// with an error is left out; the others still load.
RulesParse parseReplyRules(const QByteArray &json);
// The same from a file (at most Limits::kMaxRulesFileBytes); relative
// `bodyFile`s are made absolute against the file's folder.
RulesParse readReplyRulesFile(const QString &path);
// The rules as JSON that parseReplyRules() reads back the same; fields at
// their defaults are left out, so a simple rule stays simple.
QByteArray replyRulesToJson(const QList<ReplyRule> &rules);
// "rules.json:3:12: status must be a number from 200 to 599".
QString describeProblem(const QString &fileName, const RulesProblem &problem);

// What a rule sees of a request.
struct RuleRequest {
    QByteArray method;
    QByteArray path; // percent-encoded, as sent
    QByteArray query; // after '?', without it
    HttpHeaders headers;
    QByteArray body; // empty until read
};

// What a match captured: ":name" segments and the "*" rest.
struct RuleCaptures {
    QList<std::pair<QString, QString>> params;
    QString rest;
};

// The head conditions: method, path, headers. Not the body's.
bool matchesHead(const ReplyRule &rule, const RuleRequest &request, RuleCaptures *captures = nullptr);
// The body conditions (true when the rule has none).
bool matchesBody(const ReplyRule &rule, const QByteArray &body);

// Replaces {{...}} in `text`: method, path, query, query.NAME, params.NAME,
// headers.NAME, body, body.a.b (a field of a JSON body; strings as they
// are, other values as JSON), now (ISO 8601 UTC). Unknown names are left
// empty and listed in `unknown`.
QString renderTemplate(const QString &text, const RuleRequest &request, const RuleCaptures &captures,
                       QStringList *unknown = nullptr);

// The answer a rule gives to a request (template applied, file read,
// Content-Type guessed when the rule sets none). A file that cannot be
// read answers 500 saying so, in `problem` too.
HttpResponse replyFor(const ReplyRule &rule, int index, const RuleRequest &request, const RuleCaptures &captures,
                      QString *problem = nullptr);

// The first enabled rule that matches a request, or -1. With
// `bodyKnown` false, a rule with body conditions counts as a candidate.
int firstMatch(const QList<ReplyRule> &rules, const RuleRequest &request, bool bodyKnown,
               RuleCaptures *captures = nullptr);

} // namespace Servery
