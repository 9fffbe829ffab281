#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <list>

namespace Servery {

// Thumbnails made recently, shared by every worker and the background
// threads that make them: keyed by what identifies a version of a file
// (its real path, size, modification time and inode) and the size asked
// for, so an edited photo gets a new one. Least recently used go first
// once the bytes held pass the budget.
class ThumbnailCache {
public:
    explicit ThumbnailCache(qint64 budgetBytes);

    QByteArray find(const QByteArray &key);
    void insert(const QByteArray &key, const QByteArray &jpeg);

    qint64 bytes() const;
    qsizetype count() const;

    // The one cache of this process.
    static ThumbnailCache &shared();

private:
    struct Entry {
        QByteArray key;
        QByteArray jpeg;
    };
    mutable QMutex m_mutex;
    std::list<Entry> m_order; // most recent first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    qint64 m_bytes = 0;
    const qint64 m_budget;
};

} // namespace Servery
