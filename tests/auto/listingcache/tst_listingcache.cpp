// The cache of rendered listings: when a page is kept, found, and dropped.

#include "server/files/ListingCache.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;

namespace {

constexpr qint64 kNow = 1'800'000'000'000; // ms since the epoch
constexpr qint64 kHourAgoNs = (kNow - 3'600'000) * 1'000'000;

FolderStamp stamp(qint64 modifiedNs, quint64 inode = 7)
{
    return FolderStamp {modifiedNs, 1, inode};
}

} // namespace

class tst_ListingCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foundWhileTheFolderIsUnchanged();
    void changedFolderIsDropped();
    void replacedFolderIsAnotherFolder();
    void variantsAreSeparate();
    void pagesExpire();
    void freshFolderIsNotKept();
    void largePageIsNotKept();
    void oldestGoFirstWhenFull();
    void stampOfARealFolder();
};

void tst_ListingCache::foundWhileTheFolderIsUnchanged()
{
    ListingCache cache;
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow, "page"));
    QCOMPARE(cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow + 10), QByteArray("page"));
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.totalBytes(), 4);
}

void tst_ListingCache::changedFolderIsDropped()
{
    ListingCache cache;
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow, "page"));
    QVERIFY(!cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs + 1), kNow + 10));
    // Dropped for good, not only missed.
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow + 10));
}

void tst_ListingCache::replacedFolderIsAnotherFolder()
{
    ListingCache cache;
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs, 7), kNow, "page"));
    QVERIFY(!cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs, 8), kNow + 10));
}

void tst_ListingCache::variantsAreSeparate()
{
    ListingCache cache;
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow, "json page"));
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "html de", stamp(kHourAgoNs), kNow, "html page"));
    QCOMPARE(cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow), QByteArray("json page"));
    QCOMPARE(cache.find(QStringLiteral("/srv/a"), "html de", stamp(kHourAgoNs), kNow), QByteArray("html page"));
    QVERIFY(!cache.find(QStringLiteral("/srv/a"), "html fr", stamp(kHourAgoNs), kNow));
    QVERIFY(!cache.find(QStringLiteral("/srv/b"), "json", stamp(kHourAgoNs), kNow));
}

void tst_ListingCache::pagesExpire()
{
    // A file changed in place does not touch its folder: its size and date
    // on a kept page are at most kMaxAgeMs old.
    ListingCache cache;
    QVERIFY(cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow, "page"));
    QVERIFY(cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow + ListingCache::kMaxAgeMs - 1));
    QVERIFY(!cache.find(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow + ListingCache::kMaxAgeMs));
    QCOMPARE(cache.size(), 0);
}

void tst_ListingCache::freshFolderIsNotKept()
{
    ListingCache cache;
    const qint64 justNowNs = (kNow - 10) * 1'000'000;
    QVERIFY(!ListingCache::settled(stamp(justNowNs), kNow));
    QVERIFY(!cache.store(QStringLiteral("/srv/a"), "json", stamp(justNowNs), kNow, "page"));
    QCOMPARE(cache.size(), 0);
    const qint64 settledNs = (kNow - ListingCache::kRacyMarginMs) * 1'000'000;
    QVERIFY(ListingCache::settled(stamp(settledNs), kNow));
}

void tst_ListingCache::largePageIsNotKept()
{
    ListingCache cache;
    QVERIFY(!cache.store(QStringLiteral("/srv/a"), "json", stamp(kHourAgoNs), kNow,
                         QByteArray(ListingCache::kMaxPageBytes + 1, 'x')));
    QCOMPARE(cache.size(), 0);
}

void tst_ListingCache::oldestGoFirstWhenFull()
{
    ListingCache cache;
    const qsizetype quarter = ListingCache::kMaxTotalBytes / 4;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(cache.store(QStringLiteral("/srv/%1").arg(i), "json", stamp(kHourAgoNs), kNow,
                            QByteArray(quarter, char('a' + i))));
        QVERIFY(cache.totalBytes() <= ListingCache::kMaxTotalBytes);
    }
    QCOMPARE(cache.size(), 4);
    QVERIFY(!cache.find(QStringLiteral("/srv/0"), "json", stamp(kHourAgoNs), kNow));
    QVERIFY(cache.find(QStringLiteral("/srv/4"), "json", stamp(kHourAgoNs), kNow));

    ListingCache many;
    for (int i = 0; i < ListingCache::kMaxEntries + 10; ++i)
        QVERIFY(many.store(QStringLiteral("/srv/%1").arg(i), "json", stamp(kHourAgoNs), kNow, "p"));
    QCOMPARE(many.size(), ListingCache::kMaxEntries);
}

void tst_ListingCache::stampOfARealFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::optional<FolderStamp> before = folderStamp(dir.path());
    QVERIFY(before);
    QVERIFY(before->inode != 0);
    QFile f(dir.filePath(QStringLiteral("new.txt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // Creating an entry moves the folder's time forward (or, on a coarse
    // clock, leaves it in the same tick: never backward).
    const std::optional<FolderStamp> after = folderStamp(dir.path());
    QVERIFY(after);
    QVERIFY(after->modifiedNs >= before->modifiedNs);
    QCOMPARE(after->inode, before->inode);
    QVERIFY(!folderStamp(dir.filePath(QStringLiteral("missing"))));
}

QTEST_GUILESS_MAIN(tst_ListingCache)
#include "tst_listingcache.moc"
