#include "server/files/StaticFileHandler.h"

#include "server/files/DirectoryListing.h"
#include "server/files/MimeTypes.h"
#include "server/files/UrlPath.h"
#include "server/http/ByteRanges.h"
#include "server/http/ContentDisposition.h"
#include "server/http/HttpDate.h"
#include "server/http/Preconditions.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStringBuilder>
#include <QUrlQuery>

namespace Servery {

Q_LOGGING_CATEGORY(lcFiles, "servery.server.files")

namespace {

const QByteArray kAllow = "GET, HEAD, OPTIONS";

// A strong validator from what identifies this version of this file: its
// size, its modification time to the nanosecond, and its inode.
QByteArray etagFor(const SafeOpenResult &f)
{
    return '"' + QByteArray::number(f.size, 16) + '-' + QByteArray::number(f.modifiedSecs, 16) + '.'
        + QByteArray::number(f.modifiedNsecs, 16) + '-' + QByteArray::number(f.fileId, 16) + '"';
}

bool hasQueryKey(const HttpRequest &request, const QString &key)
{
    return request.hasQuery() && QUrlQuery(QString::fromUtf8(request.query)).hasQueryItem(key);
}

bool prefersJson(const HttpRequest &request)
{
    const QByteArray accept = request.headers.combined("Accept");
    return accept.contains("application/json") && !accept.contains("text/html");
}

} // namespace

StaticFileHandler::StaticFileHandler(const ServerConfig &config)
    : m_config(config)
    , m_root(QFileInfo(config.rootPath).canonicalFilePath())
{
}

int StaticFileHandler::statusFor(SafeOpenResult::Status status)
{
    switch (status) {
    case SafeOpenResult::Status::File:
    case SafeOpenResult::Status::Directory:
        return 200;
    case SafeOpenResult::Status::NotFound:
        return 404;
    case SafeOpenResult::Status::Forbidden:
        return 403;
    case SafeOpenResult::Status::Unavailable:
        return 503;
    case SafeOpenResult::Status::Error:
        break;
    }
    return 500;
}

QByteArray StaticFileHandler::cacheControl() const
{
    return m_config.mode == ServeMode::Share ? QByteArray("max-age=300") : QByteArray("no-cache");
}

HttpResponse StaticFileHandler::handle(const HttpRequest &request)
{
    if (request.method == "OPTIONS") {
        HttpResponse r;
        r.status = 204;
        r.headers.append(QByteArrayLiteral("Allow"), kAllow);
        r.handler = QStringLiteral("options");
        return r;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("method check"));
        r.headers.append(QByteArrayLiteral("Allow"), kAllow);
        return r;
    }

    // 1. Resolve the path without touching the disk.
    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok) {
        qCDebug(lcFiles) << "refused path:" << path.error;
        return HttpResponse::error(400, QStringLiteral("path check"));
    }
    // Dotfiles and dot-folders answer exactly like a missing file.
    if (!m_config.showHidden && path.hasHiddenSegment())
        return HttpResponse::error(404, QStringLiteral("hidden file rule"));

    // 2. Open, then check what was opened.
    const QString fsPath = path.segments.isEmpty() ? m_root : m_root + u'/' + path.relativePath();
    SafeOpenResult opened = openInsideRoot(m_root, fsPath, m_config.followSymlinks);
    if (!m_config.showHidden && isHiddenBelowRoot(m_root, opened.realPath))
        return HttpResponse::error(404, QStringLiteral("hidden file rule"));

    // 3. Directories: slash, index, or listing.
    if (opened.status == SafeOpenResult::Status::Directory) {
        if (!path.trailingSlash)
            return redirectToSlash(request, path);
        SafeOpenResult index
            = openInsideRoot(m_root, opened.realPath + u'/' + m_config.indexFileName, m_config.followSymlinks);
        if (index.status == SafeOpenResult::Status::File
            && (m_config.showHidden || !isHiddenBelowRoot(m_root, index.realPath)))
            return serveFile(request, std::move(index), m_config.indexFileName);
        if (!m_config.listDirectories)
            return HttpResponse::error(404, QStringLiteral("listing disabled"));
        return serveListing(request, path, opened.realPath);
    }
    if (opened.status != SafeOpenResult::Status::File) {
        qCDebug(lcFiles) << "cannot serve, errno" << opened.osError;
        return HttpResponse::error(statusFor(opened.status), QStringLiteral("static file"));
    }
    return serveFile(request, std::move(opened), path.segments.constLast());
}

HttpResponse StaticFileHandler::redirectToSlash(const HttpRequest &request, const UrlPath &path)
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

HttpResponse StaticFileHandler::serveListing(const HttpRequest &request, const UrlPath &path,
                                             const QString &realDirectory)
{
    QList<DirectoryEntry> entries = readDirectory(realDirectory, m_root, m_config.showHidden, m_config.followSymlinks);
    const ListingOrder order = ListingOrder::fromQuery(request.query);
    sortEntries(entries, order);

    HttpResponse r;
    r.status = 200;
    if (prefersJson(request)) {
        r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        r.setBody(renderListingJson(path.segments, entries));
    } else {
        r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
        // No scripts at all; inline styles and the inline SVG icons only.
        r.headers.append("Content-Security-Policy",
                         "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:");
        r.setBody(renderListingHtml(path.segments, entries, order));
    }
    // A listing changes whenever the folder does: always revalidate.
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    r.headers.append(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept"));
    r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.handler = QStringLiteral("directory listing");
    return r;
}

HttpResponse StaticFileHandler::serveFile(const HttpRequest &request, SafeOpenResult &&opened, const QString &fileName)
{
    const Validators validators {etagFor(opened), opened.modifiedSecs};
    const QByteArray contentType = mimeTypeForFileName(fileName);

    HttpResponse r;
    r.handler = QStringLiteral("static file");
    r.headers.append(QByteArrayLiteral("Last-Modified"), formatHttpDate(validators.lastModifiedSecs));
    r.headers.append(QByteArrayLiteral("ETag"), validators.etag);
    r.headers.append(QByteArrayLiteral("Cache-Control"), cacheControl());

    // RFC 9110 13.2.2: preconditions before anything else.
    switch (evaluatePreconditions(request, validators)) {
    case PreconditionResult::NotModified:
        r.status = 304;
        return r;
    case PreconditionResult::PreconditionFailed: {
        HttpResponse failed = HttpResponse::error(412);
        failed.headers.append(QByteArrayLiteral("ETag"), validators.etag);
        return failed;
    }
    case PreconditionResult::Proceed:
        break;
    }

    r.headers.append(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (hasQueryKey(request, QStringLiteral("download")))
        r.headers.append(QByteArrayLiteral("Content-Disposition"), contentDisposition(fileName));

    const qint64 size = opened.size;
    // RFC 9110 14.2: ranges apply to GET only, and only while If-Range agrees.
    RangeRequest ranges;
    if (request.method == "GET" && request.headers.contains("Range") && ifRangeAllows(request, validators))
        ranges = parseRangeHeader(request.headers.combined("Range"), size);

    switch (ranges.kind) {
    case RangeRequest::Kind::Ignore:
        r.status = 200;
        r.headers.append(QByteArrayLiteral("Content-Type"), contentType);
        r.setFileBody(std::move(opened.file), 0, size);
        return r;
    case RangeRequest::Kind::Unsatisfiable: {
        HttpResponse failed = HttpResponse::error(416);
        failed.headers.append(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
        failed.headers.append(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
        return failed;
    }
    case RangeRequest::Kind::Satisfiable:
        break;
    }

    r.status = 206;
    auto contentRange = [size](const ByteRange &br) -> QByteArray {
        return "bytes " + QByteArray::number(br.first) + '-' + QByteArray::number(br.last) + '/'
            + QByteArray::number(size);
    };
    if (ranges.ranges.size() == 1) {
        const ByteRange &br = ranges.ranges.constFirst();
        r.headers.append(QByteArrayLiteral("Content-Type"), contentType);
        r.headers.append(QByteArrayLiteral("Content-Range"), contentRange(br));
        r.setFileBody(std::move(opened.file), br.first, br.length());
        return r;
    }

    // Several ranges: multipart/byteranges (RFC 9110 14.6).
    const QByteArray boundary = "servery-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    r.headers.append(QByteArrayLiteral("Content-Type"), "multipart/byteranges; boundary=" + boundary);
    r.file = std::move(opened.file);
    bool first = true;
    for (const ByteRange &br : std::as_const(ranges.ranges)) {
        QByteArray partHead = first ? QByteArray() : QByteArray("\r\n");
        partHead += "--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: " + contentRange(br)
            + "\r\n\r\n";
        r.segments.append(BodySegment::data(partHead));
        r.segments.append(BodySegment::fileSlice(br.first, br.length()));
        first = false;
    }
    r.segments.append(BodySegment::data("\r\n--" + boundary + "--\r\n"));
    return r;
}

} // namespace Servery
