#include "server/http/Compression.h"

#include "server/http/HttpHeaders.h"
#include "server/http/limits.h"

#include <QLoggingCategory>

#include <atomic>
#include <cmath>
#include <zlib.h>

namespace Servery {

Q_LOGGING_CATEGORY(lcCompression, "servery.server.compression")

namespace {

// gzip framing (RFC 1952) around deflate: windowBits + 16.
constexpr int kGzipWindowFlag = 16;
constexpr int kMaxWindowBits = 15;
constexpr int kMemLevel = 8;

std::atomic<int> g_streams {0};

QByteArrayView mediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
}

bool isCompressibleTypeUncached(QByteArrayView contentType)
{
    // Lowercase the media type once into a small buffer, then plain
    // comparisons.
    const QByteArrayView type = mediaType(contentType);
    char buffer[64];
    if (type.isEmpty() || type.size() > qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < type.size(); ++i) {
        const char c = type[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    }
    const QByteArrayView lower(buffer, type.size());
    if (lower.startsWith("text/"))
        return lower != "text/event-stream";
    if (lower.endsWith("+json") || lower.endsWith("+xml"))
        return true;
    static constexpr QByteArrayView others[] = {
        "application/json",
        "application/javascript",
        "application/x-javascript",
        "application/xml",
        "application/wasm",
        "image/svg+xml",
        "image/x-icon",
        "image/bmp",
        "font/ttf",
        "font/otf",
        "application/x-font-ttf",
        "application/vnd.ms-fontobject",
        "application/x-ndjson",
        "application/yaml",
        "application/toml",
    };
    for (QByteArrayView t : others) {
        if (lower == t)
            return true;
    }
    return false;
}

} // namespace

bool isCompressibleType(QByteArrayView contentType)
{
    // Asked for every response, and most answers carry one of a few types:
    // remember the last few answers per thread.
    struct Seen {
        QByteArray type;
        bool compressible;
    };
    thread_local Seen seen[8];
    thread_local unsigned next = 0;
    for (const Seen &s : seen) {
        if (s.type.size() == contentType.size() && s.type == contentType)
            return s.compressible;
    }
    const bool answer = isCompressibleTypeUncached(contentType);
    seen[next++ % 8] = Seen {contentType.toByteArray(), answer};
    return answer;
}

double acceptEncodingQuality(const HttpRequest &request, QByteArrayView coding)
{
    const QByteArray field = request.headers.combined("Accept-Encoding");
    if (field.isNull())
        return 0;
    double named = -1;
    double star = -1;
    for (const QByteArray &element : splitListField(field)) {
        const qsizetype semicolon = element.indexOf(';');
        const QByteArrayView name = QByteArrayView(element).first(semicolon < 0 ? element.size() : semicolon).trimmed();
        double q = 1;
        if (semicolon >= 0) {
            // Parameters: only "q" means anything here (RFC 9110 12.4.2).
            for (const QByteArray &param : QByteArrayView(element).sliced(semicolon + 1).toByteArray().split(';')) {
                const QByteArray p = param.trimmed();
                if (p.size() >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
                    bool ok = false;
                    const double v = p.mid(2).toDouble(&ok);
                    // An unreadable weight ("nan", "x") counts as 0.
                    q = ok && std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0;
                }
            }
        }
        const bool matches = equalsIgnoringCase(name, coding)
            || (equalsIgnoringCase(coding, "gzip") && equalsIgnoringCase(name, "x-gzip"));
        if (matches)
            named = std::max(named, q);
        else if (name == "*")
            star = std::max(star, q);
    }
    if (named >= 0)
        return named;
    return star >= 0 ? star : 0;
}

QByteArray gzipEtag(const QByteArray &etag)
{
    if (etag.size() < 2 || !etag.endsWith('"'))
        return etag;
    return etag.first(etag.size() - 1) + "-gzip\"";
}

QByteArray gzipCompress(QByteArrayView bytes)
{
    // A window no larger than the input loses nothing and needs less memory.
    int windowBits = 9;
    while (windowBits < kMaxWindowBits && (qint64(1) << windowBits) < bytes.size())
        ++windowBits;
    z_stream z {};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits + kGzipWindowFlag, kMemLevel, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        return {};
    }
    QByteArray out;
    // Room for the worst case plus the gzip header and trailer.
    out.resize(qsizetype(deflateBound(&z, uLong(bytes.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int result = deflate(&z, Z_FINISH);
    const qsizetype produced = qsizetype(z.total_out);
    deflateEnd(&z);
    if (result != Z_STREAM_END)
        return {};
    out.resize(produced);
    return out;
}

// --- GzipSlot ---------------------------------------------------------------

std::unique_ptr<GzipSlot> GzipSlot::tryAcquire()
{
    if (g_streams.fetch_add(1, std::memory_order_relaxed) >= Limits::kMaxGzipStreams) {
        g_streams.fetch_sub(1, std::memory_order_relaxed);
        return nullptr;
    }
    return std::unique_ptr<GzipSlot>(new GzipSlot);
}

GzipSlot::~GzipSlot()
{
    g_streams.fetch_sub(1, std::memory_order_relaxed);
}

// --- GzipSource -------------------------------------------------------------

struct GzipSource::Stream {
    z_stream z {};
    bool ok = false;

    Stream()
    {
        ok = deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kMaxWindowBits + kGzipWindowFlag, kMemLevel,
                          Z_DEFAULT_STRATEGY)
            == Z_OK;
    }
    ~Stream()
    {
        if (ok)
            deflateEnd(&z);
    }
};

GzipSource::GzipSource(std::unique_ptr<BodySource> inner, std::unique_ptr<GzipSlot> slot)
    : m_inner(std::move(inner))
    , m_slot(std::move(slot))
{
}

GzipSource::~GzipSource() = default;

BodySource::Status GzipSource::read(QByteArray &out, qint64 max)
{
    if (m_finished)
        return Status::End;
    if (!m_stream) {
        m_stream = std::make_unique<Stream>();
        if (!m_stream->ok)
            return fail(QStringLiteral("Could not start compressing the response"));
    }
    z_stream &z = m_stream->z;
    const qsizetype start = out.size();
    out.resize(start + qsizetype(max));
    z.next_out = reinterpret_cast<Bytef *>(out.data() + start);
    z.avail_out = uInt(max);

    Status status = Status::Data;
    while (z.avail_out > 0) {
        if (m_inputDone == m_input.size() && !m_innerEnded) {
            m_input.clear();
            m_inputDone = 0;
            const Status inner = m_inner->read(m_input, Limits::kFileChunkBytes);
            if (inner == Status::Error) {
                out.resize(start);
                return fail(m_inner->errorString());
            }
            if (inner == Status::End)
                m_innerEnded = true;
            if (!m_input.isEmpty())
                m_syncFlushed = false;
            if (inner == Status::Wait && m_input.isEmpty()) {
                // Nothing more for now: flush what is compressed, once, so
                // the client sees it without waiting for the next piece;
                // then only hand out what that flush left pending (a second
                // sync flush would add an empty block every time).
                z.next_in = nullptr;
                z.avail_in = 0;
                // (Nothing compressed yet, nothing to flush.)
                deflate(&z, m_syncFlushed || z.total_in == 0 ? Z_NO_FLUSH : Z_SYNC_FLUSH);
                m_syncFlushed = true;
                unsigned pending = 0;
                int bits = 0;
                deflatePending(&z, &pending, &bits);
                status = pending == 0 ? Status::Wait : Status::Data;
                break;
            }
        }
        z.next_in = reinterpret_cast<Bytef *>(m_input.data() + m_inputDone);
        z.avail_in = uInt(m_input.size() - m_inputDone);
        const uInt before = z.avail_in;
        const int result = deflate(&z, m_innerEnded ? Z_FINISH : Z_NO_FLUSH);
        m_inputDone += qsizetype(before - z.avail_in);
        if (result == Z_STREAM_END) {
            m_finished = true;
            status = Status::End;
            break;
        }
        if (result != Z_OK && result != Z_BUF_ERROR) {
            out.resize(start);
            return fail(QStringLiteral("Compressing the response failed"));
        }
    }
    const qsizetype produced = qsizetype(max) - qsizetype(z.avail_out);
    out.resize(start + produced);
    if (status == Status::Wait && produced > 0)
        return Status::Data; // the flushed bytes first; Wait comes on the next read
    if (status == Status::End) {
        m_stream.reset(); // the compressor's memory goes back at once
        m_slot.reset();
    }
    return status;
}

} // namespace Servery
