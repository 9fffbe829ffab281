#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Servery {

class FolderWatchEngine;

// Tells which files of a site changed while someone edits it, for a live
// reload (what live-server, browser-sync and Vite's chokidar do).
//
// It watches the root and every folder below it, on the thread this object
// lives in (call start() and stop() there). start() walks the whole tree, so
// give it a thread that may block that long (a worker, not the GUI thread).
// Symlinked folders are not followed (one pointing inside the root is
// watched where it really is; one pointing out is not watched at all).
//
// What is ignored (isIgnored()): any path with a segment starting with '.'
// (hidden files and folders, .git, gedit's .goutputstream-*), any
// node_modules segment, and editor temporaries: names ending in '~', .swp,
// .swx, .swo, .tmp, ___jb_tmp___, ___jb_old___, .crswap, .kate-swp, vim's
// "4913" probe and Emacs' "#name#" autosaves. Beyond the names, a file that
// appears and is gone again before a report (any other temporary name an
// editor renames over the real file) is not reported, so one save counts
// once as the real name, whatever the editor does.
//
// A folder created or moved in is watched at once, and it and everything
// already inside it count as changed (a `cp -r` or a `git checkout`). A
// folder deleted or moved away stops being watched and is reported by its
// own path, with the files inside whose deletion was seen (Portable also
// names what it knew was inside a folder moved away).
//
// Bounded: at most kMaxFolders folders, and when the system refuses a
// watch (Linux: fs.inotify.max_user_watches) no more are asked for; either
// becomes problem() until the next start(), never a crash or a busy loop.
class FolderWatcher : public QObject {
    Q_OBJECT

public:
    enum class Backend {
        // Linux: inotify itself, one watch per folder, names known per event.
        // Elsewhere this is Portable for now; macOS FSEvents and Windows
        // ReadDirectoryChangesW would be the next step.
        Native,
        // QFileSystemWatcher on every folder (and every file up to
        // kMaxWatchedFiles, since a folder's watch does not see a file
        // written in place on every system), and a rescan of a folder that
        // signals, compared by name, size and modification time (to the
        // nanosecond where the system keeps it), to learn which files
        // changed.
        Portable,
    };
    Q_ENUM(Backend)

    // More folders than this are not watched (a problem says so).
    static constexpr int kMaxFolders = 20'000;
    // Portable: files watched one by one, at most (the others are seen when
    // their folder changes: created, deleted, renamed).
    static constexpr int kMaxWatchedFiles = 10'000;
    // A report waits for quiet, but never longer than this after the first
    // change (unless the quiet asked for is longer), so constant writes
    // still report.
    static constexpr std::chrono::milliseconds kMaxDelay {1'000};
    // Past this many paths in one report, it holds "." alone: everything
    // may have changed (also after the kernel's event queue overflowed, or
    // when the root itself went away).
    static constexpr int kMaxReportedPaths = 10'000;
    static constexpr std::chrono::milliseconds kDefaultDebounce {100};

    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Watches `root` and every folder below it (see above). False with
    // problem() set when nothing can be watched. Starting again stops the
    // previous watch first. Native falls back to Portable when the system
    // refuses a new inotify instance (problem() says so; backend() tells).
    bool start(const QString &root, Backend backend = Backend::Native);
    // Stops watching and closes every descriptor; nothing pending is
    // reported. The object can be started again.
    void stop();

    int watchedFolders() const;
    // The backend in use (Portable where Native is not available).
    Backend backend() const;
    // The last problem, for people, e.g. "The system's limit on watched
    // folders (fs.inotify.max_user_watches = 8192) was reached: changes in
    // 312 folders are not seen." Empty when there is none; cleared by start().
    QString problem() const;
    // Default kDefaultDebounce.
    void setDebounce(std::chrono::milliseconds quiet);

    // True if changes to `relativePath` ('/'-separated, below the root) are
    // never reported (the rules above).
    static bool isIgnored(QStringView relativePath);
    static bool isIgnoredName(QStringView name);

Q_SIGNALS:
    // After `quiet` without further changes (but at most kMaxDelay after the
    // first one), the changed paths relative to the root, '/'-separated,
    // sorted, without duplicates. "." alone means everything may have
    // changed.
    void changed(const QStringList &relativePaths);
    // Queued: never emitted from inside start() or an event being handled.
    void problemChanged(const QString &problem);

private:
    friend class FolderWatchEngine;
    // For the engines.
    void note(const QString &relativePath, bool appeared);
    void noteEverything();
    void noteActivity();
    void reportProblem(const QString &problem);

    void onTimer();
    void flush();
    void announceProblem();

    std::unique_ptr<FolderWatchEngine> m_engine;
    QString m_root; // absolute, '/'-separated, no trailing '/' (but for "/")
    QString m_problem;
    QString m_announcedProblem;
    Backend m_backend = Backend::Native;
    std::chrono::milliseconds m_quiet = kDefaultDebounce;
    QTimer m_timer;
    QElapsedTimer m_firstChange;
    QElapsedTimer m_lastChange;
    QSet<QString> m_pending;
    QSet<QString> m_appeared; // pending paths whose first change was to appear
    bool m_everything = false;
    bool m_problemQueued = false;
};

} // namespace Servery
