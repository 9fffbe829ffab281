#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"
#include "server/route/Router.h"
#include "server/route/StandardRoutes.h"

#include <QByteArray>

#include <memory>

namespace Servery::Test {

// A link that accepts the body of POST, PUT and PATCH requests to paths
// under `prefix`, the way an upload or a caught request would, and answers
// 200 with what it received: the body itself when it is small, and always
// "X-Received-Bytes" and "X-Received-Sha256" headers. Requests elsewhere
// pass to the next link.
class CollectLink final : public Handler {
public:
    explicit CollectLink(QByteArray prefix = "/collect", qint64 maxBodyBytes = -1);
    QByteArrayList methods() const override { return {"POST", "PUT", "PATCH"}; }
    QByteArrayList methodsFor(const RequestContext &context) const override;
    Decision handle(const RequestContext &context) override;

private:
    QByteArray m_prefix;
    qint64 m_maxBodyBytes;
};

// Servery's standard chain with a CollectLink in front of it, for
// TestServer::start().
RoutesForConfig collectingRoutes(QByteArray prefix = "/collect", qint64 maxBodyBytes = -1);

} // namespace Servery::Test
