#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace Servery {

// Measures how late the thread's event loop runs a 10 ms timer: the delay
// anything else queued behind it would see. On destruction it writes a
// summary (samples, median, 99th percentile, maximum, in milliseconds) to a
// file, for bench/gui-latency, followed by every sample: when it was taken
// (milliseconds on the monotonic clock, as CLOCK_MONOTONIC and Python's
// time.monotonic() count them) and how late it was (microseconds), so a
// script can tell the phases of a run apart.
class EventLoopProbe : public QObject {
    Q_OBJECT

public:
    EventLoopProbe(QString outputPath, QObject *parent = nullptr);
    ~EventLoopProbe() override;

    static QString summarize(std::vector<qint64> delaysUs);

private:
    void tick();

    QString m_path;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    std::vector<qint64> m_delaysUs;
    std::vector<qint64> m_takenAtMs;
};

} // namespace Servery
