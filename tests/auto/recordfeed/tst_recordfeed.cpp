// Tests of the record feed between workers and the request log: ordering,
// batching of announcements, flush, and the cap on records nobody takes.

#include "server/http/limits.h"
#include "server/log/RecordFeed.h"

#include <QtTest>

using namespace Servery;

namespace {

using Ids = QList<quint64>;

constexpr int kInterval = int(Limits::kRecordBatchInterval.count());
// Long enough that a pending announcement would certainly have been made.
constexpr int kQuietWait = 3 * kInterval;

QList<RequestRecord> batchOf(const Ids &ids)
{
    QList<RequestRecord> out;
    out.reserve(ids.size());
    for (const quint64 id : ids) {
        RequestRecord r;
        r.id = id;
        out.append(r);
    }
    return out;
}

QList<RequestRecord> rangeOf(quint64 first, qsizetype count)
{
    QList<RequestRecord> out(count);
    for (qsizetype i = 0; i < count; ++i)
        out[i].id = first + quint64(i);
    return out;
}

Ids idsOf(const QList<RequestRecord> &records)
{
    Ids out;
    out.reserve(records.size());
    for (const RequestRecord &r : records)
        out.append(r.id);
    return out;
}

} // namespace

class tst_RecordFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyFeed();
    void takeReturnsEverythingInIdOrder_data();
    void takeReturnsEverythingInIdOrder();
    void takeInSlicesKeepsWholeBatches();
    void appendsWithinTheIntervalAnnounceOnce();
    void announcementsAreSpacedByTheInterval();
    void emptyBatchIsIgnored();
    void flushAnnouncesAtOnce();
    void flushWithNothingPendingIsSilent();
    void capDropsTheOldest_data();
    void capDropsTheOldest();
    void droppedCountAccumulates();
};

void tst_RecordFeed::emptyFeed()
{
    RecordFeed feed;
    QCOMPARE(feed.pendingCount(), 0);
    QCOMPARE(feed.droppedCount(), quint64(0));
    QVERIFY(feed.take().isEmpty());
}

void tst_RecordFeed::takeReturnsEverythingInIdOrder_data()
{
    QTest::addColumn<QList<Ids>>("batches");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("one batch in order") << QList<Ids> {{1, 2, 3}} << Ids {1, 2, 3};
    QTest::newRow("one batch out of order") << QList<Ids> {{3, 1, 2}} << Ids {1, 2, 3};
    QTest::newRow("batches arrive in reverse") << QList<Ids> {{7}, {4, 5, 6}, {1, 2, 3}} << Ids {1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("two workers interleave") << QList<Ids> {{1, 3, 5, 7}, {2, 4, 6}} << Ids {1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("many small batches shuffled")
        << QList<Ids> {{10}, {2, 9}, {1}, {5, 6, 8}, {3}, {4, 7}} << Ids {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("ids far apart") << QList<Ids> {{1'000'000'000'000}, {42}, {7'000}}
                                   << Ids {42, 7'000, 1'000'000'000'000};
}

void tst_RecordFeed::takeReturnsEverythingInIdOrder()
{
    QFETCH(QList<Ids>, batches);
    QFETCH(Ids, expected);

    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    for (const Ids &ids : std::as_const(batches))
        feed.append(batchOf(ids));
    QCOMPARE(feed.pendingCount(), expected.size());

    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(feed.take()), expected);

    // take() empties the feed.
    QCOMPARE(feed.pendingCount(), 0);
    QVERIFY(feed.take().isEmpty());
    QCOMPARE(feed.droppedCount(), quint64(0));
}

void tst_RecordFeed::takeInSlicesKeepsWholeBatches()
{
    // A consumer that takes a slice per turn gets whole batches, oldest
    // first, as many as fit, but always one; each slice in id order.
    RecordFeed feed;
    feed.append(batchOf({3, 1, 2}));
    feed.append(batchOf({5, 4}));
    feed.append(batchOf({9, 8, 7, 6}));
    feed.append(batchOf({10}));
    QCOMPARE(feed.pendingCount(), 10);
    QCOMPARE(idsOf(feed.take(5)), (Ids {1, 2, 3, 4, 5}));
    QCOMPARE(feed.pendingCount(), 5);
    QCOMPARE(idsOf(feed.take(2)), (Ids {6, 7, 8, 9})); // larger than asked: one batch
    QCOMPARE(idsOf(feed.take(100)), Ids {10});
    QCOMPARE(feed.pendingCount(), 0);
    QVERIFY(feed.take(10).isEmpty());
}

void tst_RecordFeed::appendsWithinTheIntervalAnnounceOnce()
{
    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    feed.append(batchOf({1, 2}));
    feed.append(batchOf({3}));
    feed.append(batchOf({4, 5}));
    QCOMPARE(spy.count(), 0); // announced from the event loop, not from append()

    QVERIFY(spy.wait());
    QVERIFY(!spy.wait(kQuietWait));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(idsOf(feed.take()), (Ids {1, 2, 3, 4, 5}));
}

void tst_RecordFeed::announcementsAreSpacedByTheInterval()
{
    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    feed.append(batchOf({1}));
    QVERIFY(spy.wait());
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    QCOMPARE(idsOf(feed.take()), Ids {1});

    // More records right after an announcement wait for the interval to pass.
    feed.append(batchOf({2}));
    feed.append(batchOf({3}));
    QVERIFY(spy.wait());
    const qint64 gap = sinceFirst.elapsed();
    QCOMPARE(spy.count(), 2);
    // Qt's coarse timers may fire up to 5% early; allow for that and more.
    QVERIFY2(gap >= kInterval * 8 / 10, qPrintable(QStringLiteral("second announcement after %1 ms").arg(gap)));
    QCOMPARE(idsOf(feed.take()), (Ids {2, 3}));
}

void tst_RecordFeed::emptyBatchIsIgnored()
{
    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    feed.append({});
    QCOMPARE(feed.pendingCount(), 0);
    QVERIFY(!spy.wait(kQuietWait));
    QCOMPARE(spy.count(), 0);
}

void tst_RecordFeed::flushAnnouncesAtOnce()
{
    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    feed.append(batchOf({2, 1}));
    feed.flush();
    QCOMPARE(spy.count(), 1); // synchronously, without the event loop

    // The timer that append() started was stopped: no second announcement.
    QVERIFY(!spy.wait(kQuietWait));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(feed.pendingCount(), 2);
    QCOMPARE(idsOf(feed.take()), (Ids {1, 2}));

    // Right after an announcement, flush() still does not wait.
    feed.append(batchOf({3}));
    feed.flush();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(idsOf(feed.take()), Ids {3});
}

void tst_RecordFeed::flushWithNothingPendingIsSilent()
{
    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    feed.flush();
    QCOMPARE(spy.count(), 0);

    feed.append(batchOf({1}));
    QVERIFY(spy.wait());
    QCOMPARE(feed.take().size(), 1);
    feed.flush();
    QCOMPARE(spy.count(), 1);
}

void tst_RecordFeed::capDropsTheOldest_data()
{
    QTest::addColumn<QList<qsizetype>>("batchSizes");
    QTest::addColumn<qsizetype>("dropped");

    constexpr qsizetype cap = Limits::kMaxPendingRecords;
    QTest::newRow("exactly the cap drops nothing") << QList<qsizetype> {cap / 2, cap - cap / 2} << qsizetype(0);
    QTest::newRow("second batch overflows by 10")
        << QList<qsizetype> {cap * 6 / 10, cap * 4 / 10 + 10} << qsizetype(10);
    QTest::newRow("one batch larger than the cap") << QList<qsizetype> {cap + 5} << qsizetype(5);
    QTest::newRow("small last batch overflows")
        << QList<qsizetype> {cap / 4, cap / 4, cap / 4, cap - 3 * (cap / 4), 10} << qsizetype(10);
}

void tst_RecordFeed::capDropsTheOldest()
{
    QFETCH(QList<qsizetype>, batchSizes);
    QFETCH(qsizetype, dropped);

    RecordFeed feed;
    QSignalSpy spy(&feed, &RecordFeed::recordsAvailable);
    quint64 nextId = 1;
    for (const qsizetype n : std::as_const(batchSizes)) {
        feed.append(rangeOf(nextId, n));
        nextId += quint64(n);
    }
    const quint64 lastId = nextId - 1;

    QCOMPARE(feed.pendingCount(), Limits::kMaxPendingRecords);
    QCOMPARE(feed.droppedCount(), quint64(dropped));

    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    const QList<RequestRecord> records = feed.take();
    QCOMPARE(records.size(), Limits::kMaxPendingRecords);
    // The oldest went first: what is left is the newest, still in order.
    QCOMPARE(records.constFirst().id, quint64(dropped) + 1);
    QCOMPARE(records.constLast().id, lastId);
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records[i].id != records[i - 1].id + 1)
            QFAIL(qPrintable(QStringLiteral("gap after id %1").arg(records[i - 1].id)));
    }
    QCOMPARE(feed.pendingCount(), 0);
    QCOMPARE(feed.droppedCount(), quint64(dropped));
}

void tst_RecordFeed::droppedCountAccumulates()
{
    RecordFeed feed;
    feed.append(rangeOf(1, Limits::kMaxPendingRecords + 3));
    QCOMPARE(feed.droppedCount(), quint64(3));
    QCOMPARE(feed.take().size(), Limits::kMaxPendingRecords);

    // A consumer that takes in time loses nothing more...
    feed.append(rangeOf(1'000'000, 100));
    QCOMPARE(feed.take().size(), 100);
    QCOMPARE(feed.droppedCount(), quint64(3));

    // ...and one that falls behind again adds to the count.
    feed.append(rangeOf(2'000'000, Limits::kMaxPendingRecords));
    feed.append(rangeOf(3'000'000, 7));
    QCOMPARE(feed.droppedCount(), quint64(10));
    const QList<RequestRecord> records = feed.take();
    QCOMPARE(records.size(), Limits::kMaxPendingRecords);
    QCOMPARE(records.constFirst().id, quint64(2'000'007));
    QCOMPARE(records.constLast().id, quint64(3'000'006));
}

QTEST_GUILESS_MAIN(tst_RecordFeed)
#include "tst_recordfeed.moc"
