#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QSet>

namespace Servery {

// How many connections each client address holds, and which addresses the
// person at this computer blocked. The acceptor counts connections in and
// the workers count them out, so it is shared and locked; it is touched
// once when a connection opens and once when it closes, never per request.
class PeerTable {
public:
    // Counts a new connection from `address`, unless it already holds
    // `limit`: then nothing is counted and the answer is false.
    bool tryAdd(const QHostAddress &address, int limit);
    void remove(const QHostAddress &address);
    int count(const QHostAddress &address) const;

    void setBlocked(const QHostAddress &address, bool blocked);
    bool isBlocked(const QHostAddress &address) const;

private:
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_counts;
    QSet<QHostAddress> m_blocked;
};

} // namespace Servery
