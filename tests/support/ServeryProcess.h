#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Servery::Test {

// What a command-line tool (curl, wget, chromium, zbarimg) did.
struct ToolRun {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
};

// Runs `program` to the end, at most `timeoutMs`.
ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs = 30000);

// A figure of /proc/PID/status in KiB ("VmRSS", "VmHWM"), or -1.
qint64 processStatusKiB(qint64 pid, const QByteArray &field);

// True in the AddressSanitizer build, where memory figures include shadow
// memory and the quarantine of freed blocks.
bool builtWithAddressSanitizer();

// The real `servery` binary of this build, run as a child process. Every wait
// is on the process's own signals, bounded by a deadline.
class ServeryProcess {
public:
    explicit ServeryProcess(const QStringList &args, const QString &workingDir = {},
                            const QProcessEnvironment &env = {});
    ~ServeryProcess();
    ServeryProcess(const ServeryProcess &) = delete;
    ServeryProcess &operator=(const ServeryProcess &) = delete;

    static QString binary();

    // Waits for the headless banner ("Press Ctrl+C to stop."); returns the
    // port of the first loopback URL it lists, or 0.
    quint16 waitUntilServing();
    // Waits until standard output contains `needle`.
    bool waitForOutput(const QByteArray &needle);
    // Waits until standard error contains `needle`.
    bool waitForErrorOutput(const QByteArray &needle, int timeoutMs = 10000);
    // Sends `signal` and waits for the exit. Returns the exit code, or -1
    // after a crash or a timeout. A graceful stop hands over every access-log
    // record, so out() is complete afterwards.
    int stopWith(int signal);
    // Sends `signal` and returns at once.
    void sendSignal(int signal);
    int waitForExit();

    qint64 processId() const { return m_process.processId(); }
    QString out() const { return QString::fromUtf8(m_stdout); }
    QString err() const { return QString::fromUtf8(m_stderr); }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace Servery::Test
