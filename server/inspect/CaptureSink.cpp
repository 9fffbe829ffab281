#include "server/inspect/CaptureSink.h"

#include "server/http/limits.h"

#include <QTemporaryFile>

namespace Servery {

CaptureSink::CaptureSink(Answer answer)
    : m_answer(std::move(answer))
{
}

CaptureSink::~CaptureSink()
{
    // A body never handed to a record (the sink went without a record to
    // fill) leaves nothing behind.
    if (m_file) {
        m_file->close();
        QFile::remove(m_path);
    }
}

bool CaptureSink::spill()
{
    QTemporaryFile temporary(BodyFile::spillFolder() + QStringLiteral("/body-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open()) {
        m_error = QStringLiteral("Could not make a temporary file for the body: %1").arg(temporary.errorString());
        return false;
    }
    m_path = temporary.fileName();
    temporary.close();
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate) || m_file->write(m_memory) != m_memory.size()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    m_memory = QByteArray();
    return true;
}

BodySink::Status CaptureSink::write(QByteArrayView bytes)
{
    m_size += bytes.size();
    if (!m_file) {
        if (m_memory.size() + bytes.size() <= Limits::kCaptureMemoryBytes) {
            m_memory.append(bytes);
            return Status::Ready;
        }
        if (!spill())
            return Status::Failed;
    }
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(m_path, m_file->errorString());
        return Status::Failed;
    }
    return Status::Ready;
}

HttpResponse CaptureSink::finish()
{
    if (m_file && !m_file->flush()) {
        m_error = QStringLiteral("Could not write the body to %1: %2").arg(m_path, m_file->errorString());
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
    // 507: the server could not store what it needed to complete the request.
    HttpResponse r = HttpResponse::error(507, QStringLiteral("catch"));
    r.setBody(m_error.toUtf8() + '\n');
    r.headers.set("Content-Type", QByteArrayLiteral("text/plain; charset=utf-8"));
    return r;
}

QByteArray CaptureSink::head(qint64 max) const
{
    if (!m_file)
        return m_memory.left(qsizetype(std::min<qint64>(max, m_memory.size())));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(std::min(max, m_size));
}

void CaptureSink::moveKeptBody(RequestRecord &record)
{
    if (m_file) {
        m_file->close();
        m_file.reset();
        record.requestBody = QByteArray();
        record.requestBodyFile = std::make_shared<const BodyFile>(std::exchange(m_path, {}), m_size);
        return;
    }
    record.requestBody = std::exchange(m_memory, {});
    record.requestBodyFile.reset();
}

} // namespace Servery
