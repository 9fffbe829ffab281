#pragma once

#include "server/log/BodyFile.h"
#include "server/route/BodySink.h"

#include <QByteArray>
#include <QFile>

#include <functional>
#include <memory>

namespace Servery {

// Keeps a caught request's body whole for the log: in memory up to
// Limits::kCaptureMemoryBytes, then in a temporary file of its own
// (BodyFile), never in both. The connection enforces the capture limit
// (Decision::maxBodyBytes), so this only counts. When the body is complete
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
    // The first `max` bytes of the body, wherever they are kept.
    QByteArray head(qint64 max) const;

private:
    bool spill();

    Answer m_answer;
    QByteArray m_memory;
    std::unique_ptr<QFile> m_file; // once spilled
    QString m_path;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace Servery
