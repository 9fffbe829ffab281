#include "server/files/FileHandle.h"

#include <QFile>

#include <algorithm>
#include <cstring>

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
    if (m_preloaded)
        return readPreloaded(buffer, size, offset);
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
    if (m_preloaded)
        return readPreloaded(buffer, size, offset);
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

qint64 FileHandle::readPreloaded(char *buffer, qint64 size, qint64 offset) const
{
    if (offset < 0 || offset > m_bytes.size())
        return -1;
    const qint64 n = std::min<qint64>(size, m_bytes.size() - offset);
    if (n > 0)
        std::memcpy(buffer, m_bytes.constData() + offset, size_t(n));
    return n > 0 || size == 0 ? n : -1;
}

bool FileHandle::preload()
{
    if (m_preloaded)
        return true;
    QByteArray bytes(qsizetype(m_size), Qt::Uninitialized);
    if (readAt(bytes.data(), m_size, 0) != m_size)
        return false;
    m_bytes = std::move(bytes);
    m_preloaded = true;
    return true;
}

} // namespace Servery
