#include "StaticFileHandler.h"

#include "HttpDate.h"
#include "MimeTypes.h"
#include "SafeOpen.h"
#include "UrlPath.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace Servery {

Q_LOGGING_CATEGORY(lcFiles, "servery.server.files")

namespace {

const QByteArray kAllow = "GET, HEAD, OPTIONS";

} // namespace

StaticFileHandler::StaticFileHandler(const ServerConfig &config)
    : m_root(QFileInfo(config.rootPath).canonicalFilePath())
    , m_indexFileName(config.indexFileName)
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

HttpResponse StaticFileHandler::handle(const HttpRequest &request)
{
    if (request.method == "OPTIONS") {
        HttpResponse r;
        r.status = 204;
        r.headers.append("Allow", kAllow);
        r.handler = QStringLiteral("options");
        return r;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405);
        r.headers.append("Allow", kAllow);
        return r;
    }

    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok) {
        qCDebug(lcFiles) << "refused path:" << path.error;
        return HttpResponse::error(400, QStringLiteral("path"));
    }
    // Dotfiles and dot-folders answer exactly like a missing file.
    if (path.hasHiddenSegment())
        return HttpResponse::error(404, QStringLiteral("hidden"));

    const QString fsPath = path.segments.isEmpty() ? m_root : m_root + u'/' + path.relativePath();
    SafeOpenResult opened = openInsideRoot(m_root, fsPath);

    if (opened.status == SafeOpenResult::Status::Directory) {
        if (!path.trailingSlash) {
            // A directory is addressed with a trailing slash, so relative
            // links inside its index resolve correctly.
            HttpResponse r;
            r.status = 301;
            QByteArray location = request.path + '/';
            if (request.hasQuery())
                location += '?' + request.query;
            r.headers.append("Location", location);
            r.headers.append("Content-Type", "text/html; charset=utf-8");
            const QByteArray link = path.segments.isEmpty() ? QByteArray("/")
                                                             : encodeUrlPath(path.segments.constLast()) + '/';
            r.body = "<!DOCTYPE html>\n<title>Moved</title><a href=\"" + link + "\">Moved here</a>\n";
            r.handler = QStringLiteral("directory");
            return r;
        }
        SafeOpenResult index = openInsideRoot(m_root, opened.realPath + u'/' + m_indexFileName);
        if (index.status == SafeOpenResult::Status::File)
            return serveFile(request, std::move(index));
        // Listings come with the static-files work; until then, say so.
        return HttpResponse::error(404, QStringLiteral("directory"));
    }
    if (opened.status != SafeOpenResult::Status::File) {
        qCDebug(lcFiles) << "cannot serve, errno" << opened.osError;
        return HttpResponse::error(statusFor(opened.status), QStringLiteral("file"));
    }
    return serveFile(request, std::move(opened));
}

HttpResponse StaticFileHandler::serveFile(const HttpRequest &request, SafeOpenResult &&opened)
{
    HttpResponse r;
    r.status = 200;
    r.headers.append("Content-Type", mimeTypeForFileName(opened.realPath));
    r.headers.append("Last-Modified", formatHttpDate(opened.modifiedSecs));
    r.headers.append("X-Content-Type-Options", "nosniff");
    r.headers.append("Cache-Control", "no-cache");
    r.fileLength = opened.size; // fstat of the open file, not of the name
    r.file = std::move(opened.file);
    r.omitBody = request.method == "HEAD";
    r.handler = QStringLiteral("file");
    return r;
}

} // namespace Servery
