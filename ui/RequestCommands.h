#pragma once

#include "CommandParts.h"
#include "server/log/RequestRecord.h"

#include <QByteArray>
#include <QString>

namespace Servery {

// "Copy as fetch()" and "Copy as HTTPie": text that repeats a logged request
// from a browser console or a terminal, in the spirit of curlCommand()
// (CurlCommand.h): the request goes to this server, the body is the one kept
// (RequestRecord::requestBodyBytes()), and what cannot be repeated exactly is
// said in a trailing comment rather than left out silently. Pure.

// HTTPie takes a text body as one argument (--raw); Linux refuses a single
// argument past 128 KiB (MAX_ARG_STRLEN), so a longer one goes through printf.
inline constexpr qint64 kHttpieArgumentBodyBytes = 64 * 1024;

// The URL a logged request is repeated at: `origin` ("http://192.168.1.23:8080")
// followed by the record's target. An absolute-form target keeps only its
// path and query: the request reached this server whatever host it named, so
// repeating it goes here too. A target no URL can carry ("*", authority-form,
// none) becomes "/". Bytes outside printable ASCII are percent-encoded, as
// any client would send them.
QByteArray repeatUrl(const RequestRecord &record, const QString &origin);

// JavaScript for a browser console or a module:
//   await fetch("url", {method: "POST", headers: {...}, body: "..."});
// Strings are JSON string literals (quotes, backslashes, controls, U+2028/9
// escaped). Header values are byte strings as fetch() wants them: bytes past
// ASCII are \u00XX, one per byte, so fetch() sends the recorded bytes.
// Headers the Fetch standard forbids a script to set (Host, Cookie,
// Content-Length, Sec-*, ...) are left out and named in a comment. A body
// that is UTF-8 text is a string (through TextEncoder when the request had no
// Content-Type, so fetch() does not add text/plain); any other body is a
// Uint8Array up to kCommandBinaryBodyBytes. GET and HEAD cannot carry a body in
// fetch(), and CONNECT, TRACE and TRACK cannot be sent at all: comments say so.
QString fetchCommand(const RequestRecord &record, const QString &origin);

// A POSIX shell command for HTTPie 3:
//   http [--path-as-is] [--raw 'body'] METHOD 'url' 'Name:value' ...
// Every request header goes as an item except those the client computes
// (Content-Length, Transfer-Encoding, Connection, Expect), with HTTPie's
// separator characters escaped. HTTPie adds Accept, Accept-Encoding and
// User-Agent of its own and a JSON Content-Type to a body: the recorded ones
// are sent instead, and those the request lacked are unset ("Name:"). A text
// body goes through --raw; binary bytes, long bodies and text that does not
// survive a paste go through printf into HTTPie's standard input. Arguments
// are single-quoted as in curlCommand().
QString httpieCommand(const RequestRecord &record, const QString &origin);

} // namespace Servery
