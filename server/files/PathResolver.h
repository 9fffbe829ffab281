#pragma once

#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/net/ServerConfig.h"

#include <QByteArrayView>
#include <QString>

namespace Servery {

// What a request path names inside the shared folder, found the one careful
// way (Go's net/http/fs.go): decode without the disk, refuse hidden names by
// URL, open and check what was opened, refuse hidden real paths. Every link
// that touches the folder (files, thumbnails, zips, uploads) resolves paths
// through this, so the rules cannot drift apart.
struct ResolvedPath {
    enum class Kind {
        File, // `opened.file` is open
        Directory, // inside the folder (not opened)
        Refused, // `status` says how to answer
    };
    Kind kind = Kind::Refused;
    int status = 404;
    QString rule; // for the log: which rule refused ("path check", ...)
    UrlPath path;
    SafeOpenResult opened;

    // The last segment: the file's name as the URL gives it.
    QString name() const { return path.segments.isEmpty() ? QString() : path.segments.constLast(); }
};

// `root` is canonical (canonicalPath()).
ResolvedPath resolveRequestPath(const QString &root, QByteArrayView encodedPath, const ServerConfig &config);
// The same from step 2 on, for a path already decoded (the folder an upload
// goes to: the URL's segments but its last).
ResolvedPath resolveDecodedPath(const QString &root, UrlPath path, const ServerConfig &config);

// The one place where file-system outcomes become statuses (RFC 9110 15):
// missing or outside -> 404, permission or special file -> 403, out of
// descriptors -> 503, anything else -> 500.
int statusForOpen(SafeOpenResult::Status status);

} // namespace Servery
