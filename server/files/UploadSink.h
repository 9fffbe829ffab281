#pragma once

#include "server/files/MultipartParser.h"
#include "server/files/ResumableUploads.h"
#include "server/files/UploadFolder.h"
#include "server/route/BodySink.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace Servery {

// How an upload's answers are written for the client that sent it. Every
// answer names the "upload" handler in the request log; refusals are short
// fixed pages (or {"error": ...} for a client that asked for JSON) whose
// reason is one of ours, never the client's name or the system's words.
struct UploadAnswer {
    bool json = false; // Accept prefers application/json
    bool seeFolder = false; // a browser's form without JavaScript: 303 back to the listing
    QByteArray folderUrl; // the target folder's path, percent-encoded, with a trailing '/'

    HttpResponse refuse(int status, const QString &reason) const;
    // The one mapping from an errno of the file system to an answer:
    // disk full 507, permission or read-only disk 403, name taken 409, too
    // large for the disk 413, out of descriptors 503, else 500.
    HttpResponse refuseForError(int osError) const;
    // 201 (or `status`) with {"saved": [...]}, or a 303 to the folder.
    HttpResponse saved(const QStringList &names, int status = 201, const QByteArray &location = {}) const;
};

// A tus answer: Tus-Resumable, no caching.
HttpResponse tusResponse(int status);
// "photo%20(1).jpg": a saved name for a header (UTF-8, percent-encoded).
QByteArray savedAsHeaderValue(const QString &name);

// The body of a PUT, written to a temporary file in the folder and renamed
// to `name` when complete: never over an existing file unless `replace`.
class PutSink final : public BodySink {
public:
    PutSink(std::shared_ptr<UploadFolder> folder, QString tempName, UploadFile file, QString name, bool replace,
            UploadAnswer answer, QByteArray location);
    ~PutSink() override;

    Status write(QByteArrayView bytes) override;
    HttpResponse finish() override;
    void abort() override;
    HttpResponse failure() override;
    QString transferLabel() const override { return m_name; }
    bool savesFile() const override { return true; }

private:
    void removeTemporary();

    std::shared_ptr<UploadFolder> m_folder;
    QString m_tempName;
    UploadFile m_file;
    QString m_name;
    bool m_replace;
    UploadAnswer m_answer;
    QByteArray m_location;
    HttpResponse m_failure;
    bool m_placed = false;
};

// A multipart/form-data body with any number of files (any field names;
// other fields are skipped). Each file is streamed to its own temporary
// file; all are renamed into place, under unique names, only when the
// whole form arrived: a form cut off halfway leaves nothing, so a client
// that sends it again does not get "photo (1).jpg" for the files that
// happened to arrive.
class FormSink final : public BodySink {
public:
    FormSink(std::shared_ptr<UploadFolder> folder, QByteArray boundary, bool allowHidden, UploadAnswer answer);
    ~FormSink() override;

    Status write(QByteArrayView bytes) override;
    HttpResponse finish() override;
    void abort() override;
    HttpResponse failure() override;
    // The files' names as they arrive: "a.jpg, b.jpg, c.jpg".
    QString transferLabel() const override;
    bool savesFile() const override { return true; }

private:
    struct Received {
        QString tempName;
        QString name;
    };

    Status fail(HttpResponse answer);
    Status beginPart();
    void removeTemporaries();

    std::shared_ptr<UploadFolder> m_folder;
    MultipartParser m_parser;
    bool m_allowHidden;
    UploadAnswer m_answer;
    HttpResponse m_failure;
    std::optional<Received> m_current; // the file being received
    UploadFile m_file;
    QList<Received> m_received; // complete, waiting for the end of the form
};

// The body of a tus PATCH: appended to the partial file of `upload`, which
// this request took over (`owner`). When the last byte arrives the file is
// renamed into place under a unique name. A body cut off keeps what
// arrived, for the next PATCH; a full disk ends the upload (507).
class ResumeSink final : public BodySink {
public:
    ResumeSink(std::shared_ptr<ResumableUpload> upload, quint64 owner, UploadFile file, UploadAnswer answer,
               std::chrono::seconds staleAfter);
    ~ResumeSink() override;

    Status write(QByteArrayView bytes) override;
    HttpResponse finish() override;
    void abort() override;
    HttpResponse failure() override;
    QString transferLabel() const override;
    bool savesFile() const override { return true; }

private:
    void release();

    std::shared_ptr<ResumableUpload> m_upload;
    quint64 m_owner;
    UploadFile m_file;
    UploadAnswer m_answer;
    std::chrono::seconds m_staleAfter;
    HttpResponse m_failure;
};

// The answer to a tus PATCH or HEAD for `upload` (its mutex held): the
// offset, the length, and once finished the name it was saved as.
HttpResponse resumableState(const ResumableUpload &upload, int status, std::chrono::seconds staleAfter);

} // namespace Servery
