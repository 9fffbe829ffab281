// Table tests of conditional requests: entity-tag comparison (RFC 9110
// 8.8.3.2), the evaluation order of the four precondition fields (13.2.2),
// and If-Range (13.1.5).

#include "server/http/HttpDate.h"
#include "server/http/Preconditions.h"

#include <QtTest>

using namespace Servery;

Q_DECLARE_METATYPE(Servery::PreconditionResult)

namespace Servery {

char *toString(PreconditionResult r)
{
    switch (r) {
    case PreconditionResult::Proceed:
        return qstrdup("Proceed");
    case PreconditionResult::NotModified:
        return qstrdup("NotModified (304)");
    case PreconditionResult::PreconditionFailed:
        return qstrdup("PreconditionFailed (412)");
    }
    return qstrdup("?");
}

} // namespace Servery

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

constexpr qint64 kModified = 1'700'000'000; // Tue, 14 Nov 2023 22:13:20 GMT
const QByteArray kTag = "\"v1\"";

Validators current()
{
    return Validators {kTag, kModified};
}

QByteArray date(qint64 secs)
{
    return formatHttpDate(secs);
}

HttpRequest request(const QByteArray &method, const Headers &headers)
{
    HttpRequest r;
    r.method = method;
    r.target = "/file.txt";
    r.path = "/file.txt";
    for (const auto &[name, value] : headers)
        r.headers.append(name, value);
    return r;
}

} // namespace

class tst_Preconditions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void etagMatches_data();
    void etagMatches();
    void evaluate_data();
    void evaluate();
    void ifRange_data();
    void ifRange();
};

void tst_Preconditions::initTestCase()
{
    // The dates in the tables are built with formatHttpDate(); make sure it
    // and the parser agree, or every date row would prove nothing.
    QCOMPARE(date(784'111'777), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(parseHttpDate(date(kModified)), std::optional<qint64>(kModified));
}

void tst_Preconditions::etagMatches_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<bool>("strong");
    QTest::addColumn<bool>("weak");

    // The table of RFC 9110 8.8.3.2.
    QTest::newRow("W/1 vs W/1: weak only") << QByteArray("W/\"1\"") << QByteArray("W/\"1\"") << false << true;
    QTest::newRow("W/1 vs W/2: neither") << QByteArray("W/\"1\"") << QByteArray("W/\"2\"") << false << false;
    QTest::newRow("W/1 vs 1: weak only") << QByteArray("W/\"1\"") << QByteArray("\"1\"") << false << true;
    QTest::newRow("1 vs W/1: weak only") << QByteArray("\"1\"") << QByteArray("W/\"1\"") << false << true;
    QTest::newRow("1 vs 1: both") << QByteArray("\"1\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("1 vs 2: neither") << QByteArray("\"1\"") << QByteArray("\"2\"") << false << false;

    // Opaque tags compare octet by octet.
    QTest::newRow("case matters") << QByteArray("\"ABC\"") << QByteArray("\"abc\"") << false << false;
    QTest::newRow("prefix is not a match") << QByteArray("\"1\"") << QByteArray("\"12\"") << false << false;
    QTest::newRow("empty opaque tag") << QByteArray("\"\"") << QByteArray("\"\"") << true << true;

    // Lists (RFC 9110 5.6.1).
    QTest::newRow("match last in a list") << QByteArray("\"a\", \"b\", \"1\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("match first in a list") << QByteArray("\"1\",\"b\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("tabs and extra commas") << QByteArray(",\t\"a\" ,, \"1\" ,") << QByteArray("\"1\"") << true << true;
    QTest::newRow("no match in a list") << QByteArray("\"a\", \"b\"") << QByteArray("\"1\"") << false << false;
    QTest::newRow("weak element in a list") << QByteArray("\"a\", W/\"1\"") << QByteArray("\"1\"") << false << true;
    QTest::newRow("strong element after the weak one")
        << QByteArray("W/\"1\", \"1\"") << QByteArray("\"1\"") << true << true;
    // A comma inside the quotes belongs to the tag.
    QTest::newRow("comma inside a tag matches whole") << QByteArray("\"a,b\"") << QByteArray("\"a,b\"") << true << true;
    QTest::newRow("comma inside a tag is not a split")
        << QByteArray("\"a,b\"") << QByteArray("\"b\"") << false << false;
    QTest::newRow("comma-tag followed by a match")
        << QByteArray("\"x,y\", \"1\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("quoted text is not split into tags")
        << QByteArray("\"a, \"b\"") << QByteArray("\"b\"") << false << false;

    // Elements that are not entity-tags are skipped, not fatal.
    QTest::newRow("unquoted garbage then a match") << QByteArray("foo, \"1\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("unquoted form of the tag") << QByteArray("1") << QByteArray("\"1\"") << false << false;
    QTest::newRow("W/ without quotes skipped") << QByteArray("W/1, \"1\"") << QByteArray("\"1\"") << true << true;
    // The weak prefix is case-sensitive (%s"W/"): w/"1" is not an entity-tag.
    QTest::newRow("lower-case w/ is not weak") << QByteArray("w/\"1\"") << QByteArray("\"1\"") << false << false;
    QTest::newRow("unterminated tag") << QByteArray("\"1") << QByteArray("\"1\"") << false << false;
    QTest::newRow("empty list") << QByteArray() << QByteArray("\"1\"") << false << false;
    QTest::newRow("no current tag") << QByteArray("\"1\"") << QByteArray() << false << false;
}

void tst_Preconditions::etagMatches()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, etag);
    QFETCH(bool, strong);
    QFETCH(bool, weak);

    QCOMPARE(Servery::etagMatches(list, etag, false), strong);
    QCOMPARE(Servery::etagMatches(list, etag, true), weak);
    // Strong comparison is the stricter of the two.
    QVERIFY(!strong || weak);
}

void tst_Preconditions::evaluate_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<PreconditionResult>("expected");

    const auto Proceed = PreconditionResult::Proceed;
    const auto NotModified = PreconditionResult::NotModified;
    const auto Failed = PreconditionResult::PreconditionFailed;
    const QByteArray older = date(kModified - 3600);
    const QByteArray equal = date(kModified);
    const QByteArray newer = date(kModified + 3600);
    const QByteArray invalid = "not a date";

    const auto row
        = [](const QByteArray &name, const QByteArray &method, const Headers &headers, PreconditionResult r) {
              QTest::newRow(name.constData()) << method << headers << r;
          };

    for (const char *m : {"GET", "HEAD", "PUT"}) {
        const QByteArray method(m);
        const auto name = [&](const char *what) {
            return QByteArray(method + ": " + what);
        };
        row(name("no conditions"), method, {}, Proceed);

        // 1. If-Match, strong comparison (RFC 9110 13.1.1).
        row(name("If-Match matches"), method, {{"If-Match", kTag}}, Proceed);
        row(name("If-Match mismatch"), method, {{"If-Match", "\"v0\""}}, Failed);
        row(name("If-Match *"), method, {{"If-Match", "*"}}, Proceed);
        row(name("If-Match in a list"), method, {{"If-Match", "\"v0\", \"v1\""}}, Proceed);
        row(name("If-Match over two fields"), method, {{"If-Match", "\"v0\""}, {"If-Match", kTag}}, Proceed);
        row(name("If-Match weak tag never matches"), method, {{"If-Match", "W/" + kTag}}, Failed);

        // 2. If-Unmodified-Since, only without If-Match (13.1.4).
        row(name("If-Unmodified-Since older"), method, {{"If-Unmodified-Since", older}}, Failed);
        row(name("If-Unmodified-Since newer"), method, {{"If-Unmodified-Since", newer}}, Proceed);
        row(name("If-Unmodified-Since equal"), method, {{"If-Unmodified-Since", equal}}, Proceed);
        row(name("If-Unmodified-Since invalid is ignored"), method, {{"If-Unmodified-Since", invalid}}, Proceed);
        row(name("If-Unmodified-Since ignored after If-Match passes"), method,
            {{"If-Match", kTag}, {"If-Unmodified-Since", older}}, Proceed);
        row(name("If-Match failure wins over a passing If-Unmodified-Since"), method,
            {{"If-Unmodified-Since", newer}, {"If-Match", "\"v0\""}}, Failed);

        // 3. If-None-Match, weak comparison (13.1.2): 304 for GET/HEAD, 412
        // for anything else.
        const PreconditionResult noneMatchHit = (method == "PUT") ? Failed : NotModified;
        row(name("If-None-Match matches"), method, {{"If-None-Match", kTag}}, noneMatchHit);
        row(name("If-None-Match weak tag matches"), method, {{"If-None-Match", "W/" + kTag}}, noneMatchHit);
        row(name("If-None-Match *"), method, {{"If-None-Match", "*"}}, noneMatchHit);
        row(name("If-None-Match in a list"), method, {{"If-None-Match", "\"a\", W/\"b\", \"v1\""}}, noneMatchHit);
        row(name("If-None-Match mismatch"), method, {{"If-None-Match", "\"v0\""}}, Proceed);
        row(name("If-None-Match garbage"), method, {{"If-None-Match", "v1"}}, Proceed);

        // 4. If-Modified-Since, only for GET/HEAD and only without
        // If-None-Match (13.1.3).
        const PreconditionResult modifiedSinceHit = (method == "PUT") ? Proceed : NotModified;
        row(name("If-Modified-Since newer"), method, {{"If-Modified-Since", newer}}, modifiedSinceHit);
        row(name("If-Modified-Since equal"), method, {{"If-Modified-Since", equal}}, modifiedSinceHit);
        row(name("If-Modified-Since older"), method, {{"If-Modified-Since", older}}, Proceed);
        row(name("If-Modified-Since invalid is ignored"), method, {{"If-Modified-Since", invalid}}, Proceed);
        row(name("If-Modified-Since date without GMT is invalid"), method, {{"If-Modified-Since", newer.chopped(4)}},
            Proceed);
        row(name("If-Modified-Since ignored when If-None-Match mismatches"), method,
            {{"If-None-Match", "\"v0\""}, {"If-Modified-Since", newer}}, Proceed);
        row(name("If-None-Match match wins over an older If-Modified-Since"), method,
            {{"If-Modified-Since", older}, {"If-None-Match", kTag}}, noneMatchHit);

        // The order between the groups: a failed 1/2 answers 412 before 3/4
        // are looked at.
        row(name("If-Match failure before If-None-Match"), method, {{"If-None-Match", kTag}, {"If-Match", "\"v0\""}},
            Failed);
        row(name("If-Unmodified-Since failure before If-Modified-Since"), method,
            {{"If-Modified-Since", newer}, {"If-Unmodified-Since", older}}, Failed);
        row(name("If-Match passes, then If-None-Match decides"), method, {{"If-Match", "*"}, {"If-None-Match", "*"}},
            noneMatchHit);
        row(name("all four pass"), method,
            {{"If-Match", kTag},
             {"If-Unmodified-Since", equal},
             {"If-None-Match", "\"v0\""},
             {"If-Modified-Since", older}},
            Proceed);
    }

    // Other unsafe methods behave like PUT.
    row("DELETE: If-None-Match * fails", "DELETE", {{"If-None-Match", "*"}}, Failed);
    row("POST: If-Modified-Since ignored", "POST", {{"If-Modified-Since", newer}}, Proceed);
    // Method names are case-sensitive (RFC 9110 9.1): "get" is not GET.
    row("lower-case get is not GET", "get", {{"If-None-Match", kTag}}, Failed);
    // Field names are case-insensitive (RFC 9110 5.1).
    row("field names in lower case", "GET", {{"if-none-match", kTag}}, NotModified);
}

void tst_Preconditions::evaluate()
{
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(PreconditionResult, expected);

    QCOMPARE(evaluatePreconditions(request(method, headers), current()), expected);
}

void tst_Preconditions::ifRange_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<bool>("allows");

    QTest::newRow("no If-Range") << Headers {} << kTag << true;
    QTest::newRow("strong tag matches") << Headers {{"If-Range", kTag}} << kTag << true;
    QTest::newRow("strong tag with whitespace") << Headers {{"If-Range", " " + kTag + " "}} << kTag << true;
    // RFC 9110 13.1.5: a weak tag never validates a range.
    QTest::newRow("weak tag never") << Headers {{"If-Range", "W/" + kTag}} << kTag << false;
    QTest::newRow("weak current tag never") << Headers {{"If-Range", kTag}} << QByteArray("W/" + kTag) << false;
    QTest::newRow("weak tag vs weak current tag")
        << Headers {{"If-Range", "W/" + kTag}} << QByteArray("W/" + kTag) << false;
    QTest::newRow("mismatching tag") << Headers {{"If-Range", "\"v0\""}} << kTag << false;
    QTest::newRow("tag list is not an If-Range value") << Headers {{"If-Range", "\"v0\", " + kTag}} << kTag << false;
    QTest::newRow("exact Last-Modified date") << Headers {{"If-Range", date(kModified)}} << kTag << true;
    QTest::newRow("one second earlier") << Headers {{"If-Range", date(kModified - 1)}} << kTag << false;
    QTest::newRow("one second later") << Headers {{"If-Range", date(kModified + 1)}} << kTag << false;
    QTest::newRow("garbage") << Headers {{"If-Range", "garbage"}} << kTag << false;
    QTest::newRow("empty value") << Headers {{"If-Range", ""}} << kTag << false;
    QTest::newRow("unquoted tag") << Headers {{"If-Range", "v1"}} << kTag << false;
}

void tst_Preconditions::ifRange()
{
    QFETCH(Headers, headers);
    QFETCH(QByteArray, etag);
    QFETCH(bool, allows);

    const Validators v {etag, kModified};
    QCOMPARE(ifRangeAllows(request("GET", headers), v), allows);
}

QTEST_APPLESS_MAIN(tst_Preconditions)

#include "tst_preconditions.moc"
