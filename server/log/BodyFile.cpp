#include "server/log/BodyFile.h"

#include "server/http/limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>

namespace Servery {

namespace {

std::atomic<qint64> g_spilled {0};

} // namespace

BodyFile::BodyFile(QString path, qint64 size, qint64 reserved)
    : m_path(std::move(path))
    , m_size(size)
    , m_reserved(reserved)
{
}

BodyFile::~BodyFile()
{
    QFile::remove(m_path);
    releaseSpill(m_reserved);
}

bool BodyFile::reserveSpill(qint64 bytes)
{
    qint64 now = g_spilled.load(std::memory_order_relaxed);
    do {
        if (now + bytes > Limits::kMaxSpilledBytes)
            return false;
    } while (!g_spilled.compare_exchange_weak(now, now + bytes, std::memory_order_relaxed));
    return true;
}

void BodyFile::releaseSpill(qint64 bytes)
{
    g_spilled.fetch_sub(bytes, std::memory_order_relaxed);
}

qint64 BodyFile::spilledBytes()
{
    return g_spilled.load(std::memory_order_relaxed);
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
    if (const QString folder = BodyFile::spillFolder(); !folder.isEmpty())
        QDir(folder).removeRecursively();
}

} // namespace

QString BodyFile::spillFolder()
{
    // One folder per process, so two instances never share names and a
    // crash leaves one folder to find, not files strewn about. Its name is
    // random, made with mkdtemp(): a folder someone else made first (at a
    // guessed name, with links inside) is never used. It goes when the
    // application object does: by then the window's log and the headless
    // session, which hold the records, are gone.
    static const QString folder = [] {
        QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("servery-bodies-XXXXXX")));
        if (!dir.isValid())
            return QString();
        dir.setAutoRemove(false);
        qAddPostRoutine(removeSpillFolder);
        return dir.path();
    }();
    return folder;
}

} // namespace Servery
