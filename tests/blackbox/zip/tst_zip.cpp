// Black-box tests of "/dir/?zip": the real `servery` binary, run headless,
// downloaded with curl and unpacked by Info-ZIP's unzip and Python's zipfile;
// every file must come back byte for byte, and nothing else with it.

#include "RawHttpClient.h"
#include "ServeryProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

ToolRun curl(const QStringList &args)
{
    return runTool(QStringLiteral("curl"),
                   QStringList {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("60")} + args,
                   70000);
}

QString url(quint16 port, const QString &path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}

// A folder's files (relative path -> bytes) and folders, as found on disk.
struct Tree {
    QMap<QString, QByteArray> files;
    QSet<QString> folders;
};

Tree readTree(const QString &root)
{
    Tree t;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            t.folders.insert(relative);
        } else {
            QFile f(path);
            t.files.insert(relative, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>"));
        }
    }
    return t;
}

// Words in random order: compressible as text is, not trivially.
QByteArray prose(qsizetype size)
{
    static const char *const words[]
        = {"zip",   "stream", "folder", "phone", "network",       "photo",     "share", "server",   "bytes", "deflate",
           "quick", "brown",  "lazy",   "dog",   "\u00e9t\u00e9", "caf\u00e9", "river", "mountain", "\n"};
    QRandomGenerator rng(7);
    QByteArray out;
    out.reserve(size + 16);
    while (out.size() < size) {
        out += words[rng.bounded(int(std::size(words)))];
        out += ' ';
    }
    out.resize(size);
    return out;
}

} // namespace

class tst_Zip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void unpacksByteForByte_data();
    void unpacksByteForByte();
    void answerHeaders_data();
    void answerHeaders();
    void headHasNoBody();
    void folderWithoutSlashRedirectsKeepingZip();
    void noListingNoZip();

private:
    void write(const QString &relative, const QByteArray &content);
    Tree expected(const QString &folder) const;

    QTemporaryDir m_dir;
    QString m_shared; // the shared folder, inside m_dir
    Tree m_all; // everything written, dotfiles included
    std::unique_ptr<ServeryProcess> m_server;
    quint16 m_port = 0;
};

void tst_Zip::write(const QString &relative, const QByteArray &content)
{
    const QString path = m_shared + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
    m_all.files.insert(relative, content);
}

void tst_Zip::initTestCase()
{
    for (const char *tool : {"curl", "unzip", "python3"}) {
        QVERIFY2(
            !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(QStringLiteral("%1 is missing; scripts/bootstrap installs it").arg(QLatin1StringView(tool))));
    }
    // unzip turns UTF-8 names (bit 11) into the locale's character set: in
    // the C locale that would be escapes. The test runs in UTF-8, as a
    // desktop does; child processes inherit it.
    qputenv("LC_ALL", "C.UTF-8");

    QVERIFY(m_dir.isValid());
    m_shared = m_dir.filePath(QStringLiteral("Partag\u00e9"));
    QVERIFY(QDir().mkpath(m_shared));
    write(QStringLiteral("\u00dcn\u00efc\u00f6d\u00e9 \u65e5\u672c.txt"), "unicode\n");
    write(QStringLiteral("book.txt"), prose(5 * 1024 * 1024)); // deflated
    QByteArray video(20 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(video.data()), video.size() / 4);
    write(QStringLiteral("media/video.mp4"), video); // stored
    write(QStringLiteral("site/index.html"), "<h1>an index does not stop ?zip</h1>");
    write(QStringLiteral("sub/deeper/x.txt"), "x");
    write(QStringLiteral("sub/na\u00efve.md"), "# na\u00efve\n");
    write(QStringLiteral("sub/.hidden"), "hidden");
    write(QStringLiteral(".env"), "SECRET=1");
    write(QStringLiteral(".git/config"), "[core]");
    QVERIFY(QDir().mkpath(m_shared + QStringLiteral("/sub/empty")));
    m_all.folders = {QStringLiteral("media"),      QStringLiteral("site"),      QStringLiteral("sub"),
                     QStringLiteral("sub/deeper"), QStringLiteral("sub/empty"), QStringLiteral(".git")};
}

void tst_Zip::init()
{
    QStringList args = {m_shared,
                        QStringLiteral("--headless"),
                        QStringLiteral("--port"),
                        QStringLiteral("0"),
                        QStringLiteral("--local-only"),
                        QStringLiteral("--quiet")};
    if (QByteArray(QTest::currentTestFunction()) == "noListingNoZip")
        args.append(QStringLiteral("--no-listing"));
    m_server = std::make_unique<ServeryProcess>(args);
    m_port = m_server->waitUntilServing();
    QVERIFY2(m_port != 0, qPrintable(m_server->out() + m_server->err()));
}

void tst_Zip::cleanup()
{
    if (m_server)
        QCOMPARE(m_server->stopWith(SIGINT), 0);
    m_server.reset();
}

Tree tst_Zip::expected(const QString &folder) const
{
    // What a zip of `folder` must hold: everything below it but dotfiles.
    const QString prefix = folder.isEmpty() ? QString() : folder + u'/';
    auto visible = [](const QString &path) {
        const QStringList parts = path.split(u'/');
        return std::none_of(parts.begin(), parts.end(), [](const QString &p) { return p.startsWith(u'.'); });
    };
    Tree t;
    for (auto it = m_all.files.cbegin(); it != m_all.files.cend(); ++it) {
        if (it.key().startsWith(prefix) && visible(it.key()))
            t.files.insert(it.key().mid(prefix.size()), it.value());
    }
    for (const QString &f : m_all.folders) {
        if (f.startsWith(prefix) && visible(f))
            t.folders.insert(f.mid(prefix.size()));
    }
    return t;
}

void tst_Zip::unpacksByteForByte_data()
{
    QTest::addColumn<QString>("folder"); // relative to the shared folder
    QTest::addColumn<QString>("tool");
    for (const QString &folder : {QString(), QStringLiteral("sub")}) {
        for (const QString &tool : {QStringLiteral("unzip"), QStringLiteral("python3 -m zipfile")}) {
            const QString row = (folder.isEmpty() ? QStringLiteral("/?zip") : QStringLiteral("/sub/?zip"))
                + QStringLiteral(", ") + tool;
            QTest::newRow(qPrintable(row)) << folder << tool;
        }
    }
}

void tst_Zip::unpacksByteForByte()
{
    QFETCH(QString, folder);
    QFETCH(QString, tool);
    QTemporaryDir work;
    const QString zip = work.filePath(QStringLiteral("download.zip"));
    const QString path = folder.isEmpty() ? QStringLiteral("/?zip") : u'/' + folder + QStringLiteral("/?zip");
    const ToolRun get
        = curl({QStringLiteral("-o"), zip, QStringLiteral("-w"), QStringLiteral("%{http_code}"), url(m_port, path)});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QCOMPARE(get.out, QByteArray("200"));

    const ToolRun test = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip}, 60000);
    QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
    QVERIFY2(test.out.contains("No errors detected"), test.out.constData());

    const QString out = work.filePath(QStringLiteral("out"));
    const ToolRun unpack = tool == u"unzip"
        ? runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), out}, 60000)
        : runTool(QStringLiteral("python3"),
                  {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, out}, 60000);
    QVERIFY2(unpack.exitCode == 0, QByteArray(unpack.out + unpack.err).constData());

    const Tree want = expected(folder);
    const Tree got = readTree(out);
    QCOMPARE(got.files.keys(), want.files.keys()); // names exact, dotfiles absent
    for (auto it = want.files.cbegin(); it != want.files.cend(); ++it)
        QVERIFY2(got.files.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(got.folders, want.folders); // empty ones too
}

void tst_Zip::answerHeaders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("disposition");
    // The root is named after the shared folder itself.
    QTest::newRow("root") << QStringLiteral("/?zip")
                          << QByteArray("attachment; filename=\"Partag_.zip\"; filename*=UTF-8''Partag%C3%A9.zip");
    QTest::newRow("subfolder") << QStringLiteral("/sub/?zip")
                               << QByteArray("attachment; filename=\"sub.zip\"; filename*=UTF-8''sub.zip");
    QTest::newRow("folder with an index")
        << QStringLiteral("/site/?zip") << QByteArray("attachment; filename=\"site.zip\"; filename*=UTF-8''site.zip");
}

void tst_Zip::answerHeaders()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, disposition);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QList<WireResponse> r = client.readResponses(1, {false}, 60s);
    QCOMPARE(r.size(), 1);
    const WireResponse &zip = r.constFirst();
    QCOMPARE(zip.status, 200);
    QCOMPARE(zip.header("Content-Type"), QByteArray("application/zip"));
    QCOMPARE(zip.header("Content-Disposition"), disposition);
    QVERIFY(zip.chunked); // made as it is sent: no length in advance
    QVERIFY(!zip.malformed);
    QCOMPARE(zip.headerCount("Content-Length"), 0);
    QCOMPARE(zip.headerCount("Content-Encoding"), 0);
    QCOMPARE(zip.header("Accept-Ranges"), QByteArray("none"));
    QVERIFY(zip.body.startsWith("PK\x03\x04"));
    QVERIFY(zip.body.contains("PK\x05\x06"));
}

void tst_Zip::headHasNoBody()
{
    // A HEAD and a GET on one connection: the GET's answer comes right after
    // the HEAD's fields, so the HEAD sent no body at all.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("HEAD /?zip HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                "GET /sub/deeper/x.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QList<WireResponse> r = client.readResponses(2, {true, false}, 30s);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).status, 200);
    QCOMPARE(r.at(0).header("Content-Type"), QByteArray("application/zip"));
    QVERIFY(r.at(0).header("Content-Disposition").startsWith("attachment;"));
    QVERIFY(r.at(0).body.isEmpty());
    QCOMPARE(r.at(1).status, 200);
    QCOMPARE(r.at(1).body, QByteArray("x"));
}

void tst_Zip::folderWithoutSlashRedirectsKeepingZip()
{
    const ToolRun r = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                            QStringLiteral("%{http_code} %{redirect_url}"), url(m_port, QStringLiteral("/sub?zip"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("301 %1").arg(url(m_port, QStringLiteral("/sub/?zip"))).toUtf8());

    const ToolRun followed
        = curl({QStringLiteral("-L"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{http_code} %{content_type}"), url(m_port, QStringLiteral("/sub?zip"))});
    QCOMPARE(followed.out, QByteArray("200 application/zip"));
}

void tst_Zip::noListingNoZip()
{
    // A zip shows everything a listing would: with listings off, no zip.
    const ToolRun r = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                            QStringLiteral("%{http_code}"), url(m_port, QStringLiteral("/sub/?zip"))});
    QCOMPARE(r.out, QByteArray("404"));
}

QTEST_GUILESS_MAIN(tst_Zip)
#include "tst_zip.moc"
