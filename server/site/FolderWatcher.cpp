#include "server/site/FolderWatcher.h"

#include "server/files/NativeName.h"
#include "server/site/FolderWatchEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QStringBuilder>

#include <algorithm>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#else
#include <QDirIterator>
#endif

#ifdef Q_OS_LINUX
#include <QFile>
#endif

Q_LOGGING_CATEGORY(lcWatcher, "servery.server.watcher")

namespace Servery {

namespace {

QString absoluteOf(const QString &root, const QString &relative)
{
    if (relative.isEmpty())
        return root;
    return root.endsWith(u'/') ? QString(root % relative) : QString(root % u'/' % relative);
}

#ifdef Q_OS_UNIX
qint64 modifiedNs(const struct stat &st)
{
#ifdef Q_OS_DARWIN
    return qint64(st.st_mtimespec.tv_sec) * 1'000'000'000 + st.st_mtimespec.tv_nsec;
#else
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
#endif
}
#endif

bool entryExists(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st { };
    return ::lstat(encodeFileName(path).constData(), &st) == 0;
#else
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
#endif
}

// The message when the system refused to watch `unseen` folders.
QString limitProblem(int unseen)
{
    const QString folders = unseen == 1 ? QStringLiteral("1 folder") : QString::number(unseen) % u" folders";
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    const QByteArray limit = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    return u"The system's limit on watched folders (fs.inotify.max_user_watches = "
        % (limit.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(limit)) % u") was reached: changes in " % folders
        % u" are not seen.";
#else
    return u"The system refused to watch more folders: changes in " % folders % u" are not seen.";
#endif
}

} // namespace

QString FolderWatchEngine::childOf(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : QString(folder % u'/' % name);
}

std::optional<FolderWatchEngine::Entry> FolderWatchEngine::stampOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = encodeFileName(path);
    struct stat st { };
    if (::stat(native.constData(), &st) != 0 && ::lstat(native.constData(), &st) != 0)
        return std::nullopt;
    return Entry {qint64(st.st_size), modifiedNs(st), false};
#else
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    return Entry {info.size(), info.lastModified().toMSecsSinceEpoch() * 1'000'000, false};
#endif
}

bool FolderWatchEngine::listFolder(const QString &folder, bool stamps, QList<NamedEntry> *out)
{
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(encodeFileName(folder).constData());
    if (!dir)
        return false;
    const int dirFd = ::dirfd(dir);
    while (const dirent *d = ::readdir(dir)) {
        const QByteArrayView raw(d->d_name);
        if (raw == ".." || raw == ".")
            continue;
        NamedEntry e {decodeFileName(raw), {}};
        if (FolderWatcher::isIgnoredName(e.name))
            continue;
        struct stat st { };
        bool isFolder = d->d_type == DT_DIR;
        if (d->d_type == DT_UNKNOWN && ::fstatat(dirFd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
            isFolder = S_ISDIR(st.st_mode);
        e.entry.isFolder = isFolder;
        if (stamps && !isFolder
            && (::fstatat(dirFd, d->d_name, &st, 0) == 0
                || ::fstatat(dirFd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)) {
            e.entry.size = st.st_size;
            e.entry.modifiedNs = modifiedNs(st);
        }
        out->append(std::move(e));
    }
    ::closedir(dir);
    return true;
#else
    const QDir dir(folder);
    if (!dir.exists())
        return false;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        NamedEntry e {info.fileName(), {}};
        if (FolderWatcher::isIgnoredName(e.name))
            continue;
        e.entry.isFolder = info.isDir() && !info.isSymLink() && !info.isJunction();
        if (stamps && !e.entry.isFolder) {
            e.entry.size = info.size();
            e.entry.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
        }
        out->append(std::move(e));
    }
    return true;
#endif
}

void FolderWatchEngine::walk(const QString &top, bool report)
{
    QStringList queue {top};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString folder = queue.at(i);
        if (isWatched(folder) || m_refused.contains(folder))
            continue;
        if (watchedFolders() + m_refused.size() >= FolderWatcher::kMaxFolders) {
            m_capped = true;
            break;
        }
        // Once the system refused one, it refuses the others (and
        // QFileSystemWatcher would log each): ask again after start().
        const Watch watch = m_refused.isEmpty() ? watchFolder(folder) : Watch::Refused;
        if (watch == Watch::Skipped)
            continue;
        if (watch == Watch::Refused)
            m_refused.insert(folder);
        QList<NamedEntry> entries;
        if (!listFolder(absolutePath(folder), wantsStamps() && watch == Watch::Yes, &entries))
            continue; // gone already: its parent's event says so
        if (watch == Watch::Yes)
            listed(folder, entries);
        for (const NamedEntry &e : std::as_const(entries)) {
            const QString child = childOf(folder, e.name);
            if (report)
                note(child, true);
            if (e.entry.isFolder)
                queue.append(child);
        }
    }
    reportLimits();
}

bool FolderWatchEngine::startWalk()
{
    walk(QString(), false);
    if (isWatched(QString()))
        return true;
    if (m_refused.isEmpty()) {
        reportProblem(u"The folder " % QDir::toNativeSeparators(root()) % u" cannot be watched"
                      % (m_lastError ? u" (" % qt_error_string(m_lastError) % u")." : QStringLiteral(".")));
    }
    return false;
}

void FolderWatchEngine::rootLost()
{
    forgetAll();
    reportProblem(u"The folder " % QDir::toNativeSeparators(root())
                  % u" was deleted or moved away: changes are no longer seen.");
    noteEverything();
}

void FolderWatchEngine::reportLimits()
{
    if (!m_refused.isEmpty())
        reportProblem(limitProblem(int(m_refused.size())));
    else if (m_capped)
        reportProblem(u"There are more than " % QString::number(FolderWatcher::kMaxFolders)
                      % u" folders to watch: changes in the folders past that are not seen.");
}

void FolderWatchEngine::forgetRefused(const QString &folder)
{
    if (m_refused.isEmpty())
        return;
    const QString prefix = folder % u'/';
    m_refused.removeIf([&](const QString &f) { return f == folder || f.startsWith(prefix); });
}

void FolderWatchEngine::resetLimits()
{
    m_refused.clear();
    m_capped = false;
}

QString FolderWatchEngine::absolutePath(const QString &relative) const
{
    return absoluteOf(root(), relative);
}

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FolderWatcher::onTimer);
}

FolderWatcher::~FolderWatcher()
{
    stop();
}

bool FolderWatcher::start(const QString &root, Backend backend)
{
    stop();
    reportProblem(QString());
    const QFileInfo info(root);
    if (root.isEmpty() || !info.isDir()) {
        reportProblem(u"The folder " % QDir::toNativeSeparators(root) % u" does not exist.");
        return false;
    }
    m_root = QDir::cleanPath(info.absoluteFilePath());

#ifdef Q_OS_LINUX
    if (backend == Backend::Native) {
        QString problem;
        m_engine = createInotifyEngine(*this, &problem);
        if (!problem.isEmpty())
            reportProblem(problem);
    }
#else
    Q_UNUSED(backend);
#endif
    m_backend = m_engine ? Backend::Native : Backend::Portable;
    if (!m_engine)
        m_engine = createPortableEngine(*this);
    if (!m_engine->start()) {
        m_engine.reset();
        return false;
    }
    qCDebug(lcWatcher) << "watching" << m_root << "in" << watchedFolders() << "folders," << m_backend;
    return true;
}

void FolderWatcher::stop()
{
    m_engine.reset();
    m_timer.stop();
    m_pending.clear();
    m_appeared.clear();
    m_everything = false;
}

int FolderWatcher::watchedFolders() const
{
    return m_engine ? m_engine->watchedFolders() : 0;
}

FolderWatcher::Backend FolderWatcher::backend() const
{
    return m_backend;
}

QString FolderWatcher::problem() const
{
    return m_problem;
}

void FolderWatcher::setDebounce(std::chrono::milliseconds quiet)
{
    m_quiet = std::max(quiet, std::chrono::milliseconds(0));
}

bool FolderWatcher::isIgnoredName(QStringView name)
{
    static constexpr QStringView kTemporarySuffixes[] = {
        u"~", u".swp", u".swx", u".swo", u".tmp", u"___jb_tmp___", u"___jb_old___", u".crswap", u".kate-swp",
    };
    if (name.startsWith(u'.') || name == u"node_modules" || name == u"4913")
        return true;
    if (name.size() >= 2 && name.startsWith(u'#') && name.endsWith(u'#'))
        return true; // Emacs' autosave
    return std::any_of(std::begin(kTemporarySuffixes), std::end(kTemporarySuffixes),
                       [name](QStringView suffix) { return name.endsWith(suffix); });
}

bool FolderWatcher::isIgnored(QStringView relativePath)
{
    for (const QStringView segment : relativePath.tokenize(u'/', Qt::SkipEmptyParts)) {
        if (isIgnoredName(segment))
            return true;
    }
    return false;
}

void FolderWatcher::note(const QString &relativePath, bool appeared)
{
    if (!m_pending.contains(relativePath)) {
        if (m_pending.size() >= kMaxReportedPaths) {
            m_everything = true;
        } else {
            m_pending.insert(relativePath);
            if (appeared)
                m_appeared.insert(relativePath);
        }
    }
    noteActivity();
}

void FolderWatcher::noteEverything()
{
    m_everything = true;
    noteActivity();
}

void FolderWatcher::noteActivity()
{
    m_lastChange.start();
    if (!m_timer.isActive()) {
        m_firstChange.start();
        m_timer.start(m_quiet);
    }
}

void FolderWatcher::onTimer()
{
    using std::chrono::milliseconds;
    const milliseconds sinceLast(m_lastChange.elapsed());
    const milliseconds sinceFirst(m_firstChange.elapsed());
    const milliseconds deadline = std::max(m_quiet, kMaxDelay);
    if (sinceLast < m_quiet && sinceFirst < deadline) {
        m_timer.start(std::min(m_quiet - sinceLast, deadline - sinceFirst));
        return;
    }
    flush();
}

void FolderWatcher::flush()
{
    if (m_engine)
        m_engine->settle(); // may note more; all of it goes in this report
    m_timer.stop();
    const QSet<QString> pending = std::exchange(m_pending, {});
    const QSet<QString> appeared = std::exchange(m_appeared, {});
    const bool everything = std::exchange(m_everything, false);

    QStringList paths;
    if (everything) {
        paths.append(QStringLiteral("."));
    } else {
        paths.reserve(pending.size());
        for (const QString &path : pending) {
            // Appeared and gone again before the report: an editor's
            // temporary file (renamed over the real one, which is reported).
            if (appeared.contains(path) && !entryExists(absoluteOf(m_root, path)))
                continue;
            paths.append(path);
        }
        paths.sort();
    }
    if (!paths.isEmpty())
        Q_EMIT changed(paths); // last: a receiver may stop or restart this watcher
}

void FolderWatcher::reportProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty())
        qCInfo(lcWatcher) << problem;
    if (!m_problemQueued) {
        m_problemQueued = true;
        QMetaObject::invokeMethod(this, &FolderWatcher::announceProblem, Qt::QueuedConnection);
    }
}

void FolderWatcher::announceProblem()
{
    m_problemQueued = false;
    if (m_problem == m_announcedProblem)
        return;
    m_announcedProblem = m_problem;
    Q_EMIT problemChanged(m_problem);
}

} // namespace Servery
