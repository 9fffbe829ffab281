#include "SafeOpen.h"

#include <QStringBuilder>

#include <cerrno>

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
    switch (err) {
    case ENOENT:
    case ENOTDIR:
    case ENAMETOOLONG:
    case ELOOP:
        r.status = Status::NotFound;
        break;
    case EACCES:
    case EPERM:
        r.status = Status::Forbidden;
        break;
    case EMFILE:
    case ENFILE:
        r.status = Status::Unavailable;
        break;
    default:
        r.status = Status::Error;
        break;
    }
    return r;
}

#ifndef Q_OS_WIN
// The real path of an open descriptor.
QString realPathOf(int fd, const QByteArray &path)
{
#if defined(Q_OS_LINUX)
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer);
    if (n > 0 && n < ssize_t(sizeof buffer))
        return QFile::decodeName(QByteArray(buffer, n));
#elif defined(Q_OS_MACOS)
    char buffer[PATH_MAX];
    if (::fcntl(fd, F_GETPATH, buffer) != -1)
        return QFile::decodeName(buffer);
#else
    Q_UNUSED(fd);
#endif
    // No way to ask the descriptor (or /proc is not mounted): resolve the
    // name instead. The window between this and the open is tiny, and it is
    // what most servers do.
    char resolved[PATH_MAX];
    if (::realpath(path.constData(), resolved))
        return QFile::decodeName(resolved);
    return {};
}
#endif

} // namespace

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

SafeOpenResult openInsideRoot(const QString &root, const QString &path, bool allowOutside)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    if (::stat(native.constData(), &st) != 0)
        return fromErrno(errno);

    if (S_ISDIR(st.st_mode)) {
        const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return fromErrno(errno);
        SafeOpenResult r;
        r.realPath = realPathOf(fd, native);
        ::close(fd);
        r.status = (allowOutside || isInsideRoot(root, r.realPath)) ? Status::Directory : Status::NotFound;
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        SafeOpenResult r;
        r.status = Status::Forbidden;
        return r;
    }

    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fromErrno(errno);
    struct stat opened{};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        SafeOpenResult r;
        r.status = Status::Forbidden;
        return r;
    }
    SafeOpenResult r;
    r.realPath = realPathOf(fd, native);
    if (!allowOutside && !isInsideRoot(root, r.realPath)) {
        ::close(fd);
        r.status = Status::NotFound;
        return r;
    }
    // Reads are plain blocking reads from here on (a regular file never
    // blocks on "no data yet").
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    r.file = std::make_unique<QFile>();
    if (!r.file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        r.file.reset();
        r.status = Status::Error;
        return r;
    }
    r.size = qint64(opened.st_size);
    r.modifiedSecs = qint64(opened.st_mtime);
#if defined(Q_OS_MACOS)
    r.modifiedNsecs = qint64(opened.st_mtimespec.tv_nsec);
#else
    r.modifiedNsecs = qint64(opened.st_mtim.tv_nsec);
#endif
    r.fileId = quint64(opened.st_ino) ^ (quint64(opened.st_dev) << 40);
    r.status = Status::File;
    return r;
}

#else

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
    r.file = std::make_unique<QFile>(r.realPath);
    if (!r.file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        r.status = r.file->error() == QFileDevice::PermissionsError ? Status::Forbidden : Status::Error;
        r.file.reset();
        return r;
    }
    r.size = r.file->size();
    r.modifiedSecs = r.file->fileTime(QFileDevice::FileModificationTime).toSecsSinceEpoch();
    r.status = Status::File;
    return r;
}

#endif

} // namespace Servery
