// Uploads through a real server on port 0 and a raw client: multipart forms
// with several files, Unicode names and collisions; PUT new, existing and
// replaced; chunked bodies and "Expect: 100-continue"; clients that leave
// halfway; refusals (uploads off, unwritable folder, no room on the disk);
// resumable uploads (tus 1.0) created, patched, cut off and resumed, taken
// over, finished under a unique name; and the cleaning of stale leftovers.
//
// The chain is built here as the lead will wire it: UploadLink, then
// StaticFiles. The disk's free space is asked through UploadOptions, so
// "507 before writing" is tested with a probe that reports a nearly full
// disk. A disk that really fills up during a write is tested against the
// real binary on a small tmpfs (tests/blackbox/uploads).

#include "Permissions.h"
#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/files/StaticFiles.h"
#include "server/files/Uploads.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kGiB = 1024ll * 1024 * 1024;
constexpr qint64 kMiB = 1024ll * 1024;

RoutesForConfig uploadRoutes(UploadOptions options = {})
{
    return [options](const ServerConfig &config) -> RouterFactory {
        return [config, options] {
            Router router;
            router.append(std::make_unique<UploadLink>(config, options));
            router.append(std::make_unique<StaticFiles>(config));
            return router;
        };
    };
}

ServerConfig uploadsOn(bool overwrite = false)
{
    ServerConfig c;
    c.allowUploads = true;
    c.overwriteUploads = overwrite;
    return c;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i + 4 <= out.size(); i += 4) {
        const quint32 v = random.generate();
        memcpy(out.data() + i, &v, 4);
    }
    for (qsizetype i = out.size() & ~qsizetype(3); i < out.size(); ++i)
        out[i] = char(random.bounded(256));
    return out;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &fields,
                   const QByteArray &body = {})
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n" + fields;
    if (!body.isEmpty() && !fields.contains("Transfer-Encoding"))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return head + "\r\n" + body;
}

QByteArray chunked(const QByteArray &body, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out;
    for (qsizetype pos = 0; pos < body.size();) {
        const qsizetype n = std::min<qsizetype>(body.size() - pos, 1 + random.bounded(70'000));
        out += QByteArray::number(n, 16) + "\r\n" + body.sliced(pos, n) + "\r\n";
        pos += n;
    }
    return out + "0\r\n\r\n";
}

struct FormPart {
    QByteArray disposition; // after "Content-Disposition: "
    QByteArray data;
};

const QByteArray kBoundary = "----WebKitFormBoundaryServeryTest1";

QByteArray formBody(const QList<FormPart> &parts)
{
    QByteArray body;
    for (const FormPart &p : parts) {
        body += "--" + kBoundary + "\r\nContent-Disposition: " + p.disposition
            + "\r\nContent-Type: application/octet-stream\r\n\r\n" + p.data + "\r\n";
    }
    return body + "--" + kBoundary + "--\r\n";
}

FormPart filePart(const QByteArray &rawName, const QByteArray &data)
{
    return {"form-data; name=\"files\"; filename=\"" + rawName + '"', data};
}

const QByteArray kFormType = "Content-Type: multipart/form-data; boundary=" + kBoundary + "\r\n";

WireResponse exchange(TestServer &s, const QByteArray &bytes, bool head = false)
{
    RawHttpClient client;
    if (!client.connectTo(s.port()))
        return {};
    client.send(bytes);
    const QList<WireResponse> all = client.readResponses(1, {head}, 30s);
    for (const WireResponse &r : all) {
        if (r.status >= 200)
            return r;
    }
    return {};
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList tempsIn(const QString &dir)
{
    QStringList out;
    for (const QString &n : entriesOf(dir)) {
        if (n.startsWith(u".servery-upload-"))
            out.append(n);
    }
    return out;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QStringList savedNames(const WireResponse &r)
{
    QStringList out;
    const QJsonArray list = QJsonDocument::fromJson(r.body).object().value(u"saved").toArray();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

void setAge(const QString &path, std::chrono::hours age)
{
    const qint64 when = QDateTime::currentSecsSinceEpoch() - std::chrono::seconds(age).count();
    struct timespec times[2] = {{when, 0}, {when, 0}};
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0);
}

const QByteArray kTus = "Tus-Resumable: 1.0.0\r\n";

QByteArray tusMetadata(const QByteArray &name)
{
    return "Upload-Metadata: filename " + name.toBase64() + ",filetype " + QByteArray("video/mp4").toBase64() + "\r\n";
}

// The tus id in an upload's location.
QByteArray idOf(const QByteArray &location)
{
    const qsizetype at = location.indexOf("?tus=");
    return at < 0 ? QByteArray() : location.sliced(at + 5);
}

qint64 headOffset(TestServer &s, const QByteArray &location)
{
    const WireResponse r = exchange(s, request("HEAD", location, kTus), true);
    return r.status == 200 ? r.header("Upload-Offset").toLongLong() : -r.status;
}

QByteArray patch(const QByteArray &location, qint64 offset, const QByteArray &data, const QByteArray &extra = {})
{
    return request("PATCH", location,
                   kTus
                       + "Content-Type: application/offset+octet-stream\r\nUpload-Offset: " + QByteArray::number(offset)
                       + "\r\n" + extra + "Content-Length: " + QByteArray::number(data.size()) + "\r\n")
        + data;
}

struct FixedSpace {
    qint64 available;
    qint64 total;
    std::optional<DiskSpace> operator()(const QString &) const { return DiskSpace {available, total}; }
};

} // namespace

class tst_Uploads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusedWhenUploadsAreOff();
    void allowAndMethodsFollowTheTarget();
    void formWithSeveralFilesUnicodeAndCollisions();
    void browserFormWithoutScriptIsSentBackToTheFolder();
    void largeFormChunkedInRandomPieces();
    void formRefusals_data();
    void formRefusals();
    void putNewExistingAndConflict();
    void putOverwriteReplacesAtomically();
    void putRefusals_data();
    void putRefusals();
    void putChunked();
    void expectContinue();
    void clientLeavingHalfwayLeavesNothing_data();
    void clientLeavingHalfwayLeavesNothing();
    void racingUploadsNeverClobber();
    void unwritableFolderIs403();
    void noRoomIs507BeforeWriting();
    void tusOptions();
    void tusCreatePatchHeadAndFinish();
    void tusResumesAfterACutConnection();
    void tusNewerRequestTakesOver();
    void tusFinishesUnderAUniqueName();
    void tusZeroLength();
    void tusResumesAnUploadFromAnEarlierRun();
    void tusRefusals();
    void tusTermination();
    void staleLeftoversGoWhenTheFolderGetsAnUpload();
    void staleResumableUploadsAreSwept();
    void temporaryFilesAreNeitherListedNorServed();
};

void tst_Uploads::refusedWhenUploadsAreOff()
{
    TestServer s;
    QVERIFY(s.start({}, uploadRoutes()));
    const WireResponse post = exchange(s, request("POST", "/", kFormType, formBody({filePart("a.txt", "x")})));
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    const WireResponse put = exchange(s, request("PUT", "/a.txt", {}, "x"));
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    const WireResponse tus = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 1\r\n" + tusMetadata("a")));
    QCOMPARE(tus.status, 405);
    QVERIFY(entriesOf(s.root()).isEmpty());
}

void tst_Uploads::allowAndMethodsFollowTheTarget()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    QCOMPARE(exchange(s, request("OPTIONS", "/", {})).header("Allow"), QByteArray("GET, HEAD, POST, OPTIONS"));
    QCOMPARE(exchange(s, request("OPTIONS", "/a.txt", {})).header("Allow"), QByteArray("GET, HEAD, PUT, OPTIONS"));
    const WireResponse postToFile = exchange(s, request("POST", "/a.txt", kFormType, formBody({})));
    QCOMPARE(postToFile.status, 405);
    QCOMPARE(postToFile.header("Allow"), QByteArray("GET, HEAD, PUT, OPTIONS"));
    const WireResponse putToFolder = exchange(s, request("PUT", "/dir/", {}, "x"));
    QCOMPARE(putToFolder.status, 405);
    QCOMPARE(putToFolder.header("Allow"), QByteArray("GET, HEAD, POST, OPTIONS"));
    // Downloads are untouched.
    s.writeFile(QStringLiteral("here.txt"), "here");
    QCOMPARE(exchange(s, request("GET", "/here.txt", {})).body, QByteArray("here"));
    QCOMPARE(exchange(s, request("HEAD", "/here.txt", {}), true).status, 200);
}

void tst_Uploads::formWithSeveralFilesUnicodeAndCollisions()
{
    TestServer s;
    s.writeFile(QStringLiteral("sub/a.jpg"), "original");
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));

    const QByteArray nihongo = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e.txt"; // 日本語.txt
    const QList<FormPart> parts = {
        {"form-data; name=\"note\"", "a field, not a file"},
        filePart("a.jpg", "first a"),
        filePart("a.jpg", "second a"),
        {"form-data; name=\"other\"; filename=\"" + nihongo + '"', "nihongo"},
        filePart("r\xc3\xa9sum\xc3\xa9 %22final%22.pdf", "pdf"), // Chrome's form of 'résumé "final".pdf'
        {"form-data; name=\"f\"; filename*=UTF-8''%E2%82%AC%20rates.txt", "euro"},
        filePart("../../escape.txt", "climb"),
        filePart("", ""), // a file input left empty
    };
    const WireResponse r = exchange(s, request("POST", "/sub/", kFormType + "Accept: */*\r\n", formBody(parts)));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QStringList expected = {QStringLiteral("a (1).jpg"),
                                  QStringLiteral("a (2).jpg"),
                                  QStringLiteral("\u65e5\u672c\u8a9e.txt"),
                                  QStringLiteral("r\u00e9sum\u00e9 \"final\".pdf"),
                                  QStringLiteral("\u20ac rates.txt"),
                                  QStringLiteral("escape.txt")};
    QCOMPARE(savedNames(r), expected);
    const QString sub = s.root() + QStringLiteral("/sub/");
    QCOMPARE(contentOf(sub + u"a.jpg"), QByteArray("original"));
    QCOMPARE(contentOf(sub + u"a (1).jpg"), QByteArray("first a"));
    QCOMPARE(contentOf(sub + u"a (2).jpg"), QByteArray("second a"));
    QCOMPARE(contentOf(sub + expected[2]), QByteArray("nihongo"));
    QCOMPARE(contentOf(sub + expected[3]), QByteArray("pdf"));
    QCOMPARE(contentOf(sub + expected[4]), QByteArray("euro"));
    QCOMPARE(contentOf(sub + u"escape.txt"), QByteArray("climb"));
    QVERIFY(!QFile::exists(s.root() + QStringLiteral("/../escape.txt")));
    QVERIFY(tempsIn(sub).isEmpty());
    QCOMPARE(entriesOf(sub).size(), 7);

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.constLast().handler, QStringLiteral("upload"));
    QCOMPARE(records.constLast().status, 201);
}

void tst_Uploads::browserFormWithoutScriptIsSentBackToTheFolder()
{
    TestServer s;
    QDir(s.root()).mkdir(QStringLiteral("caf\u00e9"));
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse r
        = exchange(s,
                   request("POST", "/caf%C3%A9/",
                           kFormType + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n",
                           formBody({filePart("photo.jpg", "jpeg")})));
    QCOMPARE(r.status, 303);
    QCOMPARE(r.header("Location"), QByteArray("/caf%C3%A9/"));
    QCOMPARE(contentOf(s.root() + QStringLiteral("/caf\u00e9/photo.jpg")), QByteArray("jpeg"));
}

void tst_Uploads::largeFormChunkedInRandomPieces()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray a = randomBytes(3 * kMiB + 17, 7);
    const QByteArray b = randomBytes(1 * kMiB, 8);
    // Data that holds the boundary's start right where pieces break.
    const QByteArray tricky = QByteArray("\r\n--" + kBoundary.chopped(1)).repeated(5000);
    const QByteArray body = formBody({filePart("a.bin", a), filePart("b.bin", b), filePart("tricky.bin", tricky)});
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request("POST", "/", kFormType + "Transfer-Encoding: chunked\r\n") + chunked(body, 3));
    const QList<WireResponse> r = client.readResponses(1, {}, 60s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 201);
    QCOMPARE(contentOf(s.root() + u"/a.bin"), a);
    QCOMPARE(contentOf(s.root() + u"/b.bin"), b);
    QCOMPARE(contentOf(s.root() + u"/tricky.bin"), tricky);
}

void tst_Uploads::formRefusals_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray ok = formBody({filePart("ok.txt", "ok")});
    QTest::newRow("no boundary") << QByteArray("Content-Type: multipart/form-data\r\n") << ok << 400;
    QTest::newRow("not a form") << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                                << QByteArray("a=b") << 415;
    QTest::newRow("no Content-Type") << QByteArray() << ok << 415;
    QTest::newRow("part without Content-Disposition")
        << kFormType << QByteArray("--" + kBoundary + "\r\n\r\nx\r\n--" + kBoundary + "--") << 400;
    QTest::newRow("unusable name") << kFormType << formBody({filePart("ok.txt", "ok"), filePart("...", "dots")}) << 400;
    QTest::newRow("part headers too large")
        << kFormType
        << QByteArray("--" + kBoundary + "\r\nX-Big: " + QByteArray(9000, 'h') + "\r\n\r\nx\r\n--" + kBoundary + "--")
        << 431;
    QTest::newRow("no file in the form") << kFormType << formBody({{"form-data; name=\"note\"", "hi"}}) << 400;
    QTest::newRow("form cut before its end") << kFormType << ok.chopped(12) << 400;
    QTest::newRow("boundary followed by junk")
        << kFormType << formBody({filePart("ok.txt", "ok\r\n--" + kBoundary + "junk")}) << 400;
}

void tst_Uploads::formRefusals()
{
    QFETCH(QByteArray, fields);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse r = exchange(s, request("POST", "/", fields, body));
    QCOMPARE(r.status, status);
    QVERIFY(r.body.contains("<p>"));
    // Whatever arrived before the refusal is gone too.
    QTRY_VERIFY(entriesOf(s.root()).isEmpty());
    QCOMPARE(s.waitForRecords(1).constLast().handler, QStringLiteral("upload"));
}

void tst_Uploads::putNewExistingAndConflict()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(200'000, 1);
    const WireResponse created = exchange(s, request("PUT", "/new%20file.bin", {}, data));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Location"), QByteArray("/new%20file.bin"));
    QCOMPARE(savedNames(created), QStringList {QStringLiteral("new file.bin")});
    QCOMPARE(contentOf(s.root() + u"/new file.bin"), data);

    const WireResponse again = exchange(s, request("PUT", "/new%20file.bin", {}, "other"));
    QCOMPARE(again.status, 409);
    QVERIFY(again.body.contains("already exists"));
    QCOMPARE(contentOf(s.root() + u"/new file.bin"), data);

    // JSON for a client that asks for it.
    const WireResponse json = exchange(s, request("PUT", "/new%20file.bin", "Accept: application/json\r\n", "x"));
    QCOMPARE(json.status, 409);
    QVERIFY(QJsonDocument::fromJson(json.body).object().contains(u"error"));

    QVERIFY(QDir(s.root()).mkdir(QStringLiteral("folder")));
    QCOMPARE(exchange(s, request("PUT", "/folder", {}, "x")).status, 409);
    QCOMPARE(exchange(s, request("PUT", "/folder/empty.txt", {})).status, 201);
    QCOMPARE(contentOf(s.root() + u"/folder/empty.txt"), QByteArray());
    QVERIFY(tempsIn(s.root()).isEmpty());
}

void tst_Uploads::putOverwriteReplacesAtomically()
{
    TestServer s;
    s.writeFile(QStringLiteral("doc.txt"), "old");
    QVERIFY(s.start(uploadsOn(true), uploadRoutes()));
    const WireResponse r = exchange(s, request("PUT", "/doc.txt", {}, "new"));
    QCOMPARE(r.status, 200);
    QCOMPARE(contentOf(s.root() + u"/doc.txt"), QByteArray("new"));
    QCOMPARE(exchange(s, request("PUT", "/fresh.txt", {}, "fresh")).status, 201);
    // Forms never replace, even so.
    const WireResponse form = exchange(s, request("POST", "/", kFormType, formBody({filePart("doc.txt", "form")})));
    QCOMPARE(savedNames(form), QStringList {QStringLiteral("doc (1).txt")});
    QCOMPARE(contentOf(s.root() + u"/doc.txt"), QByteArray("new"));
}

void tst_Uploads::putRefusals_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("missing folder") << QByteArray("/nowhere/x.txt") << 404 << QByteArray("no such folder");
    QTest::newRow("a file as folder") << QByteArray("/file.txt/x.txt") << 409 << QByteArray("is a file");
    QTest::newRow("hidden folder") << QByteArray("/.git/x.txt") << 404 << QByteArray("no such folder");
    QTest::newRow("dotfile") << QByteArray("/.env") << 400 << QByteArray("dot");
    QTest::newRow("Windows device name") << QByteArray("/CON.txt") << 400 << QByteArray("Windows");
    QTest::newRow("control character") << QByteArray("/a%01b.txt") << 400 << QByteArray("control");
    QTest::newRow("trailing dot") << QByteArray("/name.") << 400 << QByteArray("dots or spaces");
    QTest::newRow("our temporary name") << QByteArray("/.servery-upload-0123.part") << 400
                                        << QByteArray("temporary files");
    QTest::newRow("climb") << QByteArray("/../x.txt") << 400 << QByteArray("not a valid path");
    QTest::newRow("encoded slash") << QByteArray("/a%2Fb.txt") << 400 << QByteArray("not a valid path");
    QTest::newRow("outside through a symlink") << QByteArray("/out/x.txt") << 404 << QByteArray("no such folder");
}

void tst_Uploads::putRefusals()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QTemporaryDir outside;
    TestServer s;
    s.writeFile(QStringLiteral("file.txt"), "file");
    QVERIFY(QDir(s.root()).mkdir(QStringLiteral(".git")));
    QVERIFY(QFile::link(outside.path(), s.root() + u"/out"));
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse r = exchange(s, request("PUT", target, {}, "data"));
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.contains(reason), r.body.constData());
    QCOMPARE(entriesOf(s.root()),
             (QStringList {QStringLiteral(".git"), QStringLiteral("file.txt"), QStringLiteral("out")}));
    QVERIFY(entriesOf(s.root() + u"/.git").isEmpty());
    QVERIFY(entriesOf(outside.path()).isEmpty());
}

void tst_Uploads::putChunked()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(2 * kMiB + 3, 2);
    const WireResponse r
        = exchange(s, request("PUT", "/chunked.bin", "Transfer-Encoding: chunked\r\n") + chunked(data, 9));
    QCOMPARE(r.status, 201);
    QCOMPARE(contentOf(s.root() + u"/chunked.bin"), data);
}

void tst_Uploads::expectContinue()
{
    TestServer s;
    s.writeFile(QStringLiteral("taken.txt"), "taken");
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(300'000, 3);

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request("PUT", "/continued.bin",
                        "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(data.size()) + "\r\n"));
    QVERIFY(client.waitForBytes(25));
    QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send(data);
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.constLast().status, 201);
    QCOMPARE(contentOf(s.root() + u"/continued.bin"), data);

    // Refused on the head: no "100 Continue", the body is never asked for.
    RawHttpClient refused;
    QVERIFY(refused.connectTo(s.port()));
    refused.send(request("PUT", "/taken.txt", "Expect: 100-continue\r\nContent-Length: 1000000\r\n"));
    const QList<WireResponse> answer = refused.readResponses(1);
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer[0].status, 409);
}

void tst_Uploads::clientLeavingHalfwayLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("half");
    const QByteArray data = randomBytes(4 * kMiB, 4);
    QTest::newRow("PUT") << request("PUT", "/cut.bin", "Content-Length: " + QByteArray::number(data.size()) + "\r\n")
                         << data.first(data.size() / 2);
    const QByteArray form = formBody({filePart("whole.bin", "complete file"), filePart("cut.bin", data)});
    QTest::newRow("form, second file cut")
        << request("POST", "/", kFormType + "Content-Length: " + QByteArray::number(form.size()) + "\r\n")
        << form.first(form.size() / 2);
    QTest::newRow("chunked PUT") << request("PUT", "/cut.bin", "Transfer-Encoding: chunked\r\n")
                                 << chunked(data, 5).first(data.size() / 2);
}

void tst_Uploads::clientLeavingHalfwayLeavesNothing()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, half);
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(s.port()));
        client.send(head + half);
        // The upload is under way: its temporary file is there and growing.
        QTRY_VERIFY_WITH_TIMEOUT(!tempsIn(s.root()).isEmpty()
                                     && QFileInfo(s.root() + u'/' + tempsIn(s.root()).constLast()).size() > 0,
                                 10000);
        client.socket().abort();
    }
    QTRY_VERIFY_WITH_TIMEOUT(entriesOf(s.root()).isEmpty(), 10000);
    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.constLast().status, 0);
    QVERIFY(!records.constLast().error.isEmpty());
}

void tst_Uploads::racingUploadsNeverClobber()
{
    // Eight clients send a file of the same name at once; each gets its own.
    TestServer s;
    ServerConfig config = uploadsOn();
    config.workerCount = 4;
    QVERIFY(s.start(config, uploadRoutes()));
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    QList<QByteArray> bodies;
    for (int i = 0; i < kClients; ++i) {
        bodies.append(randomBytes(256 * 1024 + i, 100 + i));
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(s.port()));
    }
    // Heads first, then bodies in turns, so the uploads overlap.
    QList<QByteArray> wire;
    for (int i = 0; i < kClients; ++i)
        wire.append(request("POST", "/", kFormType, formBody({filePart("same.bin", bodies[i])})));
    for (qsizetype pos = 0; pos < wire[0].size() + 1000; pos += 16 * 1024) {
        for (int i = 0; i < kClients; ++i) {
            if (pos < wire[i].size())
                clients[size_t(i)]->send(wire[i].mid(pos, 16 * 1024));
        }
    }
    QSet<QString> names;
    for (int i = 0; i < kClients; ++i) {
        const QList<WireResponse> r = clients[size_t(i)]->readResponses(1, {}, 30s);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 201);
        const QString name = savedNames(r[0]).value(0);
        QVERIFY(!names.contains(name));
        names.insert(name);
        QCOMPARE(contentOf(s.root() + u'/' + name), bodies[i]);
    }
    QVERIFY(names.contains(QStringLiteral("same.bin")));
    QVERIFY(names.contains(QStringLiteral("same (7).bin")));
}

void tst_Uploads::unwritableFolderIs403()
{
    TestServer s;
    QVERIFY(QDir(s.root()).mkdir(QStringLiteral("readonly")));
    QVERIFY(QFile::setPermissions(s.root() + u"/readonly",
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    // Root writes anywhere; make this thread (and the server's, started
    // below) obey permissions like any user.
    ObeyFilePermissions obey;
    QVERIFY2(obey.active(), "cannot make a folder unwritable for this process");
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse put = exchange(s, request("PUT", "/readonly/x.txt", {}, "x"));
    QCOMPARE(put.status, 403);
    QVERIFY2(put.body.contains("not allowed to write to this folder"), put.body.constData());
    const WireResponse form = exchange(s, request("POST", "/readonly/", kFormType, formBody({filePart("x.txt", "x")})));
    QCOMPARE(form.status, 403);
    const WireResponse tus
        = exchange(s, request("POST", "/readonly/?tus", kTus + "Upload-Length: 1\r\n" + tusMetadata("x.txt")));
    QCOMPARE(tus.status, 403);
    QVERIFY(entriesOf(s.root() + u"/readonly").isEmpty());
    QVERIFY(s.stop());
}

void tst_Uploads::noRoomIs507BeforeWriting()
{
    // A 10 GiB disk with 300 MiB free: the margin is 256 MiB.
    UploadOptions small;
    small.diskSpace = FixedSpace {300 * kMiB, 10 * kGiB};
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes(small)));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request("PUT", "/big.bin",
                        "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(50 * kMiB) + "\r\n"));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1); // no 100 Continue before it
    QCOMPARE(r[0].status, 507);
    QVERIFY(r[0].body.contains("not enough free space"));
    // What still leaves the margin is taken.
    QCOMPARE(exchange(s, request("PUT", "/fits.bin", {}, randomBytes(1000, 1))).status, 201);
    const QByteArray form = formBody({filePart("f.bin", "f")});
    QCOMPARE(exchange(s, request("POST", "/", kFormType + "Content-Length: " + QByteArray::number(45 * kMiB) + "\r\n"))
                 .status,
             507);
    QCOMPARE(exchange(s,
                      request("POST", "/?tus",
                              kTus + "Upload-Length: " + QByteArray::number(45 * kMiB) + "\r\n" + tusMetadata("t.bin")))
                 .status,
             507);
    QCOMPARE(entriesOf(s.root()), QStringList {QStringLiteral("fits.bin")});
    QVERIFY(s.stop());

    // A 1 TiB disk: 2% (20.48 GiB) must stay free, more than 256 MiB.
    UploadOptions big;
    big.diskSpace = FixedSpace {21 * kGiB, 1024 * kGiB};
    TestServer t;
    QVERIFY(t.start(uploadsOn(), uploadRoutes(big)));
    QCOMPARE(exchange(t, request("PUT", "/one.bin", "Content-Length: " + QByteArray::number(kGiB) + "\r\n")).status,
             507);
    QCOMPARE(exchange(t, request("PUT", "/small.bin", {}, "small")).status, 201);
}

void tst_Uploads::tusOptions()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse r = exchange(s, request("OPTIONS", "/?tus", {}));
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(r.header("Tus-Version"), QByteArray("1.0.0"));
    QCOMPARE(r.header("Tus-Extension"), QByteArray("creation,expiration,termination"));
    QVERIFY(r.header("Tus-Max-Size").toLongLong() > 1024 * kGiB);
}

void tst_Uploads::tusCreatePatchHeadAndFinish()
{
    TestServer s;
    QVERIFY(QDir(s.root()).mkdir(QStringLiteral("videos")));
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(100'000, 11);
    const WireResponse created
        = exchange(s, request("POST", "/videos/?tus", kTus + "Upload-Length: 100000\r\n" + tusMetadata("clip.mp4")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(!created.header("Upload-Expires").isEmpty());
    const QByteArray location = created.header("Location");
    QVERIFY2(QRegularExpression(QStringLiteral("^/videos/\\?tus=[0-9a-f]{32}$"))
                 .match(QString::fromLatin1(location))
                 .hasMatch(),
             location.constData());
    QCOMPARE(tempsIn(s.root() + u"/videos").size(), 2); // .part and .info
    QCOMPARE(headOffset(s, location), 0);

    const WireResponse first = exchange(s, patch(location, 0, data.first(40'000)));
    QCOMPARE(first.status, 204);
    QCOMPARE(first.header("Upload-Offset"), QByteArray("40000"));
    QVERIFY(first.header("Servery-Saved-As").isEmpty());
    QCOMPARE(headOffset(s, location), 40'000);
    const WireResponse head = exchange(s, request("HEAD", location, kTus), true);
    QCOMPARE(head.header("Upload-Length"), QByteArray("100000"));
    QCOMPARE(head.header("Cache-Control"), QByteArray("no-store"));

    const WireResponse last = exchange(s, patch(location, 40'000, data.sliced(40'000)));
    QCOMPARE(last.status, 204);
    QCOMPARE(last.header("Upload-Offset"), QByteArray("100000"));
    QCOMPARE(last.header("Servery-Saved-As"), QByteArray("clip.mp4"));
    QCOMPARE(contentOf(s.root() + u"/videos/clip.mp4"), data);
    QVERIFY(tempsIn(s.root() + u"/videos").isEmpty());

    // A client that lost that answer asks again and learns where it went.
    const WireResponse after = exchange(s, request("HEAD", location, kTus), true);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.header("Upload-Offset"), QByteArray("100000"));
    QCOMPARE(after.header("Servery-Saved-As"), QByteArray("clip.mp4"));
    QCOMPARE(exchange(s, patch(location, 100'000, {})).status, 204);
    QCOMPARE(s.waitForRecords(7).constLast().handler, QStringLiteral("upload"));
}

void tst_Uploads::tusResumesAfterACutConnection()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(3 * kMiB, 12);
    const WireResponse created = exchange(
        s,
        request("POST", "/?tus",
                kTus + "Upload-Length: " + QByteArray::number(data.size()) + "\r\n" + tusMetadata("phone.mov")));
    const QByteArray location = created.header("Location");
    const qint64 sent = 1 * kMiB + 12345;
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(s.port()));
        // The whole length announced, part of it sent: the Wi-Fi drops.
        const QByteArray wire = patch(location, 0, data);
        client.send(wire.first(wire.size() - data.size() + sent));
        QTRY_COMPARE_WITH_TIMEOUT(headOffset(s, location), sent, 10000);
        client.socket().abort();
    }
    // The server saw the client go (the cut PATCH is recorded, status 0).
    const auto cutSeen = [&s] {
        for (const RequestRecord &r : s.waitForRecords(0, 0ms)) {
            if (r.status == 0)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(cutSeen(), 10000);
    QCOMPARE(headOffset(s, location), sent);
    QVERIFY(!QFile::exists(s.root() + u"/phone.mov"));
    const WireResponse rest = exchange(s, patch(location, sent, data.sliced(sent)));
    QCOMPARE(rest.status, 204);
    QCOMPARE(rest.header("Servery-Saved-As"), QByteArray("phone.mov"));
    QCOMPARE(contentOf(s.root() + u"/phone.mov"), data);
}

void tst_Uploads::tusNewerRequestTakesOver()
{
    // The old connection hangs on a dead Wi-Fi (no FIN); the phone comes
    // back on a new one before the server's body deadline.
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray data = randomBytes(1 * kMiB, 13);
    const QByteArray location
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 1048576\r\n" + tusMetadata("takeover.bin")))
              .header("Location");
    RawHttpClient old;
    QVERIFY(old.connectTo(s.port()));
    const QByteArray wire = patch(location, 0, data);
    old.send(wire.first(wire.size() - data.size() + 300'000));
    QTRY_COMPARE_WITH_TIMEOUT(headOffset(s, location), 300'000, 10000);

    const WireResponse fresh = exchange(s, patch(location, 300'000, data.sliced(300'000)));
    QCOMPARE(fresh.status, 204);
    QCOMPARE(fresh.header("Servery-Saved-As"), QByteArray("takeover.bin"));

    // The old request wakes up: it may not write any more.
    old.send(QByteArray(4096, 'X'));
    const QList<WireResponse> late = old.readResponses(1);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late[0].status, 409);
    QCOMPARE(contentOf(s.root() + u"/takeover.bin"), data);
}

void tst_Uploads::tusFinishesUnderAUniqueName()
{
    TestServer s;
    s.writeFile(QStringLiteral("clip.mov"), "first");
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray location
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 6\r\n" + tusMetadata("clip.mov")))
              .header("Location");
    // Meanwhile someone takes the next name too.
    s.writeFile(QStringLiteral("clip (1).mov"), "second");
    const WireResponse done = exchange(s, patch(location, 0, "third!"));
    QCOMPARE(done.status, 204);
    QCOMPARE(done.header("Servery-Saved-As"), QByteArray("clip%20%282%29.mov"));
    QCOMPARE(contentOf(s.root() + u"/clip (2).mov"), QByteArray("third!"));
    QCOMPARE(contentOf(s.root() + u"/clip.mov"), QByteArray("first"));
}

void tst_Uploads::tusZeroLength()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const WireResponse r
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 0\r\n" + tusMetadata("empty.txt")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Servery-Saved-As"), QByteArray("empty.txt"));
    QVERIFY(QFile::exists(s.root() + u"/empty.txt"));
    QCOMPARE(QFileInfo(s.root() + u"/empty.txt").size(), 0);
    QVERIFY(tempsIn(s.root()).isEmpty());
}

void tst_Uploads::tusResumesAnUploadFromAnEarlierRun()
{
    // What a run of the server left behind: a partial file and its info.
    TestServer s;
    const QByteArray id = "00112233445566778899aabbccddeeff";
    const QByteArray data = randomBytes(50'000, 14);
    s.writeFile(QStringLiteral(".servery-upload-%1.part").arg(QLatin1StringView(id)), data.first(20'000));
    s.writeFile(QStringLiteral(".servery-upload-%1.info").arg(QLatin1StringView(id)),
                "servery-upload 1\nlength 50000\nname caf%C3%A9.bin\n");
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray location = "/?tus=" + id;
    QCOMPARE(headOffset(s, location), 20'000);
    const WireResponse r = exchange(s, patch(location, 20'000, data.sliced(20'000)));
    QCOMPARE(r.status, 204);
    QCOMPARE(contentOf(s.root() + QStringLiteral("/caf\u00e9.bin")), data);
    QVERIFY(tempsIn(s.root()).isEmpty());
}

void tst_Uploads::tusRefusals()
{
    TestServer s;
    QVERIFY(QDir(s.root()).mkdir(QStringLiteral("other")));
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray create = "Upload-Length: 10\r\n" + tusMetadata("r.bin");
    const WireResponse noVersion = exchange(s, request("POST", "/?tus", create));
    QCOMPARE(noVersion.status, 412);
    QCOMPARE(noVersion.header("Tus-Version"), QByteArray("1.0.0"));
    QCOMPARE(exchange(s, request("POST", "/?tus", kTus + tusMetadata("r.bin"))).status, 400);
    QCOMPARE(exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 10\r\n")).status, 400);
    QCOMPARE(
        exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 10\r\nUpload-Metadata: filename ***\r\n")).status,
        400);
    QCOMPARE(exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 10\r\n" + tusMetadata("..."))).status, 400);
    QCOMPARE(exchange(s, request("POST", "/?tus", kTus + "Upload-Defer-Length: 1\r\n" + tusMetadata("d"))).status, 400);
    const WireResponse tooBig
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 99999999999999999\r\n" + tusMetadata("big")));
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(exchange(s, request("POST", "/missing/?tus", kTus + create)).status, 404);

    const QByteArray location = exchange(s, request("POST", "/?tus", kTus + create)).header("Location");
    const QByteArray id = idOf(location);
    QCOMPARE(
        exchange(s, patch(location, 0, "12345", {}).replace("application/offset+octet-stream", "text/plain")).status,
        415);
    const WireResponse wrongOffset = exchange(s, patch(location, 3, "12345"));
    QCOMPARE(wrongOffset.status, 409);
    QCOMPARE(wrongOffset.header("Upload-Offset"), QByteArray("0"));
    QCOMPARE(exchange(s, patch(location, 0, "12345678901")).status, 413); // past Upload-Length
    QCOMPARE(headOffset(s, location), 0);
    QCOMPARE(headOffset(s, "/?tus=ffffffffffffffffffffffffffffffff"), -404);
    QCOMPARE(headOffset(s, "/?tus=../../etc/passwd"), -404);
    QCOMPARE(headOffset(s, "/other/?tus=" + id), -404); // an id only works where it was made
    QCOMPARE(exchange(s, request("HEAD", location, {}), true).status, 412);
    QVERIFY(!id.isEmpty());
}

void tst_Uploads::tusTermination()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray location
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 10\r\n" + tusMetadata("gone.bin")))
              .header("Location");
    QCOMPARE(exchange(s, patch(location, 0, "12345")).status, 204);
    QCOMPARE(exchange(s, request("DELETE", location, kTus)).status, 204);
    QVERIFY(entriesOf(s.root()).isEmpty());
    QCOMPARE(headOffset(s, location), -404);
    QCOMPARE(exchange(s, patch(location, 5, "67890")).status, 404);
    QCOMPARE(exchange(s, request("DELETE", location, kTus)).status, 404);
}

void tst_Uploads::staleLeftoversGoWhenTheFolderGetsAnUpload()
{
    TestServer s;
    const QString dir = s.root() + QStringLiteral("/album");
    // Left by an earlier run: an old one-shot temporary file, an old
    // resumable upload; and a recent one that must stay.
    const QString oldTemp
        = s.writeFile(QStringLiteral("album/.servery-upload-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.part"), "x");
    const QString oldPart
        = s.writeFile(QStringLiteral("album/.servery-upload-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.part"), "y");
    const QString oldInfo = s.writeFile(QStringLiteral("album/.servery-upload-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.info"),
                                        "servery-upload 1\nlength 5\nname b.bin\n");
    const QString recent
        = s.writeFile(QStringLiteral("album/.servery-upload-cccccccccccccccccccccccccccccccc.part"), "z");
    const QString unrelated = s.writeFile(QStringLiteral("album/.servery-uploadx"), "not ours");
    for (const QString &p : {oldTemp, oldPart, oldInfo, unrelated})
        setAge(p, 25h);
    setAge(recent, 23h);
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    QCOMPARE(exchange(s, request("PUT", "/album/new.jpg", {}, "new")).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(oldTemp) && !QFile::exists(oldPart) && !QFile::exists(oldInfo), 10000);
    QVERIFY(QFile::exists(recent));
    QVERIFY(QFile::exists(unrelated));
    QCOMPARE(headOffset(s, "/album/?tus=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), -404);
}

void tst_Uploads::staleResumableUploadsAreSwept()
{
    // No upload reaches this folder again: the worker's sweep finds the
    // upload that stopped making progress.
    UploadOptions quick;
    quick.sweepInterval = 50ms;
    TestServer s;
    QVERIFY(QDir(s.root()).mkdir(QStringLiteral("quiet")));
    QVERIFY(s.start(uploadsOn(), uploadRoutes(quick)));
    const QByteArray stale
        = exchange(s, request("POST", "/quiet/?tus", kTus + "Upload-Length: 10\r\n" + tusMetadata("stale.bin")))
              .header("Location");
    const QByteArray alive
        = exchange(s, request("POST", "/quiet/?tus", kTus + "Upload-Length: 10\r\n" + tusMetadata("alive.bin")))
              .header("Location");
    QCOMPARE(exchange(s, patch(stale, 0, "123")).status, 204);
    QCOMPARE(tempsIn(s.root() + u"/quiet").size(), 4);
    for (const QString &name : tempsIn(s.root() + u"/quiet")) {
        if (name.contains(QLatin1StringView(idOf(stale))))
            setAge(s.root() + u"/quiet/" + name, 25h);
    }
    QTRY_COMPARE_WITH_TIMEOUT(headOffset(s, stale), -404, 10000);
    QCOMPARE(tempsIn(s.root() + u"/quiet").size(), 2);
    QCOMPARE(headOffset(s, alive), 0);
}

void tst_Uploads::temporaryFilesAreNeitherListedNorServed()
{
    TestServer s;
    QVERIFY(s.start(uploadsOn(), uploadRoutes()));
    const QByteArray location
        = exchange(s, request("POST", "/?tus", kTus + "Upload-Length: 10\r\n" + tusMetadata("secret.bin")))
              .header("Location");
    QCOMPARE(exchange(s, patch(location, 0, "12345")).status, 204);
    const QStringList temps = tempsIn(s.root());
    QCOMPARE(temps.size(), 2);
    const WireResponse listing = exchange(s, request("GET", "/", "Accept: application/json\r\n"));
    QCOMPARE(listing.status, 200);
    QVERIFY(!listing.body.contains("servery-upload"));
    for (const QString &t : temps)
        QCOMPARE(exchange(s, request("GET", '/' + t.toUtf8(), {})).status, 404);
}

QTEST_MAIN(tst_Uploads)
#include "tst_uploads.moc"
