#pragma once

#include "server/log/RequestRecord.h"

#include <QString>

namespace Servery {

// A POSIX shell command that repeats a logged request with curl ("Copy as
// cURL"): the method (-X unless implied), the URL built from `origin`
// ("http://192.168.1.23:8080") and the record's target (an absolute-form
// target keeps only its path: the command goes to this server, never to a
// host the client named), every request header
// except those curl computes itself (Content-Length, Transfer-Encoding,
// Connection, Expect), and the body when one was recorded (--data-raw, so a
// leading '@' never reads a local file; bytes that cannot be pasted go
// through printf and --data-binary @-).
// Every argument is single-quoted so nothing in it reaches the shell. When
// the recorded body is only the first part of a longer one, the command says
// so in a trailing comment. Pure.
QString curlCommand(const RequestRecord &record, const QString &origin);

} // namespace Servery
