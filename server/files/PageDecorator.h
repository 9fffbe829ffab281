#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Servery {

// Changes HTML pages on their way out (live reload's script tag). The
// static files ask it before serving an HTML file for GET, so the changed
// page goes through serveContent() like any other: its own length, an ETag
// of its own, ranges over what is actually sent. Shared by every worker's
// links: implementations are thread-safe.
class PageDecorator {
public:
    virtual ~PageDecorator();

    // Cheap: whether pages for this request would be changed at all.
    virtual bool wants(const HttpRequest &request) const = 0;
    // The page to send instead of `page` (the file at `relativePath`), or
    // nothing to send it as it is.
    virtual std::optional<QByteArray> decorate(const HttpRequest &request, const QString &relativePath,
                                               const QByteArray &page)
        = 0;
    // Moves whenever what decorate() would answer may change for the same
    // page (switches, rules): callers may keep decorated pages until then.
    virtual quint64 version() const = 0;
    // Appended inside a decorated page's ETag, so a copy cached without the
    // change never matches it.
    virtual QByteArray etagSuffix() const = 0;
};

} // namespace Servery
