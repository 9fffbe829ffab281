#pragma once

#include "server/files/ListingText.h"
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

// How a listing is ordered (folders always come first, then by `key`) and
// shown. The view travels with the order because both come from the same
// query string and every link of the page keeps both.
struct ListingOrder {
    enum class Key { Name, Size, Date };
    // Auto: the grid when most entries are photos (prefersGrid()).
    enum class View { Auto, List, Grid };
    Key key = Key::Name;
    bool descending = false;
    View view = View::Auto;

    // From a query string: "sort=name|size|date&order=asc|desc&view=list|grid";
    // anything else keeps the defaults.
    static ListingOrder fromQuery(QByteArrayView query);
    // "sort=...&order=...", and "&view=..." unless the view is Auto.
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

// Whether the page shows `entry` as a photo: a thumbnail in the grid
// ("./NAME?thumb") and the full-screen viewer on a tap. Files served as
// JPEG, PNG, GIF, WebP, AVIF or BMP, the types every browser displays.
bool isPhoto(const DirectoryEntry &entry);

// The rule for View::Auto: the grid when photos are more than half of the
// entries (folders count as entries), so a camera folder opens as a grid and
// a folder of documents with a few screenshots as a list. Pure.
bool prefersGrid(const QList<DirectoryEntry> &entries);

// The listing page for the folder at `segments` (decoded URL path segments;
// empty for the root), rendered a piece at a time as it is sent: a folder
// of 100,000 entries is never a page in memory. Past 500 entries the rows
// (or tiles) come in groups of 500, each its own <tbody class="more"> (or
// <ul class="tiles more">) after the first: the script shows the groups a
// reader reaches, so a phone never lays out them all. Every name is escaped
// for HTML and percent-encoded for URLs. Sorting, the view (list or grid) and
// the zip work through plain links, uploads through a plain form when
// `uploadsAllowed`: all without JavaScript. The page's one inline script
// adds search, the photo viewer and resumable uploads; it reads names only
// from the DOM. `<body data-uploads="on|off">` tells it whether uploads are
// allowed.
// The page's words are `text`'s (ListingText::forAcceptLanguage picks the
// browser's language).
std::unique_ptr<BodySource> listingHtml(const QStringList &segments, QList<DirectoryEntry> entries,
                                        const ListingOrder &order, bool uploadsAllowed = false,
                                        const ListingText &text = ListingText::english());

// The Content-Security-Policy for listing pages: nothing but the page's own
// inline script (by its SHA-256, computed once), inline styles, images and
// requests to this server, forms posted here.
QByteArray listingContentSecurityPolicy();

// The same listing as JSON, also in pieces: {"path", "entries": [{name,
// type, size, modified, url}]}.
std::unique_ptr<BodySource> listingJson(const QStringList &segments, QList<DirectoryEntry> entries);

// The whole page or JSON at once (tests, small folders).
QByteArray renderListingHtml(const QStringList &segments, const QList<DirectoryEntry> &entries,
                             const ListingOrder &order, bool uploadsAllowed = false,
                             const ListingText &text = ListingText::english());
QByteArray renderListingJson(const QStringList &segments, const QList<DirectoryEntry> &entries);

// Escapes &, <, >, " and ' for HTML text and attribute values.
QByteArray htmlEscape(const QString &text);

} // namespace Servery
