#pragma once

#include "server/log/RequestRecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

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
    qsizetype pendingCount() const { return m_pending.size(); }
    quint64 droppedCount() const { return m_dropped; }

    // Called (queued) by workers; owner thread only.
    void append(QList<RequestRecord> batch);
    // Announces pending records now, ignoring the interval (after a stop).
    void flush();

Q_SIGNALS:
    void recordsAvailable();

private:
    void announce();

    QList<RequestRecord> m_pending;
    quint64 m_dropped = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceAnnounce;
};

} // namespace Servery
