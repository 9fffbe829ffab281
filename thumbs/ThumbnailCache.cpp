#include "ThumbnailCache.h"

#include "server/http/limits.h"

namespace Servery {

ThumbnailCache::ThumbnailCache(qint64 budgetBytes)
    : m_budget(budgetBytes)
{
}

ThumbnailCache &ThumbnailCache::shared()
{
    static ThumbnailCache cache(Limits::kThumbnailCacheBytes);
    return cache;
}

QByteArray ThumbnailCache::find(const QByteArray &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return {};
    m_order.splice(m_order.begin(), m_order, it.value()); // now the most recent
    return it.value()->jpeg;
}

void ThumbnailCache::insert(const QByteArray &key, const QByteArray &jpeg)
{
    if (jpeg.size() > m_budget)
        return;
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_index.find(key); it != m_index.end()) {
        m_bytes -= it.value()->jpeg.size();
        m_order.erase(it.value());
        m_index.erase(it);
    }
    m_order.push_front(Entry {key, jpeg});
    m_index.insert(key, m_order.begin());
    m_bytes += jpeg.size();
    while (m_bytes > m_budget && !m_order.empty()) {
        const Entry &last = m_order.back();
        m_bytes -= last.jpeg.size();
        m_index.remove(last.key);
        m_order.pop_back();
    }
}

qint64 ThumbnailCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

qsizetype ThumbnailCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_index.size();
}

} // namespace Servery
