#include "server/log/RequestRecord.h"

namespace Servery {

QByteArray RequestRecord::requestLine() const
{
    if (method.isEmpty())
        return {};
    QByteArray line = method + ' ' + target;
    if (!httpVersion.isEmpty())
        line += ' ' + httpVersion;
    return line;
}

} // namespace Servery
