#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>

namespace Servery {

// A large body on its way, in either direction: what the window's Transfers
// view shows while it moves (the request log only learns of an exchange
// when it ends).
struct TransferProgress {
    enum class Direction { Upload, Download };
    enum class State { Running, Finished, Failed };

    quint64 id = 0; // the exchange's record id
    Direction direction = Direction::Download;
    State state = State::Running;
    QByteArray method;
    QByteArray target;
    QString label; // what the handler says is moving (a file name), or empty
    QHostAddress client;
    QByteArray userAgent;
    qint64 total = -1; // bytes expected, or -1 when unknown
    qint64 done = 0; // body bytes moved so far
    qint64 startedAtMs = 0;
    qint64 updatedAtMs = 0;
};

// Where workers report transfers, on the thread of the Server that owns it.
// Only bodies of at least Limits::kTransferMinBytes are reported, every
// Limits::kTransferReportInterval while they move, and once more when they
// end. Consumers read current() when transfersChanged() says so; ended
// transfers are reported once, in ended(), and then forgotten.
class TransferFeed : public QObject {
    Q_OBJECT

public:
    explicit TransferFeed(QObject *parent = nullptr);

    const QHash<quint64, TransferProgress> &current() const { return m_current; }
    // Transfers that ended since the last call, in the order they ended.
    QList<TransferProgress> takeEnded();

    // Called (queued) by workers; owner thread only.
    void update(QList<TransferProgress> batch);
    void clear();

Q_SIGNALS:
    void transfersChanged();

private:
    QHash<quint64, TransferProgress> m_current;
    QList<TransferProgress> m_ended;
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::TransferProgress)
