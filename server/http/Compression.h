#pragma once

#include "server/http/BodySource.h"
#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Servery {

// gzip for responses (RFC 9110 8.4.1.3), computed with zlib; brotli is only
// ever served from precompressed files, never computed.

// True for types that shrink when compressed: text, JSON, JavaScript, CSS,
// XML, SVG, wasm, uncompressed fonts. Images, audio, video, archives and
// fonts already compressed are not. Event streams are not either: each
// event must reach the browser at once. Pure.
bool isCompressibleType(QByteArrayView contentType);

// The client's preference for `coding` from Accept-Encoding (RFC 9110
// 12.5.3): its q-value, or that of "*" when it is not named, or 0 when the
// field is absent. "x-gzip" counts as "gzip". Pure.
double acceptEncodingQuality(const HttpRequest &request, QByteArrayView coding);

// The ETag of the gzip form of a representation whose identity ETag is
// `etag`: distinct, so a cache never takes one for the other. Pure.
QByteArray gzipEtag(const QByteArray &etag);

// gzip-compresses `bytes` in one go (for bodies small enough to hold).
QByteArray gzipCompress(QByteArrayView bytes);

// Gives out the right to run a streaming compressor: each holds about
// 256 KiB, so at most Limits::kMaxGzipStreams run at once, process-wide. A
// response that finds none free goes out uncompressed, which is always a
// correct answer.
class GzipSlot {
public:
    static std::unique_ptr<GzipSlot> tryAcquire();
    ~GzipSlot();
    GzipSlot(const GzipSlot &) = delete;
    GzipSlot &operator=(const GzipSlot &) = delete;

private:
    GzipSlot() = default;
};

// Compresses another source as it is read, so a large file or a generated
// listing is gzipped in pieces through the same back-pressure as anything
// else. Its length is unknown in advance. When the inner source has to
// wait (an event stream), what was compressed so far is flushed first.
class GzipSource final : public BodySource {
public:
    GzipSource(std::unique_ptr<BodySource> inner, std::unique_ptr<GzipSlot> slot);
    ~GzipSource() override;

    qint64 size() const override { return -1; }
    Status read(QByteArray &out, qint64 max) override;
    bool isOpenEnded() const override { return m_inner->isOpenEnded(); }
    void finishSoon() override { m_inner->finishSoon(); }
    void setWakeUp(std::function<void()> wakeUp) override { m_inner->setWakeUp(std::move(wakeUp)); }

private:
    struct Stream;
    std::unique_ptr<BodySource> m_inner;
    std::unique_ptr<GzipSlot> m_slot;
    std::unique_ptr<Stream> m_stream; // created on the first read
    QByteArray m_input; // read from the inner source, not yet compressed
    qsizetype m_inputDone = 0;
    bool m_innerEnded = false;
    bool m_syncFlushed = false; // since the last input
    bool m_finished = false;
};

} // namespace Servery
