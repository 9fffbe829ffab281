#pragma once

#include "server/net/ServerStats.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;

namespace Servery {

// The status bar's figures: requests and bytes per second, open connections,
// total requests, distinct clients. Rates come from differences between
// snapshots of the engine's counters, taken about once a second.
class StatusStrip : public QWidget {
    Q_OBJECT

public:
    explicit StatusStrip(QWidget *parent = nullptr);

    void setIdle();
    void update(const ServerStats &stats, qsizetype distinctClients);
    QString text() const;

private:
    QLabel *m_label = nullptr;
    ServerStats m_last;
    QElapsedTimer m_sinceLast;
};

} // namespace Servery
