// One window per user: the message a later launch sends, and the hand-over
// between real processes. The socket lives in a temporary XDG_RUNTIME_DIR,
// so these tests never meet the developer's own window.

#include "CommandLine.h"
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Servery;

namespace {

// The real binary, with its own home and runtime folder, offscreen, saying
// what it does with other launches (and what it serves for them).
class Launch {
public:
    Launch(const QString &runtimeDir, const QString &home, const QStringList &args,
           const QString &workingDir = QDir::tempPath())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
        env.insert(QStringLiteral("HOME"), home);
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("servery.app.instance.debug=true;servery.ui.launch.debug=true"));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(workingDir);
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_err += m_process.readAllStandardError(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        m_process.start(QStringLiteral(SERVERY_BINARY), args);
    }
    ~Launch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits (on the process's signals, the event loop running) until
    // standard error matches `pattern`; the match.
    QRegularExpressionMatch waitForError(const QRegularExpression &pattern, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        QSignalSpy more(&m_process, &QProcess::readyReadStandardError);
        QSignalSpy finished(&m_process, &QProcess::finished);
        while (!pattern.match(QString::fromUtf8(m_err)).hasMatch() && !deadline.hasExpired()
               && m_process.state() != QProcess::NotRunning)
            more.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        m_err += m_process.readAllStandardError();
        return pattern.match(QString::fromUtf8(m_err));
    }
    bool waitForError(const QString &text, int timeoutMs = 15000)
    {
        return waitForError(QRegularExpression(QRegularExpression::escape(text)), timeoutMs).hasMatch();
    }
    // Waits until standard output contains `text`.
    bool waitForOutput(const QString &text, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        QSignalSpy more(&m_process, &QProcess::readyReadStandardOutput);
        while (!out().contains(text) && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
            more.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        return out().contains(text);
    }
    // The exit code, or -1 after a crash or when still running at the
    // deadline.
    int waitForExit(int timeoutMs = 15000)
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            finished.wait(timeoutMs);
        }
        if (m_process.state() != QProcess::NotRunning)
            return -1;
        m_err += m_process.readAllStandardError();
        m_out += m_process.readAllStandardOutput();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    void terminate() { m_process.terminate(); }
    QString err() const { return QString::fromUtf8(m_err); }
    QString out() const { return QString::fromUtf8(m_out); }

private:
    QProcess m_process;
    QByteArray m_err;
    QByteArray m_out;
};

QByteArray fetch(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

// A socket file nobody accepts on: what a window that crashed leaves.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof address.sun_path) {
        ::close(fd);
        return false;
    }
    memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd); // never listened: connecting is refused
    return bound && QFile::exists(path);
}

} // namespace

class tst_SingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void messageRoundTrip();
    void malformedMessagesAreRejected_data();
    void malformedMessagesAreRejected();
    void nameIsInTheRuntimeFolder();
    void liveWindowKeepsItsName();

    void laterLaunchHandsOverAndExits();
    void windowThatSaysNoLeavesTheLaunchAlone();
    void newInstanceDoesNotHandOver();
    void headlessNeverHandsOver();
    void headlessNeverListens();
    void firstWindowServesTheFolderOfTheSecond();
    void staleSocketIsRecovered();

private:
    QTemporaryDir m_runtime; // this process's runtime folder
    QTemporaryDir m_home;
    QTemporaryDir m_folder; // a folder to hand over
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    // The in-process window listens where the launches look.
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QFile file(m_folder.filePath(QStringLiteral("hello.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello from the handed-over folder");
}

void tst_SingleInstance::messageRoundTrip()
{
    const SingleInstance::Request request {
        {QStringLiteral("servery"), QStringLiteral("Fotos 2024"), QStringLiteral("--port"), QStringLiteral("0")},
        QStringLiteral("/home/\u00e9l\u00e8ve")};
    const QByteArray message = SingleInstance::encode(request);
    QVERIFY(message.startsWith("SRVY"));
    QCOMPARE(message.at(4), SingleInstance::kVersion);
    QCOMPARE(qFromBigEndian<quint32>(message.constData() + 5), quint32(message.size() - 9));
    const std::optional<SingleInstance::Request> back = SingleInstance::decode(message);
    QVERIFY(back);
    QCOMPARE(back->arguments, request.arguments);
    QCOMPARE(back->currentFolder, request.currentFolder);
}

void tst_SingleInstance::malformedMessagesAreRejected_data()
{
    QTest::addColumn<QByteArray>("message");
    const QByteArray good = SingleInstance::encode({{QStringLiteral("servery")}, QStringLiteral("/tmp")});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("header only") << good.left(9);
    QTest::newRow("truncated") << good.chopped(1);
    QTest::newRow("trailing bytes") << good + "x";
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("not Servery") << magic;
    QByteArray version = good;
    version[4] = char(SingleInstance::kVersion + 1);
    QTest::newRow("another version") << version;
    QByteArray huge = good.left(5);
    char length[4];
    qToBigEndian(quint32(SingleInstance::kMaxMessage + 1), length);
    huge.append(length, 4);
    huge.append(QByteArray(SingleInstance::kMaxMessage + 1, 'a'));
    QTest::newRow("over the size limit") << huge;
    QTest::newRow("no arguments") << SingleInstance::encode({{}, QStringLiteral("/tmp")});
}

void tst_SingleInstance::malformedMessagesAreRejected()
{
    QFETCH(QByteArray, message);
    QVERIFY(!SingleInstance::decode(message));
}

void tst_SingleInstance::nameIsInTheRuntimeFolder()
{
    // Per user, and a test's own runtime folder keeps it private.
    QCOMPARE(QFileInfo(SingleInstance::serverName()).absolutePath(), QFileInfo(m_runtime.path()).absoluteFilePath());
}

void tst_SingleInstance::liveWindowKeepsItsName()
{
    // Two windows started at the same moment: the second never takes the
    // name from under the first.
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("servery-window"));
    SingleInstance first;
    QVERIFY(first.listen(name));
    SingleInstance second;
    QVERIFY(!second.listen(name));
    QVERIFY(!second.isListening());
    QSignalSpy accepted(&first, &SingleInstance::requestHandled);
    first.setHandler([](const SingleInstance::Request &) { return true; });
    QLocalSocket client;
    client.connectToServer(name);
    QCOMPARE(client.state(), QLocalSocket::ConnectedState);
    client.write(SingleInstance::encode({{QStringLiteral("servery")}, QDir::tempPath()}));
    QVERIFY(accepted.wait(5000));
    QTRY_COMPARE(client.bytesAvailable(), qint64(1));
    QCOMPARE(client.read(1), QByteArray("Y"));
}

void tst_SingleInstance::laterLaunchHandsOverAndExits()
{
    SingleInstance window;
    QVERIFY(window.listen());
    QList<SingleInstance::Request> received;
    window.setHandler([&](const SingleInstance::Request &r) {
        received.append(r);
        return true;
    });
    QTemporaryDir elsewhere;
    Launch later(m_runtime.path(), m_home.path(),
                 {QStringLiteral("hello"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--start")},
                 elsewhere.path());
    QCOMPARE(later.waitForExit(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().currentFolder, QDir::cleanPath(elsewhere.path()));
    // The window reads them as the launch did: the folder relative to where
    // the launch was made.
    const CommandLine cl = CommandLine::parse(received.constFirst().arguments, received.constFirst().currentFolder);
    QCOMPARE(cl.action, CommandLine::Action::Run);
    QCOMPARE(cl.options.folder, QDir(elsewhere.path()).filePath(QStringLiteral("hello")));
    QVERIFY(cl.options.portGiven);
    QCOMPARE(cl.options.port, quint16(0));
    QVERIFY(cl.options.start);
}

void tst_SingleInstance::windowThatSaysNoLeavesTheLaunchAlone()
{
    SingleInstance window;
    QVERIFY(window.listen());
    QSignalSpy handled(&window, &SingleInstance::requestHandled);
    window.setHandler([](const SingleInstance::Request &) { return false; });
    Launch later(m_runtime.path(), m_home.path(), {m_folder.path()});
    // Told no, it opens a window of its own instead of exiting.
    QVERIFY2(later.waitForError(QStringLiteral("the window answered N")), qPrintable(later.err()));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.constFirst().constFirst().toBool(), false);
    QVERIFY(later.isRunning());
}

void tst_SingleInstance::newInstanceDoesNotHandOver()
{
    SingleInstance window;
    QVERIFY(window.listen());
    QSignalSpy handled(&window, &SingleInstance::requestHandled);
    window.setHandler([](const SingleInstance::Request &) { return true; });
    Launch later(m_runtime.path(), m_home.path(), {QStringLiteral("--new-instance"), m_folder.path()});
    QVERIFY2(later.waitForError(QStringLiteral("--new-instance: a window of its own")), qPrintable(later.err()));
    QVERIFY(later.isRunning());
    QCOMPARE(handled.size(), 0);
}

void tst_SingleInstance::headlessNeverHandsOver()
{
    SingleInstance window;
    QVERIFY(window.listen());
    QSignalSpy handled(&window, &SingleInstance::requestHandled);
    window.setHandler([](const SingleInstance::Request &) { return true; });
    Launch headless(m_runtime.path(), m_home.path(),
                    {QStringLiteral("--headless"), QStringLiteral("--local-only"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet"), m_folder.path()});
    // Serving on its own; the event loop ran all along, so a hand-over
    // would have been taken (and the launch would have exited).
    QVERIFY2(headless.waitForOutput(QStringLiteral("Press Ctrl+C to stop.")), qPrintable(headless.err()));
    QCOMPARE(handled.size(), 0);
    QVERIFY(headless.isRunning());
    headless.terminate();
    QCOMPARE(headless.waitForExit(), 0);
}

void tst_SingleInstance::headlessNeverListens()
{
    QTemporaryDir runtime;
    Launch headless(runtime.path(), m_home.path(),
                    {QStringLiteral("--headless"), QStringLiteral("--local-only"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet"), m_folder.path()});
    QVERIFY2(headless.waitForOutput(QStringLiteral("Press Ctrl+C to stop.")), qPrintable(headless.err()));
    QVERIFY(QDir(runtime.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).isEmpty());
    headless.terminate();
    QCOMPARE(headless.waitForExit(), 0);
}

void tst_SingleInstance::firstWindowServesTheFolderOfTheSecond()
{
    QTemporaryDir runtime;
    QTemporaryDir home;
    Launch first(runtime.path(), home.path(), {});
    QVERIFY2(first.waitForError(QStringLiteral("listening for other launches")), qPrintable(first.err()));

    Launch second(runtime.path(), home.path(),
                  {m_folder.path(), QStringLiteral("--start"), QStringLiteral("--local-only"), QStringLiteral("--port"),
                   QStringLiteral("0")});
    QCOMPARE(second.waitForExit(), 0);
    QVERIFY(second.out().contains(QStringLiteral("already running")));

    // The first window shares the folder the second was given.
    const QRegularExpressionMatch serving
        = first.waitForError(QRegularExpression(QStringLiteral("serving as asked by another launch, on port (\\d+)")));
    QVERIFY2(serving.hasMatch(), qPrintable(first.err()));
    const quint16 port = quint16(serving.captured(1).toUInt());
    QCOMPARE(fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/hello.txt").arg(port))),
             QByteArray("hello from the handed-over folder"));
    first.terminate();
    QCOMPARE(first.waitForExit(), 0);
}

void tst_SingleInstance::staleSocketIsRecovered()
{
    QTemporaryDir runtime;
    QTemporaryDir home;
    const QString socket = runtime.filePath(QStringLiteral("servery-window"));
    QVERIFY(makeStaleSocket(socket));

    // A later launch finds nobody there and becomes the window itself.
    Launch first(runtime.path(), home.path(), {});
    QVERIFY2(first.waitForError(QStringLiteral("listening for other launches")), qPrintable(first.err()));
    QVERIFY2(first.err().contains(QStringLiteral("removing the stale socket")), qPrintable(first.err()));

    Launch second(runtime.path(), home.path(),
                  {m_folder.path(), QStringLiteral("--start"), QStringLiteral("--local-only"), QStringLiteral("--port"),
                   QStringLiteral("0")});
    QCOMPARE(second.waitForExit(), 0);
    QVERIFY2(first.waitForError(QStringLiteral("serving as asked by another launch")), qPrintable(first.err()));
    first.terminate();
    QCOMPARE(first.waitForExit(), 0);
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
