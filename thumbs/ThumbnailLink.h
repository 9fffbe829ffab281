#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"

namespace Servery {

// Answers `GET /photo.jpg?thumb` with a small JPEG of the image: the longest
// side at most Limits::kThumbnailMaxSide pixels, the camera's orientation
// applied. Made on a background thread (never a worker's), kept in a
// shared cache keyed by the file's identity, and validated like any file
// (ETag, Last-Modified, 304), so a grid of photos costs little the second
// time. An image that cannot be read gets a grey tile. Requests without
// "thumb" pass to the next link, as do paths that are not files (the
// static files link answers those with its usual statuses).
class ThumbnailLink final : public Handler {
public:
    explicit ThumbnailLink(const ServerConfig &config);

    QByteArrayList methods() const override { return {"GET", "HEAD"}; }
    Decision handle(const RequestContext &context) override;

    // Whether a file of this name is an image a thumbnail can be made of.
    static bool canThumbnail(const QString &fileName);

private:
    const ServerConfig m_config;
    const QString m_root;
};

} // namespace Servery
