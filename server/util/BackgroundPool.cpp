#include "server/util/BackgroundPool.h"

#include <QThread>
#include <QThreadPool>

namespace Servery {

QThreadPool &backgroundPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("servery-background"));
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

} // namespace Servery
