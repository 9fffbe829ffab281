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
// A method is a short token (the longest registered one has 17 letters); a
// longer "method" is something else talking to the port, refused with 400
// as soon as it is that long.
inline constexpr qsizetype kMaxMethodLength = 32;
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
// A body goes to the handler that accepted it, as a stream; the request log
// keeps only this much of it.
inline constexpr qsizetype kRecordedBodyBytes = 64 * 1024;
// Default ceiling on a request body -> 413. A handler may set its own.
inline constexpr qint64 kDefaultMaxBodyBytes = 64ll * 1024 * 1024;
// A chunked body's framing (sizes, extensions, trailers) counts too: past
// this many bytes on the wire for a body limit of `maxBody`, it is 413.
constexpr qint64 chunkedWireLimit(qint64 maxBody)
{
    return 2 * maxBody + 64 * 1024;
}

// --- Caught requests (the inspector: --catch, reply rules) ---------------------
// A caught request is kept whole up to the capture limit (the person sets
// it; past it, 413 and the first part is kept); in memory up to this much,
// past it in a temporary file (BodyFile), never in both.
inline constexpr qint64 kDefaultCaptureLimit = 10ll * 1024 * 1024;
inline constexpr qint64 kMaxCaptureLimit = 4ll * 1024 * 1024 * 1024;
inline constexpr qint64 kCaptureMemoryBytes = 1024 * 1024;
// Caught bodies spilled to disk by the whole process at once, at most: a
// body that would go past it keeps what it has and the rest is counted, not
// kept (a catcher without a key must not let the network fill the disk).
inline constexpr qint64 kMaxSpilledBytes = 2ll * 1024 * 1024 * 1024;
// A response body that was bytes in memory is kept in the log up to this.
inline constexpr qsizetype kRecordedResponseBytes = 1024 * 1024;
// A reply rule's delay, at most.
inline constexpr int kMaxReplyDelayMs = 60'000;
// A reply rule's file body, at most (larger files are refused when read);
// it is sent as it is read. A template file is rendered whole per request,
// so it is kept smaller.
inline constexpr qint64 kMaxReplyFileBytes = 64ll * 1024 * 1024;
inline constexpr qint64 kMaxReplyTemplateFileBytes = 1024 * 1024;
// A rules file, at most.
inline constexpr qint64 kMaxRulesFileBytes = 4 * 1024 * 1024;

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
// A response that stays open (events) holds at most this much its client
// has not taken; a producer pushing past it closes the stream.
inline constexpr qint64 kMaxPushQueuedBytes = 1024 * 1024;

// --- Compression ----------------------------------------------------------------
// Bodies smaller than this are sent as they are: gzip would save next to
// nothing and cost a header.
inline constexpr qint64 kGzipMinBytes = 256;
// Bodies up to this size are compressed at once and sent with a
// Content-Length; larger ones are compressed as they are sent.
inline constexpr qint64 kGzipWholeBytes = 128 * 1024;
// Streaming compressors running at once, process-wide (each holds about
// 256 KiB of zlib state). Past it, responses go out uncompressed.
inline constexpr int kMaxGzipStreams = 64;

// --- Folders as zip archives (?zip) -----------------------------------------------
// One read of a zip being made reads at most this much from its files (a file
// of zeros deflates a thousandfold, so counting output alone would not bound
// the work)...
inline constexpr qint64 kZipReadBytesPerStep = 256 * 1024;
// ...and opens at most this many files, so one large zip never holds its
// worker long while other connections wait. Deflated entries share the
// streaming compressors of gzip (kMaxGzipStreams); without one, they are
// stored.
inline constexpr int kZipFilesPerStep = 64;
// Entries one zip may hold: each is remembered (about 120 bytes) until the
// central directory at its end is written. A larger folder's zip fails.
inline constexpr qsizetype kMaxZipEntries = 500'000;

// --- Connections (defaults for ServerLimits) -----------------------------------
inline constexpr int kDefaultMaxConnections = 4096;
// One client address may hold at most this many at once, so one device
// cannot lock the others out; the rest of its connections are told 503.
inline constexpr int kDefaultMaxConnectionsPerAddress = kDefaultMaxConnections / 4;
// When the connection limit is lower, the share is still a quarter of it,
// but never below this (browsers open 6 connections per host, more with
// several tabs).
inline constexpr int kMinConnectionsPerAddress = 16;
// Connections accepted past the maximum only to be told 503; beyond this many
// in flight the acceptor stops accepting until some close.
inline constexpr int kRejectingConnectionSlack = 256;
// Descriptors kept for files being served, listeners and the rest when the
// connection limit is fitted to the process's open-file limit (each
// connection may hold two while it is handed over)...
inline constexpr qint64 kReservedDescriptors = 64;
// ...which never makes the limit smaller than this.
inline constexpr qint64 kMinConnections = 16;
// Pending connections the kernel may queue for accept().
inline constexpr int kListenBacklog = 1024;
// With port 0 and two loopback sockets, the port the first one drew may be
// taken on the other family; it draws again this many times.
inline constexpr int kPortDraws = 8;
// While accepting is paused at the ceiling, how often the acceptor looks
// whether connections have closed (polling keeps workers from calling into
// its thread)...
inline constexpr std::chrono::milliseconds kAcceptResumePoll {50};
// ...and how soon it tries again after accept() failed (out of descriptors).
inline constexpr std::chrono::milliseconds kAcceptRetryDelay {100};
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
// The same for a connection refused with 503: short, so a flood of them
// cannot fill the room they were refused for.
inline constexpr std::chrono::milliseconds kRejectedLingerTimeout {250};
// Default deadline for a graceful stop to drain in-flight responses.
inline constexpr std::chrono::milliseconds kDefaultDrainTimeout {5'000};
// A worker checks its connections' deadlines at a quarter of the shortest
// timeout, but never less often than this.
inline constexpr std::chrono::milliseconds kMaxSweepInterval {250};

// --- Files ----------------------------------------------------------------------
// A file found inside the folder is believed to be there, without asking the
// kernel again, for this long while its identity is unchanged...
inline constexpr std::chrono::milliseconds kVerifiedPathLifetime {2'000};
// ...for at most this many files per worker.
inline constexpr qsizetype kVerifiedPathEntries = 4096;
// Files up to this size stay open in each worker while they are asked for
// (their identity checked with one stat() per request)...
inline constexpr qint64 kOpenFileMaxBytes = 1024 * 1024;
// ...at most this many per worker, each closed once unasked for this long...
inline constexpr qsizetype kOpenFileEntries = 256;
inline constexpr std::chrono::milliseconds kOpenFileIdle {10'000};
// ...and those up to this size, unchanged for kSettledFileAge before they
// were read, are kept in memory: a change within the same tick of the file
// system's clock would not show in its times (the "racy" case of git's
// index), which is why a file changed just before is read again each time.
inline constexpr qint64 kInMemoryFileMaxBytes = 64 * 1024;
inline constexpr std::chrono::milliseconds kSettledFileAge {3'000};
// After a listing of at least this many entries is sent, the memory it took
// is handed back to the system at once.
inline constexpr qsizetype kLargeListingEntries = 10'000;
// Thumbnails: the longest side of one, the most image bytes read to make
// one (bigger images get a placeholder), and what the process keeps of
// those made recently.
inline constexpr int kThumbnailMaxSide = 512;
inline constexpr qint64 kThumbnailMaxSourceBytes = 64ll * 1024 * 1024;
inline constexpr qint64 kThumbnailCacheBytes = 32ll * 1024 * 1024;
// MIME types worked out by QMimeDatabase, remembered per worker.
inline constexpr qsizetype kMimeCacheEntries = 1024;

// --- Uploads --------------------------------------------------------------------
// The most one upload may carry (a PUT, a form, a resumable upload's
// length): far above any phone's file, and far enough from overflow for the
// body accounting (chunkedWireLimit).
inline constexpr qint64 kMaxUploadBytes = 16ll * 1024 * 1024 * 1024 * 1024; // 16 TiB
// An upload must leave this much free on the folder's disk: the larger of
// 256 MiB and 2% of the volume. An announced size (Content-Length, tus
// Upload-Length) that would not is refused with 507 before a byte is
// written; a body of unknown length, and a disk that fills anyway, end the
// upload with 507 when a write fails (ENOSPC).
inline constexpr qint64 kUploadMinFreeBytes = 256ll * 1024 * 1024;
inline constexpr qint64 kUploadFreePercent = 2;
constexpr qint64 uploadFreeSpaceMargin(qint64 volumeBytes)
{
    const qint64 share = volumeBytes / 100 * kUploadFreePercent;
    return share > kUploadMinFreeBytes ? share : kUploadMinFreeBytes;
}
// A saved file's name has at most this many bytes (UTF-8): the limit of
// ext4, APFS and most others. Longer names are shortened keeping the
// extension.
inline constexpr qsizetype kMaxFileNameBytes = 255;
// A name already taken gets " (1)", " (2)", ... up to this number; past it
// the upload is refused (409).
inline constexpr int kMaxUploadNameNumber = 9999;
// While an upload is written, the disk is asked to start writing back every
// this many bytes (Linux sync_file_range), so the flush that makes the file
// durable before its rename waits for little.
inline constexpr qint64 kUploadWritebackStride = 8ll * 1024 * 1024;
// multipart/form-data (RFC 7578 over RFC 2046 5.1). A boundary has 1 to 70
// characters (RFC 2046 5.1.1).
inline constexpr qsizetype kMaxMultipartBoundary = 70;
// A part's header section (its lines, CRLFs included) and its fields: past
// them the body is refused with 431, like a request head.
inline constexpr qsizetype kMaxPartHeaderBytes = 8 * 1024;
inline constexpr int kMaxPartHeaderFields = 16;
// Parts in one form, files and other fields together -> 413.
inline constexpr int kMaxMultipartParts = 1000;
// Bytes before the first boundary (browsers send none) -> 400.
inline constexpr qsizetype kMaxMultipartPreamble = 8 * 1024;
// Resumable uploads (tus 1.0): random bits in an upload's id...
inline constexpr int kUploadIdBytes = 16;
// ...an upload with no progress for this long is removed, partial file and
// all (and so is any ".servery-upload-*" left in a folder by an earlier
// run)...
inline constexpr std::chrono::hours kStaleUploadAge {24};
// ...checked this often: the uploads in progress, and a folder's leftovers
// when it next receives an upload (no walk of the shared tree).
inline constexpr std::chrono::minutes kUploadSweepInterval {60};
// Finished resumable uploads remembered (so a client that lost the last
// answer learns where its file went), at most.
inline constexpr qsizetype kFinishedUploadsRemembered = 1024;
// Upload-Metadata larger than this is refused (400).
inline constexpr qsizetype kMaxUploadMetadataBytes = 4 * 1024;

// --- Request log --------------------------------------------------------------
// A worker hands its records over at least this often while it has any...
inline constexpr std::chrono::milliseconds kWorkerFlushInterval {50};
// ...and at once when this many are waiting.
inline constexpr qsizetype kMaxWorkerBatch = 2048;
// Bodies at least this large (either way) are reported while they move, for
// the window's Transfers view...
inline constexpr qint64 kTransferMinBytes = 1024 * 1024;
// ...this often.
inline constexpr std::chrono::milliseconds kTransferReportInterval {250};
// Records are handed to consumers at most this often.
inline constexpr std::chrono::milliseconds kRecordBatchInterval {100};
// Records waiting for a consumer that never takes them; the oldest go first.
inline constexpr qsizetype kMaxPendingRecords = 100'000;

} // namespace Servery::Limits
