#pragma once

#include <QString>

namespace Servery {

enum class TerminalColors {
    // Plain text for any terminal: light modules are drawn, dark ones are
    // blank, which reads correctly on the usual dark terminal background.
    None,
    // ANSI colours force dark-on-light whatever the terminal's theme.
    Ansi,
};

// A QR code of `text` (Nayuki's generator, error correction M) drawn with
// Unicode half blocks, two modules per character cell vertically, with a
// quiet zone of `quietZone` modules. Every line ends with '\n'.
QString renderTerminalQr(const QString &text, TerminalColors colors, int quietZone = 2);

} // namespace Servery
