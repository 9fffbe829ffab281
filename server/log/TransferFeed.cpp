#include "server/log/TransferFeed.h"

namespace Servery {

TransferFeed::TransferFeed(QObject *parent)
    : QObject(parent)
{
}

QList<TransferProgress> TransferFeed::takeEnded()
{
    return std::exchange(m_ended, {});
}

void TransferFeed::update(QList<TransferProgress> batch)
{
    if (batch.isEmpty())
        return;
    for (TransferProgress &t : batch) {
        if (t.state == TransferProgress::State::Running) {
            m_current.insert(t.id, std::move(t));
        } else {
            m_current.remove(t.id);
            m_ended.append(std::move(t));
        }
    }
    // A window that never takes ended transfers must not grow forever.
    if (m_ended.size() > 1000)
        m_ended.remove(0, m_ended.size() - 1000);
    Q_EMIT transfersChanged();
}

void TransferFeed::clear()
{
    m_current.clear();
    m_ended.clear();
    Q_EMIT transfersChanged();
}

} // namespace Servery
