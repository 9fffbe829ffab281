// Tests of comparing two requests: the line diff (known inputs, the edit
// script rebuilds both sides, the bound past 20,000 lines), the header diff
// (names compared case-insensitively), body diffs (JSON per member, text,
// the first differing byte, bodies kept in files) and CompareView's colours
// in light and dark palettes.

#include "viewers/CompareView.h"
#include "viewers/RecordDiff.h"

#include "server/log/BodyFile.h"
#include "server/log/RequestRecord.h"

#include <QPalette>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

QStringList lines(const char *text)
{
    if (!*text)
        return {};
    return QString::fromUtf8(text).split(u' ');
}

// "=a -b +c": the ops and texts of a diff, compactly.
QString compact(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &l : diff)
        out << (l.op == DiffLine::Same ? u'=' : l.op == DiffLine::Added ? u'+' : u'-') + l.text;
    return out.join(u' ');
}

QStringList side(const QList<DiffLine> &diff, DiffLine::Op skipped)
{
    QStringList out;
    for (const DiffLine &l : diff) {
        if (l.op != skipped)
            out << l.text;
    }
    return out;
}

RequestRecord record(QByteArray method, QByteArray target, int status = 200)
{
    RequestRecord r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.httpVersion = "HTTP/1.1";
    r.status = status;
    return r;
}

// WCAG 2.1 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class tst_RecordDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compareViewFoldsLongRuns();
    void diffLines_data();
    void diffLines();
    void diffIsShortest();
    void largeInputsFallBackToOneBlock();
    void headerNamesCompareCaseInsensitively();
    void jsonBodyDiffsByMember();
    void textAndFormBodies();
    void binaryFirstDifferingByte_data();
    void binaryFirstDifferingByte();
    void bodiesInFilesCompareBeyondTheFirstMegabyte();
    void compareViewColoursReadInLightAndDark();
    void compareViewLayouts();
};

void tst_RecordDiff::diffLines_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("same") << lines("a b c") << lines("a b c") << "=a =b =c";
    QTest::newRow("insert-middle") << lines("a c") << lines("a b c") << "=a +b =c";
    QTest::newRow("insert-start") << lines("b c") << lines("a b c") << "+a =b =c";
    QTest::newRow("insert-end") << lines("a b") << lines("a b c") << "=a =b +c";
    QTest::newRow("delete") << lines("a b c d") << lines("a d") << "=a -b -c =d";
    QTest::newRow("change-removed-first") << lines("a x c") << lines("a y c") << "=a -x +y =c";
    QTest::newRow("change-block") << lines("a x1 x2 c") << lines("a y1 c") << "=a -x1 -x2 +y1 =c";
    QTest::newRow("both-empty") << QStringList() << QStringList() << "";
    QTest::newRow("a-empty") << QStringList() << lines("a b") << "+a +b";
    QTest::newRow("b-empty") << lines("a b") << QStringList() << "-a -b";
    QTest::newRow("all-different") << lines("a b") << lines("c d") << "-a -b +c +d";
    QTest::newRow("repeated-lines") << lines("x a x b x") << lines("x b x a x") << "=x -a -x =b +x +a =x";
}

void tst_RecordDiff::diffLines()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    const QList<DiffLine> diff = Servery::diffLines(a, b);
    QTEST(compact(diff), "expected");
    QCOMPARE(side(diff, DiffLine::Added), a);
    QCOMPARE(side(diff, DiffLine::Removed), b);
}

void tst_RecordDiff::diffIsShortest()
{
    // Myers' paper: ABCABBA -> CBABAC takes 5 edits.
    const QStringList a = lines("A B C A B B A");
    const QStringList b = lines("C B A B A C");
    const QList<DiffLine> diff = Servery::diffLines(a, b);
    QCOMPARE(side(diff, DiffLine::Added), a);
    QCOMPARE(side(diff, DiffLine::Removed), b);
    const auto edits
        = std::count_if(diff.begin(), diff.end(), [](const DiffLine &l) { return l.op != DiffLine::Same; });
    QCOMPARE(edits, 5);
}

void tst_RecordDiff::largeInputsFallBackToOneBlock()
{
    QStringList a;
    for (int i = 0; i < kMaxDiffLines + 10; ++i)
        a << QString::number(i);
    QStringList b = a;
    b[5] = QStringLiteral("five");
    b[kMaxDiffLines] = QStringLiteral("late");
    const QList<DiffLine> diff = Servery::diffLines(a, b);
    QCOMPARE(side(diff, DiffLine::Added), a);
    QCOMPARE(side(diff, DiffLine::Removed), b);
    // The common beginning and end are kept; the middle is one block.
    QCOMPARE(diff[5], (DiffLine {DiffLine::Removed, QStringLiteral("5")}));
    QCOMPARE(diff.size(), 5 + 2 * (kMaxDiffLines + 1 - 5) + 9);
    QCOMPARE(diff.constLast(), (DiffLine {DiffLine::Same, a.constLast()}));

    // Below the bound, the same change is two small edits.
    a.resize(1000);
    b = a;
    b[5] = QStringLiteral("five");
    QCOMPARE(Servery::diffLines(a, b).size(), 1001);
}

void tst_RecordDiff::headerNamesCompareCaseInsensitively()
{
    RequestRecord a = record("GET", "/api/items?page=1");
    a.requestHeaders.append("Host", "example.test");
    a.requestHeaders.append("Content-Type", "application/json");
    a.requestHeaders.append("X-Trace", "1");
    a.responseHeaders.append("ETag", "\"v1\"");
    RequestRecord b = record("GET", "/api/items?page=2", 404);
    b.requestHeaders.append("host", "example.test");
    b.requestHeaders.append("CONTENT-TYPE", "application/json");
    b.requestHeaders.append("X-Trace", "2");
    b.responseHeaders.append("etag", "\"v1\"");

    const QList<DiffSection> sections = headerDiff(a, b);
    QCOMPARE(sections.size(), 4);
    QCOMPARE(sections[0].title, QStringLiteral("Request line"));
    QCOMPARE(compact(sections[0].lines),
             QStringLiteral("-GET /api/items?page=1 HTTP/1.1 +GET /api/items?page=2 HTTP/1.1"));
    QCOMPARE(compact(sections[1].lines),
             QStringLiteral("=Host: example.test =Content-Type: application/json -X-Trace: 1 +X-Trace: 2"));
    QCOMPARE(compact(sections[2].lines), QStringLiteral("-200 OK +404 Not Found"));
    QVERIFY(!sections[3].differs());
    QVERIFY(sections[1].differs());

    // A value differing only in case is a difference.
    b.responseHeaders.set("etag", "\"V1\"");
    QVERIFY(headerDiff(a, b)[3].differs());
}

void tst_RecordDiff::jsonBodyDiffsByMember()
{
    const BodyDiff diff = bodyDiff(R"({"name":"Ann","age":30,"tags":["a","b"]})", "application/json",
                                   R"({"name": "Ann", "age": 31, "tags": ["a", "b"]})", "application/json");
    QCOMPARE(diff.mode, BodyDiff::Mode::Json);
    QVERIFY(!diff.same);
    QStringList changed;
    for (const DiffLine &l : diff.lines) {
        if (l.op != DiffLine::Same)
            changed << (l.op == DiffLine::Added ? u'+' : u'-') + l.text.trimmed();
    }
    QCOMPARE(changed, (QStringList {QStringLiteral("-\"age\": 30,"), QStringLiteral("+\"age\": 31,")}));

    // Layout alone is no difference.
    const BodyDiff spacing = bodyDiff("[1,2]", "application/json", "[ 1, 2 ]\n", "application/json");
    QVERIFY(spacing.same);
    QVERIFY(spacing.summary.contains(QStringLiteral("different bytes")));
}

void tst_RecordDiff::textAndFormBodies()
{
    const BodyDiff text = bodyDiff("one\r\ntwo\r\nthree\r\n", "text/plain", "one\ntwo!\nthree", "text/plain");
    QCOMPARE(text.mode, BodyDiff::Mode::Text);
    QCOMPARE(compact(text.lines), QStringLiteral("=one -two +two! =three"));

    const BodyDiff form = bodyDiff("a=1&b=x+y", "application/x-www-form-urlencoded", "a=1&b=x%20z",
                                   "application/x-www-form-urlencoded");
    QCOMPARE(form.mode, BodyDiff::Mode::Text);
    QCOMPARE(side(form.lines, DiffLine::Same), (QStringList {QStringLiteral("b = x y"), QStringLiteral("b = x z")}));

    const BodyDiff added = bodyDiff({}, {}, "{\"a\":1}", "application/json");
    QCOMPARE(added.mode, BodyDiff::Mode::Json);
    QCOMPARE(side(added.lines, DiffLine::Removed).size(), 3);
}

void tst_RecordDiff::binaryFirstDifferingByte_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<qint64>("first");

    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 13);
    QByteArray changed = bytes;
    changed[1000] = char(changed[1000] + 1);
    QTest::newRow("same-bytes") << bytes << bytes << qint64(-1);
    QTest::newRow("differ-at-1000") << bytes << changed << qint64(1000);
    QTest::newRow("differ-at-0") << bytes << QByteArray("\xff") + bytes.mid(1) << qint64(0);
    QTest::newRow("one-is-a-prefix") << bytes << bytes.first(2000) << qint64(2000);
}

void tst_RecordDiff::binaryFirstDifferingByte()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(qint64, first);
    const BodyDiff diff = bodyDiff(a, "application/octet-stream", b, "application/octet-stream");
    QCOMPARE(diff.mode, BodyDiff::Mode::Binary);
    QCOMPARE(diff.firstDifference, first);
    QCOMPARE(diff.same, first < 0);
    if (first < 0)
        QVERIFY2(diff.summary.startsWith(QStringLiteral("Same bytes")), qPrintable(diff.summary));
    else
        QVERIFY2(diff.summary.contains(QStringLiteral("differ at byte %1").arg(first)), qPrintable(diff.summary));
}

void tst_RecordDiff::bodiesInFilesCompareBeyondTheFirstMegabyte()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const qint64 size = 3 * 1024 * 1024;
    QByteArray bytes(size, '\0');
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(i * 31 % 256);
    auto bodyFile = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        file.close();
        return std::make_shared<const BodyFile>(file.fileName(), content.size());
    };
    RequestRecord a = record("PUT", "/blob");
    a.requestHeaders.append("Content-Type", "application/octet-stream");
    a.requestBodyFile = bodyFile(QStringLiteral("a"), bytes);
    a.requestBodySize = size;
    RequestRecord b = a;
    QByteArray changed = bytes;
    changed[2'500'000] = char(changed[2'500'000] ^ 1);
    b.requestBodyFile = bodyFile(QStringLiteral("b"), changed);

    QCOMPARE(bodyDiff(a, b).firstDifference, 2'500'000);
    b.requestBodyFile = bodyFile(QStringLiteral("c"), bytes);
    QVERIFY(bodyDiff(a, b).same);
    b.requestBodyFile = bodyFile(QStringLiteral("d"), bytes.first(size - 1));
    QCOMPARE(bodyDiff(a, b).firstDifference, size - 1);
}

void tst_RecordDiff::compareViewColoursReadInLightAndDark()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    for (const QPalette &palette : {light, dark}) {
        const CompareView::Colors c = CompareView::colors(palette);
        QVERIFY2(contrast(c.added, c.text) >= 4.5, qPrintable(c.added.name()));
        QVERIFY2(contrast(c.removed, c.text) >= 4.5, qPrintable(c.removed.name()));
        QVERIFY(c.added.green() > c.added.red()); // green-ish
        QVERIFY(c.removed.red() > c.removed.green()); // red-ish
        QVERIFY(c.added != palette.color(QPalette::Base));
    }
    // Dark stays dark: no light backgrounds under light text.
    QVERIFY(CompareView::colors(dark).added.lightnessF() < 0.4);
    QVERIFY(!CompareView::html({{QStringLiteral("T"), {{DiffLine::Added, QStringLiteral("x")}}}},
                               CompareView::Mode::Unified, dark)
                 .contains(QStringLiteral("#ffffff")));
}

void tst_RecordDiff::compareViewLayouts()
{
    RequestRecord a = record("POST", "/form");
    a.requestHeaders.append("Content-Type", "application/json");
    a.requestBody = R"({"a":1,"b":2})";
    a.requestBodySize = a.requestBody.size();
    RequestRecord b = a;
    b.requestBody = R"({"a":1,"b":3})";
    a.id = 7;
    b.id = 9;

    CompareView view;
    view.setRecords(a, b);
    QCOMPARE(view.sections().size(), 5);
    QCOMPARE(view.sections()[4].title, QStringLiteral("Request body"));
    QVERIFY(view.sections()[4].differs());
    QVERIFY(!view.sections()[1].differs());

    QCOMPARE(view.mode(), CompareView::Mode::SideBySide);
    QString text = view.plainText();
    QVERIFY2(text.contains(QStringLiteral("#7")) && text.contains(QStringLiteral("#9")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"b\": 2")) && text.contains(QStringLiteral("\"b\": 3")));

    view.setMode(CompareView::Mode::Unified);
    text = view.plainText();
    QVERIFY2(text.contains(QStringLiteral("-     \"b\": 2")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("+     \"b\": 3")));
    const QString html = CompareView::html(view.sections(), CompareView::Mode::Unified, view.palette());
    QVERIFY(html.contains(CompareView::colors(view.palette()).added.name()));
    QVERIFY(html.contains(CompareView::colors(view.palette()).removed.name()));
}

void tst_RecordDiff::compareViewFoldsLongRuns()
{
    QList<DiffLine> lines;
    for (int i = 0; i < 10'000; ++i)
        lines.append({DiffLine::Same, QStringLiteral("same %1").arg(i)});
    lines.append({DiffLine::Removed, QStringLiteral("old")});
    lines.append({DiffLine::Added, QStringLiteral("new")});
    for (int i = 0; i < 5'000; ++i)
        lines.append({DiffLine::Added, QStringLiteral("more %1").arg(i)});
    QString html = CompareView::html({{QStringLiteral("Body"), lines}}, CompareView::Mode::Unified, QPalette());
    html.replace(QChar(0xa0), u' '); // cells keep their spaces as no-break spaces
    QVERIFY(html.contains(QStringLiteral("9994 equal lines")));
    QVERIFY(html.contains(QStringLiteral("same 9999")));
    QVERIFY(!html.contains(QStringLiteral("same 5000<")));
    QVERIFY(html.contains(QStringLiteral("more lines are not shown")));
    QVERIFY(html.count(QStringLiteral("<tr>")) <= 2002);
}

QTEST_MAIN(tst_RecordDiff)
#include "tst_recorddiff.moc"
