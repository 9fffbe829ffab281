#pragma once

#include "server/http/BodySource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Servery {

struct DirectoryEntry {
    QString name;
    bool isDirectory = false;
    qint64 size = 0; // files only
    qint64 modifiedSecs = 0; // seconds since the epoch

    friend bool operator==(const DirectoryEntry &, const DirectoryEntry &) = default;
};

// How a listing is ordered: folders always come first, then by `key`.
struct ListingOrder {
    enum class Key { Name, Size, Date };
    Key key = Key::Name;
    bool descending = false;

    // From a query string: "sort=name|size|date&order=asc|desc"; anything
    // else keeps the defaults.
    static ListingOrder fromQuery(QByteArrayView query);
    QByteArray toQuery() const;
};

// Reads the entries of `realDirectory`. Hidden entries (".name") are left
// out unless `showHidden`; so are sockets, FIFOs and devices, and, unless
// `followSymlinks`, symlinks that lead outside `root` (they could not be
// opened anyway). Names that are not UTF-8 are kept (NativeName.h). When the
// folder cannot be read the list is empty and `osError` (if given) says why.
// Blocks on the disk: call it on a worker thread.
QList<DirectoryEntry> readDirectory(const QString &realDirectory, const QString &root, bool showHidden,
                                    bool followSymlinks, int *osError = nullptr);

// Folders first, then by the order's key; names compare naturally
// ("file2" < "file10") and without regard to case. Pure.
void sortEntries(QList<DirectoryEntry> &entries, const ListingOrder &order);

// The listing page for the folder at `segments` (decoded URL path segments;
// empty for the root), rendered a piece at a time as it is sent: a folder
// of 100,000 entries is never a page in memory. Every name is escaped for
// HTML and percent-encoded for URLs. Sorting works through plain links, no
// JavaScript.
std::unique_ptr<BodySource> listingHtml(const QStringList &segments, QList<DirectoryEntry> entries,
                                        const ListingOrder &order);

// The same listing as JSON, also in pieces: {"path", "entries": [{name,
// type, size, modified, url}]}.
std::unique_ptr<BodySource> listingJson(const QStringList &segments, QList<DirectoryEntry> entries);

// The whole page or JSON at once (tests, small folders).
QByteArray renderListingHtml(const QStringList &segments, const QList<DirectoryEntry> &entries,
                             const ListingOrder &order);
QByteArray renderListingJson(const QStringList &segments, const QList<DirectoryEntry> &entries);

// Escapes &, <, >, " and ' for HTML text and attribute values.
QByteArray htmlEscape(const QString &text);

} // namespace Servery
