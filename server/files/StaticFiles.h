#pragma once

#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"

#include <QString>

namespace Servery {

// The link of the chain that serves the shared folder the way a careful web
// server does, decomposed as Go's net/http/fs.go is: resolve the URL path
// without the disk, open and check what was opened, then directories
// (slash redirect, index, listing) or files. What HTTP says about content
// (preconditions, ranges, gzip, HEAD) is serveContent()'s job, so every
// other link gets the same behaviour.
//
// Dotfiles are never served or listed unless configured; a symlink never
// leads outside the folder unless configured. Precompressed sidecars
// ("app.js.br", "app.js.gz") are served in place of the file when the
// client accepts them and they are at least as new.
class StaticFiles final : public Handler {
public:
    explicit StaticFiles(const ServerConfig &config);

    QByteArrayList methods() const override { return {"GET", "HEAD"}; }
    Decision handle(const RequestContext &context) override;

private:
    HttpResponse respond(const HttpRequest &request, bool uploadsOn);
    HttpResponse redirectToSlash(const HttpRequest &request, const UrlPath &path);
    HttpResponse serveListing(const HttpRequest &request, const UrlPath &path, const QString &realDirectory,
                              bool uploadsOn);
    HttpResponse serveFile(const HttpRequest &request, SafeOpenResult &&opened, const QString &fileName);
    SafeOpenResult openSidecar(const QString &realPath, const char *suffix, const SafeOpenResult &original);
    QByteArray cacheControl() const;

    const ServerConfig m_config;
    const QString m_root; // canonical
};

} // namespace Servery
