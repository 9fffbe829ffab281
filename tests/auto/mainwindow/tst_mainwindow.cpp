// Offscreen tests of the window as a person uses it: choose a folder, start,
// watch requests arrive, read one, stop; a busy port; the QR code decoded
// with zbarimg; settings that persist; --start.

#include "QrDecode.h"

#include "ContactWatch.h"
#include "DeviceListModel.h"
#include "DevicesPanel.h"
#include "EmptyState.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "QrCodeWidget.h"
#include "RequestDetails.h"
#include "RequestFilterModel.h"
#include "RequestLogModel.h"
#include "ServePanel.h"
#include "SharePanel.h"
#include "StatusStrip.h"
#include "TransferListModel.h"
#include "TransfersPanel.h"
#include "UploadNotices.h"

#include "server/route/AccessKey.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

namespace {

QByteArray fetch(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &extraHeader = {}, int *status = nullptr)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 "
                                        "like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                                        "like Gecko) Version/17.0 Mobile/15E148 "
                                        "Safari/604.1"));
    if (!extraHeader.isEmpty())
        request.setRawHeader(extraHeader.left(extraHeader.indexOf(':')), extraHeader.mid(extraHeader.indexOf(':') + 2));
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

bool waitForState(MainWindow &w, ServeSession::State state);

// PUT `body` to `url`; the status.
int put(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply *reply = nam.put(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// Shares `folder` on 127.0.0.1 and ::1, any free port; true once serving.
bool serveLocally(MainWindow &w, const QString &folder)
{
    w.setFolder(folder);
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.toggleServing();
    return waitForState(w, ServeSession::State::Running);
}

bool waitForSession(ServeSession &session, ServeSession::State state)
{
    QSignalSpy spy(&session, &ServeSession::stateChanged);
    QDeadlineTimer deadline(15000);
    while (session.state() != state && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return session.state() == state;
}

// What a phone camera reads from the QR code as the window draws it.
QString decodeShownQr(QrCodeWidget *qr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    if (!qr->grab().save(path))
        return QStringLiteral("<grab failed>");
    QString error;
    const QString text = decodeQrImage(path, &error);
    return text.isEmpty() ? QStringLiteral("<%1>").arg(error) : text;
}

bool waitForState(MainWindow &w, ServeSession::State state)
{
    if (w.session().state() == state)
        return true;
    QSignalSpy spy(&w.session(), &ServeSession::stateChanged);
    QDeadlineTimer deadline(15000);
    while (w.session().state() != state && !deadline.hasExpired())
        spy.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    return w.session().state() == state;
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void emptyStateUntilAFolderIsChosen();
    void startWaitsForAFolder();
    void emptyStateFollowsWhoCanConnect();
    void startServeInspectStop();
    void filterPauseAndClear();
    void busyPortOffersAFreeOne();
    void missingFolderSaysSo();
    void qrCodeDecodesToTheUrlShown();
    void localOnlyShowsNoQrCode();
    void settingsPersist();
    void startOptionServesAtOnce();
    void followsNewRowsUntilScrolledUp();
    void qrCodeStaysDarkOnLightInADarkTheme();
    void droppingAFolderSharesIt();
    void shortcutStartsAndStops();
    void controlsHaveAccessibleNames();
    void qrCodeCarriesTheAccessKey();
    void keyIsNewEachStartUnlessPinned();
    void noKeyShowsAWarning();
    void uploadsSwitchWorksWhileSharing();
    void transfersAndNotices();
    void devicesCanBeBlocked();
    void firstContactAndChecklist();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_site;
};

void tst_MainWindow::initTestCase()
{
    // Settings go to a temporary folder, never the developer's own.
    QCoreApplication::setOrganizationName(QStringLiteral("ServeryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QStandardPaths::setTestModeEnabled(true);

    QDir site(m_site.path());
    auto write = [&](const QString &name, const QByteArray &data) {
        QDir().mkpath(QFileInfo(site.filePath(name)).absolutePath());
        QFile f(site.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("index.html"), "<h1>home</h1>");
    write(QStringLiteral("notes.txt"), "notes");
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::emptyStateUntilAFolderIsChosen()
{
    MainWindow w;
    w.show();
    QVERIFY(w.isShowingEmptyState());
    // Start without a folder explains what to do instead of failing silently.
    w.toggleServing();
    QVERIFY(w.servePanel()->problemText().contains(QStringLiteral("Choose a folder")));
    QCOMPARE(w.session().state(), ServeSession::State::Stopped);
    w.setFolder(m_site.path());
    QVERIFY(!w.isShowingEmptyState());
    QVERIFY(w.servePanel()->problemText().isEmpty());
}

void tst_MainWindow::startWaitsForAFolder()
{
    MainWindow w;
    w.show();
    QPushButton *start = w.servePanel()->startButton();
    QVERIFY(!start->isEnabled());
    QVERIFY(!w.startStopAction()->isEnabled()); // nor its shortcut
    QVERIFY(!start->toolTip().isEmpty());
    w.setFolder(m_site.path());
    QVERIFY(start->isEnabled());
    QVERIFY(w.startStopAction()->isEnabled());
    // Typing a folder counts; clearing it disables Start again.
    w.setFolder(QString());
    QVERIFY(!start->isEnabled());
    QComboBox *folderBox = nullptr;
    for (QComboBox *box : w.servePanel()->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Shared folder"))
            folderBox = box;
    }
    QVERIFY(folderBox);
    QTest::keyClicks(folderBox->lineEdit(), m_site.path());
    QVERIFY(start->isEnabled());
    folderBox->lineEdit()->clear();
    QVERIFY(!start->isEnabled());
    // Catching needs no folder.
    w.setCatching(true);
    QVERIFY(start->isEnabled());
    QVERIFY(w.startStopAction()->isEnabled());
    w.setCatching(false);
    QVERIFY(!start->isEnabled());
    // Serving: Stop is always there.
    QVERIFY(serveLocally(w, m_site.path()));
    QVERIFY(start->isEnabled());
    QCOMPARE(start->text(), QStringLiteral("Stop"));
}

void tst_MainWindow::emptyStateFollowsWhoCanConnect()
{
    MainWindow w;
    w.show();
    QVERIFY(w.isShowingEmptyState());
    auto *empty = w.findChild<EmptyState *>();
    QVERIFY(empty);
    w.servePanel()->setScope(ListenScope::Network);
    QVERIFY(empty->description().contains(QStringLiteral("QR code")));
    QVERIFY(w.sharePanel()->qrPlaceholderText().contains(QStringLiteral("Press Start")));
    // "This computer only": nothing promises phones a QR code.
    w.servePanel()->setScope(ListenScope::LocalOnly);
    QVERIFY(!empty->description().contains(QStringLiteral("QR code")));
    QVERIFY(empty->description().contains(QStringLiteral("Only this computer")));
    QVERIFY(w.sharePanel()->qrPlaceholderText().contains(QStringLiteral("Only this computer")));
    w.servePanel()->setScope(ListenScope::Network);
    QVERIFY(empty->description().contains(QStringLiteral("QR code")));
}

void tst_MainWindow::startServeInspectStop()
{
    MainWindow w;
    w.show();
    w.setFolder(m_site.path());
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    QTest::mouseClick(w.servePanel()->startButton(), Qt::LeftButton);
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.servePanel()->startButton()->text(), QStringLiteral("Stop"));
    const quint16 port = w.session().server().port();
    QVERIFY(port != 0);
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Sharing")));

    QNetworkAccessManager nam;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QCOMPARE(fetch(nam, QUrl(base + QStringLiteral("/notes.txt")), "X-Probe: hello-from-test"), QByteArray("notes"));
    int status = 0;
    fetch(nam, QUrl(base + QStringLiteral("/missing")), {}, &status);
    QCOMPARE(status, 404);

    // Rows arrive in the table.
    RequestLogModel *model = w.logPanel()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/notes.txt"));
    QCOMPARE(model->index(0, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(model->index(0, RequestLogModel::ClientColumn).data().toString(),
             QStringLiteral("127.0.0.1 \u00b7 iPhone Safari"));
    QCOMPARE(model->index(1, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("404"));

    // Selecting a row shows its headers.
    QTableView *table = w.logPanel()->table();
    table->selectRow(0);
    RequestDetails *details = w.logPanel()->details();
    QVERIFY(details->hasRecord());
    const QString text = details->plainText();
    QVERIFY2(text.contains(QStringLiteral("GET /notes.txt HTTP/1.1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("X-Probe")));
    QVERIFY(text.contains(QStringLiteral("hello-from-test")));
    QVERIFY(text.contains(QStringLiteral("Response headers")));
    QVERIFY(text.contains(QStringLiteral("Content-Length")));
    QVERIFY(details->curl().startsWith(QStringLiteral("curl ")));
    QVERIFY(details->curl().contains(QStringLiteral("/notes.txt")));

    // The status strip counts.
    QTRY_VERIFY(w.statusStrip()->text().contains(QStringLiteral("2 requests in all")));

    // Stop works: the port is free again and the share panel says so.
    QTest::mouseClick(w.servePanel()->startButton(), Qt::LeftButton);
    QVERIFY(waitForState(w, ServeSession::State::Stopped));
    QCOMPARE(w.servePanel()->startButton()->text(), QStringLiteral("Start"));
    QVERIFY(w.sharePanel()->currentUrl().isEmpty());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
}

void tst_MainWindow::filterPauseAndClear()
{
    MainWindow w;
    QVERIFY(serveLocally(w, m_site.path()));
    QNetworkAccessManager nam;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(w.session().server().port());
    fetch(nam, QUrl(base + QStringLiteral("/notes.txt")));
    fetch(nam, QUrl(base + QStringLiteral("/gone")));
    QTRY_COMPARE(w.logPanel()->model()->rowCount(), 2);

    // Unfiltered, the table shows the log itself; filtered, the filter.
    LogPanel *log = w.logPanel();
    QCOMPARE(log->visibleModel(), static_cast<QAbstractItemModel *>(log->model()));
    log->filterEdit()->setText(QStringLiteral("404"));
    QCOMPARE(log->visibleModel(), static_cast<QAbstractItemModel *>(log->filterModel()));
    QCOMPARE(log->visibleModel()->rowCount(), 1);
    QCOMPARE(log->visibleModel()->index(0, RequestLogModel::PathColumn).data().toString(), QStringLiteral("/gone"));
    log->filterEdit()->clear();
    log->setStatusClasses(RequestFilterModel::Success);
    QCOMPARE(log->visibleModel()->rowCount(), 1);
    QCOMPARE(log->visibleModel()->index(0, RequestLogModel::PathColumn).data().toString(),
             QStringLiteral("/notes.txt"));
    // The selection follows the record across the switch.
    log->table()->selectRow(0);
    log->setStatusClasses(RequestFilterModel::AllClasses);
    QCOMPARE(log->visibleModel(), static_cast<QAbstractItemModel *>(log->model()));
    QVERIFY(log->details()->plainText().contains(QStringLiteral("GET /notes.txt")));
    QCOMPARE(log->table()->currentIndex().row(), 0);

    // Paused, new records wait; resumed, they arrive in one batch.
    w.logPanel()->setPaused(true);
    fetch(nam, QUrl(base + QStringLiteral("/notes.txt")));
    QSignalSpy feed(w.session().server().records(), &RecordFeed::recordsAvailable);
    QTRY_VERIFY(!feed.isEmpty());
    QCOMPARE(w.logPanel()->model()->rowCount(), 2);
    QSignalSpy inserted(w.logPanel()->model(), &QAbstractItemModel::rowsInserted);
    w.logPanel()->setPaused(false);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(w.logPanel()->model()->rowCount(), 3);

    w.logPanel()->clear();
    QCOMPARE(w.logPanel()->model()->rowCount(), 0);
}

void tst_MainWindow::busyPortOffersAFreeOne()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    MainWindow w;
    w.show();
    w.setFolder(m_site.path());
    w.servePanel()->setPort(squatter.serverPort());
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.toggleServing();
    QTRY_VERIFY(!w.servePanel()->problemText().isEmpty());
    const QString problem = w.servePanel()->problemText();
    QVERIFY2(
        problem.contains(QStringLiteral("Port %1 is already in use by another program.").arg(squatter.serverPort())),
        qPrintable(problem));
    QCOMPARE(w.session().state(), ServeSession::State::Stopped);

    // The offer is one click away.
    QPushButton *fix = nullptr;
    for (QPushButton *b : w.servePanel()->findChildren<QPushButton *>()) {
        if (b->text().startsWith(QStringLiteral("Use port")) && b->isVisibleTo(w.servePanel()))
            fix = b;
    }
    QVERIFY(fix);
    const quint16 offered = quint16(fix->text().section(u' ', 2).toUInt());
    QVERIFY(offered != 0 && offered != squatter.serverPort());
    QVERIFY(problem.contains(QStringLiteral("Use %1?").arg(offered)));
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.session().server().port(), offered);
    QCOMPARE(w.servePanel()->port(), offered);
    QVERIFY(w.servePanel()->problemText().isEmpty());
}

void tst_MainWindow::missingFolderSaysSo()
{
    MainWindow w;
    w.setFolder(m_site.filePath(QStringLiteral("no/such/folder")));
    w.servePanel()->setPort(0);
    w.toggleServing();
    QTRY_VERIFY(!w.servePanel()->problemText().isEmpty());
    QVERIFY(w.servePanel()->problemText().contains(QStringLiteral("does not exist")));
    QCOMPARE(w.session().state(), ServeSession::State::Stopped);
}

void tst_MainWindow::qrCodeDecodesToTheUrlShown()
{
    // The panel with made-up addresses: deterministic on any machine.
    SharePanel panel;
    panel.resize(340, 600);
    panel.show();
    const QList<ServedUrl> urls = {
        {QHostAddress(QStringLiteral("127.0.0.1")), QStringLiteral("http://127.0.0.1:8123/"), {}, true, false},
        {QHostAddress(QStringLiteral("192.168.1.23")), QStringLiteral("http://192.168.1.23:8123/"),
         QStringLiteral("Wi-Fi"), false, false},
        {QHostAddress(QStringLiteral("10.0.0.5")), QStringLiteral("http://10.0.0.5:8123/"), QStringLiteral("Ethernet"),
         false, false},
    };
    panel.setServing(urls, {}, false);
    QCOMPARE(panel.currentUrl(), QStringLiteral("http://192.168.1.23:8123/"));
    QCOMPARE(panel.addressPicker()->count(), 2); // loopback is not offered to phones

    const auto decodeShown = [&panel]() -> QString {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qr.png"));
        // What the window draws, pixel for pixel.
        if (!panel.qrCode()->grab().save(path))
            return QStringLiteral("<grab failed>");
        QString error;
        const QString text = decodeQrImage(path, &error);
        return text.isEmpty() ? QStringLiteral("<%1>").arg(error) : text;
    };
    QCOMPARE(decodeShown(), panel.currentUrl());

    // Choosing another address redraws the code.
    QSignalSpy chosen(&panel, &SharePanel::addressChosen);
    panel.addressPicker()->setCurrentIndex(1);
    Q_EMIT panel.addressPicker()->activated(1);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toString(), QStringLiteral("10.0.0.5"));
    QCOMPARE(panel.currentUrl(), QStringLiteral("http://10.0.0.5:8123/"));
    QCOMPARE(decodeShown(), panel.currentUrl());

    // The saved choice wins next time.
    panel.setServing(urls, QStringLiteral("10.0.0.5"), false);
    QCOMPARE(panel.currentUrl(), QStringLiteral("http://10.0.0.5:8123/"));
}

void tst_MainWindow::localOnlyShowsNoQrCode()
{
    MainWindow w;
    QVERIFY(serveLocally(w, m_site.path()));
    QTRY_VERIFY(!w.sharePanel()->currentUrl().isEmpty());
    QVERIFY(w.sharePanel()->currentUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(w.sharePanel()->qrCode()->isEmpty());
}

void tst_MainWindow::settingsPersist()
{
    QTcpServer probe; // a port that is free right now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    {
        MainWindow w;
        w.setFolder(m_site.path());
        w.servePanel()->setPort(port);
        w.servePanel()->setScope(ListenScope::LocalOnly);
        w.toggleServing();
        QVERIFY(waitForState(w, ServeSession::State::Running));
        w.toggleServing();
        QVERIFY(waitForState(w, ServeSession::State::Stopped));
        w.close();
    }
    MainWindow again;
    QCOMPARE(again.servePanel()->folder(), QDir::cleanPath(m_site.path()));
    QCOMPARE(again.servePanel()->port(), port);
    QCOMPARE(again.servePanel()->scope(), ListenScope::LocalOnly);
    QVERIFY(!again.isShowingEmptyState());
    QCOMPARE(QSettings().value(QStringLiteral("serve/recentFolders")).toStringList().value(0),
             QDir::cleanPath(m_site.path()));
    QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

void tst_MainWindow::startOptionServesAtOnce()
{
    WindowOptions options;
    options.folder = m_site.path();
    options.port = 0;
    options.startNow = true; // to the network, as --start without --local-only
    MainWindow w(options);
    w.show();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.session().config().scope, ListenScope::Network);
    // The QR code appears without a click, for the best network address if
    // this machine has one, and only then.
    const QList<ServedUrl> expected
        = servedUrls({QHostAddress(QHostAddress::Any)}, w.session().server().port(), currentInterfaceAddresses());
    if (const ServedUrl *best = bestShareUrl(expected)) {
        QTRY_COMPARE(w.sharePanel()->currentUrl(), best->url);
        QCOMPARE(w.sharePanel()->qrCode()->text(), best->url);
    } else {
        QTRY_VERIFY(!w.sharePanel()->currentUrl().isEmpty());
        QVERIFY(w.sharePanel()->qrCode()->isEmpty());
    }
    // Requests stay on loopback.
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/notes.txt").arg(w.session().server().port()))),
             QByteArray("notes"));
    // A start made by the command line is for this run: nothing was saved.
    QVERIFY(!QSettings().contains(QStringLiteral("serve/folder")));
    QVERIFY(!QSettings().contains(QStringLiteral("serve/scope")));
}

void tst_MainWindow::followsNewRowsUntilScrolledUp()
{
    LogPanel panel;
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto batch = [](quint64 firstId, int count) {
        QList<RequestRecord> records;
        for (int i = 0; i < count; ++i) {
            RequestRecord r;
            r.id = firstId + quint64(i);
            r.method = "GET";
            r.target = "/file" + QByteArray::number(r.id);
            r.status = 200;
            records.append(r);
        }
        return records;
    };
    panel.appendRecords(batch(1, 200));
    QScrollBar *bar = panel.table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    QVERIFY(panel.isFollowing());

    // Scrolled up, new rows do not move the view.
    bar->setValue(0);
    QVERIFY(!panel.isFollowing());
    panel.appendRecords(batch(201, 50));
    QSignalSpy moved(bar, &QScrollBar::valueChanged);
    QVERIFY(!moved.wait(300)); // nothing scrolls, however long we wait
    QCOMPARE(bar->value(), 0);

    // Back at the bottom, following resumes.
    bar->setValue(bar->maximum());
    QVERIFY(panel.isFollowing());
    panel.appendRecords(batch(251, 50));
    QTRY_VERIFY(bar->value() == bar->maximum() && panel.table()->rowAt(panel.table()->viewport()->height() - 2) >= 290);
}

void tst_MainWindow::qrCodeStaysDarkOnLightInADarkTheme()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    dark.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x29));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);

    SharePanel panel;
    panel.resize(340, 600);
    panel.show();
    panel.setServing({{QHostAddress(QStringLiteral("192.168.1.23")), QStringLiteral("http://192.168.1.23:8080/"),
                       QStringLiteral("Wi-Fi"), false, false}},
                     {}, false);
    const QImage image = panel.qrCode()->grab().toImage();
    QApplication::setPalette(original);

    // The top-left finder pattern's corner module is dark, the quiet zone
    // around it light, whatever the theme.
    const QrCodeWidget *qr = panel.qrCode();
    const int total = qr->moduleCount() + 2 * QrCodeWidget::kQuietZone;
    const int module = std::min(image.width(), image.height()) / total;
    const int x0 = (image.width() - module * total) / 2;
    const int y0 = (image.height() - module * total) / 2;
    auto grey = [&](int mx, int my) {
        return qGray(image.pixel(x0 + mx * module + module / 2, y0 + my * module + module / 2));
    };
    QCOMPARE(grey(QrCodeWidget::kQuietZone, QrCodeWidget::kQuietZone), 0);
    QCOMPARE(grey(1, 1), 255);
    QCOMPARE(grey(QrCodeWidget::kQuietZone + 1, QrCodeWidget::kQuietZone + 1), 255); // inside the finder ring
    QCOMPARE(grey(QrCodeWidget::kQuietZone + 3, QrCodeWidget::kQuietZone + 3), 0); // its centre
}

void tst_MainWindow::droppingAFolderSharesIt()
{
    MainWindow w;
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.isShowingEmptyState());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_site.path())});
    const QPoint where = w.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QCOMPARE(w.session().config().rootPath, QDir::cleanPath(m_site.path()));

    // A file is not a folder: the window does not take it.
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(m_site.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(where, Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_MainWindow::shortcutStartsAndStops()
{
    MainWindow w;
    w.setFolder(m_site.path());
    w.servePanel()->setPort(0);
    w.servePanel()->setScope(ListenScope::LocalOnly);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(waitForState(w, ServeSession::State::Stopped));
    // Ctrl+F puts the cursor in the log's filter.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.logPanel()->filterEdit()->hasFocus());
}

void tst_MainWindow::controlsHaveAccessibleNames()
{
    MainWindow w;
    w.setFolder(m_site.path());
    w.show();
    // Every control a screen reader can land on says what it is.
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        // The parts of a combo box, spin box or table are named by it.
        bool insideAnother = false;
        for (QObject *p = widget->parent(); p; p = p->parent())
            insideAnother = insideAnother || qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p)
                || qobject_cast<QAbstractItemView *>(p);
        if (!control || insideAnother || widget->inherits("QComboBoxListView") || !widget->isVisibleTo(&w))
            continue;
        QString name = widget->accessibleName();
        if (auto *b = qobject_cast<QAbstractButton *>(widget); name.isEmpty() && b)
            name = b->text();
        QVERIFY2(!name.remove(u'&').trimmed().isEmpty(), widget->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void tst_MainWindow::qrCodeCarriesTheAccessKey()
{
    WindowOptions options;
    options.folder = m_site.path();
    options.port = 0;
    options.startNow = true; // to the network
    options.server.accessKey = generateAccessKey(); // as the command line does without --no-key
    MainWindow w(options);
    w.resize(1000, 700);
    w.show();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    const QByteArray key = w.session().accessKey();
    QVERIFY(isValidAccessKey(key));

    const QList<ServedUrl> expected
        = servedUrls({QHostAddress(QHostAddress::Any)}, w.session().server().port(), currentInterfaceAddresses());
    const ServedUrl *best = bestShareUrl(expected);
    if (!best)
        QSKIP("This machine has no network address to put in a QR code.");
    // Shown, in the code, copied: all with the key.
    const QString keyed = best->url + QStringLiteral("?key=") + QString::fromLatin1(key);
    QTRY_COMPARE(w.sharePanel()->currentUrl(), keyed);
    QCOMPARE(decodeShownQr(w.sharePanel()->qrCode()), keyed);
    w.copyUrl();
    QCOMPARE(QGuiApplication::clipboard()->text(), keyed);
    QVERIFY(!w.sharePanel()->showsNoKeyWarning());
    // This computer's own addresses need none.
    for (const ServedUrl &u : w.session().urls())
        QCOMPARE(u.url.contains(QStringLiteral("key=")), !u.thisComputerOnly);
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/notes.txt").arg(w.session().server().port()))),
             QByteArray("notes"));
}

void tst_MainWindow::keyIsNewEachStartUnlessPinned()
{
    // ServeSession draws the key for each start (the chain gets the same
    // config), unless the command line pinned it.
    ServeSession session;
    ServerConfig config;
    config.rootPath = m_site.path();
    config.port = 0;
    config.scope = ListenScope::LocalOnly;
    config.accessKey = "pinned-key-12345";
    const auto runOnce = [&]() -> QByteArray {
        session.start(config, standardRoutesWith());
        if (!waitForSession(session, ServeSession::State::Running))
            return "<not running>";
        const QByteArray key = session.accessKey();
        session.stop();
        if (!waitForSession(session, ServeSession::State::Stopped))
            return "<not stopped>";
        return key;
    };
    const QByteArray first = runOnce();
    const QByteArray second = runOnce();
    QVERIFY(isValidAccessKey(first));
    QCOMPARE(first.size(), 22);
    QVERIFY(first != config.accessKey);
    QVERIFY(second != first);

    session.setAccessKeyPinned(true);
    QCOMPARE(runOnce(), config.accessKey);
    QCOMPARE(runOnce(), config.accessKey);

    // No key (--no-key) stays no key.
    session.setAccessKeyPinned(false);
    config.accessKey.clear();
    QCOMPARE(runOnce(), QByteArray());
}

void tst_MainWindow::noKeyShowsAWarning()
{
    // The panel with made-up addresses: deterministic on any machine.
    SharePanel panel;
    panel.resize(340, 600);
    panel.show();
    const ServedUrl local {
        QHostAddress(QStringLiteral("127.0.0.1")), QStringLiteral("http://127.0.0.1:8123/"), {}, true, false};
    const ServedUrl open {QHostAddress(QStringLiteral("192.168.1.23")), QStringLiteral("http://192.168.1.23:8123/"),
                          QStringLiteral("Wi-Fi"), false, false};
    ServedUrl keyed = open;
    keyed.url += QStringLiteral("?key=Q3xvZ2U0RmJ2a1h0Ry1fNA");
    panel.setServing({local, open}, {}, false);
    QVERIFY(panel.showsNoKeyWarning());
    QVERIFY(panel.noKeyWarning()->isVisible());
    QVERIFY(panel.noKeyWarning()->text().contains(QStringLiteral("Anyone on this network can open the folder")));
    QCOMPARE(decodeShownQr(panel.qrCode()), open.url);
    panel.setServing({local, keyed}, {}, false);
    QVERIFY(!panel.showsNoKeyWarning());
    QCOMPARE(decodeShownQr(panel.qrCode()), keyed.url);
    panel.setServing({local}, {}, true); // this computer only: nothing to warn about
    QVERIFY(!panel.showsNoKeyWarning());
    panel.setServing({local, open}, {}, false);
    panel.setIdle();
    QVERIFY(!panel.showsNoKeyWarning());

    // The window, sharing to the network with --no-key.
    WindowOptions options;
    options.folder = m_site.path();
    options.port = 0;
    options.startNow = true;
    MainWindow w(options); // options.server.accessKey is empty: --no-key
    w.show();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QVERIFY(w.session().accessKey().isEmpty());
    const QList<ServedUrl> expected
        = servedUrls({QHostAddress(QHostAddress::Any)}, w.session().server().port(), currentInterfaceAddresses());
    if (const ServedUrl *best = bestShareUrl(expected)) {
        QTRY_COMPARE(w.sharePanel()->currentUrl(), best->url);
        QVERIFY(w.sharePanel()->noKeyWarning()->isVisible());
    }
}

void tst_MainWindow::uploadsSwitchWorksWhileSharing()
{
    QTemporaryDir shared;
    MainWindow w;
    w.show();
    // Off by default, and the window says so.
    QVERIFY(!w.sharePanel()->uploadsAllowed());
    QVERIFY(w.sharePanel()->uploadsState()->text().contains(QStringLiteral("not add files")));
    QVERIFY(serveLocally(w, shared.path()));
    const quint16 port = w.session().server().port();
    QNetworkAccessManager nam;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/from-phone.txt").arg(port));
    QCOMPARE(put(nam, url, "hello"), 405);
    QVERIFY(!QFile::exists(shared.filePath(QStringLiteral("from-phone.txt"))));

    // Switched on while sharing: no restart, the same server and key.
    const QByteArray key = w.session().accessKey();
    QTest::mouseClick(w.sharePanel()->uploadsSwitch(), Qt::LeftButton, {},
                      QPoint(8, w.sharePanel()->uploadsSwitch()->height() / 2));
    QVERIFY(w.sharePanel()->uploadsAllowed());
    QVERIFY(w.sharePanel()->uploadsState()->text().contains(QStringLiteral("can add files")));
    QCOMPARE(w.session().state(), ServeSession::State::Running);
    QCOMPARE(w.session().accessKey(), key);
    QCOMPARE(put(nam, url, "hello"), 201);
    QFile saved(shared.filePath(QStringLiteral("from-phone.txt")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("hello"));
    // Never over an existing file.
    QCOMPARE(put(nam, url, "again"), 409);

    // Remembered for the next launch.
    QVERIFY(QSettings().value(QStringLiteral("share/uploads")).toBool());
    {
        MainWindow again;
        QVERIFY(again.sharePanel()->uploadsAllowed());
    }
    // And off again.
    w.sharePanel()->uploadsSwitch()->setChecked(false);
    QCOMPARE(put(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/other.txt").arg(port)), "x"), 405);
    QVERIFY(!QFile::exists(shared.filePath(QStringLiteral("other.txt"))));
}

void tst_MainWindow::transfersAndNotices()
{
    QTemporaryDir shared;
    WindowOptions options;
    options.server.allowUploads = true; // --upload
    MainWindow w(options);
    w.show();
    // Shorter than the 2 s people get, but longer than the feed's spacing of
    // announcements (100 ms): two uploads one after the other may reach the
    // window in separate batches and must still make one notice.
    w.uploadNotices().setQuietInterval(500);
    QVERIFY(w.sharePanel()->uploadsAllowed());
    QVERIFY(serveLocally(w, shared.path()));
    const quint16 port = w.session().server().port();
    QNetworkAccessManager nam;
    QByteArray big(3 * 1024 * 1024, 'v');
    QCOMPARE(put(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/clip.mp4").arg(port)), big), 201);
    QCOMPARE(put(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/small.mov").arg(port)), "tiny"), 201);

    // Both uploads are in the Transfers view, finished, whatever their size.
    TransferListModel *transfers = w.transfers();
    QTRY_COMPARE(transfers->rowCount(), 2);
    QStringList files;
    for (int row = 0; row < 2; ++row) {
        files.append(transfers->index(row, TransferListModel::FileColumn).data().toString());
        QTRY_COMPARE(transfers->index(row, 0).data(TransferListModel::StateRole).toInt(),
                     int(TransferProgress::State::Finished));
        QCOMPARE(transfers->index(row, 0).data(TransferListModel::PercentRole).toInt(), 100);
    }
    files.sort();
    QCOMPARE(files, (QStringList {QStringLiteral("\u2191 clip.mp4"), QStringLiteral("\u2191 small.mov")}));
    QCOMPARE(transfers->index(0, TransferListModel::DeviceColumn).data().toString(), QStringLiteral("This computer"));
    // A small download is not a transfer worth listing.
    QNetworkAccessManager reader;
    QCOMPARE(fetch(reader, QUrl(QStringLiteral("http://127.0.0.1:%1/small.mov").arg(port))), QByteArray("tiny"));
    QCOMPARE(fetch(reader, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))).isEmpty(), false);
    QTRY_COMPARE(w.logPanel()->model()->rowCount(), 4);
    QCOMPARE(transfers->rowCount(), 2);

    // One notice for both, naming the folder; the tab says nothing runs.
    const QString folderName = QFileInfo(shared.path()).fileName();
    QTRY_COMPARE(w.noticeText(), QStringLiteral("2 videos from This computer saved to %1").arg(folderName));
    QCOMPARE(w.tabs()->tabText(2), QStringLiteral("&Transfers"));
    QTest::mouseClick(w.transfersPanel()->clearButton(), Qt::LeftButton);
    QCOMPARE(transfers->rowCount(), 0);
}

void tst_MainWindow::devicesCanBeBlocked()
{
    MainWindow w;
    w.show();
    QVERIFY(serveLocally(w, m_site.path()));
    const quint16 port = w.session().server().port();
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/notes.txt").arg(port))), QByteArray("notes"));
    DeviceListModel *devices = w.devices();
    QTRY_COMPARE(devices->rowCount(), 1);
    QCOMPARE(devices->index(0, DeviceListModel::DeviceColumn).data().toString(), QStringLiteral("This computer"));
    QCOMPARE(devices->index(0, DeviceListModel::RequestsColumn).data().toString(), QStringLiteral("1"));

    // This computer cannot be blocked.
    w.tabs()->setCurrentWidget(w.devicesPanel());
    w.devicesPanel()->table()->selectRow(0);
    QVERIFY(!w.devicesPanel()->blockButton()->isEnabled());

    // A phone, as the log delivers it, is blocked with the panel's button
    // (the server's refusal itself is tested in tst_transfers), unblocked
    // the same way; a new sharing session forgets blocks.
    const QHostAddress phone(QStringLiteral("192.0.2.40"));
    RequestRecord fromPhone;
    fromPhone.clientAddress = phone;
    fromPhone.method = "GET";
    fromPhone.target = "/";
    fromPhone.status = 200;
    devices->addRecords({fromPhone});
    QCOMPARE(devices->rowCount(), 2);
    w.devicesPanel()->table()->selectRow(1);
    QPushButton *block = w.devicesPanel()->blockButton();
    QVERIFY(block->isEnabled());
    QCOMPARE(block->text(), QStringLiteral("Block"));
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(w.session().server().isBlocked(phone));
    QCOMPARE(devices->index(1, DeviceListModel::DeviceColumn).data().toString(),
             QStringLiteral("Unknown device (blocked)"));
    QCOMPARE(block->text(), QStringLiteral("Unblock"));
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(!w.session().server().isBlocked(phone));
    QCOMPARE(block->text(), QStringLiteral("Block"));
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(w.session().server().isBlocked(phone));
    w.toggleServing();
    QVERIFY(waitForState(w, ServeSession::State::Stopped));
    w.toggleServing();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QVERIFY(!w.session().server().isBlocked(phone));
    QCOMPARE(devices->rowCount(), 0);
}

void tst_MainWindow::firstContactAndChecklist()
{
    WindowOptions options;
    options.folder = m_site.path();
    options.port = 0;
    options.startNow = true; // to the network
    options.server.accessKey = generateAccessKey();
    MainWindow w(options);
    w.contactWatch().setPatience(100);
    w.show();
    QVERIFY(waitForState(w, ServeSession::State::Running));
    QTRY_VERIFY(!w.session().urls().isEmpty()); // the interfaces are looked at off the GUI thread
    const bool hasNetwork = std::any_of(w.session().urls().cbegin(), w.session().urls().cend(),
                                        [](const ServedUrl &u) { return !u.thisComputerOnly; });
    if (!hasNetwork)
        QSKIP("This machine has no network address to share.");
    QTRY_COMPARE(w.contactWatch().state(), ContactWatch::State::Waiting);
    QVERIFY(w.sharePanel()->contact()->text().contains(QStringLiteral("Waiting for a device")));
    // This computer opening the page is not first contact.
    QNetworkAccessManager nam;
    QCOMPARE(fetch(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/notes.txt").arg(w.session().server().port()))),
             QByteArray("notes"));
    QSignalSpy silent(&w.contactWatch(), &ContactWatch::silent);
    QVERIFY(silent.wait(10000));
    const QString checklist = w.sharePanel()->contact()->text();
    QVERIFY2(checklist.contains(QStringLiteral("No device has connected yet")), qPrintable(checklist));
#if defined(Q_OS_LINUX)
    QVERIFY(checklist.contains(QStringLiteral("sudo ufw allow %1/tcp").arg(w.session().server().port())));
#endif
    QVERIFY(w.sharePanel()->contact()->isVisible());

    // A phone's first request, as the log delivers it.
    RequestRecord phone;
    phone.clientAddress = QHostAddress(QStringLiteral("192.0.2.41"));
    phone.method = "GET";
    phone.target = "/";
    phone.status = 200;
    phone.requestHeaders.append("User-Agent",
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                                "like Gecko) Version/17.0 Mobile/15E148 Safari/604.1");
    w.contactWatch().addRecords({phone});
    QCOMPARE(w.sharePanel()->contact()->text(),
             QStringLiteral("\u2714 Reached from <b>iPhone Safari</b> (192.0.2.41)."));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
