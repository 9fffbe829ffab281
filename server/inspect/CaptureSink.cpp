#include "server/inspect/CaptureSink.h"

#include "server/http/limits.h"

#include <QTemporaryFile>

#include <utility>

namespace Servery {

CaptureSink::CaptureSink(Answer answer)
    : m_answer(std::move(answer))
{
}

CaptureSink::~CaptureSink()
{
    // A body never handed to a record (the sink went without a record to
    // fill) leaves nothing behind.
    if (m_file)
        m_file->remove();
    BodyFile::releaseSpill(m_reserved);
}

bool CaptureSink::spill()
{
    // What is in memory moves to the file, within the process's budget;
    // with the budget spent it stays in memory and the rest is counted only.
    if (!BodyFile::reserveSpill(m_memory.size())) {
        m_budgetSpent = true;
        return true;
    }
    m_reserved += m_memory.size();
    const QString folder = BodyFile::spillFolder();
    auto file = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/body-XXXXXX"));
    file->setAutoRemove(false);
    // QTemporaryFile makes the file with O_EXCL and mode 0600 and keeps that
    // descriptor: nothing is opened again by name, so nothing put in its
    // place meanwhile is ever written.
    if (folder.isEmpty() || !file->open()) {
        m_error = QStringLiteral("Could not make a temporary file for the body: %1").arg(file->errorString());
        return false;
    }
    if (file->write(m_memory) != m_memory.size()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(file->fileName(), file->errorString());
        file->remove();
        return false;
    }
    m_file = std::move(file);
    m_memory = QByteArray();
    return true;
}

bool CaptureSink::keep(QByteArrayView bytes)
{
    if (m_budgetSpent)
        return true;
    if (!BodyFile::reserveSpill(bytes.size())) {
        m_budgetSpent = true;
        return true;
    }
    m_reserved += bytes.size();
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(m_file->fileName(), m_file->errorString());
        return false;
    }
    m_kept += bytes.size();
    return true;
}

BodySink::Status CaptureSink::write(QByteArrayView bytes)
{
    m_size += bytes.size();
    if (!m_file) {
        if (m_budgetSpent)
            return Status::Ready; // counted, not kept
        if (m_memory.size() + bytes.size() <= Limits::kCaptureMemoryBytes) {
            m_memory.append(bytes);
            m_kept = m_memory.size();
            return Status::Ready;
        }
        if (!spill())
            return Status::Failed;
        if (!m_file)
            return Status::Ready; // the budget is spent: memory kept, the rest counted
    }
    return keep(bytes) ? Status::Ready : Status::Failed;
}

HttpResponse CaptureSink::finish()
{
    if (m_file && !m_file->flush()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(m_file->fileName(), m_file->errorString());
        return failure();
    }
    return m_answer(*this);
}

void CaptureSink::abort()
{
    if (m_file)
        m_file->flush();
}

HttpResponse CaptureSink::failure()
{
    // 507: the server could not store what it needed to complete the
    // request. Where and why is for the log, not for the client.
    HttpResponse r = HttpResponse::error(507, QStringLiteral("catch"));
    r.setBody(QByteArrayLiteral("The request body could not be stored on this computer.\n"));
    r.headers.set("Content-Type", QByteArrayLiteral("text/plain; charset=utf-8"));
    r.logNote = m_error;
    return r;
}

QByteArray CaptureSink::head(qint64 max) const
{
    if (!m_file)
        return m_memory.left(qsizetype(std::min<qint64>(max, m_memory.size())));
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(std::min(max, m_kept));
}

void CaptureSink::moveKeptBody(RequestRecord &record)
{
    if (m_file) {
        m_file->close();
        const QString path = m_file->fileName();
        m_file.reset();
        record.requestBody = QByteArray();
        record.requestBodyFile = std::make_shared<const BodyFile>(path, m_kept, std::exchange(m_reserved, 0));
        return;
    }
    record.requestBody = std::exchange(m_memory, {});
    record.requestBodyFile.reset();
}

} // namespace Servery
