#include "server/inspect/InspectLinks.h"

#include "server/http/limits.h"
#include "server/inspect/CaptureSink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Servery {

namespace {

RuleRequest ruleRequest(const HttpRequest &request)
{
    RuleRequest r;
    r.method = request.method;
    r.path = request.path;
    r.query = request.query;
    r.headers = request.headers;
    return r;
}

// Any origin may send to the catcher (webhook.site does the same): a page
// under test is usually on another origin.
void allowAnyOrigin(const HttpRequest &request, HttpResponse &response)
{
    // A reply rule's own CORS fields stand.
    if (response.headers.contains("Access-Control-Allow-Origin"))
        return;
    response.headers.set("Access-Control-Allow-Origin", QByteArrayLiteral("*"));
    if (request.method == "OPTIONS" && request.headers.contains("Access-Control-Request-Method")) {
        response.headers.set("Access-Control-Allow-Methods", request.headers.value("Access-Control-Request-Method"));
        if (request.headers.contains("Access-Control-Request-Headers"))
            response.headers.set("Access-Control-Allow-Headers",
                                 request.headers.value("Access-Control-Request-Headers"));
        response.headers.set("Access-Control-Max-Age", QByteArrayLiteral("600"));
    }
}

} // namespace

ReplyRulesLink::ReplyRulesLink(const ServerConfig &config, std::shared_ptr<const InspectState> state)
    : m_config(config)
    , m_state(std::move(state))
{
}

QByteArrayList ReplyRulesLink::methodsFor(const RequestContext &context) const
{
    // Only the methods of rules that match this path, for Allow and 405.
    QByteArrayList methods;
    const std::shared_ptr<const QList<ReplyRule>> rules = m_state->rules();
    RuleRequest request = ruleRequest(context.request);
    for (const ReplyRule &rule : *rules) {
        if (!rule.enabled)
            continue;
        request.method = rule.method.isEmpty() ? context.request.method : rule.method;
        if (matchesHead(rule, request) && !methods.contains(request.method))
            methods.append(request.method);
    }
    return methods;
}

Decision ReplyRulesLink::handle(const RequestContext &context)
{
    const std::shared_ptr<const QList<ReplyRule>> rules = m_state->rules();
    if (rules->isEmpty())
        return Decision::pass();
    RuleRequest request = ruleRequest(context.request);
    RuleCaptures captures;
    const bool catching = m_config.catchAll;
    // Without a body, the body conditions are known at once (an empty body
    // meets none): a rule that wants one never stands in the folder's way.
    const bool bodyKnown = !context.request.hasBody();
    const int index = firstMatch(*rules, request, bodyKnown, &captures);
    if (index < 0)
        return Decision::pass();
    // Catching, a browser's CORS preflight goes to the catcher, which allows
    // it, unless a rule is for OPTIONS itself.
    const bool preflight
        = context.request.method == "OPTIONS" && context.request.headers.contains("Access-Control-Request-Method");
    if (catching && preflight && rules->at(index).method.isEmpty())
        return Decision::pass();
    if (bodyKnown) {
        HttpResponse reply = replyFor(rules->at(index), index, request, captures);
        if (catching)
            allowAnyOrigin(context.request, reply);
        return Decision::respond(std::move(reply));
    }

    // Read the body first: for the log, the body conditions and templates
    // (which see its first Limits::kCaptureMemoryBytes).
    auto answer = [rules, request, catching, origin = context.request](const CaptureSink &sink) mutable {
        request.body = sink.head(Limits::kCaptureMemoryBytes);
        RuleCaptures found;
        const int matched = firstMatch(*rules, request, true, &found);
        if (matched >= 0) {
            HttpResponse reply = replyFor(rules->at(matched), matched, request, found);
            if (catching)
                allowAnyOrigin(origin, reply);
            return reply;
        }
        if (catching) {
            HttpResponse receipt = CatchLink::receipt(request.method, request.path, request.query, sink.size());
            allowAnyOrigin(origin, receipt);
            return receipt;
        }
        HttpResponse r = HttpResponse::error(404, QStringLiteral("rule"));
        r.setBody(QByteArrayLiteral("No reply rule matched this request's body.\n"));
        r.headers.set("Content-Type", QByteArrayLiteral("text/plain; charset=utf-8"));
        return r;
    };
    return Decision::readBody(std::make_unique<CaptureSink>(std::move(answer)), m_config.captureLimit);
}

CatchLink::CatchLink(const ServerConfig &config)
    : m_config(config)
{
}

HttpResponse CatchLink::receipt(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                                qint64 bodyBytes)
{
    QJsonObject o;
    o.insert(QStringLiteral("caught"), true);
    o.insert(QStringLiteral("method"), QString::fromLatin1(method));
    o.insert(QStringLiteral("path"), QUrl::fromPercentEncoding(path));
    if (!query.isNull())
        o.insert(QStringLiteral("query"), QString::fromUtf8(query));
    o.insert(QStringLiteral("bodyBytes"), double(bodyBytes));
    HttpResponse r;
    r.status = 200;
    r.handler = QStringLiteral("catch");
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setBody(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    return r;
}

Decision CatchLink::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    auto answer = [request](const CaptureSink &sink) {
        HttpResponse r = receipt(request.method, request.path, request.query, sink.size());
        allowAnyOrigin(request, r);
        return r;
    };
    return Decision::readBody(std::make_unique<CaptureSink>(std::move(answer)), m_config.captureLimit);
}

} // namespace Servery
