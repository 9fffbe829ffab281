#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace Servery {

struct RequestRecord;

// How a body viewer reaches the bytes it shows: up to `length` bytes from
// `offset` (fewer at the end). Bodies live in memory or in a file
// (RequestRecord::requestBodyBytes), and a viewer never asks for more than
// it shows, so a 10 MiB body on disk is never read whole.
using BodyReader = std::function<QByteArray(qint64 offset, qint64 length)>;

// A reader over bytes in memory.
BodyReader bytesReader(QByteArray bytes);
// A reader over a record's kept request body; the record is copied, which is
// cheap (its body is shared, in memory or in a file).
BodyReader requestBodyReader(const RequestRecord &record);
// The bytes [offset, offset + length) of `outer`, as a reader of their own
// (a part of a multipart body).
BodyReader sliceReader(BodyReader outer, qint64 offset, qint64 length);

// The media type of a Content-Type value without its parameters, in lower
// case ("application/json"), and one parameter's value ("charset"), quotes
// removed; empty when absent. Lenient: a malformed value still gives what it
// can, since a viewer shows what arrived.
QByteArray mediaType(QByteArrayView contentType);
QByteArray contentTypeParameter(QByteArrayView contentType, QByteArrayView name);

} // namespace Servery
