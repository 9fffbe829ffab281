#pragma once

#include <QObject>

class QSocketNotifier;

namespace Servery {

// Turns SIGINT and SIGTERM (Ctrl+C and console close on Windows) into a Qt
// signal delivered on the thread that created the watcher. The handler itself
// only writes a byte to a socket pair (the classic self-pipe), which is all a
// signal handler may safely do.
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
