// Servery's entry point: parse the command line, then run the window or the
// headless session. Everything else lives in server/ and ui/.

#include "CommandLine.h"
#include "EventLoopProbe.h"
#include "HeadlessSession.h"
#include "ServerSetup.h"
#include "SignalWatcher.h"
#include "SingleInstance.h"

#include "server/util/Catalogue.h"

#ifdef SERVERY_HAVE_GUI
#include "ui/LaunchRequests.h"
#include "ui/MainWindow.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSet>

#include <cstdio>

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

#ifdef SERVERY_HAVE_GUI
// The options named on a command line, as "--name" (short and single-dash
// forms made long), up to a "--". Values given separately are skipped for
// the options that take one.
QStringList optionNames(const QStringList &arguments)
{
    static const QSet<QString> withValue
        = {QStringLiteral("--port"),     QStringLiteral("--bind"),       QStringLiteral("--access-log"),
           QStringLiteral("--workers"),  QStringLiteral("--mode"),       QStringLiteral("--index"),
           QStringLiteral("--key"),      QStringLiteral("--allow-host"), QStringLiteral("--header"),
           QStringLiteral("--rules"),    QStringLiteral("--har"),        QStringLiteral("--capture-limit"),
           QStringLiteral("--lag-probe")};
    QStringList names;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--")
            break;
        if (!a.startsWith(u'-') || a.size() < 2)
            continue;
        QString name = a.section(u'=', 0, 0);
        if (name == u"-p")
            name = QStringLiteral("--port");
        else if (name == u"-l")
            name = QStringLiteral("--local-only");
        else if (name == u"-b")
            name = QStringLiteral("--bind");
        else if (name == u"-q")
            name = QStringLiteral("--quiet");
        else if (!name.startsWith(u"--"))
            name.prepend(u'-');
        names.append(name);
        if (!a.contains(u'=') && withValue.contains(name))
            ++i;
    }
    return names;
}

// What a later launch asks of the running window; its other options are
// only named (the window keeps its own).
Servery::LaunchRequest launchRequestFor(const Servery::Options &options, const QStringList &arguments)
{
    Servery::LaunchRequest request;
    if (options.folderGiven)
        request.folder = options.folder;
    request.catchRequests = options.catchAll;
    request.start = options.start;
    if (options.portGiven)
        request.port = options.port;
    request.localOnly = options.localOnly;
    static const QSet<QString> applied = {QStringLiteral("--port"), QStringLiteral("--local-only"),
                                          QStringLiteral("--start"), QStringLiteral("--catch")};
    for (const QString &name : optionNames(arguments)) {
        if (!applied.contains(name) && !request.notApplied.contains(name))
            request.notApplied.append(name);
    }
    return request;
}

// On X11/Wayland systems a window needs a display; elsewhere there always is one.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
#endif

// Qt's own event dispatcher polls sockets more cheaply than the GLib one
// when hundreds of connections are open (bench/run measures it). Threads
// take the dispatcher chosen when they start, so set this before the
// server's threads exist; a user's own QT_NO_GLIB wins.
void preferPlainEventDispatcher()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#endif
}

int runHeadless(int argc, char **argv, const Servery::Options &options)
{
    preferPlainEventDispatcher();
    QCoreApplication app(argc, argv);
    Servery::Catalogue::installSystemCatalogues(app);
    QCoreApplication::setApplicationName(QStringLiteral("Servery"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVERY_VERSION));
    Servery::HeadlessSession session(options);
    QObject::connect(&session, &Servery::HeadlessSession::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    session.start();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // The engine's diagnostics stay quiet unless asked for, e.g. with
    // QT_LOGGING_RULES="servery.*.debug=true" (the variable overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("servery.*.debug=false\nservery.*.info=false"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Servery::CommandLine cl = Servery::CommandLine::parse(arguments, QDir::currentPath());
    switch (cl.action) {
    case Servery::CommandLine::Action::ShowHelp:
        printTo(stdout, cl.output.isEmpty() ? Servery::CommandLine::helpText() : cl.output);
        return 0;
    case Servery::CommandLine::Action::ShowVersion:
        printTo(stdout, cl.output.isEmpty() ? Servery::CommandLine::versionText() : cl.output);
        return 0;
    case Servery::CommandLine::Action::UsageError:
        printTo(stderr,
                Servery::Catalogue::translate("main", "servery: %1\nTry 'servery --help' for the options.\n")
                    .arg(cl.error));
        return 2;
    case Servery::CommandLine::Action::Run:
        break;
    }

#ifdef SERVERY_HAVE_GUI
    if (!cl.options.headless) {
        if (displayAvailable()) {
            // The window has its own "Who can connect" and its own log.
            if (!cl.options.bindAddress.isNull() || !cl.options.accessLogPath.isEmpty() || cl.options.quiet) {
                printTo(stderr,
                        Servery::Catalogue::translate("main",
                                                      "servery: --bind, --access-log and --quiet go with --headless; "
                                                      "the window chooses who can connect and shows its own log.\n"
                                                      "Try 'servery --help' for the options.\n"));
                return 2;
            }
            QApplication app(argc, argv);
            Servery::Catalogue::installSystemCatalogues(app);
            QApplication::setApplicationName(QStringLiteral("Servery"));
            QApplication::setOrganizationName(QStringLiteral("Servery"));
            QApplication::setApplicationVersion(QStringLiteral(SERVERY_VERSION));
            QApplication::setDesktopFileName(QStringLiteral("io.github.servery.Servery"));
            // Closing the window may leave Servery sharing from the tray;
            // quitting is explicit.
            QApplication::setQuitOnLastWindowClosed(false);
            QApplication::setWindowIcon(Servery::MainWindow::appIcon());
            // One window per user: a window already running takes this
            // launch's folder and options, unless --new-instance.
            Servery::SingleInstance instance;
            if (cl.options.newInstance)
                qCDebug(lcInstance) << "--new-instance: a window of its own, not handing over";
            if (!cl.options.newInstance) {
                const Servery::SingleInstance::HandOver handOver
                    = Servery::SingleInstance::handOver({arguments, QDir::currentPath()});
                if (handOver == Servery::SingleInstance::HandOver::Taken) {
                    printTo(stdout,
                            Servery::Catalogue::translate("main",
                                                          "Servery is already running: its window "
                                                          "takes this. (--new-instance opens another "
                                                          "window.)\n"));
                    return 0;
                }
                // Nobody took it: this is the window later launches come
                // to (unless a window that would not take it holds the name).
                if (handOver == Servery::SingleInstance::HandOver::NoneRunning)
                    instance.listen();
            }
            // After QApplication: the GUI thread keeps the desktop's GLib
            // loop, the server's worker threads get the plain one.
            preferPlainEventDispatcher();

            Servery::WindowOptions windowOptions;
            if (cl.options.folderGiven)
                windowOptions.folder = cl.options.folder;
            if (cl.options.portGiven)
                windowOptions.port = cl.options.port;
            windowOptions.localOnly = cl.options.localOnly;
            windowOptions.startNow = cl.options.start;
            // Folder, port and scope come from the window; the rest from the
            // command line, through the same mapping as headless mode.
            // Catching is the window's job selector's to choose, start by
            // start; the defaults are those of sharing.
            Servery::Options sharing = cl.options;
            sharing.catchAll = false;
            windowOptions.server = Servery::serverConfigFor(sharing);
            // These the command line set win over the saved preferences.
            const QStringList given = optionNames(arguments);
            windowOptions.serverGiven.mode = given.contains(u"--mode");
            windowOptions.serverGiven.indexFileName = given.contains(u"--index");
            windowOptions.serverGiven.listDirectories = given.contains(u"--no-listing");
            windowOptions.serverGiven.showHidden = given.contains(u"--hidden");
            windowOptions.serverGiven.followSymlinks = given.contains(u"--follow-symlinks");
            windowOptions.serverGiven.workers = given.contains(u"--workers");
            windowOptions.server.recordDetail = Servery::RecordDetail::Full;
            windowOptions.routes = Servery::servedRoutes();
            windowOptions.routesWithSite
                = [](const Servery::SitePreview *site, std::shared_ptr<Servery::InspectState> inspect) {
                      return Servery::servedRoutes(site, std::move(inspect));
                  };
            windowOptions.catchRequests = cl.options.catchAll;
            windowOptions.rulesPath = cl.options.rulesPath;
            if (cl.options.captureLimit >= 0)
                windowOptions.captureLimit = cl.options.captureLimit;
            windowOptions.site = Servery::siteSettingsFor(cl.options);
            const Servery::Options &o = cl.options;
            windowOptions.siteGiven = o.noReload || !o.cleanUrls.isEmpty() || o.spa || o.cors || !o.headers.isEmpty()
                || o.consoleAll || o.shareMode;
            Servery::MainWindow window(windowOptions);
            // A key given with --key stays for every start; otherwise each
            // start draws a new one.
            window.session().setAccessKeyPinned(!cl.options.key.isEmpty());
            instance.setHandler([&window](const Servery::SingleInstance::Request &request) {
                const Servery::CommandLine later
                    = Servery::CommandLine::parse(request.arguments, request.currentFolder);
                // The launch checked its command line before handing it
                // over; one this window reads otherwise (another version)
                // or a headless one is not taken.
                if (later.action != Servery::CommandLine::Action::Run || later.options.headless)
                    return false;
                window.launchRequests()->open(launchRequestFor(later.options, request.arguments));
                return true;
            });
            Servery::SignalWatcher signalWatcher;
            QObject::connect(&signalWatcher, &Servery::SignalWatcher::terminationRequested, &window,
                             &Servery::MainWindow::quitGracefully);
            std::unique_ptr<Servery::EventLoopProbe> probe;
            if (!cl.options.lagProbePath.isEmpty())
                probe = std::make_unique<Servery::EventLoopProbe>(cl.options.lagProbePath);
            window.show();
            return app.exec();
        }
        printTo(stderr,
                Servery::Catalogue::translate(
                    "main", "servery: no display found, so running headless (as with --headless).\n"));
    }
#else
    if (!cl.options.headless)
        printTo(stderr,
                Servery::Catalogue::translate("main", "servery: built without the window, so running headless.\n"));
#endif
    return runHeadless(argc, argv, cl.options);
}
