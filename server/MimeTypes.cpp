#include "MimeTypes.h"

#include <QHash>
#include <QMimeDatabase>

namespace Servery {

namespace {

const QHash<QString, QByteArray> &webTypes()
{
    static const QHash<QString, QByteArray> table = {
        // Documents and code
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("htm"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("cjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("xml"), "application/xml"},
        {QStringLiteral("wasm"), "application/wasm"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("text"), "text/plain; charset=utf-8"},
        {QStringLiteral("log"), "text/plain; charset=utf-8"},
        {QStringLiteral("md"), "text/markdown; charset=utf-8"},
        {QStringLiteral("csv"), "text/csv; charset=utf-8"},
        {QStringLiteral("ics"), "text/calendar; charset=utf-8"},
        {QStringLiteral("vtt"), "text/vtt; charset=utf-8"},
        {QStringLiteral("srt"), "text/plain; charset=utf-8"},
        {QStringLiteral("pdf"), "application/pdf"},
        // Images
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("avif"), "image/avif"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("heic"), "image/heic"},
        {QStringLiteral("heif"), "image/heif"},
        // Audio and video
        {QStringLiteral("mp4"), "video/mp4"},
        {QStringLiteral("m4v"), "video/mp4"},
        {QStringLiteral("webm"), "video/webm"},
        {QStringLiteral("mov"), "video/quicktime"},
        {QStringLiteral("mkv"), "video/x-matroska"},
        {QStringLiteral("ogv"), "video/ogg"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("aac"), "audio/aac"},
        {QStringLiteral("ogg"), "audio/ogg"},
        {QStringLiteral("oga"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"},
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("flac"), "audio/flac"},
        // Fonts
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("otf"), "font/otf"},
        // Archives
        {QStringLiteral("zip"), "application/zip"},
        {QStringLiteral("gz"), "application/gzip"},
        {QStringLiteral("tar"), "application/x-tar"},
        {QStringLiteral("7z"), "application/x-7z-compressed"},
    };
    return table;
}

} // namespace

QByteArray mimeTypeForFileName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot >= 0 && dot + 1 < fileName.size()) {
        const QString suffix = fileName.sliced(dot + 1).toLower();
        const auto it = webTypes().constFind(suffix);
        if (it != webTypes().cend())
            return it.value();
    }

    // QMimeDatabase is thread-safe, but it matches globs with freshly
    // compiled regular expressions: far too slow per request. Remember its
    // answers per thread, keyed by suffix (or by the name when there is none).
    thread_local QHash<QString, QByteArray> cache;
    const QString key = dot >= 0 ? fileName.sliced(dot).toLower() : fileName.sliced(fileName.lastIndexOf(u'/') + 1);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    if (cache.size() >= 1024)
        cache.clear();

    // Only the name is consulted, never the content, which would mean
    // reading the file on this thread.
    static const QMimeDatabase db;
    QByteArray name = "application/octet-stream";
    const QMimeType type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    if (type.isValid() && !type.isDefault()) {
        name = type.name().toLatin1();
        if (type.inherits(QStringLiteral("text/plain")))
            name += "; charset=utf-8";
    }
    cache.insert(key, name);
    return name;
}

} // namespace Servery
