// Tests of HTTP dates (RFC 9110 5.6.7): the IMF-fixdate we send, the three
// forms we must accept, the strings we must refuse, and the Common Log Format
// time used by the access log.

#include "server/http/HttpDate.h"

#include <QtTest>

#include <ctime>

using namespace Servery;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRfcExample = 784'111'777; // Sun, 06 Nov 1994 08:49:37 GMT

void setTimeZone(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}

// An independent rendering of each form, through QLocale's C locale.
QByteArray imfFixdate(const QDateTime &t)
{
    return QLocale::c().toString(t, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray rfc850(const QDateTime &t)
{
    return QLocale::c().toString(t, u"dddd, dd-MMM-yy hh:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray asctime(const QDateTime &t)
{
    // The day of the month is padded with a space, not a zero.
    const QString day = QString::number(t.date().day()).rightJustified(2, u' ');
    return QLocale::c().toString(t, u"ddd MMM '"_s + day + u"' hh:mm:ss yyyy"_s).toLatin1();
}

} // namespace

class tst_HttpDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void formatHttpDate_data();
    void formatHttpDate();
    void parseAcceptsAllThreeForms_data();
    void parseAcceptsAllThreeForms();
    void parseRefuses_data();
    void parseRefuses();
    void roundTrip();
    void rfc850TwoDigitYears_data();
    void rfc850TwoDigitYears();
    void currentHttpDateIsNow();
    void commonLogTime_data();
    void commonLogTime();
};

void tst_HttpDate::initTestCase()
{
    setTimeZone("UTC");
}

void tst_HttpDate::cleanup()
{
    setTimeZone("UTC");
}

void tst_HttpDate::formatHttpDate_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("epoch") << qint64(0) << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT");
    QTest::newRow("RFC 9110 example") << kRfcExample << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("last second of a year") << qint64(946'684'799) << QByteArray("Fri, 31 Dec 1999 23:59:59 GMT");
    QTest::newRow("leap day of a century year") << qint64(951'782'400) << QByteArray("Tue, 29 Feb 2000 00:00:00 GMT");
    QTest::newRow("leap day 2024") << qint64(1'709'208'000) << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT");
    QTest::newRow("last 32-bit second") << qint64(2'147'483'647) << QByteArray("Tue, 19 Jan 2038 03:14:07 GMT");
    QTest::newRow("past 32 bits") << qint64(2'147'483'648) << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT");
    QTest::newRow("end of 2099") << qint64(4'102'444'799) << QByteArray("Thu, 31 Dec 2099 23:59:59 GMT");
}

void tst_HttpDate::formatHttpDate()
{
    QFETCH(qint64, seconds);
    QFETCH(QByteArray, text);

    QCOMPARE(Servery::formatHttpDate(seconds), text);
}

void tst_HttpDate::parseAcceptsAllThreeForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kRfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << kRfcExample;
    QTest::newRow("asctime, day padded with a space") << QByteArray("Sun Nov  6 08:49:37 1994") << kRfcExample;
    QTest::newRow("IMF-fixdate of the epoch") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate of a leap day") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT") << qint64(1'709'208'000);
    QTest::newRow("asctime of a leap day") << QByteArray("Thu Feb 29 12:00:00 2024") << qint64(1'709'208'000);
    QTest::newRow("IMF-fixdate, last second of the day")
        << QByteArray("Fri, 31 Dec 1999 23:59:59 GMT") << qint64(946'684'799);
    QTest::newRow("IMF-fixdate past 2038") << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT") << qint64(2'147'483'648);
}

void tst_HttpDate::parseAcceptsAllThreeForms()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, seconds);

    const std::optional<qint64> parsed = parseHttpDate(text);
    QVERIFY2(parsed.has_value(), text.constData());
    QCOMPARE(*parsed, seconds);
}

void tst_HttpDate::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("garbage") << QByteArray("yesterday at noon");
    QTest::newRow("a number") << QByteArray("784111777");
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z");
    QTest::newRow("missing GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37");
    QTest::newRow("UTC instead of GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC");
    QTest::newRow("numeric offset instead of GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000");
    QTest::newRow("RFC 850 missing GMT") << QByteArray("Sunday, 06-Nov-94 08:49:37");
    QTest::newRow("trailing garbage") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT extra");
    QTest::newRow("weekday without comma") << QByteArray("Sun 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("long weekday in IMF-fixdate") << QByteArray("Sunday, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("unknown weekday name") << QByteArray("Xyz, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("digits as weekday") << QByteArray("123, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("unknown weekday name in RFC 850") << QByteArray("Someday, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("short weekday in RFC 850") << QByteArray("Sun, 06-Nov-94 08:49:37 GMT");
    QTest::newRow("unknown weekday name in asctime") << QByteArray("Xyz Nov  6 08:49:37 1994");
    QTest::newRow("RFC 850 with a four-digit year") << QByteArray("Sunday, 06-Nov-1994 08:49:37 GMT");
    QTest::newRow("one-digit day in IMF-fixdate") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT");
    QTest::newRow("two-digit year in IMF-fixdate") << QByteArray("Sun, 06 Nov 94 08:49:37 GMT");
    QTest::newRow("unknown month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
    QTest::newRow("month in lower case") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT");
    QTest::newRow("February 30") << QByteArray("Sun, 30 Feb 1994 08:49:37 GMT");
    QTest::newRow("February 29 of a common year") << QByteArray("Wed, 29 Feb 1995 08:49:37 GMT");
    QTest::newRow("April 31") << QByteArray("Sun, 31 Apr 1994 08:49:37 GMT");
    QTest::newRow("day 00") << QByteArray("Sun, 00 Nov 1994 08:49:37 GMT");
    QTest::newRow("day 32") << QByteArray("Sun, 32 Jan 1994 08:49:37 GMT");
    QTest::newRow("RFC 850 February 30") << QByteArray("Sunday, 30-Feb-94 08:49:37 GMT");
    QTest::newRow("asctime April 31") << QByteArray("Sun Apr 31 08:49:37 1994");
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT");
    QTest::newRow("hour 99") << QByteArray("Sun, 06 Nov 1994 99:49:37 GMT");
    QTest::newRow("minute 60") << QByteArray("Sun, 06 Nov 1994 08:60:37 GMT");
    QTest::newRow("second 61") << QByteArray("Sun, 06 Nov 1994 08:49:61 GMT");
    QTest::newRow("one-digit hour") << QByteArray("Sun, 06 Nov 1994 8:49:37 GMT");
    QTest::newRow("clock without seconds") << QByteArray("Sun, 06 Nov 1994 08:49 GMT");
    QTest::newRow("negative seconds") << QByteArray("Sun, 06 Nov 1994 08:49:-7 GMT");
    QTest::newRow("sign in the year") << QByteArray("Sun, 06 Nov +994 08:49:37 GMT");
    QTest::newRow("asctime with a two-digit year") << QByteArray("Sun Nov  6 08:49:37 94");
    QTest::newRow("asctime with a month number") << QByteArray("Sun 11  6 08:49:37 1994");
}

void tst_HttpDate::parseRefuses()
{
    QFETCH(QByteArray, text);

    const std::optional<qint64> parsed = parseHttpDate(text);
    QVERIFY2(!parsed.has_value(),
             qPrintable(u"accepted \""_s + QString::fromLatin1(text) + u"\" as "_s
                        + QString::fromLatin1(Servery::formatHttpDate(parsed.value_or(0)))));
}

void tst_HttpDate::roundTrip()
{
    const qint64 thisYear = QDate::currentDate().year();
    // A spread of instants from 1970 to 2100 that hits every second of the
    // minute, minute of the hour and hour of the day at some point, plus edges.
    QList<qint64> instants {
        0, 59, 60, 86'399, 86'400, 951'782'399, 951'782'400, 2'147'483'647, 2'147'483'648, 4'102'444'799};
    for (qint64 t = 0; t < 4'102'444'800; t += 7'777'777 + 3'601)
        instants.append(t);

    for (const qint64 t : std::as_const(instants)) {
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        const QByteArray text = Servery::formatHttpDate(t);
        QCOMPARE(text, imfFixdate(utc));
        QCOMPARE(parseHttpDate(text), std::optional<qint64>(t));
        QCOMPARE(parseHttpDate(asctime(utc)), std::optional<qint64>(t));
        // Two-digit years are only unambiguous within 50 years of now.
        if (utc.date().year() > thisYear - 49 && utc.date().year() <= thisYear + 49)
            QCOMPARE(parseHttpDate(rfc850(utc)), std::optional<qint64>(t));
    }
}

void tst_HttpDate::rfc850TwoDigitYears_data()
{
    QTest::addColumn<int>("yearsFromNow");

    // RFC 9110 5.6.7: a two-digit year that would be more than 50 years in the
    // future is the most recent past year with those digits.
    QTest::newRow("this year") << 0;
    QTest::newRow("last year") << -1;
    QTest::newRow("49 years ago") << -49;
    QTest::newRow("next year") << 1;
    QTest::newRow("49 years ahead") << 49;
}

void tst_HttpDate::rfc850TwoDigitYears()
{
    QFETCH(int, yearsFromNow);

    const int year = QDate::currentDate().year() + yearsFromNow;
    const QDateTime t(QDate(year, 6, 15), QTime(12, 0, 0), QTimeZone::utc());
    const QByteArray text = rfc850(t);
    QCOMPARE(parseHttpDate(text), std::optional<qint64>(t.toSecsSinceEpoch()));
}

void tst_HttpDate::currentHttpDateIsNow()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QByteArray text = currentHttpDate();
    const qint64 after = QDateTime::currentSecsSinceEpoch();

    const std::optional<qint64> parsed = parseHttpDate(text);
    QVERIFY2(parsed.has_value(), text.constData());
    QVERIFY2(*parsed >= before && *parsed <= after, text.constData());
    QCOMPARE(text, Servery::formatHttpDate(*parsed));
}

void tst_HttpDate::commonLogTime_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("UTC") << QByteArray("UTC") << qint64(971'211'336'000) << QByteArray("10/Oct/2000:20:55:36 +0000");
    QTest::newRow("milliseconds dropped")
        << QByteArray("UTC") << qint64(971'211'336'999) << QByteArray("10/Oct/2000:20:55:36 +0000");
    QTest::newRow("epoch") << QByteArray("UTC") << qint64(0) << QByteArray("01/Jan/1970:00:00:00 +0000");
    // POSIX TZ strings: "XYZ+7" is seven hours west of Greenwich.
    QTest::newRow("west of UTC, Apache's example")
        << QByteArray("XYZ+7") << qint64(971'211'336'000) << QByteArray("10/Oct/2000:13:55:36 -0700");
    QTest::newRow("east of UTC with half hours")
        << QByteArray("XYZ-5:30") << qint64(971'211'336'000) << QByteArray("11/Oct/2000:02:25:36 +0530");
    QTest::newRow("day before in the local zone")
        << QByteArray("XYZ+7") << qint64(946'684'800'000) << QByteArray("31/Dec/1999:17:00:00 -0700");
}

void tst_HttpDate::commonLogTime()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(qint64, milliseconds);
    QFETCH(QByteArray, text);

    setTimeZone(timeZone);
    QCOMPARE(formatCommonLogTime(milliseconds), text);
}

QTEST_GUILESS_MAIN(tst_HttpDate)
#include "tst_httpdate.moc"
