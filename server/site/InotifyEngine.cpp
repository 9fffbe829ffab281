// FolderWatcher's Linux engine, on inotify (empty on other systems).

#include "server/site/FolderWatchEngine.h"

#ifdef Q_OS_LINUX

#include "server/files/NativeName.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QSocketNotifier>
#include <QStringBuilder>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/inotify.h>
#include <unistd.h>

namespace Servery {

namespace {

// inotify itself: one watch per folder, every event names its file.
class InotifyEngine final : public FolderWatchEngine {
public:
    InotifyEngine(FolderWatcher &owner, int fd)
        : FolderWatchEngine(owner)
        , m_fd(fd)
    {
    }

    ~InotifyEngine() override
    {
        // The notifier goes before the descriptor it watches.
        m_notifier.reset();
        ::close(m_fd);
    }

    bool start() override
    {
        m_notifier = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] { readEvents(); });
        return startWalk();
    }

    int watchedFolders() const override { return int(m_folderOf.size()); }

protected:
    Watch watchFolder(const QString &folder) override
    {
        static constexpr uint32_t kEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM
            | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB;
        // Below the root a symlink is never followed (the walk skips them;
        // this closes the race of one swapped in). The root may be one.
        const uint32_t how = IN_ONLYDIR | IN_EXCL_UNLINK | (folder.isEmpty() ? 0 : IN_DONT_FOLLOW);
        const int wd = ::inotify_add_watch(m_fd, encodeFileName(absolutePath(folder)).constData(), kEvents | how);
        if (wd < 0) {
            m_lastError = errno;
            if (m_lastError == ENOSPC)
                return Watch::Refused;
            if (m_lastError != ENOENT && m_lastError != ENOTDIR)
                qCDebug(lcWatcher) << "cannot watch" << folder << qt_error_string(m_lastError);
            return Watch::Skipped;
        }
        // The same folder by a second name (a bind mount inside itself):
        // watched once, under the first, so the walk cannot loop.
        if (m_folderOf.contains(wd))
            return Watch::Skipped;
        m_folderOf.insert(wd, folder);
        m_watchOf.insert(folder, wd);
        return Watch::Yes;
    }

    bool isWatched(const QString &folder) const override { return m_watchOf.contains(folder); }

    void forgetAll() override
    {
        for (auto it = m_watchOf.cbegin(); it != m_watchOf.cend(); ++it)
            ::inotify_rm_watch(m_fd, it.value());
        m_watchOf.clear();
        m_folderOf.clear();
        resetLimits();
    }

private:
    // Reads everything pending, a fixed buffer at a time. A bound on reads
    // per activation keeps a storm of events from starving the thread; the
    // notifier fires again for the rest.
    void readEvents()
    {
        static constexpr int kMaxReadsPerActivation = 64;
        // Room for many events; one is at most sizeof(inotify_event) + NAME_MAX + 1.
        alignas(inotify_event) char buffer[16 * 1024];
        for (int reads = 0; reads < kMaxReadsPerActivation; ++reads) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int error = n < 0 ? errno : 0;
                if (error != EAGAIN && error != EWOULDBLOCK) {
                    // Never spin on a broken descriptor (nor on an end of
                    // file, which inotify never gives).
                    m_notifier->setEnabled(false);
                    reportProblem(u"Watching for changes failed (" % qt_error_string(error) % u").");
                }
                return;
            }
            for (qsizetype at = 0; at + qsizetype(sizeof(inotify_event)) <= n;) {
                inotify_event event;
                std::memcpy(&event, buffer + at, sizeof event);
                const char *name = buffer + at + sizeof event;
                handle(event, QByteArrayView(name, qstrnlen(name, event.len)));
                at += qsizetype(sizeof event) + event.len;
            }
        }
    }

    void handle(const inotify_event &event, QByteArrayView rawName)
    {
        if (event.mask & IN_Q_OVERFLOW) {
            // Events were lost: watch the tree afresh and report everything.
            qCWarning(lcWatcher) << "the kernel's event queue overflowed (fs.inotify.max_queued_events)";
            forgetAll();
            walk(QString(), false);
            if (!isWatched(QString()))
                rootLost();
            noteEverything();
            return;
        }
        const auto found = m_folderOf.constFind(event.wd);
        if (found == m_folderOf.cend())
            return; // a watch already dropped
        const QString folder = found.value();
        if (event.mask & IN_IGNORED) {
            // The kernel dropped the watch: the folder is gone.
            m_folderOf.remove(event.wd);
            if (m_watchOf.value(folder, -1) == event.wd)
                m_watchOf.remove(folder);
            if (folder.isEmpty())
                rootLost();
            return;
        }
        if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
            if (folder.isEmpty())
                rootLost();
            else if (event.mask & IN_MOVE_SELF)
                unwatchTree(folder); // its parent's event normally did this already
            return;
        }
        if (rawName.isEmpty())
            return; // the folder's own attributes
        const QString name = decodeFileName(rawName);
        if (FolderWatcher::isIgnoredName(name))
            return;
        const QString path = childOf(folder, name);
        const bool appeared = event.mask & (IN_CREATE | IN_MOVED_TO);
        if (event.mask & IN_ISDIR) {
            if (appeared) {
                note(path, true);
                walk(path, true);
            } else if (event.mask & (IN_DELETE | IN_MOVED_FROM)) {
                note(path);
                unwatchTree(path);
            }
            return;
        }
        note(path, appeared);
    }

    // Drops the watches of `folder` and everything below it (one range of
    // the sorted map).
    void unwatchTree(const QString &folder)
    {
        const auto drop = [this](QMap<QString, int>::iterator it) {
            ::inotify_rm_watch(m_fd, it.value());
            m_folderOf.remove(it.value());
            return m_watchOf.erase(it);
        };
        if (const auto it = m_watchOf.find(folder); it != m_watchOf.end())
            drop(it);
        const QString prefix = folder % u'/';
        for (auto it = m_watchOf.lowerBound(prefix); it != m_watchOf.end() && it.key().startsWith(prefix);)
            it = drop(it);
        forgetRefused(folder);
    }

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<int, QString> m_folderOf; // watch -> folder ("" is the root)
    QMap<QString, int> m_watchOf; // sorted, so a folder and all below it are one range
};

} // namespace

std::unique_ptr<FolderWatchEngine> createInotifyEngine(FolderWatcher &owner, QString *problem)
{
    const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd >= 0)
        return std::make_unique<InotifyEngine>(owner, fd);
    const int error = errno;
    if (error == EMFILE) {
        QFile file(QStringLiteral("/proc/sys/fs/inotify/max_user_instances"));
        const QByteArray limit = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
        *problem = u"The system's limit on folder watchers (fs.inotify.max_user_instances = "
            % QString::fromLatin1(limit) % u") was reached: watching with the portable method instead.";
    } else {
        *problem
            = u"inotify is not available (" % qt_error_string(error) % u"): watching with the portable method instead.";
    }
    return nullptr;
}

} // namespace Servery

#endif // Q_OS_LINUX
