#include "server/site/SitePreview.h"

#include "server/files/PageDecorator.h"
#include "server/files/UrlPath.h"
#include "server/http/BodySource.h"
#include "server/http/HttpGrammar.h"
#include "server/site/FolderWatcher.h"
#include "server/site/LiveInject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>

namespace Servery {

Q_LOGGING_CATEGORY(lcSite, "servery.server.site", QtWarningMsg)

SiteSettings SiteSettings::forPreview()
{
    return {};
}

SiteSettings SiteSettings::forSharing()
{
    SiteSettings s;
    s.liveReload = false;
    s.cleanUrls = CleanUrls::Off;
    s.rulesFiles = false;
    return s;
}

std::optional<std::pair<QByteArray, QByteArray>> parseHeaderLine(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArray name = line.first(colon).trimmed().toUtf8();
    const QByteArray value = line.sliced(colon + 1).trimmed().toUtf8();
    if (!Grammar::isToken(name) || !Grammar::isValidFieldValue(value))
        return std::nullopt;
    return std::pair {name, value};
}

QString formatHeaderLines(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    return lines.join(u'\n');
}

namespace {

QByteArray sseEvent(QByteArrayView name, const QJsonObject &data)
{
    return "event: " + name.toByteArray() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray newSession()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    return QByteArray::number(a, 36);
}

// Puts live reload's script tag into pages, within the page's own policy.
class LivePageDecorator final : public PageDecorator {
public:
    explicit LivePageDecorator(std::shared_ptr<SiteState> state)
        : m_state(std::move(state))
    {
    }

    bool wants(const HttpRequest &request) const override
    {
        // Not for HEAD (nothing is sent), nor for a page being saved.
        if (request.method != "GET" || request.hasQueryItem("download"))
            return false;
        return m_state->snapshot()->settings.liveReload;
    }

    std::optional<QByteArray> decorate(const HttpRequest &request, const QString &relativePath,
                                       const QByteArray &page) override
    {
        const std::shared_ptr<const SiteSnapshot> site = m_state->snapshot();
        QByteArrayList policies = metaContentSecurityPolicies(page);
        // Policies the host rules and --header will put on the answer: by
        // the path the client asked for (the target as sent, also through a
        // rewrite), and for serve.json's rules by the file served.
        const qsizetype query = request.target.indexOf('?');
        const QByteArray target = query < 0 ? request.target : request.target.first(query);
        const UrlPath asked = decodeUrlPath(target.startsWith('/') ? target : request.path);
        const QString urlPath = asked.ok ? asked.urlPath() : QString::fromUtf8(request.path);
        QList<std::pair<QByteArray, QByteArray>> added = site->settings.extraHeaders;
        if (site->settings.rulesFiles)
            added += headersFor(site->rules, urlPath, QStringLiteral("/") + relativePath);
        for (const auto &[name, value] : added) {
            if (name.compare("Content-Security-Policy", Qt::CaseInsensitive) == 0)
                policies.append(value);
        }
        const CspVerdict verdict = liveScriptAllowedBy(policies);
        if (!verdict.allowed) {
            m_state->reportPageProblem(urlPath, verdict.reason);
            return std::nullopt;
        }
        return injectBeforeBodyEnd(page, liveScriptTag(verdict.nonce));
    }

    QByteArray etagSuffix() const override { return QByteArrayLiteral("-live"); }
    quint64 version() const override { return m_state->snapshot()->version; }

private:
    std::shared_ptr<SiteState> m_state;
};

} // namespace

// --- SiteState ---

SiteState::SiteState(QByteArray session)
    : m_session(std::move(session))
    , m_snapshot(std::make_shared<SiteSnapshot>())
{
}

std::shared_ptr<const SiteSnapshot> SiteState::snapshot() const
{
    return m_snapshot.load(std::memory_order_acquire);
}

void SiteState::setSnapshot(std::shared_ptr<const SiteSnapshot> snapshot)
{
    m_snapshot.store(std::move(snapshot), std::memory_order_release);
}

QByteArray SiteState::helloEvent() const
{
    QJsonObject hello;
    hello.insert(QStringLiteral("session"), QString::fromLatin1(m_session));
    hello.insert(QStringLiteral("console"),
                 snapshot()->settings.consoleAll ? QStringLiteral("all") : QStringLiteral("errors"));
    // A page that lost its stream tries again after a second.
    return "retry: 1000\n\n" + sseEvent("hello", hello);
}

void SiteState::addListener(std::shared_ptr<PushStream> stream)
{
    {
        QMutexLocker lock(&m_mutex);
        m_listeners.push_back(stream);
    }
    m_liveClients.fetch_add(1, std::memory_order_relaxed);
    // The count drops as soon as the page goes, not at the next change.
    stream->setOnDetached([weak = weak_from_this()] {
        if (const std::shared_ptr<SiteState> self = weak.lock())
            self->listenerGone();
    });
    QMutexLocker lock(&m_mutex);
    if (m_preview) {
        QMetaObject::invokeMethod(
            m_preview, [p = m_preview, n = liveClients()] { Q_EMIT p->liveClientsChanged(n); }, Qt::QueuedConnection);
    }
}

void SiteState::listenerGone()
{
    m_liveClients.fetch_sub(1, std::memory_order_relaxed);
    QMutexLocker lock(&m_mutex);
    m_listeners.erase(std::remove_if(m_listeners.begin(), m_listeners.end(),
                                     [](const std::shared_ptr<PushStream> &s) { return s->isClosed(); }),
                      m_listeners.end());
    if (m_preview) {
        QMetaObject::invokeMethod(
            m_preview, [p = m_preview, n = liveClients()] { Q_EMIT p->liveClientsChanged(n); }, Qt::QueuedConnection);
    }
}

void SiteState::broadcast(const QByteArray &bytes)
{
    std::vector<std::shared_ptr<PushStream>> listeners;
    {
        QMutexLocker lock(&m_mutex);
        listeners = m_listeners;
    }
    // A page that stopped reading has its stream closed by push(); it
    // reconnects and starts afresh.
    for (const std::shared_ptr<PushStream> &s : listeners)
        s->push(bytes);
}

void SiteState::reportConsole(const ConsoleMessage &message)
{
    QMutexLocker lock(&m_mutex);
    if (m_preview) {
        QMetaObject::invokeMethod(
            m_preview, [p = m_preview, message] { Q_EMIT p->consoleMessage(message); }, Qt::QueuedConnection);
    }
}

void SiteState::reportPageProblem(const QString &page, const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (!m_preview || m_reportedProblems.contains(page + u'\n' + reason))
        return;
    m_reportedProblems.insert(page + u'\n' + reason);
    QMetaObject::invokeMethod(
        m_preview, [p = m_preview, page, reason] { Q_EMIT p->pageProblem(page, reason); }, Qt::QueuedConnection);
}

void SiteState::attach(SitePreview *preview)
{
    QMutexLocker lock(&m_mutex);
    m_preview = preview;
}

// --- SitePreview ---

SitePreview::SitePreview(const QString &root, const QString &indexFileName, bool showHidden, SiteSettings settings,
                         QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_indexFileName(indexFileName)
    , m_showHidden(showHidden)
    , m_state(std::make_shared<SiteState>(newSession()))
    , m_decorator(std::make_shared<LivePageDecorator>(m_state))
{
    qRegisterMetaType<Servery::ConsoleMessage>();
    m_state->attach(this);
    publish(settings, settings.rulesFiles ? loadSiteRules(root) : SiteRuleSet {});
}

SitePreview::~SitePreview()
{
    m_state->attach(nullptr);
    stopWatcher();
}

SiteSettings SitePreview::settings() const
{
    return m_state->snapshot()->settings;
}

void SitePreview::publish(const SiteSettings &settings, SiteRuleSet rules)
{
    auto next = std::make_shared<SiteSnapshot>();
    next->version = ++m_version;
    next->settings = settings;
    next->rules = std::move(rules);
    next->root = m_root;
    next->indexFileName = m_indexFileName;
    next->showHidden = m_showHidden;
    m_state->setSnapshot(std::move(next));
}

void SitePreview::setSettings(const SiteSettings &settings)
{
    const std::shared_ptr<const SiteSnapshot> before = m_state->snapshot();
    const bool rulesWanted = settings.rulesFiles && !before->settings.rulesFiles;
    publish(settings, settings.rulesFiles ? (rulesWanted ? loadSiteRules(m_root) : before->rules) : SiteRuleSet {});
    if (before->settings.consoleAll != settings.consoleAll) {
        QJsonObject config;
        config.insert(QStringLiteral("console"),
                      settings.consoleAll ? QStringLiteral("all") : QStringLiteral("errors"));
        m_state->broadcast(sseEvent("config", config));
    }
    if (before->settings.rulesFiles != settings.rulesFiles)
        Q_EMIT rulesChanged();
    updateWatcher();
}

void SitePreview::start()
{
    updateWatcher();
}

void SitePreview::updateWatcher()
{
    const SiteSettings s = settings();
    const bool wanted = s.liveReload || s.rulesFiles;
    if (!wanted) {
        stopWatcher();
        return;
    }
    if (m_watchThread)
        return;
    m_watchThread = new QThread;
    m_watchThread->setObjectName(QStringLiteral("servery-watch"));
    // The watcher is made on its own thread, so everything it owns (timers,
    // notifiers) belongs there.
    m_watchHost = new QObject;
    m_watchHost->moveToThread(m_watchThread);
    m_watchThread->start();
    QMetaObject::invokeMethod(
        m_watchHost,
        [host = m_watchHost, root = m_root, self = QPointer<SitePreview>(this)] {
            auto *watcher = new FolderWatcher(host);
            connect(watcher, &FolderWatcher::changed, self.data(), &SitePreview::announceChanges);
            connect(watcher, &FolderWatcher::problemChanged, self.data(), [self](const QString &problem) {
                if (!self)
                    return;
                self->m_watchProblem = problem;
                Q_EMIT self->watchStateChanged();
            });
            watcher->start(root);
            const int folders = watcher->watchedFolders();
            const QString problem = watcher->problem();
            // Back on the owner's thread.
            QMetaObject::invokeMethod(
                self.data(),
                [self, folders, problem] {
                    if (!self)
                        return;
                    self->m_watchedFolders = folders;
                    self->m_watchProblem = problem;
                    self->m_watching = true;
                    Q_EMIT self->watchStateChanged();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SitePreview::stopWatcher()
{
    if (!m_watchThread)
        return;
    m_watchThread->quit();
    m_watchThread->wait();
    // The thread has ended: its objects can go from here.
    delete m_watchHost;
    m_watchHost = nullptr;
    delete m_watchThread;
    m_watchThread = nullptr;
    m_watching = false;
    m_watchedFolders = 0;
    Q_EMIT watchStateChanged();
}

QStringList SitePreview::activeRules() const
{
    return m_state->snapshot()->rules.describe();
}

QList<RuleProblem> SitePreview::ruleProblems() const
{
    return m_state->snapshot()->rules.problems;
}

void SitePreview::reloadRules()
{
    const SiteSettings s = settings();
    publish(s, s.rulesFiles ? loadSiteRules(m_root) : SiteRuleSet {});
    Q_EMIT rulesChanged();
}

void SitePreview::announceChanges(const QStringList &paths)
{
    // "." is the watcher's "anything may have changed" (its queue overflowed,
    // the folder moved): the rules are read again and pages reload.
    const bool everything = paths.contains(QStringLiteral("."));
    const bool rulesChanged
        = everything || std::any_of(paths.begin(), paths.end(), [](const QString &p) { return isSiteRulesFile(p); });
    if (rulesChanged && settings().rulesFiles)
        reloadRules();
    if (!settings().liveReload || paths.isEmpty())
        return;
    const bool cssOnly = !everything && std::all_of(paths.begin(), paths.end(), [](const QString &p) {
        return p.endsWith(u".css", Qt::CaseInsensitive);
    });
    QJsonObject data;
    data.insert(QStringLiteral("paths"), QJsonArray::fromStringList(paths));
    m_state->broadcast(sseEvent(cssOnly ? "css" : "reload", data));
    qCDebug(lcSite) << (cssOnly ? "css" : "reload") << paths;
    Q_EMIT changesAnnounced(paths, cssOnly);
}

} // namespace Servery
