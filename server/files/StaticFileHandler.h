#pragma once

#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/net/ServerConfig.h"
#include "server/route/RequestHandler.h"

#include <QString>

namespace Servery {

// Serves the shared folder the way a careful web server does, decomposed as
// Go's net/http/fs.go is: resolve the URL path without the disk, open and
// check what was opened, then directories (slash redirect, index, listing) or
// files (preconditions in RFC 9110 13.2.2 order, ranges, caching headers).
// Dotfiles are never served or listed unless configured; a symlink never
// leads outside the folder unless configured.
class StaticFileHandler final : public RequestHandler {
public:
    explicit StaticFileHandler(const ServerConfig &config);

    HttpResponse handle(const HttpRequest &request) override;

    // The one place where file-system outcomes become statuses (RFC 9110
    // 15): missing or outside -> 404, permission or special file -> 403, out
    // of descriptors -> 503, anything else -> 500.
    static int statusFor(SafeOpenResult::Status status);

private:
    HttpResponse redirectToSlash(const HttpRequest &request, const UrlPath &path);
    HttpResponse serveListing(const HttpRequest &request, const UrlPath &path, const QString &realDirectory);
    HttpResponse serveFile(const HttpRequest &request, SafeOpenResult &&opened, const QString &fileName);
    QByteArray cacheControl() const;

    const ServerConfig m_config;
    const QString m_root; // canonical
};

} // namespace Servery
