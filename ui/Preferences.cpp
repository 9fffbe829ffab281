#include "Preferences.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace Servery {

namespace {

namespace Key {
const QString mode = QStringLiteral("preferences/mode");
const QString index = QStringLiteral("preferences/indexFileName");
const QString listing = QStringLiteral("preferences/listDirectories");
const QString hidden = QStringLiteral("preferences/showHidden");
const QString symlinks = QStringLiteral("preferences/followSymlinks");
const QString workers = QStringLiteral("preferences/workers");
const QString logRows = QStringLiteral("preferences/logRows");
} // namespace Key

} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.port = quint16(std::clamp(s.value(kPortKey, p.port).toInt(), 0, 65535));
    p.mode = s.value(Key::mode).toString() == u"share" ? ServeMode::Share : ServeMode::Preview;
    const QString index = s.value(Key::index, p.indexFileName).toString();
    if (isValidIndexName(index))
        p.indexFileName = index;
    p.listDirectories = s.value(Key::listing, p.listDirectories).toBool();
    p.showHidden = s.value(Key::hidden, p.showHidden).toBool();
    p.followSymlinks = s.value(Key::symlinks, p.followSymlinks).toBool();
    p.workers = std::clamp(s.value(Key::workers, p.workers).toInt(), 0, kMaxWorkers);
    p.logRows = std::clamp(s.value(Key::logRows, p.logRows).toInt(), kMinLogRows, kMaxLogRows);
    p.captureLimit
        = std::clamp<qint64>(s.value(kCaptureLimitKey, p.captureLimit).toLongLong(), 1, Limits::kMaxCaptureLimit);
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kPortKey, port);
    s.setValue(Key::mode, mode == ServeMode::Share ? QStringLiteral("share") : QStringLiteral("preview"));
    s.setValue(Key::index, indexFileName);
    s.setValue(Key::listing, listDirectories);
    s.setValue(Key::hidden, showHidden);
    s.setValue(Key::symlinks, followSymlinks);
    s.setValue(Key::workers, workers);
    s.setValue(Key::logRows, logRows);
    s.setValue(kCaptureLimitKey, captureLimit);
}

bool Preferences::isValidIndexName(const QString &name)
{
    // As --index: a file name, never a path.
    return !name.trimmed().isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u"." && name != u"..";
}

QString Preferences::problem() const
{
    if (!isValidIndexName(indexFileName))
        return QCoreApplication::translate("Servery::Preferences",
                                           "The index file is a file name such as index.html, without slashes.");
    if (workers < 0 || workers > kMaxWorkers)
        return QCoreApplication::translate("Servery::Preferences", "Worker threads go from 0 (one per core) to %1.")
            .arg(kMaxWorkers);
    if (logRows < kMinLogRows || logRows > kMaxLogRows)
        return QCoreApplication::translate("Servery::Preferences", "The log keeps from %1 to %2 requests.")
            .arg(kMinLogRows)
            .arg(kMaxLogRows);
    if (captureLimit < 1 || captureLimit > Limits::kMaxCaptureLimit)
        return QCoreApplication::translate("Servery::Preferences", "Request bodies are kept up to 1 MB to %1 MB.")
            .arg(Limits::kMaxCaptureLimit >> 20);
    return {};
}

void Preferences::applyTo(ServerConfig &config, const ServerOptionsGiven &given) const
{
    if (!given.mode)
        config.mode = mode;
    if (!given.indexFileName)
        config.indexFileName = indexFileName;
    if (!given.listDirectories)
        config.listDirectories = listDirectories;
    if (!given.showHidden)
        config.showHidden = showHidden;
    if (!given.followSymlinks)
        config.followSymlinks = followSymlinks;
    if (!given.workers)
        config.workerCount = workers;
}

} // namespace Servery
