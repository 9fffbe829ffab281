#include "server/files/UploadFolder.h"

#include "server/files/NativeName.h"
#include "server/files/SafeOpen.h"
#include "server/http/limits.h"

#include <cerrno>
#include <cstring>
#include <utility>

#ifndef Q_OS_WIN
#include <climits>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace Servery {

#ifndef Q_OS_WIN

namespace {

QByteArray native(const QString &name)
{
    return encodeFileName(name);
}

int retryingClose(int fd)
{
    // POSIX leaves the descriptor's state unspecified after EINTR; Linux
    // closes it anyway, so never close twice.
    return ::close(fd) == 0 || errno == EINTR ? 0 : errno;
}

UploadFolder::Entry entryOf(const struct stat &st)
{
    UploadFolder::Entry e;
    e.exists = true;
    e.isDirectory = S_ISDIR(st.st_mode);
    e.isFile = S_ISREG(st.st_mode);
    e.size = qint64(st.st_size);
    e.modifiedSecs = qint64(st.st_mtime);
    return e;
}

} // namespace

std::optional<DiskSpace> diskSpaceOf(const QString &folder)
{
    struct statvfs vfs { };
    if (::statvfs(native(folder).constData(), &vfs) != 0)
        return std::nullopt;
    DiskSpace d;
    d.available = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
    d.total = qint64(vfs.f_blocks) * qint64(vfs.f_frsize);
    return d;
}

// --- UploadFile -----------------------------------------------------------------

UploadFile::UploadFile(int fd, qint64 size)
    : m_fd(fd)
    , m_size(size)
    , m_writebackFrom(size)
{
}

UploadFile::~UploadFile()
{
    close();
}

UploadFile::UploadFile(UploadFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_size(other.m_size)
    , m_writebackFrom(other.m_writebackFrom)
{
}

UploadFile &UploadFile::operator=(UploadFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_size = other.m_size;
        m_writebackFrom = other.m_writebackFrom;
    }
    return *this;
}

int UploadFile::append(QByteArrayView bytes)
{
    if (m_fd < 0)
        return EBADF;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::pwrite(m_fd, p, size_t(left), off_t(m_size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC; // a file system that takes nothing and says nothing
        p += n;
        left -= n;
        m_size += n;
    }
#if defined(Q_OS_LINUX)
    if (m_size - m_writebackFrom >= Limits::kUploadWritebackStride) {
        // Start writing this stretch to the disk without waiting for it.
        ::sync_file_range(m_fd, m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_size;
    }
#endif
    return 0;
}

int UploadFile::flush()
{
    if (m_fd < 0)
        return EBADF;
#if defined(Q_OS_LINUX)
    return ::fdatasync(m_fd) == 0 ? 0 : errno;
#else
    return ::fsync(m_fd) == 0 ? 0 : errno;
#endif
}

void UploadFile::close()
{
    if (m_fd >= 0)
        retryingClose(std::exchange(m_fd, -1));
}

// --- UploadFolder ---------------------------------------------------------------

UploadFolder::UploadFolder(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}

UploadFolder::~UploadFolder()
{
    if (m_fd >= 0)
        retryingClose(m_fd);
}

std::shared_ptr<UploadFolder> UploadFolder::open(const QString &root, const QString &realPath, bool allowOutside,
                                                 int *osError)
{
    const int fd = ::open(native(realPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *osError = errno;
        return nullptr;
    }
    // The check is on what was opened: a folder swapped for a symlink
    // since it was resolved is seen here.
    QString real = realPathOfDescriptor(fd, native(realPath));
    if (!allowOutside && !isInsideRoot(root, real)) {
        retryingClose(fd);
        *osError = ENOENT;
        return nullptr;
    }
    *osError = 0;
    return std::shared_ptr<UploadFolder>(new UploadFolder(fd, std::move(real)));
}

int UploadFolder::checkWritable() const
{
    // Effective ids and capabilities: what open() will be allowed.
    return ::faccessat(m_fd, ".", W_OK | X_OK, AT_EACCESS) == 0 ? 0 : errno;
}

UploadFolder::Entry UploadFolder::stat(const QString &name, int *osError) const
{
    struct stat st { };
    if (::fstatat(m_fd, native(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (osError)
            *osError = errno == ENOENT ? 0 : errno;
        return {};
    }
    if (osError)
        *osError = 0;
    return entryOf(st);
}

int UploadFolder::createFile(const QString &name, UploadFile *file) const
{
    const int fd = ::openat(m_fd, native(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0)
        return errno;
    *file = UploadFile(fd, 0);
    return 0;
}

int UploadFolder::openForAppend(const QString &name, UploadFile *file) const
{
    const int fd = ::openat(m_fd, native(name).constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return errno;
    struct stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        retryingClose(fd);
        return EINVAL;
    }
    *file = UploadFile(fd, qint64(st.st_size));
    return 0;
}

int UploadFolder::renameNoReplace(const QString &from, const QString &to) const
{
    const QByteArray f = native(from);
    const QByteArray t = native(to);
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(m_fd, f.constData(), m_fd, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return errno;
#elif defined(Q_OS_MACOS)
    if (::renameatx_np(m_fd, f.constData(), m_fd, t.constData(), RENAME_EXCL) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOTSUP)
        return errno;
#endif
    // A file system without an exclusive rename: a hard link fails if the
    // name exists, and is atomic too.
    if (::linkat(m_fd, f.constData(), m_fd, t.constData(), 0) != 0)
        return errno;
    ::unlinkat(m_fd, f.constData(), 0);
    return 0;
}

int UploadFolder::renameReplace(const QString &from, const QString &to) const
{
    return ::renameat(m_fd, native(from).constData(), m_fd, native(to).constData()) == 0 ? 0 : errno;
}

int UploadFolder::remove(const QString &name) const
{
    return ::unlinkat(m_fd, native(name).constData(), 0) == 0 ? 0 : errno;
}

int UploadFolder::writeSmallFile(const QString &name, QByteArrayView bytes) const
{
    UploadFile file;
    if (const int err = createFile(name, &file))
        return err;
    if (const int err = file.append(bytes)) {
        file.close();
        remove(name);
        return err;
    }
    return 0;
}

int UploadFolder::readSmallFile(const QString &name, qsizetype maxBytes, QByteArray *out) const
{
    const int fd = ::openat(m_fd, native(name).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return errno;
    out->resize(maxBytes + 1);
    qsizetype got = 0;
    while (got < out->size()) {
        const ssize_t n = ::read(fd, out->data() + got, size_t(out->size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    retryingClose(fd);
    if (got > maxBytes)
        return EFBIG;
    out->truncate(got);
    return 0;
}

QList<QPair<QString, UploadFolder::Entry>> UploadFolder::entriesStartingWith(QStringView prefix) const
{
    QList<QPair<QString, Entry>> out;
    const int fd = ::openat(m_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return out;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        retryingClose(fd);
        return out;
    }
    const QByteArray nativePrefix = encodeFileName(prefix);
    while (const dirent *e = ::readdir(dir)) {
        if (std::strncmp(e->d_name, nativePrefix.constData(), size_t(nativePrefix.size())) != 0)
            continue;
        struct stat st { };
        if (::fstatat(m_fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        out.append({decodeFileName(QByteArrayView(e->d_name)), entryOf(st)});
    }
    ::closedir(dir);
    return out;
}

#else // Q_OS_WIN: uploads come with the Windows port.

std::optional<DiskSpace> diskSpaceOf(const QString &)
{
    return std::nullopt;
}

UploadFile::UploadFile(int fd, qint64 size)
    : m_fd(fd)
    , m_size(size)
{
}
UploadFile::~UploadFile() = default;
UploadFile::UploadFile(UploadFile &&other) noexcept = default;
UploadFile &UploadFile::operator=(UploadFile &&other) noexcept = default;
int UploadFile::append(QByteArrayView)
{
    return ENOSYS;
}
int UploadFile::flush()
{
    return ENOSYS;
}
void UploadFile::close() { }

UploadFolder::UploadFolder(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}
UploadFolder::~UploadFolder() = default;
std::shared_ptr<UploadFolder> UploadFolder::open(const QString &, const QString &, bool, int *osError)
{
    *osError = ENOSYS;
    return nullptr;
}
int UploadFolder::checkWritable() const
{
    return ENOSYS;
}
UploadFolder::Entry UploadFolder::stat(const QString &, int *osError) const
{
    if (osError)
        *osError = ENOSYS;
    return {};
}
int UploadFolder::createFile(const QString &, UploadFile *) const
{
    return ENOSYS;
}
int UploadFolder::openForAppend(const QString &, UploadFile *) const
{
    return ENOSYS;
}
int UploadFolder::renameNoReplace(const QString &, const QString &) const
{
    return ENOSYS;
}
int UploadFolder::renameReplace(const QString &, const QString &) const
{
    return ENOSYS;
}
int UploadFolder::remove(const QString &) const
{
    return ENOSYS;
}
int UploadFolder::writeSmallFile(const QString &, QByteArrayView) const
{
    return ENOSYS;
}
int UploadFolder::readSmallFile(const QString &, qsizetype, QByteArray *) const
{
    return ENOSYS;
}
QList<QPair<QString, UploadFolder::Entry>> UploadFolder::entriesStartingWith(QStringView) const
{
    return {};
}

#endif

} // namespace Servery
