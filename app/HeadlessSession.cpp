#include "HeadlessSession.h"

#include "ServerSetup.h"
#include "TerminalQr.h"

#include "server/log/AccessLog.h"
#include "server/log/LogExport.h"
#include "server/net/NetworkAddresses.h"
#include "server/route/AccessGate.h"
#include "server/route/StandardRoutes.h"
#include "server/util/HumanFormat.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace Servery {

namespace {

// The HAR kept in memory until the stop holds at most this much, like the
// window's log; the oldest requests go first.
constexpr qsizetype kMaxHarRecords = 100'000;
constexpr qint64 kMaxHarBytes = 512ll * 1024 * 1024;

qint64 approximateSize(const RequestRecord &r)
{
    qint64 n = 512 + r.target.size() + r.rawHead.size() + r.requestBody.size() + r.responseBody.size();
    for (const HttpHeader &h : r.requestHeaders.fields())
        n += h.name.size() + h.value.size() + 32;
    for (const HttpHeader &h : r.responseHeaders.fields())
        n += h.name.size() + h.value.size() + 32;
    return n;
}

bool wantsColour()
{
    if (!isatty(fileno(stdout)) || qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    return qgetenv("TERM") != "dumb";
}

} // namespace

HeadlessSession::HeadlessSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    connect(&m_server, &Server::started, this, &HeadlessSession::onStarted);
    connect(&m_server, &Server::startFailed, this, &HeadlessSession::onStartFailed);
    connect(&m_server, &Server::stopped, this, &HeadlessSession::onStopped);
    connect(m_server.records(), &RecordFeed::recordsAvailable, this, &HeadlessSession::writeAccessLog);
    connect(&m_signals, &SignalWatcher::terminationRequested, this, &HeadlessSession::onTerminationRequested);
}

void HeadlessSession::start()
{
    if (!m_options.quiet) {
        if (m_options.accessLogPath.isEmpty()) {
            m_log = &m_stdout;
        } else {
            m_logFile.setFileName(m_options.accessLogPath);
            // Unbuffered: each batch is one write, and a failed one is known
            // at once instead of piling up in a buffer. Appending is for
            // files; a device or pipe (/dev/stderr, a FIFO) cannot seek.
            const QFileInfo target(m_options.accessLogPath);
            QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Text | QIODevice::Unbuffered;
            if (!target.exists() || target.isFile())
                mode |= QIODevice::Append;
            if (!m_logFile.open(mode)) {
                printError(QStringLiteral("servery: cannot write the access log to %1: %2\n")
                               .arg(QDir::toNativeSeparators(m_options.accessLogPath), m_logFile.errorString()));
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT finished(1); }, Qt::QueuedConnection);
                return;
            }
            m_log = &m_logFile;
        }
    }

    // The HAR is written at the end; a place it cannot go is said now, not
    // after the requests it was to keep have come.
    if (!m_options.harPath.isEmpty()) {
        const QFileInfo har(m_options.harPath);
        const QFileInfo folder(har.absolutePath());
        QString why;
        if (!folder.isDir())
            why = QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
        else if (har.exists() ? !har.isFile() || !har.isWritable() : !folder.isWritable())
            why = QStringLiteral("it cannot be written there");
        if (!why.isEmpty()) {
            printError(QStringLiteral("servery: cannot write the HAR to %1: %2.\n")
                           .arg(QDir::toNativeSeparators(m_options.harPath), why));
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(1); }, Qt::QueuedConnection);
            return;
        }
    }

    if (!m_options.rulesPath.isEmpty() && !loadReplyRules()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(1); }, Qt::QueuedConnection);
        return;
    }
    const ServerConfig config = serverConfigFor(m_options);
    const QString root = QFileInfo(config.rootPath).canonicalFilePath();
    if (!root.isEmpty() && !config.catchAll) {
        m_site
            = std::make_unique<SitePreview>(root, config.indexFileName, config.showHidden, siteSettingsFor(m_options));
        connect(m_site.get(), &SitePreview::rulesChanged, this, &HeadlessSession::printRuleProblems);
        connect(m_site.get(), &SitePreview::consoleMessage, this, &HeadlessSession::printConsoleMessage);
        connect(m_site.get(), &SitePreview::pageProblem, this, [this](const QString &page, const QString &reason) {
            printError(QStringLiteral("servery: live reload is not in %1: %2.\n").arg(page, reason));
        });
        connect(m_site.get(), &SitePreview::watchStateChanged, this, [this] {
            if (!m_site->watchProblem().isEmpty())
                printError(QStringLiteral("servery: %1\n").arg(m_site->watchProblem()));
        });
        printRuleProblems();
        m_site->start();
    }
    m_server.start(config, servedRoutes(m_site.get(), m_inspect)(config));
}

bool HeadlessSession::loadReplyRules()
{
    const RulesParse parsed = readReplyRulesFile(m_options.rulesPath);
    const QString name = QDir::toNativeSeparators(m_options.rulesPath);
    for (const RulesProblem &p : parsed.problems)
        printError(QStringLiteral("servery: %1\n").arg(describeProblem(name, p)));
    if (parsed.rules.isEmpty() && parsed.hasErrors()) {
        printError(QStringLiteral("servery: no reply rule could be read from %1.\n").arg(name));
        return false;
    }
    m_inspect = std::make_shared<InspectState>(parsed.rules);
    return true;
}

void HeadlessSession::onStarted()
{
    QList<ServedUrl> urls = servedUrls(m_server.listenAddresses(), m_server.port(), currentInterfaceAddresses());
    // Other devices need the key, so their URLs and the QR code carry it;
    // this computer needs none.
    const QByteArray &key = m_server.config().accessKey;
    for (ServedUrl &u : urls) {
        if (!u.thisComputerOnly)
            u.url = AccessGate::urlWithKey(u.url, key);
    }
    const QList<QHostAddress> bound = m_server.listenAddresses();
    const bool reachableByOthers
        = std::any_of(bound.begin(), bound.end(), [](const QHostAddress &a) { return !a.isLoopback(); });

    QString text = m_options.catchAll
        ? QStringLiteral("Servery %1 is catching requests: every method on every path is answered and kept "
                         "whole.\n\n")
              .arg(QStringLiteral(SERVERY_VERSION))
        : QStringLiteral("Servery %1 is sharing %2\n\n")
              .arg(QStringLiteral(SERVERY_VERSION), QDir::toNativeSeparators(m_options.folder));
    bool firstLocal = true;
    bool firstNetwork = true;
    for (const ServedUrl &u : urls) {
        QString heading;
        if (u.thisComputerOnly) {
            heading = firstLocal ? QStringLiteral("  This computer:") : QString();
            firstLocal = false;
        } else {
            heading = firstNetwork ? QStringLiteral("  Your network:") : QString();
            firstNetwork = false;
        }
        QString line = heading.leftJustified(18) + u.url;
        if (!u.interfaceLabel.isEmpty())
            line += QStringLiteral("  (%1%2)")
                        .arg(u.interfaceLabel, u.isVirtual ? QStringLiteral(", virtual") : QString());
        text += line + u'\n';
    }
    text += u'\n';
    if (key.isEmpty() && reachableByOthers && !m_options.catchAll)
        text += QStringLiteral("Warning: anyone on your network can open this folder (--no-key: no access key).\n\n");
    else if (key.isEmpty() && reachableByOthers)
        text += QStringLiteral("Devices on your network can send requests here; no files are shared.\n\n");
    if (m_inspect) {
        const int n = int(m_inspect->rules()->size());
        text += QStringLiteral("Reply rules: %1 from %2.\n")
                    .arg(n == 1 ? QStringLiteral("1 rule") : QStringLiteral("%1 rules").arg(n),
                         QDir::toNativeSeparators(m_options.rulesPath));
    }
    if (m_options.catchAll || m_inspect) {
        text += QStringLiteral("Bodies are kept up to %1 (--capture-limit).\n")
                    .arg(humanSize(m_server.config().captureLimit));
        if (!m_options.harPath.isEmpty())
            text += QStringLiteral("Every request goes to %1 as HAR when you stop.\n")
                        .arg(QDir::toNativeSeparators(m_options.harPath));
        text += u'\n';
    } else if (!m_options.harPath.isEmpty()) {
        text += QStringLiteral("Every request goes to %1 as HAR when you stop.\n\n")
                    .arg(QDir::toNativeSeparators(m_options.harPath));
    }
    if (m_server.config().allowUploads) {
        text += m_server.config().overwriteUploads
            ? QStringLiteral(
                "Uploads are on (--upload --overwrite): devices can add files, and PUT can replace one.\n\n")
            : QStringLiteral("Uploads are on (--upload): devices can add files; none is ever replaced.\n\n");
    }

    if (const ServedUrl *best = bestShareUrl(urls)) {
        text += QStringLiteral("Scan with a phone on the same network to open %1\n\n").arg(best->url);
        text += renderTerminalQr(best->url, wantsColour() ? TerminalColors::Ansi : TerminalColors::None);
        text += u'\n';
    } else if (firstNetwork) {
        if (m_options.localOnly)
            text += QStringLiteral("Only this computer can connect (--local-only), so there is no QR code.\n\n");
        else
            text += QStringLiteral("Other devices can't reach this address, so there is no QR code.\n\n");
    } else {
        text += QStringLiteral("No network connection found for phones to use, so there is no QR code.\n\n");
    }
    if (m_site) {
        const SiteSettings site = m_site->settings();
        QStringList on;
        if (site.liveReload)
            on.append(QStringLiteral("live reload"));
        if (site.cleanUrls != CleanUrls::Off)
            on.append(site.cleanUrls == CleanUrls::Strict ? QStringLiteral("clean URLs (strict)")
                                                          : QStringLiteral("clean URLs"));
        if (site.spa)
            on.append(QStringLiteral("SPA fallback to %1")
                          .arg(site.spaFile.isEmpty() ? m_options.indexFileName : site.spaFile));
        if (site.cors)
            on.append(QStringLiteral("CORS"));
        const int rules = int(m_site->activeRules().size());
        if (rules > 0)
            on.append(rules == 1 ? QStringLiteral("1 host rule") : QStringLiteral("%1 host rules").arg(rules));
        if (!on.isEmpty())
            text += QStringLiteral("Site preview: %1.\n\n").arg(on.join(QStringLiteral(", ")));
    }
    text += QStringLiteral("Press Ctrl+C to stop.\n\n");
    print(text);
}

void HeadlessSession::onStartFailed(const ServerError &error)
{
    QString hint;
    switch (error.code) {
    case ServerError::Code::PortInUse:
        hint = QStringLiteral(" Choose another with --port, or --port 0 for any free port.");
        break;
    case ServerError::Code::PermissionDenied:
        hint = QStringLiteral(" Use a port of 1024 or above, such as --port 8080.");
        break;
    case ServerError::Code::AddressNotAvailable:
        hint = QStringLiteral(" Leave out --bind to listen on every address.");
        break;
    case ServerError::Code::FolderMissing:
    case ServerError::Code::FolderUnreadable:
        hint = QStringLiteral(" Name a folder you can read: servery /path/to/folder");
        break;
    default:
        break;
    }
    printError(QStringLiteral("servery: ") + error.message + hint + u'\n');
    Q_EMIT finished(1);
}

void HeadlessSession::onTerminationRequested()
{
    if (m_stopRequested) {
        printError(QStringLiteral("Stopped at once.\n"));
        writeAccessLog();
        Q_EMIT finished(writeHar() ? 130 : 1);
        return;
    }
    m_stopRequested = true;
    if (m_server.state() == Server::State::Stopped) {
        Q_EMIT finished(0);
        return;
    }
    printError(QStringLiteral("Stopping: finishing requests under way (Ctrl+C again to stop at once)...\n"));
    m_server.stop();
}

void HeadlessSession::onStopped()
{
    writeAccessLog();
    const bool harWritten = writeHar();
    if (m_logFile.isOpen() && !m_logFile.flush())
        noteLogFailure(0);
    QString text = QStringLiteral("Stopped.");
    if (m_lostLogLines > 0)
        text += m_lostLogLines == 1 ? QStringLiteral(" 1 access log line could not be written.")
                                    : QStringLiteral(" %1 access log lines could not be written.").arg(m_lostLogLines);
    printError(text + u'\n');
    // Every request the HAR was to keep is lost: that is a failure.
    Q_EMIT finished(harWritten ? 0 : 1);
}

void HeadlessSession::noteLogFailure(qsizetype lines)
{
    m_lostLogLines += lines;
    if (m_logFailureReported)
        return;
    // Once: a full disk would otherwise repeat this for every request.
    m_logFailureReported = true;
    const QString where
        = m_log == &m_stdout ? QStringLiteral("standard output") : QDir::toNativeSeparators(m_options.accessLogPath);
    printError(QStringLiteral("servery: cannot write the access log to %1: %2. Serving goes on; lines that cannot be "
                              "written are counted.\n")
                   .arg(where, m_log ? m_log->errorString() : QString()));
}

void HeadlessSession::writeAccessLog()
{
    const QList<RequestRecord> records = m_server.records()->take();
    if (!m_options.harPath.isEmpty())
        keepForHar(records);
    if (!m_log || records.isEmpty())
        return;
    QByteArray out;
    out.reserve(records.size() * 160);
    for (const RequestRecord &r : records) {
        out += formatCombinedLogLine(r);
        out += '\n';
    }
    // A write that fails (a full disk, /dev/full, a closed pipe) loses
    // these lines; it is said once and counted, never silently.
    const bool written = m_log->write(out) == out.size() && m_log->flush();
    if (!written) {
        noteLogFailure(records.size());
        m_log->unsetError();
    }
}

void HeadlessSession::keepForHar(const QList<RequestRecord> &records)
{
    for (const RequestRecord &r : records) {
        m_harBytes += approximateSize(r);
        m_harRecords.push_back(r);
    }
    while (!m_harRecords.empty() && (qsizetype(m_harRecords.size()) > kMaxHarRecords || m_harBytes > kMaxHarBytes)) {
        m_harBytes -= approximateSize(m_harRecords.front());
        m_harRecords.pop_front();
        ++m_harDropped;
    }
}

bool HeadlessSession::writeHar()
{
    if (m_options.harPath.isEmpty() || m_harWritten)
        return true;
    m_harWritten = true;
    const QList<RequestRecord> records(m_harRecords.begin(), m_harRecords.end());
    HarOptions options;
    options.origin = QStringLiteral("http://localhost:%1").arg(m_server.port());
    options.creatorVersion = QStringLiteral(SERVERY_VERSION);
    QString error;
    const QString name = QDir::toNativeSeparators(m_options.harPath);
    if (!writeHarFile(m_options.harPath, records, options, &error)) {
        printError(QStringLiteral("servery: cannot write the HAR to %1: %2\n").arg(name, error));
        return false;
    }
    QString text = records.size() == 1 ? QStringLiteral("Wrote 1 request to %1.").arg(name)
                                       : QStringLiteral("Wrote %1 requests to %2.").arg(records.size()).arg(name);
    if (m_harDropped > 0)
        text += QStringLiteral(" The %1 oldest were left out to stay within memory.").arg(m_harDropped);
    printError(text + u'\n');
    return true;
}

void HeadlessSession::printRuleProblems()
{
    for (const RuleProblem &p : m_site->ruleProblems()) {
        printError(QStringLiteral("servery: %1%2: %3%4\n")
                       .arg(p.file, p.line > 0 ? QStringLiteral(":%1").arg(p.line) : QString(),
                            p.warning ? QStringLiteral("warning: ") : QString(), p.message));
    }
}

void HeadlessSession::printConsoleMessage(const ConsoleMessage &m)
{
    QString place = m.source.isEmpty() ? m.page : m.source;
    if (m.line > 0)
        place += QStringLiteral(":%1").arg(m.line);
    printError(QStringLiteral("console.%1 from %2: %3 (%4)\n").arg(m.level, m.client.toString(), m.message, place));
}

void HeadlessSession::print(const QString &text)
{
    m_stdout.write(text.toUtf8());
    m_stdout.flush();
}

void HeadlessSession::printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Servery
