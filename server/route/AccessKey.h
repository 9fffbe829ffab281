#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Servery {

// The secret that keeps a shared folder private to the devices that scanned
// its QR code: 128 random bits from the system's generator, as 22 URL-safe
// characters (base64url without padding), new each time sharing starts
// unless the person pins one.
QByteArray generateAccessKey();

// A key a person may choose: 12 to 128 characters from A-Z a-z 0-9 - _ .
// (they go into URLs and cookies unescaped).
bool isValidAccessKey(QByteArrayView key);

// Compares in time that depends only on the lengths, so the answer time
// says nothing about how much of a guess was right.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Servery
