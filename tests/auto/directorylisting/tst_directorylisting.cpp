// Tests of the directory listing: entry order, the sort query, the HTML page and JSON with hostile names (every name
// escaped for HTML and percent-encoded for URLs), and which entries readDirectory() lets through.

#include "server/files/DirectoryListing.h"
#include "server/files/UrlPath.h"

#include "listingfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Servery;
using namespace ListingFixtures;

Q_DECLARE_METATYPE(Servery::ListingOrder::Key)

class tst_DirectoryListing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void sortEntries_data();
    void sortEntries();
    void sortIgnoresInputOrder();
    void naturalNameOrder_data();
    void naturalNameOrder();
    void orderFromQuery_data();
    void orderFromQuery();
    void orderRoundTrip();
    void htmlEntriesAreEscapedAndLinked();
    void htmlBreadcrumbs_data();
    void htmlBreadcrumbs();
    void htmlSortHeaders();
    void htmlEmptyFolder();
    void json_data();
    void json();
#ifdef Q_OS_UNIX
    void readDirectory_data();
    void readDirectory();
#endif
};

void tst_DirectoryListing::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

// Natural order is promised whatever the process locale; servers often run
// with LANG=C (containers, systemd units), so both must sort the same.
static const QList<QLocale> &locales()
{
    static const QList<QLocale> list {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates)};
    return list;
}

void tst_DirectoryListing::sortEntries_data()
{
    QTest::addColumn<ListingOrder::Key>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("expected");

    using K = ListingOrder::Key;
    const auto row = [](const char *name, K key, bool descending, const char *expected) {
        QTest::newRow(name) << key << descending << QString::fromLatin1(expected).split(u',');
    };
    // Descending is the exact reverse of ascending inside each group (ties
    // included); folders stay first either way.
    row("name ascending: natural, case-insensitive", K::Name, false,
        "alpha,beta2,Beta10,Zeta,b.txt,file1.txt,File2.txt,file10.txt");
    row("name descending", K::Name, true, "Zeta,Beta10,beta2,alpha,file10.txt,File2.txt,file1.txt,b.txt");
    row("size ascending, ties by name", K::Size, false, "alpha,beta2,Beta10,Zeta,b.txt,File2.txt,file1.txt,file10.txt");
    row("size descending", K::Size, true, "Zeta,Beta10,beta2,alpha,file10.txt,file1.txt,File2.txt,b.txt");
    row("date ascending, ties by name", K::Date, false, "Zeta,beta2,Beta10,alpha,File2.txt,file1.txt,b.txt,file10.txt");
    row("date descending", K::Date, true, "alpha,Beta10,beta2,Zeta,file10.txt,b.txt,file1.txt,File2.txt");
}

void tst_DirectoryListing::sortEntries()
{
    QFETCH(ListingOrder::Key, key);
    QFETCH(bool, descending);
    QFETCH(QStringList, expected);

    for (const QLocale &locale : locales()) {
        QLocale::setDefault(locale);
        Entries entries = sortFixture();
        Servery::sortEntries(entries, ListingOrder {key, descending});
        QVERIFY2(names(entries) == expected,
                 qPrintable(locale.name() + QStringLiteral(": ") + names(entries).join(QStringLiteral(", "))));
    }
}

void tst_DirectoryListing::sortIgnoresInputOrder()
{
    // Names equal but for case must still get one fixed order, or a listing
    // would shuffle between requests.
    Entries base = sortFixture();
    base << file("readme", 1, 1) << file("README", 1, 1) << file("ReadMe", 1, 1) << folder("Docs") << folder("docs");
    for (const auto key : {ListingOrder::Key::Name, ListingOrder::Key::Size, ListingOrder::Key::Date}) {
        for (const bool descending : {false, true}) {
            const ListingOrder order {key, descending};
            Entries reference = base;
            Servery::sortEntries(reference, order);
            for (qsizetype shift = 1; shift < base.size(); ++shift) {
                Entries rotated = base.sliced(shift) + base.first(shift);
                Servery::sortEntries(rotated, order);
                QCOMPARE(names(rotated), names(reference));
            }
            Entries reversed(base.crbegin(), base.crend());
            Servery::sortEntries(reversed, order);
            QCOMPARE(names(reversed), names(reference));
        }
    }
}

void tst_DirectoryListing::naturalNameOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("2 before 10") << QStringLiteral("file2") << QStringLiteral("file10");
    QTest::newRow("2 before 10, other case") << QStringLiteral("file2") << QStringLiteral("File10");
    QTest::newRow("upper 2 before lower 10") << QStringLiteral("FILE2") << QStringLiteral("file10");
    QTest::newRow("9 before 10 with suffix") << QStringLiteral("img9.png") << QStringLiteral("IMG10.png");
    QTest::newRow("bare numbers") << QStringLiteral("2") << QStringLiteral("10");
    QTest::newRow("case does not beat the alphabet") << QStringLiteral("apple") << QStringLiteral("Banana");
    QTest::newRow("lower before upper next letter") << QStringLiteral("B") << QStringLiteral("c");
}

void tst_DirectoryListing::naturalNameOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    for (const QLocale &locale : locales()) {
        QLocale::setDefault(locale);
        for (const bool reversedInput : {false, true}) {
            Entries e {DirectoryEntry {reversedInput ? after : before},
                       DirectoryEntry {reversedInput ? before : after}};
            Servery::sortEntries(e, ListingOrder {});
            QVERIFY2(e.first().name == before, qPrintable(locale.name() + QStringLiteral(": ") + e.first().name));
        }
    }
}

void tst_DirectoryListing::orderFromQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<ListingOrder::Key>("key");
    QTest::addColumn<bool>("descending");

    using K = ListingOrder::Key;
    QTest::newRow("empty: name ascending") << QByteArray() << K::Name << false;
    QTest::newRow("sort=name") << QByteArray("sort=name") << K::Name << false;
    QTest::newRow("sort=size") << QByteArray("sort=size") << K::Size << false;
    QTest::newRow("sort=date&order=desc") << QByteArray("sort=date&order=desc") << K::Date << true;
    QTest::newRow("order first") << QByteArray("order=desc&sort=size") << K::Size << true;
    QTest::newRow("order alone") << QByteArray("order=desc") << K::Name << true;
    QTest::newRow("explicit asc") << QByteArray("sort=size&order=asc") << K::Size << false;
    QTest::newRow("extra parameters ignored") << QByteArray("x=1&sort=date&download&order=desc") << K::Date << true;
    QTest::newRow("junk") << QByteArray("garbage") << K::Name << false;
    QTest::newRow("unknown values") << QByteArray("sort=colour&order=sideways") << K::Name << false;
    QTest::newRow("values are case-sensitive") << QByteArray("sort=SIZE&order=DESC") << K::Name << false;
    QTest::newRow("percent junk") << QByteArray("%%%=%zz&&==") << K::Name << false;
}

void tst_DirectoryListing::orderFromQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(ListingOrder::Key, key);
    QFETCH(bool, descending);

    const ListingOrder order = ListingOrder::fromQuery(query);
    QCOMPARE(order.key, key);
    QCOMPARE(order.descending, descending);
}

void tst_DirectoryListing::orderRoundTrip()
{
    for (const auto key : {ListingOrder::Key::Name, ListingOrder::Key::Size, ListingOrder::Key::Date}) {
        for (const bool descending : {false, true}) {
            const ListingOrder order {key, descending};
            // The query string its name promises (the page's sort links,
            // read as a browser reads them, are checked in htmlSortHeaders).
            const QByteArray query = order.toQuery();
            const ListingOrder direct = ListingOrder::fromQuery(query);
            QVERIFY2(direct.key == key && direct.descending == descending, query.constData());
        }
    }
}

void tst_DirectoryListing::htmlEntriesAreEscapedAndLinked()
{
    const Entries entries = hostileEntries();
    const QByteArray html = renderListingHtml({QStringLiteral("docs")}, entries, ListingOrder {});

    // Nothing from a name turns into markup.
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
    QVERIFY(!html.contains("<b>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;\\script&gt;"));
    for (const DirectoryEntry &e : entries) {
        const QByteArray raw = e.name.toUtf8();
        const QByteArray escaped = Servery::htmlEscape(e.name);
        for (const char c : {'<', '>', '"', '\''})
            QVERIFY2(!escaped.contains(c), escaped.constData());
        QCOMPARE(htmlUnescape(escaped), raw);
        QVERIFY2(html.contains(escaped), raw.constData());
        if (raw.contains('<') || raw.contains('"') || raw.contains('\'') || raw.contains('&'))
            QVERIFY2(!html.contains(raw), raw.constData());
    }

    // The template's placeholders are filled once: a name like "{{rows}}"
    // stays text, and the table holds exactly one row per entry plus "Up".
    QCOMPARE(html.count("<tbody>"), 1);
    QCOMPARE(html.count("<table"), 1);
    QVERIFY(!html.contains("class=\"empty\""));
    const QByteArrayView body = between(html, "<tbody>", "</tbody>");
    QCOMPARE(body.count("<tr"), entries.size() + 1);
    QCOMPARE(body.count("<tr class=\"up\">"), 1);

    // Each entry row: its link is "./" + the percent-encoded name (+ "/" for
    // a folder) and decodes to exactly the name; files also get a
    // "?download" link, folders do not.
    QStringList seen;
    const QList<QByteArray> rows = body.toByteArray().split('\n');
    for (const QByteArray &row : rows) {
        if (!row.startsWith("<tr>"))
            continue;
        const QList<QByteArray> links = hrefs(row);
        QVERIFY(!links.isEmpty());
        const QByteArray link = links.first();
        QVERIFY2(link.startsWith("./") && isSafeUrl(link), link.constData());
        const UrlPath decoded = decodeUrlPath(link.sliced(1));
        QVERIFY2(decoded.ok && decoded.segments.size() == 1, link.constData());
        const QString name = decoded.segments.first();
        const auto it
            = std::find_if(entries.cbegin(), entries.cend(), [&](const DirectoryEntry &e) { return e.name == name; });
        QVERIFY2(it != entries.cend(), link.constData());
        QCOMPARE(decoded.trailingSlash, it->isDirectory);
        QVERIFY(row.contains(Servery::htmlEscape(name)));
        if (it->isDirectory)
            QCOMPARE(links, QList<QByteArray> {link});
        else
            QCOMPARE(links, (QList<QByteArray> {link, link + "?download"}));
        seen.append(name);
    }
    QStringList expected = names(entries);
    expected.sort();
    seen.sort();
    QCOMPARE(seen, expected);
}

void tst_DirectoryListing::htmlBreadcrumbs_data()
{
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("root") << QStringList();
    QTest::newRow("one level") << QStringList {QStringLiteral("a")};
    QTest::newRow("three levels with a space")
        << QStringList {QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")};
    QTest::newRow("hostile segments") << QStringList {QStringLiteral("<x>"), QStringLiteral("q?#%'\""),
                                                      QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac"),
                                                      QStringLiteral("<script>")};
}

void tst_DirectoryListing::htmlBreadcrumbs()
{
    QFETCH(QStringList, segments);
    const QByteArray html = renderListingHtml(segments, {file("f.txt", 1)}, ListingOrder {});
    const QByteArrayView crumbs = between(html, "<nav", "</nav>");
    QVERIFY(!crumbs.isEmpty());

    // Every ancestor, the root included, is a link to that folder; the
    // current folder is not.
    const QList<QByteArray> links = hrefs(crumbs);
    QCOMPARE(links.size(), segments.size());
    for (qsizetype depth = 0; depth < links.size(); ++depth) {
        QVERIFY2(links.at(depth).startsWith('/') && isSafeUrl(links.at(depth)), links.at(depth).constData());
        const UrlPath p = decodeUrlPath(links.at(depth));
        QVERIFY(p.ok);
        QVERIFY(p.trailingSlash);
        QCOMPARE(p.segments, segments.first(depth));
    }
    if (segments == QStringList {QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")})
        QCOMPARE(links, (QList<QByteArray> {"/", "/a/", "/a/b%20c/"}));
    if (!segments.isEmpty())
        QVERIFY(crumbs.contains(Servery::htmlEscape(segments.constLast())));
    QVERIFY(!html.contains("<script") && !html.contains("<x>"));

    // "Up" exists everywhere but at the root, and goes one level up.
    const QByteArrayView up = between(html, "<tr class=\"up\">", "</tr>");
    QCOMPARE(up.isEmpty(), segments.isEmpty());
    if (!segments.isEmpty())
        QCOMPARE(hrefs(up), QList<QByteArray> {"../"});
}

void tst_DirectoryListing::htmlSortHeaders()
{
    using K = ListingOrder::Key;
    for (const K key : {K::Name, K::Size, K::Date}) {
        for (const bool descending : {false, true}) {
            const QByteArray html = renderListingHtml({}, {file("a", 1)}, ListingOrder {key, descending});
            const QByteArrayView head = between(html, "<thead>", "</thead>");
            const QList<QByteArray> links = hrefs(head);
            QCOMPARE(links.size(), 3);
            QList<K> keys;
            for (const QByteArray &link : links) {
                QVERIFY2(link.startsWith('?'), link.constData());
                const ListingOrder next = ListingOrder::fromQuery(link.sliced(1));
                keys.append(next.key);
                // The current column's link flips its direction.
                if (next.key == key)
                    QCOMPARE(next.descending, !descending);
            }
            QCOMPARE(keys, (QList<K> {K::Name, K::Size, K::Date}));
            QCOMPARE(head.count(descending ? "aria-sort=\"descending\"" : "aria-sort=\"ascending\""), 1);
        }
    }
}

void tst_DirectoryListing::htmlEmptyFolder()
{
    const QByteArray empty = renderListingHtml({QStringLiteral("a")}, {}, ListingOrder {});
    const QByteArrayView note = between(empty, "class=\"empty\">", "<");
    QVERIFY2(note.contains("empty"), empty.constData());
    QCOMPARE(between(empty, "<tbody>", "</tbody>").count("<tr"), 1); // only "Up"
    QVERIFY(!empty.contains("{{"));
}

void tst_DirectoryListing::json_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("root") << QStringList();
    QTest::newRow("nested with a space") << QStringList {QStringLiteral("a"), QStringLiteral("b c")};
    QTest::newRow("hostile folder") << QStringList {QStringLiteral("q?#%\"")};
}

void tst_DirectoryListing::json()
{
    QFETCH(QStringList, segments);
    Entries entries = hostileEntries();
    entries << file("big.iso", qint64(5) << 30, 1'700'000'000) << file("control\x01\n.txt", 3, 1);

    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(renderListingJson(segments, entries), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QString path = root.value(QStringLiteral("path")).toString();
    QVERIFY2(path.startsWith(u'/') && path.endsWith(u'/'), qPrintable(path));
    QCOMPARE(path.split(u'/', Qt::SkipEmptyParts), segments);

    const QJsonArray list = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(list.size(), entries.size());
    static const QRegularExpression isoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DirectoryEntry &e = entries.at(i);
        const QJsonObject o = list.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), e.name);
        QCOMPARE(o.value(QStringLiteral("type")).toString(),
                 e.isDirectory ? QStringLiteral("directory") : QStringLiteral("file"));
        if (e.isDirectory)
            QVERIFY(!o.value(QStringLiteral("size")).isDouble());
        else
            QCOMPARE(qint64(o.value(QStringLiteral("size")).toDouble()), e.size);

        const QString modified = o.value(QStringLiteral("modified")).toString();
        QVERIFY2(isoUtc.match(modified).hasMatch(), qPrintable(modified));
        QCOMPARE(QDateTime::fromString(modified, Qt::ISODate).toSecsSinceEpoch(), e.modifiedSecs);

        const QByteArray url = o.value(QStringLiteral("url")).toString().toUtf8();
        QVERIFY2(url.startsWith('/') && isSafeUrl(url), url.constData());
        const UrlPath p = decodeUrlPath(url);
        QVERIFY(p.ok);
        QCOMPARE(p.segments, segments + QStringList {e.name});
        QCOMPARE(p.trailingSlash, e.isDirectory);
    }
}

#ifdef Q_OS_UNIX

void tst_DirectoryListing::readDirectory_data()
{
    QTest::addColumn<bool>("showHidden");
    QTest::addColumn<bool>("followSymlinks");
    QTest::addColumn<QStringList>("expected");

    const QStringList base = QStringLiteral("a.txt,sub,inside-link,inside-dir-link").split(u',');
    const QStringList hidden = QStringLiteral(".hidden,.git").split(u',');
    const QStringList outside = QStringLiteral("outside-link,outside-dir").split(u',');
    // Never listed: the FIFO "pipe" and the dangling link.
    QTest::newRow("defaults") << false << false << base;
    QTest::newRow("hidden shown") << true << false << base + hidden;
    QTest::newRow("outside links followed") << false << true << base + outside;
    QTest::newRow("both") << true << true << base + hidden + outside;
}

void tst_DirectoryListing::readDirectory()
{
    QFETCH(bool, showHidden);
    QFETCH(bool, followSymlinks);
    QFETCH(QStringList, expected);

    QTemporaryDir rootDir;
    QTemporaryDir outsideDir;
    QVERIFY(rootDir.isValid() && outsideDir.isValid());
    const QString root = QFileInfo(rootDir.path()).canonicalFilePath();
    const QString outside = QFileInfo(outsideDir.path()).canonicalFilePath();
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    const auto symlink = [](const QString &target, const QString &link) {
        return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
    };
    constexpr qint64 kMtime = 1'600'000'000;

    QVERIFY(write(root + u"/a.txt", "hello"));
    {
        QFile f(root + u"/a.txt");
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::fromSecsSinceEpoch(kMtime), QFileDevice::FileModificationTime));
    }
    QVERIFY(QDir(root).mkdir(QStringLiteral("sub")));
    QVERIFY(write(root + u"/sub/inner.bin", "abc"));
    QVERIFY(write(root + u"/.hidden", "hi"));
    QVERIFY(QDir(root).mkdir(QStringLiteral(".git")));
    QCOMPARE(::mkfifo(QFile::encodeName(root + u"/pipe").constData(), 0600), 0);
    QVERIFY(write(outside + u"/secret.txt", "secret!"));
    QVERIFY(symlink(root + u"/a.txt", root + u"/inside-link"));
    QVERIFY(symlink(QStringLiteral("sub"), root + u"/inside-dir-link"));
    QVERIFY(symlink(outside + u"/secret.txt", root + u"/outside-link"));
    QVERIFY(symlink(outside, root + u"/outside-dir"));
    QVERIFY(symlink(QStringLiteral("does-not-exist"), root + u"/dangling"));
    // Inside the root, though outside the listed folder.
    QVERIFY(symlink(QStringLiteral("../a.txt"), root + u"/sub/up-link"));

    const Entries entries = Servery::readDirectory(root, root, showHidden, followSymlinks);
    QStringList got = names(entries);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);

    // Kind and size of everything that may be listed; a link shows what it
    // leads to, and folders carry no size.
    const QMap<QString, std::pair<bool, qint64>> shapes {
        {QStringLiteral("a.txt"), {false, 5}},        {QStringLiteral("sub"), {true, 0}},
        {QStringLiteral("inside-link"), {false, 5}},  {QStringLiteral("inside-dir-link"), {true, 0}},
        {QStringLiteral(".hidden"), {false, 2}},      {QStringLiteral(".git"), {true, 0}},
        {QStringLiteral("outside-link"), {false, 7}}, {QStringLiteral("outside-dir"), {true, 0}},
        {QStringLiteral("inner.bin"), {false, 3}},    {QStringLiteral("up-link"), {false, 5}}};
    // A subfolder: "inside" means inside the served root, not the folder.
    const Entries sub = Servery::readDirectory(root + u"/sub", root, showHidden, followSymlinks);
    QStringList subNames = names(sub);
    subNames.sort();
    QCOMPARE(subNames, QStringLiteral("inner.bin,up-link").split(u','));
    for (const DirectoryEntry &e : entries + sub) {
        QCOMPARE(std::make_pair(e.isDirectory, e.size), shapes.value(e.name));
        if (e.name == u"a.txt")
            QCOMPARE(e.modifiedSecs, kMtime);
    }
}

#endif // Q_OS_UNIX

QTEST_GUILESS_MAIN(tst_DirectoryListing)

#include "tst_directorylisting.moc"
