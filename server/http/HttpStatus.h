#pragma once

#include <QByteArray>

namespace Servery {

// The reason phrase for a status code (RFC 9110 15), or "Unknown".
QByteArray reasonPhrase(int status);

// A short, fixed HTML page for an error status. It never includes anything
// from the request, the disk or the operating system.
QByteArray errorPage(int status);

// RFC 9110 6.4.1: 1xx, 204 and 304 responses never carry content.
constexpr bool statusForbidsBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace Servery
