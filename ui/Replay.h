#pragma once

#include "server/http/HttpHeaders.h"
#include "server/log/RequestRecord.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Servery {

// How long a replay may take, from sending to the last byte of the answer.
inline constexpr std::chrono::milliseconds kReplayTimeout = std::chrono::seconds(30);
// How much of the answer's body a replay keeps; past it the transfer stops.
inline constexpr qint64 kReplayBodyBytes = 16 * 1024 * 1024;

// A request to send again, as the person may have edited it.
struct ReplayRequest {
    QByteArray method;
    QString url; // as typed: "http://192.168.1.23:8080/path?q"
    QList<HttpHeader> headers;
    QByteArray body;

    // The logged request, going to `origin` (see repeatUrl()): its method,
    // its headers except those the client sets from what it sends
    // (Content-Length, Transfer-Encoding, Connection, Expect, and Host, which
    // follows the URL), and the whole body as kept.
    static ReplayRequest fromRecord(const RequestRecord &record, const QString &origin);
};

// What came back, or why nothing did.
struct ReplayResult {
    int status = 0; // 0 when no answer arrived
    QByteArray reason;
    QList<HttpHeader> headers;
    QByteArray body; // at most the client's body limit
    bool truncated = false; // the answer's body was longer than `body`
    qint64 elapsedMs = 0;
    // A plain sentence when the replay failed ("The server refused the
    // connection."); empty when an answer arrived, whatever its status.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Sends one ReplayRequest at a time with QNetworkAccessManager: any method,
// redirects not followed (the person sees the 3xx), no proxy, a deadline.
// Always answers with finished(), after send() returns, even for a request
// that could not be sent. The engine's own headers (Host, Content-Length)
// and Qt's (User-Agent, Accept-Language, Accept-Encoding when the request
// has none) are added by QNetworkAccessManager; repeated fields go as one,
// joined with ", " (RFC 9110 5.3). The target goes as QUrl writes it:
// the same resource (RFC 3986 6.2.2), but escapes of unreserved characters
// ("%41") decoded, other escapes in capitals, characters a URL may not hold
// literally ("{", "|") escaped, and "." and ".." segments removed.
class ReplayClient : public QObject {
    Q_OBJECT

public:
    explicit ReplayClient(QObject *parent = nullptr);
    ~ReplayClient() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Sends `request`. A replay still under way is dropped without a
    // finished() of its own.
    void send(const ReplayRequest &request);
    // Drops the replay under way, if any, without finished().
    void cancel();
    bool isBusy() const { return m_reply != nullptr; }

    // Why `request` cannot be sent (a plain sentence), or an empty string.
    static QString problem(const ReplayRequest &request);

Q_SIGNALS:
    void finished(const Servery::ReplayResult &result);

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finishWith(ReplayResult result);

    QNetworkAccessManager *m_manager = nullptr;
    QNetworkReply *m_reply = nullptr; // the replay under way
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_timeout = kReplayTimeout;
    qint64 m_maxBodyBytes = kReplayBodyBytes;
    QByteArray m_body;
    bool m_truncated = false;
    bool m_timedOut = false;
    quint64 m_generation = 0; // tells a stale queued failure from the current one
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::ReplayRequest)
Q_DECLARE_METATYPE(Servery::ReplayResult)
