// Tests of contentDisposition() (RFC 6266 with an RFC 8187 extended value):
// every name must survive the filename* round trip exactly, and the quoted
// fallback must be a harmless ASCII quoted-string.

#include "server/http/ContentDisposition.h"

#include <QtTest>

using namespace Servery;

namespace {

// RFC 8187 3.2.1: attr-char = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" /
// "-" / "." / "^" / "_" / "`" / "|" / "~"
bool isAttrChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$&+-.^_`|~").contains(c);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// A header value split into its parts, as a recipient would see them.
struct Parsed {
    QByteArray type;
    QByteArray fallback; // between the quotes of filename="..."
    QByteArray extended; // the filename* value after "UTF-8''"
};

// Parses exactly `type; filename="fallback"; filename*=UTF-8''extended`.
// The fallback may not contain '"' or '\\', so the first '"' after the
// opening one closes it.
bool parse(const QByteArray &header, Parsed *out)
{
    const qsizetype semi = header.indexOf(';');
    if (semi < 0)
        return false;
    out->type = header.first(semi);
    QByteArrayView rest = QByteArrayView(header).sliced(semi);
    const QByteArrayView open = "; filename=\"";
    if (!rest.startsWith(open))
        return false;
    rest = rest.sliced(open.size());
    const qsizetype close = rest.indexOf('"');
    if (close < 0)
        return false;
    out->fallback = rest.first(close).toByteArray();
    rest = rest.sliced(close + 1);
    const QByteArrayView star = "; filename*=UTF-8''";
    if (!rest.startsWith(star))
        return false;
    out->extended = rest.sliced(star.size()).toByteArray();
    return true;
}

// Decodes an RFC 8187 value-chars string; false if it holds anything but
// attr-chars and %XX.
bool decodeExtended(const QByteArray &value, QByteArray *out)
{
    out->clear();
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '%') {
            if (i + 2 >= value.size())
                return false;
            const int hi = hexValue(value.at(i + 1));
            const int lo = hexValue(value.at(i + 2));
            if (hi < 0 || lo < 0)
                return false;
            out->append(char(hi * 16 + lo));
            i += 2;
        } else if (isAttrChar(c)) {
            out->append(c);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

class tst_ContentDisposition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void plainAsciiNameIsItsOwnFallback_data();
    void plainAsciiNameIsItsOwnFallback();
    void knownEncoding();
    void attachmentOrInline();
};

void tst_ContentDisposition::names_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("plain ASCII") << QStringLiteral("report.pdf");
    QTest::newRow("no extension") << QStringLiteral("README");
    QTest::newRow("spaces") << QStringLiteral("my summer photos.zip");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\".txt");
    QTest::newRow("single quotes") << QStringLiteral("it's.txt");
    QTest::newRow("backslashes") << QStringLiteral("C:\\temp\\x.txt");
    QTest::newRow("quote then backslash at the end") << QStringLiteral("end\"\\");
    QTest::newRow("percent signs") << QStringLiteral("100% done %41.txt");
    QTest::newRow("semicolons and equals") << QStringLiteral("a; filename=evil.exe");
    QTest::newRow("fake filename* inside") << QStringLiteral("x\"; filename*=UTF-8''evil.exe");
    QTest::newRow("commas and brackets") << QStringLiteral("a,b (1) [2] {3} <4>.txt");
    QTest::newRow("attr-char punctuation") << QStringLiteral("!#$&+-.^_`|~");
    QTest::newRow("apostrophes like the charset delimiter") << QStringLiteral("''x''");
    QTest::newRow("tab and newline") << QStringLiteral("a\tb\r\nc.txt");
    QTest::newRow("DEL") << QStringLiteral("del\x7f.txt");
    QTest::newRow("Latin-1 e acute") << QString::fromUtf8("r\xc3\xa9sum\xc3\xa9.pdf");
    QTest::newRow("Japanese") << QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac.txt");
    QTest::newRow("emoji outside the BMP") << QString::fromUtf8("party \xf0\x9f\x8e\x89.png");
    QTest::newRow("combining accent") << QString::fromUtf8("e\xcc\x81.txt");
    QTest::newRow("only non-ASCII") << QString::fromUtf8("\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82");
    QTest::newRow("empty name") << QString();
}

void tst_ContentDisposition::names()
{
    QFETCH(QString, name);

    for (const bool attachment : {true, false}) {
        const QByteArray header = contentDisposition(name, attachment);

        // A header value: visible ASCII and spaces only, so nothing can end
        // the field or smuggle in another one.
        for (const char c : header) {
            const auto u = static_cast<unsigned char>(c);
            QVERIFY2(u >= 0x20 && u < 0x7f, header.toPercentEncoding().constData());
        }

        Parsed p;
        QVERIFY2(parse(header, &p), header.constData());
        QCOMPARE(p.type, attachment ? QByteArray("attachment") : QByteArray("inline"));

        // RFC 6266 4.3 / RFC 9110 5.6.4: the fallback is a quoted-string
        // without quoted-pairs, so no '"' or '\\'; no control or non-ASCII
        // characters; no '%' that old clients would take for an escape.
        for (const char c : std::as_const(p.fallback)) {
            const auto u = static_cast<unsigned char>(c);
            QVERIFY2(u >= 0x20 && u < 0x7f && c != '"' && c != '\\' && c != '%', p.fallback.constData());
        }

        // RFC 8187: only attr-chars and %XX, and it decodes, as UTF-8, to
        // exactly the original name.
        QByteArray decoded;
        QVERIFY2(decodeExtended(p.extended, &decoded), p.extended.constData());
        QCOMPARE(decoded, name.toUtf8());
        QCOMPARE(QString::fromUtf8(decoded), name);
    }
}

void tst_ContentDisposition::plainAsciiNameIsItsOwnFallback_data()
{
    QTest::addColumn<QString>("name");

    // Printable ASCII other than '"', '\\' and '%' needs no approximation.
    QTest::newRow("simple") << QStringLiteral("report.pdf");
    QTest::newRow("spaces") << QStringLiteral("my file (1).txt");
    QTest::newRow("semicolon") << QStringLiteral("a;b.txt");
    QTest::newRow("single quote") << QStringLiteral("it's.txt");
}

void tst_ContentDisposition::plainAsciiNameIsItsOwnFallback()
{
    QFETCH(QString, name);
    Parsed p;
    QVERIFY(parse(contentDisposition(name), &p));
    QCOMPARE(p.fallback, name.toLatin1());
}

void tst_ContentDisposition::knownEncoding()
{
    // The RFC 8187 3.2.2 example: a pound sign encodes as its UTF-8 bytes.
    Parsed p;
    QVERIFY(parse(contentDisposition(QString::fromUtf8("\xc2\xa3 rates")), &p));
    QCOMPARE(p.extended.toUpper(), QByteArray("%C2%A3%20RATES"));
    // attr-chars stand for themselves; escaping them would only make the
    // header harder to read in logs.
    QVERIFY(parse(contentDisposition(QStringLiteral("a.txt")), &p));
    QCOMPARE(p.extended, QByteArray("a.txt"));
}

void tst_ContentDisposition::attachmentOrInline()
{
    const QString name = QStringLiteral("photo.jpg");
    QVERIFY(contentDisposition(name).startsWith("attachment;"));
    QVERIFY(contentDisposition(name, true).startsWith("attachment;"));
    QVERIFY(contentDisposition(name, false).startsWith("inline;"));
    // The disposition changes; the parameters do not.
    QCOMPARE(contentDisposition(name, true).sliced(qstrlen("attachment")),
             contentDisposition(name, false).sliced(qstrlen("inline")));
}

QTEST_APPLESS_MAIN(tst_ContentDisposition)

#include "tst_contentdisposition.moc"
