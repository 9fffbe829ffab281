// Table tests of parseRangeHeader() (RFC 9110 14.1, 14.2): which Range values
// give 206 with which ranges, which give 416, and which are ignored (200).
// Every row is also checked against the invariants a 206 body relies on:
// ranges inside the file, first <= last, sorted, and never overlapping.

#include "server/http/ByteRanges.h"

#include <QtTest>

using namespace Servery;

Q_DECLARE_METATYPE(Servery::RangeRequest::Kind)

// Readable failure messages (found by argument-dependent lookup).
namespace Servery {

char *toString(const ByteRange &r)
{
    return QTest::toString(QByteArray::number(r.first) + '-' + QByteArray::number(r.last));
}

char *toString(RangeRequest::Kind kind)
{
    switch (kind) {
    case RangeRequest::Kind::Ignore:
        return qstrdup("Ignore");
    case RangeRequest::Kind::Satisfiable:
        return qstrdup("Satisfiable");
    case RangeRequest::Kind::Unsatisfiable:
        return qstrdup("Unsatisfiable");
    }
    return qstrdup("?");
}

} // namespace Servery

namespace {

using Kind = RangeRequest::Kind;
using Ranges = QList<ByteRange>;

constexpr qint64 kFour = qint64(1) << 32; // 4 GiB
constexpr qint64 kFiveGiB = qint64(5) << 30; // 5 GiB
constexpr qint64 kSize = 10000; // the default file size in the tables

Ranges one(qint64 first, qint64 last)
{
    return {ByteRange {first, last}};
}

// "bytes=0-0,1000-1000,2000-2000,..." with `count` ranges far enough apart
// that none coalesce.
QByteArray spacedRanges(int count)
{
    QByteArray v = "bytes=";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            v += ',';
        v += QByteArray::number(i * 1000) + '-' + QByteArray::number(i * 1000);
    }
    return v;
}

// `count` copies of "0-0" (which all coalesce into one range).
QByteArray repeatedRange(int count)
{
    QByteArray v = "bytes=";
    for (int i = 0; i < count; ++i)
        v += i == 0 ? "0-0" : ",0-0";
    return v;
}

} // namespace

class tst_ByteRanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_ByteRanges::parse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Ranges>("ranges");

    const Ranges none;
    const auto row = [](const char *name, const QByteArray &value, qint64 size, Kind kind, const Ranges &ranges) {
        QTest::newRow(name) << value << size << kind << ranges;
    };

    // RFC 9110 14.1.2 examples.
    row("first 500 bytes", "bytes=0-499", kSize, Kind::Satisfiable, one(0, 499));
    row("second 500 bytes", "bytes=500-999", kSize, Kind::Satisfiable, one(500, 999));
    row("single byte", "bytes=0-0", kSize, Kind::Satisfiable, one(0, 0));
    row("last byte by position", "bytes=9999-9999", kSize, Kind::Satisfiable, one(9999, 9999));
    row("open range runs to the end", "bytes=500-", kSize, Kind::Satisfiable, one(500, kSize - 1));
    row("open range from zero is the whole file", "bytes=0-", kSize, Kind::Satisfiable, one(0, kSize - 1));
    row("suffix: the last 500 bytes", "bytes=-500", kSize, Kind::Satisfiable, one(kSize - 500, kSize - 1));
    row("suffix of exactly the size", "bytes=-10000", kSize, Kind::Satisfiable, one(0, kSize - 1));
    // 14.1.3: a suffix longer than the representation selects all of it.
    row("suffix larger than the file", "bytes=-20000", kSize, Kind::Satisfiable, one(0, kSize - 1));
    // 14.1.2: a last-pos at or past the end is replaced by length - 1.
    row("last beyond the end is clamped", "bytes=9000-20000", kSize, Kind::Satisfiable, one(9000, kSize - 1));
    row("last exactly at the size is clamped", "bytes=0-10000", kSize, Kind::Satisfiable, one(0, kSize - 1));
    row("leading zeros are digits", "bytes=000-010", kSize, Kind::Satisfiable, one(0, 10));

    // The range unit is case-insensitive (RFC 9110 14.1); OWS around list
    // elements is allowed (5.6.1).
    row("unit in upper case", "BYTES=0-1", kSize, Kind::Satisfiable, one(0, 1));
    row("unit in mixed case", "Bytes=0-1", kSize, Kind::Satisfiable, one(0, 1));
    row("surrounding whitespace", "  bytes=0-1\t", kSize, Kind::Satisfiable, one(0, 1));
    row("whitespace around list elements", "bytes= 0-1 ,\t200-300 ", kSize, Kind::Satisfiable,
        Ranges {{0, 1}, {200, 300}});
    // Not in the grammar, but harmless to accept: the range is unambiguous and
    // a 206 for it is what the client wants.
    row("whitespace around '=' tolerated", "Bytes = 0-1", kSize, Kind::Satisfiable, one(0, 1));

    // Several ranges: sorted, then coalesced (RFC 9110 14.3).
    row("two distant ranges kept apart", "bytes=0-9,5000-5009", kSize, Kind::Satisfiable,
        Ranges {{0, 9}, {5000, 5009}});
    row("out of order ranges are sorted", "bytes=5000-5009,0-9", kSize, Kind::Satisfiable,
        Ranges {{0, 9}, {5000, 5009}});
    row("overlapping ranges merge", "bytes=0-99,50-149", kSize, Kind::Satisfiable, one(0, 149));
    row("contained range merges", "bytes=0-999,10-20", kSize, Kind::Satisfiable, one(0, 999));
    row("adjacent ranges merge", "bytes=0-9,10-19", kSize, Kind::Satisfiable, one(0, 19));
    row("duplicate ranges merge", "bytes=100-199,100-199", kSize, Kind::Satisfiable, one(100, 199));
    row("suffix overlapping a range merges", "bytes=9000-9499,-1000", kSize, Kind::Satisfiable, one(9000, kSize - 1));
    {
        // A gap of exactly kCoalesceGap unrequested bytes is merged; one more
        // byte of gap keeps the ranges apart.
        const qint64 within = 9 + 1 + kCoalesceGap;
        const qint64 beyond = within + 1;
        row("gap of kCoalesceGap bytes merges",
            "bytes=0-9," + QByteArray::number(within) + '-' + QByteArray::number(within + 9), kSize, Kind::Satisfiable,
            one(0, within + 9));
        row("gap one byte beyond kCoalesceGap stays apart",
            "bytes=0-9," + QByteArray::number(beyond) + '-' + QByteArray::number(beyond + 9), kSize, Kind::Satisfiable,
            Ranges {{0, 9}, {beyond, beyond + 9}});
    }
    row("chain of merges", "bytes=300-399,0-99,100-199,200-299", kSize, Kind::Satisfiable, one(0, 399));
    // RFC 9110 5.6.1: recipients accept and ignore empty list elements.
    row("empty list elements skipped", "bytes=0-1,,5000-5001", kSize, Kind::Satisfiable, Ranges {{0, 1}, {5000, 5001}});
    row("leading and trailing empty elements", "bytes=,0-1,", kSize, Kind::Satisfiable, one(0, 1));

    // Mixed: the unsatisfiable specs drop out, the rest are served.
    row("unsatisfiable range dropped from a set", "bytes=0-9,20000-30000", kSize, Kind::Satisfiable, one(0, 9));
    row("zero suffix dropped from a set", "bytes=-0,100-199", kSize, Kind::Satisfiable, one(100, 199));
    row("start at size dropped from a set", "bytes=10000-,-5", kSize, Kind::Satisfiable, one(kSize - 5, kSize - 1));

    // 416: well-formed, but nothing satisfiable (RFC 9110 14.1.1).
    row("start exactly at the size", "bytes=10000-10001", kSize, Kind::Unsatisfiable, none);
    row("start after the size", "bytes=20000-", kSize, Kind::Unsatisfiable, none);
    row("zero-length suffix", "bytes=-0", kSize, Kind::Unsatisfiable, none);
    row("all ranges unsatisfiable", "bytes=10000-,-0,99999-99999", kSize, Kind::Unsatisfiable, none);
    row("open range on an empty file", "bytes=0-", 0, Kind::Unsatisfiable, none);
    row("closed range on an empty file", "bytes=0-0", 0, Kind::Unsatisfiable, none);
    row("suffix on an empty file", "bytes=-5", 0, Kind::Unsatisfiable, none);

    // Ignore (answer 200): the field is not something we understand.
    row("wrong unit", "items=0-1", kSize, Kind::Ignore, none);
    row("unit that starts with bytes", "bytesx=0-1", kSize, Kind::Ignore, none);
    row("missing '='", "bytes 0-1", kSize, Kind::Ignore, none);
    row("missing unit", "=0-1", kSize, Kind::Ignore, none);
    row("empty value", "", kSize, Kind::Ignore, none);
    row("no range specs", "bytes=", kSize, Kind::Ignore, none);
    row("only empty list elements", "bytes=, ,", kSize, Kind::Ignore, none);
    row("garbage spec", "bytes=abc", kSize, Kind::Ignore, none);
    row("letters instead of numbers", "bytes=a-b", kSize, Kind::Ignore, none);
    row("lone dash", "bytes=-", kSize, Kind::Ignore, none);
    row("two dashes", "bytes=0-1-2", kSize, Kind::Ignore, none);
    row("garbage after a good range", "bytes=0-1,x", kSize, Kind::Ignore, none);
    // 14.1.1: last-pos < first-pos makes the whole set invalid.
    row("last before first", "bytes=500-499", kSize, Kind::Ignore, none);
    row("last before first next to a good range", "bytes=0-1,9-5", kSize, Kind::Ignore, none);
    row("plus sign on first", "bytes=+0-1", kSize, Kind::Ignore, none);
    row("plus sign on last", "bytes=0-+1", kSize, Kind::Ignore, none);
    row("negative suffix", "bytes=--1", kSize, Kind::Ignore, none);
    row("space inside first", "bytes=1 0-20", kSize, Kind::Ignore, none);
    row("space before the dash", "bytes=0 -1", kSize, Kind::Ignore, none);
    row("space after the dash", "bytes=0- 1", kSize, Kind::Ignore, none);
    row("space inside suffix", "bytes=- 1", kSize, Kind::Ignore, none);
    row("19-digit first", "bytes=1000000000000000000-", kSize, Kind::Ignore, none);
    row("19-digit last", "bytes=0-1000000000000000000", kSize, Kind::Ignore, none);
    row("19-digit suffix", "bytes=-1000000000000000000", kSize, Kind::Ignore, none);
    row("number past qint64", "bytes=0-99999999999999999999999", kSize, Kind::Ignore, none);
    row("18-digit last is fine and clamped", "bytes=0-999999999999999999", kSize, Kind::Satisfiable, one(0, kSize - 1));

    // Limits: a client may not make the server do unbounded work.
    QTest::newRow("kMaxRanges specs that coalesce are fine")
        << repeatedRange(kMaxRanges) << kSize << Kind::Satisfiable << one(0, 0);
    QTest::newRow("more than kMaxRanges specs ignored")
        << repeatedRange(kMaxRanges + 1) << kSize << Kind::Ignore << none;
    {
        Ranges parts;
        for (int i = 0; i < kMaxParts; ++i)
            parts.append(ByteRange {i * 1000, i * 1000});
        QTest::newRow("kMaxParts parts are served")
            << spacedRanges(kMaxParts) << qint64(kMaxParts * 1000) << Kind::Satisfiable << parts;
        QTest::newRow("more than kMaxParts parts ignored")
            << spacedRanges(kMaxParts + 1) << qint64(kMaxParts * 1000 + 1000) << Kind::Ignore << none;
    }

    // Files larger than 4 GiB: positions do not wrap at 32 bits.
    row("5 GiB: range above 2^32", "bytes=4294967296-4294967395", kFiveGiB, Kind::Satisfiable, one(kFour, kFour + 99));
    row("5 GiB: range across 2^32", "bytes=4294967290-4294967300", kFiveGiB, Kind::Satisfiable,
        one(kFour - 6, kFour + 4));
    row("5 GiB: open range", "bytes=4294967295-", kFiveGiB, Kind::Satisfiable, one(kFour - 1, kFiveGiB - 1));
    row("5 GiB: suffix", "bytes=-100", kFiveGiB, Kind::Satisfiable, one(kFiveGiB - 100, kFiveGiB - 1));
    row("5 GiB: suffix larger than 4 GiB", "bytes=-4294967297", kFiveGiB, Kind::Satisfiable,
        one(kFiveGiB - kFour - 1, kFiveGiB - 1));
    row("5 GiB: last past the end clamped", "bytes=5368709000-9999999999", kFiveGiB, Kind::Satisfiable,
        one(5368709000, kFiveGiB - 1));
    row("5 GiB: start at the size", "bytes=5368709120-", kFiveGiB, Kind::Unsatisfiable, none);
    row("5 GiB: two parts above 2^32", "bytes=5000000000-5000000009,4294967296-4294967305", kFiveGiB, Kind::Satisfiable,
        Ranges {{kFour, kFour + 9}, {5000000000, 5000000009}});
}

void tst_ByteRanges::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, size);
    QFETCH(Kind, kind);
    QFETCH(Ranges, ranges);

    const RangeRequest result = parseRangeHeader(value, size);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.ranges, ranges);

    // Invariants of every answer, whatever the row.
    if (result.kind != Kind::Satisfiable) {
        QVERIFY2(result.ranges.isEmpty(), "only a 206 carries ranges");
        return;
    }
    QVERIFY(!result.ranges.isEmpty());
    QVERIFY(result.ranges.size() <= kMaxParts);
    for (qsizetype i = 0; i < result.ranges.size(); ++i) {
        const ByteRange &r = result.ranges.at(i);
        QVERIFY2(r.first >= 0 && r.first <= r.last && r.last < size,
                 qPrintable(QStringLiteral("range %1-%2 outside [0, %3)").arg(r.first).arg(r.last).arg(size)));
        QCOMPARE(r.length(), r.last - r.first + 1);
        if (i > 0) {
            const ByteRange &prev = result.ranges.at(i - 1);
            // Sorted, not overlapping, not even adjacent (those coalesce).
            QVERIFY2(r.first > prev.last + 1,
                     qPrintable(QStringLiteral("range %1-%2 follows %3-%4")
                                    .arg(r.first)
                                    .arg(r.last)
                                    .arg(prev.first)
                                    .arg(prev.last)));
        }
    }
}

QTEST_APPLESS_MAIN(tst_ByteRanges)

#include "tst_byteranges.moc"
