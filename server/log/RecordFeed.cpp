#include "server/log/RecordFeed.h"

#include "server/http/limits.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace Servery {

RecordFeed::RecordFeed(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecordFeed::announce);
}

namespace {

// Workers hand over batches independently; put the exchanges back in the
// order they began.
void sortById(QList<RequestRecord> &records)
{
    const auto byId = [](const RequestRecord &a, const RequestRecord &b) {
        return a.id < b.id;
    };
    if (std::is_sorted(records.begin(), records.end(), byId))
        return;
    // The order is worked out on indices and each record moved once: a
    // record has many fields, and a merge sort would move each many times.
    std::vector<qsizetype> order(size_t(records.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&records](qsizetype a, qsizetype b) { return records.at(a).id < records.at(b).id; });
    QList<RequestRecord> sorted;
    sorted.reserve(records.size());
    for (qsizetype i : order)
        sorted.append(std::move(records[i]));
    records = std::move(sorted);
}

} // namespace

QList<RequestRecord> RecordFeed::take()
{
    return takeBatches(m_count);
}

QList<RequestRecord> RecordFeed::take(qsizetype max)
{
    return takeBatches(max);
}

QList<RequestRecord> RecordFeed::takeBatches(qsizetype max)
{
    qsizetype n = 0;
    size_t batches = 0;
    while (batches < m_batches.size() && (batches == 0 || n + m_batches[batches].size() <= max))
        n += m_batches[batches++].size();
    QList<RequestRecord> records;
    if (batches == 1) {
        records = std::move(m_batches.front());
    } else {
        records.reserve(n);
        for (size_t i = 0; i < batches; ++i)
            records.append(std::move(m_batches[i]));
    }
    m_batches.erase(m_batches.begin(), m_batches.begin() + qsizetype(batches));
    m_count -= n;
    sortById(records);
    return records;
}

void RecordFeed::append(QList<RequestRecord> batch)
{
    if (batch.isEmpty())
        return;
    m_count += batch.size();
    m_batches.push_back(std::move(batch));

    // Nobody takes them: the oldest go.
    while (m_count > Limits::kMaxPendingRecords) {
        QList<RequestRecord> &oldest = m_batches.front();
        const qsizetype excess = std::min(m_count - Limits::kMaxPendingRecords, oldest.size());
        if (excess == oldest.size())
            m_batches.pop_front();
        else
            oldest.remove(0, excess);
        m_count -= excess;
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
    if (m_count > 0)
        announce();
}

void RecordFeed::announce()
{
    m_sinceAnnounce.start();
    Q_EMIT recordsAvailable();
}

} // namespace Servery
