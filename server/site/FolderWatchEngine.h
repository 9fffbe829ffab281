#pragma once

// The engines behind FolderWatcher: what both share, and a factory for each.

#include "server/site/FolderWatcher.h"

#include <QList>
#include <QLoggingCategory>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcWatcher)

namespace Servery {

// What both backends share: the walk of a tree, the bounds and the problems
// they lead to, and the way back to the watcher.
class FolderWatchEngine {
public:
    explicit FolderWatchEngine(FolderWatcher &owner)
        : m_owner(owner)
    {
    }
    virtual ~FolderWatchEngine() = default;
    Q_DISABLE_COPY_MOVE(FolderWatchEngine)

    // Watches the whole tree; false (with a problem) when not even the root
    // can be watched.
    virtual bool start() = 0;
    virtual int watchedFolders() const = 0;
    // Just before a report: learn what the signals only hinted at.
    virtual void settle() { }

protected:
    // What a folder holds, as far as a report cares.
    struct Entry {
        qint64 size = -1;
        qint64 modifiedNs = 0;
        bool isFolder = false; // a real folder, not a symlink to one
    };

    struct NamedEntry {
        QString name;
        Entry entry;
    };

    static QString childOf(const QString &folder, const QString &name);
    // Size and modification time of what `path` names (through a symlink, else
    // of the link itself), or nothing when there is nothing there.
    static std::optional<Entry> stampOf(const QString &path);
    // The entries of `folder` that are not ignored; with `stamps`, files get
    // their size and modification time. False when the folder cannot be read.
    static bool listFolder(const QString &folder, bool stamps, QList<NamedEntry> *out);

    enum class Watch {
        Yes,
        Refused, // by the system's limit: counted, and its subfolders are visited to count them
        Skipped, // gone, not a folder, not readable, or already watched by another name
    };
    virtual Watch watchFolder(const QString &folder) = 0;
    virtual bool isWatched(const QString &folder) const = 0;
    virtual bool wantsStamps() const { return false; }
    // The entries of a folder just watched, as the walk found them.
    virtual void listed(const QString &folder, const QList<NamedEntry> &entries)
    {
        Q_UNUSED(folder);
        Q_UNUSED(entries);
    }
    virtual void forgetAll() = 0;

    // Watches `top` and every folder below it that is not watched yet,
    // breadth first, up to kMaxFolders. With `report`, every entry found
    // counts as changed (a folder that came with its files).
    void walk(const QString &top, bool report);
    bool startWalk();
    // The root was deleted or moved: nothing more can be seen.
    void rootLost();
    void reportLimits();
    // `folder` and all below it are gone: they no longer count as refused.
    void forgetRefused(const QString &folder);
    void resetLimits();

    const QString &root() const { return m_owner.m_root; }
    QString absolutePath(const QString &relative) const;
    void note(const QString &relative, bool appeared = false) { m_owner.note(relative, appeared); }
    void noteEverything() { m_owner.noteEverything(); }
    void noteActivity() { m_owner.noteActivity(); }
    void reportProblem(const QString &problem) { m_owner.reportProblem(problem); }
    bool hasProblem() const { return !m_owner.m_problem.isEmpty(); }

    QSet<QString> m_refused; // folders the system's limit kept from being watched
    bool m_capped = false; // kMaxFolders was reached
    int m_lastError = 0; // errno of the last folder that could not be watched

private:
    FolderWatcher &m_owner;
};

#ifdef Q_OS_LINUX
// Null, with `*problem`, when the system gives no inotify instance.
std::unique_ptr<FolderWatchEngine> createInotifyEngine(FolderWatcher &owner, QString *problem);
#endif
std::unique_ptr<FolderWatchEngine> createPortableEngine(FolderWatcher &owner);

} // namespace Servery
