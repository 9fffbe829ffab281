// Black-box: `servery --catch --headless --har out.har` with curl sending
// POST JSON, PUT binary, PATCH form, DELETE and a multipart form; the HAR
// written on a graceful stop holds each exactly, passes npm's har-validator
// and reads back. Reply rules from `--rules FILE` answer, and their mistakes
// are reported with line and column.

#include "ServeryProcess.h"

#include "server/log/LogExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Servery;
using namespace Servery::Test;

namespace {

ToolRun curl(QStringList args)
{
    args.prepend(QStringLiteral("-sS"));
    return runTool(QStringLiteral("curl"), args);
}

QString url(quint16 port, const QString &path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject entryFor(const QJsonArray &entries, const QString &method)
{
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString()
            == method)
            return e.toObject();
    }
    return {};
}

QString headerValue(const QJsonObject &message, const QString &name)
{
    for (const QJsonValue &h : message.value(QStringLiteral("headers")).toArray()) {
        if (h.toObject().value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return h.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

} // namespace

class tst_Catch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void harHoldsEveryRequestExactly();
    void rulesAnswerAndMistakesHaveTheirPlace();
    void catchTakesNoFolder();
    void spilledBodiesGoWithTheProcess();

private:
    QTemporaryDir m_dir;
};

void tst_Catch::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
             "curl is missing; scripts/bootstrap installs it");
    QVERIFY(m_dir.isValid());
}

void tst_Catch::harHoldsEveryRequestExactly()
{
    const QString har = m_dir.filePath(QStringLiteral("out.har"));
    ServeryProcess servery({QStringLiteral("--catch"), QStringLiteral("--headless"), QStringLiteral("--local-only"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--har"), har},
                           m_dir.path());
    const quint16 port = servery.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(servery.err()));
    QVERIFY(servery.out().contains(QStringLiteral("catching requests")));

    const QByteArray json = R"({"event":"push","commits":[{"id":"a1","message":"caf\u00e9 \"quoted\""}]})";
    ToolRun r = curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                      QStringLiteral("Content-Type: application/json"), QStringLiteral("--data-binary"),
                      QString::fromUtf8(json), url(port, QStringLiteral("/hooks/github?delivery=7"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"caught\":true"), r.out.constData());

    QByteArray binary;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < 256; ++i)
            binary += char(i);
    }
    const QString binaryPath = m_dir.filePath(QStringLiteral("blob.bin"));
    QVERIFY(writeFile(binaryPath, binary));
    r = curl({QStringLiteral("-T"), binaryPath, QStringLiteral("-H"),
              QStringLiteral("Content-Type: application/octet-stream"), url(port, QStringLiteral("/files/blob.bin"))});
    QCOMPARE(r.exitCode, 0);

    r = curl({QStringLiteral("-X"), QStringLiteral("PATCH"), QStringLiteral("--data"),
              QStringLiteral("name=Ada+Lovelace&lang=en"), url(port, QStringLiteral("/profile"))});
    QCOMPARE(r.exitCode, 0);

    r = curl({QStringLiteral("-X"), QStringLiteral("DELETE"), url(port, QStringLiteral("/items/9"))});
    QCOMPARE(r.exitCode, 0);

    const QString notePath = m_dir.filePath(QStringLiteral("note.txt"));
    QVERIFY(writeFile(notePath, "a note\n"));
    r = curl({QStringLiteral("-F"), QStringLiteral("title=Trip"), QStringLiteral("-F"),
              QStringLiteral("file=@%1;type=text/plain").arg(notePath), url(port, QStringLiteral("/form"))});
    QCOMPARE(r.exitCode, 0);

    QCOMPARE(servery.stopWith(SIGINT), 0);
    QVERIFY2(servery.err().contains(QStringLiteral("Wrote 5 requests to")), qPrintable(servery.err()));

    const QByteArray harBytes = fileBytes(har);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(harBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject log = doc.object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 5);

    const QJsonObject post = entryFor(entries, QStringLiteral("POST"));
    const QJsonObject postRequest = post.value(QStringLiteral("request")).toObject();
    QVERIFY(postRequest.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/hooks/github?delivery=7")));
    QCOMPARE(postRequest.value(QStringLiteral("postData")).toObject().value(QStringLiteral("text")).toString().toUtf8(),
             json);
    QCOMPARE(postRequest.value(QStringLiteral("postData")).toObject().value(QStringLiteral("mimeType")).toString(),
             QStringLiteral("application/json"));
    QCOMPARE(post.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(post.value(QStringLiteral("response"))
                .toObject()
                .value(QStringLiteral("content"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("\"caught\":true")));

    const QJsonObject put = entryFor(entries, QStringLiteral("PUT")).value(QStringLiteral("request")).toObject();
    QCOMPARE(put.value(QStringLiteral("bodySize")).toInteger(), binary.size());
    QCOMPARE(headerValue(put, QStringLiteral("content-type")), QStringLiteral("application/octet-stream"));

    const QJsonObject patch = entryFor(entries, QStringLiteral("PATCH")).value(QStringLiteral("request")).toObject();
    QCOMPARE(patch.value(QStringLiteral("postData")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("name=Ada+Lovelace&lang=en"));

    const QJsonObject del = entryFor(entries, QStringLiteral("DELETE")).value(QStringLiteral("request")).toObject();
    QVERIFY(del.value(QStringLiteral("url")).toString().endsWith(QStringLiteral("/items/9")));

    // Read back: every body byte for byte, whatever its encoding in the file.
    const HarImport imported = recordsFromHar(harBytes);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.records.size(), 5);
    int multipart = 0;
    for (const RequestRecord &rec : imported.records) {
        if (rec.method == "PUT") {
            QCOMPARE(rec.requestBodyBytes(), binary);
            QCOMPARE(rec.requestHeaders.value("Content-Type"), QByteArray("application/octet-stream"));
        } else if (rec.method == "PATCH") {
            QCOMPARE(rec.requestBodyBytes(), QByteArray("name=Ada+Lovelace&lang=en"));
        } else if (rec.method == "DELETE") {
            QCOMPARE(rec.requestBodySize, 0);
        } else if (rec.target == "/form") {
            ++multipart;
            const QByteArray body = rec.requestBodyBytes();
            QVERIFY(rec.requestHeaders.value("Content-Type").startsWith("multipart/form-data; boundary="));
            QVERIFY(body.contains("name=\"title\"\r\n\r\nTrip\r\n"));
            QVERIFY(body.contains("filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\na note\n\r\n"));
            QCOMPARE(rec.requestBodySize, body.size());
        } else {
            QCOMPARE(rec.method, QByteArray("POST"));
            QCOMPARE(rec.requestBodyBytes(), json);
            QCOMPARE(rec.status, 200);
        }
    }
    QCOMPARE(multipart, 1);

    // The HAR 1.2 schema, as npm's har-validator checks it.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!node.isEmpty(), "node is missing; scripts/bootstrap installs it");
    QVERIFY2(QFile::exists(QStringLiteral(SERVERY_HAR_TOOLS "/node_modules/har-validator")),
             "tests/har/node_modules is missing; run scripts/bootstrap");
    const ToolRun check = runTool(node, {QStringLiteral(SERVERY_HAR_TOOLS "/validate.js"), har});
    QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
}

void tst_Catch::rulesAnswerAndMistakesHaveTheirPlace()
{
    const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(rules,
                      "[\n"
                      "  {\"method\": \"POST\", \"path\": \"/api/*\", \"status\": 201,\n"
                      "   \"headers\": {\"X-Mock\": \"yes\"}, \"body\": \"{\\\"id\\\": 7}\"},\n"
                      "  {\"path\": \"/broken\",\n"
                      "   \"status\": 99}\n"
                      "]\n"));
    ServeryProcess servery({QStringLiteral("--catch"), QStringLiteral("--headless"), QStringLiteral("--local-only"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rules"), rules},
                           m_dir.path());
    const quint16 port = servery.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(servery.err()));
    QVERIFY2(servery.waitForErrorOutput("rules.json:5:4: status must be a number from 200 to 599"),
             qPrintable(servery.err()));
    QVERIFY(servery.out().contains(QStringLiteral("Reply rules: 1 rule")));

    const ToolRun r = curl({QStringLiteral("-i"), QStringLiteral("-X"), QStringLiteral("POST"),
                            QStringLiteral("--data"), QStringLiteral("{}"), url(port, QStringLiteral("/api/orders"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("HTTP/1.1 201"), r.out.constData());
    QVERIFY(r.out.contains("X-Mock: yes\r\n"));
    QVERIFY(r.out.endsWith("\r\n\r\n{\"id\": 7}"));
    QCOMPARE(servery.stopWith(SIGTERM), 0);
}

void tst_Catch::catchTakesNoFolder()
{
    // A HAR that could not be written at the end is said at the start.
    ServeryProcess nowhere({QStringLiteral("--catch"), QStringLiteral("--headless"), QStringLiteral("--local-only"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--har"),
                            m_dir.filePath(QStringLiteral("no-such-folder/out.har"))});
    QCOMPARE(nowhere.waitForExit(), 1);
    QVERIFY2(nowhere.err().contains(QStringLiteral("cannot write the HAR")), qPrintable(nowhere.err()));

    ServeryProcess withFolder({QStringLiteral("--catch"), QStringLiteral("--headless"), m_dir.path()});
    QCOMPARE(withFolder.waitForExit(), 2);
    QVERIFY(withFolder.err().contains(QStringLiteral("shares no folder")));

    const QString missing = m_dir.filePath(QStringLiteral("nope.json"));
    ServeryProcess noRules({QStringLiteral("--catch"), QStringLiteral("--headless"), QStringLiteral("--local-only"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rules"), missing});
    QCOMPARE(noRules.waitForExit(), 1);
    QVERIFY2(noRules.err().contains(QStringLiteral("nope.json: cannot read the file")), qPrintable(noRules.err()));
}

void tst_Catch::spilledBodiesGoWithTheProcess()
{
    // A private temporary folder, so the spill folder is easy to find.
    QTemporaryDir tmp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    ServeryProcess servery({QStringLiteral("--catch"), QStringLiteral("--headless"), QStringLiteral("--local-only"),
                            QStringLiteral("--port"), QStringLiteral("0")},
                           m_dir.path(), env);
    const quint16 port = servery.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(servery.err()));

    // Past 1 MiB a caught body waits in a file of the process's own folder.
    const QString bigPath = m_dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeFile(bigPath, QByteArray(3 * 1024 * 1024, 'x')));
    const ToolRun r = curl({QStringLiteral("-T"), bigPath, url(port, QStringLiteral("/big"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"bodyBytes\":3145728"), r.out.constData());
    // One folder of the process's own, with a random name, private.
    const QStringList folders = QDir(tmp.path()).entryList({QStringLiteral("servery-bodies-*")}, QDir::Dirs);
    QCOMPARE(folders.size(), 1);
    const QString folder = QDir(tmp.path()).filePath(folders.constFirst());
    QCOMPARE(QFileInfo(folder).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther | QFileDevice::ExeGroup),
             QFileDevice::Permissions());

    // A graceful stop takes the folder and what is in it.
    QCOMPARE(servery.stopWith(SIGTERM), 0);
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
}

QTEST_GUILESS_MAIN(tst_Catch)
#include "tst_catch.moc"
