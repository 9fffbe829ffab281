#pragma once

#include "server/site/SiteRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QThread;

namespace Servery {

class FolderWatcher;
class PushStream;
class PageDecorator;

// How /about finds about.html (preview's default is On).
enum class CleanUrls {
    Off,
    On, // "/about" serves about.html
    Strict, // and "/about.html" redirects to "/about"
};

// What a person switches for the site preview: on the command line, in the
// window's Preview panel, and while the server runs.
struct SiteSettings {
    bool liveReload = true; // inject the script, watch the folder
    CleanUrls cleanUrls = CleanUrls::On;
    bool rulesFiles = true; // read _redirects, _headers and serve.json
    bool spa = false; // unknown HTML paths get the app's page
    QString spaFile; // relative to the folder; empty: the index file
    bool cors = false;
    QByteArrayList corsOrigins; // empty: any ("*")
    QList<std::pair<QByteArray, QByteArray>> extraHeaders; // --header, on every response
    bool consoleAll = false; // mirror every console message, not only errors

    // Preview (the default) or sharing files: sharing turns off what only
    // a site needs.
    static SiteSettings forPreview();
    static SiteSettings forSharing();
};

// An extra header as a person writes it ("X-Frame-Options: DENY"): a token
// for the name (RFC 9110), a value without control characters; nothing
// when it is not one. For --header and the window's Preview tab alike.
std::optional<std::pair<QByteArray, QByteArray>> parseHeaderLine(QStringView line);
// The same headers written back, one per line.
QString formatHeaderLines(const QList<std::pair<QByteArray, QByteArray>> &headers);

// One message a page's console sent (live.js), for the window or the
// terminal.
struct ConsoleMessage {
    QDateTime time;
    QHostAddress client;
    QByteArray userAgent;
    QString level; // error, warn, info, log, debug
    QString message;
    QString page; // the page's URL
    QString source; // the script and place it came from
    int line = 0;
    int column = 0;
};

// What every request of the preview reads, immutable once published: the
// switches and the rules of the folder's files.
struct SiteSnapshot {
    quint64 version = 0; // one more for each snapshot published
    SiteSettings settings;
    SiteRuleSet rules;
    QString root; // canonical
    QString indexFileName;
    bool showHidden = false;
};

// What the preview shares with the links on every worker: the published
// snapshot, the pages listening for live reload, and the way back to the
// window. Thread-safe: the snapshot is an atomic pointer, the rest takes
// one small lock off the request path.
class SiteState : public std::enable_shared_from_this<SiteState> {
public:
    explicit SiteState(QByteArray session);

    std::shared_ptr<const SiteSnapshot> snapshot() const;
    void setSnapshot(std::shared_ptr<const SiteSnapshot> snapshot);

    // A page's event stream, with the hello event already in it.
    void addListener(std::shared_ptr<PushStream> stream);
    void broadcast(const QByteArray &event);
    int liveClients() const { return m_liveClients.load(std::memory_order_relaxed); }
    QByteArray helloEvent() const;
    QByteArray session() const { return m_session; }

    void reportConsole(const ConsoleMessage &message);
    void reportPageProblem(const QString &page, const QString &reason);

    // The preview that hears of listeners, console messages and problems;
    // null once it is gone (links may outlive it briefly while a server
    // stops).
    void attach(class SitePreview *preview);

private:
    void listenerGone();

    const QByteArray m_session;
    // Read by every request on every worker: an atomic pointer, no lock
    // shared between workers.
    std::atomic<std::shared_ptr<const SiteSnapshot>> m_snapshot;
    mutable QMutex m_mutex; // the listeners, the problems said, the preview
    std::vector<std::shared_ptr<PushStream>> m_listeners;
    std::atomic<int> m_liveClients {0};
    QSet<QString> m_reportedProblems;
    SitePreview *m_preview = nullptr;
};

// The site preview of one serving session: the settings, the folder's host
// rules, the pages listening for live reload and the folder watcher.
//
// Lives on the owner's thread (the window's, or main()'s headless); the
// watcher runs on a thread of its own so a large folder never stalls the
// window. Workers reach it only through the shared SiteState.
class SitePreview : public QObject {
    Q_OBJECT

public:
    SitePreview(const QString &root, const QString &indexFileName, bool showHidden, SiteSettings settings,
                QObject *parent = nullptr);
    ~SitePreview() override;

    // What the links of every worker hold.
    std::shared_ptr<SiteState> state() const { return m_state; }
    std::shared_ptr<PageDecorator> decorator() const { return m_decorator; }

    SiteSettings settings() const;
    // Takes effect for the next request; pages hear of a console change.
    void setSettings(const SiteSettings &settings);
    // Starts the watcher when live reload or the rule files need it.
    void start();
    int liveClients() const { return m_state->liveClients(); }
    int watchedFolders() const { return m_watchedFolders; }
    QString watchProblem() const { return m_watchProblem; }
    // True once the watcher has started (watchStateChanged() says when).
    bool isWatching() const { return m_watching; }
    QStringList activeRules() const;
    QList<RuleProblem> ruleProblems() const;
    // Reads the rule files again (also done when the watcher sees them
    // change).
    void reloadRules();
    // Tells every page to reload, or to swap its stylesheets when every
    // changed path is CSS. Paths relative to the folder, '/'-separated.
    void announceChanges(const QStringList &paths);

Q_SIGNALS:
    void liveClientsChanged(int count);
    void rulesChanged();
    void watchStateChanged();
    // After a change was announced to the pages: the paths, and whether
    // only stylesheets were swapped.
    void changesAnnounced(const QStringList &paths, bool cssOnly);
    void consoleMessage(const Servery::ConsoleMessage &message);
    // Live reload could not go into a page (its CSP), said once per page and
    // reason.
    void pageProblem(const QString &page, const QString &reason);

private:
    friend class SiteState;
    void publish(const SiteSettings &settings, SiteRuleSet rules);
    void updateWatcher();
    void stopWatcher();

    const QString m_root;
    const QString m_indexFileName;
    const bool m_showHidden;
    quint64 m_version = 0;
    std::shared_ptr<SiteState> m_state;
    std::shared_ptr<PageDecorator> m_decorator;

    QThread *m_watchThread = nullptr;
    QObject *m_watchHost = nullptr; // lives on m_watchThread, parent of the watcher
    bool m_watching = false;
    int m_watchedFolders = 0;
    QString m_watchProblem;
};

} // namespace Servery

Q_DECLARE_METATYPE(Servery::ConsoleMessage)
