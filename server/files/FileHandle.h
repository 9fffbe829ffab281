#pragma once

#include <QtGlobal>

#include <memory>

class QFile;

namespace Servery {

// An open file a response body is read from: positional reads, nothing
// else. On POSIX systems it is the bare descriptor (pread), because QFile's
// machinery costs more per request than the read itself; on Windows it wraps
// a QFile.
class FileHandle {
public:
#ifdef Q_OS_WIN
    explicit FileHandle(std::unique_ptr<QFile> file);
#else
    explicit FileHandle(int descriptor);
#endif
    ~FileHandle();
    FileHandle(const FileHandle &) = delete;
    FileHandle &operator=(const FileHandle &) = delete;

    // Reads up to `size` bytes at `offset`; returns how many, or -1.
    qint64 read(char *buffer, qint64 size, qint64 offset);

private:
#ifdef Q_OS_WIN
    std::unique_ptr<QFile> m_file;
#else
    int m_fd = -1;
#endif
};

} // namespace Servery
