// Black-box: the real binary started with --upload, driven by curl. Forms
// with several files (-F), PUT (-T), chunked, "Expect: 100-continue", an
// upload cut off by killing curl, 2 GiB sent both ways while the server's
// peak memory stays bounded, a resumable upload that outlives the server,
// and a disk that fills up during an upload: a real 8 MiB tmpfs, mounted in
// a user and mount namespace of the server's own (skipped where the system
// does not allow unprivileged namespaces).

#include "RawHttpClient.h"
#include "ServeryProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/statvfs.h>

using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMiB = 1024ll * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

qint64 freeBytes(const QString &path)
{
    struct statvfs v { };
    if (::statvfs(QFile::encodeName(path).constData(), &v) != 0)
        return -1;
    return qint64(v.f_bavail) * qint64(v.f_frsize);
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QByteArray sha256Of(const QString &path)
{
    const ToolRun r = runTool(QStringLiteral("sha256sum"), {path}, 120000);
    return r.exitCode == 0 ? r.out.split(' ').value(0) : QByteArray("sha256sum failed: " + r.err);
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(out.data()), out.size() / 4);
    return out;
}

// A sparse file of `size` bytes with islands of random data at its start,
// past 1 GiB and at its end: it costs almost no disk and no time to read,
// yet a byte out of place changes its hash.
bool makeSparseSource(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(size))
        return false;
    for (const qint64 at : {qint64(0), kGiB + 12345, size - kMiB}) {
        if (!f.seek(at) || f.write(randomBytes(kMiB, quint32(at))) != kMiB)
            return false;
    }
    return true;
}

QStringList curlBase()
{
    return {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("240")};
}

// The tus id in a creation answer's headers (curl -i).
QByteArray locationIn(const QByteArray &headers)
{
    static const QRegularExpression location(QStringLiteral("(?im)^Location: (\\S+)"));
    return location.match(QString::fromUtf8(headers)).captured(1).toUtf8();
}

} // namespace

class tst_UploadsBlackBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formWithSeveralFiles();
    void putNewExistingAndOverwrite();
    void chunkedAndExpectContinue();
    void killedCurlLeavesNothing();
    void twoGibibytesInBoundedMemory();
    void resumableUploadOutlivesTheServer();
    void diskFillingUpDuringAnUpload();

private:
    QStringList serverArgs(const QString &folder, const QStringList &extra = {}) const;
    QString url(quint16 port, const QString &path) const;
};

void tst_UploadsBlackBox::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
}

QStringList tst_UploadsBlackBox::serverArgs(const QString &folder, const QStringList &extra) const
{
    return QStringList {folder,
                        QStringLiteral("--headless"),
                        QStringLiteral("--port"),
                        QStringLiteral("0"),
                        QStringLiteral("--local-only"),
                        QStringLiteral("--quiet"),
                        QStringLiteral("--upload")}
    + extra;
}

QString tst_UploadsBlackBox::url(quint16 port, const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}

void tst_UploadsBlackBox::formWithSeveralFiles()
{
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QString a = writeFile(sources.filePath(QStringLiteral("a.txt")), "alpha");
    const QString b = writeFile(sources.filePath(QStringLiteral("b.bin")), randomBytes(300'000, 1));
    writeFile(shared.filePath(QStringLiteral("a.txt")), "already here");
    ServeryProcess s(serverArgs(shared.path()));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    // Headless mode says uploads are on.
    QVERIFY2(s.out().contains(QStringLiteral("Uploads are on (--upload)")), qPrintable(s.out()));

    const ToolRun r = runTool(QStringLiteral("curl"),
                              curlBase()
                                  + QStringList {QStringLiteral("-F"), u"one=@" + a, QStringLiteral("-F"),
                                                 u"two=@" + b + u";filename=\u65e5\u672c.bin", QStringLiteral("-F"),
                                                 u"three=@" + a, QStringLiteral("-F"), QStringLiteral("note=hello"),
                                                 url(port, QStringLiteral("/"))});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray saved = QJsonDocument::fromJson(r.out).object().value(u"saved").toArray();
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved[0].toString(), QStringLiteral("a (1).txt"));
    QCOMPARE(saved[1].toString(), QStringLiteral("\u65e5\u672c.bin"));
    QCOMPARE(saved[2].toString(), QStringLiteral("a (2).txt"));
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("a.txt"))), QByteArray("already here"));
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("a (2).txt"))), QByteArray("alpha"));
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("\u65e5\u672c.bin"))), contentOf(b));
    QCOMPARE(entriesOf(shared.path()).size(), 4);
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::putNewExistingAndOverwrite()
{
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QString src = writeFile(sources.filePath(QStringLiteral("doc.pdf")), randomBytes(500'000, 2));
    const QStringList status = {QStringLiteral("-o"),           QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                QStringLiteral("%{http_code}"), QStringLiteral("-T"),        src};
    {
        ServeryProcess s(serverArgs(shared.path()));
        const quint16 port = s.waitUntilServing();
        QVERIFY2(port != 0, qPrintable(s.err()));
        const QString target = url(port, QStringLiteral("/report%20final.pdf"));
        QCOMPARE(runTool(QStringLiteral("curl"), curlBase() + status + QStringList {target}).out, QByteArray("201"));
        QCOMPARE(contentOf(shared.filePath(QStringLiteral("report final.pdf"))), contentOf(src));
        QCOMPARE(runTool(QStringLiteral("curl"), curlBase() + status + QStringList {target}).out, QByteArray("409"));
        // A folder that is not there.
        QCOMPARE(
            runTool(QStringLiteral("curl"), curlBase() + status + QStringList {url(port, QStringLiteral("/no/x.pdf"))})
                .out,
            QByteArray("404"));
        QCOMPARE(s.stopWith(SIGTERM), 0);
    }
    writeFile(src, "replaced");
    ServeryProcess s(serverArgs(shared.path(), {QStringLiteral("--overwrite")}));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    QCOMPARE(runTool(QStringLiteral("curl"),
                     curlBase() + status + QStringList {url(port, QStringLiteral("/report%20final.pdf"))})
                 .out,
             QByteArray("200"));
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("report final.pdf"))), QByteArray("replaced"));
    QCOMPARE(entriesOf(shared.path()).size(), 1);
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::chunkedAndExpectContinue()
{
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QString src = writeFile(sources.filePath(QStringLiteral("data.bin")), randomBytes(3 * kMiB, 3));
    ServeryProcess s(serverArgs(shared.path()));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));

    const ToolRun chunked = runTool(
        QStringLiteral("curl"),
        curlBase()
            + QStringList {QStringLiteral("-v"), QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                           QStringLiteral("-T"), src, url(port, QStringLiteral("/chunked.bin"))});
    QCOMPARE(chunked.exitCode, 0);
    QVERIFY2(chunked.err.contains("Transfer-Encoding: chunked"), chunked.err.constData());
    QVERIFY2(chunked.err.contains("< HTTP/1.1 201"), chunked.err.constData());
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("chunked.bin"))), contentOf(src));

    const ToolRun continued
        = runTool(QStringLiteral("curl"),
                  curlBase()
                      + QStringList {QStringLiteral("-v"), QStringLiteral("-H"), QStringLiteral("Expect: 100-continue"),
                                     QStringLiteral("-T"), src, url(port, QStringLiteral("/continued.bin"))});
    QCOMPARE(continued.exitCode, 0);
    QVERIFY2(continued.err.contains("< HTTP/1.1 100 Continue"), continued.err.constData());
    QVERIFY2(continued.err.contains("< HTTP/1.1 201"), continued.err.constData());
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("continued.bin"))), contentOf(src));

    // Refused on the head: curl never gets "100 Continue" and sends nothing.
    const ToolRun refused
        = runTool(QStringLiteral("curl"),
                  curlBase()
                      + QStringList {QStringLiteral("-v"), QStringLiteral("-H"), QStringLiteral("Expect: 100-continue"),
                                     QStringLiteral("-T"), src, url(port, QStringLiteral("/continued.bin"))});
    QVERIFY2(refused.err.contains("< HTTP/1.1 409"), refused.err.constData());
    QVERIFY(!refused.err.contains("100 Continue"));
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::killedCurlLeavesNothing()
{
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QString src = writeFile(sources.filePath(QStringLiteral("slow.bin")), randomBytes(32 * kMiB, 4));
    ServeryProcess s(serverArgs(shared.path()));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));

    for (const bool form : {false, true}) {
        QProcess curl;
        const QStringList send = form ? QStringList {QStringLiteral("-F"), u"f=@" + src, url(port, QStringLiteral("/"))}
                                      : QStringList {QStringLiteral("-T"), src, url(port, QStringLiteral("/slow.bin"))};
        curl.start(QStringLiteral("curl"),
                   curlBase() + QStringList {QStringLiteral("--limit-rate"), QStringLiteral("2M")} + send);
        QVERIFY(curl.waitForStarted());
        // Under way: a hidden temporary file that grows.
        QTRY_VERIFY_WITH_TIMEOUT(!entriesOf(shared.path()).isEmpty()
                                     && QFileInfo(shared.filePath(entriesOf(shared.path()).constFirst())).size() > 0,
                                 20000);
        QVERIFY(entriesOf(shared.path()).constFirst().startsWith(u".servery-upload-"));
        curl.kill();
        QVERIFY(curl.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(entriesOf(shared.path()).isEmpty(), 20000);
    }
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::twoGibibytesInBoundedMemory()
{
    QTemporaryDir shared;
    QTemporaryDir sources;
    constexpr qint64 kSize = 2 * kGiB;
    // The server keeps max(256 MiB, 2% of the disk) free; the saved copy
    // needs 2 GiB of real disk (the source is sparse).
    struct statvfs v { };
    QVERIFY(::statvfs(QFile::encodeName(shared.path()).constData(), &v) == 0);
    const qint64 total = qint64(v.f_blocks) * qint64(v.f_frsize);
    const qint64 needed = kSize + std::max<qint64>(256 * kMiB, total / 50) + kGiB;
    if (freeBytes(shared.path()) < needed)
        QSKIP(qPrintable(QStringLiteral("needs %1 MiB free").arg(needed / kMiB)));
    const QString src = sources.filePath(QStringLiteral("big.bin"));
    QVERIFY(makeSparseSource(src, kSize));
    const QByteArray expected = sha256Of(src);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (builtWithAddressSanitizer())
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=16"));
    ServeryProcess s(serverArgs(shared.path()), {}, env);
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    const qint64 idleKiB = processStatusKiB(s.processId(), "VmRSS");

    const ToolRun put = runTool(QStringLiteral("curl"),
                                curlBase()
                                    + QStringList {QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                   QStringLiteral("-w"), QStringLiteral("%{http_code} %{speed_upload}"),
                                                   QStringLiteral("-T"), src, url(port, QStringLiteral("/put.bin"))},
                                250000);
    QVERIFY2(put.out.startsWith("201"), QByteArray(put.out + put.err).constData());
    QCOMPARE(sha256Of(shared.filePath(QStringLiteral("put.bin"))), expected);
    QVERIFY(QFile::remove(shared.filePath(QStringLiteral("put.bin"))));

    const ToolRun form
        = runTool(QStringLiteral("curl"),
                  curlBase()
                      + QStringList {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                     QStringLiteral("%{http_code} %{speed_upload}"), QStringLiteral("-F"),
                                     u"f=@" + src + u";filename=form.bin", url(port, QStringLiteral("/"))},
                  250000);
    QVERIFY2(form.out.startsWith("201"), QByteArray(form.out + form.err).constData());
    QCOMPARE(sha256Of(shared.filePath(QStringLiteral("form.bin"))), expected);
    QVERIFY(QFile::remove(shared.filePath(QStringLiteral("form.bin"))));

    const qint64 peakKiB = processStatusKiB(s.processId(), "VmHWM");
    qInfo() << "2 GiB: PUT" << put.out << "B/s, form" << form.out << "B/s; server memory idle" << idleKiB / 1024
            << "MiB, peak" << peakKiB / 1024 << "MiB";
    if (builtWithAddressSanitizer())
        QVERIFY2(peakKiB - idleKiB < 100 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peakKiB - idleKiB)));
    else
        QVERIFY2(peakKiB < 100 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peakKiB)));
    QVERIFY(entriesOf(shared.path()).isEmpty());
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::resumableUploadOutlivesTheServer()
{
    // tus with curl: create, send half, the server dies; a new server
    // picks the upload up from its files and takes the rest.
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QByteArray data = randomBytes(2 * kMiB, 5);
    const QString first = writeFile(sources.filePath(QStringLiteral("first")), data.first(kMiB + 7));
    const QString rest = writeFile(sources.filePath(QStringLiteral("rest")), data.sliced(kMiB + 7));
    const QStringList tus = {QStringLiteral("-H"), QStringLiteral("Tus-Resumable: 1.0.0")};
    QByteArray location;
    {
        ServeryProcess s(serverArgs(shared.path()));
        const quint16 port = s.waitUntilServing();
        QVERIFY2(port != 0, qPrintable(s.err()));
        const ToolRun created = runTool(
            QStringLiteral("curl"),
            curlBase() + tus
                + QStringList {QStringLiteral("-i"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                               u"Upload-Length: " + QString::number(data.size()), QStringLiteral("-H"),
                               u"Upload-Metadata: filename " + QString::fromLatin1(QByteArray("movie.mp4").toBase64()),
                               url(port, QStringLiteral("/?tus"))});
        QVERIFY2(created.out.startsWith("HTTP/1.1 201"), created.out.constData());
        location = locationIn(created.out);
        QVERIFY(!location.isEmpty());
        const ToolRun half = runTool(
            QStringLiteral("curl"),
            curlBase() + tus
                + QStringList {QStringLiteral("-i"), QStringLiteral("-X"), QStringLiteral("PATCH"),
                               QStringLiteral("-H"), QStringLiteral("Content-Type: application/offset+octet-stream"),
                               QStringLiteral("-H"), QStringLiteral("Upload-Offset: 0"),
                               QStringLiteral("--data-binary"), u'@' + first, url(port, QString::fromUtf8(location))});
        // curl asks with Expect: 100-continue for a body this large.
        QVERIFY2(half.out.startsWith("HTTP/1.1 204")
                     || half.out.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204"),
                 half.out.constData());
        s.sendSignal(SIGKILL);
        s.waitForExit();
    }
    ServeryProcess s(serverArgs(shared.path()));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    const ToolRun head
        = runTool(QStringLiteral("curl"),
                  curlBase() + tus + QStringList {QStringLiteral("-I"), url(port, QString::fromUtf8(location))});
    QVERIFY2(head.out.contains(QByteArray("Upload-Offset: " + QByteArray::number(kMiB + 7))), head.out.constData());
    const ToolRun done = runTool(
        QStringLiteral("curl"),
        curlBase() + tus
            + QStringList {QStringLiteral("-i"), QStringLiteral("-X"), QStringLiteral("PATCH"), QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/offset+octet-stream"), QStringLiteral("-H"),
                           u"Upload-Offset: " + QString::number(kMiB + 7), QStringLiteral("--data-binary"), u'@' + rest,
                           url(port, QString::fromUtf8(location))});
    QVERIFY2(done.out.contains("Servery-Saved-As: movie.mp4"), done.out.constData());
    QCOMPARE(contentOf(shared.filePath(QStringLiteral("movie.mp4"))), data);
    QCOMPARE(entriesOf(shared.path()), QStringList {QStringLiteral("movie.mp4")});
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_UploadsBlackBox::diskFillingUpDuringAnUpload()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QSKIP("unshare is not installed");
    // The server runs in namespaces of its own, over an 8 MiB tmpfs mounted
    // on the shared folder; the test sees that tmpfs through
    // /proc/<pid>/root.
    QTemporaryDir shared;
    QTemporaryDir sources;
    const QString src = writeFile(sources.filePath(QStringLiteral("big.bin")), randomBytes(16 * kMiB, 6));
    const QString small = writeFile(sources.filePath(QStringLiteral("small.bin")), randomBytes(1000, 7));
    const QString script = QStringLiteral("mount -t tmpfs -o size=8m servery-test \"$1\" && shift && exec \"$@\"");
    const ToolRun probe = runTool(QStringLiteral("unshare"),
                                  {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                   QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                   QStringLiteral("sh"), shared.path(), QStringLiteral("true")});
    if (probe.exitCode != 0)
        QSKIP(qPrintable(u"no user and mount namespaces here: " + QString::fromUtf8(probe.err)));

    QProcess server;
    server.start(QStringLiteral("unshare"),
                 QStringList {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                              QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"), shared.path(),
                              ServeryProcess::binary()}
                     + serverArgs(shared.path()));
    QVERIFY(server.waitForStarted());
    QByteArray out;
    static const QRegularExpression banner(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QDeadlineTimer deadline(20000);
    while (!out.contains("Press Ctrl+C to stop.") && !deadline.hasExpired() && server.state() == QProcess::Running) {
        server.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += server.readAllStandardOutput();
    }
    const quint16 port = quint16(banner.match(QString::fromUtf8(out)).captured(1).toUInt());
    QVERIFY2(port != 0, server.readAllStandardError().constData());
    const QString inside = QStringLiteral("/proc/%1/root%2").arg(server.processId()).arg(shared.path());
    QVERIFY2(QDir(inside).exists(), qPrintable(inside));

    // Announced: refused before a byte is written (8 MiB is far below the
    // 256 MiB the server keeps free).
    const QStringList code
        = {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}")};
    QCOMPARE(
        runTool(QStringLiteral("curl"),
                curlBase() + code + QStringList {QStringLiteral("-T"), small, url(port, QStringLiteral("/small.bin"))})
            .out,
        QByteArray("507"));
    // Not announced (chunked): the disk really fills, ENOSPC ends it.
    const ToolRun full = runTool(QStringLiteral("curl"),
                                 curlBase() + code
                                     + QStringList {QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                                                    QStringLiteral("-T"), src, url(port, QStringLiteral("/big.bin"))});
    QCOMPARE(full.out, QByteArray("507"));
    QTRY_VERIFY_WITH_TIMEOUT(entriesOf(inside).isEmpty(), 10000);
    const ToolRun form
        = runTool(QStringLiteral("curl"),
                  curlBase() + code
                      + QStringList {QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                                     QStringLiteral("-F"), u"f=@" + src, url(port, QStringLiteral("/"))});
    QCOMPARE(form.out, QByteArray("507"));
    QTRY_VERIFY_WITH_TIMEOUT(entriesOf(inside).isEmpty(), 10000);
    // Room again for a small file, sent chunked.
    QCOMPARE(runTool(QStringLiteral("curl"),
                     curlBase() + code
                         + QStringList {QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                                        QStringLiteral("-T"), small, url(port, QStringLiteral("/small.bin"))})
                 .out,
             QByteArray("201"));
    QCOMPARE(entriesOf(inside), QStringList {QStringLiteral("small.bin")});
    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(20000));
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_UploadsBlackBox)
#include "tst_uploadsblackbox.moc"
