#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Servery {

// How the request log shows a body.
struct BodyPreview {
    enum class Kind {
        Empty,
        Json, // valid JSON, pretty-printed (indented, keys in their order)
        Text, // valid UTF-8 without control characters other than \t \r \n
        Hex, // anything else: offset, 16 bytes in hex, the same as ASCII
    };
    Kind kind = Kind::Empty;
    QString text;
    // The preview shows less than the whole body: the body was longer than
    // recorded (totalSize > body.size()) or than `maxBytes`.
    bool truncated = false;
};

// Chooses and renders the preview of a recorded body. `contentType` is a
// hint (JSON is tried for application/json and +json, and for bodies that
// start with '{' or '['); the bytes decide. At most `maxBytes` of the body
// are shown. Pure.
BodyPreview previewBody(const QByteArray &body, QByteArrayView contentType, qint64 totalSize,
                        qsizetype maxBytes = 16 * 1024);

} // namespace Servery
