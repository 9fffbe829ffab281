#pragma once

#include "server/files/UploadFolder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace Servery {

// Resumable uploads (tus 1.0 core + creation, termination, expiration), the
// state every worker shares: a phone's upload cut by a dropped Wi-Fi comes
// back on a new connection, which may land on any worker.
//
// An upload lives in its target folder as two hidden files,
// ".servery-upload-<id>.part" (the bytes so far) and
// ".servery-upload-<id>.info" (its length and name), so it survives a
// restart of the server; this table remembers the open ones and, for a
// while, the finished ones (a client that lost the last answer asks HEAD
// and learns where its file went). The id is 128 random bits and is looked
// up in the folder the URL names, so it only works for the upload it names.
//
// One request writes to an upload at a time. A newer request takes an
// upload over from an older one (whose connection may hang on a dead Wi-Fi
// until its body deadline): the older one fails at its next write, never
// writing after the takeover. The lock that guarantees it is the upload's
// own, taken for each write; no lock is shared by two uploads' writes.
struct ResumableUpload {
    QByteArray id;
    std::shared_ptr<UploadFolder> folder;
    QString name; // the name it asked for (sanitized); unique at the end
    qint64 length = 0;

    QMutex mutex; // guards what follows
    qint64 offset = 0; // bytes in the partial file
    quint64 owner = 0; // the request that may write now; 0: none
    bool finished = false;
    bool gone = false; // terminated, failed or expired: nothing is left
    QString savedAs; // when finished: the name it got
    qint64 finishedAtMs = 0;

    QString partName() const;
    QString infoName() const;
};

class ResumableUploads {
public:
    // The process's one table.
    static ResumableUploads &instance();

    // A new upload of `length` bytes, to be saved as `name` in `folder`:
    // its files are created now. nullptr and `*osError` when they cannot be.
    std::shared_ptr<ResumableUpload> create(const std::shared_ptr<UploadFolder> &folder, const QString &name,
                                            qint64 length, int *osError);
    // The upload `id` in `folder`, from memory or from its files; nullptr
    // when there is none.
    std::shared_ptr<ResumableUpload> find(const std::shared_ptr<UploadFolder> &folder, const QByteArray &id);

    // A token for a request that wants to write.
    quint64 newOwner();

    // Puts the complete partial file (flushed by the caller) in place under
    // a unique name (placeUnderUniqueName()), removes its info file, and
    // remembers the upload as finished. Call with `upload.mutex` held. 0 or
    // errno.
    int complete(ResumableUpload &upload);
    // Removes the upload's files and forgets it. Call with `upload.mutex`
    // held.
    void discard(ResumableUpload &upload);

    // Removes what no upload will come back for: in `folder`, every
    // ".servery-upload-*" file older than `staleAfter` that no request is
    // writing to (partial files left by earlier runs too). At most once per
    // `interval` per folder, on the background pool: a folder is read only
    // when it receives an upload, never the whole shared tree.
    void cleanFolderSoon(const std::shared_ptr<UploadFolder> &folder, std::chrono::seconds staleAfter,
                         std::chrono::milliseconds interval);
    // Removes the uploads in this table that made no progress for
    // `staleAfter` (by their partial file's time) and finished ones
    // remembered that long. At most once per `interval`.
    void sweep(std::chrono::seconds staleAfter, std::chrono::milliseconds interval);

private:
    static QString keyOf(const UploadFolder &folder, const QByteArray &id);
    std::shared_ptr<ResumableUpload> load(const std::shared_ptr<UploadFolder> &folder, const QByteArray &id);
    void cleanFolder(const std::shared_ptr<UploadFolder> &folder, std::chrono::seconds staleAfter);
    void forgetOldestFinished();

    QMutex m_mutex; // guards the tables, never held while a file is written
    QHash<QString, std::shared_ptr<ResumableUpload>> m_uploads;
    QHash<QString, qint64> m_folderScans; // folder -> when it was last read (steady ms)
    qint64 m_lastSweepMs = -1;
};

// Tries `name`, then "name (1)", "name (2)", ... (numberedName()) with a
// rename that never replaces; returns 0 and the name it got, or errno
// (EEXIST when Limits::kMaxUploadNameNumber names were all taken).
int placeUnderUniqueName(const UploadFolder &folder, const QString &tempName, const QString &name, QString *savedAs);

// tus Upload-Metadata: "key base64,key2 base64,key3" (keys unique, values
// may be empty). Nothing for a malformed header.
std::optional<QList<QPair<QByteArray, QByteArray>>> parseUploadMetadata(QByteArrayView header);

} // namespace Servery
