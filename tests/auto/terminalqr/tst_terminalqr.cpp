// Tests of the QR code drawn in the terminal: the half-block text is parsed
// back into modules, written as an image and decoded with zbarimg, so the test
// proves a phone camera would read the exact URL.

#include "QrDecode.h"
#include "TerminalQr.h"

#include <QtTest>

#include <vector>

using namespace Servery;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Servery::TerminalColors)

namespace {

const QString kAnsiStart = u"\x1b[30;47m"_s;
const QString kAnsiEnd = u"\x1b[0m"_s;

constexpr char16_t kUpperHalf = 0x2580;
constexpr char16_t kLowerHalf = 0x2584;
constexpr char16_t kFullBlock = 0x2588;

// light[y][x]; true for a light module.
using Modules = std::vector<std::vector<bool>>;

// The lines of the drawing without their '\n' (and, in Ansi mode, without
// the colour codes), or an error message.
QStringList visibleLines(const QString &text, TerminalColors colors, QString *error)
{
    if (!text.endsWith(u'\n')) {
        *error = u"output does not end with a newline"_s;
        return {};
    }
    QStringList lines = text.chopped(1).split(u'\n');
    for (QString &line : lines) {
        if (colors == TerminalColors::Ansi) {
            if (!line.startsWith(kAnsiStart) || !line.endsWith(kAnsiEnd)) {
                *error = u"line not wrapped in ESC[30;47m ... ESC[0m: "_s + line.toHtmlEscaped();
                return {};
            }
            line = line.sliced(kAnsiStart.size(), line.size() - kAnsiStart.size() - kAnsiEnd.size());
        }
        if (line.contains(u'\x1b')) {
            *error = u"stray escape sequence in a line"_s;
            return {};
        }
    }
    return lines;
}

// Two module rows per text line. In None mode the drawn half of a cell is a
// light module; in Ansi mode (black on white) the drawn half is dark.
Modules parseModules(const QStringList &lines, TerminalColors colors, QString *error)
{
    const bool drawnIsLight = colors == TerminalColors::None;
    Modules rows;
    for (const QString &line : lines) {
        std::vector<bool> top, bottom;
        for (const QChar ch : line) {
            bool t = false, b = false;
            switch (ch.unicode()) {
            case u' ':
                break;
            case kUpperHalf:
                t = true;
                break;
            case kLowerHalf:
                b = true;
                break;
            case kFullBlock:
                t = b = true;
                break;
            default:
                *error = u"unexpected character U+%1"_s.arg(ch.unicode(), 4, 16, QChar(u'0'));
                return {};
            }
            top.push_back(t == drawnIsLight);
            bottom.push_back(b == drawnIsLight);
        }
        rows.push_back(std::move(top));
        rows.push_back(std::move(bottom));
    }
    return rows;
}

Modules render(const QString &url, TerminalColors colors, int quietZone, QString *error)
{
    const QString text = renderTerminalQr(url, colors, quietZone);
    const QStringList lines = visibleLines(text, colors, error);
    if (lines.isEmpty())
        return {};
    return parseModules(lines, colors, error);
}

} // namespace

class tst_TerminalQr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void decodesToTheUrl_data();
    void decodesToTheUrl();
    void ansiAndPlainDrawTheSameCode_data();
    void ansiAndPlainDrawTheSameCode();
    void everyLineHasTheSameWidth_data();
    void everyLineHasTheSameWidth();
    void quietZoneIsLight_data();
    void quietZoneIsLight();
};

void tst_TerminalQr::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty(),
             "zbarimg not found: this test needs the zbar-tools package (scripts/bootstrap installs it)");
}

void tst_TerminalQr::decodesToTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TerminalColors>("colors");

    const QList<std::pair<const char *, QString>> urls {
        {"short LAN URL", u"http://192.168.1.23:8080/"_s},
        {"IPv6 in brackets", u"http://[fd12:3456:789a::23]:65535/"_s},
        {"long with a query",
         u"http://192.168.100.200:8080/photos/2024/holiday%20trip/IMG_0042.jpg?download=1&name=%C3%A9t%C3%A9"_s},
        {"very long (a large symbol)",
         u"http://[2001:db8:85a3:8d3:1319:8a2e:370:7348]:8080/"_s + u"a-rather-long-folder-name/"_s.repeated(6)
             + u"?q=1&r=2"_s},
    };
    for (const auto &[name, url] : urls) {
        QTest::addRow("%s, plain", name) << url << TerminalColors::None;
        QTest::addRow("%s, ANSI", name) << url << TerminalColors::Ansi;
    }
}

void tst_TerminalQr::decodesToTheUrl()
{
    QFETCH(QString, url);
    QFETCH(TerminalColors, colors);

    // The lines exactly as a terminal shows them, nothing added around
    // them: the drawn quiet zone has to be enough for the reader.
    QString error;
    const QStringList lines = visibleLines(renderTerminalQr(url, colors), colors, &error);
    QVERIFY2(!lines.isEmpty(), qPrintable(error));
    const QString decoded = Servery::Test::decodeTerminalQr(lines, colors == TerminalColors::None, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, url);
}

void tst_TerminalQr::ansiAndPlainDrawTheSameCode_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("IPv4") << u"http://10.0.0.5:8080/"_s;
    QTest::newRow("IPv6") << u"http://[fd00::5]:8080/"_s;
}

void tst_TerminalQr::ansiAndPlainDrawTheSameCode()
{
    QFETCH(QString, url);

    QString error;
    const Modules plain = render(url, TerminalColors::None, 2, &error);
    QVERIFY2(!plain.empty(), qPrintable(error));
    const Modules ansi = render(url, TerminalColors::Ansi, 2, &error);
    QVERIFY2(!ansi.empty(), qPrintable(error));
    // Opposite drawing conventions, same light and dark modules.
    QVERIFY(plain == ansi);
}

void tst_TerminalQr::everyLineHasTheSameWidth_data()
{
    QTest::addColumn<TerminalColors>("colors");
    QTest::addColumn<int>("quietZone");

    QTest::newRow("plain, default quiet zone") << TerminalColors::None << 2;
    QTest::newRow("ANSI, default quiet zone") << TerminalColors::Ansi << 2;
    QTest::newRow("plain, no quiet zone") << TerminalColors::None << 0;
    QTest::newRow("ANSI, quiet zone 3") << TerminalColors::Ansi << 3;
}

void tst_TerminalQr::everyLineHasTheSameWidth()
{
    QFETCH(TerminalColors, colors);
    QFETCH(int, quietZone);

    const QString text = renderTerminalQr(u"http://192.168.1.23:8080/"_s, colors, quietZone);
    if (colors == TerminalColors::None)
        QVERIFY2(!text.contains(u'\x1b'), "escape sequence in plain mode");

    QString error;
    const QStringList lines = visibleLines(text, colors, &error);
    QVERIFY2(!lines.isEmpty(), qPrintable(error));
    const qsizetype width = lines.constFirst().size();
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines[i].size() == width,
                 qPrintable(u"line %1 is %2 wide, not %3"_s.arg(i).arg(lines[i].size()).arg(width)));

    // A QR symbol is 21 + 4k modules; the drawing adds the quiet zone on both
    // sides and packs two module rows into each line.
    const qsizetype symbol = width - 2 * quietZone;
    QVERIFY2(symbol >= 21 && (symbol - 21) % 4 == 0, qPrintable(QString::number(symbol)));
    QCOMPARE(lines.size(), (width + 1) / 2);
}

void tst_TerminalQr::quietZoneIsLight_data()
{
    QTest::addColumn<TerminalColors>("colors");
    QTest::addColumn<int>("quietZone");

    for (const int q : {1, 2, 4}) {
        QTest::addRow("plain, quiet zone %d", q) << TerminalColors::None << q;
        QTest::addRow("ANSI, quiet zone %d", q) << TerminalColors::Ansi << q;
    }
}

void tst_TerminalQr::quietZoneIsLight()
{
    QFETCH(TerminalColors, colors);
    QFETCH(int, quietZone);

    QString error;
    const Modules light = render(u"http://[fd12::23]:8080/"_s, colors, quietZone, &error);
    QVERIFY2(!light.empty(), qPrintable(error));

    const int total = int(light.front().size());
    const int size = total - 2 * quietZone;
    QVERIFY(size >= 21);
    // The drawing has `total` module rows, plus one light padding row when
    // `total` is odd (the lower half of the last line).
    QCOMPARE(int(light.size()), total + total % 2);

    for (int y = 0; y < int(light.size()); ++y) {
        for (int x = 0; x < total; ++x) {
            const bool quiet = x < quietZone || y < quietZone || x >= quietZone + size || y >= quietZone + size;
            if (quiet)
                QVERIFY2(light[size_t(y)][size_t(x)],
                         qPrintable(u"dark module at %1,%2 in the quiet zone"_s.arg(x).arg(y)));
        }
    }

    // The symbol starts right inside the quiet zone: the three finder patterns'
    // dark 7x7 outlines sit in its corners.
    const auto dark = [&](int x, int y) {
        return !light[size_t(quietZone + y)][size_t(quietZone + x)];
    };
    for (int i = 0; i < 7; ++i) {
        for (const auto &[ox, oy] : {std::pair {0, 0}, std::pair {size - 7, 0}, std::pair {0, size - 7}}) {
            QVERIFY(dark(ox + i, oy));
            QVERIFY(dark(ox + i, oy + 6));
            QVERIFY(dark(ox, oy + i));
            QVERIFY(dark(ox + 6, oy + i));
        }
    }
    // ... with the light separator ring around the top-left one.
    for (int i = 0; i < 8; ++i) {
        QVERIFY(!dark(7, i));
        QVERIFY(!dark(i, 7));
    }
}

QTEST_GUILESS_MAIN(tst_TerminalQr)
#include "tst_terminalqr.moc"
