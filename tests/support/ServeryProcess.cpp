#include "ServeryProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace Servery::Test {

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    ToolRun r;
    if (!p.waitForStarted(5000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "\n[timed out after " + QByteArray::number(timeoutMs) + " ms]";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

ServeryProcess::ServeryProcess(const QStringList &args, const QString &workingDir, const QProcessEnvironment &env)
{
    m_process.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    if (!workingDir.isEmpty())
        m_process.setWorkingDirectory(workingDir);
    m_process.start(binary(), args);
}

ServeryProcess::~ServeryProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServeryProcess::binary()
{
    return QStringLiteral(SERVERY_BINARY);
}

quint16 ServeryProcess::waitUntilServing()
{
    static const QRegularExpression url(QStringLiteral("http://(?:127\\.0\\.0\\.1|\\[::1\\]):(\\d+)/"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_stdout += m_process.readAllStandardOutput();
        const QString text = QString::fromUtf8(m_stdout);
        if (text.contains(QStringLiteral("Press Ctrl+C to stop."))) {
            const auto m = url.match(text);
            return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        }
        if (m_process.state() == QProcess::NotRunning)
            return 0;
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return 0;
}

bool ServeryProcess::waitForOutput(const QByteArray &needle)
{
    QDeadlineTimer deadline(10000);
    while (!m_stdout.contains(needle) && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_stdout += m_process.readAllStandardOutput();
    }
    return m_stdout.contains(needle);
}

bool ServeryProcess::waitForErrorOutput(const QByteArray &needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_process.setReadChannel(QProcess::StandardError);
    m_stderr += m_process.readAllStandardError();
    while (!m_stderr.contains(needle) && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_stderr += m_process.readAllStandardError();
    }
    m_stdout += m_process.readAllStandardOutput();
    m_process.setReadChannel(QProcess::StandardOutput);
    return m_stderr.contains(needle);
}

int ServeryProcess::stopWith(int signal)
{
    sendSignal(signal);
    return waitForExit();
}

void ServeryProcess::sendSignal(int signal)
{
    ::kill(pid_t(m_process.processId()), signal);
}

int ServeryProcess::waitForExit()
{
    if (!m_process.waitForFinished(20000))
        return -1;
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

qint64 processStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace Servery::Test
