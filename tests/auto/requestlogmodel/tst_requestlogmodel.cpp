// Tests of the live request log: RequestLogModel (one insertion per batch,
// the cap removes oldest rows first, lookups, row keys, what each cell
// shows, the Rule column, the search over headers and bodies) and
// RequestFilterModel over it (words, status classes, new batches, globs).
// Every test but the 100,000-record one runs with QAbstractItemModelTester
// watching both models. The filter's tokens are tested through the panel's
// filter field in tst_logpanel.

#include "RequestFilterModel.h"
#include "RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Servery;

namespace {

using Ids = QList<quint64>;
using Filter = RequestFilterModel;

const QByteArray kIphoneSafari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
                                 "(KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";

RequestRecord record(quint64 id, const char *address = "127.0.0.1", int status = 200, QByteArray target = "/")
{
    RequestRecord r;
    r.id = id;
    r.clientAddress = QHostAddress(QString::fromLatin1(address));
    r.method = "GET";
    r.target = std::move(target);
    r.httpVersion = "HTTP/1.1";
    r.status = status;
    return r;
}

QList<RequestRecord> range(quint64 first, quint64 last, const char *address = "127.0.0.1")
{
    QList<RequestRecord> out;
    for (quint64 id = first; id <= last; ++id)
        out << record(id, address);
    return out;
}

Ids idsOf(const QAbstractItemModel &model)
{
    Ids out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(RequestLogModel::RecordIdRole).value<quint64>();
    return out;
}

Ids iota(quint64 first, quint64 last)
{
    Ids out;
    for (quint64 id = first; id <= last; ++id)
        out << id;
    return out;
}

// The order of structural signals, e.g. "remove 0-2", "insert 7-11".
class SignalLog {
public:
    explicit SignalLog(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, model,
                         [this](const QModelIndex &, int first, int last) { add("remove", first, last); });
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, model,
                         [this](const QModelIndex &, int first, int last) { add("insert", first, last); });
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model,
                         [this] { entries << QStringLiteral("reset"); });
    }
    QStringList entries;

private:
    void add(const char *what, int first, int last)
    {
        entries << QStringLiteral("%1 %2-%3").arg(QLatin1String(what)).arg(first).arg(last);
    }
};

} // namespace

class tst_RequestLogModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachBatchIsOneInsertion();
    void emptyBatchChangesNothing();
    void capRemovesOldestBeforeInserting();
    void batchLargerThanCapacityKeepsItsNewest();
    void shrinkingCapacityDropsOldest();
    void clearResetsOnce();
    void rowForId();
    void rowForIdWhenALongExchangeFinishesLate();
    void byteBudgetEvictsOldest();
    void distinctClientsFollowTheRows();
    void displayText_data();
    void displayText();
    void timeIsLocalWithMilliseconds();
    void clientLabelWithoutUserAgentIsTheAddress();
    void statusRoleAndColours();
    void statusColoursReadOnLightAndDarkBases_data();
    void statusColoursReadOnLightAndDarkBases();
    void filterWordsMustAllMatch_data();
    void filterWordsMustAllMatch();
    void filterStatusClasses_data();
    void filterStatusClasses();
    void filterAppliesToNewBatches();
    void ruleColumn();
    void rowsWithRuleFollowTheRows();
    void rowKeysTellApartRecordsWithTheSameId();
    void rawHeadCountsTowardsTheByteBudget();
    void containsIgnoringCase_data();
    void containsIgnoringCase();
    void headersContain();
    void bodiesContainOnlyWhatIsInMemory();
    void globMatches_data();
    void globMatches();
    void plainWordsSearchHeadersAndBodies();
    void hundredThousandRecordsKeepTheNewestTenThousand();

private:
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<Filter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void tst_RequestLogModel::init()
{
    m_model = std::make_unique<RequestLogModel>();
    m_filter = std::make_unique<Filter>();
    m_filter->setSourceModel(m_model.get());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(), mode);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_filter.get(), mode);
}

void tst_RequestLogModel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
}

void tst_RequestLogModel::eachBatchIsOneInsertion()
{
    QSignalSpy aboutToInsert(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_model->appendBatch(range(1, 3));
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    m_model->appendBatch(range(4, 5));
    QCOMPARE(aboutToInsert.size(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(aboutToInsert.at(1).at(1).toInt(), 3);
    QCOMPARE(aboutToInsert.at(1).at(2).toInt(), 4);
    QCOMPARE(idsOf(*m_model), iota(1, 5));
    QCOMPARE(idsOf(*m_filter), iota(1, 5));
}

void tst_RequestLogModel::emptyBatchChangesNothing()
{
    m_model->appendBatch(range(1, 2));
    SignalLog log(m_model.get());
    m_model->appendBatch({});
    QVERIFY(log.entries.isEmpty());
    QCOMPARE(m_model->rowCount(), 2);
}

void tst_RequestLogModel::capRemovesOldestBeforeInserting()
{
    m_model->setCapacity(10);
    m_model->appendBatch(range(1, 8));
    SignalLog log(m_model.get());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_model->appendBatch(range(9, 13));
    QCOMPARE(log.entries, (QStringList {QStringLiteral("remove 0-2"), QStringLiteral("insert 5-9")}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(idsOf(*m_model), iota(4, 13));
    QCOMPARE(idsOf(*m_filter), iota(4, 13));
}

void tst_RequestLogModel::batchLargerThanCapacityKeepsItsNewest()
{
    m_model->setCapacity(10);
    m_model->appendBatch(range(1, 4));
    SignalLog log(m_model.get());

    m_model->appendBatch(range(5, 29));
    QCOMPARE(log.entries, (QStringList {QStringLiteral("remove 0-3"), QStringLiteral("insert 0-9")}));
    QCOMPARE(idsOf(*m_model), iota(20, 29));
}

void tst_RequestLogModel::shrinkingCapacityDropsOldest()
{
    m_model->appendBatch(range(1, 10));
    SignalLog log(m_model.get());
    m_model->setCapacity(4);
    QCOMPARE(log.entries, QStringList {QStringLiteral("remove 0-5")});
    QCOMPARE(idsOf(*m_model), iota(7, 10));

    m_model->setCapacity(0); // at least one row stays possible
    QCOMPARE(m_model->capacity(), 1);
    QCOMPARE(idsOf(*m_model), Ids {10});
}

void tst_RequestLogModel::clearResetsOnce()
{
    m_model->appendBatch(range(1, 5, "10.0.0.1"));
    SignalLog log(m_model.get());
    m_model->clear();
    QCOMPARE(log.entries, QStringList {QStringLiteral("reset")});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_model->distinctClients(), 0);
    QCOMPARE(m_model->rowForId(3), -1);

    m_model->clear(); // already empty: nothing to tell the views
    QCOMPARE(log.entries.size(), 1);

    m_model->appendBatch(range(6, 7));
    QCOMPARE(idsOf(*m_model), iota(6, 7));
}

void tst_RequestLogModel::rowForId()
{
    m_model->setCapacity(5);
    m_model->appendBatch(range(1, 3));
    m_model->appendBatch(range(10, 13)); // ids may skip (other listeners' records)
    QCOMPARE(idsOf(*m_model), (Ids {3, 10, 11, 12, 13}));
    QCOMPARE(m_model->rowForId(3), 0);
    QCOMPARE(m_model->rowForId(12), 3);
    QCOMPARE(m_model->rowForId(13), 4);
    QCOMPARE(m_model->rowForId(1), -1); // dropped by the cap
    QCOMPARE(m_model->rowForId(5), -1); // never there
    QCOMPARE(m_model->rowForId(99), -1);
}

void tst_RequestLogModel::rowForIdWhenALongExchangeFinishesLate()
{
    // A download that started first (id 2) finishes after later requests.
    m_model->appendBatch({record(1), record(3), record(4)});
    m_model->appendBatch({record(2), record(5)});
    QCOMPARE(idsOf(*m_model), (Ids {1, 3, 4, 2, 5}));
    QCOMPARE(m_model->rowForId(2), 3);
    QCOMPARE(m_model->rowForId(4), 2);
    QCOMPARE(m_model->rowForId(5), 4);
    QCOMPARE(m_model->rowForId(6), -1);
}

void tst_RequestLogModel::byteBudgetEvictsOldest()
{
    // Rows hold up to 64 KiB of body each; memory, not only rows, is capped.
    auto big = [](quint64 id) {
        RequestRecord r = record(id);
        r.requestBody = QByteArray(60'000, 'x');
        r.requestBodySize = 60'000;
        return r;
    };
    const qint64 one = RequestLogModel::approximateSize(big(1));
    m_model->setByteBudget(one * 3 + one / 2); // room for three
    SignalLog log(m_model.get());
    m_model->appendBatch({big(1), big(2)});
    m_model->appendBatch({big(3), big(4)});
    QCOMPARE(idsOf(*m_model), (Ids {2, 3, 4}));
    QVERIFY(m_model->bytesHeld() <= m_model->byteBudget());
    QCOMPARE(log.entries,
             (QStringList {QStringLiteral("insert 0-1"), QStringLiteral("remove 0-0"), QStringLiteral("insert 1-2")}));
    // A batch larger than the budget keeps its newest records.
    m_model->appendBatch({big(5), big(6), big(7), big(8), big(9)});
    QCOMPARE(idsOf(*m_model), (Ids {7, 8, 9}));
    // Small records are counted too: they still fit by the hundred.
    m_model->clear();
    QCOMPARE(m_model->bytesHeld(), 0);
    m_model->appendBatch(range(1, 100));
    QCOMPARE(m_model->rowCount(), 100);
}

void tst_RequestLogModel::distinctClientsFollowTheRows()
{
    m_model->setCapacity(4);
    QCOMPARE(m_model->distinctClients(), 0);
    m_model->appendBatch({record(1, "10.0.0.1"), record(2, "10.0.0.2"), record(3, "10.0.0.2")});
    QCOMPARE(m_model->distinctClients(), 2);
    m_model->appendBatch({record(4, "::1")});
    QCOMPARE(m_model->distinctClients(), 3);
    // The cap drops 10.0.0.1's only row.
    m_model->appendBatch({record(5, "::1")});
    QCOMPARE(m_model->distinctClients(), 2);
    // 10.0.0.2 had two rows: dropping one keeps it, dropping both forgets it.
    m_model->appendBatch({record(6, "::1")});
    QCOMPARE(m_model->distinctClients(), 2);
    m_model->appendBatch({record(7, "::1")});
    QCOMPARE(m_model->distinctClients(), 1);
}

void tst_RequestLogModel::displayText_data()
{
    QTest::addColumn<RequestRecord>("rec");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    RequestRecord phone = record(1, "192.168.1.23", 404, "/photos/a%20b.jpg?x=1");
    phone.requestHeaders.append("User-Agent", kIphoneSafari);
    phone.method = "PUT";
    phone.responseBodyBytes = 1536;
    phone.durationUs = 2500;
    QTest::newRow("client-address-dot-device")
        << phone << int(RequestLogModel::ClientColumn) << QStringLiteral("192.168.1.23 \u00b7 iPhone Safari");
    QTest::newRow("method") << phone << int(RequestLogModel::MethodColumn) << QStringLiteral("PUT");
    QTest::newRow("path-percent-decoded-for-reading")
        << phone << int(RequestLogModel::PathColumn) << QStringLiteral("/photos/a b.jpg?x=1");
    QTest::newRow("status") << phone << int(RequestLogModel::StatusColumn) << QStringLiteral("404");
    QTest::newRow("size-kilobytes") << phone << int(RequestLogModel::SizeColumn) << QStringLiteral("1.5 KB");
    QTest::newRow("duration-ms-one-decimal")
        << phone << int(RequestLogModel::DurationColumn) << QStringLiteral("2.5 ms");

    RequestRecord small = record(2);
    small.responseBodyBytes = 512;
    small.durationUs = 250;
    QTest::newRow("size-bytes") << small << int(RequestLogModel::SizeColumn) << QStringLiteral("512 B");
    QTest::newRow("duration-microseconds")
        << small << int(RequestLogModel::DurationColumn) << QStringLiteral("250 \u00b5s");
    small.durationUs = 42'400;
    QTest::newRow("duration-whole-ms") << small << int(RequestLogModel::DurationColumn) << QStringLiteral("42 ms");
    small.durationUs = 12'300'000;
    QTest::newRow("duration-seconds") << small << int(RequestLogModel::DurationColumn) << QStringLiteral("12.3 s");

    QTest::newRow("path-utf8-decoded") << record(4, "::1", 200, "/caf%C3%A9/") << int(RequestLogModel::PathColumn)
                                       << QStringLiteral("/caf\u00e9/");
    QTest::newRow("path-encoded-newline-not-decoded")
        << record(5, "::1", 200, "/a%0Ab") << int(RequestLogModel::PathColumn) << QStringLiteral("/a%0Ab");
    // A right-to-left override would make "/invoice\u202Efdp.exe" read as a PDF.
    QTest::newRow("path-bidi-override-not-decoded")
        << record(6, "::1", 200, "/invoice%E2%80%AEfdp.exe") << int(RequestLogModel::PathColumn)
        << QStringLiteral("/invoice%E2%80%AEfdp.exe");

    RequestRecord rejected = record(3, "10.0.0.9", 0, "");
    rejected.method.clear();
    rejected.error = QStringLiteral("request line too long");
    QTest::newRow("no-method-dash") << rejected << int(RequestLogModel::MethodColumn) << QStringLiteral("\u2014");
    QTest::newRow("no-target-shows-error")
        << rejected << int(RequestLogModel::PathColumn) << QStringLiteral("request line too long");
    QTest::newRow("no-status-dash") << rejected << int(RequestLogModel::StatusColumn) << QStringLiteral("\u2014");
    QTest::newRow("no-body-dash") << rejected << int(RequestLogModel::SizeColumn) << QStringLiteral("\u2014");
}

void tst_RequestLogModel::displayText()
{
    QFETCH(RequestRecord, rec);
    QFETCH(int, column);
    QFETCH(QString, expected);
    m_model->appendBatch({rec});
    QCOMPARE(m_model->index(0, column).data().toString(), expected);
    QCOMPARE(m_filter->index(0, column).data().toString(), expected);
}

void tst_RequestLogModel::timeIsLocalWithMilliseconds()
{
    RequestRecord r = record(1);
    r.startedAtMs = QDateTime(QDate(2024, 3, 9), QTime(13, 4, 5, 7)).toMSecsSinceEpoch();
    m_model->appendBatch({r});
    QCOMPARE(m_model->index(0, RequestLogModel::TimeColumn).data().toString(), QStringLiteral("13:04:05.007"));
}

void tst_RequestLogModel::clientLabelWithoutUserAgentIsTheAddress()
{
    m_model->appendBatch({record(1, "fe80::1"), record(2, "10.0.0.5")});
    QCOMPARE(m_model->index(0, RequestLogModel::ClientColumn).data().toString(), QStringLiteral("fe80::1"));
    QCOMPARE(m_model->index(1, RequestLogModel::ClientColumn).data().toString(), QStringLiteral("10.0.0.5"));
}

void tst_RequestLogModel::statusRoleAndColours()
{
    m_model->appendBatch({record(1, "::1", 200), record(2, "::1", 404), record(3, "::1", 503), record(4, "::1", 0)});
    const auto status = [this](int row) {
        return m_model->index(row, 0).data(RequestLogModel::StatusRole).toInt();
    };
    QCOMPARE(status(0), 200);
    QCOMPARE(status(1), 404);
    QCOMPARE(status(2), 503);
    QCOMPARE(status(3), 0);

    const auto colour = [this](int row) {
        const QVariant v = m_model->index(row, RequestLogModel::StatusColumn).data(Qt::ForegroundRole);
        return v.value<QBrush>().color();
    };
    QVERIFY(colour(0).isValid() && colour(1).isValid() && colour(2).isValid());
    QVERIFY(colour(0) != colour(1));
    QVERIFY(colour(1) != colour(2));
    QVERIFY(colour(0) != colour(2));
    QVERIFY(colour(3) != colour(0));
}

void tst_RequestLogModel::statusColoursReadOnLightAndDarkBases_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("white") << QColor(Qt::white);
    QTest::newRow("light-grey") << QColor(0xef, 0xef, 0xef);
    QTest::newRow("dark-theme") << QColor(0x2a, 0x2a, 0x2a);
    QTest::newRow("black") << QColor(Qt::black);
}

void tst_RequestLogModel::statusColoursReadOnLightAndDarkBases()
{
    QFETCH(QColor, base);
    // WCAG 2 contrast ratio.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const QPalette saved = QGuiApplication::palette();
    QPalette palette = saved;
    palette.setColor(QPalette::Base, base);
    QGuiApplication::setPalette(palette);
    m_model->appendBatch({record(1, "::1", 200), record(2, "::1", 304), record(3, "::1", 404), record(4, "::1", 503),
                          record(5, "::1", 0)});
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QColor fg
            = m_model->index(row, RequestLogModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color();
        const double a = luminance(fg) + 0.05;
        const double b = luminance(base) + 0.05;
        const double contrast = std::max(a, b) / std::min(a, b);
        QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(fg.name(), base.name()).arg(contrast)));
    }
    QGuiApplication::setPalette(saved);
}

void tst_RequestLogModel::filterWordsMustAllMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("empty-shows-all") << QString() << (Ids {1, 2, 3, 4});
    QTest::newRow("only-spaces-shows-all") << QStringLiteral("   ") << (Ids {1, 2, 3, 4});
    QTest::newRow("path-word") << QStringLiteral("photos") << (Ids {1, 2});
    QTest::newRow("case-insensitive") << QStringLiteral("PHOTOS") << (Ids {1, 2});
    QTest::newRow("status-and-device") << QStringLiteral("404 iphone") << (Ids {2});
    QTest::newRow("words-in-any-order") << QStringLiteral("iphone 404") << (Ids {2});
    QTest::newRow("method-and-address") << QStringLiteral("post 10.0.0.7") << (Ids {3});
    QTest::newRow("one-word-missing-hides") << QStringLiteral("photos 500") << Ids {};
    QTest::newRow("extra-spaces-between-words") << QStringLiteral("  get   Photos ") << (Ids {1, 2});
    QTest::newRow("error-text") << QStringLiteral("TIMED out") << (Ids {4});
}

void tst_RequestLogModel::filterWordsMustAllMatch()
{
    QFETCH(QString, text);
    QFETCH(Ids, expected);

    RequestRecord a = record(1, "192.168.1.23", 200, "/photos/cat.jpg");
    a.requestHeaders.append("User-Agent", kIphoneSafari);
    RequestRecord b = record(2, "192.168.1.23", 404, "/photos/dog.jpg");
    b.requestHeaders.append("User-Agent", kIphoneSafari);
    RequestRecord c = record(3, "10.0.0.7", 201, "/upload");
    c.method = "POST";
    RequestRecord d = record(4, "10.0.0.8", 0, "/slow");
    d.error = QStringLiteral("header read timed out");
    m_model->appendBatch({a, b, c, d});

    m_filter->setText(text);
    QCOMPARE(idsOf(*m_filter), expected);
}

void tst_RequestLogModel::filterStatusClasses_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<Ids>("expected");

    // Rows: 1 no response, 2 101, 3 200, 4 204, 5 304, 6 404, 7 500, 8 503.
    QTest::newRow("all") << int(Filter::AllClasses) << iota(1, 8);
    QTest::newRow("none-means-nothing") << 0 << Ids {};
    QTest::newRow("no-response-and-1xx") << int(Filter::Informational) << (Ids {1, 2});
    QTest::newRow("2xx") << int(Filter::Success) << (Ids {3, 4});
    QTest::newRow("3xx") << int(Filter::Redirection) << (Ids {5});
    QTest::newRow("4xx") << int(Filter::ClientError) << (Ids {6});
    QTest::newRow("5xx") << int(Filter::ServerError) << (Ids {7, 8});
    QTest::newRow("errors-4xx-and-5xx") << int(Filter::ClientError | Filter::ServerError) << (Ids {6, 7, 8});
    QTest::newRow("2xx-and-no-response") << int(Filter::Success | Filter::Informational) << (Ids {1, 2, 3, 4});
}

void tst_RequestLogModel::filterStatusClasses()
{
    QFETCH(int, classes);
    QFETCH(Ids, expected);

    const int statuses[] = {0, 101, 200, 204, 304, 404, 500, 503};
    QList<RequestRecord> batch;
    for (int i = 0; i < 8; ++i)
        batch << record(quint64(i + 1), "::1", statuses[i]);
    m_model->appendBatch(batch);

    m_filter->setStatusClasses(Filter::StatusClasses(classes));
    QCOMPARE(idsOf(*m_filter), expected);

    // Text and classes combine.
    m_filter->setText(QStringLiteral("50"));
    Ids both;
    for (const quint64 id : expected) {
        if (statuses[id - 1] >= 500)
            both << id;
    }
    QCOMPARE(idsOf(*m_filter), both);
}

void tst_RequestLogModel::filterAppliesToNewBatches()
{
    m_filter->setStatusClasses(Filter::ClientError | Filter::ServerError);
    m_filter->setText(QStringLiteral("api"));
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);

    m_model->appendBatch(
        {record(1, "::1", 200, "/api/a"), record(2, "::1", 404, "/api/b"), record(3, "::1", 500, "/x")});
    QCOMPARE(idsOf(*m_filter), Ids {2});
    m_model->appendBatch({record(4, "::1", 503, "/API/c"), record(5, "::1", 301, "/api/d")});
    QCOMPARE(idsOf(*m_filter), (Ids {2, 4}));
    QCOMPARE(inserted.size(), 2);

    // Rows the cap drops leave the filtered view too.
    m_model->setCapacity(3);
    QCOMPARE(idsOf(*m_filter), Ids {4});
}

void tst_RequestLogModel::ruleColumn()
{
    RequestRecord answered = record(1, "::1", 201, "/api/users");
    answered.rule = QStringLiteral("create");
    answered.handler = QStringLiteral("rule");
    m_model->appendBatch({answered, record(2)});

    QCOMPARE(m_model->headerData(RequestLogModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));
    QCOMPARE(m_model->index(0, RequestLogModel::RuleColumn).data().toString(), QStringLiteral("create"));
    QCOMPARE(m_model->index(0, RequestLogModel::RuleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Answered by rule: create"));
    // Empty, not a dash: most rows are answered by no rule.
    QCOMPARE(m_model->index(1, RequestLogModel::RuleColumn).data().toString(), QString());
    QVERIFY(!m_model->index(1, RequestLogModel::RuleColumn).data(Qt::ToolTipRole).isValid());
    // The other columns did not move their contents.
    QCOMPARE(m_model->index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("201"));
    QCOMPARE(m_model->index(0, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/api/users"));
    // The rule's name is part of the summary a plain word searches.
    QVERIFY(m_model->index(0, 0).data(RequestLogModel::SearchTextRole).toString().contains(QStringLiteral("create")));
    m_filter->setText(QStringLiteral("CREATE"));
    QCOMPARE(idsOf(*m_filter), Ids {1});
}

void tst_RequestLogModel::rowsWithRuleFollowTheRows()
{
    auto ruled = [](quint64 id) {
        RequestRecord r = record(id);
        r.rule = QStringLiteral("#%1").arg(id);
        return r;
    };
    QCOMPARE(m_model->rowsWithRule(), 0);
    m_model->appendBatch({ruled(1), record(2), ruled(3)});
    QCOMPARE(m_model->rowsWithRule(), 2);
    m_model->setCapacity(2); // drops row 1
    QCOMPARE(m_model->rowsWithRule(), 1);
    m_model->appendBatch({record(4), record(5)}); // drops 2 and 3
    QCOMPARE(m_model->rowsWithRule(), 0);
    m_model->appendBatch({ruled(6)});
    QCOMPARE(m_model->rowsWithRule(), 1);
    m_model->clear();
    QCOMPARE(m_model->rowsWithRule(), 0);
}

void tst_RequestLogModel::rowKeysTellApartRecordsWithTheSameId()
{
    // Live records 1-3, then a HAR import numbered from 1 and one with no
    // id at all: every row still has a key of its own, increasing.
    m_model->appendBatch(range(1, 3));
    QList<RequestRecord> imported = range(1, 2, "10.0.0.9");
    imported << record(0, "10.0.0.9");
    m_model->appendBatch(imported);
    QCOMPARE(m_model->rowCount(), 6);
    QList<quint64> keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const quint64 key = m_model->keyAt(row);
        QCOMPARE(m_model->index(row, 0).data(RequestLogModel::RowKeyRole).value<quint64>(), key);
        QCOMPARE(m_model->rowForKey(key), row);
        if (!keys.isEmpty())
            QVERIFY(key > keys.constLast());
        keys << key;
    }
    // Keys survive the cap; a removed row's key is gone.
    m_model->setCapacity(4);
    QCOMPARE(m_model->rowForKey(keys[0]), -1);
    QCOMPARE(m_model->rowForKey(keys[2]), 0);
    QCOMPARE(m_model->record(m_model->rowForKey(keys[5])).id, quint64(0));
    QCOMPARE(m_model->rowForKey(0), -1);
    // Clearing starts no key again: a key names one row for good.
    m_model->clear();
    m_model->appendBatch({record(1)});
    QVERIFY(m_model->keyAt(0) > keys.constLast());
}

void tst_RequestLogModel::rawHeadCountsTowardsTheByteBudget()
{
    RequestRecord plain = record(1);
    RequestRecord withHead = plain;
    withHead.rawHead = QByteArray(40'000, 'h');
    QCOMPARE(RequestLogModel::approximateSize(withHead) - RequestLogModel::approximateSize(plain), qint64(40'000));
}

void tst_RequestLogModel::containsIgnoringCase_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("found");

    QTest::newRow("empty-needle") << QByteArray("abc") << QByteArray() << true;
    QTest::newRow("empty-haystack") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("same-case") << QByteArray("x-github-event") << QByteArray("github") << true;
    QTest::newRow("upper-haystack") << QByteArray("X-GitHub-Event") << QByteArray("github-event") << true;
    QTest::newRow("at-the-end") << QByteArray("content-type: JSON") << QByteArray("json") << true;
    QTest::newRow("longer-than-haystack") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("partial-then-whole") << QByteArray("aab") << QByteArray("ab") << true;
    QTest::newRow("absent") << QByteArray("hello") << QByteArray("world") << false;
    QTest::newRow("utf8-exact") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("bytes-past-ascii-are-not-folded")
        << QByteArray("\xc3\x89t\xc3\xa9") << QByteArray("\xc3\xa9t\xc3\xa9") << false;
    QTest::newRow("nul-in-haystack") << QByteArray("a\0b\0Needle", 10) << QByteArray("needle") << true;
}

void tst_RequestLogModel::containsIgnoringCase()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(bool, found);
    QCOMPARE(RequestLogModel::containsIgnoringCase(haystack, RequestLogModel::asciiLower(needle)), found);
}

void tst_RequestLogModel::headersContain()
{
    RequestRecord r = record(1);
    r.requestHeaders.append("Host", "127.0.0.1:40412");
    r.requestHeaders.append("X-GitHub-Event", "push");
    r.responseHeaders.append("ETag", "\"5-18c404\"");
    r.responseHeaders.append("Content-Type", "application/json");
    auto has = [&r](const char *needle, bool skipOpaque = false) {
        return RequestLogModel::headersContain(r, RequestLogModel::asciiLower(needle), skipOpaque);
    };
    QVERIFY(has("x-github"));
    QVERIFY(has("PUSH"));
    QVERIFY(has("x-github-event: push"));
    QVERIFY(has("application/json")); // a response header
    QVERIFY(!has("pull"));
    QVERIFY(has("404")); // in Host and in the ETag
    // A plain word skips what every row or no person has to say.
    QVERIFY(!has("404", true));
    QVERIFY(!has("40412", true));
    QVERIFY(has("push", true));
}

void tst_RequestLogModel::bodiesContainOnlyWhatIsInMemory()
{
    auto has = [](const RequestRecord &r, const char *needle) {
        return RequestLogModel::bodiesContain(r, RequestLogModel::asciiLower(needle));
    };
    RequestRecord r = record(1);
    r.requestBody = "{\"Name\": \"Ada\"}";
    r.responseBody = "Created user 42";
    QVERIFY(has(r, "ada"));
    QVERIFY(has(r, "user 42"));
    QVERIFY(!has(r, "grace"));

    // Past the first 64 KiB of a body, nothing is searched.
    RequestRecord big = record(2);
    big.requestBody = QByteArray(RequestLogModel::kSearchBodyBytes - 6, '.') + "needle";
    QVERIFY(has(big, "needle"));
    big.requestBody = QByteArray(RequestLogModel::kSearchBodyBytes - 3, '.') + "needle";
    QVERIFY(!has(big, "needle"));

    // A body spilled to a file is never read for a search.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("needle in a file");
    file.close();
    RequestRecord spilled = record(3);
    spilled.requestBodyFile = std::make_shared<const BodyFile>(path, 16);
    spilled.requestBodySize = 16;
    QCOMPARE(spilled.requestBodyBytes(), QByteArray("needle in a file"));
    QVERIFY(!has(spilled, "needle"));
}

void tst_RequestLogModel::globMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << QStringLiteral("/api") << QStringLiteral("/api") << true;
    QTest::newRow("exact-differs") << QStringLiteral("/api") << QStringLiteral("/api/x") << false;
    QTest::newRow("star-matches-slashes") << QStringLiteral("/api/*") << QStringLiteral("/api/v1/users") << true;
    QTest::newRow("star-matches-nothing") << QStringLiteral("/api/*") << QStringLiteral("/api/") << true;
    QTest::newRow("star-needs-the-slash") << QStringLiteral("/api/*") << QStringLiteral("/api") << false;
    QTest::newRow("star-in-the-middle") << QStringLiteral("/users/*/posts") << QStringLiteral("/users/7/posts") << true;
    QTest::newRow("middle-star-anchored-end")
        << QStringLiteral("/users/*/posts") << QStringLiteral("/users/7/posts/1") << false;
    QTest::newRow("backtracking") << QStringLiteral("*a*b") << QStringLiteral("xaxxab") << true;
    QTest::newRow("suffix") << QStringLiteral("*.json") << QStringLiteral("/data/a.JSON") << true;
    QTest::newRow("only-star") << QStringLiteral("*") << QString() << true;
    QTest::newRow("question-mark-is-literal") << QStringLiteral("/a?b") << QStringLiteral("/axb") << false;
}

void tst_RequestLogModel::globMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(Filter::globMatches(pattern, text), matches);
}

void tst_RequestLogModel::plainWordsSearchHeadersAndBodies()
{
    RequestRecord a = record(1, "::1", 200, "/hook");
    a.requestHeaders.append("X-GitHub-Event", "push");
    RequestRecord b = record(2, "::1", 200, "/hook");
    b.requestBody = "{\"action\": \"opened\"}";
    RequestRecord c = record(3, "::1", 200, "/hook");
    c.responseBody = "queued";
    c.requestHeaders.append("Host", "localhost:8404");
    m_model->appendBatch({a, b, c});

    m_filter->setText(QStringLiteral("PUSH"));
    QCOMPARE(idsOf(*m_filter), Ids {1});
    m_filter->setText(QStringLiteral("opened"));
    QCOMPARE(idsOf(*m_filter), Ids {2});
    m_filter->setText(QStringLiteral("hook queued"));
    QCOMPARE(idsOf(*m_filter), Ids {3});
    // The Host header is this server's own address: a plain word skips it.
    m_filter->setText(QStringLiteral("8404"));
    QCOMPARE(idsOf(*m_filter), Ids {});
}

void tst_RequestLogModel::hundredThousandRecordsKeepTheNewestTenThousand()
{
    // The testers walk the whole model on every structural signal (about
    // ten seconds here); the same cap and batch paths run under them in the
    // tests above, so this one checks the outcome at scale without them.
    m_filterTester.reset();
    m_modelTester.reset();
    m_model->setCapacity(10'000);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    for (quint64 batch = 0; batch < 50; ++batch)
        m_model->appendBatch(range(batch * 2000 + 1, batch * 2000 + 2000));

    QCOMPARE(m_model->rowCount(), 10'000);
    QCOMPARE(m_filter->rowCount(), 10'000);
    QCOMPARE(inserted.size(), 50);
    QCOMPARE(removed.size(), 45); // the first five batches fill the log
    QCOMPARE(idsOf(*m_model), iota(90'001, 100'000));
    QCOMPARE(m_model->rowForId(90'000), -1);
    QCOMPARE(m_model->rowForId(95'000), 4'999);
    QCOMPARE(m_model->distinctClients(), 1);
}

QTEST_MAIN(tst_RequestLogModel)
#include "tst_requestlogmodel.moc"
