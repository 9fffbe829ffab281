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

QByteArray RequestRecord::requestBodyBytes(qint64 offset, qint64 length) const
{
    const qint64 kept = requestBodyKept();
    if (offset < 0 || offset >= kept)
        return {};
    const qint64 n = length < 0 ? kept - offset : std::min(length, kept - offset);
    if (requestBodyFile)
        return requestBodyFile->read(offset, n);
    return requestBody.mid(offset, n);
}

} // namespace Servery
