#pragma once

#include "RequestHandler.h"
#include "SafeOpen.h"
#include "ServerConfig.h"

#include <QString>

namespace Servery {

// GET and HEAD of regular files below the shared folder. Paths are decoded
// and checked before the disk is touched; dotfiles are never served; a
// symlink never leads outside the folder.
class StaticFileHandler final : public RequestHandler
{
public:
    explicit StaticFileHandler(const ServerConfig &config);

    HttpResponse handle(const HttpRequest &request) override;

    // The one place where file-system outcomes become statuses (RFC 9110
    // 15): missing or outside -> 404, permission or special file -> 403, out
    // of descriptors -> 503, anything else -> 500.
    static int statusFor(SafeOpenResult::Status status);

private:
    HttpResponse serveFile(const HttpRequest &request, SafeOpenResult &&opened);

    QString m_root; // canonical, without a trailing slash
    QString m_indexFileName;
};

} // namespace Servery
