// The Transfers view's model: files, devices, progress, smoothed speed and
// time left from the engine's reports; ended transfers kept until cleared.

#include "TransferListModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Servery;

namespace {

TransferProgress transfer(quint64 id, qint64 done, qint64 total,
                          TransferProgress::State state = TransferProgress::State::Running)
{
    TransferProgress t;
    t.id = id;
    t.direction = TransferProgress::Direction::Download;
    t.state = state;
    t.method = "GET";
    t.target = "/Holiday%202026/clip%20%231.mp4?download";
    t.client = QHostAddress(QStringLiteral("192.168.1.40"));
    t.userAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/124.0 Mobile Safari/537.36";
    t.total = total;
    t.done = done;
    t.startedAtMs = 10'000;
    return t;
}

QString cell(const TransferListModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

} // namespace

class tst_TransferListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runningDownloadShowsProgressSpeedAndTimeLeft();
    void uploadUsesTheHandlersLabel();
    void endedStayUntilCleared();
    void unknownLength();
};

void tst_TransferListModel::runningDownloadShowsProgressSpeedAndTimeLeft()
{
    TransferListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 10 MB in the first second, then 10 MB more in the next.
    m.update({{1, transfer(1, 10'000'000, 100'000'000)}}, {}, 11'000);
    m.update({{1, transfer(1, 20'000'000, 100'000'000)}}, {}, 12'000);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(cell(m, 0, TransferListModel::FileColumn), QStringLiteral("\u2193 clip #1.mp4"));
    QCOMPARE(cell(m, 0, TransferListModel::DeviceColumn), QStringLiteral("Android Chrome"));
    QCOMPARE(m.data(m.index(0, 0), TransferListModel::PercentRole).toInt(), 20);
    QCOMPARE(cell(m, 0, TransferListModel::ProgressColumn), QStringLiteral("20 MB of 100 MB"));
    QCOMPARE(cell(m, 0, TransferListModel::SpeedColumn), QStringLiteral("10 MB/s"));
    QCOMPARE(cell(m, 0, TransferListModel::TimeLeftColumn), QStringLiteral("8 s"));
    QCOMPARE(m.runningCount(), 1);
}

void tst_TransferListModel::uploadUsesTheHandlersLabel()
{
    TransferListModel m;
    TransferProgress up = transfer(2, 5, 10);
    up.direction = TransferProgress::Direction::Upload;
    up.target = "/uploads/?tus=abcdef";
    up.label = QStringLiteral("IMG_0412.HEIC");
    m.update({{2, up}}, {}, 11'000);
    QCOMPARE(cell(m, 0, TransferListModel::FileColumn), QStringLiteral("\u2191 IMG_0412.HEIC"));
    QCOMPARE(m.data(m.index(0, 0), TransferListModel::DirectionRole).toInt(), int(TransferProgress::Direction::Upload));
}

void tst_TransferListModel::endedStayUntilCleared()
{
    TransferListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.update({{1, transfer(1, 5, 10)}, {2, transfer(2, 5, 10)}}, {}, 11'000);
    m.update(
        {},
        {transfer(1, 10, 10, TransferProgress::State::Finished), transfer(2, 7, 10, TransferProgress::State::Failed)},
        12'000);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.runningCount(), 0);
    QStringList states;
    for (int row = 0; row < 2; ++row)
        states.append(cell(m, row, TransferListModel::TimeLeftColumn));
    states.sort();
    QCOMPARE(states, (QStringList {QStringLiteral("Done"), QStringLiteral("Stopped")}));
    m.update({{3, transfer(3, 1, 10)}}, {}, 13'000);
    m.clearEnded();
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.runningCount(), 1);
}

void tst_TransferListModel::unknownLength()
{
    TransferListModel m;
    m.update({{4, transfer(4, 3'000'000, -1)}}, {}, 11'000);
    QCOMPARE(m.data(m.index(0, 0), TransferListModel::PercentRole).toInt(), -1);
    QCOMPARE(cell(m, 0, TransferListModel::ProgressColumn), QStringLiteral("3.0 MB"));
    QVERIFY(cell(m, 0, TransferListModel::TimeLeftColumn).isEmpty());
}

QTEST_MAIN(tst_TransferListModel)
#include "tst_transferlistmodel.moc"
