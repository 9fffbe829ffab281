#pragma once

// Every limit the engine enforces, in one place. Parser limits are compile-time
// constants; the connection-level bounds are defaults for ServerLimits, which a
// caller (tests, the command line) may tighten.

#include <QtGlobal>

#include <chrono>

namespace Servery::Limits {

// --- Request head (RFC 9112 3, 5) -------------------------------------------
// A request line longer than this is answered with 414 URI Too Long.
inline constexpr qsizetype kMaxRequestLine = 8 * 1024;
// The header field section (everything after the request line) may not exceed
// this; past it the answer is 431 Request Header Fields Too Large.
inline constexpr qsizetype kMaxHeaderBlock = 64 * 1024;
// More header fields than this is also 431.
inline constexpr int kMaxHeaderFields = 100;
// Empty lines tolerated before a request line (RFC 9112 2.2 asks servers to
// ignore at least one; a client sending more is broken or hostile).
inline constexpr int kMaxLeadingEmptyLines = 4;

// --- Chunked bodies (RFC 9112 7.1) ------------------------------------------
// A chunk-size line (size, extensions, CRLF). Extensions are ignored, but a
// line this long is only ever an attack.
inline constexpr qsizetype kMaxChunkLine = 4 * 1024;
// Chunk sizes are parsed into a 64-bit integer; more hex digits overflow.
inline constexpr int kMaxChunkSizeDigits = 15;
// The trailer section after the last chunk shares the header limits.
inline constexpr qsizetype kMaxTrailerBlock = kMaxHeaderBlock;

// --- Request bodies -----------------------------------------------------------
// Bodies nobody streams to disk are read (so framing stays in sync) and
// discarded; only this much is kept for the request log.
inline constexpr qsizetype kRecordedBodyBytes = 64 * 1024;
// Default ceiling on a request body the engine will read at all -> 413.
inline constexpr qint64 kDefaultMaxBodyBytes = 64ll * 1024 * 1024;

// --- Responses ----------------------------------------------------------------
// A file is streamed in chunks of this size...
inline constexpr qint64 kFileChunkBytes = 64 * 1024;
// ...and the next chunk is read only while the socket's unsent bytes are below
// this mark, so a connection never holds more than about
// kWriteHighWaterMark + kFileChunkBytes of a file in memory.
inline constexpr qint64 kWriteHighWaterMark = 256 * 1024;
// Bytes Qt may buffer from the socket for one connection before it stops
// reading and lets TCP flow control push back on the client.
inline constexpr qint64 kSocketReadBufferBytes = 128 * 1024;

// --- Connections (defaults for ServerLimits) -----------------------------------
inline constexpr int kDefaultMaxConnections = 4096;
// Connections accepted past the maximum only to be told 503; beyond this many
// in flight the acceptor stops accepting until some close.
inline constexpr int kRejectingConnectionSlack = 256;
inline constexpr int kDefaultMaxRequestsPerConnection = 1000;
// Time allowed from the first byte of a request until its head is complete.
// A total deadline, not per byte: trickling bytes cannot extend it.
inline constexpr std::chrono::milliseconds kDefaultHeaderTimeout {10'000};
// Time a body may go without progress.
inline constexpr std::chrono::milliseconds kDefaultBodyIdleTimeout {30'000};
// Time a keep-alive connection may sit idle between requests.
inline constexpr std::chrono::milliseconds kDefaultIdleTimeout {15'000};
// Time a response may wait without the client accepting a single byte.
inline constexpr std::chrono::milliseconds kDefaultWriteIdleTimeout {60'000};
// How long to keep reading (and discarding) after a final response on a
// connection we are closing, so unread request bytes don't turn the close into
// a reset that destroys the response (the "lingering close").
inline constexpr std::chrono::milliseconds kLingerTimeout {2'000};
// Default deadline for a graceful stop to drain in-flight responses.
inline constexpr std::chrono::milliseconds kDefaultDrainTimeout {5'000};

// --- Request log --------------------------------------------------------------
// Records are handed to consumers at most this often.
inline constexpr std::chrono::milliseconds kRecordBatchInterval {100};
// Records waiting for a consumer that never takes them; the oldest go first.
inline constexpr qsizetype kMaxPendingRecords = 100'000;

} // namespace Servery::Limits
