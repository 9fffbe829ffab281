#pragma once

#include "server/http/BodySource.h"

#include <QByteArray>
#include <QtGlobal>

#include <memory>

class QFile;

namespace Servery {

// An open file a response body is read from: positional reads, nothing
// else. On POSIX systems it is the bare descriptor (pread), because QFile's
// machinery costs more per request than the read itself; on Windows it wraps
// a QFile. Its size is the one seen when it was opened (fstat): a file that
// shrinks while it is sent fails the read instead of cutting the body short.
class FileHandle final : public Content {
public:
#ifdef Q_OS_WIN
    FileHandle(std::unique_ptr<QFile> file, qint64 size);
#else
    FileHandle(int descriptor, qint64 size);
#endif
    ~FileHandle() override;
    FileHandle(const FileHandle &) = delete;
    FileHandle &operator=(const FileHandle &) = delete;

    qint64 size() const override
    {
        return m_size;
    }
    qint64 readAt(char *buffer, qint64 length, qint64 offset) override;

    // Reads the whole file into memory, where later reads come from (see
    // kInMemoryFileMaxBytes for when that is right). Returns whether it did.
    bool preload();
    bool isPreloaded() const
    {
        return m_preloaded;
    }

private:
    qint64 readPreloaded(char *buffer, qint64 size, qint64 offset) const;

    QByteArray m_bytes;
    bool m_preloaded = false;
#ifdef Q_OS_WIN
    std::unique_ptr<QFile> m_file;
#else
    int m_fd = -1;
#endif
    qint64 m_size = 0;
};

} // namespace Servery
