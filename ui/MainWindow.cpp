#include "MainWindow.h"

#include "DeviceListModel.h"
#include "DevicesPanel.h"
#include "EmptyState.h"
#include "HelpMenu.h"
#include "LaunchRequests.h"
#include "LogFiles.h"
#include "LogPanel.h"
#include "PreferencesDialog.h"
#include "PreviewPanel.h"
#include "QrCodeWidget.h"
#include "RequestLogModel.h"
#include "RulesPanel.h"
#include "ServePanel.h"
#include "SharePanel.h"
#include "StatusStrip.h"
#include "TransferListModel.h"
#include "TransfersPanel.h"

#include "server/http/limits.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Servery {

namespace {

constexpr int kMaxRecentFolders = 8;

namespace Key {
const QString folder = QStringLiteral("serve/folder");
const QString job = QStringLiteral("serve/job");
const QString captureLimit = Preferences::kCaptureLimitKey;
const QString recent = QStringLiteral("serve/recentFolders");
const QString port = Preferences::kPortKey;
const QString scope = QStringLiteral("serve/scope");
const QString address = QStringLiteral("share/address");
const QString uploads = QStringLiteral("share/uploads");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString mainSplitter = QStringLiteral("window/mainSplitter");
const QString logSplitter = QStringLiteral("window/logSplitter");
const QString trayNotice = QStringLiteral("window/trayNoticeShown");
} // namespace Key

} // namespace

QIcon MainWindow::appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/servery/icons/servery-%1.png").arg(size), QSize(size, size));
    return icon;
}

MainWindow::MainWindow(const WindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(appIcon());
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_serve = new ServePanel(central);
    layout->addWidget(m_serve);

    m_pages = new QStackedWidget(central);
    m_empty = new EmptyState(m_pages);
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_share = new SharePanel(m_splitter);
    // Beside it: the request log, who is connected, and what is moving.
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_notice = new QFrame(right);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    auto *openFolderButton = new QPushButton(tr("Open folder"), m_notice);
    auto *closeNotice = new QToolButton(m_notice);
    closeNotice->setText(QStringLiteral("\u2715"));
    closeNotice->setAutoRaise(true);
    closeNotice->setAccessibleName(tr("Close the notice"));
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(openFolderButton);
    noticeLayout->addWidget(closeNotice);
    m_notice->setVisible(false);
    connect(openFolderButton, &QPushButton::clicked, this, &MainWindow::openFolder);
    connect(closeNotice, &QToolButton::clicked, m_notice, &QWidget::hide);
    rightLayout->addWidget(m_notice);
    m_tabs = new QTabWidget(right);
    m_tabs->setDocumentMode(true);
    m_log = new LogPanel(m_tabs);
    m_devices = new DeviceListModel(this);
    m_devicesPanel = new DevicesPanel(m_devices, m_tabs);
    m_transfers = new TransferListModel(this);
    m_transfersPanel = new TransfersPanel(m_transfers, m_tabs);
    m_tabs->addTab(m_log, tr("&Requests"));
    m_tabs->addTab(m_devicesPanel, tr("&Devices"));
    m_tabs->addTab(m_transfersPanel, tr("&Transfers"));
    m_previewPanel = new PreviewPanel(m_tabs);
    m_tabs->addTab(m_previewPanel, tr("Pre&view"));
    m_rulesPanel = new RulesPanel(m_tabs);
    m_tabs->addTab(m_rulesPanel, tr("R&ules"));
    rightLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(m_share);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_splitter);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_stats = new StatusStrip(this);
    // On the right: with all the width, it left none for the messages
    // (statusBar()->showMessage) on the left.
    statusBar()->addPermanentWidget(m_stats);

    connect(m_serve, &ServePanel::startStopClicked, this, &MainWindow::toggleServing);
    connect(m_serve, &ServePanel::browseClicked, this, &MainWindow::browse);
    connect(m_serve, &ServePanel::folderEdited, this, [this] {
        updatePage();
        updateTitle();
    });
    connect(m_serve, &ServePanel::jobChanged, this, [this] {
        m_serve->clearProblem();
        updatePage();
        updateTitle();
    });
    connect(m_empty, &EmptyState::browseClicked, this, &MainWindow::browse);
    connect(m_empty, &EmptyState::sampleClicked, this, &MainWindow::trySample);
    connect(m_empty, &EmptyState::catchClicked, this, &MainWindow::startCatching);
    connect(m_share, &SharePanel::addressChosen, this, [this](const QString &address) {
        m_preferredAddress = address;
        QSettings().setValue(Key::address, address);
        m_log->setOrigin(QUrl(m_share->currentUrl()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
    });
    connect(m_share, &SharePanel::copyUrlRequested, this, &MainWindow::copyUrl);
    connect(m_share, &SharePanel::openUrlRequested, this,
            [this] { QDesktopServices::openUrl(QUrl(m_share->currentUrl())); });
    connect(m_share, &SharePanel::saveQrRequested, this, &MainWindow::saveQrPng);
    connect(m_share, &SharePanel::enlargeQrRequested, this, &MainWindow::enlargeQr);
    connect(m_log, &LogPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 3000); });
    connect(m_share, &SharePanel::uploadsToggled, this, &MainWindow::setUploadsAllowed);
    connect(m_devicesPanel, &DevicesPanel::blockRequested, this, &MainWindow::setBlocked);
    connect(m_transfersPanel, &TransfersPanel::openFolderRequested, this, &MainWindow::openFolder);
    connect(m_devices, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabTitles);
    connect(m_devices, &QAbstractItemModel::modelReset, this, &MainWindow::updateTabTitles);
    connect(m_transfers, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTabTitles);
    connect(m_transfers, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTabTitles);
    connect(m_transfers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTabTitles);
    connect(&m_contact, &ContactWatch::reached, this, [this](const QString &device, const QHostAddress &address) {
        m_share->showContactReached(device, address.toString());
        statusBar()->showMessage(tr("Reached from %1").arg(device), 5000);
    });
    connect(&m_contact, &ContactWatch::silent, this, [this] { m_share->showContactSilent(m_session.server().port()); });
    connect(&m_notices, &UploadNotices::noticeReady, this, [this](const QString &text) { showNotice(text); });

    connect(&m_session, &ServeSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_session, &ServeSession::startFailed, this, &MainWindow::onStartFailed);
    connect(&m_session, &ServeSession::urlsChanged, this, &MainWindow::onUrlsChanged);
    connect(m_session.server().records(), &RecordFeed::recordsAvailable, this, &MainWindow::takeRecords);
    connect(m_session.server().transfers(), &TransferFeed::transfersChanged, this, &MainWindow::takeTransfers);

    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &MainWindow::updateStats);

    // Log > Export and Import.
    m_logFiles = new LogFileActions(m_log, this);
    m_logFiles->setOrigin(
        [this] { return QUrl(m_share->currentUrl()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(); });
    connect(m_logFiles, &LogFileActions::busy, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_logFiles, &LogFileActions::done, this, [this](const QString &text, bool ok) {
        if (ok)
            statusBar()->showMessage(text, 6000);
        else
            m_serve->showProblem(text);
    });
    connect(m_logFiles, &LogFileActions::imported, this, [this] {
        m_pages->setCurrentWidget(m_splitter);
        m_tabs->setCurrentWidget(m_log);
    });

    setUpActions();
    setUpTray();
    loadSettings(options);
    updateTitle();
    // Start (and its shortcut) wait for a folder, unless catching.
    connect(m_serve, &ServePanel::startableChanged, this, &MainWindow::updateStartAction);
    updateStartAction();
    // What the empty state and the idle share panel promise follows "Who
    // can connect": no QR code for phones when only this computer can.
    const auto showScope = [this] {
        const bool localOnly = m_serve->scope() == ListenScope::LocalOnly;
        m_empty->setLocalOnly(localOnly);
        if (m_session.state() == ServeSession::State::Stopped)
            m_share->setLocalOnly(localOnly);
    };
    connect(m_serve, &ServePanel::scopeChanged, this, showScope);
    showScope();
    m_launches = new LaunchRequests(this);

    m_serverDefaults = options.server;
    m_serverGiven = options.serverGiven;
    m_log->model()->setCapacity(Preferences::load().logRows);
    // --upload turns uploads on; otherwise the window's switch, as last set.
    if (!m_serverDefaults.allowUploads)
        m_serverDefaults.allowUploads = QSettings().value(Key::uploads, false).toBool();
    m_share->setUploadsAllowed(m_serverDefaults.allowUploads);
    updateTabTitles();
    m_routes = options.routes ? options.routes : standardRoutesWith();
    m_customRoutes = bool(options.routes) && !options.routesWithSite;
    m_routesWithSite = options.routesWithSite;
    m_previewPanel->setSettings(options.siteGiven ? options.site : PreviewPanel::loadSettings(options.site));
    connect(m_previewPanel, &PreviewPanel::settingsChanged, this, &PreviewPanel::saveSettings);
    connect(m_previewPanel, &PreviewPanel::liveClientsChanged, this, &MainWindow::updateTabTitles);

    // The reply rules: those saved (or --rules), published to every server
    // this window starts, and to a running one at each edit.
    m_inspect = std::make_shared<InspectState>();
    if (options.rulesPath.isEmpty())
        m_rulesPanel->loadFromSettings();
    else
        m_rulesPanel->loadFrom(options.rulesPath);
    m_rulesPanel->setInspectState(m_inspect);
    connect(m_rulesPanel, &RulesPanel::rulesChanged, this, &MainWindow::updateTabTitles);
    updateTabTitles();

    if (options.startNow && (!m_serve->folder().isEmpty() || isCatching()))
        QMetaObject::invokeMethod(
            this, [this] { startServing(false); }, Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

void MainWindow::setUpActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Server"));
    m_startStopAction = file->addAction(tr("&Start sharing"), this, &MainWindow::toggleServing);
    m_startStopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    file->addAction(tr("Choose &folder\u2026"), QKeySequence::Open, this, &MainWindow::browse);
    file->addAction(tr("Try the sa&mple site"), this, &MainWindow::trySample);
    file->addSeparator();
    m_preferencesAction = file->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, where the platform has no key of its own for Preferences.
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quitGracefully);

    QMenu *share = menuBar()->addMenu(tr("S&hare"));
    m_copyUrlAction = share->addAction(tr("&Copy address"), this, &MainWindow::copyUrl);
    m_copyUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    share->addAction(tr("&Enlarge QR code"), this, &MainWindow::enlargeQr);
    share->addAction(tr("&Save QR code as PNG\u2026"), this, &MainWindow::saveQrPng);

    QMenu *log = menuBar()->addMenu(tr("&Log"));
    QAction *filter = log->addAction(tr("&Filter"), m_log, &LogPanel::focusFilter);
    filter->setShortcut(QKeySequence::Find);
    log->addAction(tr("&Pause or resume"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                   [this] { m_log->setPaused(!m_log->isPaused()); });
    log->addAction(tr("&Clear"), QKeySequence(Qt::CTRL | Qt::Key_K), m_log, &LogPanel::clear);
    log->addSeparator();
    log->addAction(tr("&Export the log\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E), m_logFiles,
                   [this] { m_logFiles->chooseExport(false); });
    log->addAction(tr("Export the &selected requests\u2026"), m_logFiles, [this] { m_logFiles->chooseExport(true); });
    log->addAction(tr("&Import a HAR file\u2026"), m_logFiles, &LogFileActions::chooseImport);
    log->addSeparator();
    log->addAction(tr("&Test the reply rules with this request"), this, &MainWindow::testRulesWithSelected);

    m_help = new HelpMenu(this);
}

void MainWindow::updateStartAction()
{
    m_startStopAction->setEnabled(m_session.state() != ServeSession::State::Stopped || m_serve->canStart());
}

void MainWindow::bringToFront()
{
    // Keeps a maximized window maximized.
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showPreferences()
{
    const Preferences saved = Preferences::load();
    auto *dialog = new PreferencesDialog(saved, m_session.state() != ServeSession::State::Stopped, m_serverGiven, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::saved, this, [this, saved](const Preferences &preferences) {
        preferences.save();
        // A new port or body limit goes to the window's boxes (a --port of
        // this run stays otherwise); they show what a running server uses
        // until it stops.
        if (preferences.port != saved.port)
            m_portAfterStop = preferences.port;
        if (preferences.captureLimit != saved.captureLimit)
            m_captureLimitAfterStop = preferences.captureLimit;
        if (m_session.state() == ServeSession::State::Stopped)
            applyPreferredBoxes();
    });
    dialog->open();
}

void MainWindow::applyPreferredBoxes()
{
    if (m_portAfterStop)
        m_serve->setPort(*std::exchange(m_portAfterStop, std::nullopt));
    if (m_captureLimitAfterStop)
        m_serve->setCaptureLimit(*std::exchange(m_captureLimitAfterStop, std::nullopt));
}

void MainWindow::setUpTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(QStringLiteral("Servery"));
    auto *menu = new QMenu(this);
    menu->addAction(m_startStopAction);
    menu->addAction(m_copyUrlAction);
    menu->addAction(tr("Show &window"), this, &MainWindow::bringToFront);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &MainWindow::quitGracefully);
    m_tray->setContextMenu(menu);
    // A notice of files received opens their folder when clicked.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::openFolder);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringToFront();
    });
    m_tray->show();
}

void MainWindow::loadSettings(const WindowOptions &options)
{
    QSettings s;
    m_recentFolders = s.value(Key::recent).toStringList();
    m_serve->setRecentFolders(m_recentFolders);
    const QString folder = options.folder.isEmpty() ? s.value(Key::folder).toString() : options.folder;
    m_serve->setPort(options.port.value_or(quint16(s.value(Key::port, 8080).toUInt())));
    ListenScope scope = s.value(Key::scope).toString() == u"local" ? ListenScope::LocalOnly : ListenScope::Network;
    if (options.startNow || options.localOnly)
        scope = options.localOnly ? ListenScope::LocalOnly : ListenScope::Network;
    m_serve->setScope(scope);
    m_preferredAddress = s.value(Key::address).toString();
    m_trayNoticeShown = s.value(Key::trayNotice, false).toBool();
    const bool catching
        = options.catchRequests || (options.folder.isEmpty() && s.value(Key::job).toString() == u"catch");
    m_serve->setJob(catching ? ServePanel::Job::Catch : ServePanel::Job::Share);
    m_serve->setCaptureLimit(
        options.captureLimit.value_or(s.value(Key::captureLimit, Limits::kDefaultCaptureLimit).toLongLong()));
    setFolder(folder);

    if (!restoreGeometry(s.value(Key::geometry).toByteArray())) {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1400, screen.width() * 9 / 10), std::min(820, screen.height() * 9 / 10));
    }
    restoreState(s.value(Key::state).toByteArray());
    if (!m_splitter->restoreState(s.value(Key::mainSplitter).toByteArray()))
        m_splitter->setSizes({330, 870});
    if (!m_log->splitter()->restoreState(s.value(Key::logSplitter).toByteArray()))
        m_log->splitter()->setSizes({540, 330});
}

void MainWindow::saveServeSettings()
{
    QSettings s;
    s.setValue(Key::folder, m_serve->folder());
    s.setValue(Key::job, isCatching() ? QStringLiteral("catch") : QStringLiteral("share"));
    s.setValue(Key::captureLimit, m_serve->captureLimit());
    s.setValue(Key::port, m_serve->port());
    s.setValue(Key::scope,
               m_serve->scope() == ListenScope::LocalOnly ? QStringLiteral("local") : QStringLiteral("network"));
    s.setValue(Key::recent, m_recentFolders);
}

void MainWindow::saveWindowSettings()
{
    QSettings s;
    s.setValue(Key::geometry, saveGeometry());
    s.setValue(Key::state, saveState());
    s.setValue(Key::mainSplitter, m_splitter->saveState());
    s.setValue(Key::logSplitter, m_log->splitter()->saveState());
}

void MainWindow::rememberFolder(const QString &folder)
{
    m_recentFolders.removeAll(folder);
    m_recentFolders.prepend(folder);
    while (m_recentFolders.size() > kMaxRecentFolders)
        m_recentFolders.removeLast();
    m_serve->setRecentFolders(m_recentFolders);
}

void MainWindow::setFolder(const QString &folder)
{
    m_serve->setFolder(folder);
    m_serve->clearProblem();
    updatePage();
    updateTitle();
}

void MainWindow::updatePage()
{
    const bool catching = isCatching();
    const bool nothingChosen = !catching && m_serve->folder().isEmpty();
    m_pages->setCurrentWidget(nothingChosen && m_session.state() == ServeSession::State::Stopped
                                  ? static_cast<QWidget *>(m_empty)
                                  : m_splitter);
    m_log->setCatchMode(catching);
    m_share->setCatching(catching);
}

bool MainWindow::isCatching() const
{
    return m_serve->job() == ServePanel::Job::Catch;
}

void MainWindow::setCatching(bool catching)
{
    if (m_session.state() != ServeSession::State::Stopped || catching == isCatching())
        return;
    m_serve->setJob(catching ? ServePanel::Job::Catch : ServePanel::Job::Share);
    m_serve->clearProblem();
    updatePage();
    updateTitle();
}

void MainWindow::startCatching()
{
    if (m_session.state() != ServeSession::State::Stopped)
        return;
    setCatching(true);
    startServing();
}

void MainWindow::updateTitle()
{
    const QString folder = m_serve->folder();
    const QString name = folder.isEmpty() ? QString() : QFileInfo(folder).fileName();
    QString title = name.isEmpty() ? QStringLiteral("Servery") : name + QStringLiteral(" \u2014 Servery");
    if (isCatching())
        title = m_session.state() == ServeSession::State::Running ? tr("Catching requests \u2014 Servery")
                                                                  : tr("Catch requests \u2014 Servery");
    else if (m_session.state() == ServeSession::State::Running)
        title = tr("Sharing %1").arg(title);
    setWindowTitle(title);
    if (m_tray)
        m_tray->setToolTip(title);
}

void MainWindow::browse()
{
    if (m_session.state() == ServeSession::State::Starting || m_session.state() == ServeSession::State::Stopping)
        return;
    const QString start = m_serve->folder().isEmpty() ? QDir::homePath() : m_serve->folder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder to share"), start);
    if (!folder.isEmpty())
        switchFolder(folder, false);
}

void MainWindow::switchFolder(const QString &folder, bool startNow)
{
    if (m_session.state() == ServeSession::State::Starting || m_session.state() == ServeSession::State::Stopping) {
        statusBar()->showMessage(tr("One moment: Servery is still starting or stopping."), 3000);
        return;
    }
    // A folder is for sharing.
    m_serve->setJob(ServePanel::Job::Share);
    if (m_session.state() == ServeSession::State::Running) {
        // Share the new folder straight away.
        m_restartAfterStop = true;
        setFolder(folder);
        m_session.stop();
        return;
    }
    setFolder(folder);
    if (startNow)
        startServing();
}

void MainWindow::trySample()
{
    if (m_session.state() != ServeSession::State::Stopped)
        return;
    m_serve->setMode(ServePanel::Mode::Busy);
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self] {
        const QString folder = EmptyState::extractSampleSite();
        QMetaObject::invokeMethod(
            qApp,
            [self, folder] {
                if (!self)
                    return;
                self->m_serve->setMode(ServePanel::Mode::Idle);
                if (folder.isEmpty()) {
                    self->m_serve->showProblem(tr("Could not copy the sample site to your disk."));
                    return;
                }
                self->m_serve->setJob(ServePanel::Job::Share);
                self->setFolder(folder);
                self->startServing();
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::toggleServing()
{
    switch (m_session.state()) {
    case ServeSession::State::Stopped:
        startServing();
        break;
    case ServeSession::State::Running:
    case ServeSession::State::Starting:
        m_session.stop();
        break;
    case ServeSession::State::Stopping:
        break;
    }
}

void MainWindow::startServing(bool remember)
{
    if (m_session.state() != ServeSession::State::Stopped)
        return;
    m_rememberThisRun = remember;
    const bool catching = isCatching();
    const QString folder = catching ? QString() : m_serve->folder();
    if (!catching && folder.isEmpty()) {
        m_serve->showProblem(tr("Choose a folder to share first: drop one on the window, or use Browse."));
        return;
    }
    m_serve->clearProblem();
    m_pages->setCurrentWidget(m_splitter);
    ServerConfig config = m_serverDefaults;
    // The saved preferences, where the command line did not say otherwise.
    const Preferences preferences = Preferences::load();
    preferences.applyTo(config, m_serverGiven);
    m_log->model()->setCapacity(preferences.logRows);
    config.rootPath = folder;
    config.port = m_serve->port();
    config.scope = m_serve->scope();
    // Catching: every method on every path, kept whole with the head as it
    // came. Webhooks and devices cannot add an access key to their address,
    // so there is none unless --key pinned one.
    config.catchAll = catching;
    config.keepRawHead = catching;
    config.captureLimit = m_serve->captureLimit();
    if (catching) {
        config.allowUploads = false;
        if (!m_session.isAccessKeyPinned())
            config.accessKey.clear();
    } else {
        m_notices.setFolderName(QFileInfo(folder).fileName().isEmpty() ? folder : QFileInfo(folder).fileName());
    }
    // Blocks last for the sharing session: a new one starts clean.
    m_devices->clear();
    m_session.server().clearBlocked();
    RoutesForConfig routes = m_routes;
    m_previewPanel->setPreview(nullptr);
    m_site.reset();
    const QString root = catching ? QString() : QFileInfo(folder).canonicalFilePath();
    if (!m_customRoutes) {
        if (!root.isEmpty()) {
            m_site = std::make_unique<SitePreview>(root, config.indexFileName, config.showHidden,
                                                   m_previewPanel->settings());
            m_previewPanel->setPreview(m_site.get());
            m_site->start();
        }
        if (m_routesWithSite) {
            routes = m_routesWithSite(m_site.get(), m_inspect);
        } else {
            ExtraLinks extra;
            if (m_site) {
                extra.site = m_site->state();
                extra.pages = m_site->decorator();
            }
            extra.inspect = m_inspect;
            routes = standardRoutesWith(extra);
        }
    }
    m_session.start(config, routes); // a new access key, unless pinned
}

void MainWindow::onStateChanged(ServeSession::State state)
{
    switch (state) {
    case ServeSession::State::Stopped:
        m_serve->setMode(ServePanel::Mode::Idle);
        m_share->setIdle();
        m_share->setLocalOnly(m_serve->scope() == ListenScope::LocalOnly);
        m_contact.end();
        m_stats->setIdle();
        m_statsTimer->stop();
        m_startStopAction->setText(tr("&Start sharing"));
        // Every last record, at once: the log is complete when it says so.
        do {
            takeRecords();
        } while (m_session.server().records()->pendingCount() > 0);
        // The server and its links are gone: so is the session's preview
        // (what its pages reported stays in the panel).
        m_previewPanel->setPreview(nullptr);
        m_site.reset();
        applyPreferredBoxes();
        if (m_quitting) {
            QApplication::quit();
            return;
        }
        if (m_restartAfterStop) {
            m_restartAfterStop = false;
            startServing(m_rememberThisRun);
        }
        break;
    case ServeSession::State::Starting:
    case ServeSession::State::Stopping:
        m_serve->setMode(ServePanel::Mode::Busy);
        break;
    case ServeSession::State::Running:
        m_serve->setMode(ServePanel::Mode::Serving);
        m_startStopAction->setText(tr("&Stop sharing"));
        // A --start from the command line is for that run only.
        if (m_rememberThisRun) {
            if (!isCatching())
                rememberFolder(m_serve->folder());
            saveServeSettings();
        }
        m_statsTimer->start();
        updateStats();
        break;
    }
    updateStartAction();
    updateTitle();
}

void MainWindow::onStartFailed(const ServerError &error, quint16 suggestedPort)
{
    if (error.code == ServerError::Code::PortInUse && suggestedPort != 0) {
        m_serve->showProblem(
            tr("Port %1 is already in use by another program. Use %2?").arg(m_session.config().port).arg(suggestedPort),
            tr("Use port %1").arg(suggestedPort), [this, suggestedPort] {
                m_serve->setPort(suggestedPort);
                startServing();
            });
        return;
    }
    QString message = error.message;
    if (error.code == ServerError::Code::FolderMissing || error.code == ServerError::Code::FolderUnreadable)
        message += u' ' + tr("Choose another folder with Browse.");
    else if (error.code == ServerError::Code::PermissionDenied)
        message += u' ' + tr("Choose a port of 1024 or above.");
    m_serve->showProblem(message);
}

void MainWindow::onUrlsChanged(const QList<ServedUrl> &urls)
{
    const bool localOnly = m_session.config().scope == ListenScope::LocalOnly;
    m_share->setServing(urls, m_preferredAddress, localOnly);
    // Once per start: the first time a QR code is shown, watch for the
    // first device (a later refresh of the addresses keeps watching).
    QList<QHostAddress> own;
    bool network = false;
    for (const ServedUrl &u : urls) {
        own.append(u.address);
        network = network || !u.thisComputerOnly;
    }
    if (m_contact.state() == ContactWatch::State::Off && !localOnly && network) {
        m_contact.begin(true, own);
        m_share->showContactWaiting();
    }
    m_log->setOrigin(QUrl(m_share->currentUrl()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
}

void MainWindow::takeRecords()
{
    // A busy server hands over thousands of records at a time. They are
    // taken a slice per turn of the event loop, so painting and input are
    // never held up for longer than one slice takes.
    RecordFeed *feed = m_session.server().records();
    QList<RequestRecord> records = feed->take(kRecordsPerTurn);
    if (records.isEmpty())
        return;
    m_devices->addRecords(records);
    m_contact.addRecords(records);
    m_notices.addRecords(records);
    // Moved, not shared: the log takes the records over without a copy.
    m_log->appendRecords(std::move(records));
    if (feed->pendingCount() > 0 && !m_moreRecordsQueued) {
        m_moreRecordsQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_moreRecordsQueued = false;
                takeRecords();
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::takeTransfers()
{
    TransferFeed *feed = m_session.server().transfers();
    m_transfers->update(feed->current(), feed->takeEnded(), QDateTime::currentMSecsSinceEpoch());
}

void MainWindow::setBlocked(const QHostAddress &address, bool blocked)
{
    m_session.server().setBlocked(address, blocked);
    m_devices->setBlocked(address, blocked);
    statusBar()->showMessage(blocked ? tr("%1 is blocked until sharing stops.").arg(address.toString())
                                     : tr("%1 may connect again.").arg(address.toString()),
                             4000);
}

void MainWindow::setUploadsAllowed(bool allowed)
{
    m_serverDefaults.allowUploads = allowed;
    QSettings().setValue(Key::uploads, allowed);
    // Takes effect at once for a running server: no restart, no new key.
    m_session.server().setUploadsAllowed(allowed);
    statusBar()->showMessage(
        allowed ? tr("Uploads are on: other devices can add files to the folder.") : tr("Uploads are off."), 4000);
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeText->setText(text);
    m_notice->setVisible(true);
    if (m_tray && (isHidden() || !isActiveWindow()))
        m_tray->showMessage(tr("Files received"), text, QSystemTrayIcon::Information, 8000);
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_noticeText->text();
}

void MainWindow::openFolder()
{
    const QString folder = m_serve->folder();
    if (!folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void MainWindow::updateTabTitles()
{
    const int others = m_devices->otherDeviceCount();
    m_tabs->setTabText(1, others > 0 ? tr("&Devices (%1)").arg(others) : tr("&Devices"));
    const int running = m_transfers->runningCount();
    m_tabs->setTabText(2, running > 0 ? tr("&Transfers (%1)").arg(running) : tr("&Transfers"));
    const int live = m_previewPanel ? m_previewPanel->liveClients() : 0;
    m_tabs->setTabText(3, live > 0 ? tr("Pre&view (%1)").arg(live) : tr("Pre&view"));
    const qsizetype rules = m_rulesPanel ? m_rulesPanel->rules().size() : 0;
    m_tabs->setTabText(4, rules > 0 ? tr("R&ules (%1)").arg(rules) : tr("R&ules"));
}

void MainWindow::testRulesWithSelected()
{
    const QList<RequestRecord> selected = m_log->selectedRecords();
    if (selected.isEmpty()) {
        statusBar()->showMessage(tr("Select a request in the log first."), 3000);
        return;
    }
    m_rulesPanel->setSampleRequest(selected.constFirst());
    m_tabs->setCurrentWidget(m_rulesPanel);
}

void MainWindow::updateStats()
{
    m_stats->update(m_session.server().stats(), m_log->model()->distinctClients());
}

void MainWindow::copyUrl()
{
    const QString url = m_share->currentUrl();
    if (url.isEmpty()) {
        statusBar()->showMessage(tr("Start sharing first; then there is an address to copy."), 3000);
        return;
    }
    QGuiApplication::clipboard()->setText(url);
    statusBar()->showMessage(tr("Copied %1").arg(url), 3000);
}

void MainWindow::saveQrPng()
{
    const QImage image = m_share->qrCode()->toImage(16);
    if (image.isNull())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the QR code"),
                                                      dir + QStringLiteral("/servery-qr.png"), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, image, path] {
        const bool ok = image.save(path, "PNG");
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, path] {
                if (!self)
                    return;
                if (ok)
                    self->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
                else
                    self->m_serve->showProblem(
                        tr("Could not save the QR code to %1.").arg(QDir::toNativeSeparators(path)));
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::enlargeQr()
{
    const QString url = m_share->currentUrl();
    if (m_share->qrCode()->isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Scan to open %1").arg(url));
    auto *layout = new QVBoxLayout(dialog);
    auto *qr = new QrCodeWidget(dialog);
    qr->setText(url);
    qr->setToolTip(tr("Click to close"));
    connect(qr, &QrCodeWidget::clicked, dialog, &QDialog::accept);
    auto *label = new QLabel(url, dialog);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    label->setFont(big);
    layout->addWidget(qr, 1);
    layout->addWidget(label);
    const int side = screen() ? std::min(screen()->availableGeometry().height() * 3 / 4, 720) : 600;
    dialog->resize(side, side + 40);
    dialog->open();
}

void MainWindow::quitGracefully()
{
    m_quitting = true;
    saveWindowSettings();
    if (m_session.state() == ServeSession::State::Stopped) {
        QApplication::quit();
        return;
    }
    m_session.stop();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    if (!m_quitting && m_tray && m_session.state() == ServeSession::State::Running) {
        // Keep sharing from the tray; say so, once.
        hide();
        if (!m_trayNoticeShown) {
            m_tray->showMessage(tr("Servery is still sharing"),
                                tr("It keeps running here. Use the tray menu to stop it or quit."),
                                QSystemTrayIcon::Information, 5000);
            m_trayNoticeShown = true;
            QSettings().setValue(Key::trayNotice, true);
        }
        event->ignore();
        return;
    }
    event->ignore();
    quitGracefully();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile() && QFileInfo(urls.constFirst().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    switchFolder(urls.constFirst().toLocalFile(), true);
}

} // namespace Servery
