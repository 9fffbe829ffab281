#include "server/files/PathResolver.h"

#include <QLoggingCategory>

namespace Servery {

Q_LOGGING_CATEGORY(lcPaths, "servery.server.paths")

int statusForOpen(SafeOpenResult::Status status)
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

ResolvedPath resolveRequestPath(const QString &root, QByteArrayView encodedPath, const ServerConfig &config)
{
    // 1. Without touching the disk.
    UrlPath path = decodeUrlPath(encodedPath);
    if (!path.ok) {
        qCDebug(lcPaths) << "refused path:" << path.error;
        ResolvedPath r;
        r.path = std::move(path);
        r.status = 400;
        r.rule = QStringLiteral("path check");
        return r;
    }
    return resolveDecodedPath(root, std::move(path), config);
}

ResolvedPath resolveDecodedPath(const QString &root, UrlPath path, const ServerConfig &config)
{
    ResolvedPath r;
    r.path = std::move(path);
    // Dotfiles and dot-folders answer exactly like a missing file.
    if (!config.showHidden && r.path.hasHiddenSegment()) {
        r.status = 404;
        r.rule = QStringLiteral("hidden file rule");
        return r;
    }
    // 2. Open, then check what was opened.
    const QString fsPath = r.path.segments.isEmpty() ? root : root + u'/' + r.path.relativePath();
    r.opened = openInsideRoot(root, fsPath, config.followSymlinks);
    if (!config.showHidden && isHiddenBelowRoot(root, r.opened.realPath)) {
        r.opened = SafeOpenResult {};
        r.status = 404;
        r.rule = QStringLiteral("hidden file rule");
        return r;
    }
    switch (r.opened.status) {
    case SafeOpenResult::Status::File:
        r.kind = ResolvedPath::Kind::File;
        r.status = 200;
        return r;
    case SafeOpenResult::Status::Directory:
        r.kind = ResolvedPath::Kind::Directory;
        r.status = 200;
        return r;
    default:
        qCDebug(lcPaths) << "cannot open, errno" << r.opened.osError;
        r.status = statusForOpen(r.opened.status);
        r.rule = QStringLiteral("static file");
        return r;
    }
}

} // namespace Servery
