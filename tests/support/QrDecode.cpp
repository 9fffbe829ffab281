#include "QrDecode.h"

#include "ServeryProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Servery::Test {

namespace {

QString stripEscapes(QString line)
{
    static const QRegularExpression esc(QStringLiteral("\x1b\\[[0-9;]*m"));
    return line.remove(esc);
}

bool isBlockLine(const QString &line)
{
    if (line.isEmpty())
        return false;
    bool hasBlock = false;
    for (QChar c : line) {
        if (c == u'\u2580' || c == u'\u2584' || c == u'\u2588')
            hasBlock = true;
        else if (c != u' ')
            return false;
    }
    return hasBlock;
}

} // namespace

QStringList findTerminalQr(const QString &output)
{
    QStringList block;
    for (const QString &raw : output.split(u'\n')) {
        const QString line = stripEscapes(raw);
        if (isBlockLine(line))
            block.append(line);
        else if (!block.isEmpty())
            break;
    }
    return block;
}

QString decodeTerminalQr(const QStringList &lines, bool lightIsDrawn, QString *error)
{
    if (lines.isEmpty()) {
        *error = QStringLiteral("no QR code lines");
        return {};
    }
    // Module grid: two rows per text line.
    qsizetype width = 0;
    for (const QString &l : lines)
        width = std::max(width, stripEscapes(l).size());
    const qsizetype height = lines.size() * 2;
    QList<QList<bool>> dark(height, QList<bool>(width, false));
    for (qsizetype y = 0; y < lines.size(); ++y) {
        const QString line = stripEscapes(lines[y]);
        for (qsizetype x = 0; x < width; ++x) {
            const QChar c = x < line.size() ? line[x] : QChar(u' ');
            const bool topDrawn = c == u'\u2580' || c == u'\u2588';
            const bool bottomDrawn = c == u'\u2584' || c == u'\u2588';
            dark[2 * y][x] = lightIsDrawn ? !topDrawn : topDrawn;
            dark[2 * y + 1][x] = lightIsDrawn ? !bottomDrawn : bottomDrawn;
        }
    }

    // A plain PBM, each module 8x8 pixels, and nothing around it: the image
    // is exactly what the terminal shows, so the drawn quiet zone must be
    // enough on its own.
    constexpr int scale = 8;
    constexpr int border = 0;
    const qsizetype w = (width + 2 * border) * scale;
    const qsizetype h = (height + 2 * border) * scale;
    QByteArray pbm = "P1\n" + QByteArray::number(w) + ' ' + QByteArray::number(h) + '\n';
    for (qsizetype py = 0; py < h; ++py) {
        const qsizetype my = py / scale - border;
        for (qsizetype px = 0; px < w; ++px) {
            const qsizetype mx = px / scale - border;
            const bool isDark = my >= 0 && mx >= 0 && my < height && mx < width && dark[my][mx];
            pbm += isDark ? '1' : '0';
        }
        pbm += '\n';
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.pbm"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pbm) != pbm.size()) {
        *error = QStringLiteral("could not write %1").arg(path);
        return {};
    }
    f.close();

    return decodeQrImage(path, error);
}

QString decodeQrImage(const QString &path, QString *error)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        *error = QStringLiteral("zbarimg is not installed (package zbar-tools; scripts/bootstrap installs it)");
        return {};
    }
    const ToolRun zbar = runTool(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    if (zbar.exitCode != 0) {
        *error
            = QStringLiteral("zbarimg found no code (exit %1): %2").arg(zbar.exitCode).arg(QString::fromUtf8(zbar.err));
        return {};
    }
    return QString::fromUtf8(zbar.out).trimmed();
}

} // namespace Servery::Test
