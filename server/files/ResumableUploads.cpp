#include "server/files/ResumableUploads.h"

#include "server/files/NativeName.h"
#include "server/files/UploadNames.h"
#include "server/http/limits.h"
#include "server/util/BackgroundPool.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThreadPool>

#include <cerrno>

namespace Servery {

Q_LOGGING_CATEGORY(lcResumable, "servery.server.uploads")

namespace {

constexpr QByteArrayView kInfoMagic = "servery-upload 1";

qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray infoText(const QString &name, qint64 length)
{
    return kInfoMagic.toByteArray() + "\nlength " + QByteArray::number(length) + "\nname "
        + encodeFileName(name).toPercentEncoding() + '\n';
}

// Reads an info file back; false if it is not one of ours.
bool parseInfo(const QByteArray &text, QString *name, qint64 *length)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 3 || lines[0] != kInfoMagic || !lines[1].startsWith("length ") || !lines[2].startsWith("name "))
        return false;
    bool ok = false;
    *length = lines[1].mid(7).toLongLong(&ok);
    if (!ok || *length < 0 || *length > Limits::kMaxUploadBytes)
        return false;
    *name = decodeFileName(QByteArray::fromPercentEncoding(lines[2].mid(5)));
    // Written by us, but read from a folder others can write to.
    const CheckedName checked = sanitizeUploadName(*name, true);
    return checked.ok() && !checked.changed();
}

} // namespace

QString ResumableUpload::partName() const
{
    return uploadTempName(id, u".part");
}

QString ResumableUpload::infoName() const
{
    return uploadTempName(id, u".info");
}

ResumableUploads &ResumableUploads::instance()
{
    static ResumableUploads table;
    return table;
}

QString ResumableUploads::keyOf(const UploadFolder &folder, const QByteArray &id)
{
    return folder.path() + u'/' + QLatin1StringView(id);
}

quint64 ResumableUploads::newOwner()
{
    static std::atomic<quint64> next {1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

std::shared_ptr<ResumableUpload> ResumableUploads::create(const std::shared_ptr<UploadFolder> &folder,
                                                          const QString &name, qint64 length, int *osError)
{
    auto upload = std::make_shared<ResumableUpload>();
    upload->id = newUploadId();
    upload->folder = folder;
    upload->name = name;
    upload->length = length;

    UploadFile part;
    if ((*osError = folder->createFile(upload->partName(), &part)) != 0)
        return nullptr;
    part.close();
    if ((*osError = folder->writeSmallFile(upload->infoName(), infoText(name, length))) != 0) {
        folder->remove(upload->partName());
        return nullptr;
    }
    QMutexLocker lock(&m_mutex);
    m_uploads.insert(keyOf(*folder, upload->id), upload);
    return upload;
}

std::shared_ptr<ResumableUpload> ResumableUploads::find(const std::shared_ptr<UploadFolder> &folder,
                                                        const QByteArray &id)
{
    if (!isValidUploadId(id))
        return nullptr;
    const QString key = keyOf(*folder, id);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_uploads.constFind(key); it != m_uploads.cend())
            return *it;
    }
    // Not in memory: perhaps an upload from before a restart.
    std::shared_ptr<ResumableUpload> loaded = load(folder, id);
    if (!loaded)
        return nullptr;
    QMutexLocker lock(&m_mutex);
    // Another worker may have loaded it meanwhile: one object per upload.
    if (const auto it = m_uploads.constFind(key); it != m_uploads.cend())
        return *it;
    m_uploads.insert(key, loaded);
    return loaded;
}

std::shared_ptr<ResumableUpload> ResumableUploads::load(const std::shared_ptr<UploadFolder> &folder,
                                                        const QByteArray &id)
{
    auto upload = std::make_shared<ResumableUpload>();
    upload->id = id;
    upload->folder = folder;
    QByteArray info;
    if (folder->readSmallFile(upload->infoName(), 4096, &info) != 0 || !parseInfo(info, &upload->name, &upload->length))
        return nullptr;
    const UploadFolder::Entry part = folder->stat(upload->partName());
    if (!part.isFile || part.size > upload->length)
        return nullptr;
    upload->offset = part.size;
    return upload;
}

int placeUnderUniqueName(const UploadFolder &folder, const QString &tempName, const QString &name, QString *savedAs)
{
    for (int n = 0; n <= Limits::kMaxUploadNameNumber; ++n) {
        const QString candidate = numberedName(name, n);
        const int err = folder.renameNoReplace(tempName, candidate);
        if (err == 0) {
            *savedAs = candidate;
            return 0;
        }
        if (err != EEXIST)
            return err;
    }
    return EEXIST;
}

int ResumableUploads::complete(ResumableUpload &upload)
{
    if (const int err = placeUnderUniqueName(*upload.folder, upload.partName(), upload.name, &upload.savedAs))
        return err;
    upload.folder->remove(upload.infoName());
    upload.finished = true;
    upload.owner = 0;
    upload.finishedAtMs = steadyMs();
    QMutexLocker lock(&m_mutex);
    forgetOldestFinished();
    return 0;
}

void ResumableUploads::forgetOldestFinished()
{
    // Called with m_mutex held. Rare: only past the bound.
    qsizetype finished = 0;
    for (const auto &u : std::as_const(m_uploads)) {
        if (u->finished)
            ++finished;
    }
    while (finished > Limits::kFinishedUploadsRemembered) {
        auto oldest = m_uploads.end();
        for (auto it = m_uploads.begin(); it != m_uploads.end(); ++it) {
            if ((*it)->finished && (oldest == m_uploads.end() || (*it)->finishedAtMs < (*oldest)->finishedAtMs))
                oldest = it;
        }
        m_uploads.erase(oldest);
        --finished;
    }
}

void ResumableUploads::discard(ResumableUpload &upload)
{
    if (!upload.finished) {
        upload.folder->remove(upload.partName());
        upload.folder->remove(upload.infoName());
    }
    upload.gone = true;
    upload.owner = 0;
    QMutexLocker lock(&m_mutex);
    const QString key = keyOf(*upload.folder, upload.id);
    if (const auto it = m_uploads.constFind(key); it != m_uploads.cend() && it->get() == &upload)
        m_uploads.erase(it);
}

void ResumableUploads::cleanFolderSoon(const std::shared_ptr<UploadFolder> &folder, std::chrono::seconds staleAfter,
                                       std::chrono::milliseconds interval)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = steadyMs();
        const auto it = m_folderScans.constFind(folder->path());
        if (it != m_folderScans.cend() && now - *it < interval.count())
            return;
        if (m_folderScans.size() >= 4096)
            m_folderScans.clear();
        m_folderScans.insert(folder->path(), now);
    }
    backgroundPool().start([this, folder, staleAfter] {
        lowerThreadPriority();
        cleanFolder(folder, staleAfter);
    });
}

void ResumableUploads::cleanFolder(const std::shared_ptr<UploadFolder> &folder, std::chrono::seconds staleAfter)
{
    const qint64 oldest = nowSecs() - staleAfter.count();
    const auto entries = folder->entriesStartingWith(QString::fromLatin1(kUploadTempPrefix));
    for (const auto &[name, entry] : entries) {
        if (!entry.isFile || entry.modifiedSecs >= oldest)
            continue;
        const QByteArray id = uploadIdOfTempName(name);
        std::shared_ptr<ResumableUpload> upload = id.isEmpty() ? nullptr : find(folder, id);
        if (!upload) {
            // A one-shot upload's temporary file (a crash, a power cut), or
            // the remains of a resumable one: nobody comes back for it.
            qCDebug(lcResumable) << "removing a stale temporary file";
            folder->remove(name);
            continue;
        }
        QMutexLocker lock(&upload->mutex);
        if (upload->owner != 0 || upload->gone || upload->finished)
            continue;
        // Judged by the partial file: the info file is as old as the upload.
        const UploadFolder::Entry part = folder->stat(upload->partName());
        if (part.exists && part.modifiedSecs >= oldest)
            continue;
        qCDebug(lcResumable) << "removing a resumable upload without progress";
        discard(*upload);
    }
}

void ResumableUploads::sweep(std::chrono::seconds staleAfter, std::chrono::milliseconds interval)
{
    QList<std::shared_ptr<ResumableUpload>> uploads;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = steadyMs();
        if (m_lastSweepMs >= 0 && now - m_lastSweepMs < interval.count())
            return;
        m_lastSweepMs = now;
        uploads = m_uploads.values();
    }
    const qint64 oldest = nowSecs() - staleAfter.count();
    const qint64 forgetBefore = steadyMs() - std::chrono::milliseconds(staleAfter).count();
    for (const std::shared_ptr<ResumableUpload> &upload : std::as_const(uploads)) {
        QMutexLocker lock(&upload->mutex);
        if (upload->gone || upload->owner != 0)
            continue;
        if (upload->finished) {
            if (upload->finishedAtMs < forgetBefore) {
                QMutexLocker tables(&m_mutex);
                m_uploads.remove(keyOf(*upload->folder, upload->id));
            }
            continue;
        }
        const UploadFolder::Entry part = upload->folder->stat(upload->partName());
        if (!part.exists || part.modifiedSecs < oldest)
            discard(*upload);
    }
}

std::optional<QList<QPair<QByteArray, QByteArray>>> parseUploadMetadata(QByteArrayView header)
{
    QList<QPair<QByteArray, QByteArray>> out;
    if (header.size() > Limits::kMaxUploadMetadataBytes)
        return std::nullopt;
    if (header.trimmed().isEmpty())
        return out;
    for (QByteArrayView pair : QByteArray(header.toByteArray()).split(',')) {
        pair = pair.trimmed();
        const qsizetype space = pair.indexOf(' ');
        const QByteArrayView key = space < 0 ? pair : pair.first(space);
        const QByteArrayView value = space < 0 ? QByteArrayView() : pair.sliced(space + 1).trimmed();
        if (key.isEmpty() || key.contains(' ') || key.contains('\t'))
            return std::nullopt;
        const auto decoded
            = QByteArray::fromBase64Encoding(value.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        for (const auto &seen : std::as_const(out)) {
            if (seen.first == key)
                return std::nullopt; // keys are unique
        }
        out.append({key.toByteArray(), *decoded});
    }
    return out;
}

} // namespace Servery
