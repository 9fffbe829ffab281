#include "UploadNotices.h"

#include "DeviceListModel.h"
#include "DeviceName.h"

#include <QUrl>

namespace Servery {

namespace {

bool hasSuffix(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes) {
        if (name.endsWith(QLatin1Char('.') + QLatin1StringView(s), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isPhoto(const QString &name)
{
    return hasSuffix(name, {"jpg", "jpeg", "png", "heic", "heif", "webp", "gif", "avif", "dng", "bmp", "tif", "tiff"});
}

bool isVideo(const QString &name)
{
    return hasSuffix(name, {"mp4", "mov", "m4v", "webm", "mkv", "3gp", "avi"});
}

} // namespace

UploadNotices::UploadNotices(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &UploadNotices::flush);
}

QString UploadNotices::text(const QStringList &names, const QString &device, const QString &folder)
{
    const int n = int(names.size());
    if (std::all_of(names.begin(), names.end(), isPhoto))
        return tr("%n photos from %1 saved to %2", nullptr, n).arg(device, folder);
    if (std::all_of(names.begin(), names.end(), isVideo))
        return tr("%n videos from %1 saved to %2", nullptr, n).arg(device, folder);
    return tr("%n files from %1 saved to %2", nullptr, n).arg(device, folder);
}

void UploadNotices::addRecords(const QList<RequestRecord> &records)
{
    bool added = false;
    for (const RequestRecord &r : records) {
        // Most of the log is GETs: they never save anything.
        if (r.method == "GET" || r.method == "HEAD" || r.status < 200 || r.status >= 400)
            continue;
        const QList<QByteArray> saved = r.responseHeaders.values("Servery-Saved-As");
        if (saved.isEmpty())
            continue;
        Pending &p = m_pending[r.clientAddress.toString()];
        p.device
            = DeviceListModel::describe(deviceNameFromUserAgent(r.requestHeaders.value("User-Agent")), r.clientAddress);
        for (const QByteArray &name : saved)
            p.names.append(QUrl::fromPercentEncoding(name));
        added = true;
    }
    if (added)
        m_timer.start(); // restarts: a device still sending is not done
}

void UploadNotices::clear()
{
    m_timer.stop();
    m_pending.clear();
}

void UploadNotices::flush()
{
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        Q_EMIT noticeReady(text(p.names, p.device, m_folderName), p.names);
}

} // namespace Servery
