#pragma once

#include "server/log/BodyFile.h"
#include "server/route/BodySink.h"

#include <QByteArray>
#include <QFile>

#include <functional>
#include <memory>

class QTemporaryFile;

namespace Servery {

// Keeps a caught request's body whole for the log: in memory up to
// Limits::kCaptureMemoryBytes, then in a temporary file of its own
// (BodyFile), never in both. The connection enforces the capture limit
// (Decision::maxBodyBytes), so this only counts; spilled bodies of the whole
// process share Limits::kMaxSpilledBytes, past which a body keeps what it
// has and the rest is counted only. When the body is complete
// `answer` decides the response, with the body at hand.
class CaptureSink final : public BodySink {
public:
    using Answer = std::function<HttpResponse(const CaptureSink &)>;
    explicit CaptureSink(Answer answer);
    ~CaptureSink() override;

    Status write(QByteArrayView bytes) override;
    HttpResponse finish() override;
    void abort() override;
    HttpResponse failure() override;
    bool keepsBody() const override { return true; }
    void moveKeptBody(RequestRecord &record) override;

    qint64 size() const { return m_size; }
    qint64 kept() const { return m_kept; }
    // The first `max` bytes of the body, wherever they are kept.
    QByteArray head(qint64 max) const;

private:
    bool spill();
    bool keep(QByteArrayView bytes); // to the file, within the spill budget

    Answer m_answer;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file; // once spilled, written through the descriptor it was made with
    qint64 m_size = 0; // received
    qint64 m_kept = 0; // of which kept (less once the spill budget is spent)
    qint64 m_reserved = 0; // of the process's spill budget (BodyFile::reserveSpill)
    bool m_budgetSpent = false;
    QString m_error; // for the log only
};

} // namespace Servery
