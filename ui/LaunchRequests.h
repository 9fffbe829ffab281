#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QMessageBox;

namespace Servery {

class MainWindow;

// What another launch of Servery asks of the running window: a file
// manager's "Open with", `servery DIR` typed in a terminal, the menu entry.
// app/ hands it over (SingleInstance) and fills this in from its command
// line.
struct LaunchRequest {
    QString folder; // absolute; empty when none was given
    bool catchRequests = false; // --catch
    bool start = false; // --start
    std::optional<quint16> port; // --port
    bool localOnly = false; // --local-only
    // Options given that only a new window takes (--hidden, --upload, ...):
    // named in the status bar, not applied.
    QStringList notApplied;

    // True when the request asks for nothing but the window.
    bool isEmpty() const { return folder.isEmpty() && !catchRequests && !start && !port && !localOnly; }
};

// Applies launch requests to the window. The window comes to the front
// (out of the tray too). While stopped, the folder, job, port and scope are
// set as if chosen in the window, and --start starts. While serving, a
// request that would change what is served (another folder, the other job,
// another port or scope) is put to the person first: restarting changes the
// address and, unless pinned, the access key, and the phones looking at the
// old QR code lose the folder. The question is not modal to the app and
// never blocks the event loop; a newer request replaces it. While starting
// or stopping, the request waits until that is done.
class LaunchRequests : public QObject {
    Q_OBJECT

public:
    explicit LaunchRequests(MainWindow *window);

    void open(const LaunchRequest &request);

    // The question asked while serving, if one is open (for tests).
    QMessageBox *question() const;

Q_SIGNALS:
    // A request (or its confirmed restart) has been applied.
    void applied();

private:
    void onStateChanged();
    // `restart`: a restart the person confirmed (started, and remembered).
    void apply(const LaunchRequest &request, bool restart);
    bool changesWhatIsServed(const LaunchRequest &request) const;
    void ask(const LaunchRequest &request);
    void restartWith(const LaunchRequest &request);
    void sayNotApplied(const LaunchRequest &request);

    MainWindow *m_window;
    std::optional<LaunchRequest> m_waiting; // until starting/stopping settles
    std::optional<LaunchRequest> m_afterStop; // a confirmed restart
    QPointer<QMessageBox> m_question;
    bool m_startRequested = false; // says the port once serving
};

} // namespace Servery
