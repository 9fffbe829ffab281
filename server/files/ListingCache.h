#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <list>
#include <optional>

namespace Servery {

// What identifies a folder's state on disk: its modification time (to the
// nanosecond where the platform says) and its identity (device, inode), so
// a folder replaced by another under the same name is a different folder.
struct FolderStamp {
    qint64 modifiedNs = 0;
    quint64 device = 0;
    quint64 inode = 0;

    friend bool operator==(const FolderStamp &, const FolderStamp &) = default;
};

// The stamp of `directory` now, or nothing if it cannot be read.
std::optional<FolderStamp> folderStamp(const QString &directory);

// Listing pages (HTML or JSON) rendered for folders that have not changed,
// shared by every worker of the process (thread-safe).
//
// An entry is found only while all of this holds:
// - the folder's stamp is the one it had when it was read: adding, removing
//   or renaming an entry changes the folder's modification time;
// - it was rendered less than kMaxAge ago: a file changed in place (its size
//   and date on the page) does not touch its folder, so a page is at most
//   that stale;
// - it was stored: a folder modified less than kRacyMargin before it was
//   read is not cached at all, since a change in the same tick of the file
//   system's clock (coarse on Linux, two seconds on FAT) would keep the
//   same modification time (the "racy" case of git's index).
// The key carries everything else the page depends on: the URL path, the
// order and view, the language, JSON or HTML, uploads on or off, hidden
// entries and symlinks shown or not. Pages larger than kMaxPageBytes are
// never stored (a folder of 100,000 entries is streamed, never a page in
// memory), and the cache holds at most kMaxTotalBytes in kMaxEntries pages,
// dropping the oldest.
class ListingCache {
public:
    static constexpr qint64 kMaxAgeMs = 2000;
    static constexpr qint64 kRacyMarginMs = 3000;
    static constexpr qsizetype kMaxPageBytes = 8 * 1024 * 1024;
    static constexpr qsizetype kMaxTotalBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxEntries = 256;

    static ListingCache &shared();

    // Whether a folder read at `readAtMs` with `stamp` had been left alone
    // long enough for its page to be kept (see kRacyMarginMs).
    static bool settled(const FolderStamp &stamp, qint64 readAtMs)
    {
        return stamp.modifiedNs / 1000000 <= readAtMs - kRacyMarginMs;
    }

    // The page for `directory` and `variant` if it is still good at
    // `nowMs` (milliseconds since the epoch) with the folder at `stamp`.
    std::optional<QByteArray> find(const QString &directory, const QByteArray &variant, const FolderStamp &stamp,
                                   qint64 nowMs);
    // Keeps `page`, rendered from the folder read at `readAtMs` with
    // `stamp`, unless the folder was too fresh then or the page too large.
    // Returns whether it was kept.
    bool store(const QString &directory, const QByteArray &variant, const FolderStamp &stamp, qint64 readAtMs,
               QByteArray page);

    qsizetype size() const;
    qsizetype totalBytes() const;
    void clear();

private:
    struct Entry {
        QString directory;
        QByteArray variant;
        FolderStamp stamp;
        qint64 renderedAtMs = 0;
        QByteArray page;
    };

    void removeEntry(std::list<Entry>::iterator it);

    mutable QMutex m_mutex;
    std::list<Entry> m_entries; // oldest first
    qsizetype m_totalBytes = 0;
};

} // namespace Servery
