#include "server/files/ListingCache.h"

#include <QFileInfo>
#include <QMutexLocker>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace Servery {

std::optional<FolderStamp> folderStamp(const QString &directory)
{
    FolderStamp stamp;
#ifdef Q_OS_WIN
    const QFileInfo info(directory);
    if (!info.exists())
        return std::nullopt;
    stamp.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
#else
    struct stat st { };
    if (::stat(QFile::encodeName(directory).constData(), &st) != 0)
        return std::nullopt;
#ifdef Q_OS_MACOS
    const timespec modified = st.st_mtimespec;
#else
    const timespec modified = st.st_mtim;
#endif
    stamp.modifiedNs = qint64(modified.tv_sec) * 1000000000 + modified.tv_nsec;
    stamp.device = quint64(st.st_dev);
    stamp.inode = quint64(st.st_ino);
#endif
    return stamp;
}

ListingCache &ListingCache::shared()
{
    static ListingCache cache;
    return cache;
}

std::optional<QByteArray> ListingCache::find(const QString &directory, const QByteArray &variant,
                                             const FolderStamp &stamp, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->directory != directory || it->variant != variant)
            continue;
        if (it->stamp == stamp && nowMs >= it->renderedAtMs && nowMs - it->renderedAtMs < kMaxAgeMs)
            return it->page;
        removeEntry(it); // changed or too old: never good again
        return std::nullopt;
    }
    return std::nullopt;
}

bool ListingCache::store(const QString &directory, const QByteArray &variant, const FolderStamp &stamp, qint64 readAtMs,
                         QByteArray page)
{
    if (page.size() > kMaxPageBytes || !settled(stamp, readAtMs))
        return false;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->directory == directory && it->variant == variant) {
            removeEntry(it);
            break;
        }
    }
    while (!m_entries.empty()
           && (m_totalBytes + page.size() > kMaxTotalBytes || qsizetype(m_entries.size()) >= kMaxEntries))
        removeEntry(m_entries.begin());
    m_totalBytes += page.size();
    m_entries.push_back(Entry {directory, variant, stamp, readAtMs, std::move(page)});
    return true;
}

void ListingCache::removeEntry(std::list<Entry>::iterator it)
{
    m_totalBytes -= it->page.size();
    m_entries.erase(it);
}

qsizetype ListingCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_entries.size());
}

qsizetype ListingCache::totalBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_totalBytes;
}

void ListingCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_totalBytes = 0;
}

} // namespace Servery
