#pragma once

#include "server/log/RequestRecord.h"
#include "server/net/Server.h"
#include "server/route/StandardRoutes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <optional>

namespace Servery::Test {

// A Server on 127.0.0.1 (and ::1), port 0, over a fresh temporary folder.
// Records are collected as they arrive.
class TestServer {
public:
    TestServer();
    ~TestServer();

    // Starts with `config` (rootPath and port are filled in, and the host
    // names "test" and "t" that tests send are allowed) and waits for
    // started(). Returns false, with the error in lastError(), otherwise.
    // The chain is Servery's standard one unless `routes` says otherwise
    // (it gets the config with the root filled in).
    bool start(ServerConfig config = {}, RoutesForConfig routes = {});
    // Graceful stop; waits for stopped().
    bool stop(std::chrono::milliseconds drain = std::chrono::seconds(5),
              std::chrono::milliseconds wait = std::chrono::seconds(15));

    Server &server() { return m_server; }
    quint16 port() const { return m_server.port(); }
    QString root() const { return m_dir.path(); }
    QString lastError() const { return m_lastError; }

    // Writes a file below the root, creating folders. Returns its path.
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    // Creates a file of `size` bytes whose byte at offset i is patternByte(i),
    // so any slice can be checked; returns its path.
    QString writePatternFile(const QString &relativePath, qint64 size) const;
    static char patternByte(qint64 offset) { return char('a' + offset % 23); }

    // Waits until at least `count` records arrived in all; returns them all.
    QList<RequestRecord> waitForRecords(int count, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    const QList<RequestRecord> &records() const { return m_records; }
    // Waits until a record `match` accepts has arrived (records of several
    // workers, or of an earlier test, may arrive in any order).
    std::optional<RequestRecord> waitForRecord(const std::function<bool(const RequestRecord &)> &match,
                                               std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    void collect();

    QTemporaryDir m_dir;
    Server m_server;
    QList<RequestRecord> m_records;
    QString m_lastError;
};

} // namespace Servery::Test
