#include "server/log/BodyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Servery {

BodyFile::BodyFile(QString path, qint64 size)
    : m_path(std::move(path))
    , m_size(size)
{
}

BodyFile::~BodyFile()
{
    QFile::remove(m_path);
}

QByteArray BodyFile::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(std::min(length, m_size - offset));
}

namespace {

void removeSpillFolder()
{
    QDir(BodyFile::spillFolder()).removeRecursively();
}

} // namespace

QString BodyFile::spillFolder()
{
    // One folder per process, so two instances never share names and a
    // crash leaves one folder to find, not files strewn about.
    // It goes when the application object does: by then the window's log
    // and the headless session, which hold the records, are gone.
    static const QString folder = [] {
        const QString path
            = QDir::temp().filePath(QStringLiteral("servery-bodies-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qAddPostRoutine(removeSpillFolder);
        return path;
    }();
    return folder;
}

} // namespace Servery
