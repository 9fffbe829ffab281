// Tests of previewBody(): which view a recorded body gets (JSON, text, hex),
// that pretty JSON keeps member order and the exact bytes of strings and
// numbers, the `hexdump -C` layout, and when the preview says it is partial.

#include "BodyPreview.h"

#include <QtTest>

using namespace Servery;
using Kind = BodyPreview::Kind;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class tst_BodyPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deepJsonIsNotIndentedPastALimit();
    void emptyBody();
    void json_data();
    void json();
    void notJson_data();
    void notJson();
    void text_data();
    void text();
    void hexLayoutMatchesHexdumpC();
    void hex_data();
    void hex();
    void truncation_data();
    void truncation();
    void cutInsideUtf8CharacterStaysText();
};

void tst_BodyPreview::emptyBody()
{
    const BodyPreview p = previewBody({}, "application/json", 0);
    QCOMPARE(p.kind, Kind::Empty);
    QVERIFY(p.text.isEmpty());
    QVERIFY(!p.truncated);

    // Nothing recorded of a body that was sent: empty, but partial.
    const BodyPreview unrecorded = previewBody({}, "", 100);
    QCOMPARE(unrecorded.kind, Kind::Empty);
    QVERIFY(unrecorded.truncated);
}

void tst_BodyPreview::json_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");

    QTest::newRow("object-keys-keep-their-order")
        << QByteArrayLiteral(R"({"zeta":1,"alpha":2,"mid":3})") << QByteArrayLiteral("application/json")
        << utf8("{\n    \"zeta\": 1,\n    \"alpha\": 2,\n    \"mid\": 3\n}");
    QTest::newRow("array-of-scalars") << QByteArrayLiteral("[1, true,false , null,\"x\"]")
                                      << QByteArrayLiteral("application/json")
                                      << utf8("[\n    1,\n    true,\n    false,\n    null,\n    \"x\"\n]");
    QTest::newRow("nested-and-empty-containers")
        << QByteArrayLiteral(R"({"b":{"y":[1,{"k":[]}],"x":{}},"a":[ ]})") << QByteArrayLiteral("application/json")
        << utf8("{\n"
                "    \"b\": {\n"
                "        \"y\": [\n"
                "            1,\n"
                "            {\n"
                "                \"k\": []\n"
                "            }\n"
                "        ],\n"
                "        \"x\": {}\n"
                "    },\n"
                "    \"a\": []\n"
                "}");
    QTest::newRow("string-escapes-kept-as-written")
        << QByteArrayLiteral(R"({"s":"q\"b\\s\/n\n\t\u00e9\uD83D\uDE00 , : { ["})") << QByteArrayLiteral("")
        << utf8(R"({
    "s": "q\"b\\s\/n\n\t\u00e9\uD83D\uDE00 , : { ["
})");
    QTest::newRow("raw-unicode-kept") << QByteArrayLiteral("{\"name\":\"Zo\xc3\xab \xf0\x9f\x98\x80\"}")
                                      << QByteArrayLiteral("text/plain")
                                      << utf8("{\n    \"name\": \"Zo\xc3\xab \xf0\x9f\x98\x80\"\n}");
    QTest::newRow("numbers-kept-as-written")
        << QByteArrayLiteral("[1.50, -0, 1e400, 12345678901234567890, 2E-3]") << QByteArrayLiteral("application/json")
        << utf8("[\n    1.50,\n    -0,\n    1e400,\n    12345678901234567890,\n    2E-3\n]");
    QTest::newRow("duplicate-keys-both-shown")
        << QByteArrayLiteral(R"({"a":1,"a":2})") << QByteArrayLiteral("application/json")
        << utf8("{\n    \"a\": 1,\n    \"a\": 2\n}");
    QTest::newRow("scalar-with-json-type")
        << QByteArrayLiteral(" 42 ") << QByteArrayLiteral("application/json") << utf8("42");
    QTest::newRow("plus-json-type-with-parameters")
        << QByteArrayLiteral(R"("just a string")") << QByteArrayLiteral("Application/Problem+JSON; charset=utf-8")
        << utf8(R"("just a string")");
    QTest::newRow("sniffed-without-type-after-whitespace")
        << QByteArrayLiteral("\r\n [\"a\"]\n") << QByteArrayLiteral("application/octet-stream")
        << utf8("[\n    \"a\"\n]");
}

void tst_BodyPreview::json()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    const BodyPreview p = previewBody(body, contentType, body.size());
    QCOMPARE(p.kind, Kind::Json);
    QCOMPARE(p.text, expected);
    QVERIFY(!p.truncated);
}

void tst_BodyPreview::notJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("trailing-comma") << QByteArrayLiteral(R"({"a":1,})") << QByteArrayLiteral("application/json");
    QTest::newRow("single-quotes") << QByteArrayLiteral("{'a':1}") << QByteArrayLiteral("application/json");
    QTest::newRow("unterminated-string") << QByteArrayLiteral(R"({"a":"b)") << QByteArrayLiteral("application/json");
    QTest::newRow("bad-escape") << QByteArrayLiteral(R"(["\x41"])") << QByteArrayLiteral("application/json");
    QTest::newRow("short-unicode-escape") << QByteArrayLiteral(R"(["\u12"])") << QByteArrayLiteral("application/json");
    QTest::newRow("leading-zero") << QByteArrayLiteral("[01]") << QByteArrayLiteral("application/json");
    QTest::newRow("bare-word") << QByteArrayLiteral("[nul]") << QByteArrayLiteral("application/json");
    QTest::newRow("two-values") << QByteArrayLiteral("{} {}") << QByteArrayLiteral("application/json");
    QTest::newRow("not-json-at-all") << QByteArrayLiteral("hello = world") << QByteArrayLiteral("application/json");
    QTest::newRow("tab-inside-string-is-raw-control")
        << QByteArrayLiteral("[\"a\tb\"]") << QByteArrayLiteral("application/json");
    QTest::newRow("brace-text-not-json") << QByteArrayLiteral("{name} is {value}") << QByteArrayLiteral("");
}

void tst_BodyPreview::notJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const BodyPreview p = previewBody(body, contentType, body.size());
    QCOMPARE(p.kind, Kind::Text);
    QCOMPARE(p.text, QString::fromUtf8(body));
}

void tst_BodyPreview::text_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");

    QTest::newRow("ascii-form") << QByteArrayLiteral("a=1&b=two")
                                << QByteArrayLiteral("application/x-www-form-urlencoded");
    QTest::newRow("tabs-crlf-lines") << QByteArrayLiteral("col\tcol\r\nrow\tone\r\n") << QByteArrayLiteral("text/csv");
    QTest::newRow("utf8-multibyte") << QByteArrayLiteral("gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80")
                                    << QByteArrayLiteral("text/plain");
    QTest::newRow("json-type-but-plain-text") << QByteArrayLiteral("OK") << QByteArrayLiteral("application/json");
}

void tst_BodyPreview::text()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const BodyPreview p = previewBody(body, contentType, body.size());
    QCOMPARE(p.kind, Kind::Text);
    QCOMPARE(p.text, QString::fromUtf8(body));
    QVERIFY(!p.truncated);
}

void tst_BodyPreview::hexLayoutMatchesHexdumpC()
{
    // Twenty bytes: one full line and a short one padded to the same columns.
    const QByteArray body = QByteArrayLiteral("Hello world\n\x00\x01\x7f\x80\xfe\xff"
                                              "AB");
    QCOMPARE(body.size(), 20);
    const BodyPreview p = previewBody(body, "application/octet-stream", body.size());
    QCOMPARE(p.kind, Kind::Hex);
    QCOMPARE(p.text,
             utf8("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 01 7f 80  |Hello world.....|\n"
                  "00000010  fe ff 41 42                                       |..AB|"));
    QVERIFY(!p.truncated);

    const BodyPreview twelve = previewBody(QByteArray("Hello world\x01", 12), "", 12);
    QCOMPARE(twelve.text, utf8("00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 01              |Hello world.|"));
}

void tst_BodyPreview::hex_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("firstLine");

    QTest::newRow("invalid-utf8-lone-continuation")
        << QByteArrayLiteral("ab\x80"
                             "cd")
        << QByteArrayLiteral("text/plain")
        << utf8("00000000  61 62 80 63 64                                    |ab.cd|");
    QTest::newRow("invalid-utf8-overlong") << QByteArrayLiteral("\xc0\xaf") << QByteArrayLiteral("")
                                           << utf8("00000000  c0 af                                             |..|");
    QTest::newRow("incomplete-sequence-at-end-of-whole-body")
        << QByteArrayLiteral("x\xe2\x82") << QByteArrayLiteral("text/plain")
        << utf8("00000000  78 e2 82                                          |x..|");
    QTest::newRow("nul-byte-is-control") << QByteArray("a\0b", 3) << QByteArrayLiteral("text/plain")
                                         << utf8("00000000  61 00 62                                          |a.b|");
    QTest::newRow("escape-is-control") << QByteArrayLiteral("\x1b[31mred") << QByteArrayLiteral("")
                                       << utf8(
                                              "00000000  1b 5b 33 31 6d 72 65 64                           |.[31mred|");
    QTest::newRow("del-is-control") << QByteArrayLiteral("a\x7f") << QByteArrayLiteral("")
                                    << utf8("00000000  61 7f                                             |a.|");
    QTest::newRow("c1-control-is-control") << QByteArrayLiteral("a\xc2\x85") << QByteArrayLiteral("")
                                           << utf8("00000000  61 c2 85                                          |a..|");
    QTest::newRow("json-type-with-binary")
        << QByteArrayLiteral("{\"a\":\"\xff\"}") << QByteArrayLiteral("application/json")
        << utf8("00000000  7b 22 61 22 3a 22 ff 22  7d                       |{\"a\":\".\"}|");
}

void tst_BodyPreview::hex()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, firstLine);
    const BodyPreview p = previewBody(body, contentType, body.size());
    QCOMPARE(p.kind, Kind::Hex);
    QCOMPARE(p.text.section(u'\n', 0, 0), firstLine);
}

void tst_BodyPreview::truncation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("totalSize");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole-body-fits") << QByteArrayLiteral("hello") << qint64(5) << qsizetype(5) << false
                                     << int(Kind::Text) << utf8("hello");
    QTest::newRow("recorded-less-than-received")
        << QByteArrayLiteral("hello") << qint64(5000) << qsizetype(100) << true << int(Kind::Text) << utf8("hello");
    QTest::newRow("longer-than-max-bytes")
        << QByteArrayLiteral("hello world") << qint64(11) << qsizetype(5) << true << int(Kind::Text) << utf8("hello");
    QTest::newRow("cut-json-is-shown-as-text") << QByteArrayLiteral(R"({"a":[1,2,3]})") << qint64(13) << qsizetype(8)
                                               << true << int(Kind::Text) << utf8(R"({"a":[1,)");
    QTest::newRow("cut-binary-hex-of-shown-bytes")
        << QByteArray(40, '\0') << qint64(40) << qsizetype(17) << true << int(Kind::Hex)
        << utf8("00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n"
                "00000010  00                                                |.|");
}

void tst_BodyPreview::truncation()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, totalSize);
    QFETCH(qsizetype, maxBytes);
    QFETCH(bool, truncated);
    QFETCH(int, kind);
    QFETCH(QString, text);
    const BodyPreview p = previewBody(body, "", totalSize, maxBytes);
    QCOMPARE(p.truncated, truncated);
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(p.text, text);
}

void tst_BodyPreview::cutInsideUtf8CharacterStaysText()
{
    // "€€" is six bytes; a cut after four splits the second euro sign, which
    // is the cut's doing, not binary data.
    const QByteArray euros = QByteArrayLiteral("\xe2\x82\xac\xe2\x82\xac");
    const BodyPreview p = previewBody(euros, "text/plain", euros.size(), 4);
    QCOMPARE(p.kind, Kind::Text);
    QCOMPARE(p.text, utf8("\xe2\x82\xac"));
    QVERIFY(p.truncated);

    // The same bytes when they are the whole body are not UTF-8.
    const BodyPreview whole = previewBody(euros.first(4), "text/plain", 4);
    QCOMPARE(whole.kind, Kind::Hex);
}

void tst_BodyPreview::deepJsonIsNotIndentedPastALimit()
{
    // 250 levels around 200,000 numbers: indented, every number would carry
    // a thousand spaces (hundreds of megabytes).
    QByteArray json = QByteArray(250, '[');
    for (int i = 0; i < 200'000; ++i)
        json += i == 0 ? "0" : ",0";
    json += QByteArray(250, ']');
    const BodyPreview p = previewBody(json, "application/json", json.size(), json.size() + 1);
    QCOMPARE(p.kind, BodyPreview::Kind::Text);
    QCOMPARE(p.text.size(), json.size());
    // An ordinary document is still indented.
    QCOMPARE(previewBody("[[1,2]]", "application/json", 7, 8).kind, BodyPreview::Kind::Json);
}

QTEST_APPLESS_MAIN(tst_BodyPreview)
#include "tst_bodypreview.moc"
