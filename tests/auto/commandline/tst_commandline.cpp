// Tests of the command line: what each option sets, what is refused as a
// usage error (exit status 2), and that --help documents every option.

#include "CommandLine.h"
#include "ServerSetup.h"

#include "server/route/AccessKey.h"

#include <QtTest>

using namespace Servery;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Servery::CommandLine::Action)

namespace {

// A made-up working folder; nothing is read from the file system.
QString cwd()
{
    return QDir::rootPath() + u"home/user/site"_s;
}

QString underCwd(const QString &relative)
{
    return QDir::cleanPath(cwd() + u'/' + relative);
}

CommandLine parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList {u"servery"_s} + arguments, cwd());
}

const char *actionName(CommandLine::Action a)
{
    switch (a) {
    case CommandLine::Action::Run:
        return "Run";
    case CommandLine::Action::ShowHelp:
        return "ShowHelp";
    case CommandLine::Action::ShowVersion:
        return "ShowVersion";
    case CommandLine::Action::UsageError:
        return "UsageError";
    }
    return "?";
}

} // namespace

class tst_CommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void runOptions_data();
    void runOptions();
    void catchTakesNoKeyUnlessPinned();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void staticFileOptions_data();
    void staticFileOptions();
    void sharingOptions_data();
    void sharingOptions();
    void helpTextMentionsEveryOption_data();
    void helpTextMentionsEveryOption();
    void versionText();
    void sitePreviewOptions();
};

void tst_CommandLine::defaults()
{
    const CommandLine c = parse({});
    QVERIFY2(c.action == CommandLine::Action::Run, qPrintable(c.error));
    QVERIFY(c.error.isEmpty());
    QCOMPARE(c.options.folder, cwd());
    QCOMPARE(c.options.port, quint16(8080));
    QVERIFY(c.options.bindAddress.isNull());
    QVERIFY(!c.options.localOnly);
    QVERIFY(!c.options.headless);
    QVERIFY(c.options.accessLogPath.isEmpty());
    QVERIFY(!c.options.quiet);
    QCOMPARE(c.options.workers, 0);
}

void tst_CommandLine::runOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("bind"); // empty: no --bind
    QTest::addColumn<bool>("localOnly");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("accessLog");
    QTest::addColumn<bool>("quiet");
    QTest::addColumn<int>("workers");

    const QString here = cwd();
    const QString absolute = QDir::rootPath() + u"data/photos"_s;

    QTest::newRow("relative folder resolved against the current folder")
        << QStringList {u"photos"_s} << underCwd(u"photos"_s) << 8080 << QString() << false << false << QString()
        << false << 0;
    QTest::newRow("relative folder with .. is cleaned")
        << QStringList {u"../other/./docs"_s} << QDir::rootPath() + u"home/user/other/docs"_s << 8080 << QString()
        << false << false << QString() << false << 0;
    QTest::newRow("dot is the current folder")
        << QStringList {u"."_s} << here << 8080 << QString() << false << false << QString() << false << 0;
    QTest::newRow("absolute folder kept")
        << QStringList {absolute} << absolute << 8080 << QString() << false << false << QString() << false << 0;
    QTest::newRow("--port N") << QStringList {u"--port"_s, u"9000"_s} << here << 9000 << QString() << false << false
                              << QString() << false << 0;
    QTest::newRow("-p N") << QStringList {u"-p"_s, u"9001"_s} << here << 9001 << QString() << false << false
                          << QString() << false << 0;
    QTest::newRow("--port=N") << QStringList {u"--port=9002"_s} << here << 9002 << QString() << false << false
                              << QString() << false << 0;
    QTest::newRow("port 0 asks for a free port")
        << QStringList {u"--port"_s, u"0"_s} << here << 0 << QString() << false << false << QString() << false << 0;
    QTest::newRow("port 65535 is the highest") << QStringList {u"--port"_s, u"65535"_s} << here << 65535 << QString()
                                               << false << false << QString() << false << 0;
    QTest::newRow("--bind IPv4") << QStringList {u"--bind"_s, u"192.168.1.23"_s} << here << 8080 << u"192.168.1.23"_s
                                 << false << false << QString() << false << 0;
    QTest::newRow("-b IPv6") << QStringList {u"-b"_s, u"fd12:3456::23"_s} << here << 8080 << u"fd12:3456::23"_s << false
                             << false << QString() << false << 0;
    QTest::newRow("--bind IPv6 loopback")
        << QStringList {u"--bind"_s, u"::1"_s} << here << 8080 << u"::1"_s << false << false << QString() << false << 0;
    QTest::newRow("--bind IPv6 in brackets")
        << QStringList {u"--bind=[::1]"_s} << here << 8080 << u"::1"_s << false << false << QString() << false << 0;
    QTest::newRow("--local-only") << QStringList {u"--local-only"_s} << here << 8080 << QString() << true << false
                                  << QString() << false << 0;
    QTest::newRow("-l") << QStringList {u"-l"_s} << here << 8080 << QString() << true << false << QString() << false
                        << 0;
    QTest::newRow("--headless") << QStringList {u"--headless"_s} << here << 8080 << QString() << false << true
                                << QString() << false << 0;
    QTest::newRow("--access-log relative made absolute")
        << QStringList {u"--access-log"_s, u"logs/access.log"_s} << here << 8080 << QString() << false << false
        << underCwd(u"logs/access.log"_s) << false << 0;
    QTest::newRow("--access-log=FILE absolute kept")
        << QStringList {u"--access-log="_s + QDir::rootPath() + u"var/log/servery.log"_s} << here << 8080 << QString()
        << false << false << QDir::rootPath() + u"var/log/servery.log"_s << false << 0;
    QTest::newRow("--quiet") << QStringList {u"--quiet"_s} << here << 8080 << QString() << false << false << QString()
                             << true << 0;
    QTest::newRow("-q") << QStringList {u"-q"_s} << here << 8080 << QString() << false << false << QString() << true
                        << 0;
    QTest::newRow("--workers 1 is the fewest") << QStringList {u"--workers"_s, u"1"_s} << here << 8080 << QString()
                                               << false << false << QString() << false << 1;
    QTest::newRow("--workers 256 is the most")
        << QStringList {u"--workers=256"_s} << here << 8080 << QString() << false << false << QString() << false << 256;
    QTest::newRow("options after the folder")
        << QStringList {u"public"_s, u"--port"_s, u"3000"_s, u"--headless"_s} << underCwd(u"public"_s) << 3000
        << QString() << false << true << QString() << false << 0;
    QTest::newRow("everything at once") << QStringList {u"--headless"_s, u"-p"_s,       u"8443"_s,
                                                        u"--bind"_s,     u"10.0.0.5"_s, u"--access-log"_s,
                                                        u"a.log"_s,      u"-q"_s,       u"--workers"_s,
                                                        u"4"_s,          absolute}
                                        << absolute << 8443 << u"10.0.0.5"_s << false << true << underCwd(u"a.log"_s)
                                        << true << 4;
}

void tst_CommandLine::runOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, folder);
    QFETCH(int, port);
    QFETCH(QString, bind);
    QFETCH(bool, localOnly);
    QFETCH(bool, headless);
    QFETCH(QString, accessLog);
    QFETCH(bool, quiet);
    QFETCH(int, workers);

    const CommandLine c = parse(arguments);
    QVERIFY2(c.action == CommandLine::Action::Run,
             qPrintable(QString::fromLatin1(actionName(c.action)) + u": "_s + c.error));
    QVERIFY(c.error.isEmpty());
    const Options &o = c.options;
    QCOMPARE(o.folder, folder);
    QVERIFY2(QDir::isAbsolutePath(o.folder), qPrintable(o.folder));
    QCOMPARE(int(o.port), port);
    if (bind.isEmpty())
        QVERIFY2(o.bindAddress.isNull(), qPrintable(o.bindAddress.toString()));
    else
        QCOMPARE(o.bindAddress, QHostAddress(bind));
    QCOMPARE(o.localOnly, localOnly);
    QCOMPARE(o.headless, headless);
    QCOMPARE(o.accessLogPath, accessLog);
    QCOMPARE(o.quiet, quiet);
    QCOMPARE(o.workers, workers);
}

void tst_CommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // the error names what was wrong

    QTest::newRow("port above 65535") << QStringList {u"--port"_s, u"65536"_s} << u"65536"_s;
    QTest::newRow("negative port") << QStringList {u"--port"_s, u"-1"_s} << u"-1"_s;
    QTest::newRow("negative port with =") << QStringList {u"--port=-1"_s} << u"-1"_s;
    QTest::newRow("port that is not a number") << QStringList {u"-p"_s, u"abc"_s} << u"abc"_s;
    QTest::newRow("port with trailing junk") << QStringList {u"--port=80x"_s} << u"80x"_s;
    QTest::newRow("huge port") << QStringList {u"--port"_s, u"4294967376"_s} << u"4294967376"_s;
    QTest::newRow("port without a value") << QStringList {u"--port"_s} << u"port"_s;
    QTest::newRow("bind to a malformed IPv4") << QStringList {u"--bind"_s, u"999.1.1.1"_s} << u"999.1.1.1"_s;
    QTest::newRow("bind to a host name") << QStringList {u"--bind"_s, u"localhost"_s} << u"localhost"_s;
    QTest::newRow("bind to a malformed IPv6") << QStringList {u"--bind"_s, u"fd12:::1"_s} << u"fd12:::1"_s;
    QTest::newRow("bind to an empty address") << QStringList {u"--bind="_s} << u"bind"_s;
    QTest::newRow("--bind with --local-only")
        << QStringList {u"--bind"_s, u"192.168.1.23"_s, u"--local-only"_s} << u"--local-only"_s;
    QTest::newRow("--local-only with -b") << QStringList {u"-l"_s, u"-b"_s, u"::1"_s} << u"--bind"_s;
    QTest::newRow("two folders") << QStringList {u"one"_s, u"two"_s} << QString();
    QTest::newRow("two folders around an option") << QStringList {u"one"_s, u"--headless"_s, u"two"_s} << QString();
    QTest::newRow("unknown long option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown short option") << QStringList {u"-z"_s} << u"z"_s;
    QTest::newRow("value given to a flag") << QStringList {u"--headless=yes"_s} << u"headless"_s;
    QTest::newRow("zero workers") << QStringList {u"--workers"_s, u"0"_s} << u"0"_s;
    QTest::newRow("300 workers") << QStringList {u"--workers"_s, u"300"_s} << u"300"_s;
    QTest::newRow("workers not a number") << QStringList {u"--workers=many"_s} << u"many"_s;
    QTest::newRow("empty access log name") << QStringList {u"--access-log="_s} << u"access-log"_s;
    QTest::newRow("unknown mode") << QStringList {u"--mode"_s, u"fast"_s} << u"fast"_s;
    QTest::newRow("index with a slash") << QStringList {u"--index"_s, u"a/index.html"_s} << u"a/index.html"_s;
    QTest::newRow("index that climbs") << QStringList {u"--index=.."_s} << u".."_s;
    QTest::newRow("empty index") << QStringList {u"--index="_s} << u"index"_s;
    QTest::newRow("--key with --no-key") << QStringList {u"--key"_s, u"abcdefghijkl"_s, u"--no-key"_s} << u"--no-key"_s;
    QTest::newRow("key too short") << QStringList {u"--key=short"_s} << u"short"_s;
    QTest::newRow("key with a space") << QStringList {u"--key"_s, u"has a space in it"_s} << u"has a space in it"_s;
    QTest::newRow("key with a slash") << QStringList {u"--key=abcdef/ghijkl"_s} << u"abcdef/ghijkl"_s;
    QTest::newRow("host with a slash") << QStringList {u"--allow-host"_s, u"a/b"_s} << u"a/b"_s;
    QTest::newRow("empty host") << QStringList {u"--allow-host="_s} << u"allow-host"_s;
    QTest::newRow("--overwrite without --upload") << QStringList {u"--overwrite"_s} << u"--upload"_s;
    QTest::newRow("unknown clean-urls mode") << QStringList {u"--clean-urls=maybe"_s} << u"maybe"_s;
    QTest::newRow("spa file that climbs") << QStringList {u"--spa=../app.html"_s} << u"../app.html"_s;
    QTest::newRow("cors origin with a path") << QStringList {u"--cors=http://a.test/x"_s} << u"http://a.test/x"_s;
    QTest::newRow("cors origin without scheme") << QStringList {u"--cors=a.test"_s} << u"a.test"_s;
    QTest::newRow("header without a colon")
        << QStringList {u"--header"_s, u"X-Frame-Options DENY"_s} << u"X-Frame-Options DENY"_s;
    QTest::newRow("header with a bad name") << QStringList {u"--header"_s, u"Bad Name: x"_s} << u"Bad Name: x"_s;
}

void tst_CommandLine::sharingOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("noKey");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("upload");
    QTest::addColumn<bool>("overwrite");

    QTest::newRow("defaults: a key, no uploads")
        << QStringList() << QByteArray() << false << QStringList() << false << false;
    QTest::newRow("--key pins one") << QStringList {u"--key"_s, u"my-pinned.key_42"_s} << QByteArray("my-pinned.key_42")
                                    << false << QStringList() << false << false;
    QTest::newRow("--no-key") << QStringList {u"--no-key"_s} << QByteArray() << true << QStringList() << false << false;
    QTest::newRow("--allow-host twice, lowercased, once each")
        << QStringList {u"--allow-host"_s, u"NAS.lan"_s, u"--allow-host=laptop.home"_s, u"--allow-host"_s, u"nas.lan"_s}
        << QByteArray() << false << QStringList {u"nas.lan"_s, u"laptop.home"_s} << false << false;
    QTest::newRow("--upload") << QStringList {u"--upload"_s} << QByteArray() << false << QStringList() << true << false;
    QTest::newRow("--upload --overwrite")
        << QStringList {u"--upload"_s, u"--overwrite"_s} << QByteArray() << false << QStringList() << true << true;
}

void tst_CommandLine::sharingOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, key);
    QFETCH(bool, noKey);
    QFETCH(QStringList, hosts);
    QFETCH(bool, upload);
    QFETCH(bool, overwrite);

    const CommandLine c = parse(arguments);
    QVERIFY2(c.action == CommandLine::Action::Run, qPrintable(c.error));
    QCOMPARE(c.options.key, key);
    QCOMPARE(c.options.noKey, noKey);
    QCOMPARE(c.options.allowedHosts, hosts);
    QCOMPARE(c.options.upload, upload);
    QCOMPARE(c.options.overwrite, overwrite);

    // One mapping to the engine's configuration: a key unless --no-key,
    // the pinned one if given, else a fresh random one each time.
    const ServerConfig config = serverConfigFor(c.options);
    if (noKey) {
        QVERIFY(config.accessKey.isEmpty());
    } else if (!key.isEmpty()) {
        QCOMPARE(config.accessKey, key);
    } else {
        QVERIFY(isValidAccessKey(config.accessKey));
        QVERIFY(config.accessKey.size() >= 16); // at least 96 bits
        QVERIFY(serverConfigFor(c.options).accessKey != config.accessKey);
    }
    QCOMPARE(config.allowedHosts, hosts);
    QCOMPARE(config.allowUploads, upload);
    QCOMPARE(config.overwriteUploads, overwrite);
}

void tst_CommandLine::catchTakesNoKeyUnlessPinned()
{
    const CommandLine plain = parse({u"--catch"_s});
    QVERIFY2(plain.action == CommandLine::Action::Run, qPrintable(plain.error));
    QVERIFY(plain.options.catchAll);
    const ServerConfig config = serverConfigFor(plain.options);
    QVERIFY(config.catchAll);
    QVERIFY(config.keepRawHead);
    QVERIFY(config.rootPath.isEmpty());
    QCOMPARE(config.recordDetail, RecordDetail::Full);
    QVERIFY(config.accessKey.isEmpty());

    const CommandLine pinned = parse({u"--catch"_s, u"--key"_s, u"my-pinned.key_42"_s});
    QVERIFY2(pinned.action == CommandLine::Action::Run, qPrintable(pinned.error));
    QCOMPARE(serverConfigFor(pinned.options).accessKey, QByteArray("my-pinned.key_42"));

    // The window turns catching off for its share defaults: they keep a key.
    Options sharing = plain.options;
    sharing.catchAll = false;
    QVERIFY(isValidAccessKey(serverConfigFor(sharing).accessKey));
}

void tst_CommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const CommandLine c = parse(arguments);
    QVERIFY2(c.action == CommandLine::Action::UsageError,
             qPrintable(u"got "_s + QString::fromLatin1(actionName(c.action))));
    QVERIFY(!c.error.trimmed().isEmpty());
    QVERIFY2(!c.error.trimmed().contains(u'\n'), qPrintable(c.error));
    if (!mentions.isEmpty())
        QVERIFY2(c.error.contains(mentions),
                 qPrintable(u"error \""_s + c.error + u"\" does not mention "_s + mentions));
}

void tst_CommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");

    QTest::newRow("--help") << QStringList {u"--help"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("-h") << QStringList {u"-h"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("--help among other options")
        << QStringList {u"site"_s, u"--port"_s, u"9000"_s, u"--help"_s} << CommandLine::Action::ShowHelp;
    QTest::newRow("--version") << QStringList {u"--version"_s} << CommandLine::Action::ShowVersion;
    QTest::newRow("-v") << QStringList {u"-v"_s} << CommandLine::Action::ShowVersion;
    QTest::newRow("--version among other options")
        << QStringList {u"--headless"_s, u"-v"_s} << CommandLine::Action::ShowVersion;
}

void tst_CommandLine::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);

    const CommandLine c = parse(arguments);
    QVERIFY2(c.action == action, qPrintable(u"got "_s + QString::fromLatin1(actionName(c.action)) + u" "_s + c.error));
}

void tst_CommandLine::staticFileOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("share");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("listing");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<bool>("follow");

    const QString def = u"index.html"_s;
    QTest::newRow("defaults protect people") << QStringList() << false << def << true << false << false;
    QTest::newRow("--mode share") << QStringList {u"--mode"_s, u"share"_s} << true << def << true << false << false;
    QTest::newRow("--mode=preview") << QStringList {u"--mode=preview"_s} << false << def << true << false << false;
    QTest::newRow("--index") << QStringList {u"--index"_s, u"home.htm"_s} << false << u"home.htm"_s << true << false
                             << false;
    QTest::newRow("--no-listing") << QStringList {u"--no-listing"_s} << false << def << false << false << false;
    QTest::newRow("--hidden") << QStringList {u"--hidden"_s} << false << def << true << true << false;
    QTest::newRow("--follow-symlinks") << QStringList {u"--follow-symlinks"_s} << false << def << true << false << true;
}

void tst_CommandLine::staticFileOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, share);
    QFETCH(QString, index);
    QFETCH(bool, listing);
    QFETCH(bool, hidden);
    QFETCH(bool, follow);

    const CommandLine c = parse(arguments);
    QCOMPARE(actionName(c.action), actionName(CommandLine::Action::Run));
    QCOMPARE(c.options.shareMode, share);
    QCOMPARE(c.options.indexFileName, index);
    QCOMPARE(c.options.listDirectories, listing);
    QCOMPARE(c.options.showHidden, hidden);
    QCOMPARE(c.options.followSymlinks, follow);
}

void tst_CommandLine::helpTextMentionsEveryOption_data()
{
    QTest::addColumn<QString>("longName");
    QTest::addColumn<QString>("shortName"); // empty if none
    QTest::addColumn<QStringList>("validUse");

    QTest::newRow("port") << u"--port"_s << u"-p"_s << QStringList {u"--port"_s, u"8000"_s};
    QTest::newRow("bind") << u"--bind"_s << u"-b"_s << QStringList {u"--bind"_s, u"127.0.0.1"_s};
    QTest::newRow("local-only") << u"--local-only"_s << u"-l"_s << QStringList {u"--local-only"_s};
    QTest::newRow("headless") << u"--headless"_s << QString() << QStringList {u"--headless"_s};
    QTest::newRow("access-log") << u"--access-log"_s << QString() << QStringList {u"--access-log"_s, u"x.log"_s};
    QTest::newRow("quiet") << u"--quiet"_s << u"-q"_s << QStringList {u"--quiet"_s};
    QTest::newRow("workers") << u"--workers"_s << QString() << QStringList {u"--workers"_s, u"2"_s};
    QTest::newRow("mode") << u"--mode"_s << QString() << QStringList {u"--mode"_s, u"share"_s};
    QTest::newRow("index") << u"--index"_s << QString() << QStringList {u"--index"_s, u"home.html"_s};
    QTest::newRow("no-listing") << u"--no-listing"_s << QString() << QStringList {u"--no-listing"_s};
    QTest::newRow("hidden") << u"--hidden"_s << QString() << QStringList {u"--hidden"_s};
    QTest::newRow("follow-symlinks") << u"--follow-symlinks"_s << QString() << QStringList {u"--follow-symlinks"_s};
    QTest::newRow("key") << u"--key"_s << QString() << QStringList {u"--key"_s, u"abcdefghijklmnop"_s};
    QTest::newRow("no-key") << u"--no-key"_s << QString() << QStringList {u"--no-key"_s};
    QTest::newRow("allow-host") << u"--allow-host"_s << QString() << QStringList {u"--allow-host"_s, u"nas.lan"_s};
    QTest::newRow("upload") << u"--upload"_s << QString() << QStringList {u"--upload"_s};
    QTest::newRow("overwrite") << u"--overwrite"_s << QString() << QStringList {u"--upload"_s, u"--overwrite"_s};
    QTest::newRow("no-reload") << u"--no-reload"_s << QString() << QStringList {u"--no-reload"_s};
    QTest::newRow("console-all") << u"--console-all"_s << QString() << QStringList {u"--console-all"_s};
    QTest::newRow("clean-urls") << u"--clean-urls"_s << QString() << QStringList {u"--clean-urls=strict"_s};
    QTest::newRow("spa") << u"--spa"_s << QString() << QStringList {u"--spa"_s};
    QTest::newRow("cors") << u"--cors"_s << QString() << QStringList {u"--cors"_s};
    QTest::newRow("header") << u"--header"_s << QString() << QStringList {u"--header"_s, u"X-A: b"_s};
    QTest::newRow("help") << u"--help"_s << u"-h"_s << QStringList {u"--help"_s};
    QTest::newRow("version") << u"--version"_s << u"-v"_s << QStringList {u"--version"_s};
}

void tst_CommandLine::helpTextMentionsEveryOption()
{
    QFETCH(QString, longName);
    QFETCH(QString, shortName);
    QFETCH(QStringList, validUse);

    const QString help = CommandLine::helpText();
    // Whole words only: "--port" must not be found inside "--portable".
    const auto mentions = [&](const QString &option) {
        const QRegularExpression word(u"(^|[\\s,\\[])"_s + QRegularExpression::escape(option) + u"($|[\\s,=\\[\\]])"_s);
        return word.match(help).hasMatch();
    };
    QVERIFY2(mentions(longName), qPrintable(longName));
    if (!shortName.isEmpty())
        QVERIFY2(mentions(shortName), qPrintable(shortName));

    // And what the help promises, the parser accepts.
    const CommandLine c = parse(validUse);
    QVERIFY2(c.action != CommandLine::Action::UsageError, qPrintable(c.error));
}

void tst_CommandLine::versionText()
{
    const QString text = CommandLine::versionText();
    QCOMPARE(text, u"Servery "_s + QString::fromLatin1(SERVERY_VERSION) + u'\n');
}

void tst_CommandLine::sitePreviewOptions()
{
    // Defaults follow the mode.
    SiteSettings preview = siteSettingsFor(parse({}).options);
    QVERIFY(preview.liveReload);
    QCOMPARE(preview.cleanUrls, CleanUrls::On);
    QVERIFY(preview.rulesFiles);
    QVERIFY(!preview.spa && !preview.cors && preview.extraHeaders.isEmpty());
    const SiteSettings share = siteSettingsFor(parse({u"--mode"_s, u"share"_s}).options);
    QVERIFY(!share.liveReload);
    QCOMPARE(share.cleanUrls, CleanUrls::Off);
    QVERIFY(!share.rulesFiles);

    // A bare --spa never takes the folder after it as its file.
    CommandLine c = parse({u"--spa"_s, u"site"_s});
    QCOMPARE(c.action, CommandLine::Action::Run);
    QVERIFY(c.options.spa);
    QVERIFY(c.options.spaFile.isEmpty());
    QCOMPARE(c.options.folder, QDir(cwd()).absoluteFilePath(u"site"_s));

    c = parse({u"site"_s, u"--spa=app/shell.html"_s, u"--clean-urls=strict"_s, u"--no-reload"_s, u"--console-all"_s,
               u"--cors=http://localhost:5173/, http://a.test:8080"_s, u"--header"_s, u"X-Frame-Options: DENY"_s,
               u"--header=Cache-Control:no-store"_s});
    QCOMPARE(c.action, CommandLine::Action::Run);
    const SiteSettings s = siteSettingsFor(c.options);
    QVERIFY(s.spa);
    QCOMPARE(s.spaFile, u"app/shell.html"_s);
    QCOMPARE(s.cleanUrls, CleanUrls::Strict);
    QVERIFY(!s.liveReload);
    QVERIFY(s.consoleAll);
    QVERIFY(s.cors);
    QCOMPARE(s.corsOrigins, (QByteArrayList {"http://localhost:5173", "http://a.test:8080"}));
    QCOMPARE(s.extraHeaders.size(), 2);
    QCOMPARE(s.extraHeaders.at(0), (std::pair<QByteArray, QByteArray> {"X-Frame-Options", "DENY"}));
    QCOMPARE(s.extraHeaders.at(1), (std::pair<QByteArray, QByteArray> {"Cache-Control", "no-store"}));

    // "--spa FILE" when FILE is a page; the folder may follow.
    c = parse({u"--spa"_s, u"shell.html"_s, u"site"_s});
    QCOMPARE(c.action, CommandLine::Action::Run);
    QCOMPARE(c.options.spaFile, u"shell.html"_s);
    QCOMPARE(c.options.folder, QDir(cwd()).absoluteFilePath(u"site"_s));

    // --cors alone: any origin.
    c = parse({u"--cors"_s, u"site"_s});
    QVERIFY(c.options.cors);
    QVERIFY(c.options.corsOrigins.isEmpty());
    QCOMPARE(c.options.folder, QDir(cwd()).absoluteFilePath(u"site"_s));
    QCOMPARE(siteSettingsFor(parse({u"--clean-urls=off"_s}).options).cleanUrls, CleanUrls::Off);
    QCOMPARE(siteSettingsFor(parse({u"--clean-urls"_s}).options).cleanUrls, CleanUrls::On);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
