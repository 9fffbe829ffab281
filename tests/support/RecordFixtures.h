#pragma once

#include "server/http/HttpHeaders.h"
#include "server/log/RequestRecord.h"

#include <QByteArray>
#include <QList>

namespace Servery {

// Lets QCOMPARE print header lists. QTest finds it by argument-dependent
// lookup, so it lives in HttpHeader's namespace.
char *toString(const HttpHeader &h);

} // namespace Servery

namespace Servery::Test {

// A logged HTTP/1.1 request with these headers (in order) and `body` kept
// whole in memory.
RequestRecord makeRecord(QByteArray method, QByteArray target, QList<HttpHeader> headers = {}, QByteArray body = {});

// The same request with its body kept in a file, as a large caught body is.
// The file is removed when the last copy of the record goes.
RequestRecord withBodyInFile(RequestRecord r);

// The 256 byte values, 0 to 255, in order.
QByteArray everyByteValue();

} // namespace Servery::Test
