#include "EventLoopProbe.h"

#include <QFile>

#include <algorithm>

namespace Servery {

namespace {
constexpr qint64 kIntervalNs = 10'000'000;
constexpr size_t kMaxSamples = 2'000'000;
} // namespace

EventLoopProbe::EventLoopProbe(QString outputPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(outputPath))
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::chrono::nanoseconds(kIntervalNs) / std::chrono::milliseconds(1));
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_clock.start();
    m_expectedNs = kIntervalNs;
    m_timer.start();
}

EventLoopProbe::~EventLoopProbe()
{
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QByteArray samples;
    samples.reserve(qsizetype(m_delaysUs.size()) * 20);
    for (size_t i = 0; i < m_delaysUs.size(); ++i)
        samples += QByteArray::number(m_takenAtMs[i]) + ' ' + QByteArray::number(m_delaysUs[i]) + '\n';
    f.write(summarize(std::move(m_delaysUs)).toUtf8());
    f.write(samples);
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_delaysUs.size() < kMaxSamples) {
        m_delaysUs.push_back(std::max<qint64>(0, now - m_expectedNs) / 1000);
        m_takenAtMs.push_back(m_clock.msecsSinceReference() + now / 1'000'000);
    }
    m_expectedNs = now + kIntervalNs;
}

QString EventLoopProbe::summarize(std::vector<qint64> d)
{
    if (d.empty())
        return QStringLiteral("samples=0\n");
    std::sort(d.begin(), d.end());
    auto at = [&](double q) {
        return double(d[std::min(d.size() - 1, size_t(q * double(d.size())))]) / 1000.0;
    };
    return QStringLiteral("samples=%1 p50_ms=%2 p99_ms=%3 max_ms=%4\n")
        .arg(d.size())
        .arg(at(0.50), 0, 'f', 2)
        .arg(at(0.99), 0, 'f', 2)
        .arg(double(d.back()) / 1000.0, 0, 'f', 2);
}

} // namespace Servery
