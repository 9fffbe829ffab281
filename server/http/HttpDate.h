#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Servery {

// IMF-fixdate (RFC 9110 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray formatHttpDate(qint64 secondsSinceEpoch);

// Parses IMF-fixdate and, as RFC 9110 5.6.7 requires of recipients, the
// obsolete RFC 850 and asctime forms. Returns seconds since the epoch.
std::optional<qint64> parseHttpDate(QByteArrayView text);

// The Date header value for "now", formatted at most once a second per
// thread.
QByteArray currentHttpDate();

// Common Log Format time, local time with offset: "10/Oct/2000:13:55:36 -0700".
QByteArray formatCommonLogTime(qint64 millisecondsSinceEpoch);

} // namespace Servery
