#include "server/files/FileHandle.h"

#include <QFile>

#ifndef Q_OS_WIN
#include <cerrno>
#include <unistd.h>
#endif

namespace Servery {

#ifdef Q_OS_WIN

FileHandle::FileHandle(std::unique_ptr<QFile> file, qint64 size)
    : m_file(std::move(file))
    , m_size(size)
{
}

FileHandle::~FileHandle() = default;

qint64 FileHandle::readAt(char *buffer, qint64 size, qint64 offset)
{
    if (m_file->pos() != offset && !m_file->seek(offset))
        return -1;
    return m_file->read(buffer, size);
}

#else

FileHandle::FileHandle(int descriptor, qint64 size)
    : m_fd(descriptor)
    , m_size(size)
{
}

FileHandle::~FileHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 FileHandle::readAt(char *buffer, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(m_fd, buffer + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    return done > 0 || size == 0 ? done : -1;
}

#endif

} // namespace Servery
