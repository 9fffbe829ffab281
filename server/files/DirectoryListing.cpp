#include "server/files/DirectoryListing.h"

#include "server/files/MimeTypes.h"
#include "server/files/NativeName.h"
#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/http/limits.h"
#include "server/util/BackgroundPool.h"
#include "server/util/HumanFormat.h"

#include <QCollator>
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

const QByteArray &pageTemplate()
{
    static const QByteArray page = [] {
        // The style sheet is ours; it goes in once, here.
        QByteArray html = resource(QStringLiteral("listing.html"));
        html.replace("{{css}}", resource(QStringLiteral("listing.css")).trimmed());
        return html;
    }();
    return page;
}

// The icon follows the Content-Type the file would be served with, so what a
// file is has one answer (MimeTypes) and QMimeDatabase's knowledge of
// suffixes reaches the listing too.
const char *iconFor(const DirectoryEntry &e)
{
    if (e.isDirectory)
        return "i-folder";
    const QByteArray served = mimeTypeForFileName(e.name);
    const qsizetype semicolon = served.indexOf(';');
    const QByteArrayView type = QByteArrayView(served).first(semicolon < 0 ? served.size() : semicolon);
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
    return order;
}

QByteArray ListingOrder::toQuery() const
{
    const char *k = key == Key::Size ? "size" : key == Key::Date ? "date" : "name";
    return QByteArray("sort=") + k + (descending ? "&order=desc" : "&order=asc");
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

QByteArray breadcrumbs(const QStringList &segments)
{
    // Every ancestor links to itself; the current folder is text.
    QByteArray crumbs;
    const QByteArray home = "Home";
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

QByteArray summaryOf(const QList<DirectoryEntry> &entries)
{
    qsizetype folders = 0;
    qint64 bytes = 0;
    for (const DirectoryEntry &e : entries) {
        if (e.isDirectory)
            ++folders;
        else
            bytes += e.size;
    }
    const qsizetype files = entries.size() - folders;
    QString summary = (folders == 1 ? QStringLiteral("1 folder") : QStringLiteral("%1 folders").arg(folders))
        + QStringLiteral(", ") + (files == 1 ? QStringLiteral("1 file") : QStringLiteral("%1 files").arg(files));
    if (files > 0)
        summary += QStringLiteral(" (%1)").arg(humanSize(bytes));
    return summary.toUtf8();
}

QByteArray columnHeads(const ListingOrder &order)
{
    // Column headers link to the same folder sorted by that column; the
    // current column toggles its direction.
    QByteArray columns;
    const struct {
        ListingOrder::Key key;
        const char *cls;
        const char *label;
    } heads[] = {
        {ListingOrder::Key::Name, "n", "Name"},
        {ListingOrder::Key::Size, "s", "Size"},
        {ListingOrder::Key::Date, "t", "Modified"},
    };
    for (const auto &h : heads) {
        ListingOrder next;
        next.key = h.key;
        const bool current = order.key == h.key;
        next.descending = current ? !order.descending : (h.key != ListingOrder::Key::Name);
        QByteArray arrow;
        QByteArray aria = "none";
        if (current) {
            arrow = order.descending ? " \xe2\x96\xbc" : " \xe2\x96\xb2"; // ▼ ▲
            aria = order.descending ? "descending" : "ascending";
        }
        columns += QByteArray("<th class=\"") + h.cls + "\" aria-sort=\"" + aria + "\"><a href=\"?"
            + htmlEscape(QString::fromLatin1(next.toQuery())) + "\">" + h.label + arrow + "</a></th>";
    }
    return columns;
}

// Rows are kept lean (icons come from the style sheet): a folder of 10,000
// files is a page of about 3 MB, not 5.
void appendRow(QByteArray &rows, const DirectoryEntry &e)
{
    // "./" keeps a name like "javascript:x" or "a:b" from reading as a
    // scheme; encodeUrlPath escapes everything but unreserved characters,
    // and keeps the exact bytes of a name that is not UTF-8.
    const QByteArray href = "./" + encodeUrlPath(e.name) + (e.isDirectory ? "/" : "");
    const QByteArray name = htmlEscape(e.name);
    const QByteArray size = e.isDirectory ? QByteArray() : humanSize(e.size).toUtf8();
    const QByteArray date = humanDate(e.modifiedSecs).toUtf8();
    rows += "<tr><td class=\"n\"><a href=\"" + href + "\"><i class=\"i " + iconFor(e) + "\"></i><span>" + name
        + "<small>" + (e.isDirectory ? date : size + " \xc2\xb7 " + date) + "</small></span></a></td><td class=\"s\">"
        + size + "</td><td class=\"t\" title=\"" + isoUtc(e.modifiedSecs) + "\">" + date + "</td><td class=\"d\">";
    if (!e.isDirectory)
        rows += "<a href=\"" + href + "?download\" download title=\"Download " + name + "\"></a>";
    rows += "</td></tr>\n";
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
                                        const ListingOrder &order)
{
    // The page up to the rows and after them is filled once; the rows are
    // rendered a piece at a time as the client takes them.
    const QByteArray &page = pageTemplate();
    const qsizetype rowsAt = page.indexOf("{{rows}}");
    const QByteArray title = segments.isEmpty() ? QByteArray("Home") : htmlEscape(segments.constLast());
    const QList<std::pair<QByteArrayView, QByteArray>> values = {
        {"title", title + " \xe2\x80\x93 Servery"},
        {"breadcrumbs", breadcrumbs(segments)},
        {"summary", summaryOf(entries)},
        {"columns", columnHeads(order)},
        {"empty", entries.isEmpty() ? QByteArray("<p class=\"empty\">This folder is empty.</p>") : QByteArray()},
    };
    QByteArray head = fillTemplate(page.first(rowsAt), values);
    QByteArray tail = fillTemplate(page.sliced(rowsAt + 8), values);
    if (!segments.isEmpty()) {
        head += "<tr class=\"up\"><td class=\"n\"><a href=\"../\"><i class=\"i i-up\"></i><span>Up to "
            + (segments.size() == 1 ? QByteArray("Home") : htmlEscape(segments.at(segments.size() - 2)))
            + "</span></a></td><td class=\"s\"></td><td class=\"t\"></td><td class=\"d\"></td></tr>\n";
    }

    struct State {
        ReleaseWhenDone release;
        QList<DirectoryEntry> entries;
        QByteArray head;
        QByteArray tail;
        qsizetype next = 0;
        bool headSent = false;
    };
    const qsizetype count = entries.size();
    auto state = std::make_shared<State>(State {{count}, std::move(entries), std::move(head), std::move(tail)});
    return std::make_unique<GeneratorSource>([state](QByteArray &out, qint64 hint) {
        if (!state->headSent) {
            out += std::exchange(state->head, {});
            state->headSent = true;
            return BodySource::Status::Data;
        }
        const qsizetype start = out.size();
        while (state->next < state->entries.size() && out.size() - start < hint)
            appendRow(out, state->entries.at(state->next++));
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
                             const ListingOrder &order)
{
    return drain(*listingHtml(segments, entries, order));
}

QByteArray renderListingJson(const QStringList &segments, const QList<DirectoryEntry> &entries)
{
    return drain(*listingJson(segments, entries));
}

} // namespace Servery
