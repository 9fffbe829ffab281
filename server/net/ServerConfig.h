#pragma once

#include "server/http/limits.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Servery {

// Bounds on connections; defaults from limits.h.
struct ServerLimits {
    int maxConnections = Limits::kDefaultMaxConnections;
    int maxConnectionsPerAddress = Limits::kDefaultMaxConnectionsPerAddress;
    int maxRequestsPerConnection = Limits::kDefaultMaxRequestsPerConnection;
    std::chrono::milliseconds headerTimeout = Limits::kDefaultHeaderTimeout;
    std::chrono::milliseconds bodyIdleTimeout = Limits::kDefaultBodyIdleTimeout;
    std::chrono::milliseconds idleTimeout = Limits::kDefaultIdleTimeout;
    std::chrono::milliseconds writeIdleTimeout = Limits::kDefaultWriteIdleTimeout;
    qint64 maxBodyBytes = Limits::kDefaultMaxBodyBytes;
};

enum class ListenScope {
    LocalOnly, // 127.0.0.1 and ::1
    Network, // every interface, IPv4 and IPv6
};

// What the folder is being served for; it decides caching.
enum class ServeMode {
    Preview, // a site being edited: "Cache-Control: no-cache", so every
             // change shows at once while 304s still save the transfer
    Share, // files handed to other devices: a modest max-age
};

// How much of each exchange the request log keeps. The window shows
// everything; an access log needs a summary; with no log, nothing is kept.
enum class RecordDetail {
    Full, // headers both ways and the first 64 KiB of the request body
    Summary, // what the Combined Log Format prints: no other headers, no body
    None, // no records at all (counters still count)
};

struct ServerConfig {
    QString rootPath; // the shared folder
    quint16 port = 8080; // 0 picks a free port
    ListenScope scope = ListenScope::Network;
    QHostAddress bindAddress; // when set, overrides scope
    int workerCount = 0; // 0: one per core
    QString indexFileName = QStringLiteral("index.html");
    ServeMode mode = ServeMode::Preview;
    bool listDirectories = true; // a listing when a folder has no index
    bool showHidden = false; // serve and list dotfiles
    bool followSymlinks = false; // let symlinks lead outside the folder
    RecordDetail recordDetail = RecordDetail::Full;
    // The window shares the machine: its thread comes before the workers,
    // which run at a lower priority, so it stays smooth when the server is
    // loaded to the last cycle (a busy server loses little: the window
    // uses a fraction of a core).
    bool yieldToWindow = false;
    ServerLimits limits;

    // Who may connect. With a key, a device other than this computer must
    // present it once (the QR code's "?key=", then a cookie); empty: anyone
    // who reaches the port. Requests must name this machine (an IP literal,
    // localhost, its host name or NAME.local) or one of `allowedHosts`,
    // against DNS rebinding.
    QByteArray accessKey;
    QStringList allowedHosts;

    // Uploads from other devices: off unless asked for. Never over an
    // existing file, unless `overwriteUploads` (PUT only).
    bool allowUploads = false;
    bool overwriteUploads = false;

    // The inspector. Catching: every request on every path is answered
    // (reply rules, else a receipt) and kept whole, and no folder is
    // served, so `rootPath` may be empty. The raw head of each request is
    // kept for the log when catching or when reply rules are on.
    bool catchAll = false;
    bool keepRawHead = false;
    qint64 captureLimit = Limits::kDefaultCaptureLimit;
};

struct ServerError {
    enum class Code {
        None,
        PortInUse,
        PermissionDenied, // e.g. a port below 1024 without privileges
        AddressNotAvailable, // --bind to an address this machine doesn't have
        FolderMissing,
        FolderUnreadable,
        Other,
    };
    Code code = Code::None;
    QString message; // one plain sentence for people
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::ServerError)
