#pragma once

#include "CommandLine.h"
#include "SignalWatcher.h"

#include "server/inspect/InspectState.h"
#include "server/net/Server.h"
#include "server/site/SitePreview.h"

#include <QFile>
#include <QObject>

#include <deque>
#include <memory>

namespace Servery {

// Runs the engine without a window: prints where it listens and a QR code,
// then writes the access log until SIGINT/SIGTERM, then stops gracefully.
class HeadlessSession : public QObject {
    Q_OBJECT

public:
    explicit HeadlessSession(const Options &options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // 0 after a graceful stop, 1 when serving failed, 130 when a second
    // Ctrl+C cut the stop short.
    void finished(int exitCode);

private:
    void onStarted();
    void onStartFailed(const ServerError &error);
    void onTerminationRequested();
    void onStopped();
    void writeAccessLog();
    void noteLogFailure(qsizetype lines);
    void print(const QString &text);
    void printError(const QString &text);
    void printProblem(const QString &message); // "servery: message\n" on stderr
    void printRuleProblems();
    void printConsoleMessage(const ConsoleMessage &message);
    bool loadReplyRules();
    void keepForHar(const QList<RequestRecord> &records);
    bool writeHar(); // false when the HAR could not be written

    Options m_options;
    // Before the server: destroyed after it, so no worker's link outlives it.
    std::unique_ptr<SitePreview> m_site;
    std::shared_ptr<InspectState> m_inspect; // with --rules
    // With --har: every record since the start (capped like the window's
    // log), written out when the server stops.
    std::deque<RequestRecord> m_harRecords;
    qint64 m_harBytes = 0;
    qint64 m_harDropped = 0;
    bool m_harWritten = false;
    Server m_server;
    SignalWatcher m_signals;
    QFile m_stdout;
    QFile m_logFile;
    QFile *m_log = nullptr; // stdout, m_logFile, or nullptr with --quiet
    bool m_stopRequested = false;
    qsizetype m_lostLogLines = 0;
    bool m_logFailureReported = false;
};

} // namespace Servery
