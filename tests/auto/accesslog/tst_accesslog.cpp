// Tests of the Combined Log Format line: exact layout for ordinary exchanges,
// and escaping that keeps hostile request bytes from forging or breaking lines.

#include "server/log/AccessLog.h"

#include <QtTest>

#include <ctime>

using namespace Servery;
using namespace Qt::StringLiterals;

namespace {

// 2000-10-10 20:55:36 UTC, the instant of Apache's documentation example.
constexpr qint64 kApacheExampleMs = 971'211'336'000;

RequestRecord makeRecord(const QString &client, const QByteArray &method, const QByteArray &target,
                         const QByteArray &version, int status, qint64 bodyBytes)
{
    RequestRecord r;
    r.id = 1;
    r.startedAtMs = kApacheExampleMs;
    r.clientAddress = QHostAddress(client);
    r.clientPort = 52'000;
    r.method = method;
    r.target = target;
    r.httpVersion = version;
    r.status = status;
    r.responseBodyBytes = bodyBytes;
    // Headers and the status line count in bytesSent, never in the log's bytes.
    r.bytesSent = bodyBytes + 180;
    return r;
}

// Splits a log line into its nine fields: unquoted words, the bracketed time,
// and quoted strings whose escapes (\" \\ \xHH) are decoded. Returns an empty
// list if the line is not well formed.
QList<QByteArray> parseLogLine(const QByteArray &line)
{
    QList<QByteArray> fields;
    qsizetype i = 0;
    while (i < line.size()) {
        if (!fields.isEmpty()) {
            if (line[i] != ' ')
                return {};
            ++i;
        }
        QByteArray field;
        if (line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                const char c = line[i];
                if (c == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (c == '\\') {
                    if (i + 1 >= line.size())
                        return {};
                    if (line[i + 1] == 'x') {
                        bool ok = false;
                        const int byte = line.mid(i + 2, 2).toInt(&ok, 16);
                        if (!ok || line.mid(i + 2, 2).size() != 2)
                            return {};
                        field += char(byte);
                        i += 4;
                    } else {
                        field += line[i + 1];
                        i += 2;
                    }
                    continue;
                }
                field += c;
                ++i;
            }
            if (!closed)
                return {};
        } else if (line[i] == '[') {
            const qsizetype end = line.indexOf(']', i);
            if (end < 0)
                return {};
            field = line.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype end = line.indexOf(' ', i);
            const qsizetype stop = end < 0 ? line.size() : end;
            field = line.mid(i, stop - i);
            i = stop;
        }
        fields.append(field);
    }
    return fields;
}

} // namespace

class tst_AccessLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exactLayout_data();
    void exactLayout();
    void hostileValuesAreEscaped_data();
    void hostileValuesAreEscaped();
};

void tst_AccessLog::initTestCase()
{
    // Log times are local time with an offset; pin the zone so they are known.
    qputenv("TZ", "UTC");
    tzset();
}

void tst_AccessLog::exactLayout_data()
{
    QTest::addColumn<RequestRecord>("record");
    QTest::addColumn<QByteArray>("line");

    RequestRecord full = makeRecord(u"192.0.2.7"_s, "GET", "/apache_pb.gif", "HTTP/1.1", 200, 2326);
    full.requestHeaders.append("Host", "example.com");
    full.requestHeaders.append("Referer", "http://www.example.com/start.html");
    full.requestHeaders.append("User-Agent", "Mozilla/4.08 [en] (Win98; I ;Nav)");
    QTest::newRow("full request with referer and user agent")
        << full
        << QByteArray("192.0.2.7 - - [10/Oct/2000:20:55:36 +0000] \"GET /apache_pb.gif HTTP/1.1\" 200 2326 "
                      "\"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"");

    RequestRecord lowerCaseNames = makeRecord(u"192.0.2.7"_s, "GET", "/", "HTTP/1.1", 200, 5);
    lowerCaseNames.requestHeaders.append("referer", "http://a.example/");
    lowerCaseNames.requestHeaders.append("user-agent", "curl/8.5.0");
    QTest::newRow("header names match whatever their case")
        << lowerCaseNames
        << QByteArray("192.0.2.7 - - [10/Oct/2000:20:55:36 +0000] \"GET / HTTP/1.1\" 200 5 "
                      "\"http://a.example/\" \"curl/8.5.0\"");

    RequestRecord notModified = makeRecord(u"192.0.2.7"_s, "GET", "/style.css", "HTTP/1.1", 304, 0);
    notModified.requestHeaders.append("User-Agent", "curl/8.5.0");
    QTest::newRow("zero body bytes are a dash")
        << notModified
        << QByteArray("192.0.2.7 - - [10/Oct/2000:20:55:36 +0000] \"GET /style.css HTTP/1.1\" 304 - "
                      "\"-\" \"curl/8.5.0\"");

    QTest::newRow("missing referer and user agent are dashes")
        << makeRecord(u"10.0.0.5"_s, "HEAD", "/index.html", "HTTP/1.1", 200, 0)
        << QByteArray("10.0.0.5 - - [10/Oct/2000:20:55:36 +0000] \"HEAD /index.html HTTP/1.1\" 200 - \"-\" \"-\"");

    QTest::newRow("HTTP/1.0 request line")
        << makeRecord(u"10.0.0.5"_s, "GET", "/a?b=c", "HTTP/1.0", 404, 9)
        << QByteArray("10.0.0.5 - - [10/Oct/2000:20:55:36 +0000] \"GET /a?b=c HTTP/1.0\" 404 9 \"-\" \"-\"");

    RequestRecord rejected = makeRecord(u"192.0.2.9"_s, {}, {}, {}, 400, 11);
    rejected.error = u"malformed request line"_s;
    QTest::newRow("rejected exchange without a request line")
        << rejected << QByteArray("192.0.2.9 - - [10/Oct/2000:20:55:36 +0000] \"-\" 400 11 \"-\" \"-\"");

    QTest::newRow("IPv4-mapped IPv6 client shown as plain IPv4")
        << makeRecord(u"::ffff:192.0.2.7"_s, "GET", "/", "HTTP/1.1", 200, 1)
        << QByteArray("192.0.2.7 - - [10/Oct/2000:20:55:36 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"");

    QTest::newRow("IPv6 client as is") << makeRecord(
        u"2001:db8::7"_s, "GET", "/", "HTTP/1.1", 200,
        1) << QByteArray("2001:db8::7 - - [10/Oct/2000:20:55:36 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"");

    RequestRecord lateInSecond = makeRecord(u"127.0.0.1"_s, "GET", "/", "HTTP/1.1", 200, 1);
    lateInSecond.startedAtMs = kApacheExampleMs + 999;
    QTest::newRow("milliseconds are dropped, not rounded")
        << lateInSecond
        << QByteArray("127.0.0.1 - - [10/Oct/2000:20:55:36 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"");

    RequestRecord leapDay = makeRecord(u"127.0.0.1"_s, "PUT", "/up", "HTTP/1.1", 201, 0);
    leapDay.startedAtMs = 1'709'168'645'000; // 2024-02-29 01:04:05 UTC
    QTest::newRow("single-digit clock fields are zero padded")
        << leapDay << QByteArray("127.0.0.1 - - [29/Feb/2024:01:04:05 +0000] \"PUT /up HTTP/1.1\" 201 - \"-\" \"-\"");

    RequestRecord earlyDay = makeRecord(u"127.0.0.1"_s, "GET", "/", "HTTP/1.1", 200, 1);
    earlyDay.startedAtMs = 1'704'153'600'000; // 2024-01-02 00:00:00 UTC
    QTest::newRow("single-digit day is zero padded")
        << earlyDay << QByteArray("127.0.0.1 - - [02/Jan/2024:00:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"");

    RequestRecord aborted = makeRecord(u"127.0.0.1"_s, "GET", "/big.iso", "HTTP/1.1", 0, 0);
    aborted.error = u"client went away"_s;
    QTest::newRow("no response sent: status is a dash")
        << aborted
        << QByteArray("127.0.0.1 - - [10/Oct/2000:20:55:36 +0000] \"GET /big.iso HTTP/1.1\" - - \"-\" \"-\"");
}

void tst_AccessLog::exactLayout()
{
    QFETCH(RequestRecord, record);
    QFETCH(QByteArray, line);

    QCOMPARE(formatCombinedLogLine(record), line);
}

void tst_AccessLog::hostileValuesAreEscaped_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("referer");
    QTest::addColumn<QByteArray>("userAgent");

    QTest::newRow("quote in target") << QByteArray("/a\"b") << QByteArray() << QByteArray("ua");
    QTest::newRow("backslash in target") << QByteArray("/a\\b") << QByteArray() << QByteArray("ua");
    QTest::newRow("escape-looking text stays literal") << QByteArray("/\\x41\\\"") << QByteArray() << QByteArray("ua");
    QTest::newRow("newline and carriage return in target") << QByteArray("/a\r\nb") << QByteArray() << QByteArray("ua");
    QTest::newRow("tab, NUL and DEL in user agent") << QByteArray("/") << QByteArray()
                                                    << QByteArray("a\tb\0c\x7f"
                                                                  "d",
                                                                  7);
    QTest::newRow("non-ASCII bytes in target and user agent")
        << QByteArray("/\xc3\xa9t\xc3\xa9.jpg") << QByteArray() << QByteArray("Mozilla \xe2\x9c\x93 \xff");
    QTest::newRow("user agent forging a second log line")
        << QByteArray("/") << QByteArray("http://x/\" 200 1 \"-")
        << QByteArray(
               "evil\" \"-\"\n203.0.113.66 - - [10/Oct/2000:20:55:36 +0000] \"GET /admin HTTP/1.1\" 200 1 \"-\" \"x");
    QTest::newRow("trailing backslash cannot swallow the closing quote")
        << QByteArray("/dir\\") << QByteArray("ref\\") << QByteArray("ua\\");
}

void tst_AccessLog::hostileValuesAreEscaped()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, referer);
    QFETCH(QByteArray, userAgent);

    RequestRecord r = makeRecord(u"192.0.2.7"_s, "GET", target, "HTTP/1.1", 200, 42);
    if (!referer.isNull())
        r.requestHeaders.append("Referer", referer);
    r.requestHeaders.append("User-Agent", userAgent);

    const QByteArray line = formatCombinedLogLine(r);

    // One line of printable ASCII: no raw control or non-ASCII byte survives.
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        QVERIFY2(c >= 0x20 && c < 0x7f,
                 qPrintable(u"raw byte 0x%1 at %2 in: "_s.arg(uint(c), 2, 16, QChar(u'0')).arg(i)
                            + QString::fromLatin1(line)));
    }

    // It still parses into exactly nine fields, and the quoted fields give
    // back exactly what the client sent.
    const QList<QByteArray> fields = parseLogLine(line);
    QVERIFY2(fields.size() == 9, line.constData());
    QCOMPARE(fields[0], QByteArray("192.0.2.7"));
    QCOMPARE(fields[1], QByteArray("-"));
    QCOMPARE(fields[2], QByteArray("-"));
    QCOMPARE(fields[3], QByteArray("10/Oct/2000:20:55:36 +0000"));
    QCOMPARE(fields[4], "GET " + target + " HTTP/1.1");
    QCOMPARE(fields[5], QByteArray("200"));
    QCOMPARE(fields[6], QByteArray("42"));
    QCOMPARE(fields[7], referer.isNull() ? QByteArray("-") : referer);
    QCOMPARE(fields[8], userAgent);

    // Control and non-ASCII bytes are written as \xHH (AccessLog.h).
    for (const QByteArray &value : {target, referer, userAgent}) {
        for (char ch : value) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c >= 0x7f) {
                const QByteArray escape = "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
                QVERIFY2(line.toLower().contains(escape), line.constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_AccessLog)
#include "tst_accesslog.moc"
