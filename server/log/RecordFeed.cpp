#include "server/log/RecordFeed.h"

#include "server/http/limits.h"

#include <algorithm>

namespace Servery {

RecordFeed::RecordFeed(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecordFeed::announce);
}

QList<RequestRecord> RecordFeed::take()
{
    QList<RequestRecord> records = std::exchange(m_pending, {});
    // Workers hand over batches independently; put the exchanges back in
    // the order they began.
    const auto byId = [](const RequestRecord &a, const RequestRecord &b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(records.begin(), records.end(), byId))
        std::stable_sort(records.begin(), records.end(), byId);
    return records;
}

void RecordFeed::append(QList<RequestRecord> batch)
{
    if (batch.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_pending = std::move(batch);
    else
        m_pending.append(std::move(batch));

    const qsizetype excess = m_pending.size() - Limits::kMaxPendingRecords;
    if (excess > 0) {
        m_pending.remove(0, excess);
        m_dropped += quint64(excess);
    }

    if (m_timer.isActive())
        return;
    const qint64 interval = Limits::kRecordBatchInterval.count();
    const qint64 since = m_sinceAnnounce.isValid() ? m_sinceAnnounce.elapsed() : interval;
    m_timer.start(int(std::max<qint64>(0, interval - since)));
}

void RecordFeed::flush()
{
    m_timer.stop();
    if (!m_pending.isEmpty())
        announce();
}

void RecordFeed::announce()
{
    m_sinceAnnounce.start();
    Q_EMIT recordsAvailable();
}

} // namespace Servery
