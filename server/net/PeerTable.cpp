#include "server/net/PeerTable.h"

namespace Servery {

bool PeerTable::tryAdd(const QHostAddress &address, int limit)
{
    QMutexLocker lock(&m_mutex);
    int &n = m_counts[address];
    if (n >= limit) {
        if (n == 0)
            m_counts.remove(address);
        return false;
    }
    ++n;
    return true;
}

void PeerTable::remove(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_counts.find(address);
    if (it == m_counts.end())
        return;
    if (--it.value() <= 0)
        m_counts.erase(it);
}

int PeerTable::count(const QHostAddress &address) const
{
    QMutexLocker lock(&m_mutex);
    return m_counts.value(address);
}

void PeerTable::setBlocked(const QHostAddress &address, bool blocked)
{
    QMutexLocker lock(&m_mutex);
    if (blocked)
        m_blocked.insert(address);
    else
        m_blocked.remove(address);
}

bool PeerTable::isBlocked(const QHostAddress &address) const
{
    QMutexLocker lock(&m_mutex);
    return !m_blocked.isEmpty() && m_blocked.contains(address);
}

} // namespace Servery
