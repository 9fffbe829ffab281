#include "server/files/DirectoryListing.h"

#include "server/files/ListingText.h"
#include "server/files/MimeTypes.h"
#include "server/files/NativeName.h"
#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/http/limits.h"
#include "server/util/BackgroundPool.h"
#include "server/util/HumanFormat.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QStringBuilder>
#include <QUrlQuery>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <vector>

#ifdef Q_OS_WIN
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#else
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace Servery {

namespace {

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/servery/listing/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The page's one script (resources/listing/listing.js), exactly as it goes
// into the page: the Content-Security-Policy allows it by this text's hash.
const QByteArray &pageScript()
{
    static const QByteArray script = resource(QStringLiteral("listing.js")).trimmed();
    return script;
}

const QByteArray &pageTemplate()
{
    static const QByteArray page = [] {
        // The style sheet and the script are ours; they go in once, here.
        QByteArray html = resource(QStringLiteral("listing.html"));
        html.replace("{{css}}", resource(QStringLiteral("listing.css")).trimmed());
        html.replace("{{script}}", pageScript());
        return html;
    }();
    return page;
}

// The type a file is served as, without parameters ("image/jpeg").
QByteArray servedType(const QString &name)
{
    QByteArray type = mimeTypeForFileName(name);
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    return type;
}

bool isPhotoType(QByteArrayView type)
{
    static const QByteArrayList photos
        = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/bmp"};
    return photos.contains(type);
}

// The icon follows the Content-Type the file would be served with, so what a
// file is has one answer (MimeTypes) and QMimeDatabase's knowledge of
// suffixes reaches the listing too.
const char *iconFor(const DirectoryEntry &e, QByteArrayView type)
{
    if (e.isDirectory)
        return "i-folder";
    static const QByteArrayList code
        = {"text/html",       "text/css",         "text/javascript",          "application/json",
           "application/xml", "application/wasm", "application/x-shellscript"};
    static const QByteArrayList documents
        = {"application/rtf", "application/msword", "application/vnd.oasis.opendocument.text",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
    static const QByteArrayList archives = {"application/zip",
                                            "application/gzip",
                                            "application/x-tar",
                                            "application/x-compressed-tar",
                                            "application/x-7z-compressed",
                                            "application/vnd.rar",
                                            "application/x-xz",
                                            "application/x-bzip",
                                            "application/x-bzip2",
                                            "application/zstd"};
    if (type.startsWith("image/"))
        return "i-image";
    if (type.startsWith("video/"))
        return "i-video";
    if (type.startsWith("audio/"))
        return "i-audio";
    if (type == "application/pdf")
        return "i-pdf";
    if (code.contains(type) || type.startsWith("text/x-"))
        return "i-code";
    if (type.startsWith("text/") || documents.contains(type))
        return "i-text";
    if (archives.contains(type))
        return "i-archive";
    return "i-file";
}

// Replaces each {{key}} of `page` in a single pass over the template, so
// nothing in a value (names come from the disk) is ever taken for a
// placeholder.
QByteArray fillTemplate(const QByteArray &page, const QList<std::pair<QByteArrayView, QByteArray>> &values)
{
    QByteArray out;
    out.reserve(page.size() + 4096);
    qsizetype pos = 0;
    while (pos < page.size()) {
        const qsizetype open = page.indexOf("{{", pos);
        const qsizetype close = open < 0 ? -1 : page.indexOf("}}", open + 2);
        if (close < 0) {
            out += QByteArrayView(page).sliced(pos);
            break;
        }
        out += QByteArrayView(page).sliced(pos, open - pos);
        const QByteArrayView key = QByteArrayView(page).sliced(open + 2, close - open - 2);
        for (const auto &[name, value] : values) {
            if (name == key) {
                out += value;
                break;
            }
        }
        pos = close + 2;
    }
    return out;
}

QByteArray folderUrl(const QStringList &segments, qsizetype depth)
{
    QByteArray url = "/";
    for (qsizetype i = 0; i < depth; ++i)
        url += encodeUrlPath(segments.at(i)) + '/';
    return url;
}

// Formatting through QDateTime costs a time-zone lookup per call; a listing
// of 10,000 files makes 20,000 of them. The C library's broken-down time is
// much cheaper and gives the same fields.
QByteArray isoUtc(qint64 secs)
{
    const std::time_t t = std::time_t(secs);
    std::tm tm {};
#ifdef Q_OS_WIN
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

} // namespace

ListingOrder ListingOrder::fromQuery(QByteArrayView query)
{
    ListingOrder order;
    const QUrlQuery q(QString::fromUtf8(query));
    const QString sort = q.queryItemValue(QStringLiteral("sort"));
    if (sort == u"size")
        order.key = Key::Size;
    else if (sort == u"date")
        order.key = Key::Date;
    order.descending = q.queryItemValue(QStringLiteral("order")) == u"desc";
    const QString view = q.queryItemValue(QStringLiteral("view"));
    if (view == u"list")
        order.view = View::List;
    else if (view == u"grid")
        order.view = View::Grid;
    return order;
}

QByteArray ListingOrder::toQuery() const
{
    const char *k = key == Key::Size ? "size" : key == Key::Date ? "date" : "name";
    QByteArray query = QByteArray("sort=") + k + (descending ? "&order=desc" : "&order=asc");
    if (view != View::Auto)
        query += view == View::Grid ? "&view=grid" : "&view=list";
    return query;
}

bool isPhoto(const DirectoryEntry &entry)
{
    // Every photo type has a suffix in MimeTypes' own table: a name without
    // one is never looked up in QMimeDatabase here.
    return !entry.isDirectory && entry.name.contains(u'.') && isPhotoType(servedType(entry.name));
}

bool prefersGrid(const QList<DirectoryEntry> &entries)
{
    // Stops as soon as the answer is known.
    const qsizetype half = entries.size() / 2;
    qsizetype photos = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        photos += isPhoto(entries.at(i));
        if (photos > half)
            return true;
        if (photos + (entries.size() - i - 1) <= half)
            return false;
    }
    return false;
}

QByteArray listingContentSecurityPolicy()
{
    // Only our own inline script runs, allowed by its hash: names never
    // reach script text, so an injected script would have no hash to match.
    // Images come from here (thumbnails, photos) or from the page itself
    // (data: icons in the style sheet, blob:); requests go here (uploads),
    // and so do forms (uploads without JavaScript).
    static const QByteArray policy = "default-src 'none'; script-src 'sha256-"
        + QCryptographicHash::hash(pageScript(), QCryptographicHash::Sha256).toBase64()
        + "'; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; "
          "base-uri 'none'";
    return policy;
}

#ifndef Q_OS_WIN

QList<DirectoryEntry> readDirectory(const QString &realDirectory, const QString &root, bool showHidden,
                                    bool followSymlinks, int *osError)
{
    // readdir and fstatat on the raw names: no name is lost to a decoding
    // (NativeName.h), and no QFileInfo is built per entry.
    QList<DirectoryEntry> out;
    DIR *dir = ::opendir(encodeFileName(realDirectory).constData());
    if (!dir) {
        if (osError)
            *osError = errno;
        return out;
    }
    const int fd = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (!showHidden && name[0] == '.')
            continue;
        bool isLink = false;
#ifdef _DIRENT_HAVE_D_TYPE
        if (entry->d_type == DT_LNK)
            isLink = true;
        else if (entry->d_type == DT_UNKNOWN)
#endif
        {
            struct stat ls { };
            isLink = ::fstatat(fd, name, &ls, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(ls.st_mode);
        }
        struct stat st { };
        // Sockets, FIFOs, devices and dangling links answer 403 or 404;
        // they have no place in a listing.
        if (::fstatat(fd, name, &st, 0) != 0 || !(S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)))
            continue;
        DirectoryEntry e;
        e.name = decodeFileName(QByteArrayView(name));
        if (isLink) {
            const QString target = canonicalPath(realDirectory + u'/' + e.name);
            if (!followSymlinks && !isInsideRoot(root, target))
                continue;
            // A visible name for a hidden folder is still hidden.
            if (!showHidden && isHiddenBelowRoot(root, target))
                continue;
        }
        e.isDirectory = S_ISDIR(st.st_mode);
        e.size = e.isDirectory ? 0 : qint64(st.st_size);
        e.modifiedSecs = qint64(st.st_mtime);
        out.append(std::move(e));
    }
    ::closedir(dir);
    out.squeeze(); // it lives as long as the listing is being sent
    if (osError)
        *osError = 0;
    return out;
}

#else

QList<DirectoryEntry> readDirectory(const QString &realDirectory, const QString &root, bool showHidden,
                                    bool followSymlinks, int *osError)
{
    QList<DirectoryEntry> out;
    QDir::Filters filters = QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System;
    if (showHidden)
        filters |= QDir::Hidden;
    const QDir dir(realDirectory);
    if (osError)
        *osError = dir.exists() ? 0 : ENOENT;
    const QFileInfoList infos = dir.entryInfoList(filters, QDir::NoSort);
    out.reserve(infos.size());
    for (const QFileInfo &info : infos) {
        const QString name = info.fileName();
        if (!showHidden && name.startsWith(u'.'))
            continue;
        if (!info.isDir() && !info.isFile())
            continue;
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (!followSymlinks && !isInsideRoot(root, target))
                continue;
            if (!showHidden && isHiddenBelowRoot(root, target))
                continue;
        }
        DirectoryEntry e;
        e.name = name;
        e.isDirectory = info.isDir();
        e.size = e.isDirectory ? 0 : info.size();
        e.modifiedSecs = info.lastModified().toSecsSinceEpoch();
        out.append(e);
    }
    return out;
}

#endif

void sortEntries(QList<DirectoryEntry> &entries, const ListingOrder &order)
{
    // The C locale (common for services and containers) turns numeric mode
    // off; fall back to English there so "file2" still sorts before "file10".
    const QLocale system = QLocale::system();
    QCollator collator(system.language() == QLocale::C ? QLocale(QLocale::English) : system);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // One collation key per entry, then plain comparisons: a sort of 10,000
    // names would otherwise ask the collator 130,000 times.
    struct Keyed {
        QCollatorSortKey key;
        qsizetype index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i)
        keyed.push_back({collator.sortKey(entries.at(i).name), i});

    auto nameLess = [&](const Keyed &a, const Keyed &b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : entries.at(a.index).name < entries.at(b.index).name;
    };
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &ka, const Keyed &kb) {
        const DirectoryEntry &a = entries.at(ka.index);
        const DirectoryEntry &b = entries.at(kb.index);
        if (a.isDirectory != b.isDirectory)
            return a.isDirectory;
        const bool desc = order.descending;
        switch (order.key) {
        case ListingOrder::Key::Size:
            if (a.size != b.size)
                return desc ? b.size < a.size : a.size < b.size;
            break;
        case ListingOrder::Key::Date:
            if (a.modifiedSecs != b.modifiedSecs)
                return desc ? b.modifiedSecs < a.modifiedSecs : a.modifiedSecs < b.modifiedSecs;
            break;
        case ListingOrder::Key::Name:
            break;
        }
        return desc ? nameLess(kb, ka) : nameLess(ka, kb);
    });

    // The keys go first (they are the bulk), then the entries move into
    // their places by following the permutation's cycles: no second list of
    // 100,000 entries is ever held.
    std::vector<qsizetype> sourceOf(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        sourceOf[i] = keyed[i].index;
    keyed = {};
    for (qsizetype start = 0; start < qsizetype(sourceOf.size()); ++start) {
        if (sourceOf[size_t(start)] < 0 || sourceOf[size_t(start)] == start)
            continue;
        DirectoryEntry carried = std::move(entries[start]);
        qsizetype at = start;
        for (;;) {
            const qsizetype from = sourceOf[size_t(at)];
            sourceOf[size_t(at)] = -1;
            if (from == start) {
                entries[at] = std::move(carried);
                break;
            }
            entries[at] = std::move(entries[from]);
            at = from;
        }
    }
}

QByteArray htmlEscape(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = displayFileName(text);
    out.reserve(utf8.size() + 16);
    for (char c : utf8) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

namespace {

QByteArray breadcrumbs(const QStringList &segments, const ListingText &t)
{
    // Every ancestor links to itself; the current folder is text.
    QByteArray crumbs;
    const QByteArray &home = t.home;
    if (segments.isEmpty())
        crumbs += "<span aria-current=\"page\">" + home + "</span>";
    else
        crumbs += "<a href=\"/\">" + home + "</a>";
    for (qsizetype i = 0; i < segments.size(); ++i) {
        crumbs += "<span class=\"sep\">/</span>";
        if (i + 1 == segments.size())
            crumbs += "<span aria-current=\"page\">" + htmlEscape(segments.at(i)) + "</span>";
        else
            crumbs += "<a href=\"" + folderUrl(segments, i + 1) + "\">" + htmlEscape(segments.at(i)) + "</a>";
    }
    return crumbs;
}

QByteArray summaryOf(const QList<DirectoryEntry> &entries, const ListingText &t)
{
    qsizetype folders = 0;
    qint64 bytes = 0;
    for (const DirectoryEntry &e : entries) {
        if (e.isDirectory)
            ++folders;
        else
            bytes += e.size;
    }
    return t.summary(folders, entries.size() - folders, bytes);
}

// Where a sort link leads: the current key flips its direction, another
// key starts where people look first (names A to Z, the largest and the
// newest first). The view stays.
ListingOrder sortedBy(const ListingOrder &order, ListingOrder::Key key)
{
    ListingOrder next = order;
    next.key = key;
    next.descending = order.key == key ? !order.descending : key != ListingOrder::Key::Name;
    return next;
}

QByteArray linkTo(const ListingOrder &order)
{
    return "?" + htmlEscape(QString::fromLatin1(order.toQuery()));
}

QByteArray arrowFor(const ListingOrder &order, ListingOrder::Key key)
{
    if (order.key != key)
        return {};
    return order.descending ? " \xe2\x96\xbc" : " \xe2\x96\xb2"; // ▼ ▲
}

QByteArray columnHeads(const ListingOrder &order, const ListingText &t)
{
    // Column headers link to the same folder sorted by that column.
    QByteArray columns;
    const struct {
        ListingOrder::Key key;
        const char *cls;
        const QByteArray &label;
    } heads[] = {
        {ListingOrder::Key::Name, "n", t.name},
        {ListingOrder::Key::Size, "s", t.size},
        {ListingOrder::Key::Date, "t", t.modified},
    };
    for (const auto &h : heads) {
        QByteArray aria = "none";
        if (order.key == h.key)
            aria = order.descending ? "descending" : "ascending";
        columns += QByteArray("<th class=\"") + h.cls + "\" aria-sort=\"" + aria + "\"><a href=\""
            + linkTo(sortedBy(order, h.key)) + "\">" + h.label + arrowFor(order, h.key) + "</a></th>";
    }
    return columns;
}

// The compact sort control: the table's headers are hidden on a phone and
// absent from the grid.
QByteArray sortLinks(const ListingOrder &order, const ListingText &t)
{
    QByteArray links = "<span class=\"label\">" + t.sortLabel + "</span>";
    const std::pair<ListingOrder::Key, const QByteArray &> keys[]
        = {{ListingOrder::Key::Name, t.name}, {ListingOrder::Key::Date, t.date}, {ListingOrder::Key::Size, t.size}};
    for (const auto &[key, label] : keys) {
        links += "<a href=\"" + linkTo(sortedBy(order, key)) + "\"" + (order.key == key ? " aria-current=\"true\"" : "")
            + ">" + label + arrowFor(order, key) + "</a>";
    }
    return links;
}

QByteArray viewLinks(const ListingOrder &order, bool grid, const ListingText &t)
{
    ListingOrder list = order;
    list.view = ListingOrder::View::List;
    ListingOrder tiles = order;
    tiles.view = ListingOrder::View::Grid;
    const QByteArray current = " aria-current=\"page\"";
    return "<a href=\"" + linkTo(list) + "\" class=\"v-list\" title=\"" + t.list + "\"" + (grid ? "" : current)
        + "><span class=\"sr\">" + t.list + "</span></a><a href=\"" + linkTo(tiles) + "\" class=\"v-grid\" title=\""
        + t.grid + "\"" + (grid ? current : "") + "><span class=\"sr\">" + t.grid + "</span></a>";
}

// A plain form: uploads work without JavaScript (the server answers 303
// back to the listing). The script turns the same input into resumable
// uploads with progress.
QByteArray uploadForm(const ListingText &t)
{
    return "<form class=\"send\" method=\"post\" enctype=\"multipart/form-data\" action=\"./\">"
           "<label class=\"btn\"><input type=\"file\" name=\"files\" multiple required>"
           "<span>"
        + t.upload + "</span></label><button type=\"submit\" class=\"btn\">" + t.upload + "</button></form>";
}

// Rows are kept lean (icons come from the style sheet): a folder of 10,000
// files is a page of about 3 MB, not 5. Photos' links carry class "p": the
// script opens those in its viewer.
void appendRow(QByteArray &rows, const DirectoryEntry &e, const ListingText &t)
{
    // "./" keeps a name like "javascript:x" or "a:b" from reading as a
    // scheme; encodeUrlPath escapes everything but unreserved characters,
    // and keeps the exact bytes of a name that is not UTF-8.
    const QByteArray href = "./" + encodeUrlPath(e.name) + (e.isDirectory ? "/" : "");
    const QByteArray name = htmlEscape(e.name);
    const QByteArray type = e.isDirectory ? QByteArray() : servedType(e.name);
    const QByteArray size = e.isDirectory ? QByteArray() : t.sizeText(e.size).toUtf8();
    const QByteArray date = t.dateText(e.modifiedSecs).toUtf8();
    rows += "<tr><td class=\"n\"><a href=\"" + href
        + (isPhotoType(type) ? "\" class=\"p\"><i class=\"i " : "\"><i class=\"i ") + iconFor(e, type) + "\"></i><span>"
        + name + "<small>" + (e.isDirectory ? date : size + " \xc2\xb7 " + date)
        + "</small></span></a></td><td class=\"s\">" + size + "</td><td class=\"t\" title=\"" + isoUtc(e.modifiedSecs)
        + "\">" + date + "</td><td class=\"d\">";
    if (!e.isDirectory)
        rows += "<a href=\"" + href + "?download\" download title=\"" + t.downloadName(name) + "\"></a>";
    rows += "</td></tr>\n";
}

// A tile of the grid: a photo shows its thumbnail (loaded only when it
// scrolls into view), anything else its icon and size.
void appendTile(QByteArray &tiles, const DirectoryEntry &e, const ListingText &t)
{
    const QByteArray href = "./" + encodeUrlPath(e.name) + (e.isDirectory ? "/" : "");
    const QByteArray name = htmlEscape(e.name);
    const QByteArray type = e.isDirectory ? QByteArray() : servedType(e.name);
    if (isPhotoType(type)) {
        tiles += "<li><a href=\"" + href + "\" class=\"p\"><img loading=\"lazy\" decoding=\"async\" src=\"" + href
            + "?thumb\" alt=\"\"><span>" + name + "</span></a></li>\n";
        return;
    }
    tiles += "<li><a href=\"" + href + "\"><i class=\"i " + iconFor(e, type) + "\"></i><span>" + name + "<small>"
        + (e.isDirectory ? t.folder : t.sizeText(e.size).toUtf8()) + "</small></span></a></li>\n";
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += ch;
        }
    }
    out += '"';
}

void appendJsonEntry(QByteArray &out, const QByteArray &base, const DirectoryEntry &e)
{
    out += "{\"name\":";
    appendJsonString(out, displayFileName(e.name));
    out += e.isDirectory ? ",\"type\":\"directory\",\"size\":null" : ",\"type\":\"file\",\"size\":";
    if (!e.isDirectory)
        out += QByteArray::number(e.size);
    out += ",\"modified\":\"" + isoUtc(e.modifiedSecs) + "\",\"url\":";
    const QByteArray url = base + encodeUrlPath(e.name) + (e.isDirectory ? "/" : "");
    appendJsonString(out, url);
    out += '}';
}

QByteArray drain(BodySource &source)
{
    QByteArray all;
    for (;;) {
        const BodySource::Status s = source.read(all, 1 << 20);
        if (s != BodySource::Status::Data)
            return all;
    }
}

// A long listing is sent in groups of this many rows or tiles, each its own
// <tbody> or <ul class="tiles">. The page's style sheet hides all but the
// first while its script runs, so the browser lays out a few hundred rows
// however long the folder; the script shows more as they are scrolled to
// or matched by the filter. Without the script every group shows.
constexpr qsizetype kEntriesPerGroup = 500;

// Declared first in a listing's state, so it goes last: once a large
// listing's entries are gone, the memory they took goes back to the system.
struct ReleaseWhenDone {
    qsizetype entries = 0;
    ~ReleaseWhenDone()
    {
        if (entries >= Limits::kLargeListingEntries)
            releaseFreeMemory();
    }
};

} // namespace

std::unique_ptr<BodySource> listingHtml(const QStringList &segments, QList<DirectoryEntry> entries,
                                        const ListingOrder &order, bool uploadsAllowed, const ListingText &t)
{
    const bool grid
        = order.view == ListingOrder::View::Grid || (order.view == ListingOrder::View::Auto && prefersGrid(entries));
    // The page up to the rows and after them is filled once; the rows are
    // rendered a piece at a time as the client takes them.
    const QByteArray &page = pageTemplate();
    const qsizetype rowsAt = page.indexOf("{{rows}}");
    const QByteArray title = segments.isEmpty() ? t.home : htmlEscape(segments.constLast());
    const QList<std::pair<QByteArrayView, QByteArray>> values = {
        {"lang", t.htmlLang},
        {"scriptText", t.scriptText},
        {"title", title + " \xe2\x80\x93 Servery"},
        {"view", grid ? "grid" : "list"},
        {"uploads", uploadsAllowed ? "on" : "off"},
        {"breadcrumbs", breadcrumbs(segments, t)},
        {"summary", summaryOf(entries, t)},
        {"upload", uploadsAllowed ? uploadForm(t) : QByteArray()},
        {"views", viewLinks(order, grid, t)},
        {"sort", sortLinks(order, t)},
        {"empty", entries.isEmpty() ? "<p class=\"empty\">" + t.emptyFolder + "</p>" : QByteArray()},
        {"t.folders", t.folders},
        {"t.zipTitle", t.zipTitle},
        {"t.downloadAll", t.downloadAll},
        {"t.filterByName", t.filterByName},
        {"t.view", t.viewLabel},
        {"t.sort", t.sortLabel},
        {"t.nothingMatches", t.nothingMatches},
        {"t.sharedWith", t.sharedWith},
    };
    QByteArray head = fillTemplate(page.first(rowsAt), values);
    QByteArray tail = fillTemplate(page.sliced(rowsAt + 8), values);
    const QByteArray parent = segments.size() <= 1 ? t.home : htmlEscape(segments.at(segments.size() - 2));
    if (grid) {
        head += "<ul class=\"tiles\">\n";
        if (!segments.isEmpty())
            head += "<li class=\"up\"><a href=\"../\"><i class=\"i i-up\"></i><span>" + t.upTo(parent)
                + "</span></a></li>\n";
        tail.prepend("</ul>\n");
    } else {
        head += "<table>\n<thead><tr>" + columnHeads(order, t) + "<th class=\"d\"><span class=\"sr\">" + t.download
            + "</span></th></tr></thead>\n<tbody>\n";
        if (!segments.isEmpty())
            head += "<tr class=\"up\"><td class=\"n\"><a href=\"../\"><i class=\"i i-up\"></i><span>" + t.upTo(parent)
                + "</span></a></td><td class=\"s\"></td><td class=\"t\"></td><td class=\"d\"></td></tr>\n";
        tail.prepend("</tbody>\n</table>\n");
    }

    struct State {
        ReleaseWhenDone release;
        QList<DirectoryEntry> entries;
        QByteArray head;
        QByteArray tail;
        void (*append)(QByteArray &, const DirectoryEntry &, const ListingText &);
        const ListingText *text;
        const char *nextGroup;
        qsizetype next = 0;
        bool headSent = false;
    };
    const qsizetype count = entries.size();
    auto state = std::make_shared<State>(
        State {{count},
               std::move(entries),
               std::move(head),
               std::move(tail),
               grid ? appendTile : appendRow,
               &t,
               grid ? "</ul>\n<ul class=\"tiles more\">\n" : "</tbody>\n<tbody class=\"more\">\n"});
    return std::make_unique<GeneratorSource>([state](QByteArray &out, qint64 hint) {
        if (!state->headSent) {
            out += std::exchange(state->head, {});
            state->headSent = true;
            return BodySource::Status::Data;
        }
        const qsizetype start = out.size();
        while (state->next < state->entries.size() && out.size() - start < hint) {
            if (state->next > 0 && state->next % kEntriesPerGroup == 0)
                out += state->nextGroup;
            state->append(out, state->entries.at(state->next++), *state->text);
        }
        if (state->next < state->entries.size())
            return BodySource::Status::Data;
        out += std::exchange(state->tail, {});
        return BodySource::Status::End;
    });
}

std::unique_ptr<BodySource> listingJson(const QStringList &segments, QList<DirectoryEntry> entries)
{
    QByteArray head = "{\"path\":";
    appendJsonString(head,
                     displayFileName(segments.isEmpty() ? QStringLiteral("/") : u'/' + segments.join(u'/') + u'/'));
    head += ",\"entries\":[";
    struct State {
        ReleaseWhenDone release;
        QList<DirectoryEntry> entries;
        QByteArray base;
        QByteArray head;
        qsizetype next = 0;
    };
    const qsizetype count = entries.size();
    auto state
        = std::make_shared<State>(State {{count}, std::move(entries), folderUrl(segments, segments.size()), head});
    return std::make_unique<GeneratorSource>([state](QByteArray &out, qint64 hint) {
        const qsizetype start = out.size();
        out += std::exchange(state->head, {});
        while (state->next < state->entries.size() && out.size() - start < hint) {
            if (state->next > 0)
                out += ',';
            appendJsonEntry(out, state->base, state->entries.at(state->next++));
        }
        if (state->next < state->entries.size())
            return BodySource::Status::Data;
        out += "]}";
        return BodySource::Status::End;
    });
}

QByteArray renderListingHtml(const QStringList &segments, const QList<DirectoryEntry> &entries,
                             const ListingOrder &order, bool uploadsAllowed, const ListingText &text)
{
    return drain(*listingHtml(segments, entries, order, uploadsAllowed, text));
}

QByteArray renderListingJson(const QStringList &segments, const QList<DirectoryEntry> &entries)
{
    return drain(*listingJson(segments, entries));
}

} // namespace Servery
