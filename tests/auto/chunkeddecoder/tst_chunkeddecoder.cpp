// Table tests of ChunkedDecoder (RFC 9112 7.1).
//
// Each valid body is fed whole, split in two at every position, and one byte
// at a time, through a driver that behaves like a connection: it keeps the
// unconsumed bytes, calls next() until the decoder needs more input, and only
// then waits for the next piece. Every way of feeding must decode the same
// body, stop exactly at the terminator and leave the following bytes alone.

#include "server/http/ChunkedDecoder.h"
#include "server/http/limits.h"

#include <QtTest>

using namespace Servery;

namespace {

using Kind = ChunkedDecoder::Step::Kind;

// A byte string that may hold NUL.
template<qsizetype N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

// Bytes that follow the body on the wire: the next pipelined request.
const QByteArray kNextRequest = "GET /next HTTP/1.1\r\nHost: h\r\n\r\n";

struct Outcome {
    QByteArray body; // concatenated Data steps
    qsizetype consumed = 0; // sum of every step's `consumed`
    bool done = false;
    int status = 0; // the Error step's status
    QByteArray leftover; // bytes received but never consumed
    QByteArray problem; // a broken Step contract, described
};

// Drives `decoder` over `pieces` as a caller would.
Outcome drive(ChunkedDecoder &decoder, const QList<QByteArray> &pieces)
{
    Outcome out;
    QByteArray pending;
    for (const QByteArray &piece : pieces) {
        pending += piece;
        while (!out.done && out.status == 0 && out.problem.isEmpty()) {
            const ChunkedDecoder::Step s = decoder.next(pending);
            if (s.consumed < 0 || s.consumed > pending.size()) {
                out.problem = "consumed " + QByteArray::number(s.consumed) + " of " + QByteArray::number(pending.size())
                    + " bytes";
                break;
            }
            if (s.kind == Kind::Data) {
                if (s.consumed == 0 || s.data.size() != s.consumed || s.data.data() != pending.constData())
                    out.problem = "Data step is not the consumed prefix of the input";
                out.body += s.data.toByteArray();
            } else if (!s.data.isEmpty()) {
                out.problem = "a step other than Data carries data";
            }
            out.consumed += s.consumed;
            pending.remove(0, s.consumed);
            if (s.kind == Kind::Done)
                out.done = true;
            else if (s.kind == Kind::Error)
                out.status = s.status;
            else if (s.kind == Kind::NeedMore && s.consumed == 0)
                break; // wait for the next piece
        }
    }
    out.leftover = pending;
    return out;
}

Outcome drive(const QList<QByteArray> &pieces)
{
    ChunkedDecoder decoder;
    return drive(decoder, pieces);
}

QList<QByteArray> piecesOf(const QByteArray &input, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < input.size(); i += size)
        pieces.append(input.mid(i, size));
    return pieces;
}

// Empty when `o` decoded `body` from exactly the bytes of `encoded` followed
// by kNextRequest; else what went wrong.
QByteArray mismatch(const Outcome &o, const QByteArray &encoded, const QByteArray &body)
{
    if (!o.problem.isEmpty())
        return o.problem;
    if (!o.done)
        return "not done, status " + QByteArray::number(o.status);
    if (o.body != body)
        return "decoded \"" + o.body.toPercentEncoding() + "\", expected \"" + body.toPercentEncoding() + '"';
    if (o.consumed != encoded.size())
        return "consumed " + QByteArray::number(o.consumed) + " of " + QByteArray::number(encoded.size())
            + " encoded bytes";
    if (o.leftover != kNextRequest)
        return "left \"" + o.leftover.toPercentEncoding() + "\" unconsumed";
    return {};
}

QByteArray describe(const Outcome &o)
{
    return "done=" + QByteArray(o.done ? "yes" : "no") + " status=" + QByteArray::number(o.status) + " consumed="
        + QByteArray::number(o.consumed) + " body=" + QByteArray::number(o.body.size()) + " bytes " + o.problem;
}

// A chunk-size line of exactly `length` bytes before its CRLF: "5;" and an
// extension padded with 'e'.
QByteArray sizeLineOfLength(qsizetype length)
{
    return "5;" + QByteArray(length - 2, 'e') + "\r\n";
}

// A last chunk and a trailer section whose field lines (with their CRLFs,
// without the final empty line) are exactly `size` bytes.
QByteArray lastChunkWithTrailerSection(qsizetype size)
{
    const QByteArray name = "X-Fill: ";
    return "0\r\n" + name + QByteArray(size - name.size() - 2, 't') + "\r\n\r\n";
}

} // namespace

class tst_ChunkedDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeBody_data() { addValidRows(); }
    void wholeBody();
    void splitAtEveryPosition_data() { addValidRows(); }
    void splitAtEveryPosition();
    void oneByteAtATime_data() { addValidRows(); }
    void oneByteAtATime();
    void malformed_data();
    void malformed();
    void trailerSectionAtLimitIsAccepted();

private:
    static void addValidRows();
};

void tst_ChunkedDecoder::addValidRows()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("body");

    const QByteArray kilobyte = QByteArray("0123456789abcdef").repeated(64);
    QTest::newRow("single chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("several chunks") << QByteArray("5\r\nhello\r\n1\r\n \r\n6\r\nworld!\r\n0\r\n\r\n")
                                    << QByteArray("hello world!");
    QTest::newRow("lowercase hex size") << QByteArray("a\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789");
    QTest::newRow("uppercase hex size") << QByteArray("1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n")
                                        << QByteArray("abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("multi-digit size, a kilobyte") << "400\r\n" + kilobyte + "\r\n0\r\n\r\n" << kilobyte;
    QTest::newRow("leading zeros in size") << QByteArray("0005\r\nhello\r\n000\r\n\r\n") << QByteArray("hello");
    QTest::newRow("kMaxChunkSizeDigits digits") << QByteArray(Limits::kMaxChunkSizeDigits - 1, '0')
            + "5\r\nhello\r\n0\r\n\r\n" << QByteArray("hello");
    QTest::newRow("extension with value") << QByteArray("5;a=b\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("extension without value") << QByteArray("5;x\r\nhello\r\n0;y\r\n\r\n") << QByteArray("hello");
    QTest::newRow("quoted extension value and BWS")
        << QByteArray("5 ;name=\"q v\";x\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("trailer fields") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: abc\r\nX-Other:  v \r\n\r\n")
                                    << QByteArray("hello");
    QTest::newRow("zero-length body") << QByteArray("0\r\n\r\n") << QByteArray();
    QTest::newRow("data holding CR, LF and NUL") << bytes("6\r\n\r\n0\r\n\0\r\n0\r\n\r\n") << bytes("\r\n0\r\n\0");
    QTest::newRow("size line of kMaxChunkLine bytes with its CRLF") << sizeLineOfLength(Limits::kMaxChunkLine - 2)
            + "hello\r\n0\r\n\r\n" << QByteArray("hello");
}

void tst_ChunkedDecoder::wholeBody()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, body);

    ChunkedDecoder decoder;
    const QByteArray wrong = mismatch(drive(decoder, {encoded + kNextRequest}), encoded, body);
    QVERIFY2(wrong.isEmpty(), wrong.constData());
    QVERIFY(decoder.isDone());
    QCOMPARE(decoder.bodyBytes(), body.size());

    // Once done, the decoder stays done and takes nothing more.
    const ChunkedDecoder::Step again = decoder.next(kNextRequest);
    QCOMPARE(again.kind, Kind::Done);
    QCOMPARE(again.consumed, 0);
}

void tst_ChunkedDecoder::splitAtEveryPosition()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, body);

    const QByteArray stream = encoded + kNextRequest;
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        ChunkedDecoder decoder;
        const QByteArray wrong = mismatch(drive(decoder, {stream.first(cut), stream.sliced(cut)}), encoded, body);
        QVERIFY2(wrong.isEmpty(), QByteArray("split at " + QByteArray::number(cut) + ": " + wrong).constData());
        QCOMPARE(decoder.bodyBytes(), body.size());
    }
}

void tst_ChunkedDecoder::oneByteAtATime()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, body);

    ChunkedDecoder decoder;
    const QByteArray wrong = mismatch(drive(decoder, piecesOf(encoded + kNextRequest, 1)), encoded, body);
    QVERIFY2(wrong.isEmpty(), wrong.constData());
    QVERIFY(decoder.isDone());
    QCOMPARE(decoder.bodyBytes(), body.size());
}

void tst_ChunkedDecoder::malformed_data()
{
    using Limits::kMaxChunkLine;
    using Limits::kMaxTrailerBlock;
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<int>("status");

    // RFC 9112 7.1: chunk-size = 1*HEXDIG, then [ chunk-ext ] CRLF
    QTest::newRow("missing size") << QByteArray("\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("missing size before extension") << QByteArray(";a=b\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("non-hex size") << QByteArray("g\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("size with leading space") << QByteArray(" 5\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("size with plus sign") << QByteArray("+5\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("size with 0x prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("negative size") << QByteArray("-5\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("kMaxChunkSizeDigits + 1 digits") << QByteArray(Limits::kMaxChunkSizeDigits, '0')
            + "5\r\nhello\r\n0\r\n\r\n" << 400;
    QTest::newRow("size overflowing qint64") << QByteArray("10000000000000000\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("garbage after size") << QByteArray("5x\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("control character in extension") << QByteArray("5;a=\x01\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("LF without CR after size") << QByteArray("5\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("CR without LF after size") << QByteArray("5\rhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("data longer than its size") << QByteArray("5\r\nhelloX\r\n0\r\n\r\n") << 400;
    QTest::newRow("data followed by bare LF") << QByteArray("5\r\nhello\n0\r\n\r\n") << 400;
    QTest::newRow("data followed by CR and no LF") << QByteArray("5\r\nhello\rX0\r\n\r\n") << 400;
    QTest::newRow("size line far over kMaxChunkLine") << sizeLineOfLength(2 * kMaxChunkLine) + "hello\r\n0\r\n\r\n"
                                                      << 400;
    QTest::newRow("size line one byte over kMaxChunkLine") << sizeLineOfLength(kMaxChunkLine + 1) + "hello\r\n0\r\n\r\n"
                                                           << 400;
    // RFC 9112 7.1.2: trailer-section = *( field-line CRLF )
    QTest::newRow("trailer without colon") << QByteArray("0\r\nNoColon\r\n\r\n") << 400;
    QTest::newRow("trailer with empty name") << QByteArray("0\r\n: v\r\n\r\n") << 400;
    QTest::newRow("trailer with space before colon") << QByteArray("0\r\nX-A : v\r\n\r\n") << 400;
    QTest::newRow("trailer obs-fold with SP") << QByteArray("0\r\nX-A: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("trailer obs-fold with HTAB") << QByteArray("0\r\nX-A: b\r\n\tc\r\n\r\n") << 400;
    QTest::newRow("trailer ended by bare LF") << QByteArray("0\r\nX-A: b\n\r\n") << 400;
    QTest::newRow("last chunk ended by bare LF") << QByteArray("0\r\n\n") << 400;
    QTest::newRow("control character in trailer value") << QByteArray("0\r\nX-A: \x01\r\n\r\n") << 400;
    QTest::newRow("trailer section far over kMaxTrailerBlock, one field")
        << lastChunkWithTrailerSection(2 * kMaxTrailerBlock) << 431;
    QByteArray manyFields = "0\r\n";
    while (manyFields.size() < kMaxTrailerBlock + 200)
        manyFields += "X-Trailer-" + QByteArray::number(manyFields.size()) + ": " + QByteArray(80, 'v') + "\r\n";
    QTest::newRow("trailer section over kMaxTrailerBlock, many fields") << manyFields + "\r\n" << 431;
    QTest::newRow("trailer section one byte over kMaxTrailerBlock")
        << lastChunkWithTrailerSection(kMaxTrailerBlock + 1) << 431;
}

void tst_ChunkedDecoder::malformed()
{
    QFETCH(QByteArray, encoded);
    QFETCH(int, status);

    // Whole, then in small pieces (a byte at a time unless that is too slow).
    const qsizetype small = encoded.size() <= 16 * 1024 ? 1 : 997;
    const QList<QList<QByteArray>> feeds = {{encoded + kNextRequest}, piecesOf(encoded + kNextRequest, small)};
    for (const QList<QByteArray> &pieces : feeds) {
        ChunkedDecoder decoder;
        const Outcome o = drive(decoder, pieces);
        const QByteArray how = "fed in " + QByteArray::number(pieces.size()) + " piece(s): " + describe(o);
        QVERIFY2(o.problem.isEmpty(), how.constData());
        QVERIFY2(!o.done, how.constData());
        QVERIFY2(o.status == status, how.constData());
        QVERIFY(!decoder.isDone());

        // A failed decoder keeps failing; the body is unusable.
        const ChunkedDecoder::Step again = decoder.next("0\r\n\r\n");
        QCOMPARE(again.kind, Kind::Error);
        QCOMPARE(again.consumed, 0);
    }
}

void tst_ChunkedDecoder::trailerSectionAtLimitIsAccepted()
{
    // The trailer section shares the header limit (server/limits.h): field
    // lines plus the final empty line of exactly kMaxTrailerBlock bytes fit.
    const QByteArray encoded = "5\r\nhello\r\n" + lastChunkWithTrailerSection(Limits::kMaxTrailerBlock - 2);
    for (const qsizetype pieceSize : {encoded.size() + kNextRequest.size(), qsizetype(4093), qsizetype(997)}) {
        const QByteArray wrong = mismatch(drive(piecesOf(encoded + kNextRequest, pieceSize)), encoded, "hello");
        QVERIFY2(wrong.isEmpty(), QByteArray("pieces of " + QByteArray::number(pieceSize) + ": " + wrong).constData());
    }
}

QTEST_APPLESS_MAIN(tst_ChunkedDecoder)

#include "tst_chunkeddecoder.moc"
