// The notice a person sees when a phone's upload finishes: one per device
// once it is quiet, counting what the server said it saved.

#include "UploadNotices.h"

#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace Servery;

namespace {

const QByteArray kIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                           "Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const QByteArray kAndroid = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                            "Chrome/120.0.0.0 Mobile Safari/537.36";

RequestRecord saved(const char *address, const QByteArray &userAgent, const QByteArrayList &names, int status = 201)
{
    RequestRecord r;
    r.clientAddress = QHostAddress(QString::fromLatin1(address));
    r.method = "POST";
    r.target = "/";
    r.status = status;
    r.requestHeaders.append("User-Agent", userAgent);
    for (const QByteArray &n : names)
        r.responseHeaders.append("Servery-Saved-As", n);
    return r;
}

} // namespace

class tst_UploadNotices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void text_data();
    void text();
    void oneNoticePerDeviceWhenQuiet();
    void refusedAndOrdinaryRequestsSayNothing();
    void stillSendingWaits();

private:
    QTranslator m_english;
};

void tst_UploadNotices::initTestCase()
{
    // English plural forms ("1 photo from ...") come from the English catalogue, as in
    // the app, whatever language the machine running the test speaks.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/servery_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void tst_UploadNotices::text_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");
    QTest::newRow("photos") << QStringList {QStringLiteral("IMG_1.HEIC"), QStringLiteral("b.jpg"),
                                            QStringLiteral("c.png")}
                            << QStringLiteral("3 photos from iPhone Safari saved to Holiday");
    QTest::newRow("one photo") << QStringList {QStringLiteral("a.jpeg")}
                               << QStringLiteral("1 photo from iPhone Safari saved to Holiday");
    QTest::newRow("videos") << QStringList {QStringLiteral("a.mov"), QStringLiteral("b.MP4")}
                            << QStringLiteral("2 videos from iPhone Safari saved to Holiday");
    QTest::newRow("mixed") << QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.mov")}
                           << QStringLiteral("2 files from iPhone Safari saved to Holiday");
    QTest::newRow("one file") << QStringList {QStringLiteral("notes")}
                              << QStringLiteral("1 file from iPhone Safari saved to Holiday");
}

void tst_UploadNotices::text()
{
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    QCOMPARE(UploadNotices::text(names, QStringLiteral("iPhone Safari"), QStringLiteral("Holiday")), expected);
}

void tst_UploadNotices::oneNoticePerDeviceWhenQuiet()
{
    UploadNotices notices;
    notices.setQuietInterval(20);
    notices.setFolderName(QStringLiteral("Holiday"));
    QSignalSpy ready(&notices, &UploadNotices::noticeReady);
    // A form with two photos, then a resumable upload (percent-encoded
    // UTF-8 name) from the same phone; a PUT from another.
    notices.addRecords(
        {saved("192.168.1.20", kIphone, {"a.jpg", "b.jpg"}), saved("192.168.1.21", kAndroid, {"report.pdf"}, 200)});
    notices.addRecords({saved("192.168.1.20", kIphone, {"caf%C3%A9%20%281%29.jpg"}, 204)});
    QVERIFY(ready.wait(5000));
    QTRY_COMPARE(ready.size(), 2);
    QHash<QString, QStringList> byText;
    for (const QList<QVariant> &args : std::as_const(ready))
        byText.insert(args.at(0).toString(), args.at(1).toStringList());
    QCOMPARE(byText.value(QStringLiteral("3 photos from iPhone Safari saved to Holiday")),
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("caf\u00e9 (1).jpg")}));
    QVERIFY2(byText.contains(QStringLiteral("1 file from Android Chrome saved to Holiday")),
             qPrintable(byText.keys().join(u'|')));
}

void tst_UploadNotices::refusedAndOrdinaryRequestsSayNothing()
{
    UploadNotices notices;
    notices.setQuietInterval(10);
    QSignalSpy ready(&notices, &UploadNotices::noticeReady);
    RequestRecord get;
    get.clientAddress = QHostAddress(QStringLiteral("192.168.1.20"));
    get.status = 200;
    notices.addRecords(
        {get, saved("192.168.1.20", kIphone, {"a.jpg"}, 507), saved("192.168.1.20", kIphone, {"a.jpg"}, 409)});
    // Something that does come, so the wait has an end.
    notices.addRecords({saved("192.168.1.30", kAndroid, {"x.jpg"})});
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(1).toStringList(), QStringList {QStringLiteral("x.jpg")});
}

void tst_UploadNotices::stillSendingWaits()
{
    UploadNotices notices;
    notices.setQuietInterval(300);
    QSignalSpy ready(&notices, &UploadNotices::noticeReady);
    QElapsedTimer clock;
    clock.start();
    notices.addRecords({saved("192.168.1.20", kIphone, {"1.jpg"})});
    // More keeps coming: each batch restarts the quiet interval.
    QTimer more;
    int sent = 1;
    connect(&more, &QTimer::timeout, &notices, [&] {
        if (sent < 5)
            notices.addRecords({saved("192.168.1.20", kIphone, {QByteArray::number(++sent) + ".jpg"})});
    });
    more.start(100);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(1).toStringList().size(), 5);
    QVERIFY(ready.at(0).at(0).toString().startsWith(QStringLiteral("5 photos")));
}

QTEST_GUILESS_MAIN(tst_UploadNotices)
#include "tst_uploadnotices.moc"
