#pragma once

#include "server/files/FileHandle.h"

#include <QString>

#include <chrono>
#include <memory>

namespace Servery {

// The result of opening a path that must stay below a root folder.
struct SafeOpenResult {
    enum class Status {
        File, // `file` is open for reading
        Directory, // a directory inside the root (not opened)
        NotFound, // missing, or not inside the root (the same answer)
        Forbidden, // permission denied, or a FIFO, socket or device
        Unavailable, // out of file descriptors
        Error, // anything else
    };

    Status status = Status::Error;
    std::shared_ptr<FileHandle> file; // one allocation with its count (make_shared)
    QString realPath; // canonical path of what was opened
    qint64 size = 0; // from fstat of the open file
    qint64 modifiedSecs = 0; // likewise
    qint64 modifiedNsecs = 0; // the sub-second part, where the OS has one
    quint64 fileId = 0; // inode and device, where the OS has them
    int osError = 0; // errno, for the log
};

// Opens `path` for reading if, and only if, what it names is a regular file
// or directory whose real location (after every symlink) is `root` or below
// it. `root` must be canonical.
//
// The check is made on the file actually opened, not on the name, so a
// symlink swapped in between cannot redirect the read (on Linux, macOS and
// Windows; elsewhere it falls back to realpath() before opening). FIFOs,
// sockets and devices are refused after a stat(), without being opened; the
// open itself is non-blocking, so one swapped in at the last moment cannot
// hang the thread either.
//
// With `allowOutside`, symlinks may lead anywhere (the user asked for it);
// everything else still holds.
//
// Small files stay open in the calling thread while they are asked for,
// and the smallest settled ones in memory: opening the same unchanged file
// again costs one stat() (SafeOpen.cpp says when a kept file is opened
// afresh). The result's `file` may then be shared with earlier results.
SafeOpenResult openInsideRoot(const QString &root, const QString &path, bool allowOutside = false);

// Closes the files this thread keeps open (see openInsideRoot) that were
// not asked for in the last `idle`; all of them with zero.
void releaseKeptFiles(std::chrono::milliseconds idle);

// What an errno from the file system means for a request.
SafeOpenResult::Status classifyOsError(int osError);

#ifndef Q_OS_WIN
// Where an open descriptor really is: asked of the kernel (/proc/self/fd on
// Linux, F_GETPATH on macOS), else `nativePath` resolved by name (the window
// between that and the open is tiny, and it is what most servers do).
// Empty when neither works.
QString realPathOfDescriptor(int fd, const QByteArray &nativePath);
#endif

// `path` with every symlink, "." and ".." resolved, or an empty string if it
// does not exist. Names that are not UTF-8 survive (NativeName.h).
QString canonicalPath(const QString &path);

// True if `canonicalPath` is `root` or inside it (both canonical).
bool isInsideRoot(const QString &root, const QString &canonicalPath);

// True if `canonicalPath`, below `root`, passes through a hidden name
// (".git/x"): a symlink with a visible name must not expose a dot-folder.
bool isHiddenBelowRoot(const QString &root, const QString &canonicalPath);

} // namespace Servery
