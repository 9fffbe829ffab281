#pragma once

#include <QByteArray>
#include <QString>

namespace Servery {

// "attachment; filename=\"report.pdf\"; filename*=UTF-8''r%C3%A9port.pdf"
// (RFC 6266 with an RFC 8187/5987 extended value), so any file name reaches
// the browser intact, while old clients get an ASCII approximation.
QByteArray contentDisposition(const QString &fileName, bool attachment = true);

} // namespace Servery
