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
                printProblem(tr("cannot write the access log to %1: %2")
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
        const QString name = QDir::toNativeSeparators(m_options.harPath);
        QString why;
        if (!folder.isDir())
            why = tr("cannot write the HAR to %1: the folder %2 does not exist.")
                      .arg(name, QDir::toNativeSeparators(folder.filePath()));
        else if (har.exists() ? !har.isFile() || !har.isWritable() : !folder.isWritable())
            why = tr("cannot write the HAR to %1: it cannot be written there.").arg(name);
        if (!why.isEmpty()) {
            printProblem(why);
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
            printProblem(tr("live reload is not in %1: %2.").arg(page, reason));
        });
        connect(m_site.get(), &SitePreview::watchStateChanged, this, [this] {
            if (!m_site->watchProblem().isEmpty())
                printProblem(m_site->watchProblem());
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
        printProblem(describeProblem(name, p));
    if (parsed.rules.isEmpty() && parsed.hasErrors()) {
        printProblem(tr("no reply rule could be read from %1.").arg(name));
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
        ? tr("Servery %1 is catching requests: every method on every path is answered and kept whole.")
              .arg(QStringLiteral(SERVERY_VERSION))
        : tr("Servery %1 is sharing %2")
              .arg(QStringLiteral(SERVERY_VERSION), QDir::toNativeSeparators(m_options.folder));
    text += QStringLiteral("\n\n");
    // The addresses line up after the longer heading, in any language.
    const QString localHeading = tr("This computer:");
    const QString networkHeading = tr("Your network:");
    const qsizetype column = 4 + std::max(localHeading.size(), networkHeading.size());
    bool firstLocal = true;
    bool firstNetwork = true;
    for (const ServedUrl &u : urls) {
        QString heading;
        if (u.thisComputerOnly) {
            heading = firstLocal ? QStringLiteral("  ") + localHeading : QString();
            firstLocal = false;
        } else {
            heading = firstNetwork ? QStringLiteral("  ") + networkHeading : QString();
            firstNetwork = false;
        }
        QString line = heading.leftJustified(column) + u.url;
        if (!u.interfaceLabel.isEmpty())
            line += QStringLiteral("  (%1)").arg(
                u.isVirtual ? tr("%1, virtual", "a network interface").arg(u.interfaceLabel) : u.interfaceLabel);
        text += line + u'\n';
    }
    text += u'\n';
    if (key.isEmpty() && reachableByOthers && !m_options.catchAll)
        text += tr("Warning: anyone on your network can open this folder (--no-key: no access key).")
            + QStringLiteral("\n\n");
    else if (key.isEmpty() && reachableByOthers)
        text += tr("Devices on your network can send requests here; no files are shared.") + QStringLiteral("\n\n");
    if (m_inspect) {
        const int n = int(m_inspect->rules()->size());
        text += tr("Reply rules: %n rules from %1.", nullptr, n).arg(QDir::toNativeSeparators(m_options.rulesPath))
            + u'\n';
    }
    if (m_options.catchAll || m_inspect) {
        text
            += tr("Bodies are kept up to %1 (--capture-limit).").arg(humanSize(m_server.config().captureLimit)) + u'\n';
        if (!m_options.harPath.isEmpty())
            text
                += tr("Every request goes to %1 as HAR when you stop.").arg(QDir::toNativeSeparators(m_options.harPath))
                + u'\n';
        text += u'\n';
    } else if (!m_options.harPath.isEmpty()) {
        text += tr("Every request goes to %1 as HAR when you stop.").arg(QDir::toNativeSeparators(m_options.harPath))
            + QStringLiteral("\n\n");
    }
    if (m_server.config().allowUploads) {
        text += (m_server.config().overwriteUploads
                     ? tr("Uploads are on (--upload --overwrite): devices can add files, and PUT can replace one.")
                     : tr("Uploads are on (--upload): devices can add files; none is ever replaced."))
            + QStringLiteral("\n\n");
    }

    if (const ServedUrl *best = bestShareUrl(urls)) {
        text += tr("Scan with a phone on the same network to open %1").arg(best->url) + QStringLiteral("\n\n");
        text += renderTerminalQr(best->url, wantsColour() ? TerminalColors::Ansi : TerminalColors::None);
        text += u'\n';
    } else if (firstNetwork) {
        if (m_options.localOnly)
            text += tr("Only this computer can connect (--local-only), so there is no QR code.")
                + QStringLiteral("\n\n");
        else
            text += tr("Other devices can't reach this address, so there is no QR code.") + QStringLiteral("\n\n");
    } else {
        text += tr("No network connection found for phones to use, so there is no QR code.") + QStringLiteral("\n\n");
    }
    if (m_site) {
        const SiteSettings site = m_site->settings();
        QStringList on;
        if (site.liveReload)
            on.append(tr("live reload"));
        if (site.cleanUrls != CleanUrls::Off)
            on.append(site.cleanUrls == CleanUrls::Strict ? tr("clean URLs (strict)") : tr("clean URLs"));
        if (site.spa)
            on.append(tr("SPA fallback to %1").arg(site.spaFile.isEmpty() ? m_options.indexFileName : site.spaFile));
        if (site.cors)
            on.append(QStringLiteral("CORS"));
        const int rules = int(m_site->activeRules().size());
        if (rules > 0)
            on.append(tr("%n host rules", nullptr, rules));
        // A list of the features that are on, not a sentence: each item is
        // translated whole, and the list separator with them.
        if (!on.isEmpty())
            text += tr("Site preview: %1.").arg(on.join(tr(", ", "between the items of a list")))
                + QStringLiteral("\n\n");
    }
    text += tr("Press Ctrl+C to stop.") + QStringLiteral("\n\n");
    print(text);
}

void HeadlessSession::onStartFailed(const ServerError &error)
{
    // The hint is a sentence of its own after the error's.
    QString hint;
    switch (error.code) {
    case ServerError::Code::PortInUse:
        hint = tr("Choose another with --port, or --port 0 for any free port.");
        break;
    case ServerError::Code::PermissionDenied:
        hint = tr("Use a port of 1024 or above, such as --port 8080.");
        break;
    case ServerError::Code::AddressNotAvailable:
        hint = tr("Leave out --bind to listen on every address.");
        break;
    case ServerError::Code::FolderMissing:
    case ServerError::Code::FolderUnreadable:
        hint = tr("Name a folder you can read: servery /path/to/folder");
        break;
    default:
        break;
    }
    printProblem(hint.isEmpty() ? error.message : QStringLiteral("%1 %2").arg(error.message, hint));
    Q_EMIT finished(1);
}

void HeadlessSession::onTerminationRequested()
{
    if (m_stopRequested) {
        printError(tr("Stopped at once.") + u'\n');
        writeAccessLog();
        Q_EMIT finished(writeHar() ? 130 : 1);
        return;
    }
    m_stopRequested = true;
    if (m_server.state() == Server::State::Stopped) {
        Q_EMIT finished(0);
        return;
    }
    printError(tr("Stopping: finishing requests under way (Ctrl+C again to stop at once)...") + u'\n');
    m_server.stop();
}

void HeadlessSession::onStopped()
{
    writeAccessLog();
    const bool harWritten = writeHar();
    if (m_logFile.isOpen() && !m_logFile.flush())
        noteLogFailure(0);
    const QString text = m_lostLogLines > 0
        ? tr("Stopped. %n access log lines could not be written.", nullptr, int(m_lostLogLines))
        : tr("Stopped.");
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
        = m_log == &m_stdout ? tr("standard output") : QDir::toNativeSeparators(m_options.accessLogPath);
    printProblem(tr("cannot write the access log to %1: %2. Serving goes on; lines that cannot be written are counted.")
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
        printProblem(tr("cannot write the HAR to %1: %2").arg(name, error));
        return false;
    }
    QString text = tr("Wrote %n requests to %1.", nullptr, int(records.size())).arg(name);
    if (m_harDropped > 0)
        text += u' ' + tr("The %n oldest were left out to stay within memory.", nullptr, int(m_harDropped));
    printError(text + u'\n');
    return true;
}

void HeadlessSession::printRuleProblems()
{
    for (const RuleProblem &p : m_site->ruleProblems()) {
        const QString place = p.line > 0 ? QStringLiteral("%1:%2").arg(p.file).arg(p.line) : p.file;
        printProblem(QStringLiteral("%1: %2").arg(place, p.warning ? tr("warning: %1").arg(p.message) : p.message));
    }
}

void HeadlessSession::printConsoleMessage(const ConsoleMessage &m)
{
    QString place = m.source.isEmpty() ? m.page : m.source;
    if (m.line > 0)
        place += QStringLiteral(":%1").arg(m.line);
    printError(tr("console.%1 from %2: %3 (%4)").arg(m.level, m.client.toString(), m.message, place) + u'\n');
}

void HeadlessSession::print(const QString &text)
{
    m_stdout.write(text.toUtf8());
    m_stdout.flush();
}

void HeadlessSession::printProblem(const QString &message)
{
    // "servery: " names the program, as command-line tools do; the message
    // is translated, the name is not.
    printError(QStringLiteral("servery: ") + message + u'\n');
}

void HeadlessSession::printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Servery
