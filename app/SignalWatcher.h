#pragma once

#include <QObject>

class QSocketNotifier;

namespace Servery {

// Turns SIGINT, SIGTERM and SIGHUP (Ctrl+C and console close on Windows)
// into a Qt signal delivered on the thread that created the watcher, so each
// stops the server gracefully: a closed terminal (SIGHUP) must not cut
// downloads without a drain. The handler itself only writes a byte to a
// socket pair (the classic self-pipe), which is all a signal handler may
// safely do. SIGPIPE is ignored: a log reader that goes away (servery | head)
// makes a write fail, which is reported, instead of killing the server.
class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    void onNotified();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Servery
