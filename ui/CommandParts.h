#pragma once

#include "server/log/RequestRecord.h"

#include <QByteArray>
#include <QString>

namespace Servery {

// What the "Copy as" commands (curlCommand(), fetchCommand(),
// httpieCommand()) share: POSIX shell words that expand to exact bytes, the
// parts of a request target a URL keeps, and the body a command carries.
// Pure.

// A text body longer than this goes in only in part (and a comment says so):
// a command is pasted, and a pasted megabyte is already a lot.
inline constexpr qint64 kCommandTextBodyBytes = 1024 * 1024;
// A binary body costs four or five characters a byte (numbers in fetch(),
// octal escapes for printf), so it goes in whole only up to this.
inline constexpr qint64 kCommandBinaryBodyBytes = 64 * 1024;

// Decodes `bytes` as UTF-8, or returns a null string when they are not
// valid UTF-8.
QString strictUtf8(QByteArrayView bytes);
// Safe between single quotes and safe to paste into a terminal: only LF and
// TAB of the control characters.
bool pastesVerbatim(const QString &text);
// POSIX single quotes ('it'\''s').
QString singleQuoted(const QString &text);
// A printf(1) format that writes exactly `bytes`, single-quoted, with \ddd
// octal escapes.
QString printfFormat(QByteArrayView bytes);
// One shell word that expands to exactly `bytes` (no NUL, no trailing
// newline): single-quoted text, or a printf command substitution.
QString shellWord(QByteArrayView bytes);

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView prefix);
// "http://" or "https://", without case.
bool isAbsoluteForm(QByteArrayView target);
// The path and query of an origin-form or absolute-form target; empty for
// any other form ("*", authority-form).
QByteArrayView pathAndQuery(QByteArrayView target);
// True if the path has a "." or ".." segment, which URL parsers remove
// (RFC 3986 5.2.4).
bool hasDotSegments(QByteArrayView target);
// Fields a client computes from what it sends (Content-Length,
// Transfer-Encoding, Connection, Expect): a command leaves them out.
bool clientComputes(QByteArrayView name);

// How many of `bytes` remain once a UTF-8 sequence cut off at the end is
// dropped.
qsizetype wholeUtf8Length(QByteArrayView bytes);

// The body a command carries.
struct CommandBody {
    bool sends = false; // the request framed a body, perhaps an empty one
    QByteArray bytes; // what the command sends: all that was kept, or a first part
    QString text; // `bytes` as UTF-8, or null when they are not text
    qint64 total = 0; // bytes the client sent in all
};
// The kept body (memory or spill file), text up to kCommandTextBodyBytes,
// binary up to kCommandBinaryBodyBytes.
CommandBody commandBody(const RequestRecord &record);
// "body truncated: N of M bytes included", or empty when all of it is in.
QString truncationNote(const CommandBody &body);

} // namespace Servery
