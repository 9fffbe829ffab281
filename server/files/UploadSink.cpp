#include "server/files/UploadSink.h"

#include "server/files/NativeName.h"
#include "server/files/UploadNames.h"
#include "server/files/UrlPath.h"
#include "server/http/HttpDate.h"
#include "server/http/HttpStatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <cerrno>

namespace Servery {

Q_DECLARE_LOGGING_CATEGORY(lcResumable)

namespace {

const QString kHandler = QStringLiteral("upload");

QString displayed(const QString &name)
{
    return QString::fromUtf8(displayFileName(name));
}

} // namespace

// --- Answers ---------------------------------------------------------------------

HttpResponse UploadAnswer::refuse(int status, const QString &reason) const
{
    HttpResponse r;
    r.status = status;
    r.handler = kHandler;
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    if (json) {
        r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        r.setBody(QJsonDocument(QJsonObject {{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
        return r;
    }
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    QByteArray page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + title
        + "</title><style>body{font-family:system-ui,sans-serif;margin:3em auto;max-width:32em;"
          "padding:0 1em;color:#222}h1{font-size:1.4em}</style></head>\n<body><h1>"
        + title + "</h1><p>" + reason.toHtmlEscaped().toUtf8() + "</p>";
    if (!folderUrl.isEmpty())
        page += "<p><a href=\"" + folderUrl + "\">Back to the folder</a></p>";
    page += "<hr><small>Servery</small></body></html>\n";
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    r.setBody(page);
    return r;
}

HttpResponse UploadAnswer::refuseForError(int osError) const
{
    switch (osError) {
    case ENOSPC:
        return refuse(507, QStringLiteral("The disk is full. Nothing was saved."));
#ifdef EDQUOT
    case EDQUOT:
        return refuse(507, QStringLiteral("The disk quota is used up. Nothing was saved."));
#endif
    case EACCES:
    case EPERM:
        return refuse(403, QStringLiteral("The server is not allowed to write to this folder."));
    case EROFS:
        return refuse(403, QStringLiteral("This folder is on a disk that cannot be written to."));
    case EEXIST:
    case EISDIR:
    case ENOTEMPTY:
        return refuse(409, QStringLiteral("A file or folder with this name already exists."));
    case EFBIG:
        return refuse(413, QStringLiteral("The file is larger than this disk can hold."));
    case ENAMETOOLONG:
    case EILSEQ:
        return refuse(400, QStringLiteral("This disk does not accept that file name."));
    case ENOENT:
    case ENOTDIR:
        return refuse(404, QStringLiteral("The folder is not there any more."));
    case EMFILE:
    case ENFILE:
        return refuse(503, QStringLiteral("The server has too many files open. Please try again in a moment."));
    case ENOSYS:
        return refuse(501, QStringLiteral("Uploads are not available on this system yet."));
    default:
        break;
    }
    qCWarning(lcResumable) << "upload failed, errno" << osError;
    return refuse(500, QStringLiteral("The file could not be saved."));
}

HttpResponse UploadAnswer::saved(const QStringList &names, int status, const QByteArray &location) const
{
    HttpResponse r;
    r.handler = kHandler;
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // One per file, for any client (and the window's notice of what came).
    for (const QString &name : names)
        r.headers.append(QByteArrayLiteral("Servery-Saved-As"), savedAsHeaderValue(name));
    if (seeFolder) {
        // RFC 9110 15.4.4: see the folder (the listing shows the new files).
        r.status = 303;
        r.headers.append(QByteArrayLiteral("Location"), folderUrl);
        r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
        r.setBody("<!DOCTYPE html>\n<title>Saved</title><a href=\"" + folderUrl + "\">Back to the folder</a>\n");
        return r;
    }
    r.status = status;
    if (!location.isEmpty())
        r.headers.append(QByteArrayLiteral("Location"), location);
    QJsonArray list;
    for (const QString &name : names)
        list.append(displayed(name));
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.setBody(QJsonDocument(QJsonObject {{QStringLiteral("saved"), list}}).toJson(QJsonDocument::Compact) + '\n');
    return r;
}

HttpResponse tusResponse(int status)
{
    HttpResponse r;
    r.status = status;
    r.handler = kHandler;
    r.headers.append(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QByteArray savedAsHeaderValue(const QString &name)
{
    return encodeUrlPath(name);
}

HttpResponse resumableState(const ResumableUpload &upload, int status, std::chrono::seconds staleAfter)
{
    HttpResponse r = tusResponse(status);
    r.headers.append(QByteArrayLiteral("Upload-Offset"),
                     QByteArray::number(upload.finished ? upload.length : upload.offset));
    r.headers.append(QByteArrayLiteral("Upload-Length"), QByteArray::number(upload.length));
    if (upload.finished) {
        r.headers.append(QByteArrayLiteral("Servery-Saved-As"), savedAsHeaderValue(upload.savedAs));
    } else {
        // tus expiration: the upload goes after this long without progress.
        const UploadFolder::Entry part = upload.folder->stat(upload.partName());
        const qint64 from = part.exists ? part.modifiedSecs : QDateTime::currentSecsSinceEpoch();
        r.headers.append(QByteArrayLiteral("Upload-Expires"), formatHttpDate(from + staleAfter.count()));
    }
    return r;
}

// --- PUT -----------------------------------------------------------------------------

PutSink::PutSink(std::shared_ptr<UploadFolder> folder, QString tempName, UploadFile file, QString name, bool replace,
                 UploadAnswer answer, QByteArray location)
    : m_folder(std::move(folder))
    , m_tempName(std::move(tempName))
    , m_file(std::move(file))
    , m_name(std::move(name))
    , m_replace(replace)
    , m_answer(std::move(answer))
    , m_location(std::move(location))
{
}

PutSink::~PutSink()
{
    // Neither finished nor aborted (the connection always says which, but
    // a temporary file must not outlive its upload either way).
    removeTemporary();
}

void PutSink::removeTemporary()
{
    if (m_placed || m_tempName.isEmpty())
        return;
    m_file.close();
    m_folder->remove(m_tempName);
    m_tempName.clear();
}

BodySink::Status PutSink::write(QByteArrayView bytes)
{
    if (const int err = m_file.append(bytes)) {
        m_failure = m_answer.refuseForError(err);
        return Status::Failed;
    }
    return Status::Ready;
}

HttpResponse PutSink::finish()
{
    const int flushed = m_file.flush();
    m_file.close();
    if (flushed != 0) {
        removeTemporary();
        return m_answer.refuseForError(flushed);
    }
    int status = 201;
    int err = 0;
    if (m_replace) {
        const UploadFolder::Entry existing = m_folder->stat(m_name);
        if (existing.isDirectory) {
            removeTemporary();
            return m_answer.refuse(409, QStringLiteral("A folder has this name."));
        }
        status = existing.exists ? 200 : 201;
        err = m_folder->renameReplace(m_tempName, m_name);
    } else {
        err = m_folder->renameNoReplace(m_tempName, m_name);
    }
    if (err != 0) {
        removeTemporary();
        if (err == EEXIST)
            return m_answer.refuse(409, QStringLiteral("A file with this name already exists."));
        return m_answer.refuseForError(err);
    }
    m_placed = true;
    return m_answer.saved({m_name}, status, m_location);
}

void PutSink::abort()
{
    removeTemporary();
}

HttpResponse PutSink::failure()
{
    return std::move(m_failure);
}

// --- multipart/form-data -------------------------------------------------------------

FormSink::FormSink(std::shared_ptr<UploadFolder> folder, QByteArray boundary, bool allowHidden, UploadAnswer answer)
    : m_folder(std::move(folder))
    , m_parser(std::move(boundary))
    , m_allowHidden(allowHidden)
    , m_answer(std::move(answer))
{
}

FormSink::~FormSink()
{
    removeTemporaries();
}

void FormSink::removeTemporaries()
{
    m_file.close();
    if (m_current)
        m_folder->remove(m_current->tempName);
    m_current.reset();
    for (const Received &r : std::as_const(m_received))
        m_folder->remove(r.tempName);
    m_received.clear();
}

BodySink::Status FormSink::fail(HttpResponse answer)
{
    m_failure = std::move(answer);
    return Status::Failed;
}

BodySink::Status FormSink::beginPart()
{
    const HttpHeaders &headers = m_parser.partHeaders();
    if (!headers.contains("Content-Disposition"))
        return fail(m_answer.refuse(400, QStringLiteral("A part of the form has no Content-Disposition.")));
    const FormDataDisposition d = parseFormDataDisposition(headers.value("Content-Disposition"));
    if (!d.ok)
        return fail(m_answer.refuse(400, u"The form could not be read: " + QLatin1StringView(d.error) + u'.'));
    // Other fields, and a file input left empty (filename=""), are skipped.
    if (!d.isFile || d.fileName.isEmpty())
        return Status::Ready;
    const CheckedName checked = sanitizeUploadName(d.fileName, m_allowHidden);
    if (!checked.ok())
        return fail(m_answer.refuse(400, checked.refusal));
    Received r {uploadTempName(newUploadId()), checked.name};
    if (const int err = m_folder->createFile(r.tempName, &m_file))
        return fail(m_answer.refuseForError(err));
    m_current = std::move(r);
    return Status::Ready;
}

BodySink::Status FormSink::write(QByteArrayView bytes)
{
    qsizetype pos = 0;
    for (;;) {
        const MultipartParser::Step s = m_parser.next(bytes.sliced(pos));
        pos += s.consumed;
        switch (s.kind) {
        case MultipartParser::Step::Kind::PartBegin:
            if (beginPart() == Status::Failed)
                return Status::Failed;
            break;
        case MultipartParser::Step::Kind::Data:
            if (m_current) {
                if (const int err = m_file.append(s.data))
                    return fail(m_answer.refuseForError(err));
            }
            break;
        case MultipartParser::Step::Kind::PartEnd:
            if (m_current) {
                const int err = m_file.flush();
                m_file.close();
                m_received.append(*std::exchange(m_current, std::nullopt));
                if (err != 0)
                    return fail(m_answer.refuseForError(err));
            }
            break;
        case MultipartParser::Step::Kind::Error:
            return fail(m_answer.refuse(s.status, u"The form could not be read: " + QLatin1StringView(s.error) + u'.'));
        case MultipartParser::Step::Kind::Done:
        case MultipartParser::Step::Kind::NeedMore:
            if (pos >= bytes.size())
                return Status::Ready;
            break;
        }
    }
}

HttpResponse FormSink::finish()
{
    if (!m_parser.isDone()) {
        removeTemporaries();
        return m_answer.refuse(400, QStringLiteral("The form ended before its last part."));
    }
    if (m_received.isEmpty())
        return m_answer.refuse(400, QStringLiteral("The form held no file."));
    QStringList saved;
    while (!m_received.isEmpty()) {
        const Received r = m_received.takeFirst();
        QString name;
        if (const int err = placeUnderUniqueName(*m_folder, r.tempName, r.name, &name)) {
            m_folder->remove(r.tempName);
            removeTemporaries();
            // Files placed before stay: each is complete. Say so.
            if (!saved.isEmpty())
                qCWarning(lcResumable) << "a form was saved in part:" << saved.size() << "files";
            return m_answer.refuseForError(err);
        }
        saved.append(name);
    }
    return m_answer.saved(saved);
}

void FormSink::abort()
{
    removeTemporaries();
}

HttpResponse FormSink::failure()
{
    return std::move(m_failure);
}

// --- tus PATCH -----------------------------------------------------------------------

ResumeSink::ResumeSink(std::shared_ptr<ResumableUpload> upload, quint64 owner, UploadFile file, UploadAnswer answer,
                       std::chrono::seconds staleAfter)
    : m_upload(std::move(upload))
    , m_owner(owner)
    , m_file(std::move(file))
    , m_answer(std::move(answer))
    , m_staleAfter(staleAfter)
{
}

ResumeSink::~ResumeSink()
{
    release();
}

void ResumeSink::release()
{
    m_file.close();
    QMutexLocker lock(&m_upload->mutex);
    if (m_upload->owner == m_owner)
        m_upload->owner = 0;
}

BodySink::Status ResumeSink::write(QByteArrayView bytes)
{
    QMutexLocker lock(&m_upload->mutex);
    if (m_upload->owner != m_owner || m_upload->gone) {
        m_failure = m_answer.refuse(409, QStringLiteral("Another request took over this upload."));
        return Status::Failed;
    }
    const int err = m_file.append(bytes);
    m_upload->offset = m_file.size();
    if (err != 0) {
        if (err == ENOSPC
#ifdef EDQUOT
            || err == EDQUOT
#endif
        ) {
            // Keeping the partial file would keep the disk full.
            ResumableUploads::instance().discard(*m_upload);
        }
        m_failure = m_answer.refuseForError(err);
        return Status::Failed;
    }
    return Status::Ready;
}

HttpResponse ResumeSink::finish()
{
    QMutexLocker lock(&m_upload->mutex);
    if (m_upload->owner != m_owner || m_upload->gone)
        return m_answer.refuse(409, QStringLiteral("Another request took over this upload."));
    if (m_upload->offset < m_upload->length) {
        m_upload->owner = 0;
        return resumableState(*m_upload, 204, m_staleAfter);
    }
    int err = m_file.flush();
    m_file.close();
    if (err == 0)
        err = ResumableUploads::instance().complete(*m_upload);
    if (err != 0) {
        ResumableUploads::instance().discard(*m_upload);
        return m_answer.refuseForError(err);
    }
    return resumableState(*m_upload, 204, m_staleAfter);
}

void ResumeSink::abort()
{
    release();
}

HttpResponse ResumeSink::failure()
{
    HttpResponse r = std::move(m_failure);
    r.headers.append(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
    return r;
}

} // namespace Servery

namespace Servery {

QString FormSink::transferLabel() const
{
    QStringList names;
    for (const Received &r : m_received)
        names.append(r.name);
    if (m_current)
        names.append(m_current->name);
    return names.join(QStringLiteral(", "));
}

QString ResumeSink::transferLabel() const
{
    return m_upload->name;
}

} // namespace Servery
