#pragma once

#include "server/http/limits.h"
#include "server/net/ServerConfig.h"

#include <QString>

namespace Servery {

// Which of the preferences' server options the command line set for this
// run: those win over the saved preferences, for this run only.
struct ServerOptionsGiven {
    bool mode = false; // --mode
    bool indexFileName = false; // --index
    bool listDirectories = false; // --no-listing
    bool showHidden = false; // --hidden
    bool followSymlinks = false; // --follow-symlinks
    bool workers = false; // --workers
};

// What the Preferences dialog sets, saved with QSettings: the options that
// otherwise live on the command line, the port and body limit the window
// opens with, and how much the log keeps. Read at each Start.
struct Preferences {
    static constexpr int kMaxWorkers = 64;
    static constexpr int kMinLogRows = 100;
    static constexpr int kMaxLogRows = 1'000'000;
    static constexpr int kDefaultLogRows = 100'000; // RequestLogModel::kDefaultCapacity

    // The QSettings keys the window's own Port and "Keep bodies up to" boxes
    // are saved under: the preferences edit the same values.
    // (Inline: initialized before the window's own keys that use them.)
    static inline const QString kPortKey = QStringLiteral("serve/port");
    static inline const QString kCaptureLimitKey = QStringLiteral("catch/captureLimit");

    quint16 port = 8080;
    ServeMode mode = ServeMode::Preview;
    QString indexFileName = QStringLiteral("index.html");
    bool listDirectories = true;
    bool showHidden = false;
    bool followSymlinks = false;
    int workers = 0; // 0: one per core
    int logRows = kDefaultLogRows;
    qint64 captureLimit = Limits::kDefaultCaptureLimit;

    // The saved preferences (values out of range are brought into it).
    static Preferences load();
    void save() const;

    // What is wrong, in a sentence for the person, or empty.
    QString problem() const;
    static bool isValidIndexName(const QString &name);

    // Sets the server options of `config` that the command line did not.
    void applyTo(ServerConfig &config, const ServerOptionsGiven &given) const;

    bool operator==(const Preferences &) const = default;
};

} // namespace Servery
