#pragma once

#include "server/files/PageDecorator.h"
#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"
#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

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
    // `pages`, when given, may change HTML pages on their way out (live
    // reload).
    explicit StaticFiles(const ServerConfig &config, std::shared_ptr<PageDecorator> pages = nullptr);

    QByteArrayList methods() const override { return {"GET", "HEAD"}; }
    Decision handle(const RequestContext &context) override;

private:
    HttpResponse respond(const HttpRequest &request, bool uploadsOn);
    HttpResponse redirectToSlash(const HttpRequest &request, const UrlPath &path);
    HttpResponse serveListing(const HttpRequest &request, const UrlPath &path, const QString &realDirectory,
                              bool uploadsOn);
    HttpResponse serveFile(const HttpRequest &request, SafeOpenResult &&opened, const QString &fileName,
                           const QString &relativePath);
    std::optional<QByteArray> decoratedPage(const HttpRequest &request, const SafeOpenResult &opened,
                                            const QString &relativePath, const QByteArray &etag);
    SafeOpenResult openSidecar(const QString &realPath, const char *suffix, const SafeOpenResult &original);
    QByteArray cacheControl() const;

    const ServerConfig m_config;
    const QString m_root; // canonical
    const std::shared_ptr<PageDecorator> m_pages;
    // Decorated pages this worker made, by URL path and the file's ETag; all
    // dropped when the decorator's version moves.
    struct PageCache {
        quint64 version = 0;
        QHash<QByteArray, std::optional<QByteArray>> pages;
        qint64 bytes = 0;
    };
    PageCache m_pageCache;
};

} // namespace Servery
