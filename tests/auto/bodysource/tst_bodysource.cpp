// Tests of the response body sources: every kind read to its end with many
// read sizes (the concatenation must be the exact bytes, and no read may hand
// out more than asked), the buffering of GeneratorSource, the errors of
// SlicesSource over a Content that fails, and PushStream's queue, wake-ups
// and cross-thread producers.

#include "server/http/BodySource.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>

using namespace Servery;

using Status = BodySource::Status;

namespace Servery {

char *toString(BodySource::Status s)
{
    switch (s) {
    case BodySource::Status::Data:
        return qstrdup("Data");
    case BodySource::Status::Wait:
        return qstrdup("Wait");
    case BodySource::Status::End:
        return qstrdup("End");
    case BodySource::Status::Error:
        return qstrdup("Error");
    }
    return qstrdup("?");
}

} // namespace Servery

namespace {

// Bytes that differ at every offset (a repeating pattern could hide a piece
// read from the wrong place), the same on every run.
QByteArray patterned(qsizetype size, quint32 seed = 1)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

// The outcome of reading a source until it ends, and the first broken rule
// of the read() contract, if any.
struct Drained {
    QByteArray bytes;
    Status last = Status::Data;
    int reads = 0;
    QByteArray problem; // empty when every read kept the contract
};

// Reads until End or Error, as the connection does, `max` bytes at a time.
// A Wait is treated as an immediate wake-up (the sources here that answer
// Wait have more at once). The data go straight into one buffer, so every
// read after the first appends to bytes already there.
Drained drain(BodySource &source, qint64 max, int maxReads = 10'000'000)
{
    Drained d;
    while (d.reads < maxReads) {
        const qsizetype before = d.bytes.size();
        d.last = source.read(d.bytes, max);
        ++d.reads;
        const qsizetype added = d.bytes.size() - before;
        if (added > max) {
            d.problem = "read " + QByteArray::number(d.reads) + " appended " + QByteArray::number(added)
                + " bytes for max " + QByteArray::number(max);
            return d;
        }
        if (d.last == Status::Data && added == 0) {
            d.problem = "Data without a byte at read " + QByteArray::number(d.reads);
            return d;
        }
        if (d.last == Status::Error && source.errorString().isEmpty()) {
            d.problem = "Error without an errorString";
            return d;
        }
        if (d.last == Status::End || d.last == Status::Error)
            return d;
    }
    d.problem = "no End after " + QByteArray::number(maxReads) + " reads";
    return d;
}

// A generator that hands out `bytes` in pieces chosen by `pieceSize` (from
// the hint it was given and the call number), answering End with the last
// piece, or, with `separateEnd`, with a call that appends nothing.
GeneratorSource::Generate pieces(QByteArray bytes, std::function<qint64(qint64 hint, int call)> pieceSize,
                                 bool separateEnd = false)
{
    struct State {
        QByteArray bytes;
        qsizetype done = 0;
        int calls = 0;
    };
    auto state = std::make_shared<State>(State {std::move(bytes)});
    return [state, pieceSize, separateEnd](QByteArray &out, qint64 hint) {
        const qsizetype n
            = qsizetype(std::clamp<qint64>(pieceSize(hint, state->calls++), 0, state->bytes.size() - state->done));
        out += QByteArrayView(state->bytes).sliced(state->done, n);
        state->done += n;
        if (state->done < state->bytes.size())
            return Status::Data;
        if (separateEnd && n > 0)
            return Status::Data; // the next call answers End with nothing
        return Status::End;
    };
}

// A file that claims `claimed` bytes but holds only `real` of them (it shrank
// after it was opened), or fails outright from `failAt` on.
class FlakyContent final : public Content {
public:
    FlakyContent(QByteArray bytes, qint64 claimed, qint64 failAt)
        : m_bytes(std::move(bytes))
        , m_claimed(claimed)
        , m_failAt(failAt)
    {
    }

    qint64 size() const override { return m_claimed; }
    qint64 readAt(char *buffer, qint64 length, qint64 offset) override
    {
        if (m_failAt >= 0 && offset + length > m_failAt)
            return -1;
        const qint64 n = std::clamp<qint64>(m_bytes.size() - offset, 0, length);
        if (n > 0)
            std::memcpy(buffer, m_bytes.constData() + offset, size_t(n));
        return n;
    }

private:
    QByteArray m_bytes;
    qint64 m_claimed;
    qint64 m_failAt;
};

// Every source kind makeSource() knows.
const char *const kKinds[] = {
    "bytes: empty",
    "bytes: small",
    "bytes: 100 KB",
    "slices: whole content",
    "slices: whole empty content",
    "slices: literals around slices",
    "slices: literals only",
    "generator: follows the hint",
    "generator: ignores the hint, large pieces",
    "generator: one byte per call",
    "generator: everything at once",
    "generator: End after an empty call",
    "generator: known size",
    "generator: empty",
    "generator: Wait between pieces",
    "push: pushed then closed",
};

// The sources the read-size table runs over, by name.
struct Made {
    std::unique_ptr<BodySource> source;
    QByteArray expected;
    qint64 size = -1; // what size() must say
};

Made makeSource(const QByteArray &kind)
{
    const QByteArray big = patterned(100'003);
    if (kind == "bytes: empty")
        return {std::make_unique<BytesSource>(QByteArray()), {}, 0};
    if (kind == "bytes: small")
        return {std::make_unique<BytesSource>("hello, world"), "hello, world", 12};
    if (kind == "bytes: 100 KB")
        return {std::make_unique<BytesSource>(big), big, big.size()};
    if (kind == "slices: whole content") {
        auto content = std::make_shared<BytesContent>(big);
        return {std::make_unique<SlicesSource>(content), big, big.size()};
    }
    if (kind == "slices: whole empty content") {
        auto content = std::make_shared<BytesContent>(QByteArray());
        return {std::make_unique<SlicesSource>(content), {}, 0};
    }
    if (kind == "slices: literals around slices") {
        // The shape of a multipart/byteranges body, with an empty literal
        // and an empty slice among the pieces.
        using P = SlicesSource::Piece;
        auto content = std::make_shared<BytesContent>(big);
        const QList<P> list {P::literal("--head\r\n"),
                             P::slice(0, 10),
                             P::literal({}),
                             P::slice(50'000, 0),
                             P::literal("\r\n--middle\r\n"),
                             P::slice(99'990, 13),
                             P::slice(12'345, 40'000),
                             P::literal("\r\n--tail--\r\n")};
        QByteArray expected = "--head\r\n" + big.mid(0, 10) + "\r\n--middle\r\n" + big.mid(99'990, 13)
            + big.mid(12'345, 40'000) + "\r\n--tail--\r\n";
        return {std::make_unique<SlicesSource>(content, list), expected, expected.size()};
    }
    if (kind == "slices: literals only") {
        using P = SlicesSource::Piece;
        const QList<P> list {P::literal("abc"), P::literal(big.left(5000)), P::literal("xyz")};
        QByteArray expected = "abc" + big.left(5000) + "xyz";
        return {std::make_unique<SlicesSource>(std::make_shared<BytesContent>(QByteArray()), list), expected,
                expected.size()};
    }
    if (kind == "generator: follows the hint")
        return {std::make_unique<GeneratorSource>(pieces(big, [](qint64 hint, int) { return hint; })), big, -1};
    if (kind == "generator: ignores the hint, large pieces") {
        // Appends far more than asked: the excess waits for later reads.
        return {std::make_unique<GeneratorSource>(pieces(big, [](qint64, int) { return 10'007; })), big, -1};
    }
    if (kind == "generator: one byte per call") {
        // read() must keep calling to fill `max`, or at least hand out one.
        return {std::make_unique<GeneratorSource>(pieces(big.left(3000), [](qint64, int) { return 1; })),
                big.left(3000), -1};
    }
    if (kind == "generator: everything at once") {
        return {std::make_unique<GeneratorSource>(pieces(big, [](qint64, int) { return 1 << 30; })), big, -1};
    }
    if (kind == "generator: End after an empty call") {
        return {std::make_unique<GeneratorSource>(pieces(
                    big, [](qint64, int) { return 4096; }, true)),
                big, -1};
    }
    if (kind == "generator: known size")
        return {std::make_unique<GeneratorSource>(pieces(big, [](qint64 hint, int) { return hint; }), big.size()), big,
                big.size()};
    if (kind == "generator: empty") {
        return {std::make_unique<GeneratorSource>([](QByteArray &, qint64) { return Status::End; }), {}, -1};
    }
    if (kind == "generator: Wait between pieces") {
        // Every other call has nothing yet. drain() reads again at once, as
        // after a wake-up.
        auto calls = std::make_shared<int>(0);
        auto inner = pieces(big, [](qint64, int) { return 777; });
        return {std::make_unique<GeneratorSource>([calls, inner](QByteArray &out, qint64 hint) {
                    if ((*calls)++ % 2 == 0)
                        return Status::Wait;
                    return inner(out, hint);
                }),
                big, -1};
    }
    if (kind == "push: pushed then closed") {
        auto [stream, source] = PushStream::create(1 << 20);
        QByteArray expected;
        for (int i = 0; i < 50; ++i) {
            const QByteArray event = "data: " + big.mid(i * 997, 1 + i * 37) + "\n\n";
            expected += event;
            stream->push(event);
        }
        stream->close();
        return {std::move(source), expected, -1};
    }
    qFatal("unknown source kind %s", kind.constData());
    return {};
}

// One read into a fresh buffer, as the chunked writer does, appended to
// `all`. (Reading into a buffer that already holds bytes is its own test.)
Status readPiece(BodySource &source, qint64 max, QByteArray &all)
{
    QByteArray piece;
    const Status s = source.read(piece, max);
    all += piece;
    return s;
}

} // namespace

class tst_BodySource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readWithMax_data();
    void readWithMax();
    void readAfterEnd_data();
    void readAfterEnd();
    void readAppendsToOut_data();
    void readAppendsToOut();
    void bytesContentReadAt_data();
    void bytesContentReadAt();
    void slicesOverFailingContent_data();
    void slicesOverFailingContent();
    void generatorPendingBeforeEnd();
    void generatorNotCalledAfterEnd();
    void generatorError();
    void generatorDataWithoutBytes();
    void generatorWaitIsPassedOn();
    void pushWaitAndWakeUp();
    void pushReadIntoNonEmptyOut();
    void pushCloseEndsAfterDrain();
    void pushQueueBound_data();
    void pushQueueBound();
    void pushOverflowWakesReader();
    void pushAfterSourceDestroyed();
    void pushTellsWhenDetached();
    void pushFinishSoon();
    void pushFromAnotherThread();
};

void tst_BodySource::readWithMax_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<qint64>("max");

    // 1 and 7 split every piece; 4096 and 65536 are the sizes the connection
    // asks for; 1 MiB takes most bodies in one read.
    const qint64 maxes[] = {1, 7, 4096, 65536, 1 << 20};
    for (const char *kind : kKinds) {
        for (const qint64 max : maxes) {
            const QByteArray name = QByteArray(kind) + ", max " + QByteArray::number(max);
            QTest::newRow(name.constData()) << QByteArray(kind) << max;
        }
    }
}

void tst_BodySource::readWithMax()
{
    QFETCH(QByteArray, kind);
    QFETCH(qint64, max);

    Made made = makeSource(kind);
    QCOMPARE(made.source->size(), made.size);
    const Drained d = drain(*made.source, max);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    QCOMPARE(d.bytes.size(), made.expected.size());
    QVERIFY(d.bytes == made.expected);
    // A known size is a promise: the bytes sent must match it.
    if (made.source->size() >= 0)
        QCOMPARE(qint64(d.bytes.size()), made.source->size());
}

void tst_BodySource::readAfterEnd_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<qint64>("max");

    // 7 ends the body in many reads; 1 MiB ends it in one, which lets some
    // sources hand their whole buffer over instead of copying it.
    for (const char *kind : kKinds) {
        for (const qint64 max : {qint64(7), qint64(1 << 20)}) {
            const QByteArray name = QByteArray(kind) + ", max " + QByteArray::number(max);
            QTest::newRow(name.constData()) << QByteArray(kind) << max;
        }
    }
}

void tst_BodySource::readAfterEnd()
{
    QFETCH(QByteArray, kind);
    QFETCH(qint64, max);

    // Once ended, a source stays ended and adds nothing (the header promises
    // a generator is "never called again after End", so read() may be).
    Made made = makeSource(kind);
    const Drained d = drain(*made.source, max);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    for (int i = 0; i < 3; ++i) {
        QByteArray more = "kept";
        QCOMPARE(made.source->read(more, max), Status::End);
        QCOMPARE(more, QByteArray("kept"));
    }
}

void tst_BodySource::readAppendsToOut_data()
{
    QTest::addColumn<QByteArray>("kind");

    QTest::newRow("bytes") << QByteArray("bytes: small");
    QTest::newRow("slices") << QByteArray("slices: literals around slices");
    QTest::newRow("generator") << QByteArray("generator: everything at once");
    QTest::newRow("push") << QByteArray("push: pushed then closed");
}

void tst_BodySource::readAppendsToOut()
{
    QFETCH(QByteArray, kind);

    // read() appends: what the caller already holds (a chunk header, say)
    // must survive, including the first read of a source that could hand its
    // whole buffer over.
    Made made = makeSource(kind);
    QByteArray out = "PREFIX";
    Status s = Status::Data;
    while (s == Status::Data)
        s = made.source->read(out, 1 << 20);
    QCOMPARE(s, Status::End);
    QVERIFY(out.startsWith("PREFIX"));
    QVERIFY(out.mid(6) == made.expected);
}

void tst_BodySource::bytesContentReadAt_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("got");

    // Content of 100 bytes.
    QTest::newRow("from the start") << qint64(0) << qint64(10) << qint64(10);
    QTest::newRow("up to the end") << qint64(90) << qint64(10) << qint64(10);
    QTest::newRow("short only at the end") << qint64(95) << qint64(10) << qint64(5);
    QTest::newRow("at the end: nothing") << qint64(100) << qint64(10) << qint64(0);
    QTest::newRow("past the end: nothing") << qint64(150) << qint64(10) << qint64(0);
    QTest::newRow("zero length") << qint64(10) << qint64(0) << qint64(0);
    QTest::newRow("negative offset is an error") << qint64(-1) << qint64(10) << qint64(-1);
    QTest::newRow("negative length is an error") << qint64(0) << qint64(-1) << qint64(-1);
}

void tst_BodySource::bytesContentReadAt()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    QFETCH(qint64, got);

    const QByteArray bytes = patterned(100);
    BytesContent content(bytes);
    QCOMPARE(content.size(), qint64(100));
    QByteArray buffer(64, '\0');
    QCOMPARE(content.readAt(buffer.data(), length, offset), got);
    if (got > 0)
        QVERIFY(buffer.left(got) == bytes.mid(offset, got));
}

void tst_BodySource::slicesOverFailingContent_data()
{
    QTest::addColumn<qint64>("claimed");
    QTest::addColumn<qint64>("real");
    QTest::addColumn<qint64>("failAt");
    QTest::addColumn<qint64>("max");

    for (const qint64 max : {qint64(1), qint64(7), qint64(4096), qint64(65536)}) {
        const QByteArray suffix = ", max " + QByteArray::number(max);
        QTest::newRow(QByteArray("read error at once" + suffix).constData())
            << qint64(20000) << qint64(20000) << qint64(0) << max;
        QTest::newRow(QByteArray("read error midway" + suffix).constData())
            << qint64(20000) << qint64(20000) << qint64(12345) << max;
        QTest::newRow(QByteArray("file shrank: short read" + suffix).constData())
            << qint64(20000) << qint64(9000) << qint64(-1) << max;
        QTest::newRow(QByteArray("file emptied" + suffix).constData())
            << qint64(20000) << qint64(0) << qint64(-1) << max;
    }
}

void tst_BodySource::slicesOverFailingContent()
{
    QFETCH(qint64, claimed);
    QFETCH(qint64, real);
    QFETCH(qint64, failAt);
    QFETCH(qint64, max);

    const QByteArray bytes = patterned(real);
    SlicesSource source(std::make_shared<FlakyContent>(bytes, claimed, failAt));
    QCOMPARE(source.size(), claimed);

    // The promised length can no longer be met: the body must fail, not end
    // early (the client would take a short body for a whole one) nor
    // pad it with whatever the buffer held.
    const Drained d = drain(source, max);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::Error);
    QVERIFY(!source.errorString().isEmpty());
    QVERIFY(d.bytes.size() < claimed);
    QVERIFY2(bytes.startsWith(d.bytes), "bytes handed out before the error are not the file's");
}

void tst_BodySource::generatorPendingBeforeEnd()
{
    // The generator answers End with 10000 bytes in its first call; read()
    // hands them out 1000 at a time and says End only with the last ones.
    const QByteArray all = patterned(10'000);
    int calls = 0;
    GeneratorSource source([&](QByteArray &out, qint64) {
        ++calls;
        out += all;
        return Status::End;
    });
    QByteArray got;
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(source.read(got, 1000), Status::Data);
        QCOMPARE(got.size(), (i + 1) * 1000);
    }
    QCOMPARE(source.read(got, 1000), Status::End);
    QVERIFY(got == all);
    QCOMPARE(calls, 1);
}

void tst_BodySource::generatorNotCalledAfterEnd()
{
    int calls = 0;
    GeneratorSource source([&](QByteArray &out, qint64) {
        ++calls;
        out += "x";
        return calls < 3 ? Status::Data : Status::End;
    });
    const Drained d = drain(source, 1);
    QCOMPARE(d.last, Status::End);
    QCOMPARE(d.bytes, QByteArray("xxx"));
    for (int i = 0; i < 3; ++i) {
        QByteArray out;
        QCOMPARE(source.read(out, 100), Status::End);
    }
    QCOMPARE(calls, 3);
}

void tst_BodySource::generatorError()
{
    // Two good pieces, then the generator fails (a zip member vanished, say).
    int calls = 0;
    GeneratorSource source([&](QByteArray &out, qint64) {
        if (++calls > 2)
            return Status::Error;
        out += "piece";
        return Status::Data;
    });
    QByteArray got;
    Status s = Status::Data;
    int reads = 0;
    while (s == Status::Data && reads++ < 100)
        s = source.read(got, 3);
    QCOMPARE(s, Status::Error);
    QVERIFY(QByteArray("piecepiece").startsWith(got));
    // The generator is never called again after Error.
    QByteArray more;
    source.read(more, 10);
    QCOMPARE(calls, 3);
    // The contract of Status::Error: errorString() says why. The connection
    // logs it when it aborts the response.
    QVERIFY2(!source.errorString().isEmpty(), "GeneratorSource answered Error with an empty errorString()");
}

void tst_BodySource::generatorDataWithoutBytes()
{
    // A generator that says Data but appends nothing would have read() spin
    // forever; it must be an Error instead, after a bounded number of calls.
    int calls = 0;
    GeneratorSource source([&](QByteArray &, qint64) {
        ++calls;
        return Status::Data;
    });
    QByteArray out;
    QCOMPARE(source.read(out, 100), Status::Error);
    QVERIFY(out.isEmpty());
    QVERIFY(!source.errorString().isEmpty());
    QCOMPARE(calls, 1);
}

void tst_BodySource::generatorWaitIsPassedOn()
{
    // Wait with nothing pending is passed on; Wait with bytes pending hands
    // out the bytes (Data) first.
    int calls = 0;
    GeneratorSource source([&](QByteArray &out, qint64) {
        ++calls;
        if (calls == 2)
            out += "ab";
        return calls == 4 ? Status::End : Status::Wait;
    });
    QByteArray out;
    QCOMPARE(source.read(out, 10), Status::Wait);
    QVERIFY(out.isEmpty());
    QCOMPARE(source.read(out, 10), Status::Data);
    QCOMPARE(out, QByteArray("ab"));
    QCOMPARE(source.read(out, 10), Status::Wait);
    QCOMPARE(source.read(out, 10), Status::End);
    QCOMPARE(out, QByteArray("ab"));
}

void tst_BodySource::pushTellsWhenDetached()
{
    // The producer hears once, when the exchange ends, not at its next push.
    auto [stream, source] = PushStream::create(1024);
    int detached = 0;
    stream->setOnDetached([&] { ++detached; });
    QVERIFY(stream->push("a"));
    QCOMPARE(detached, 0);
    source.reset();
    QCOMPARE(detached, 1);
    QVERIFY(stream->isClosed());
    QVERIFY(!stream->push("b"));
    QCOMPARE(detached, 1);

    // Asked after the end: told at once.
    int late = 0;
    stream->setOnDetached([&] { ++late; });
    QCOMPARE(late, 1);

    // close() by the producer is not a detach; the end of the exchange is.
    auto [other, otherSource] = PushStream::create(1024);
    int closed = 0;
    other->setOnDetached([&] { ++closed; });
    other->close();
    QCOMPARE(closed, 0);
    otherSource.reset();
    QCOMPARE(closed, 1);
}

void tst_BodySource::pushWaitAndWakeUp()
{
    auto [stream, source] = PushStream::create(1024);
    QVERIFY(source->isOpenEnded());
    QCOMPARE(source->size(), qint64(-1));
    int wakeUps = 0;
    source->setWakeUp([&] { ++wakeUps; });

    // Pushes before any Wait wake nobody: the reader has not asked to be.
    QVERIFY(stream->push("a"));
    QCOMPARE(wakeUps, 0);
    QByteArray out;
    QCOMPARE(readPiece(*source, 100, out), Status::Data);
    QCOMPARE(out, QByteArray("a"));

    QCOMPARE(readPiece(*source, 100, out), Status::Wait);
    QCOMPARE(wakeUps, 0);
    // The first push after a Wait wakes the reader, once.
    QVERIFY(stream->push("b"));
    QCOMPARE(wakeUps, 1);
    QVERIFY(stream->push("c"));
    QCOMPARE(wakeUps, 1);

    QCOMPARE(readPiece(*source, 100, out), Status::Data);
    QCOMPARE(out, QByteArray("abc"));
    QCOMPARE(readPiece(*source, 100, out), Status::Wait);
    QCOMPARE(readPiece(*source, 100, out), Status::Wait); // asking twice is one Wait
    QVERIFY(stream->push("d"));
    QCOMPARE(wakeUps, 2);

    QCOMPARE(readPiece(*source, 100, out), Status::Data);
    QCOMPARE(readPiece(*source, 100, out), Status::Wait);
    // Closing wakes a waiting reader too, so it can see the End.
    stream->close();
    QCOMPARE(wakeUps, 3);
    QCOMPARE(readPiece(*source, 100, out), Status::End);
    QCOMPARE(out, QByteArray("abcd"));
}

void tst_BodySource::pushReadIntoNonEmptyOut()
{
    // The connection reads the first piece of a body into the buffer that
    // already holds the response head. With nothing queued the source has
    // appended nothing, so it must answer Wait (and ask to be woken), not
    // Data, which promises at least one byte.
    auto [stream, source] = PushStream::create(1024);
    int wakeUps = 0;
    source->setWakeUp([&] { ++wakeUps; });
    const QByteArray head = "HTTP/1.0 200 OK\r\n\r\n";
    QByteArray out = head;
    QCOMPARE(source->read(out, 100), Status::Wait);
    QCOMPARE(out, head);
    QVERIFY(stream->push("data: x\n\n"));
    QCOMPARE(wakeUps, 1);
}

void tst_BodySource::pushCloseEndsAfterDrain()
{
    auto [stream, source] = PushStream::create(1024);
    QVERIFY(stream->push("hello"));
    QVERIFY(stream->push("world"));
    stream->close();
    QVERIFY(stream->isClosed());
    // Nothing more goes in after close()...
    QVERIFY(!stream->push("late"));

    // ...but what was pushed before still goes out, then End.
    QByteArray out;
    QCOMPARE(source->read(out, 3), Status::Data);
    QCOMPARE(out, QByteArray("hel"));
    QCOMPARE(source->read(out, 4), Status::Data);
    QCOMPARE(out, QByteArray("hellowo"));
    const Status last = source->read(out, 100);
    QCOMPARE(last, Status::End);
    QCOMPARE(out, QByteArray("helloworld"));
}

void tst_BodySource::pushQueueBound_data()
{
    QTest::addColumn<QList<int>>("pushes"); // sizes; a negative one: read that many first
    QTest::addColumn<int>("okPushes"); // how many pushes succeed before it closes

    // Bound of 10 bytes in every row.
    QTest::newRow("exactly the bound fits") << QList<int> {10} << 1;
    QTest::newRow("one byte over closes") << QList<int> {11} << 0;
    QTest::newRow("pieces up to the bound fit") << QList<int> {6, 4} << 2;
    QTest::newRow("pieces past the bound close") << QList<int> {6, 5} << 1;
    // Only what the client has not taken counts.
    QTest::newRow("reading frees room") << QList<int> {6, -6, 6, -6, 10} << 3;
    QTest::newRow("partial reads free part of it") << QList<int> {10, -3, 3, 1} << 2;
}

void tst_BodySource::pushQueueBound()
{
    QFETCH(QList<int>, pushes);
    QFETCH(int, okPushes);

    auto [stream, source] = PushStream::create(10);
    int ok = 0;
    bool closed = false;
    for (const int p : pushes) {
        if (p < 0) {
            QByteArray out;
            QCOMPARE(source->read(out, -p), Status::Data);
            QCOMPARE(out.size(), -p);
            continue;
        }
        const bool accepted = stream->push(QByteArray(p, 'x'));
        QCOMPARE(accepted, !closed && ok < okPushes);
        if (accepted)
            ++ok;
        else
            closed = true;
    }
    QCOMPARE(ok, okPushes);
    const auto pushCount = std::count_if(pushes.cbegin(), pushes.cend(), [](int p) { return p >= 0; });
    QCOMPARE(stream->isClosed(), okPushes < pushCount);
    if (stream->isClosed()) {
        // Closed streams stay closed, and the reader sees the end rather
        // than waiting forever.
        QVERIFY(!stream->push("x"));
        const Drained d = drain(*source, 100);
        QVERIFY2(d.problem.isEmpty(), d.problem.constData());
        QCOMPARE(d.last, Status::End);
    }
}

void tst_BodySource::pushOverflowWakesReader()
{
    auto [stream, source] = PushStream::create(8);
    int wakeUps = 0;
    source->setWakeUp([&] { ++wakeUps; });
    QByteArray out;
    QCOMPARE(readPiece(*source, 100, out), Status::Wait);
    QVERIFY(!stream->push(QByteArray(9, 'x')));
    // The waiting reader must hear of the close, or it would hold the
    // connection open for nothing.
    QCOMPARE(wakeUps, 1);
    QCOMPARE(readPiece(*source, 100, out), Status::End);
}

void tst_BodySource::pushAfterSourceDestroyed()
{
    auto [stream, source] = PushStream::create(1024);
    int wakeUps = 0;
    source->setWakeUp([&] { ++wakeUps; });
    QByteArray out;
    QCOMPARE(readPiece(*source, 100, out), Status::Wait);
    QVERIFY(stream->push("a"));
    QCOMPARE(wakeUps, 1);
    QCOMPARE(readPiece(*source, 100, out), Status::Data);
    QCOMPARE(readPiece(*source, 100, out), Status::Wait);

    // The exchange ended (the client went away): the producer learns it from
    // push(), and the old wake-up (which would touch a dead connection) is
    // never called.
    source.reset();
    QVERIFY(stream->isClosed());
    QVERIFY(!stream->push("b"));
    stream->close();
    QCOMPARE(wakeUps, 1);
}

void tst_BodySource::pushFinishSoon()
{
    // A graceful stop: the stream ends after what it already has.
    auto [stream, source] = PushStream::create(1024);
    QVERIFY(stream->push("last words"));
    source->finishSoon();
    QVERIFY(stream->isClosed());
    QVERIFY(!stream->push("more"));
    const Drained d = drain(*source, 4);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    QCOMPARE(d.bytes, QByteArray("last words"));
}

void tst_BodySource::pushFromAnotherThread()
{
    constexpr int kEvents = 2000;
    QByteArray expected;
    for (int i = 0; i < kEvents; ++i)
        expected += "id: " + QByteArray::number(i) + "\ndata: " + QByteArray(i % 50, char('a' + i % 26)) + "\n\n";

    // Room for everything, so only a lost or reordered push could fail this.
    auto [stream, source] = PushStream::create(expected.size());
    std::atomic<int> wakeUps {0};
    source->setWakeUp([&] { wakeUps.fetch_add(1); });

    QByteArray got;
    // Nothing is queued yet, so the first read answers Wait: the wake-up
    // path is exercised at least once, whatever the threads' timing.
    QCOMPARE(readPiece(*source, 999, got), Status::Wait);
    int waits = 1;
    int seen = 0;

    std::atomic<int> refused {0};
    // A jthread joins even when a check below fails and returns early.
    std::jthread producer([stream = stream, &refused] {
        for (int i = 0; i < kEvents; ++i) {
            const QByteArray event
                = "id: " + QByteArray::number(i) + "\ndata: " + QByteArray(i % 50, char('a' + i % 26)) + "\n\n";
            if (!stream->push(event))
                refused.fetch_add(1);
        }
        stream->close();
    });

    Status s = Status::Wait;
    while (s == Status::Data || s == Status::Wait) {
        if (s == Status::Wait) {
            // The reader sleeps until the producer wakes it: a push or the
            // close that comes after a Wait must call the wake-up.
            QTRY_VERIFY_WITH_TIMEOUT(wakeUps.load() > seen, 10'000);
        }
        seen = wakeUps.load();
        s = readPiece(*source, 999, got);
        if (s == Status::Wait)
            ++waits;
    }
    producer.join();

    QCOMPARE(s, Status::End);
    QCOMPARE(refused.load(), 0);
    QCOMPARE(got.size(), expected.size());
    QVERIFY2(got == expected, "events arrived changed or out of order");
    // One wake-up per Wait, never a spurious one.
    QCOMPARE(wakeUps.load(), waits);
}

QTEST_GUILESS_MAIN(tst_BodySource)

#include "tst_bodysource.moc"
