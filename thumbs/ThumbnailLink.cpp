#include "ThumbnailLink.h"

#include "ThumbnailCache.h"
#include "ThumbnailMaker.h"

#include "server/files/MimeTypes.h"
#include "server/files/PathResolver.h"
#include "server/http/ServeContent.h"
#include "server/http/limits.h"

#include <QImageReader>

namespace Servery {

namespace {

// What identifies this version of this file, and the size asked for.
QByteArray versionKey(const SafeOpenResult &f, int side)
{
    return QByteArray::number(f.size, 16) + '-' + QByteArray::number(f.modifiedSecs, 16) + '.'
        + QByteArray::number(f.modifiedNsecs, 16) + '-' + QByteArray::number(f.fileId, 16) + "-t"
        + QByteArray::number(side);
}

} // namespace

ThumbnailLink::ThumbnailLink(const ServerConfig &config)
    : m_config(config)
    , m_root(canonicalPath(config.rootPath))
{
}

bool ThumbnailLink::canThumbnail(const QString &fileName)
{
    // By the type the file is served as, and only where Qt has a reader for
    // it (HEIC, say, needs a plugin most systems lack).
    static const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
    QByteArray type = mimeTypeForFileName(fileName);
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    return type.startsWith("image/") && readable.contains(type);
}

Decision ThumbnailLink::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (!request.hasQueryItem("thumb"))
        return Decision::pass();
    ResolvedPath resolved = resolveRequestPath(m_root, request.path, m_config);
    if (resolved.kind != ResolvedPath::Kind::File)
        return Decision::pass(); // the static files answer, with their statuses

    HttpResponse base;
    base.handler = QStringLiteral("thumbnail");
    if (!canThumbnail(resolved.name())) {
        HttpResponse refused = HttpResponse::error(415, base.handler);
        return Decision::respond(std::move(refused));
    }

    const int side = Limits::kThumbnailMaxSide;
    const SafeOpenResult &file = resolved.opened;
    const QByteArray key = versionKey(file, side);
    base.headers.append(QByteArrayLiteral("Cache-Control"),
                        m_config.mode == ServeMode::Share ? QByteArrayLiteral("max-age=300")
                                                          : QByteArrayLiteral("no-cache"));
    base.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    Representation rep;
    rep.contentType = "image/jpeg";
    rep.validators = Validators {'"' + key + '"', file.modifiedSecs};

    if (const QByteArray cached = ThumbnailCache::shared().find(key); !cached.isEmpty())
        return Decision::respond(serveContent(request, rep, std::make_shared<BytesContent>(cached), std::move(base)));

    // Made on a background thread when the body is wanted: not for HEAD, not
    // for a 304. The open file goes along; the worker never waits for it.
    auto make = [file = resolved.opened.file, size = file.size, key, side]() -> std::unique_ptr<BodySource> {
        QByteArray jpeg;
        if (size <= Limits::kThumbnailMaxSourceBytes) {
            QByteArray bytes(qsizetype(size), Qt::Uninitialized);
            if (file->readAt(bytes.data(), size, 0) == size)
                jpeg = makeThumbnail(bytes, side).jpeg;
        }
        if (jpeg.isEmpty()) {
            static const QByteArray grey = placeholderThumbnail(side / 4);
            jpeg = grey;
        } else {
            ThumbnailCache::shared().insert(key, jpeg);
        }
        return std::make_unique<BytesSource>(std::move(jpeg));
    };
    return Decision::respond(
        serveStream(request, rep, std::make_unique<DeferredSource>(std::move(make)), std::move(base)));
}

} // namespace Servery
