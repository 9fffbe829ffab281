#pragma once

#include <QByteArrayView>
#include <QString>

namespace Servery {

// A body's bytes as text, in the charset it declares.
struct DecodedText {
    QString text;
    QString charset; // the charset used, as Qt names it ("UTF-8", "windows-1252")
    bool hadErrors = false; // some bytes were not valid in it (shown as U+FFFD)
    // For people: why this charset ("Unknown charset "x-foo"; shown as
    // UTF-8."), or empty when the declared one (or UTF-8) was used.
    QString note;
};

// Decodes `bytes` with the charset of `contentType` ("text/plain;
// charset=iso-8859-1"): any name QStringDecoder knows (utf-8, utf-16,
// utf-16le, iso-8859-1, windows-1252, ...), UTF-8 when none is declared or
// the name is unknown. A byte order mark wins over the declaration, as in
// browsers (WHATWG Encoding, "decode"), and is not part of the text.
// `complete` is false when `bytes` is only the beginning of the body: a
// character cut by the end is then left out rather than called an error.
DecodedText decodeText(QByteArrayView bytes, QByteArrayView contentType, bool complete = true);

} // namespace Servery
