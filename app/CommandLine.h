#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Servery {

struct Options {
    QString folder; // absolute; the current folder if not given
    bool folderGiven = false; // DIR was on the command line
    bool portGiven = false; // --port was
    quint16 port = 8080;
    QHostAddress bindAddress; // null unless --bind
    bool localOnly = false;
    bool headless = false;
    QString accessLogPath; // empty: standard output
    bool quiet = false;
    int workers = 0; // 0: one per core
    bool shareMode = false; // --mode share (caching for sharing)
    bool listDirectories = true;
    QString indexFileName = QStringLiteral("index.html");
    bool showHidden = false;
    bool followSymlinks = false;
    // Who may connect: a pinned key (empty: a new one each time), no key at
    // all, and host names allowed besides this machine's own.
    QByteArray key;
    bool noKey = false;
    QStringList allowedHosts;
    // Uploads from other devices.
    bool upload = false;
    bool overwrite = false;
    // The site preview (defaults follow the mode: all on in preview).
    bool noReload = false; // --no-reload
    QString cleanUrls; // --clean-urls[=on|off|strict]; empty: the mode's default
    bool spa = false; // --spa[=FILE]
    QString spaFile; // relative to the folder; empty: the index file
    bool cors = false; // --cors[=ORIGINS]
    QByteArrayList corsOrigins; // empty: any
    QList<std::pair<QByteArray, QByteArray>> headers; // --header 'Name: value', repeatable
    bool consoleAll = false; // --console-all
    // The inspector.
    bool catchAll = false; // --catch: answer every request, keep it whole, no folder
    QString rulesPath; // --rules FILE: reply rules (absolute)
    QString harPath; // --har FILE: headless writes the log as HAR on a graceful stop (absolute)
    qint64 captureLimit = -1; // --capture-limit SIZE; -1: Limits::kDefaultCaptureLimit
    bool start = false; // window: start serving at once
    bool newInstance = false; // window: --new-instance, never hand over to a running window
    QString lagProbePath; // window: write event-loop delays here (bench/)
};

struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::Run;
    Options options;
    QString error; // for UsageError: one line saying what is wrong
    // For ShowHelp and ShowVersion: what to print on standard output. Also
    // ShowHelp for the build's hidden --man-page and --completion SHELL.
    QString output;

    // `arguments` includes the program name first, as argv does.
    static CommandLine parse(const QStringList &arguments, const QString &currentFolder);
    // In the system's language (the catalogue's "Servery::Options").
    static QString helpText();
    static QString versionText();
};

} // namespace Servery
