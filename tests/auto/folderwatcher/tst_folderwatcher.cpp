// The folder watcher that drives a live reload: every behaviour against both
// backends (inotify itself and QFileSystemWatcher with rescans), on real
// folders. A change that must not be reported is proved absent by making a
// visible change afterwards: the first report must hold only that one.

#include "server/site/FolderWatcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <filesystem>
#include <memory>
#include <system_error>

using namespace Servery;
using namespace std::chrono_literals;
using Backend = FolderWatcher::Backend;

namespace {

constexpr int kWaitMs = 10'000;

// A site in a temporary folder.
class Site {
public:
    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    bool write(const QString &relative, const QByteArray &content) const
    {
        const QString file = path(relative);
        if (!QDir().mkpath(QFileInfo(file).path()))
            return false;
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
    }
    bool mkpath(const QString &relative) const { return QDir().mkpath(path(relative)); }
    bool remove(const QString &relative) const { return QFile::remove(path(relative)); }

private:
    QTemporaryDir m_dir;
};

// rename(2): replaces the target at once, as editors' atomic saves do
// (QFile::rename refuses an existing target).
bool renameOver(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            error);
    return !error;
}

// The next report, or an empty list after kWaitMs.
QStringList nextReport(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(kWaitMs))
        return {};
    return spy.takeFirst().at(0).toStringList();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_FolderWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ignoredNames_data();
    void ignoredNames();
    void startWatchesEveryVisibleFolder_data() { backends(); }
    void startWatchesEveryVisibleFolder();
    void writeInPlace_data() { backends(); }
    void writeInPlace();
    void nestedFile_data() { backends(); }
    void nestedFile();
    void atomicSaveCountsOnceAsTheRealName_data();
    void atomicSaveCountsOnceAsTheRealName();
    void vimSave_data() { backends(); }
    void vimSave();
    void burstGivesOneReport_data() { backends(); }
    void burstGivesOneReport();
    void constantWritesStillReport_data() { backends(); }
    void constantWritesStillReport();
    void hiddenAndNodeModulesAreIgnored_data() { backends(); }
    void hiddenAndNodeModulesAreIgnored();
    void newFolderWithFiles_data() { backends(); }
    void newFolderWithFiles();
    void deletedFile_data() { backends(); }
    void deletedFile();
    void deletedFolder_data() { backends(); }
    void deletedFolder();
    void folderMovedAwayIsNoLongerWatched_data() { backends(); }
    void folderMovedAwayIsNoLongerWatched();
    void folderMovedInIsWatched_data() { backends(); }
    void folderMovedInIsWatched();
    void folderRenamedInside_data() { backends(); }
    void folderRenamedInside();
    void stopThenNoReports_data() { backends(); }
    void stopThenNoReports();
    void restart_data() { backends(); }
    void restart();
    void descriptorsAreClosed_data() { backends(); }
    void descriptorsAreClosed();
    void missingRootFails();
    void tooManyFoldersIsAProblem_data() { backends(); }
    void tooManyFoldersIsAProblem();

private:
    std::unique_ptr<Site> m_manyFolders;

    static void backends()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("native") << Backend::Native;
        QTest::newRow("portable") << Backend::Portable;
    }
};

void tst_FolderWatcher::ignoredNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ignored");

    auto row = [](const char *path, bool ignored) {
        QTest::newRow(path) << QString::fromUtf8(path) << ignored;
    };
    row("index.html", false);
    row("css/site.css", false);
    row("a/b/c/d.js", false);
    row("notes.swp.txt", false);
    row("4913.html", false);
    row("#hash", false);
    row("tmp/file", false);
    row(".git/HEAD", true);
    row(".hidden", true);
    row("a/.cache/x", true);
    row("node_modules/react/index.js", true);
    row("packages/app/node_modules/x.js", true);
    row("index.html~", true);
    row(".index.html.swp", true);
    row("index.html.swx", true);
    row("index.html.swo", true);
    row("index.html.tmp", true);
    row("4913", true);
    row("a/4913", true);
    row("#index.html#", true);
    row("index.html___jb_tmp___", true);
    row("index.html___jb_old___", true);
    row("index.html.crswap", true);
    row("index.html.kate-swp", true);
    row(".goutputstream-ABC123", true);
}

void tst_FolderWatcher::ignoredNames()
{
    QFETCH(QString, path);
    QFETCH(bool, ignored);
    QCOMPARE(FolderWatcher::isIgnored(path), ignored);
}

void tst_FolderWatcher::startWatchesEveryVisibleFolder()
{
    QFETCH(Backend, backend);
    Site site;
    Site outside;
    QVERIFY(site.isValid() && outside.isValid());
    QVERIFY(site.mkpath(QStringLiteral("a/b/c")));
    QVERIFY(site.mkpath(QStringLiteral("d")));
    QVERIFY(site.mkpath(QStringLiteral(".git/objects/12")));
    QVERIFY(site.mkpath(QStringLiteral("node_modules/pkg/lib")));
    QVERIFY(site.mkpath(QStringLiteral("d/node_modules/x")));
    QVERIFY(outside.mkpath(QStringLiteral("far/away")));
    // Symlinks to folders are not followed, in or out (no loop either).
    QVERIFY(QFile::link(outside.path(QStringLiteral("far")), site.path(QStringLiteral("out"))));
    QVERIFY(QFile::link(site.root(), site.path(QStringLiteral("a/loop"))));

    FolderWatcher watcher;
    QVERIFY(watcher.start(site.root(), backend));
#ifdef Q_OS_LINUX
    QCOMPARE(watcher.backend(), backend);
#endif
    QCOMPARE(watcher.problem(), QString());
    QCOMPARE(watcher.watchedFolders(), 5); // root, a, a/b, a/b/c, d
}

void tst_FolderWatcher::writeInPlace()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("index.html"), "<p>one</p>"));
    QVERIFY(site.write(QStringLiteral("other.html"), "other"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    // Same size on purpose: the portable backend sees this through the
    // file's own watch, not through size or time.
    QVERIFY(site.write(QStringLiteral("index.html"), "<p>two</p>"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("index.html")});

    QVERIFY(site.write(QStringLiteral("index.html"), "<p>three</p>"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("index.html")});
}

void tst_FolderWatcher::nestedFile()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("a/b/page.html"), "one"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    QVERIFY(site.write(QStringLiteral("a/b/page.html"), "two"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("a/b/page.html")});
    QVERIFY(site.write(QStringLiteral("a/b/new.css"), "p {}"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("a/b/new.css")});
}

void tst_FolderWatcher::atomicSaveCountsOnceAsTheRealName_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("editor");

    const QStringList editors {
        QStringLiteral("tmp suffix"), // many tools: index.html.tmp, renamed over
        QStringLiteral("gedit"), // .goutputstream-XXXXXX
        QStringLiteral("VS Code"), // a hidden temporary beside it
        QStringLiteral("JetBrains"), // ___jb_tmp___ and ___jb_old___
        QStringLiteral("unlisted name"), // a temporary no rule knows
    };
    for (const QString &editor : editors) {
        QTest::addRow("native, %s", qPrintable(editor)) << Backend::Native << editor;
        QTest::addRow("portable, %s", qPrintable(editor)) << Backend::Portable << editor;
    }
}

void tst_FolderWatcher::atomicSaveCountsOnceAsTheRealName()
{
    QFETCH(Backend, backend);
    QFETCH(QString, editor);
    Site site;
    QVERIFY(site.write(QStringLiteral("index.html"), "<p>old</p>"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    const QString real = site.path(QStringLiteral("index.html"));
    const auto saveThrough = [&](const QString &temporary) {
        return site.write(temporary, "<p>new</p>") && renameOver(site.path(temporary), real);
    };
    if (editor == u"tmp suffix") {
        QVERIFY(saveThrough(QStringLiteral("index.html.tmp")));
    } else if (editor == u"gedit") {
        QVERIFY(saveThrough(QStringLiteral(".goutputstream-QX81Z2")));
    } else if (editor == u"VS Code") {
        QVERIFY(saveThrough(QStringLiteral(".index.html.a1b2c3")));
    } else if (editor == u"JetBrains") {
        QVERIFY(site.write(QStringLiteral("index.html___jb_tmp___"), "<p>new</p>"));
        QVERIFY(renameOver(real, site.path(QStringLiteral("index.html___jb_old___"))));
        QVERIFY(renameOver(site.path(QStringLiteral("index.html___jb_tmp___")), real));
        QVERIFY(site.remove(QStringLiteral("index.html___jb_old___")));
    } else {
        QVERIFY(saveThrough(QStringLiteral("index.html.sb-5d1e-x7")));
    }
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("index.html")});

    // Once: nothing about the save comes after it.
    QVERIFY(site.write(QStringLiteral("marker.txt"), "m"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("marker.txt")});
}

void tst_FolderWatcher::vimSave()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("app.js"), "let a = 1;"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    // Vim with backupcopy=no: probe that the folder is writable, move the
    // original to the backup name, write the file anew, drop the backup.
    QVERIFY(site.write(QStringLiteral("4913"), QByteArray()));
    QVERIFY(site.remove(QStringLiteral("4913")));
    QVERIFY(renameOver(site.path(QStringLiteral("app.js")), site.path(QStringLiteral("app.js~"))));
    QVERIFY(site.write(QStringLiteral("app.js"), "let a = 2;"));
    QVERIFY(site.remove(QStringLiteral("app.js~")));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("app.js")});

    QVERIFY(site.write(QStringLiteral("marker.txt"), "m"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("marker.txt")});
}

void tst_FolderWatcher::burstGivesOneReport()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("app.js"), "0"));
    FolderWatcher watcher;
    // Quiet long enough that a busy shared machine does not split the burst.
    watcher.setDebounce(300ms);
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    // The watcher reads between writes, so the events come in many batches.
    for (int i = 1; i <= 50; ++i) {
        QVERIFY(site.write(QStringLiteral("app.js"), QByteArray::number(i)));
        QCoreApplication::processEvents();
    }
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("app.js")});
    QVERIFY(site.write(QStringLiteral("marker.txt"), "m"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("marker.txt")});
}

void tst_FolderWatcher::constantWritesStillReport()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("log.txt"), "0"));
    FolderWatcher watcher;
    watcher.setDebounce(300ms);
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    // A write every 30 ms for 3 s never leaves 300 ms of quiet, but the
    // first report must come about 1 s after the first write.
    constexpr int kWrites = 100;
    int writes = 0;
    QTimer writer;
    writer.setInterval(30ms);
    connect(&writer, &QTimer::timeout, &writer, [&] {
        site.write(QStringLiteral("log.txt"), QByteArray::number(++writes));
        if (writes == kWrites)
            writer.stop();
    });
    writer.start();
    QVERIFY(spy.wait(kWaitMs));
    QVERIFY2(writes < kWrites, "the report waited for the writes to end");
    QCOMPARE(spy.first().at(0).toStringList(), QStringList {QStringLiteral("log.txt")});
    writer.stop();
}

void tst_FolderWatcher::hiddenAndNodeModulesAreIgnored()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral(".git/HEAD"), "ref: refs/heads/main"));
    QVERIFY(site.write(QStringLiteral("node_modules/pkg/index.js"), "1"));
    QVERIFY(site.write(QStringLiteral("sub/page.html"), "1"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    QVERIFY(site.write(QStringLiteral(".git/HEAD"), "ref: refs/heads/other"));
    QVERIFY(site.write(QStringLiteral(".git/objects/ab/cdef"), "object"));
    QVERIFY(site.write(QStringLiteral(".hidden.txt"), "h"));
    QVERIFY(site.write(QStringLiteral("node_modules/pkg/index.js"), "2"));
    QVERIFY(site.write(QStringLiteral("node_modules/newpkg/lib/a.js"), "new"));
    QVERIFY(site.write(QStringLiteral("sub/.cache/x"), "x"));
    QVERIFY(site.write(QStringLiteral("sub/node_modules/y.js"), "y"));
    const QStringList temporaries {
        QStringLiteral("page.html~"),
        QStringLiteral(".page.html.swp"),
        QStringLiteral("page.html.swx"),
        QStringLiteral("sub/page.html.swo"),
        QStringLiteral("4913"),
        QStringLiteral("#page.html#"),
        QStringLiteral("page.html___jb_tmp___"),
        QStringLiteral("page.html___jb_old___"),
        QStringLiteral("page.html.crswap"),
        QStringLiteral("page.html.kate-swp"),
        QStringLiteral("page.html.tmp"),
        QStringLiteral(".goutputstream-AB12CD"),
    };
    for (const QString &name : temporaries)
        QVERIFY(site.write(name, "temporary"));
    QVERIFY(site.remove(QStringLiteral(".hidden.txt")));

    QVERIFY(site.write(QStringLiteral("visible.txt"), "v"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("visible.txt")});
    QCOMPARE(watcher.watchedFolders(), 2); // root and sub
}

void tst_FolderWatcher::newFolderWithFiles()
{
    QFETCH(Backend, backend);
    Site site;
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    QCOMPARE(watcher.watchedFolders(), 1);

    // As `cp -r` or `git checkout` does: the files are there before the
    // watcher hears of the folder.
    QVERIFY(site.write(QStringLiteral("new/a.txt"), "a"));
    QVERIFY(site.write(QStringLiteral("new/deep/b.txt"), "b"));
    QVERIFY(site.write(QStringLiteral("new/.hidden/c.txt"), "c"));
    QCOMPARE(nextReport(spy),
             sorted({QStringLiteral("new"), QStringLiteral("new/a.txt"), QStringLiteral("new/deep"),
                     QStringLiteral("new/deep/b.txt")}));
    QCOMPARE(watcher.watchedFolders(), 3);

    QVERIFY(site.write(QStringLiteral("new/deep/b.txt"), "B"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("new/deep/b.txt")});
    QVERIFY(site.write(QStringLiteral("new/deep/er/c.txt"), "c"));
    QCOMPARE(nextReport(spy), sorted({QStringLiteral("new/deep/er"), QStringLiteral("new/deep/er/c.txt")}));
    QCOMPARE(watcher.watchedFolders(), 4);
}

void tst_FolderWatcher::deletedFile()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("old.txt"), "old"));
    QVERIFY(site.write(QStringLiteral("sub/old.css"), "old"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    QVERIFY(site.remove(QStringLiteral("old.txt")));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("old.txt")});
    QVERIFY(site.remove(QStringLiteral("sub/old.css")));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("sub/old.css")});
}

void tst_FolderWatcher::deletedFolder()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("gone/x.txt"), "x"));
    QVERIFY(site.write(QStringLiteral("gone/inner/y.txt"), "y"));
    QVERIFY(site.write(QStringLiteral("stays.txt"), "s"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    QCOMPARE(watcher.watchedFolders(), 3);

    QVERIFY(QDir(site.path(QStringLiteral("gone"))).removeRecursively());
    QCOMPARE(nextReport(spy),
             sorted({QStringLiteral("gone"), QStringLiteral("gone/inner"), QStringLiteral("gone/inner/y.txt"),
                     QStringLiteral("gone/x.txt")}));
    QCOMPARE(watcher.watchedFolders(), 1);

    // The same name again is a new folder, watched anew.
    QVERIFY(site.write(QStringLiteral("gone/z.txt"), "z"));
    QCOMPARE(nextReport(spy), sorted({QStringLiteral("gone"), QStringLiteral("gone/z.txt")}));
    QVERIFY(site.write(QStringLiteral("gone/z.txt"), "Z"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("gone/z.txt")});
    QCOMPARE(watcher.watchedFolders(), 2);
}

void tst_FolderWatcher::folderMovedAwayIsNoLongerWatched()
{
    QFETCH(Backend, backend);
    Site site;
    Site outside;
    QVERIFY(site.write(QStringLiteral("away/a.txt"), "a"));
    QVERIFY(site.write(QStringLiteral("away/deeper/b.txt"), "b"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    QCOMPARE(watcher.watchedFolders(), 3);

    const QString moved = outside.path(QStringLiteral("away"));
    QVERIFY(QDir().rename(site.path(QStringLiteral("away")), moved));
    // Inotify names the folder alone; the portable backend also lists what
    // it knew was inside.
    const QStringList report = nextReport(spy);
    QVERIFY2(report.contains(QStringLiteral("away")), qPrintable(report.join(u' ')));
    for (const QString &path : report)
        QVERIFY2(path == u"away" || path.startsWith(u"away/"), qPrintable(path));
    QCOMPARE(watcher.watchedFolders(), 1);

    QVERIFY(outside.write(QStringLiteral("away/a.txt"), "changed far away"));
    QVERIFY(outside.write(QStringLiteral("away/deeper/b.txt"), "changed far away"));
    QVERIFY(site.write(QStringLiteral("marker.txt"), "m"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("marker.txt")});
}

void tst_FolderWatcher::folderMovedInIsWatched()
{
    QFETCH(Backend, backend);
    Site site;
    Site outside;
    QVERIFY(outside.write(QStringLiteral("in/f.txt"), "f"));
    QVERIFY(outside.write(QStringLiteral("in/sub/g.txt"), "g"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    QVERIFY(QDir().rename(outside.path(QStringLiteral("in")), site.path(QStringLiteral("in"))));
    QCOMPARE(nextReport(spy),
             sorted({QStringLiteral("in"), QStringLiteral("in/f.txt"), QStringLiteral("in/sub"),
                     QStringLiteral("in/sub/g.txt")}));
    QCOMPARE(watcher.watchedFolders(), 3);

    QVERIFY(site.write(QStringLiteral("in/sub/g.txt"), "G"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("in/sub/g.txt")});
}

void tst_FolderWatcher::folderRenamedInside()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("before/f.txt"), "f"));
    QVERIFY(site.write(QStringLiteral("before/sub/g.txt"), "g"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));

    QVERIFY(QDir().rename(site.path(QStringLiteral("before")), site.path(QStringLiteral("after"))));
    const QStringList report = nextReport(spy);
    for (const char *path : {"before", "after", "after/f.txt", "after/sub", "after/sub/g.txt"})
        QVERIFY2(report.contains(QString::fromUtf8(path)), qPrintable(report.join(u' ')));
    QCOMPARE(watcher.watchedFolders(), 3);

    QVERIFY(site.write(QStringLiteral("after/sub/g.txt"), "G"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("after/sub/g.txt")});
}

void tst_FolderWatcher::stopThenNoReports()
{
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("index.html"), "one"));
    FolderWatcher watcher;
    watcher.setDebounce(20ms);
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    // A witness that reports later than the stopped watcher would have.
    FolderWatcher witness;
    witness.setDebounce(300ms);
    QSignalSpy witnessed(&witness, &FolderWatcher::changed);
    QVERIFY(witness.start(site.root(), backend));

    watcher.stop();
    QCOMPARE(watcher.watchedFolders(), 0);
    QVERIFY(site.write(QStringLiteral("index.html"), "two"));
    QVERIFY(site.write(QStringLiteral("new/file.txt"), "new"));
    QCOMPARE(nextReport(witnessed),
             sorted({QStringLiteral("index.html"), QStringLiteral("new"), QStringLiteral("new/file.txt")}));
    QVERIFY(spy.isEmpty());
}

void tst_FolderWatcher::restart()
{
    QFETCH(Backend, backend);
    Site site;
    Site second;
    QVERIFY(site.write(QStringLiteral("index.html"), "one"));
    QVERIFY(second.write(QStringLiteral("other.html"), "one"));
    FolderWatcher watcher;
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    watcher.stop();
    QVERIFY(watcher.start(site.root(), backend));
    QCOMPARE(watcher.watchedFolders(), 1);

    QVERIFY(site.write(QStringLiteral("index.html"), "two"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("index.html")});

    // Starting on another folder leaves the first one.
    QVERIFY(watcher.start(second.root(), backend));
    QVERIFY(site.write(QStringLiteral("index.html"), "three"));
    QVERIFY(second.write(QStringLiteral("other.html"), "two"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("other.html")});
}

void tst_FolderWatcher::descriptorsAreClosed()
{
#ifndef Q_OS_LINUX
    QSKIP("counts /proc/self/fd");
#else
    QFETCH(Backend, backend);
    Site site;
    QVERIFY(site.write(QStringLiteral("a/b/c.txt"), "c"));
    const auto openDescriptors = [] {
        return QDir(QStringLiteral("/proc/self/fd"))
            .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
            .size();
    };
    const qsizetype before = openDescriptors();
    {
        FolderWatcher watcher;
        for (int round = 0; round < 3; ++round) {
            QVERIFY(watcher.start(site.root(), backend));
            QCOMPARE_GT(openDescriptors(), before);
            watcher.stop();
            QCOMPARE(openDescriptors(), before);
        }
        QVERIFY(watcher.start(site.root(), backend));
        QCOMPARE_GT(openDescriptors(), before);
    }
    QCOMPARE(openDescriptors(), before); // the destructor closes it too
#endif
}

void tst_FolderWatcher::missingRootFails()
{
    Site site;
    FolderWatcher watcher;
    QSignalSpy problems(&watcher, &FolderWatcher::problemChanged);
    QVERIFY(!watcher.start(site.path(QStringLiteral("no/such/folder"))));
    QVERIFY(!watcher.problem().isEmpty());
    QCOMPARE(watcher.watchedFolders(), 0);
    QVERIFY(problems.wait(kWaitMs));
    QCOMPARE(problems.first().at(0).toString(), watcher.problem());

    // A start that works clears it.
    QVERIFY(watcher.start(site.root()));
    QCOMPARE(watcher.problem(), QString());
}

void tst_FolderWatcher::tooManyFoldersIsAProblem()
{
    QFETCH(Backend, backend);
    // One tree for both rows: 20,000 folders take seconds to make and remove.
    if (!m_manyFolders) {
        auto site = std::make_unique<Site>();
        constexpr int kFolders = FolderWatcher::kMaxFolders + 5; // and the root
        for (int i = 0; i < kFolders / 100; ++i) {
            for (int j = 0; j < 100; ++j)
                QVERIFY(site->mkpath(QString::number(i) % u'/' % QString::number(j)));
        }
        QVERIFY(site->mkpath(QStringLiteral("extra/1")));
        m_manyFolders = std::move(site);
    }
    const Site &site = *m_manyFolders;

    FolderWatcher watcher;
    QSignalSpy problems(&watcher, &FolderWatcher::problemChanged);
    QSignalSpy spy(&watcher, &FolderWatcher::changed);
    QVERIFY(watcher.start(site.root(), backend));
    QCOMPARE(watcher.watchedFolders(), FolderWatcher::kMaxFolders);
    QVERIFY2(watcher.problem().contains(u"more than 20000 folders"), qPrintable(watcher.problem()));
    QVERIFY(problems.wait(kWaitMs));
    QCOMPARE(problems.first().at(0).toString(), watcher.problem());

    // What is watched still reports.
    QVERIFY(site.write(QStringLiteral("index.html"), "still here"));
    QCOMPARE(nextReport(spy), QStringList {QStringLiteral("index.html")});
}

QTEST_GUILESS_MAIN(tst_FolderWatcher)
#include "tst_folderwatcher.moc"
