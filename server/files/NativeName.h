#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Servery {

// File names as the operating system stores them, without losing any.
//
// On POSIX systems a name is a string of bytes. Most are UTF-8, but not all
// (old archives, cameras, other locales), and Qt's own conversion replaces
// what is not UTF-8, so such a file could be neither listed nor opened.
// These functions decode losslessly instead: valid UTF-8 as itself, and
// every other byte as the lone surrogate U+DC80 + byte (Python's
// "surrogateescape"), which encodes back to that same byte. Valid UTF-8
// never yields a lone surrogate, so the two cannot be confused.
//
// On Windows names are UTF-16 already and these convert plainly.

QString decodeFileName(QByteArrayView bytes);
QByteArray encodeFileName(QStringView name);

// For people: the name with each escaped byte shown as U+FFFD, as UTF-8.
QByteArray displayFileName(QStringView name);

} // namespace Servery
