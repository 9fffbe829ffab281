// Sizes and dates for people (server/util/HumanFormat.h), shared by the
// listing pages and the window.

#include "server/util/HumanFormat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

class tst_HumanFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void humanSize_data();
    void humanSize();
    void humanSizeShape();
    void humanDateIsLocalMinutes();
};

void tst_HumanFormat::humanSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    // Powers of 1000; one decimal below 10, none from 10 up.
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("one byte") << qint64(1) << QStringLiteral("1 B");
    QTest::newRow("largest in bytes") << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("1000 is 1.0 KB, not 1024") << qint64(1000) << QStringLiteral("1.0 KB");
    QTest::newRow("1023 is still 1.0 KB") << qint64(1023) << QStringLiteral("1.0 KB");
    QTest::newRow("1234") << qint64(1234) << QStringLiteral("1.2 KB");
    QTest::newRow("9.9 KB") << qint64(9900) << QStringLiteral("9.9 KB");
    QTest::newRow("9.96 KB rounds to 10 KB, not 10.0") << qint64(9960) << QStringLiteral("10 KB");
    QTest::newRow("10 KB") << qint64(10000) << QStringLiteral("10 KB");
    QTest::newRow("999 KB") << qint64(999'000) << QStringLiteral("999 KB");
    QTest::newRow("999.4 KB rounds down") << qint64(999'400) << QStringLiteral("999 KB");
    QTest::newRow("999.7 KB rolls over to 1.0 MB") << qint64(999'700) << QStringLiteral("1.0 MB");
    QTest::newRow("999.99 KB rolls over to 1.0 MB") << qint64(999'990) << QStringLiteral("1.0 MB");
    QTest::newRow("1.0 MB") << qint64(1'000'000) << QStringLiteral("1.0 MB");
    QTest::newRow("1 MiB is 1.0 MB") << qint64(1'048'576) << QStringLiteral("1.0 MB");
    QTest::newRow("34 MB") << qint64(34'000'000) << QStringLiteral("34 MB");
    QTest::newRow("1.5 GB") << qint64(1'500'000'000) << QStringLiteral("1.5 GB");
    QTest::newRow("123 GB") << qint64(123'456'789'012) << QStringLiteral("123 GB");
    QTest::newRow("5 TB") << qint64(5'000'000'000'000) << QStringLiteral("5.0 TB");
    QTest::newRow("1 PB") << qint64(1'000'000'000'000'000) << QStringLiteral("1.0 PB");
}

void tst_HumanFormat::humanSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Servery::humanSize(bytes), expected);
}

void tst_HumanFormat::humanSizeShape()
{
    // Over many sizes, including every rounding edge: "N B" below 1000,
    // else "d.d UNIT" (1.0 to 9.9) or "NN UNIT" / "NNN UNIT" (10 to 999).
    static const QRegularExpression bytesForm(QStringLiteral("^[0-9]{1,3} B$"));
    static const QRegularExpression unitForm(QStringLiteral("^([1-9]\\.[0-9]|[1-9][0-9]{1,2}) [KMGTP]B$"));
    QList<qint64> sizes;
    for (double d = 1; d < 1e15; d *= 1.003)
        sizes.append(qint64(d));
    for (qint64 scale = 1000; scale < qint64(1e15); scale *= 1000) {
        for (const double edge : {9.949, 9.95, 9.951, 9.994, 9.995, 99.49, 99.5, 999.49, 999.5, 999.94, 999.95})
            sizes.append(qint64(edge * double(scale)));
    }
    for (const qint64 bytes : std::as_const(sizes)) {
        const QString s = Servery::humanSize(bytes);
        const QRegularExpression &re = bytes < 1000 ? bytesForm : unitForm;
        QVERIFY2(re.match(s).hasMatch(), qPrintable(QString::number(bytes) + QStringLiteral(" -> ") + s));
    }
}

void tst_HumanFormat::humanDateIsLocalMinutes()
{
    // The same fields QDateTime gives in local time, to the minute.
    for (const qint64 secs : {qint64(0), qint64(1'700'000'000), qint64(1'798'761'599), qint64(951'782'400)}) {
        const QString expected
            = QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(Servery::humanDate(secs), expected);
    }
}

QTEST_APPLESS_MAIN(tst_HumanFormat)
#include "tst_humanformat.moc"
