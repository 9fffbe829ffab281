// Black-box: the real binary lists a folder of 100,000 files to four slow
// clients at once. Listings are sorted once and rendered in pieces through
// the same back-pressure as files, so memory stays bounded and the worker
// keeps serving everyone else meanwhile.

#include "RawHttpClient.h"
#include "ServeryProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

constexpr int kEntries = 100'000;
constexpr int kListings = 4;

} // namespace

class tst_ListingLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fourHugeListingsAtOnce();

private:
    QTemporaryDir m_site;
};

void tst_ListingLoad::initTestCase()
{
    QVERIFY(m_site.isValid());
    QVERIFY(QDir(m_site.path()).mkdir(QStringLiteral("many")));
    const QByteArray folder = QFile::encodeName(m_site.path() + QStringLiteral("/many/"));
    for (int i = 0; i < kEntries; ++i) {
        // Names of varied length, so rows are not all alike.
        const QByteArray name = folder + "file-" + QByteArray::number(i) + (i % 3 ? "-photo.jpg" : ".txt");
        const int fd = ::open(name.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }
    QFile small(m_site.filePath(QStringLiteral("small.txt")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("small and quick\n");
}

void tst_ListingLoad::fourHugeListingsAtOnce()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (builtWithAddressSanitizer()) {
        // AddressSanitizer keeps freed memory in a quarantine (256 MiB by
        // default) to catch use after free; keep it small here so the
        // process's memory says something about the server's own.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=16"));
    }
    ServeryProcess s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--local-only"), QStringLiteral("--quiet"), QStringLiteral("--workers"),
                      QStringLiteral("2")},
                     {}, env);
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    const qint64 pid = s.processId();
    const qint64 idleKiB = processStatusKiB(pid, "VmRSS");

    // Four clients ask for the listing and read slowly: each takes only what
    // fits its 64 KiB buffer, so every listing stays in flight.
    std::vector<std::unique_ptr<RawHttpClient>> listings;
    for (int i = 0; i < kListings; ++i) {
        auto c = std::make_unique<RawHttpClient>();
        c->socket().setReadBufferSize(64 * 1024);
        QVERIFY(c->connectTo(port));
        // Two thirds of the names are photos: the page comes as a grid of
        // thumbnails unless the list is asked for.
        c->send(i == kListings - 1
                    ? QByteArray("GET /many/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                    : i == 0 ? QByteArray("GET /many/?view=list HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                             : QByteArray("GET /many/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        listings.push_back(std::move(c));
    }
    for (auto &c : listings)
        QVERIFY(c->waitForBytes(16 * 1024, 60s));

    // Meanwhile a small file is answered, before any listing is done.
    QElapsedTimer clock;
    clock.start();
    RawHttpClient quick;
    QVERIFY(quick.connectTo(port));
    quick.send("GET /small.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QList<WireResponse> r = quick.readResponses(1, {}, 30s);
    const qint64 quickMs = clock.elapsed();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, QByteArray("small and quick\n"));
    for (auto &c : listings) {
        const QList<WireResponse> partial = parseResponses(c->received(), {}, false);
        QVERIFY2(partial.isEmpty(), "a listing was complete before the small file was asked for");
    }
    qInfo() << "small file answered in" << quickMs << "ms while" << kListings << "listings of" << kEntries
            << "entries were in flight";

    // Every listing arrives whole.
    for (int i = 0; i < kListings; ++i) {
        RawHttpClient &c = *listings[size_t(i)];
        c.socket().setReadBufferSize(0);
        const QList<WireResponse> done = c.readResponses(1, {}, 120s);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done[0].status, 200);
        QVERIFY(done[0].chunked && !done[0].malformed);
        if (i == kListings - 1) {
            QCOMPARE(done[0].body.count("\"type\":\"file\""), kEntries);
            QVERIFY(done[0].body.endsWith("]}"));
        } else if (i == 0) {
            QCOMPARE(done[0].body.count("<tr><td class=\"n\">"), kEntries);
            QVERIFY(done[0].body.endsWith("</html>\n"));
        } else {
            QCOMPARE(done[0].body.count("<li><a href=\"./file-"), kEntries);
            QCOMPARE(done[0].body.count("?thumb\" alt=\"\">"), kEntries / 3 * 2);
            QVERIFY(done[0].body.endsWith("</html>\n"));
        }
    }

    const qint64 peakKiB = processStatusKiB(pid, "VmHWM");
    qInfo() << "server memory: idle" << idleKiB / 1024 << "MiB, peak" << peakKiB / 1024 << "MiB";
    // Four listings of 100,000 entries at once stay under 150 MiB. Under
    // AddressSanitizer every allocation carries shadow memory and red zones,
    // and freed memory waits in quarantine, so there the bound is on what the
    // listings add to the idle process.
    if (builtWithAddressSanitizer())
        QVERIFY2(peakKiB - idleKiB < 150 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peakKiB - idleKiB)));
    else
        QVERIFY2(peakKiB < 150 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peakKiB)));
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(tst_ListingLoad)
#include "tst_listingload.moc"
