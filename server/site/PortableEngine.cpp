// FolderWatcher's portable engine, on QFileSystemWatcher (the only one off Linux).

#include "server/site/FolderWatchEngine.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringBuilder>

#include <memory>
#include <optional>
#include <utility>

namespace Servery {

namespace {

// QFileSystemWatcher on every folder and on files up to a cap; a folder that
// signals is listed again and compared with what it held.
class PortableEngine final : public FolderWatchEngine {
public:
    explicit PortableEngine(FolderWatcher &owner)
        : FolderWatchEngine(owner)
    {
        QObject::connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_watcher,
                         [this](const QString &path) { onFolderSignal(path); });
        QObject::connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_watcher,
                         [this](const QString &path) { onFileSignal(path); });
    }

    bool start() override { return startWalk(); }

    int watchedFolders() const override { return int(m_folders.size()); }

    void settle() override
    {
        // Parents before children: a child of a folder found gone is gone too.
        QStringList dirty(m_dirty.cbegin(), m_dirty.cend());
        m_dirty.clear();
        dirty.sort();
        for (const QString &folder : std::as_const(dirty)) {
            if (m_folders.contains(folder))
                rescan(folder);
        }
        // Files changed in place, or replaced (a rename over them leaves the
        // watch on the old file): remember what they are now and watch that.
        const QSet<QString> renew = std::exchange(m_renew, {});
        for (const QString &path : renew) {
            const qsizetype slash = path.lastIndexOf(u'/');
            const auto folder = m_folders.find(slash < 0 ? QString() : path.left(slash));
            if (folder == m_folders.end())
                continue;
            const QString name = path.mid(slash + 1);
            unwatchFile(path);
            const std::optional<Entry> stamp = stampOf(absolutePath(path));
            const auto entry = folder->find(name);
            if (entry != folder->end() && entry->isFolder)
                continue;
            if (!stamp) {
                if (entry != folder->end())
                    folder->erase(entry);
                continue;
            }
            folder->insert(name, *stamp);
            watchFile(path);
        }
    }

protected:
    Watch watchFolder(const QString &folder) override
    {
        const QString path = absolutePath(folder);
        if (m_watcher.addPath(path))
            return Watch::Yes;
        const QFileInfo info(path);
        return info.isDir() && info.isReadable() ? Watch::Refused : Watch::Skipped;
    }

    bool isWatched(const QString &folder) const override { return m_folders.contains(folder); }

    bool wantsStamps() const override { return true; }

    void listed(const QString &folder, const QList<NamedEntry> &entries) override
    {
        Listing listing;
        listing.reserve(entries.size());
        for (const NamedEntry &e : entries) {
            listing.insert(e.name, e.entry);
            if (!e.entry.isFolder)
                watchFile(childOf(folder, e.name));
        }
        m_folders.insert(folder, listing);
    }

    void forgetAll() override
    {
        const QStringList watched = m_watcher.files() + m_watcher.directories();
        if (!watched.isEmpty())
            m_watcher.removePaths(watched);
        m_folders.clear();
        m_files.clear();
        m_dirty.clear();
        m_renew.clear();
        m_filesCapped = false;
        m_filesRefused = false;
        resetLimits();
    }

private:
    using Listing = QHash<QString, Entry>;

    std::optional<QString> relativeOf(const QString &path) const
    {
        const QString &r = root();
        if (path == r)
            return QString();
        const qsizetype skip = r.endsWith(u'/') ? r.size() : r.size() + 1;
        if (path.size() > skip && path.startsWith(r) && path.at(skip - 1) == u'/')
            return path.mid(skip);
        return std::nullopt;
    }

    void onFolderSignal(const QString &path)
    {
        if (const auto folder = relativeOf(path)) {
            m_dirty.insert(*folder);
            noteActivity();
        }
    }

    void onFileSignal(const QString &path)
    {
        if (const auto file = relativeOf(path); file && !FolderWatcher::isIgnored(*file)) {
            note(*file);
            m_renew.insert(*file);
        }
    }

    // Lists `folder` again and reports what differs from the last listing.
    void rescan(const QString &folder)
    {
        QList<NamedEntry> entries;
        if (!listFolder(absolutePath(folder), true, &entries)) {
            if (folder.isEmpty()) {
                rootLost();
            } else {
                note(folder);
                dropTree(folder);
            }
            return;
        }
        const Listing before = m_folders.value(folder);
        Listing now;
        now.reserve(entries.size());
        QStringList newFolders;
        for (const NamedEntry &e : std::as_const(entries)) {
            now.insert(e.name, e.entry);
            const QString child = childOf(folder, e.name);
            const auto was = before.constFind(e.name);
            if (was == before.cend() || was->isFolder != e.entry.isFolder) {
                note(child, was == before.cend());
                if (was != before.cend()) {
                    if (was->isFolder)
                        dropTree(child);
                    else
                        unwatchFile(child);
                }
                if (e.entry.isFolder)
                    newFolders.append(child);
                else
                    watchFile(child);
            } else if (!e.entry.isFolder && (was->size != e.entry.size || was->modifiedNs != e.entry.modifiedNs)) {
                note(child);
                m_renew.insert(child);
            }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (now.contains(it.key()))
                continue;
            const QString child = childOf(folder, it.key());
            note(child);
            if (it->isFolder)
                dropTree(child);
            else
                unwatchFile(child);
        }
        m_folders.insert(folder, now);
        for (const QString &child : std::as_const(newFolders))
            walk(child, true);
    }

    // Stops watching `folder` and everything below it, and reports every
    // entry it knew there: they are gone, or moved away.
    void dropTree(const QString &folder)
    {
        QStringList folders;
        if (m_folders.contains(folder))
            folders.append(folder);
        const QString prefix = folder % u'/';
        for (auto it = m_folders.lowerBound(prefix); it != m_folders.end() && it.key().startsWith(prefix); ++it)
            folders.append(it.key());
        for (const QString &f : std::as_const(folders)) {
            const Listing listing = m_folders.take(f);
            for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
                const QString child = childOf(f, it.key());
                note(child);
                if (!it->isFolder)
                    unwatchFile(child);
            }
            m_watcher.removePath(absolutePath(f));
        }
        forgetRefused(folder);
    }

    void watchFile(const QString &path)
    {
        if (m_filesRefused || m_files.contains(path))
            return;
        if (m_files.size() >= FolderWatcher::kMaxWatchedFiles) {
            if (!m_filesCapped && !hasProblem()) {
                reportProblem(u"There are more than " % QString::number(FolderWatcher::kMaxWatchedFiles)
                              % u" files to watch: a file past that is seen when it is created, deleted or renamed, "
                                u"but maybe not when it is written in place.");
            }
            m_filesCapped = true;
            return;
        }
        const QString absolute = absolutePath(path);
        if (m_watcher.addPath(absolute))
            m_files.insert(path);
        else if (QFileInfo(absolute).isReadable())
            m_filesRefused = true; // the system's limit: stop asking (and logging each) until start()
    }

    void unwatchFile(const QString &path)
    {
        if (m_files.remove(path))
            m_watcher.removePath(absolutePath(path));
    }

    QFileSystemWatcher m_watcher;
    QMap<QString, Listing> m_folders; // sorted, so a folder and all below it are one range
    QSet<QString> m_files; // watched one by one
    QSet<QString> m_dirty; // folders to list again before the next report
    QSet<QString> m_renew; // files to look at again before the next report
    bool m_filesCapped = false; // kMaxWatchedFiles was reached
    bool m_filesRefused = false; // the system refused a file
};

} // namespace

std::unique_ptr<FolderWatchEngine> createPortableEngine(FolderWatcher &owner)
{
    return std::make_unique<PortableEngine>(owner);
}

} // namespace Servery
