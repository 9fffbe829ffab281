// The window's Preview panel against a real server with a site preview:
// switches round-trip and apply to the running preview at once, the live
// reload count follows pages connecting and leaving, the rules and their
// problems show with file and line, console messages land in the list.

#include "PreviewPanel.h"
#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/site/SitePreview.h"

#include <QTranslator>
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

class tst_PreviewPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsRoundTrip();
    void headerLinesAreChecked();
    void switchesApplyToTheRunningPreview();
    void showsRulesProblemsAndLiveClients();

private:
    QTranslator m_english;
};

void tst_PreviewPanel::initTestCase()
{
    // English plural forms ("1 page connected") come from the English catalogue, as in
    // the app, whatever language the machine running the test speaks.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/servery_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void tst_PreviewPanel::settingsRoundTrip()
{
    PreviewPanel panel;
    SiteSettings s;
    s.liveReload = false;
    s.consoleAll = true;
    s.cleanUrls = CleanUrls::Strict;
    s.rulesFiles = false;
    s.spa = true;
    s.spaFile = QStringLiteral("app.html");
    s.cors = true;
    s.corsOrigins = {"http://a.test", "http://b.test:8080"};
    s.extraHeaders = {{"X-One", "1"}, {"X-Two", "two words"}};
    panel.setSettings(s);
    const SiteSettings back = panel.settings();
    QCOMPARE(back.liveReload, false);
    QCOMPARE(back.consoleAll, true);
    QCOMPARE(back.cleanUrls, CleanUrls::Strict);
    QCOMPARE(back.rulesFiles, false);
    QCOMPARE(back.spa, true);
    QCOMPARE(back.spaFile, QStringLiteral("app.html"));
    QCOMPARE(back.cors, true);
    QCOMPARE(back.corsOrigins, s.corsOrigins);
    QCOMPARE(back.extraHeaders, s.extraHeaders);
    QCOMPARE(panel.cleanUrlsBox()->currentData().toInt(), int(CleanUrls::Strict));
}

void tst_PreviewPanel::headerLinesAreChecked()
{
    QStringList problems;
    const auto headers = PreviewPanel::parseHeaderLines(
        QStringLiteral("X-Frame-Options: DENY\n\nno colon here\nBad Name: x\nCache-Control:  no-store \n"), &problems);
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0).first, QByteArray("X-Frame-Options"));
    QCOMPARE(headers.at(1).second, QByteArray("no-store"));
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("Line 3")));
    QVERIFY(problems.at(1).contains(QStringLiteral("Line 4")));
}

void tst_PreviewPanel::switchesApplyToTheRunningPreview()
{
    TestServer server;
    server.writeFile(QStringLiteral("index.html"), "<html><body>Home</body></html>");
    SitePreview preview(QFileInfo(server.root()).canonicalFilePath(), QStringLiteral("index.html"), false,
                        SiteSettings::forPreview());
    ExtraLinks extra;
    extra.site = preview.state();
    extra.pages = preview.decorator();
    QVERIFY(server.start(ServerConfig {}, standardRoutesWith(extra)));

    PreviewPanel panel;
    panel.setSettings(preview.settings());
    panel.setPreview(&preview);
    QSignalSpy changed(&panel, &PreviewPanel::settingsChanged);

    auto get = [&server](const QByteArray &extraHeaders = {}) {
        RawHttpClient c;
        if (!c.connectTo(server.port()))
            return WireResponse {};
        c.send("GET / HTTP/1.1\r\nHost: t\r\n" + extraHeaders + "\r\n");
        const QList<WireResponse> r = c.readResponses(1);
        return r.isEmpty() ? WireResponse {} : r.first();
    };
    QVERIFY(get().body.contains("/__servery/live.js"));

    panel.liveReloadBox()->setChecked(false); // as a click would
    QCOMPARE(changed.size(), 1);
    QCOMPARE(preview.settings().liveReload, false);
    QVERIFY(!get().body.contains("/__servery/live.js"));
    QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("off")));

    panel.headersEdit()->setPlainText(QStringLiteral("X-Preview: from the panel"));
    QCOMPARE(preview.settings().extraHeaders.size(), 1);
    QCOMPARE(get().header("X-Preview"), QByteArray("from the panel"));

    panel.corsBox()->setChecked(true);
    QCOMPARE(get("Origin: http://elsewhere.test\r\n").header("Access-Control-Allow-Origin"), QByteArray("*"));
}

void tst_PreviewPanel::showsRulesProblemsAndLiveClients()
{
    TestServer server;
    server.writeFile(QStringLiteral("index.html"), "<html><body>Home</body></html>");
    server.writeFile(QStringLiteral("_redirects"), "/old /index.html 301\n/broken\n");
    SitePreview preview(QFileInfo(server.root()).canonicalFilePath(), QStringLiteral("index.html"), false,
                        SiteSettings::forPreview());
    ExtraLinks extra;
    extra.site = preview.state();
    extra.pages = preview.decorator();
    QVERIFY(server.start(ServerConfig {}, standardRoutesWith(extra)));

    PreviewPanel panel;
    panel.setPreview(&preview);
    QStringList rows;
    for (int i = 0; i < panel.rulesList()->count(); ++i)
        rows << panel.rulesList()->item(i)->text();
    QVERIFY2(rows.join(u'\n').contains(QStringLiteral("_redirects:2")), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.join(u'\n').contains(QStringLiteral("/old")), qPrintable(rows.join(u'\n')));

    // A page listening: the count shows, and drops when it leaves.
    QSignalSpy clients(&panel, &PreviewPanel::liveClientsChanged);
    auto events = std::make_unique<RawHttpClient>();
    QVERIFY(events->connectTo(server.port()));
    events->send("GET /__servery/events HTTP/1.1\r\nHost: t\r\n\r\n");
    QVERIFY(events->waitForBytes(1));
    QTRY_COMPARE_WITH_TIMEOUT(panel.liveClients(), 1, 5000);
    QVERIFY(panel.stateLabel()->text().contains(QStringLiteral("1 page connected")));
    events.reset();
    QTRY_COMPARE_WITH_TIMEOUT(panel.liveClients(), 0, 5000);
    QVERIFY(!clients.isEmpty());

    // A console message from a phone's page.
    RawHttpClient c;
    QVERIFY(c.connectTo(server.port()));
    const QByteArray body
        = R"({"level":"error","message":"boom on the phone","page":"http://t/","source":"http://t/app.js","line":7,"column":1})";
    c.send("POST /__servery/console HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
           "User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1\r\n"
           "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QList<WireResponse> r = c.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.first().status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(panel.consoleList()->topLevelItemCount(), 1, 5000);
    const QTreeWidgetItem *row = panel.consoleList()->topLevelItem(0);
    QCOMPARE(row->text(2), QStringLiteral("error"));
    QCOMPARE(row->text(3), QStringLiteral("boom on the phone"));
    QVERIFY(row->text(1).contains(QStringLiteral("iPhone")));
    QCOMPARE(row->text(4), QStringLiteral("http://t/app.js:7"));
}

QTEST_MAIN(tst_PreviewPanel)
#include "tst_previewpanel.moc"
