#include "TestLinks.h"

#include "server/files/StaticFiles.h"

#include <QCryptographicHash>

namespace Servery::Test {

namespace {

class CollectSink final : public BodySink {
public:
    Status write(QByteArrayView bytes) override
    {
        m_hash.addData(bytes);
        m_size += bytes.size();
        if (m_kept.size() < 64 * 1024)
            m_kept.append(bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024 - m_kept.size())));
        return Status::Ready;
    }

    HttpResponse finish() override
    {
        HttpResponse r;
        r.status = 200;
        r.handler = QStringLiteral("collect");
        r.headers.append("X-Received-Bytes", QByteArray::number(m_size));
        r.headers.append("X-Received-Sha256", m_hash.result().toHex());
        r.headers.append("Content-Type", "application/octet-stream");
        r.setBody(m_kept);
        return r;
    }

    void abort() override { }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_size = 0;
    QByteArray m_kept;
};

} // namespace

CollectLink::CollectLink(QByteArray prefix, qint64 maxBodyBytes)
    : m_prefix(std::move(prefix))
    , m_maxBodyBytes(maxBodyBytes)
{
}

QByteArrayList CollectLink::methodsFor(const RequestContext &context) const
{
    return context.request.path.startsWith(m_prefix) ? methods() : QByteArrayList {};
}

Decision CollectLink::handle(const RequestContext &context)
{
    if (!context.request.path.startsWith(m_prefix))
        return Decision::pass();
    return Decision::readBody(std::make_unique<CollectSink>(), m_maxBodyBytes);
}

RoutesForConfig collectingRoutes(QByteArray prefix, qint64 maxBodyBytes)
{
    return [prefix, maxBodyBytes](const ServerConfig &config) -> RouterFactory {
        return [config, prefix, maxBodyBytes] {
            Router router;
            router.append(std::make_unique<CollectLink>(prefix, maxBodyBytes));
            router.append(std::make_unique<StaticFiles>(config));
            return router;
        };
    };
}

} // namespace Servery::Test
