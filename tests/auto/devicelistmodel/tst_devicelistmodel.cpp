// Who is connected (DeviceListModel): one row per address, named from its
// User-Agent, with requests, bytes and last seen; blocked devices marked.

#include "DeviceListModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Servery;

namespace {

RequestRecord record(const char *address, const QByteArray &userAgent, qint64 bytes, qint64 atMs)
{
    RequestRecord r;
    r.clientAddress = QHostAddress(QString::fromLatin1(address));
    if (!userAgent.isEmpty())
        r.requestHeaders.append("User-Agent", userAgent);
    r.bytesSent = bytes;
    r.startedAtMs = atMs;
    return r;
}

const QByteArray kIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                           "Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const QByteArray kCurl = "curl/7.88.1";

QString cell(const DeviceListModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class tst_DeviceListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerAddress();
    void thisComputerIsNamedAndNotOther();
    void blockedIsMarked();
    void boundedByLeastRecentlySeen();
};

void tst_DeviceListModel::oneRowPerAddress()
{
    DeviceListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.addRecords({record("192.168.1.40", kIphone, 1000, 1'000), record("192.168.1.40", kIphone, 500, 2'000),
                  record("192.168.1.41", kCurl, 10, 1'500)});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(cell(m, 0, DeviceListModel::DeviceColumn), QStringLiteral("iPhone Safari"));
    QCOMPARE(cell(m, 0, DeviceListModel::AddressColumn), QStringLiteral("192.168.1.40"));
    QCOMPARE(cell(m, 0, DeviceListModel::RequestsColumn), QStringLiteral("2"));
    QCOMPARE(cell(m, 0, DeviceListModel::DataColumn), QStringLiteral("1.5 KB"));
    QCOMPARE(cell(m, 1, DeviceListModel::DeviceColumn), QStringLiteral("curl"));
    QCOMPARE(m.firstOtherDevice(), QStringLiteral("iPhone Safari"));
    QCOMPARE(m.otherDeviceCount(), 2);
    // A record without a User-Agent keeps the name already known.
    m.addRecords({record("192.168.1.40", {}, 0, 3'000)});
    QCOMPARE(cell(m, 0, DeviceListModel::DeviceColumn), QStringLiteral("iPhone Safari"));
    QCOMPARE(cell(m, 0, DeviceListModel::RequestsColumn), QStringLiteral("3"));
    // Another browser on the same address names it anew.
    m.addRecords({record("192.168.1.40", kCurl, 0, 4'000)});
    QCOMPARE(cell(m, 0, DeviceListModel::DeviceColumn), QStringLiteral("curl"));
}

void tst_DeviceListModel::thisComputerIsNamedAndNotOther()
{
    DeviceListModel m;
    m.addRecords({record("127.0.0.1", kCurl, 1, 1), record("::1", kCurl, 1, 2)});
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(cell(m, 0, DeviceListModel::DeviceColumn), QStringLiteral("This computer"));
    QVERIFY(m.data(m.index(0, 0), DeviceListModel::ThisComputerRole).toBool());
    QVERIFY(m.firstOtherDevice().isEmpty());
    QCOMPARE(m.otherDeviceCount(), 0);
}

void tst_DeviceListModel::blockedIsMarked()
{
    DeviceListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.addRecords({record("10.0.0.7", kIphone, 1, 1)});
    m.setBlocked(QHostAddress(QStringLiteral("10.0.0.7")), true);
    QVERIFY(m.data(m.index(0, 0), DeviceListModel::BlockedRole).toBool());
    QVERIFY(cell(m, 0, DeviceListModel::DeviceColumn).contains(QStringLiteral("blocked")));
    QCOMPARE(m.data(m.index(0, 0), DeviceListModel::AddressRole).toString(), QStringLiteral("10.0.0.7"));
    m.setBlocked(QHostAddress(QStringLiteral("10.0.0.7")), false);
    QVERIFY(!m.data(m.index(0, 0), DeviceListModel::BlockedRole).toBool());
}

void tst_DeviceListModel::boundedByLeastRecentlySeen()
{
    DeviceListModel m;
    QList<RequestRecord> many;
    for (int i = 0; i < DeviceListModel::kMaxDevices; ++i)
        many.append(record(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 1).toLatin1().constData(), kCurl, 1,
                           1000 + i));
    m.addRecords(many);
    QCOMPARE(m.rowCount(), DeviceListModel::kMaxDevices);
    m.addRecords({record("10.9.9.9", kCurl, 1, 999'999)});
    QCOMPARE(m.rowCount(), DeviceListModel::kMaxDevices);
    // The one seen longest ago (10.1.0.1, at 1000) made room.
    for (int row = 0; row < m.rowCount(); ++row)
        QVERIFY(cell(m, row, DeviceListModel::AddressColumn) != QStringLiteral("10.1.0.1"));
    // The rows moved up; a device seen again is counted on its own row.
    m.addRecords({record("10.1.0.2", kCurl, 1, 1'000'000)});
    QCOMPARE(cell(m, 0, DeviceListModel::AddressColumn), QStringLiteral("10.1.0.2"));
    QCOMPARE(cell(m, 0, DeviceListModel::RequestsColumn), QStringLiteral("2"));
    QCOMPARE(cell(m, m.rowCount() - 1, DeviceListModel::AddressColumn), QStringLiteral("10.9.9.9"));
}

QTEST_MAIN(tst_DeviceListModel)
#include "tst_devicelistmodel.moc"
