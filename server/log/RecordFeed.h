#pragma once

#include "server/log/RequestRecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>

namespace Servery {

// Where finished exchanges arrive, in the thread of the Server that owns it
// (the GUI thread, or main() when headless). Workers post batches here; the
// feed announces them at most every Limits::kRecordBatchInterval.
//
// Consumers either connect to recordsAvailable() and call take(), or poll
// take() on their own timer. Records nobody takes are capped at
// Limits::kMaxPendingRecords; the oldest are dropped first and counted.
class RecordFeed : public QObject {
    Q_OBJECT

public:
    explicit RecordFeed(QObject *parent = nullptr);

    // Everything that arrived since the last call, oldest first.
    QList<RequestRecord> take();
    // The oldest of them, batch by batch as the workers handed them over,
    // up to `max` records (but always at least one batch); the rest wait
    // for the next call. A consumer that must stay responsive takes a slice
    // per turn of its event loop.
    QList<RequestRecord> take(qsizetype max);
    qsizetype pendingCount() const { return m_count; }
    quint64 droppedCount() const { return m_dropped; }

    // Called (queued) by workers; owner thread only.
    void append(QList<RequestRecord> batch);
    // Announces pending records now, ignoring the interval (after a stop).
    void flush();

Q_SIGNALS:
    void recordsAvailable();

private:
    void announce();

    QList<RequestRecord> takeBatches(qsizetype max);

    // The batches as they arrived, each moved in whole: appending costs
    // nothing however many records wait.
    std::deque<QList<RequestRecord>> m_batches;
    qsizetype m_count = 0;
    quint64 m_dropped = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceAnnounce;
};

} // namespace Servery
