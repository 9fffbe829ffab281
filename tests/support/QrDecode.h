#pragma once

#include <QString>
#include <QStringList>

namespace Servery::Test {

// Turns a QR code drawn in the terminal with half blocks back into an image
// and asks zbarimg (zbar-tools) what it says. `lightIsDrawn` is true for the
// plain rendering (the terminal's foreground draws light modules), false for
// the ANSI rendering (dark modules drawn on a white background). ANSI escape
// sequences are ignored. Returns the decoded text, or an empty string with
// the reason in `error`.
QString decodeTerminalQr(const QStringList &lines, bool lightIsDrawn, QString *error);

// What zbarimg reads from an image file, or an empty string with the
// reason in `error`.
QString decodeQrImage(const QString &path, QString *error);

// Extracts the QR block from program output: the consecutive lines made only
// of spaces and half/full block characters (escape sequences removed).
QStringList findTerminalQr(const QString &output);

} // namespace Servery::Test
