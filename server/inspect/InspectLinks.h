#pragma once

#include "server/inspect/InspectState.h"
#include "server/route/Handler.h"

#include <memory>

namespace Servery {

// Reply rules, in front of the folder or of the catcher: the first enabled
// rule whose method, path and header conditions match answers. A request
// with a body is read whole first (kept for the log up to the capture
// limit), so body conditions and {{body}} templates can use it; when body
// conditions then rule every rule out, the catcher's receipt answers while
// catching, and a 404 saying so otherwise.
class ReplyRulesLink final : public Handler {
public:
    ReplyRulesLink(const ServerConfig &config, std::shared_ptr<const InspectState> state);
    QByteArrayList methods() const override { return {QByteArrayLiteral("*")}; }
    QByteArrayList methodsFor(const RequestContext &context) const override;
    Decision handle(const RequestContext &context) override;

private:
    ServerConfig m_config;
    std::shared_ptr<const InspectState> m_state;
};

// Catching: every method on every path is answered, 200 with a small JSON
// receipt, and the request is kept whole (up to the capture limit: past it
// 413, and the first part is kept). Answers CORS preflights for any origin,
// so a page on another site can send to it.
class CatchLink final : public Handler {
public:
    explicit CatchLink(const ServerConfig &config);
    QByteArrayList methods() const override { return {QByteArrayLiteral("*")}; }
    Decision handle(const RequestContext &context) override;

    // The receipt for a caught request.
    static HttpResponse receipt(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                                qint64 bodyBytes);

private:
    ServerConfig m_config;
};

} // namespace Servery
