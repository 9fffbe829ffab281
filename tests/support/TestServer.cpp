#include "TestServer.h"

#include "server/route/StandardRoutes.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTimer>

namespace Servery::Test {

TestServer::TestServer()
{
    QObject::connect(m_server.records(), &RecordFeed::recordsAvailable, m_server.records(), [this] { collect(); });
}

TestServer::~TestServer()
{
    if (m_server.state() != Server::State::Stopped)
        stop();
}

bool TestServer::start(ServerConfig config, RoutesForConfig routes)
{
    config.rootPath = m_dir.path();
    config.port = 0;
    if (config.bindAddress.isNull())
        config.scope = ListenScope::LocalOnly;
    // Tests write "Host: test" (or "t") for brevity; the real server only
    // answers names of this machine (DNS rebinding), so allow those two.
    for (const char *name : {"test", "t"}) {
        if (!config.allowedHosts.contains(QLatin1StringView(name)))
            config.allowedHosts.append(QString::fromLatin1(name));
    }
    QSignalSpy started(&m_server, &Server::started);
    QSignalSpy failed(&m_server, &Server::startFailed);
    m_server.start(config, routes ? routes(config) : standardRoutes(config));
    QDeadlineTimer deadline(std::chrono::seconds(10));
    while (started.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        started.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!failed.isEmpty())
        m_lastError = failed.constFirst().constFirst().value<ServerError>().message;
    return !started.isEmpty();
}

bool TestServer::stop(std::chrono::milliseconds drain, std::chrono::milliseconds wait)
{
    if (m_server.state() == Server::State::Stopped)
        return true;
    QSignalSpy stopped(&m_server, &Server::stopped);
    m_server.stop(drain);
    if (stopped.isEmpty())
        stopped.wait(int(wait.count()));
    collect();
    return !stopped.isEmpty();
}

QString TestServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

QString TestServer::writePatternFile(const QString &relativePath, qint64 size) const
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return path;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 offset = 0; offset < size; offset += block.size()) {
        const qint64 n = std::min<qint64>(block.size(), size - offset);
        for (qint64 i = 0; i < n; ++i)
            block[qsizetype(i)] = patternByte(offset + i);
        f.write(block.constData(), n);
    }
    return path;
}

void TestServer::collect()
{
    m_records += m_server.records()->take();
}

std::optional<RequestRecord> TestServer::waitForRecord(const std::function<bool(const RequestRecord &)> &match,
                                                       std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    for (;;) {
        collect();
        for (const RequestRecord &r : std::as_const(m_records)) {
            if (match(r))
                return r;
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QSignalSpy spy(m_server.records(), &RecordFeed::recordsAvailable);
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    }
}

QList<RequestRecord> TestServer::waitForRecords(int count, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    collect();
    while (m_records.size() < count && !deadline.hasExpired()) {
        QSignalSpy spy(m_server.records(), &RecordFeed::recordsAvailable);
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        collect();
    }
    return m_records;
}

} // namespace Servery::Test
