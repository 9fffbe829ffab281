#include "LaunchRequests.h"

#include "MainWindow.h"
#include "ServePanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcLaunch, "servery.ui.launch")

namespace Servery {

namespace {

QString folderName(const QString &folder)
{
    const QString name = QFileInfo(folder).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(folder) : name;
}

} // namespace

LaunchRequests::LaunchRequests(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // After the window's own handler: it may already have started again.
    connect(&window->session(), &ServeSession::stateChanged, this, &LaunchRequests::onStateChanged);
}

QMessageBox *LaunchRequests::question() const
{
    return m_question;
}

void LaunchRequests::open(const LaunchRequest &request)
{
    m_window->bringToFront();
    // A newer request replaces a question still open.
    if (m_question) {
        m_question->disconnect(this);
        m_question->close();
    }
    switch (m_window->session().state()) {
    case ServeSession::State::Starting:
    case ServeSession::State::Stopping:
        qCDebug(lcLaunch) << "waiting for the server to settle before opening a launch request";
        m_waiting = request;
        return;
    case ServeSession::State::Stopped:
        apply(request, false);
        return;
    case ServeSession::State::Running:
        if (changesWhatIsServed(request)) {
            ask(request);
        } else {
            sayNotApplied(request);
            Q_EMIT applied();
        }
        return;
    }
}

void LaunchRequests::onStateChanged()
{
    const ServeSession::State state = m_window->session().state();
    if (state == ServeSession::State::Running && std::exchange(m_startRequested, false))
        qCDebug(lcLaunch).noquote() << "serving as asked by another launch, on port"
                                    << m_window->session().server().port();
    else if (state == ServeSession::State::Stopped && !m_afterStop)
        m_startRequested = false;
    if (state == ServeSession::State::Stopped && m_afterStop) {
        const LaunchRequest request = *std::exchange(m_afterStop, std::nullopt);
        apply(request, true);
    } else if ((state == ServeSession::State::Stopped || state == ServeSession::State::Running) && m_waiting) {
        open(*std::exchange(m_waiting, std::nullopt));
    }
}

void LaunchRequests::apply(const LaunchRequest &request, bool restart)
{
    ServePanel *panel = m_window->servePanel();
    if (request.catchRequests) {
        m_window->setCatching(true);
    } else if (!request.folder.isEmpty()) {
        // As if chosen with Browse.
        m_window->setCatching(false);
        m_window->setFolder(request.folder);
    }
    if (request.port)
        panel->setPort(*request.port);
    // As at launch: --start shares with the network unless --local-only.
    // A restart the person confirmed keeps the scope they had.
    if (request.localOnly)
        panel->setScope(ListenScope::LocalOnly);
    else if (request.start && !restart)
        panel->setScope(ListenScope::Network);
    sayNotApplied(request);
    qCDebug(lcLaunch).noquote() << "opened a launch request:"
                                << (m_window->isCatching() ? QStringLiteral("catch") : panel->folder());
    m_startRequested = restart || request.start;
    if (restart)
        m_window->startServing(true);
    else if (request.start)
        m_window->startServing(false); // for this run, as --start at launch
    Q_EMIT applied();
}

bool LaunchRequests::changesWhatIsServed(const LaunchRequest &request) const
{
    const bool catching = m_window->isCatching();
    if (request.catchRequests && !catching)
        return true;
    if (!request.catchRequests && !request.folder.isEmpty()
        && (catching || QDir::cleanPath(request.folder) != m_window->servePanel()->folder()))
        return true;
    const ServerConfig &config = m_window->session().config();
    if (request.port && *request.port != 0 && *request.port != m_window->session().server().port())
        return true;
    return request.localOnly && config.scope != ListenScope::LocalOnly;
}

void LaunchRequests::ask(const LaunchRequest &request)
{
    const bool catching = m_window->isCatching();
    const QString current = m_window->servePanel()->folder();
    const bool sameJob = request.catchRequests == catching
        && (catching || request.folder.isEmpty() || QDir::cleanPath(request.folder) == current);
    QString text = catching ? tr("Servery is catching requests.")
                            : tr("Servery is sharing \u201c%1\u201d.").arg(folderName(current));
    QString yes;
    if (sameJob) {
        text += u' ' + tr("Restart it with the new port or scope?");
        yes = tr("Restart");
    } else if (request.catchRequests) {
        text += u' ' + tr("Stop sharing and catch requests instead?");
        yes = tr("Catch requests");
    } else {
        text += u' ' + tr("Share \u201c%1\u201d instead?").arg(folderName(request.folder));
        yes = tr("Share \u201c%1\u201d").arg(folderName(request.folder));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Another folder for Servery"), text, QMessageBox::NoButton,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(m_window->session().isAccessKeyPinned() || m_window->session().accessKey().isEmpty()
                                ? tr("Serving restarts, and requests under way are finished first.")
                                : tr("Serving restarts with a new access key: phones need to scan the new QR code."));
    QPushButton *accept = box->addButton(yes, QMessageBox::AcceptRole);
    box->addButton(catching ? tr("Keep catching") : tr("Keep sharing"), QMessageBox::RejectRole);
    box->setDefaultButton(accept);
    connect(box, &QMessageBox::finished, this, [this, box, accept, request] {
        if (box->clickedButton() == accept)
            restartWith(request);
    });
    m_question = box;
    box->open();
}

void LaunchRequests::restartWith(const LaunchRequest &request)
{
    switch (m_window->session().state()) {
    case ServeSession::State::Running:
        m_afterStop = request;
        m_window->session().stop();
        break;
    case ServeSession::State::Stopped: // stopped meanwhile
        apply(request, true);
        break;
    case ServeSession::State::Starting:
    case ServeSession::State::Stopping:
        m_waiting = request;
        m_waiting->start = true;
        break;
    }
}

void LaunchRequests::sayNotApplied(const LaunchRequest &request)
{
    if (request.notApplied.isEmpty())
        return;
    m_window->statusBar()->showMessage(tr("Not applied to this window: %1. Start another window with "
                                          "--new-instance to use them.")
                                           .arg(request.notApplied.join(QStringLiteral(", "))),
                                       10000);
}

} // namespace Servery
