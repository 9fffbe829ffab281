#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

namespace Servery {

// One window per user. The first window listens on a local socket (a Unix
// socket in the user's runtime folder, a named pipe on Windows); a later
// launch of the window (a file manager's "Open with", the command line, the
// menu) sends it its arguments and current folder and exits once the window
// says it took them. Headless runs and --new-instance stay out of it.
//
// On the wire, one exchange per connection:
//   launch -> window: "SRVY", a version byte, a 4-byte big-endian length,
//                     then the request (QDataStream, Qt 6.4: folder, arguments)
//   window -> launch: one byte, 'Y' (taken) or 'N' (not taken)
// A request larger than kMaxMessage, of another version, or not complete
// within kReadTimeoutMs is answered 'N' (or not at all) and dropped.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    struct Request {
        QStringList arguments; // as argv: the program first
        QString currentFolder; // where the launch was made, for relative paths
    };
    // Applies a request to the window; false when it cannot take it (the
    // launch then opens a window of its own).
    using Handler = std::function<bool(const Request &)>;

    static constexpr char kVersion = 1;
    static constexpr qsizetype kMaxMessage = 64 * 1024;
    static constexpr int kReadTimeoutMs = 3000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The name of this user's socket: in $XDG_RUNTIME_DIR (private to the
    // user) on Linux and the BSDs; elsewhere a name made from the user's
    // home folder, in a per-user place (macOS's $TMPDIR) or as a pipe name.
    static QString serverName();

    enum class HandOver {
        Taken, // the running window took the request: exit 0
        NoneRunning, // nobody listens (or only a stale socket is left)
        NotTaken, // a window answered no, or not in time: start normally
    };
    // For the launch that finds a window running: sends `request` and waits
    // (blocking, with short timeouts: there is no window yet) for the answer.
    static HandOver handOver(const Request &request, const QString &name = serverName(), int timeoutMs = 3000);

    // For the first window: listens on `name`, user-only. A socket file left
    // by a crashed window (nobody accepts on it) is removed first; a live
    // one is left alone and false returned.
    bool listen(const QString &name = serverName());
    bool isListening() const;
    QString fullServerName() const;

    // Called for each complete request; its answer goes back to the launch.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // The message a launch sends, and its parsing (nullopt when malformed
    // or of another version); public for tests.
    static QByteArray encode(const Request &request);
    static std::optional<Request> decode(const QByteArray &message);

Q_SIGNALS:
    // After each request, whether the handler took it.
    void requestHandled(bool taken);

private:
    void accept();
    void read(QLocalSocket *socket);
    static void answer(QLocalSocket *socket, bool taken);

    QLocalServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace Servery
