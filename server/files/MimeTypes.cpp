#include "server/files/MimeTypes.h"

#include "server/http/limits.h"

#include <QHash>
#include <QMimeDatabase>

namespace Servery {

namespace {

const QHash<QByteArray, QByteArray> &webTypes()
{
    static const QHash<QByteArray, QByteArray> table = {
        // Documents and code
        {QByteArrayLiteral("html"), "text/html; charset=utf-8"},
        {QByteArrayLiteral("htm"), "text/html; charset=utf-8"},
        {QByteArrayLiteral("css"), "text/css; charset=utf-8"},
        {QByteArrayLiteral("js"), "text/javascript; charset=utf-8"},
        {QByteArrayLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QByteArrayLiteral("cjs"), "text/javascript; charset=utf-8"},
        {QByteArrayLiteral("json"), "application/json"},
        {QByteArrayLiteral("map"), "application/json"},
        {QByteArrayLiteral("webmanifest"), "application/manifest+json"},
        {QByteArrayLiteral("xml"), "application/xml"},
        {QByteArrayLiteral("wasm"), "application/wasm"},
        {QByteArrayLiteral("txt"), "text/plain; charset=utf-8"},
        {QByteArrayLiteral("text"), "text/plain; charset=utf-8"},
        {QByteArrayLiteral("log"), "text/plain; charset=utf-8"},
        {QByteArrayLiteral("md"), "text/markdown; charset=utf-8"},
        {QByteArrayLiteral("csv"), "text/csv; charset=utf-8"},
        {QByteArrayLiteral("ics"), "text/calendar; charset=utf-8"},
        {QByteArrayLiteral("vtt"), "text/vtt; charset=utf-8"},
        {QByteArrayLiteral("srt"), "text/plain; charset=utf-8"},
        {QByteArrayLiteral("pdf"), "application/pdf"},
        // Images
        {QByteArrayLiteral("png"), "image/png"},
        {QByteArrayLiteral("jpg"), "image/jpeg"},
        {QByteArrayLiteral("jpeg"), "image/jpeg"},
        {QByteArrayLiteral("gif"), "image/gif"},
        {QByteArrayLiteral("svg"), "image/svg+xml"},
        {QByteArrayLiteral("webp"), "image/webp"},
        {QByteArrayLiteral("avif"), "image/avif"},
        {QByteArrayLiteral("ico"), "image/x-icon"},
        {QByteArrayLiteral("bmp"), "image/bmp"},
        {QByteArrayLiteral("heic"), "image/heic"},
        {QByteArrayLiteral("heif"), "image/heif"},
        // Audio and video
        {QByteArrayLiteral("mp4"), "video/mp4"},
        {QByteArrayLiteral("m4v"), "video/mp4"},
        {QByteArrayLiteral("webm"), "video/webm"},
        {QByteArrayLiteral("mov"), "video/quicktime"},
        {QByteArrayLiteral("mkv"), "video/x-matroska"},
        {QByteArrayLiteral("ogv"), "video/ogg"},
        {QByteArrayLiteral("mp3"), "audio/mpeg"},
        {QByteArrayLiteral("m4a"), "audio/mp4"},
        {QByteArrayLiteral("aac"), "audio/aac"},
        {QByteArrayLiteral("ogg"), "audio/ogg"},
        {QByteArrayLiteral("oga"), "audio/ogg"},
        {QByteArrayLiteral("opus"), "audio/ogg"},
        {QByteArrayLiteral("wav"), "audio/wav"},
        {QByteArrayLiteral("flac"), "audio/flac"},
        // Fonts
        {QByteArrayLiteral("woff"), "font/woff"},
        {QByteArrayLiteral("woff2"), "font/woff2"},
        {QByteArrayLiteral("ttf"), "font/ttf"},
        {QByteArrayLiteral("otf"), "font/otf"},
        // Archives
        {QByteArrayLiteral("zip"), "application/zip"},
        {QByteArrayLiteral("gz"), "application/gzip"},
        {QByteArrayLiteral("tar"), "application/x-tar"},
        {QByteArrayLiteral("7z"), "application/x-7z-compressed"},
    };
    return table;
}

} // namespace

QByteArray mimeTypeForFileName(const QString &fileName)
{
    // Called for every file served, so the common case allocates nothing:
    // an ASCII suffix is lowercased into a small buffer and looked up as is.
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const qsizetype slash = fileName.lastIndexOf(u'/');
    const bool hasSuffix = dot > slash && dot + 1 < fileName.size();
    char buffer[16];
    qsizetype length = 0;
    bool ascii = hasSuffix && fileName.size() - dot - 1 < qsizetype(sizeof buffer);
    for (qsizetype i = dot + 1; ascii && i < fileName.size(); ++i) {
        const char16_t c = fileName.at(i).unicode();
        ascii = c < 0x80;
        buffer[length++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    // The key: the lowercase suffix, or the whole name when it has none.
    const QByteArray key = ascii
        ? QByteArray::fromRawData(buffer, length)
        : (hasSuffix ? fileName.sliced(dot + 1).toLower() : fileName.sliced(slash + 1)).toUtf8();
    if (hasSuffix) {
        const auto it = webTypes().constFind(key);
        if (it != webTypes().cend())
            return it.value();
    }

    // QMimeDatabase is thread-safe, but it matches globs with freshly
    // compiled regular expressions: far too slow per request. Remember its
    // answers per thread.
    thread_local QHash<QByteArray, QByteArray> cache;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    if (cache.size() >= Limits::kMimeCacheEntries)
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
    cache.insert(QByteArray(key.constData(), key.size()), name); // a deep copy of `buffer`
    return name;
}

} // namespace Servery
