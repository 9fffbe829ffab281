#include "StatusStrip.h"

#include "server/util/HumanFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace Servery {

StatusStrip::StatusStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setAccessibleName(tr("Server activity"));
    layout->addWidget(m_label);
    setIdle();
}

void StatusStrip::setIdle()
{
    m_label->setText(tr("Not sharing"));
    m_sinceLast.invalidate();
    m_last = {};
}

void StatusStrip::update(const ServerStats &stats, qsizetype distinctClients)
{
    double requestsPerSecond = 0;
    double bytesPerSecond = 0;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() > 0) {
        const double seconds = double(m_sinceLast.elapsed()) / 1000.0;
        requestsPerSecond = double(stats.requests - std::min(stats.requests, m_last.requests)) / seconds;
        bytesPerSecond = double(stats.bytesSent - std::min(stats.bytesSent, m_last.bytesSent)) / seconds;
    }
    m_last = stats;
    m_sinceLast.start();

    const QLocale locale;
    const QString sep = QStringLiteral("   \u00b7   ");
    const QStringList parts = {
        tr("%1 requests/s").arg(locale.toString(requestsPerSecond, 'f', requestsPerSecond < 10 ? 1 : 0)),
        tr("%1/s").arg(humanSize(qint64(bytesPerSecond))),
        tr("%Ln open connections", nullptr, int(stats.openConnections)),
        tr("%Ln requests in all", nullptr, int(std::min<quint64>(stats.requests, INT_MAX))),
        tr("%Ln clients", nullptr, int(distinctClients)),
    };
    m_label->setText(parts.join(sep));
}

QString StatusStrip::text() const
{
    return m_label->text();
}

} // namespace Servery
