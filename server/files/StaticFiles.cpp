#include "server/files/StaticFiles.h"

#include "server/files/DirectoryListing.h"
#include "server/files/ListingCache.h"
#include "server/files/MimeTypes.h"
#include "server/files/PathResolver.h"
#include "server/files/UrlPath.h"
#include "server/files/ZipStream.h"
#include "server/http/Compression.h"
#include "server/http/ContentDisposition.h"
#include "server/http/ServeContent.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStringBuilder>
#include <QUrlQuery>

namespace Servery {

Q_LOGGING_CATEGORY(lcFiles, "servery.server.files")

namespace {

// Listings up to this many entries are rendered whole and kept in the
// ListingCache when their folder is settled; larger ones are streamed.
constexpr qsizetype kMaxCachedListingEntries = 20000;

// A strong validator from what identifies this version of this file: its
// size, its modification time to the nanosecond, and its inode.
QByteArray etagFor(const SafeOpenResult &f)
{
    // Written straight into one buffer (printf would cost more than the
    // rest of the answer): this runs for every file served.
    char buffer[4 * 16 + 5];
    char *end = buffer + sizeof buffer;
    char *p = end;
    auto hex = [&p](quint64 v) {
        do {
            *--p = "0123456789abcdef"[v & 0xf];
            v >>= 4;
        } while (v != 0);
    };
    *--p = '"';
    hex(f.fileId);
    *--p = '-';
    hex(quint64(f.modifiedNsecs));
    *--p = '.';
    hex(quint64(f.modifiedSecs));
    *--p = '-';
    hex(quint64(f.size));
    *--p = '"';
    return QByteArray(p, end - p);
}

bool prefersJson(const HttpRequest &request)
{
    const QByteArray accept = request.headers.combined("Accept");
    return accept.contains("application/json") && !accept.contains("text/html");
}

bool newerOrSame(const SafeOpenResult &a, const SafeOpenResult &b)
{
    return a.modifiedSecs > b.modifiedSecs || (a.modifiedSecs == b.modifiedSecs && a.modifiedNsecs >= b.modifiedNsecs);
}

// "/dir/?zip": the folder as a zip, made as it is sent (ZipStream.h). The
// folder is walked on the background pool when the body is first wanted,
// so HEAD answers without walking it; the size is unknown, so the body goes
// out chunked. There is no validator: the zip is made afresh every time.
HttpResponse serveZip(const HttpRequest &request, const UrlPath &path, const QString &realDirectory,
                      const QString &root, bool showHidden)
{
    // Named after the folder; the root after the shared folder itself.
    QString name = path.segments.isEmpty() ? root.mid(root.lastIndexOf(u'/') + 1) : path.segments.constLast();
    if (name.isEmpty())
        name = QStringLiteral("folder"); // the shared folder is a file system's root
    HttpResponse base;
    base.handler = QStringLiteral("folder zip");
    base.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    base.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    base.headers.append(QByteArrayLiteral("Content-Disposition"), contentDisposition(name + QStringLiteral(".zip")));
    Representation rep;
    rep.contentType = "application/zip";
    rep.allowGzip = false; // deflated inside already
    ZipOptions options;
    options.showHidden = showHidden;
    auto make = [directory = realDirectory, root, options]() -> std::unique_ptr<BodySource> {
        int osError = 0;
        std::unique_ptr<BodySource> zip = zipFolder(directory, root, options, &osError);
        if (!zip)
            qCDebug(lcFiles) << "cannot zip the folder, errno" << osError << "(0: too many entries)";
        return zip;
    };
    return serveStream(request, rep, std::make_unique<DeferredSource>(std::move(make)), std::move(base));
}

} // namespace

PageDecorator::~PageDecorator() = default;

StaticFiles::StaticFiles(const ServerConfig &config, std::shared_ptr<PageDecorator> pages)
    : m_config(config)
    , m_root(canonicalPath(config.rootPath))
    , m_pages(std::move(pages))
{
}

QByteArray StaticFiles::cacheControl() const
{
    return m_config.mode == ServeMode::Share ? QByteArray("max-age=300") : QByteArray("no-cache");
}

Decision StaticFiles::handle(const RequestContext &context)
{
    return Decision::respond(respond(context.request, uploadsAllowed(context, m_config)));
}

HttpResponse StaticFiles::respond(const HttpRequest &request, bool uploadsOn)
{
    // 1-2. Decode without the disk, open, check what was opened
    // (PathResolver, shared with every link that touches the folder).
    ResolvedPath resolved = resolveRequestPath(m_root, request.path, m_config);
    const UrlPath &path = resolved.path;
    SafeOpenResult &opened = resolved.opened;
    if (resolved.kind == ResolvedPath::Kind::Refused)
        return HttpResponse::error(resolved.status, resolved.rule);

    // 3. Directories: slash, index, or listing.
    if (opened.status == SafeOpenResult::Status::Directory) {
        if (!path.trailingSlash)
            return redirectToSlash(request, path);
        if (request.hasQueryItem("zip")) {
            // A zip shows everything a listing shows, and more.
            if (!m_config.listDirectories)
                return HttpResponse::error(404, QStringLiteral("listing disabled"));
            return serveZip(request, path, opened.realPath, m_root, m_config.showHidden);
        }
        SafeOpenResult index
            = openInsideRoot(m_root, opened.realPath + u'/' + m_config.indexFileName, m_config.followSymlinks);
        if (index.status == SafeOpenResult::Status::File
            && (m_config.showHidden || !isHiddenBelowRoot(m_root, index.realPath)))
            return serveFile(request, std::move(index), m_config.indexFileName,
                             path.relativePath().isEmpty() ? m_config.indexFileName
                                                           : path.relativePath() + u'/' + m_config.indexFileName);
        if (!m_config.listDirectories)
            return HttpResponse::error(404, QStringLiteral("listing disabled"));
        return serveListing(request, path, opened.realPath, uploadsOn);
    }
    return serveFile(request, std::move(opened), path.segments.constLast(), path.relativePath()); // Kind::File
}

HttpResponse StaticFiles::redirectToSlash(const HttpRequest &request, const UrlPath &path)
{
    // A directory is addressed with a trailing slash, so relative links in
    // its index and listing resolve inside it.
    HttpResponse r;
    r.status = 301;
    // Built from the resolved segments, never echoed: "//host" in a raw
    // path would otherwise send the browser to another host.
    QByteArray location = "/";
    for (const QString &segment : path.segments)
        location += encodeUrlPath(segment) + '/';
    if (request.hasQuery())
        location += '?' + request.query;
    r.headers.append(QByteArrayLiteral("Location"), location);
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    const QByteArray link
        = path.segments.isEmpty() ? QByteArray("/") : "./" + encodeUrlPath(path.segments.constLast()) + '/';
    r.setBody("<!DOCTYPE html>\n<title>Moved</title><a href=\"" + link + "\">Moved here</a>\n");
    r.handler = QStringLiteral("folder redirect");
    return r;
}

HttpResponse StaticFiles::serveListing(const HttpRequest &request, const UrlPath &path, const QString &realDirectory,
                                       bool uploadsOn)
{
    HttpResponse base;
    base.handler = QStringLiteral("directory listing");
    // A listing changes whenever the folder does: always revalidate.
    base.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    const bool json = prefersJson(request);
    // JSON or a page by Accept; the page speaks the browser's language.
    base.headers.append(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept, Accept-Language"));
    base.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    const ListingText *text
        = json ? nullptr : &ListingText::forAcceptLanguage(request.headers.combined("Accept-Language"));
    if (text)
        base.headers.append(QByteArrayLiteral("Content-Language"), text->htmlLang);
    Representation rep;
    if (json) {
        rep.contentType = "application/json";
    } else {
        rep.contentType = "text/html; charset=utf-8";
        // Our own inline script only (by its hash), inline styles, images
        // and requests to this server. Links followed from a listing don't
        // tell other sites what was shared.
        base.headers.append(QByteArrayLiteral("Content-Security-Policy"), listingContentSecurityPolicy());
        base.headers.append(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    }

    // The folder was opened and checked already. Reading and sorting it can
    // take most of a second for 100,000 entries, so it happens on a
    // background thread when the body is first wanted (never for HEAD);
    // the page is then rendered a piece at a time as the client takes it.
    //
    // A folder that has not changed is answered from the page rendered for
    // it last time (ListingCache says when that page is no longer good).
    const ListingOrder order = ListingOrder::fromQuery(request.query);
    QByteArray variant = (json ? "json " : "html ") + order.toQuery() + (uploadsOn ? " uploads " : " - ")
        + (text ? text->htmlLang : QByteArray("-")) + (m_config.showHidden ? " hidden" : " -")
        + (m_config.followSymlinks ? " follow " : " - ") + m_root.toUtf8() + ' ' + path.segments.join(u'/').toUtf8();
    if (const std::optional<FolderStamp> stamp = folderStamp(realDirectory)) {
        if (std::optional<QByteArray> page
            = ListingCache::shared().find(realDirectory, variant, *stamp, QDateTime::currentMSecsSinceEpoch())) {
            return serveStream(request, rep, std::make_unique<BytesSource>(std::move(*page)), std::move(base));
        }
    }
    auto make = [directory = realDirectory, root = m_root, showHidden = m_config.showHidden,
                 follow = m_config.followSymlinks, segments = path.segments, order, json, uploadsOn, text,
                 variant = std::move(variant)]() -> std::unique_ptr<BodySource> {
        const std::optional<FolderStamp> stamp = folderStamp(directory);
        const qint64 readAtMs = QDateTime::currentMSecsSinceEpoch();
        int osError = 0;
        QList<DirectoryEntry> entries = readDirectory(directory, root, showHidden, follow, &osError);
        if (osError != 0) {
            qCDebug(lcFiles) << "cannot list, errno" << osError;
            return nullptr;
        }
        sortEntries(entries, order);
        if (stamp && entries.size() <= kMaxCachedListingEntries && ListingCache::settled(*stamp, readAtMs)) {
            QByteArray page = json ? renderListingJson(segments, entries)
                                   : renderListingHtml(segments, entries, order, uploadsOn, *text);
            ListingCache::shared().store(directory, variant, *stamp, readAtMs, page);
            return std::make_unique<BytesSource>(std::move(page));
        }
        return json ? listingJson(segments, std::move(entries))
                    : listingHtml(segments, std::move(entries), order, uploadsOn, *text);
    };
    return serveStream(request, rep, std::make_unique<DeferredSource>(std::move(make)), std::move(base));
}

SafeOpenResult StaticFiles::openSidecar(const QString &realPath, const char *suffix, const SafeOpenResult &original)
{
    SafeOpenResult sidecar = openInsideRoot(m_root, realPath + QLatin1StringView(suffix), m_config.followSymlinks);
    // A sidecar older than its file is left over from an earlier build.
    if (sidecar.status != SafeOpenResult::Status::File || !newerOrSame(sidecar, original))
        return {};
    return sidecar;
}

std::optional<QByteArray> StaticFiles::decoratedPage(const HttpRequest &request, const SafeOpenResult &opened,
                                                     const QString &relativePath, const QByteArray &etag)
{
    // Pages are small; a huge HTML file goes out as it is rather than
    // through memory.
    constexpr qint64 kMaxDecoratedPage = 8 * 1024 * 1024;
    if (!m_pages || opened.size > kMaxDecoratedPage || !m_pages->wants(request))
        return std::nullopt;

    // The same page for the same URL comes out the same until the file (its
    // ETag: inode, size, modification time) or the preview's switches and
    // rules (their version) change: this worker keeps what it made.
    const quint64 version = m_pages->version();
    if (version != m_pageCache.version) {
        m_pageCache.pages.clear();
        m_pageCache.bytes = 0;
        m_pageCache.version = version;
    }
    // The URL asked for counts too: rules may differ for two URLs of one file.
    const qsizetype query = request.target.indexOf('?');
    const QByteArray key
        = (query < 0 ? request.target : request.target.first(query)) + '\0' + request.path + '\0' + etag;
    if (const auto hit = m_pageCache.pages.constFind(key); hit != m_pageCache.pages.cend())
        return *hit;

    QByteArray page(opened.size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < page.size()) {
        const qint64 n = opened.file->readAt(page.data() + done, page.size() - done, done);
        if (n <= 0)
            return std::nullopt; // changed under us: serve what the file is
        done += n;
    }
    std::optional<QByteArray> decorated = m_pages->decorate(request, relativePath, page);
    constexpr qsizetype kMaxCachedPages = 64;
    constexpr qint64 kMaxCachedBytes = 16 * 1024 * 1024;
    const qint64 size = decorated ? decorated->size() : 0;
    if (m_pageCache.pages.size() >= kMaxCachedPages || m_pageCache.bytes + size > kMaxCachedBytes) {
        m_pageCache.pages.clear();
        m_pageCache.bytes = 0;
    }
    m_pageCache.pages.insert(key, decorated);
    m_pageCache.bytes += size;
    return decorated;
}

HttpResponse StaticFiles::serveFile(const HttpRequest &request, SafeOpenResult &&opened, const QString &fileName,
                                    const QString &relativePath)
{
    HttpResponse base;
    base.headers.reserve(12); // what a file's answer carries, framing included
    base.handler = QStringLiteral("static file");
    if (m_pages)
        base.servedFile = u'/' + relativePath;
    base.headers.append(QByteArrayLiteral("Cache-Control"), cacheControl());
    base.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (request.hasQueryItem("download"))
        base.headers.append(QByteArrayLiteral("Content-Disposition"), contentDisposition(fileName));

    Representation rep;
    rep.contentType = mimeTypeForFileName(fileName);
    rep.validators = Validators {etagFor(opened), opened.modifiedSecs};

    // A page changed on its way out (live reload) is its own representation:
    // its own length and ETag, ranges and gzip over the bytes sent.
    if (m_pages && rep.contentType.startsWith("text/html")) {
        if (std::optional<QByteArray> page = decoratedPage(request, opened, relativePath, rep.validators.etag)) {
            rep.validators.etag.insert(rep.validators.etag.size() - 1, m_pages->etagSuffix());
            base.handler = QStringLiteral("static file (live reload)");
            return serveContent(request, rep, std::make_shared<BytesContent>(std::move(*page)), std::move(base));
        }
    }

    // Precompressed forms, when the client takes them and asks for no range
    // (ranges are cut from the file as stored).
    if (isCompressibleType(rep.contentType) && !request.headers.contains("Range")) {
        rep.variesByEncoding = true;
        const struct {
            const char *coding;
            const char *suffix;
        } sidecars[] = {{"br", ".br"}, {"gzip", ".gz"}};
        for (const auto &candidate : sidecars) {
            if (acceptEncodingQuality(request, candidate.coding) <= 0)
                continue;
            SafeOpenResult sidecar = openSidecar(opened.realPath, candidate.suffix, opened);
            if (sidecar.status != SafeOpenResult::Status::File)
                continue;
            rep.contentEncoding = candidate.coding;
            rep.validators = Validators {etagFor(sidecar), sidecar.modifiedSecs};
            base.handler = QStringLiteral("static file (precompressed)");
            return serveContent(request, rep, std::move(sidecar.file), std::move(base));
        }
    }
    return serveContent(request, rep, std::move(opened.file), std::move(base));
}

} // namespace Servery
