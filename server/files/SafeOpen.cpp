#include "server/files/SafeOpen.h"

#include "server/files/NativeName.h"
#include "server/http/limits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QStringBuilder>

#include <cerrno>
#include <optional>

#ifdef Q_OS_WIN
#include <QFileInfo>
#else
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Servery {

namespace {

using Status = SafeOpenResult::Status;

SafeOpenResult fromErrno(int err)
{
    SafeOpenResult r;
    r.osError = err;
    r.status = classifyOsError(err);
    return r;
}

#ifndef Q_OS_WIN
// Asking the kernel for a descriptor's path costs a lookup on every request.
// The answer for a file identified by device, inode and change time (ctime
// moves on rename, link and unlink) stays true while that triple does, so
// each worker thread remembers it briefly. A different file behind the same
// name (a swapped symlink) has a different identity and is checked afresh.
struct VerifiedPath {
    dev_t device;
    ino_t inode;
    qint64 ctimeNs;
    qint64 checkedAtMs;
    QString realPath;
};

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

#if defined(Q_OS_MACOS)
qint64 ctimeNs(const struct stat &st)
{
    return nanoseconds(st.st_ctimespec);
}
qint64 mtimeNs(const struct stat &st)
{
    return nanoseconds(st.st_mtimespec);
}
#else
qint64 ctimeNs(const struct stat &st)
{
    return nanoseconds(st.st_ctim);
}
qint64 mtimeNs(const struct stat &st)
{
    return nanoseconds(st.st_mtim);
}
#endif

QString verifiedRealPath(int fd, const QByteArray &native, const QString &path, const struct stat &st)
{
    thread_local QHash<QString, VerifiedPath> cache;
    thread_local QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    const qint64 now = clock.elapsed();
    const auto it = cache.constFind(path);
    if (it != cache.cend() && it->device == st.st_dev && it->inode == st.st_ino && it->ctimeNs == ctimeNs(st)
        && now - it->checkedAtMs < Limits::kVerifiedPathLifetime.count()) {
        return it->realPath;
    }
    const QString real = realPathOfDescriptor(fd, native);
    if (cache.size() >= Limits::kVerifiedPathEntries)
        cache.clear();
    cache.insert(path, VerifiedPath {st.st_dev, st.st_ino, ctimeNs(st), now, real});
    return real;
}

// Small files asked for again and again (a site's pages, scripts and
// images) stay open in each worker, so a request costs one stat() instead
// of open, fstat and close; the smallest settled ones are kept in memory
// (kInMemoryFileMaxBytes). What was opened is handed out again only while
// the name still leads to the same, unchanged file: the same device, inode,
// size and change and modification times (a rename, link, unlink or write
// moves the change time), and no longer than kVerifiedPathLifetime after
// its real path was checked, as verifiedRealPath() does.
struct KeptFile {
    QString root;
    bool allowOutside = false;
    dev_t device = 0;
    ino_t inode = 0;
    qint64 ctimeNs = 0;
    qint64 mtimeNs = 0;
    off_t size = 0;
    qint64 verifiedAtMs = 0;
    qint64 usedAtMs = 0;
    SafeOpenResult result;
};

struct KeptFiles {
    QHash<QString, KeptFile> files;
    QElapsedTimer clock;

    qint64 now()
    {
        if (!clock.isValid())
            clock.start();
        return clock.elapsed();
    }
};

KeptFiles &keptFiles()
{
    thread_local KeptFiles kept;
    return kept;
}

std::optional<SafeOpenResult> findKeptFile(const QString &root, const QString &path, bool allowOutside,
                                           const struct stat &st)
{
    KeptFiles &kept = keptFiles();
    const auto it = kept.files.find(path);
    if (it == kept.files.end())
        return std::nullopt;
    const qint64 now = kept.now();
    KeptFile &f = it.value();
    if (f.root == root && f.allowOutside == allowOutside && f.device == st.st_dev && f.inode == st.st_ino
        && f.size == st.st_size && f.ctimeNs == ctimeNs(st) && f.mtimeNs == mtimeNs(st)
        && now - f.verifiedAtMs < Limits::kVerifiedPathLifetime.count()) {
        f.usedAtMs = now;
        return f.result;
    }
    kept.files.erase(it); // changed, or due for another check: opened afresh
    return std::nullopt;
}

void keepFile(const QString &root, const QString &path, bool allowOutside, const struct stat &st,
              const SafeOpenResult &result)
{
    if (st.st_size > Limits::kOpenFileMaxBytes || !result.file)
        return;
    KeptFiles &kept = keptFiles();
    const qint64 now = kept.now();
    if (kept.files.size() >= Limits::kOpenFileEntries) {
        auto oldest = kept.files.begin();
        for (auto it = kept.files.begin(); it != kept.files.end(); ++it) {
            if (it->usedAtMs < oldest->usedAtMs)
                oldest = it;
        }
        kept.files.erase(oldest);
    }
    // In memory only when it had been left alone for a while before this
    // read: otherwise a change in the same clock tick would go unseen.
    const qint64 settledBefore
        = (QDateTime::currentMSecsSinceEpoch() - Limits::kSettledFileAge.count()) * qint64(1'000'000);
    if (st.st_size <= Limits::kInMemoryFileMaxBytes && ctimeNs(st) <= settledBefore && mtimeNs(st) <= settledBefore)
        result.file->preload();
    kept.files.insert(
        path,
        KeptFile {root, allowOutside, st.st_dev, st.st_ino, ctimeNs(st), mtimeNs(st), st.st_size, now, now, result});
}
#endif

} // namespace

#ifndef Q_OS_WIN
void releaseKeptFiles(std::chrono::milliseconds idle)
{
    KeptFiles &kept = keptFiles();
    if (kept.files.isEmpty())
        return;
    const qint64 now = kept.now();
    kept.files.removeIf([&](const auto &entry) { return now - entry.value().usedAtMs >= idle.count(); });
}
#else
void releaseKeptFiles(std::chrono::milliseconds) { }
#endif

#ifndef Q_OS_WIN
QString realPathOfDescriptor(int fd, const QByteArray &path)
{
#if defined(Q_OS_LINUX)
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer);
    if (n > 0 && n < ssize_t(sizeof buffer))
        return decodeFileName(QByteArrayView(buffer, n));
#elif defined(Q_OS_MACOS)
    char buffer[PATH_MAX];
    if (::fcntl(fd, F_GETPATH, buffer) != -1)
        return decodeFileName(QByteArrayView(buffer));
#else
    Q_UNUSED(fd);
#endif
    // No way to ask the descriptor (or /proc is not mounted): resolve the
    // name instead. The window between this and the open is tiny, and it is
    // what most servers do.
    char resolved[PATH_MAX];
    if (::realpath(path.constData(), resolved))
        return decodeFileName(QByteArrayView(resolved));
    return {};
}
#endif

SafeOpenResult::Status classifyOsError(int err)
{
    switch (err) {
    case ENOENT:
    case ENOTDIR:
    case ENAMETOOLONG:
    case ELOOP:
        return Status::NotFound;
    case EACCES:
    case EPERM:
        return Status::Forbidden;
    case EMFILE:
    case ENFILE:
        return Status::Unavailable;
    default:
        return Status::Error;
    }
}

bool isInsideRoot(const QString &root, const QString &canonicalPath)
{
    if (root.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (canonicalPath == root)
        return true;
    if (root == u"/")
        return canonicalPath.startsWith(u'/');
    return canonicalPath.size() > root.size() && canonicalPath.startsWith(root)
        && (canonicalPath.at(root.size()) == u'/' || root.endsWith(u'/'));
}

bool isHiddenBelowRoot(const QString &root, const QString &canonicalPath)
{
    if (!isInsideRoot(root, canonicalPath) || canonicalPath.size() <= root.size())
        return false;
    return QStringView(canonicalPath).sliced(root.size()).contains(u"/.");
}

#ifndef Q_OS_WIN

QString canonicalPath(const QString &path)
{
    char resolved[PATH_MAX];
    if (!::realpath(encodeFileName(path).constData(), resolved))
        return {};
    return decodeFileName(QByteArrayView(resolved));
}

SafeOpenResult openInsideRoot(const QString &root, const QString &path, bool allowOutside)
{
    const QByteArray native = encodeFileName(path);
    struct stat st { };
    if (::stat(native.constData(), &st) != 0)
        return fromErrno(errno);

    if (S_ISDIR(st.st_mode)) {
        const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return fromErrno(errno);
        SafeOpenResult r;
        r.realPath = realPathOfDescriptor(fd, native);
        ::close(fd);
        r.status = (allowOutside || isInsideRoot(root, r.realPath)) ? Status::Directory : Status::NotFound;
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        SafeOpenResult r;
        r.status = Status::Forbidden;
        return r;
    }

    if (std::optional<SafeOpenResult> kept = findKeptFile(root, path, allowOutside, st))
        return std::move(*kept);

    // O_NONBLOCK: should a FIFO appear here after the stat, opening it
    // does not wait for a writer. It changes nothing for a regular file.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fromErrno(errno);
    struct stat opened { };
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        SafeOpenResult r;
        r.status = Status::Forbidden;
        return r;
    }
    SafeOpenResult r;
    r.realPath = verifiedRealPath(fd, native, path, opened);
    if (!allowOutside && !isInsideRoot(root, r.realPath)) {
        ::close(fd);
        r.status = Status::NotFound;
        return r;
    }
    r.file = std::make_shared<FileHandle>(fd, qint64(opened.st_size)); // owns fd from here on
    r.size = qint64(opened.st_size);
    r.modifiedSecs = qint64(opened.st_mtime);
#if defined(Q_OS_MACOS)
    r.modifiedNsecs = qint64(opened.st_mtimespec.tv_nsec);
#else
    r.modifiedNsecs = qint64(opened.st_mtim.tv_nsec);
#endif
    r.fileId = quint64(opened.st_ino) ^ (quint64(opened.st_dev) << 40);
    r.status = Status::File;
    keepFile(root, path, allowOutside, opened, r);
    return r;
}

#else

QString canonicalPath(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

SafeOpenResult openInsideRoot(const QString &root, const QString &path, bool allowOutside)
{
    // Windows: no FIFOs to fear. Resolve, check, then open the resolved
    // path. (A handle-based check with GetFinalPathNameByHandle would close
    // the remaining race; it comes with the Windows port.)
    const QFileInfo info(path);
    SafeOpenResult r;
    if (!info.exists())
        return fromErrno(ENOENT);
    r.realPath = info.canonicalFilePath();
    if (!allowOutside && !isInsideRoot(root, r.realPath)) {
        r.status = Status::NotFound;
        return r;
    }
    if (info.isDir()) {
        r.status = Status::Directory;
        return r;
    }
    if (!info.isFile()) {
        r.status = Status::Forbidden;
        return r;
    }
    auto file = std::make_unique<QFile>(r.realPath);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        r.status = file->error() == QFileDevice::PermissionsError ? Status::Forbidden : Status::Error;
        return r;
    }
    r.size = file->size();
    r.modifiedSecs = file->fileTime(QFileDevice::FileModificationTime).toSecsSinceEpoch();
    r.file = std::make_shared<FileHandle>(std::move(file), r.size);
    r.status = Status::File;
    return r;
}

#endif

} // namespace Servery
