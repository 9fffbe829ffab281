#include "TerminalQr.h"

#include <qrcodegen/qrcodegen.hpp>

#include <QStringBuilder>

namespace Servery {

QString renderTerminalQr(const QString &text, TerminalColors colors, int quietZone)
{
    const QByteArray utf8 = text.toUtf8();
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int size = qr.getSize();
    const int total = size + 2 * quietZone;

    auto dark = [&](int x, int y) {
        x -= quietZone;
        y -= quietZone;
        return x >= 0 && y >= 0 && x < size && y < size && qr.getModule(x, y);
    };

    const bool ansi = colors == TerminalColors::Ansi;
    // In Ansi mode the foreground is black on white and draws dark modules;
    // in plain mode the terminal's (light) foreground draws light modules.
    auto drawn = [&](int x, int y) {
        return y < total && (ansi ? dark(x, y) : !dark(x, y));
    };

    QString out;
    out.reserve((total + 16) * (total / 2 + 1));
    for (int y = 0; y < total; y += 2) {
        if (ansi)
            out += QStringLiteral("\x1b[30;47m");
        for (int x = 0; x < total; ++x) {
            const bool top = drawn(x, y);
            // Past the last row (odd total) the cell's lower half is quiet zone.
            const bool bottom = y + 1 < total ? drawn(x, y + 1) : !ansi;
            if (top && bottom)
                out += QChar(0x2588); // █
            else if (top)
                out += QChar(0x2580); // ▀
            else if (bottom)
                out += QChar(0x2584); // ▄
            else
                out += u' ';
        }
        if (ansi)
            out += QStringLiteral("\x1b[0m");
        out += u'\n';
    }
    return out;
}

} // namespace Servery
