// What the window learns while large bodies move (TransferFeed), and a
// device blocked for the session (Server::setBlocked).

#include "RawHttpClient.h"
#include "TestLinks.h"
#include "TestServer.h"

#include "server/http/limits.h"

#include <QTimer>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\nUser-Agent: test-phone\r\n\r\n";
}

std::unique_ptr<RawHttpClient> clientFrom(const char *source, quint16 port)
{
    auto c = std::make_unique<RawHttpClient>();
    if (!c->socket().bind(QHostAddress(QString::fromLatin1(source)), 0) || !c->connectTo(port))
        return nullptr;
    return c;
}

} // namespace

class tst_Transfers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void downloadIsFollowedToTheEnd();
    void uploadIsFollowedToTheEnd();
    void cutDownloadEndsAsFailed();
    void smallBodiesAreNotTransfers();
    void blockedDeviceIsRefusedForTheSession();
};

void tst_Transfers::downloadIsFollowedToTheEnd()
{
    TestServer s;
    const qint64 size = 20ll * 1024 * 1024;
    s.writePatternFile(QStringLiteral("video.bin"), size);
    QVERIFY(s.start());

    // A slow reader, so the download is seen moving.
    RawHttpClient client;
    client.socket().setReadBufferSize(64 * 1024);
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/video.bin"));
    qint64 received = 0;
    QTimer pace;
    pace.setInterval(2);
    QObject::connect(&pace, &QTimer::timeout, [&] { received += client.socket().read(64 * 1024).size(); });
    pace.start();

    TransferFeed *feed = s.server().transfers();
    QTRY_VERIFY_WITH_TIMEOUT(!feed->current().isEmpty(), 20000);
    const TransferProgress moving = feed->current().constBegin().value();
    QCOMPARE(moving.direction, TransferProgress::Direction::Download);
    QCOMPARE(moving.total, size);
    QCOMPARE(moving.target, QByteArray("/video.bin"));
    QCOMPARE(moving.client, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(moving.userAgent, QByteArray("test-phone"));
    QVERIFY(moving.done < size);
    // It keeps moving: a later report says more.
    QTRY_VERIFY_WITH_TIMEOUT(!feed->current().isEmpty() && feed->current().constBegin()->done > moving.done, 20000);

    QTRY_VERIFY_WITH_TIMEOUT(received >= size, 60000);
    pace.stop();
    QList<TransferProgress> ended;
    QTRY_VERIFY_WITH_TIMEOUT((ended += feed->takeEnded(), !ended.isEmpty()), 10000);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended[0].state, TransferProgress::State::Finished);
    QCOMPARE(ended[0].done, size);
    QVERIFY(feed->current().isEmpty());
}

void tst_Transfers::uploadIsFollowedToTheEnd()
{
    TestServer s;
    QVERIFY(s.start({}, collectingRoutes()));
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    // A chunked upload of unknown length, sent a piece at a time.
    client.send("POST /collect HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(256 * 1024, 'u');
    TransferFeed *feed = s.server().transfers();
    int sent = 0;
    QTimer pump;
    pump.setInterval(20);
    QObject::connect(&pump, &QTimer::timeout, [&] {
        if (sent < 24) {
            client.send(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            ++sent;
        }
    });
    pump.start();
    // Reported once past the size that makes it a transfer, length unknown.
    QTRY_VERIFY_WITH_TIMEOUT(!feed->current().isEmpty(), 20000);
    const TransferProgress moving = feed->current().constBegin().value();
    QCOMPARE(moving.direction, TransferProgress::Direction::Upload);
    QCOMPARE(moving.total, qint64(-1));
    QCOMPARE(moving.method, QByteArray("POST"));
    QVERIFY(moving.done >= Limits::kTransferMinBytes);
    QTRY_COMPARE_WITH_TIMEOUT(sent, 24, 20000);
    pump.stop();
    client.send("0\r\n\r\n");
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].header("X-Received-Bytes").toLongLong(), 24 * piece.size());
    QList<TransferProgress> ended;
    QTRY_VERIFY_WITH_TIMEOUT((ended += feed->takeEnded(), !ended.isEmpty()), 10000);
    QCOMPARE(ended[0].state, TransferProgress::State::Finished);
    QCOMPARE(ended[0].done, 24 * piece.size());
}

void tst_Transfers::cutDownloadEndsAsFailed()
{
    TestServer s;
    s.writePatternFile(QStringLiteral("big.bin"), 32ll * 1024 * 1024);
    QVERIFY(s.start());
    auto client = std::make_unique<RawHttpClient>();
    client->socket().setReadBufferSize(64 * 1024);
    QVERIFY(client->connectTo(s.port()));
    client->send(get("/big.bin"));
    TransferFeed *feed = s.server().transfers();
    QTRY_VERIFY_WITH_TIMEOUT(!feed->current().isEmpty(), 20000);
    client.reset(); // the phone walks out of range
    QList<TransferProgress> ended;
    QTRY_VERIFY_WITH_TIMEOUT((ended += feed->takeEnded(), !ended.isEmpty()), 20000);
    QCOMPARE(ended[0].state, TransferProgress::State::Failed);
    QVERIFY(ended[0].done < ended[0].total);
    QVERIFY(feed->current().isEmpty());
}

void tst_Transfers::smallBodiesAreNotTransfers()
{
    TestServer s;
    s.writeFile(QStringLiteral("small.txt"), QByteArray(1000, 's'));
    QVERIFY(s.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    for (int i = 0; i < 20; ++i)
        client.send(get("/small.txt"));
    QCOMPARE(client.readResponses(20).size(), 20);
    s.waitForRecords(20);
    QVERIFY(s.server().transfers()->current().isEmpty());
    QVERIFY(s.server().transfers()->takeEnded().isEmpty());
}

void tst_Transfers::blockedDeviceIsRefusedForTheSession()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    QVERIFY(s.start());
    const QHostAddress phone(QStringLiteral("127.0.0.2"));

    auto open = clientFrom("127.0.0.2", s.port());
    QVERIFY(open);
    open->send(get("/a.txt"));
    QCOMPARE(open->readResponses(1).size(), 1);

    s.server().setBlocked(phone, true);
    QVERIFY(s.server().isBlocked(phone));
    // Its open connection is closed at once...
    QVERIFY(open->waitForClose());
    // ...and a new one is told so.
    auto again = clientFrom("127.0.0.2", s.port());
    QVERIFY(again);
    again->send(get("/a.txt"));
    QVERIFY(again->waitForClose());
    const QList<WireResponse> refused = parseResponses(again->received(), {}, true);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0].status, 403);
    // Other devices are not affected.
    auto other = clientFrom("127.0.0.3", s.port());
    QVERIFY(other);
    other->send(get("/a.txt"));
    QCOMPARE(other->readResponses(1).value(0).status, 200);

    // For the session: a stop and a start of the same server keep it.
    QVERIFY(s.stop());
    QVERIFY(s.start());
    auto afterRestart = clientFrom("127.0.0.2", s.port());
    QVERIFY(afterRestart);
    afterRestart->send(get("/a.txt"));
    QVERIFY(afterRestart->waitForClose());
    QCOMPARE(parseResponses(afterRestart->received(), {}, true).value(0).status, 403);

    s.server().setBlocked(phone, false);
    auto unblocked = clientFrom("127.0.0.2", s.port());
    QVERIFY(unblocked);
    unblocked->send(get("/a.txt"));
    QCOMPARE(unblocked->readResponses(1).value(0).status, 200);
}

QTEST_GUILESS_MAIN(tst_Transfers)
#include "tst_transfers.moc"
