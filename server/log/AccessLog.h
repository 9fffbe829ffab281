#pragma once

#include "server/log/RequestRecord.h"

#include <QByteArray>

namespace Servery {

// One line of the Combined Log Format, without the newline:
//   host ident authuser [date] "request line" status bytes "referer" "user-agent"
// Values from the client are escaped (quotes, backslashes, control and
// non-ASCII bytes as \xHH), so a hostile request cannot forge log lines.
QByteArray formatCombinedLogLine(const RequestRecord &record);

} // namespace Servery
