#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Servery {

// The file-system side of uploads: a folder opened once and checked, and
// every operation on names in it made relative to that open folder (the
// *at() calls), so a folder swapped for a symlink after the check cannot
// redirect a write. Errors are errno values; nothing here knows HTTP.
//
// POSIX only for now (Linux and macOS); on Windows open() fails with ENOSYS.

// Space on the disk that holds a folder.
struct DiskSpace {
    qint64 available = 0; // to an unprivileged user
    qint64 total = 0;
};
std::optional<DiskSpace> diskSpaceOf(const QString &folder);
// How an upload link learns the free space (tests inject their own).
using DiskSpaceProbe = std::function<std::optional<DiskSpace>(const QString &folder)>;

// A temporary file being written, front to back. Closes on destruction.
class UploadFile {
public:
    UploadFile() = default;
    UploadFile(int fd, qint64 size);
    ~UploadFile();
    UploadFile(UploadFile &&other) noexcept;
    UploadFile &operator=(UploadFile &&other) noexcept;
    UploadFile(const UploadFile &) = delete;
    UploadFile &operator=(const UploadFile &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    // Bytes in the file (where the next write goes).
    qint64 size() const { return m_size; }

    // Appends all of `bytes`; 0 or errno (ENOSPC, EDQUOT, EFBIG, EIO...).
    // After an error size() still counts what did reach the file. Every
    // Limits::kUploadWritebackStride bytes the disk is asked to start
    // writing back, so flush() has little left to wait for.
    int append(QByteArrayView bytes);
    // Waits until the data is on the disk (fdatasync): before a rename
    // makes the file visible, so a crash never leaves a real name over
    // missing data.
    int flush();
    void close();

private:
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_writebackFrom = 0;
};

class UploadFolder {
public:
    // Opens the folder at `realPath` (canonical) and checks that what was
    // opened is `root` or inside it (unless `allowOutside`). nullptr with
    // `*osError` otherwise (ENOENT for outside).
    static std::shared_ptr<UploadFolder> open(const QString &root, const QString &realPath, bool allowOutside,
                                              int *osError);
    ~UploadFolder();
    UploadFolder(const UploadFolder &) = delete;
    UploadFolder &operator=(const UploadFolder &) = delete;

    // The canonical path of the opened folder.
    const QString &path() const { return m_path; }

    // 0 if this process may create files here; else EACCES, EROFS, ...
    int checkWritable() const;

    struct Entry {
        bool exists = false;
        bool isDirectory = false;
        bool isFile = false;
        qint64 size = 0;
        qint64 modifiedSecs = 0;
    };
    // What `name` is (not following a symlink); `*osError` when it could
    // not be asked (not when it is missing).
    Entry stat(const QString &name, int *osError = nullptr) const;

    // Creates `name`, which must not exist, for writing.
    int createFile(const QString &name, UploadFile *file) const;
    // Opens the existing regular file `name` to append to it.
    int openForAppend(const QString &name, UploadFile *file) const;
    // Renames `from` to `to` only if `to` does not exist (EEXIST if it
    // does): renameat2(RENAME_NOREPLACE), renameatx_np(RENAME_EXCL), or
    // link()+unlink() where those are missing. Two uploads racing for one
    // name can never replace each other.
    int renameNoReplace(const QString &from, const QString &to) const;
    // Renames `from` over `to`, atomically replacing it.
    int renameReplace(const QString &from, const QString &to) const;
    int remove(const QString &name) const;
    // Writes a small new file (`name` must not exist), or reads one of at
    // most `maxBytes`.
    int writeSmallFile(const QString &name, QByteArrayView bytes) const;
    int readSmallFile(const QString &name, qsizetype maxBytes, QByteArray *out) const;

    // Names in the folder that start with `prefix`, with their entries.
    QList<QPair<QString, Entry>> entriesStartingWith(QStringView prefix) const;

private:
    UploadFolder(int fd, QString path);

    int m_fd = -1;
    QString m_path;
};

} // namespace Servery
