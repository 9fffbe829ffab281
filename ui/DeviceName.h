#pragma once

#include <QByteArrayView>
#include <QString>

namespace Servery {

// A short, human name for the client behind a User-Agent, for the request
// log: "iPhone Safari", "Android Chrome", "Firefox on Windows", "Chrome on
// Mac"; tools by their names ("curl", "wget", "Python requests", "OkHttp",
// "Postman", ...). Falls back to the first product token
// ("Go-http-client"), or an empty string when there is no User-Agent. Pure.
QString deviceNameFromUserAgent(QByteArrayView userAgent);

} // namespace Servery
