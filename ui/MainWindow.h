#pragma once

#include "ContactWatch.h"
#include "Preferences.h"
#include "ServeSession.h"
#include "UploadNotices.h"

#include "server/inspect/InspectState.h"
#include "server/route/StandardRoutes.h"
#include "server/site/SitePreview.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QStackedWidget;
class QSplitter;
class QTabWidget;
class QLabel;
class QPushButton;
class QFrame;
class QSystemTrayIcon;
class QTimer;

namespace Servery {

class DeviceListModel;
class DevicesPanel;
class EmptyState;
class HelpMenu;
class LaunchRequests;
class TransferListModel;
class TransfersPanel;
class LogFileActions;
class LogPanel;
class PreviewPanel;
class RulesPanel;
class ServePanel;
class SharePanel;
class StatusStrip;

// What the command line asks of the window.
struct WindowOptions {
    QString folder; // empty: the folder saved last time
    std::optional<quint16> port; // unset: the port saved last time
    bool localOnly = false;
    bool startNow = false; // --start: serve at once (to the network
                           // unless localOnly)
    // Everything else the command line sets (mode, index name, listings,
    // hidden files, symlinks, workers); folder, port and scope come from the
    // window.
    ServerConfig server;
    // Which of the Preferences' options the command line set in `server`:
    // those win over the saved preferences for this run.
    ServerOptionsGiven serverGiven;
    // The handler chain for each start (standardRoutes() when unset).
    RoutesForConfig routes;
    // The chain for each start with that session's site preview (null when
    // catching) and the window's reply rules (when set, instead of `routes`).
    std::function<RoutesForConfig(const SitePreview *, std::shared_ptr<InspectState>)> routesWithSite;
    // --catch: start in "Catch requests" (no folder); else the job chosen
    // last time.
    bool catchRequests = false;
    // --rules FILE: the reply rules to start with, instead of those saved.
    QString rulesPath;
    // --capture-limit: how much of a caught body is kept, instead of the
    // size chosen last time.
    std::optional<qint64> captureLimit;
    // The site preview's switches from the command line; when not given,
    // those the person chose last time.
    SiteSettings site;
    bool siteGiven = false;
};

// The application window: the serve controls on top, the share panel (where,
// the URL, the QR code) beside the live request log and its details, and the
// activity figures in the status bar. Settings persist with QSettings;
// closing while serving keeps serving from the tray where there is one.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const WindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServeSession &session() { return m_session; }
    ServePanel *servePanel() const { return m_serve; }
    SharePanel *sharePanel() const { return m_share; }
    LogPanel *logPanel() const { return m_log; }
    StatusStrip *statusStrip() const { return m_stats; }
    DevicesPanel *devicesPanel() const { return m_devicesPanel; }
    DeviceListModel *devices() const { return m_devices; }
    TransfersPanel *transfersPanel() const { return m_transfersPanel; }
    TransferListModel *transfers() const { return m_transfers; }
    PreviewPanel *previewPanel() const { return m_previewPanel; }
    RulesPanel *rulesPanel() const { return m_rulesPanel; }
    LogFileActions *logFiles() const { return m_logFiles; }
    // The reply rules the server answers with, shared with its links.
    const std::shared_ptr<InspectState> &inspectState() const { return m_inspect; }
    // The running session's site preview; null while stopped.
    SitePreview *sitePreview() const { return m_site.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    ContactWatch &contactWatch() { return m_contact; }
    UploadNotices &uploadNotices() { return m_notices; }
    // The last notice shown in the window ("3 photos from ... saved to
    // ..."), or empty.
    QString noticeText() const;
    bool isShowingEmptyState() const;

    // Sets the folder to share, as Browse, a drop or the command line do.
    void setFolder(const QString &folder);
    void toggleServing();
    void copyUrl();
    // Stops serving (draining requests under way), then quits.
    void quitGracefully();
    // "Catch requests" (every method on every path answered and kept) or
    // "Share a folder", as the job selector, the empty state or --catch do.
    void setCatching(bool catching);
    bool isCatching() const;
    // Starts serving what the panel shows. `remember`: a start the person
    // asked for, whose settings are saved (not one the command line made
    // with --start).
    void startServing(bool remember = true);
    // Shows the window (from the tray or minimized too), raised and active.
    void bringToFront();
    // What other launches of Servery ask of this window.
    LaunchRequests *launchRequests() const { return m_launches; }
    HelpMenu *helpMenu() const { return m_help; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *startStopAction() const { return m_startStopAction; }
    void showPreferences();

    static QIcon appIcon();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void setUpTray();
    void updateStartAction();
    void applyPreferredBoxes();
    void browse();
    // Shares `folder`: restarts the server on it if serving, else starts
    // when `startNow`.
    void switchFolder(const QString &folder, bool startNow);
    void trySample();
    void startCatching();
    void updatePage();
    void testRulesWithSelected();
    void onStateChanged(ServeSession::State state);
    void onStartFailed(const ServerError &error, quint16 suggestedPort);
    void onUrlsChanged(const QList<ServedUrl> &urls);
    void takeRecords();
    // Records taken per turn of the event loop (takeRecords).
    static constexpr qsizetype kRecordsPerTurn = 500;
    bool m_moreRecordsQueued = false;
    void takeTransfers();
    void setBlocked(const QHostAddress &address, bool blocked);
    void setUploadsAllowed(bool allowed);
    void showNotice(const QString &text);
    void openFolder();
    void updateTabTitles();
    void updateStats();
    void saveQrPng();
    void enlargeQr();
    void updateTitle();
    void loadSettings(const WindowOptions &options);
    void saveServeSettings();
    void saveWindowSettings();
    void rememberFolder(const QString &folder);

    // Before the session: destroyed after its server, whose links use it.
    std::unique_ptr<SitePreview> m_site;
    ServeSession m_session;
    ServePanel *m_serve = nullptr;
    SharePanel *m_share = nullptr;
    LogPanel *m_log = nullptr;
    QTabWidget *m_tabs = nullptr;
    DeviceListModel *m_devices = nullptr;
    DevicesPanel *m_devicesPanel = nullptr;
    TransferListModel *m_transfers = nullptr;
    TransfersPanel *m_transfersPanel = nullptr;
    PreviewPanel *m_previewPanel = nullptr;
    RulesPanel *m_rulesPanel = nullptr;
    LogFileActions *m_logFiles = nullptr;
    std::shared_ptr<InspectState> m_inspect;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    ContactWatch m_contact;
    UploadNotices m_notices;
    StatusStrip *m_stats = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_statsTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_startStopAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    HelpMenu *m_help = nullptr;
    LaunchRequests *m_launches = nullptr;
    ServerOptionsGiven m_serverGiven;
    // A port and body limit saved in Preferences, for the boxes once stopped.
    std::optional<quint16> m_portAfterStop;
    std::optional<qint64> m_captureLimitAfterStop;
    QString m_preferredAddress;
    QStringList m_recentFolders;
    bool m_quitting = false;
    bool m_trayNoticeShown = false;
    bool m_restartAfterStop = false;
    bool m_rememberThisRun = true;
    ServerConfig m_serverDefaults;
    RoutesForConfig m_routes;
    std::function<RoutesForConfig(const SitePreview *, std::shared_ptr<InspectState>)> m_routesWithSite;
    bool m_customRoutes = false; // a test's own chain: no site preview
};

} // namespace Servery
