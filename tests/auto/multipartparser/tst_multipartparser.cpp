// Table tests of MultipartParser (RFC 7578 over RFC 2046 5.1).
//
// Each valid body is fed whole, split in two at every position, in three
// pieces at every pair of positions (for the short ones), and one byte at a
// time, through a driver that behaves like an upload sink: it hands over
// each piece as it comes and keeps nothing itself. Every way of feeding must
// give the same parts, byte for byte; every hostile body must fail with the
// same status however it is cut.

#include "server/files/MultipartParser.h"
#include "server/http/limits.h"

#include <QtTest>

using namespace Servery;

namespace {

using Kind = MultipartParser::Step::Kind;

template<qsizetype N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

struct Part {
    QByteArray disposition;
    QByteArray contentType;
    QByteArray data;
};

struct Outcome {
    QList<Part> parts;
    bool done = false;
    int status = 0;
    QByteArray problem; // a broken Step contract, described

    QByteArray describe() const
    {
        QByteArray s = "done=" + QByteArray(done ? "yes" : "no") + " status=" + QByteArray::number(status)
            + " parts=" + QByteArray::number(parts.size());
        for (const Part &p : parts)
            s += " [" + p.disposition + " | " + QByteArray::number(p.data.size()) + " bytes]";
        return s + ' ' + problem;
    }
};

Outcome drive(const QByteArray &boundary, const QList<QByteArray> &pieces)
{
    MultipartParser parser(boundary);
    Outcome out;
    bool inPart = false;
    for (const QByteArray &piece : pieces) {
        qsizetype pos = 0;
        for (int guard = 0; out.status == 0 && out.problem.isEmpty(); ++guard) {
            if (guard > 4 * (piece.size() + 16)) {
                out.problem = "no progress";
                break;
            }
            const QByteArrayView rest = QByteArrayView(piece).sliced(pos);
            const MultipartParser::Step s = parser.next(rest);
            if (s.consumed < 0 || s.consumed > rest.size()) {
                out.problem = "consumed " + QByteArray::number(s.consumed) + " of " + QByteArray::number(rest.size());
                break;
            }
            pos += s.consumed;
            switch (s.kind) {
            case Kind::PartBegin:
                if (inPart)
                    out.problem = "PartBegin inside a part";
                inPart = true;
                out.parts.append({parser.partHeaders().value("Content-Disposition"),
                                  parser.partHeaders().value("Content-Type"),
                                  {}});
                break;
            case Kind::Data:
                if (!inPart || s.data.isEmpty())
                    out.problem = "Data outside a part, or empty";
                else
                    out.parts.last().data += s.data.toByteArray();
                break;
            case Kind::PartEnd:
                if (!inPart)
                    out.problem = "PartEnd outside a part";
                inPart = false;
                break;
            case Kind::Done:
                out.done = true; // later calls take the epilogue
                break;
            case Kind::Error:
                out.status = s.status;
                break;
            case Kind::NeedMore:
                if (s.consumed == 0 && !rest.isEmpty())
                    out.problem = "NeedMore consumed nothing of a non-empty input";
                break;
            }
            if (!s.data.isEmpty() && s.kind != Kind::Data)
                out.problem = "a step other than Data carries data";
            if (pos == piece.size() && (s.kind == Kind::NeedMore || s.kind == Kind::Done))
                break;
        }
    }
    if (out.done != parser.isDone())
        out.problem = "isDone() disagrees with the steps";
    return out;
}

QList<QByteArray> piecesOf(const QByteArray &input, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < input.size(); i += size)
        pieces.append(input.mid(i, size));
    return pieces;
}

// A form with these parts, the way browsers build one.
QByteArray form(const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &parts,
                const QByteArray &preamble = {}, const QByteArray &epilogue = "\r\n")
{
    QByteArray body = preamble.isEmpty() ? QByteArray() : preamble + "\r\n";
    for (const auto &[head, data] : parts)
        body += "--" + boundary + "\r\n" + head + "\r\n\r\n" + data + "\r\n";
    return body + "--" + boundary + "--" + epilogue;
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b += char(i);
    return b;
}

using Parts = QList<QPair<QByteArray, QByteArray>>; // (Content-Disposition, data)

} // namespace

Q_DECLARE_METATYPE(Parts)

class tst_MultipartParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whole_data() { addValidRows(); }
    void whole();
    void splitAtEveryPosition_data() { addValidRows(); }
    void splitAtEveryPosition();
    void splitInThreeEverywhere_data() { addValidRows(); }
    void splitInThreeEverywhere();
    void oneByteAtATime_data() { addValidRows(); }
    void oneByteAtATime();
    void hostile_data();
    void hostile();
    void noBoundaryYetIsNotAnError();
    void limitsAtTheEdge();
    void boundaryOfContentType_data();
    void boundaryOfContentType();
    void headerParameters_data();
    void headerParameters();

private:
    static void addValidRows();
    static void check(const QByteArray &boundary, const QByteArray &body, const Parts &expected,
                      const QList<QByteArray> &pieces, const QByteArray &how);
};

void tst_MultipartParser::addValidRows()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Parts>("parts");

    const QByteArray b = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    const QByteArray file
        = "Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\nContent-Type: text/plain";
    const QByteArray field = "Content-Disposition: form-data; name=\"note\"";
    {
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", "hello"}};
        QTest::newRow("one file") << b << form(b, {{file, "hello"}}) << p;
    }
    {
        const Parts p = {{"form-data; name=\"note\"", "hi"},
                         {"form-data; name=\"f\"; filename=\"a.txt\"", "first"},
                         {"form-data; name=\"f\"; filename=\"a.txt\"", "second"}};
        QTest::newRow("field and two files") << b << form(b, {{field, "hi"}, {file, "first"}, {file, "second"}}) << p;
    }
    {
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", {}}};
        QTest::newRow("empty file") << b << form(b, {{file, {}}}) << p;
    }
    QTest::newRow("no parts at all") << b << QByteArray("--" + b + "--\r\n") << Parts {};
    QTest::newRow("no parts, no epilogue") << b << QByteArray("--" + b + "--") << Parts {};
    {
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", "x"}};
        QTest::newRow("preamble and epilogue")
            << b << form(b, {{file, "x"}}, "This is a preamble.\r\nOf two lines.", "\r\nepilogue --" + b + "\r\n") << p;
        QTest::newRow("preamble that looks like a boundary")
            << b << form(b, {{file, "x"}}, "--" + b.first(10) + "\r\n-" + b + "\r\n--" + b.chopped(1)) << p;
    }
    {
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", "x"}};
        const QByteArray padded = "--" + b + " \t \r\n" + file + "\r\n\r\nx\r\n--" + b + "--";
        QTest::newRow("transport padding after a boundary") << b << padded << p;
    }
    {
        // Everything in the data that starts like a boundary and is not one.
        const QByteArray tricky = "\r\n\r\n--" + b.first(b.size() - 1) + "\r\n-" + b + "\r--" + b + "\n--" + b
            + "\r\n-\r\n--\r\r\n\r\n--" + b.first(5) + 'X' + b.sliced(6) + "\r\r\r\n";
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", tricky}};
        QTest::newRow("near-boundaries in the data") << b << form(b, {{file, tricky}}) << p;
    }
    {
        const QByteArray binary = allBytes().repeated(4);
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", binary}};
        QTest::newRow("every byte value") << b << form(b, {{file, binary}}) << p;
    }
    {
        const QByteArray crlfs = "\r\n\r\n\r\n";
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", crlfs}};
        QTest::newRow("data of CRLFs") << b << form(b, {{file, crlfs}}) << p;
    }
    {
        const QByteArray odd = "it's (a) + b_c,-./:=?";
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", "odd"}};
        QTest::newRow("boundary of every allowed character") << odd << form(odd, {{file, "odd"}}) << p;
        const QByteArray one = "x";
        QTest::newRow("one-character boundary") << one << form(one, {{file, "odd"}}) << p;
    }
    {
        const QByteArray utf8 = "Content-Disposition: form-data; name=\"f\"; filename=\"\xe6\x97\xa5\xe6\x9c\xac.txt\"";
        const Parts p = {{"form-data; name=\"f\"; filename=\"\xe6\x97\xa5\xe6\x9c\xac.txt\"", "nihongo"}};
        QTest::newRow("raw UTF-8 in a part header") << b << form(b, {{utf8, "nihongo"}}) << p;
    }
    {
        const QByteArray many
            = "Content-Disposition: form-data; name=\"f\"\r\nX-A: 1\r\nX-B:2\r\nContent-Type:   image/jpeg  ";
        const Parts p = {{"form-data; name=\"f\"", "jpeg"}};
        QTest::newRow("several header fields, odd spacing") << b << form(b, {{many, "jpeg"}}) << p;
    }
    {
        const QByteArray big = QByteArray("0123456789abcdef\r").repeated(1000);
        const Parts p = {{"form-data; name=\"f\"; filename=\"a.txt\"", big}};
        QTest::newRow("17 kB with a CR every 17 bytes") << b << form(b, {{file, big}}) << p;
    }
}

void tst_MultipartParser::check(const QByteArray &boundary, const QByteArray &body, const Parts &expected,
                                const QList<QByteArray> &pieces, const QByteArray &how)
{
    const Outcome o = drive(boundary, pieces);
    QVERIFY2(o.problem.isEmpty() && o.done && o.status == 0, QByteArray(how + ": " + o.describe()).constData());
    QVERIFY2(o.parts.size() == expected.size(), QByteArray(how + ": " + o.describe()).constData());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(o.parts[i].disposition == expected[i].first, QByteArray(how + ": " + o.describe()).constData());
        QVERIFY2(o.parts[i].data == expected[i].second,
                 QByteArray(how + ": part " + QByteArray::number(i) + " data \"" + o.parts[i].data.toPercentEncoding()
                            + "\", expected \"" + expected[i].second.toPercentEncoding() + '"')
                     .constData());
    }
    Q_UNUSED(body);
}

void tst_MultipartParser::whole()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(Parts, parts);
    check(boundary, body, parts, {body}, "whole");
    if (QTest::currentTestFailed())
        return;
    // Headers other than Content-Disposition are kept too.
    if (QByteArray(QTest::currentDataTag()) == "one file") {
        const Outcome o = drive(boundary, {body});
        QCOMPARE(o.parts.first().contentType, QByteArray("text/plain"));
    }
}

void tst_MultipartParser::splitAtEveryPosition()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(Parts, parts);
    for (qsizetype cut = 0; cut <= body.size(); ++cut) {
        check(boundary, body, parts, {body.first(cut), body.sliced(cut)}, "split at " + QByteArray::number(cut));
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_MultipartParser::splitInThreeEverywhere()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(Parts, parts);
    if (body.size() > 600)
        QSKIP("quadratic in the body's size; the long rows run split in two and byte by byte");
    for (qsizetype a = 0; a <= body.size(); ++a) {
        for (qsizetype b = a; b <= body.size(); ++b) {
            check(boundary, body, parts, {body.first(a), body.sliced(a, b - a), body.sliced(b)},
                  "split at " + QByteArray::number(a) + " and " + QByteArray::number(b));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void tst_MultipartParser::oneByteAtATime()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(Parts, parts);
    check(boundary, body, parts, piecesOf(body, 1), "byte by byte");
    check(boundary, body, parts, piecesOf(body, 7), "7 bytes at a time");
}

void tst_MultipartParser::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray b = "XyZ";
    const QByteArray cd = "Content-Disposition: form-data; name=\"f\"; filename=\"a\"";
    QTest::newRow("boundary followed by other characters")
        << QByteArray("--XyZabc\r\n" + cd + "\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("delimiter inside data followed by text")
        << QByteArray("--XyZ\r\n" + cd + "\r\n\r\nbefore\r\n--XyZafter\r\n--XyZ--") << 400;
    QTest::newRow("LF-only line ends") << QByteArray("--XyZ\n" + cd + "\n\nx\n--XyZ--\n") << 400;
    QTest::newRow("bare LF ends a part header") << QByteArray("--XyZ\r\n" + cd + "\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("bare CR inside a part header")
        << QByteArray("--XyZ\r\nContent-Disposition: form\rdata\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("CR after a boundary without LF") << QByteArray("--XyZ\r" + cd + "\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("one dash then text") << QByteArray("--XyZ-x\r\n") << 400;
    QTest::newRow("dash after padding") << QByteArray("--XyZ --\r\n") << 400;
    QTest::newRow("folded part header") << QByteArray(
        "--XyZ\r\nContent-Disposition: form-data;\r\n name=\"f\"\r\n\r\nx\r\n--XyZ--")
                                        << 400;
    QTest::newRow("part header without colon") << QByteArray("--XyZ\r\nContent-Disposition\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("space before the colon")
        << QByteArray("--XyZ\r\nContent-Disposition : form-data\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("control character in a part header")
        << QByteArray("--XyZ\r\nContent-Disposition: form\x01-data\r\n\r\nx\r\n--XyZ--") << 400;
    QTest::newRow("part header section too large")
        << QByteArray("--XyZ\r\nX-Big: " + QByteArray(Limits::kMaxPartHeaderBytes, 'h') + "\r\n\r\nx\r\n--XyZ--")
        << 431;
    {
        QByteArray head = "--XyZ\r\n";
        for (int i = 0; i <= Limits::kMaxPartHeaderFields; ++i)
            head += "X-F" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many part header fields") << QByteArray(head + "\r\nx\r\n--XyZ--") << 431;
    }
    {
        QByteArray many;
        for (int i = 0; i <= Limits::kMaxMultipartParts; ++i)
            many += "--XyZ\r\n\r\n\r\n";
        QTest::newRow("too many parts") << QByteArray(many + "--XyZ--") << 413;
    }
    QTest::newRow("preamble too long without a boundary")
        << QByteArray(QByteArray("no boundary here\r\n").repeated(Limits::kMaxMultipartPreamble / 16)) << 400;
    QTest::newRow("padding without end") << QByteArray("--XyZ" + QByteArray(Limits::kMaxPartHeaderBytes + 1, ' '))
                                         << 400;
    Q_UNUSED(b);
}

void tst_MultipartParser::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QByteArray b = "XyZ";
    const Outcome whole = drive(b, {body});
    QVERIFY2(whole.problem.isEmpty(), whole.describe().constData());
    QCOMPARE(whole.status, status);
    QVERIFY(!whole.done);
    const qsizetype step = body.size() > 2000 ? 97 : 1;
    for (qsizetype cut = 0; cut <= body.size(); cut += step) {
        const Outcome o = drive(b, {body.first(cut), body.sliced(cut)});
        QVERIFY2(o.problem.isEmpty() && o.status == status,
                 QByteArray("split at " + QByteArray::number(cut) + ": " + o.describe()).constData());
    }
    const Outcome bytewise = drive(b, piecesOf(body, 1));
    QVERIFY2(bytewise.status == status, bytewise.describe().constData());
}

void tst_MultipartParser::noBoundaryYetIsNotAnError()
{
    // A body that ends before its first or last boundary is not an error
    // for the parser (more may come); the sink sees isDone() false at the end.
    for (const QByteArray &body : {QByteArray(), QByteArray("no boundary"), QByteArray("--XyZ\r\nX: y\r\n\r\ndata"),
                                   QByteArray("--XyZ\r\n\r\ndata\r\n--Xy")}) {
        const Outcome o = drive("XyZ", {body});
        QVERIFY2(o.problem.isEmpty() && o.status == 0 && !o.done, o.describe().constData());
    }
}

void tst_MultipartParser::limitsAtTheEdge()
{
    // Exactly at each limit is accepted.
    const QByteArray line = "X-Big: ";
    const QByteArray fill(Limits::kMaxPartHeaderBytes - 2 /* empty line */ - line.size() - 2, 'h');
    const QByteArray body = "--XyZ\r\n" + line + fill + "\r\n\r\nx\r\n--XyZ--";
    Outcome o = drive("XyZ", {body});
    QVERIFY2(o.done && o.parts.size() == 1, o.describe().constData());

    QByteArray many;
    for (int i = 0; i < Limits::kMaxMultipartParts; ++i)
        many += "--XyZ\r\n\r\n\r\n";
    o = drive("XyZ", {many + "--XyZ--"});
    QVERIFY2(o.done && o.parts.size() == Limits::kMaxMultipartParts, o.describe().constData());

    QByteArray fields = "--XyZ\r\n";
    for (int i = 0; i < Limits::kMaxPartHeaderFields; ++i)
        fields += "X-F" + QByteArray::number(i) + ": v\r\n";
    o = drive("XyZ", {fields + "\r\nx\r\n--XyZ--"});
    QVERIFY2(o.done && o.parts.size() == 1, o.describe().constData());
}

void tst_MultipartParser::boundaryOfContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary"); // empty: refused

    QTest::newRow("browser") << QByteArray("multipart/form-data; boundary=----WebKitFormBoundaryAbC")
                             << QByteArray("----WebKitFormBoundaryAbC");
    QTest::newRow("quoted with space") << QByteArray("multipart/form-data; boundary=\"a b:c\"") << QByteArray("a b:c");
    QTest::newRow("type in capitals, charset too")
        << QByteArray("Multipart/Form-Data; charset=utf-8; BOUNDARY=x1") << QByteArray("x1");
    QTest::newRow("70 characters") << "multipart/form-data; boundary=" + QByteArray(70, 'b') << QByteArray(70, 'b');
    QTest::newRow("71 characters") << "multipart/form-data; boundary=" + QByteArray(71, 'b') << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=\"\"") << QByteArray();
    QTest::newRow("ends in a space") << QByteArray("multipart/form-data; boundary=\"ab \"") << QByteArray();
    QTest::newRow("forbidden character") << QByteArray("multipart/form-data; boundary=\"a;b\"") << QByteArray();
    QTest::newRow("CR in the boundary") << QByteArray("multipart/form-data; boundary=\"a\rb\"") << QByteArray();
    QTest::newRow("two boundaries") << QByteArray("multipart/form-data; boundary=a; boundary=b") << QByteArray();
    QTest::newRow("mixed, not form-data") << QByteArray("multipart/mixed; boundary=a") << QByteArray();
    QTest::newRow("urlencoded form") << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    QTest::newRow("nothing") << QByteArray() << QByteArray();
}

void tst_MultipartParser::boundaryOfContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    const char *why = nullptr;
    const std::optional<QByteArray> got = formDataBoundary(contentType, &why);
    if (boundary.isEmpty()) {
        QVERIFY(!got);
        QVERIFY(why != nullptr);
    } else {
        QVERIFY2(got, why);
        QCOMPARE(*got, boundary);
    }
}

void tst_MultipartParser::headerParameters_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("filename");

    QTest::newRow("browser") << QByteArray("form-data; name=\"f\"; filename=\"a b.jpg\"") << true
                             << QByteArray("form-data") << QByteArray("f") << QByteArray("a b.jpg");
    QTest::newRow("escaped quote") << QByteArray(R"(form-data; name="f"; filename="say \"hi\".txt")") << true
                                   << QByteArray("form-data") << QByteArray("f") << QByteArray("say \"hi\".txt");
    QTest::newRow("Windows path keeps its backslashes")
        << QByteArray(R"(form-data; name="f"; filename="C:\photos\a.jpg")") << true << QByteArray("form-data")
        << QByteArray("f") << QByteArray("C:\\photos\\a.jpg");
    QTest::newRow("escaped backslash") << QByteArray(R"(form-data; filename="a\\b")") << true << QByteArray("form-data")
                                       << QByteArray() << QByteArray("a\\b");
    QTest::newRow("unquoted raw UTF-8") << QByteArray("form-data; name=f; filename=\xc3\xa9t\xc3\xa9.jpg") << true
                                        << QByteArray("form-data") << QByteArray("f")
                                        << QByteArray("\xc3\xa9t\xc3\xa9.jpg");
    QTest::newRow("semicolon inside quotes") << QByteArray("form-data; filename=\"a;b=c\"; name=x") << true
                                             << QByteArray("form-data") << QByteArray("x") << QByteArray("a;b=c");
    QTest::newRow("capitals and spaces") << QByteArray("  FORM-DATA ;  NAME = \"f\" ;") << true
                                         << QByteArray("form-data") << QByteArray("f") << QByteArray();
    QTest::newRow("unterminated quote") << QByteArray("form-data; filename=\"abc") << false << QByteArray()
                                        << QByteArray() << QByteArray();
    QTest::newRow("parameter twice") << QByteArray("form-data; filename=a; filename=b") << false << QByteArray()
                                     << QByteArray() << QByteArray();
    QTest::newRow("no value") << QByteArray("form-data; filename=") << false << QByteArray() << QByteArray()
                              << QByteArray();
    QTest::newRow("junk after quoted value")
        << QByteArray("form-data; filename=\"a\"b") << false << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("no type") << QByteArray("; name=a") << false << QByteArray() << QByteArray() << QByteArray();
}

void tst_MultipartParser::headerParameters()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, ok);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, filename);
    const std::optional<HeaderParameters> p = parseHeaderParameters(field);
    QCOMPARE(bool(p), ok);
    if (!ok)
        return;
    QCOMPARE(p->value, value);
    QCOMPARE(p->parameter("name"), name);
    QCOMPARE(p->parameter("filename"), filename);
}

QTEST_APPLESS_MAIN(tst_MultipartParser)
#include "tst_multipartparser.moc"
