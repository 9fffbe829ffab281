// Tests of the directory listing: entry order, the sort query, the HTML page and JSON with hostile names (every name
// escaped for HTML and percent-encoded for URLs), and which entries readDirectory() lets through.

#include "server/files/DirectoryListing.h"
#include "server/files/UrlPath.h"

#include "listingfixtures.h"

#include <QCryptographicHash>
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

// Script elements of a page besides the one data block of the page's words
// (<script type="application/json" id="servery-text">, never executed).
static qsizetype scriptCount(const QByteArray &html)
{
    const qsizetype words = html.count("<script type=\"application/json\" id=\"servery-text\">");
    return words == 1 ? html.count("<script") - 1 : -1;
}

Q_DECLARE_METATYPE(Servery::DirectoryEntry)

Q_DECLARE_METATYPE(Servery::ListingOrder::Key)
Q_DECLARE_METATYPE(Servery::ListingOrder::View)

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
    void photos_data();
    void photos();
    void autoView_data();
    void autoView();
    void gridMarkup();
    void gridNamesAreEscapedAndLinked();
    void photoRowsOpenTheViewer();
    void summaryLine_data();
    void summaryLine();
    void longListingsComeInGroups_data();
    void longListingsComeInGroups();
    void zipLinkOnEveryPage_data();
    void zipLinkOnEveryPage();
    void uploadsAttribute();
    void viewAndSortLinksKeepEachOther();
    void contentSecurityPolicyAllowsOnlyThePageScript();
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
    QTest::addColumn<ListingOrder::View>("view");

    using K = ListingOrder::Key;
    using V = ListingOrder::View;
    QTest::newRow("empty: name ascending") << QByteArray() << K::Name << false << V::Auto;
    QTest::newRow("sort=name") << QByteArray("sort=name") << K::Name << false << V::Auto;
    QTest::newRow("sort=size") << QByteArray("sort=size") << K::Size << false << V::Auto;
    QTest::newRow("sort=date&order=desc") << QByteArray("sort=date&order=desc") << K::Date << true << V::Auto;
    QTest::newRow("order first") << QByteArray("order=desc&sort=size") << K::Size << true << V::Auto;
    QTest::newRow("order alone") << QByteArray("order=desc") << K::Name << true << V::Auto;
    QTest::newRow("explicit asc") << QByteArray("sort=size&order=asc") << K::Size << false << V::Auto;
    QTest::newRow("extra parameters ignored")
        << QByteArray("x=1&sort=date&download&order=desc") << K::Date << true << V::Auto;
    QTest::newRow("junk") << QByteArray("garbage") << K::Name << false << V::Auto;
    QTest::newRow("unknown values") << QByteArray("sort=colour&order=sideways&view=cards") << K::Name << false
                                    << V::Auto;
    QTest::newRow("values are case-sensitive")
        << QByteArray("sort=SIZE&order=DESC&view=GRID") << K::Name << false << V::Auto;
    QTest::newRow("percent junk") << QByteArray("%%%=%zz&&==") << K::Name << false << V::Auto;
    QTest::newRow("view=grid alone") << QByteArray("view=grid") << K::Name << false << V::Grid;
    QTest::newRow("view=list with a sort")
        << QByteArray("sort=date&view=list&order=desc") << K::Date << true << V::List;
    QTest::newRow("zip link's query: defaults") << QByteArray("zip") << K::Name << false << V::Auto;
}

void tst_DirectoryListing::orderFromQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(ListingOrder::Key, key);
    QFETCH(bool, descending);
    QFETCH(ListingOrder::View, view);

    const ListingOrder order = ListingOrder::fromQuery(query);
    QCOMPARE(order.key, key);
    QCOMPARE(order.descending, descending);
    QCOMPARE(order.view, view);
}

void tst_DirectoryListing::orderRoundTrip()
{
    using V = ListingOrder::View;
    for (const auto key : {ListingOrder::Key::Name, ListingOrder::Key::Size, ListingOrder::Key::Date}) {
        for (const bool descending : {false, true}) {
            for (const V view : {V::Auto, V::List, V::Grid}) {
                const ListingOrder order {key, descending, view};
                // The query string its name promises (the page's links, read
                // as a browser reads them, are checked in htmlSortHeaders and
                // viewAndSortLinksKeepEachOther).
                const QByteArray query = order.toQuery();
                const ListingOrder direct = ListingOrder::fromQuery(query);
                QVERIFY2(direct.key == key && direct.descending == descending && direct.view == view,
                         query.constData());
                QCOMPARE(query.contains("view="), view != V::Auto);
            }
        }
    }
}

void tst_DirectoryListing::htmlEntriesAreEscapedAndLinked()
{
    const Entries entries = hostileEntries();
    const QByteArray html = renderListingHtml({QStringLiteral("docs")}, entries, ListingOrder {});

    // Nothing from a name turns into markup: the page's one script is its
    // own, in the head, and no name here is a photo's, so there are no
    // images at all.
    QCOMPARE(scriptCount(html), 1);
    QVERIFY(html.indexOf("<script") < html.indexOf("</head>"));
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
    QVERIFY(scriptCount(html) == 1 && !html.contains("<x>"));

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

void tst_DirectoryListing::photos_data()
{
    QTest::addColumn<DirectoryEntry>("entry");
    QTest::addColumn<bool>("photo");

    QTest::newRow("jpg") << file("a.jpg") << true;
    QTest::newRow("JPEG, upper case") << file("B.JPEG") << true;
    QTest::newRow("png") << file("c.png") << true;
    QTest::newRow("gif") << file("d.gif") << true;
    QTest::newRow("webp") << file("e.webp") << true;
    QTest::newRow("avif") << file("f.avif") << true;
    QTest::newRow("bmp") << file("g.bmp") << true;
    QTest::newRow("two dots") << file("holiday.2024.jpg") << true;
    // Images not every browser shows, and no images at all.
    QTest::newRow("svg") << file("h.svg") << false;
    QTest::newRow("heic") << file("i.heic") << false;
    QTest::newRow("tiff") << file("j.tiff") << false;
    QTest::newRow("text") << file("k.txt") << false;
    QTest::newRow("no suffix") << file("jpg") << false;
    QTest::newRow("jpg in the middle") << file("a.jpg.txt") << false;
    QTest::newRow("a folder named like a photo") << folder("album.jpg") << false;
}

void tst_DirectoryListing::photos()
{
    QFETCH(DirectoryEntry, entry);
    QFETCH(bool, photo);
    QCOMPARE(Servery::isPhoto(entry), photo);
}

void tst_DirectoryListing::autoView_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<bool>("grid");

    QTest::newRow("empty: list") << Entries {} << false;
    QTest::newRow("one photo: grid") << Entries {file("a.jpg")} << true;
    QTest::newRow("half photos: list") << Entries {file("a.jpg"), file("b.txt")} << false;
    QTest::newRow("two photos and a folder: grid") << Entries {folder("x"), file("a.jpg"), file("b.png")} << true;
    QTest::newRow("three of six: list") << Entries {file("a.jpg"), file("b.jpg"), file("c.jpg"),
                                                    file("d.pdf"), file("e.pdf"), file("f.pdf")}
                                        << false;
    QTest::newRow("three of five: grid") << Entries {file("d.pdf"), file("a.jpg"), file("e.pdf"), file("b.jpg"),
                                                     file("c.jpg")}
                                         << true;
    QTest::newRow("folders only: list") << Entries {folder("a"), folder("b.jpg")} << false;
    QTest::newRow("drawings are not photos: list") << Entries {file("a.svg"), file("b.svg"), file("c.jpg")} << false;
    Entries camera;
    for (int i = 0; i < 300; ++i)
        camera << DirectoryEntry {QStringLiteral("IMG_%1.JPG").arg(i), false, 1000, 0};
    camera << folder("edited") << file("notes.txt");
    QTest::newRow("a camera's folder: grid") << camera << true;
}

void tst_DirectoryListing::autoView()
{
    QFETCH(Entries, entries);
    QFETCH(bool, grid);
    using V = ListingOrder::View;
    QCOMPARE(Servery::prefersGrid(entries), grid);
    const auto bodyClass = [&](V view) {
        const QByteArray html = renderListingHtml({}, entries, ListingOrder {ListingOrder::Key::Name, false, view});
        return attribute(between(html, "<body", ">"), "class");
    };
    QCOMPARE(bodyClass(V::Auto), grid ? QByteArray("grid") : QByteArray("list"));
    // Asked for, either view is shown whatever the folder holds.
    QCOMPARE(bodyClass(V::List), QByteArray("list"));
    QCOMPARE(bodyClass(V::Grid), QByteArray("grid"));
}

// The grid's tiles: one per line between <ul class="tiles"> and </ul>.
static QList<QByteArray> tilesOf(const QByteArray &html)
{
    QList<QByteArray> tiles = between(html, "<ul class=\"tiles\">\n", "</ul>").toByteArray().split('\n');
    tiles.removeAll(QByteArray());
    return tiles;
}

void tst_DirectoryListing::gridMarkup()
{
    const Entries entries {folder("Album"), file("IMG_1.jpg", 2'000'000), file("b.png", 10), file("notes.txt", 1500)};
    const QByteArray html = renderListingHtml({QStringLiteral("trip")}, entries,
                                              ListingOrder {ListingOrder::Key::Name, false, ListingOrder::View::Grid});
    QVERIFY(!html.contains("<table"));
    QCOMPARE(html.count("<ul class=\"tiles\">"), 1);
    const QList<QByteArray> tiles = tilesOf(html);
    QCOMPARE(tiles.size(), entries.size() + 1);

    // "Up" first, then one tile per entry in the order given.
    QVERIFY2(tiles.at(0).startsWith("<li class=\"up\">"), tiles.at(0).constData());
    QCOMPARE(hrefs(tiles.at(0)), QList<QByteArray> {"../"});
    QVERIFY(tiles.at(0).contains("i-up"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &tile = tiles.at(i + 1);
        const DirectoryEntry &e = entries.at(i);
        QVERIFY2(tile.startsWith("<li><a ") && tile.endsWith("</li>"), tile.constData());
        const QByteArray href = "./" + encodeUrlPath(e.name) + (e.isDirectory ? "/" : "");
        QCOMPARE(hrefs(tile), QList<QByteArray> {href}); // the tile is the link; no download link
        QVERIFY(tile.contains(QByteArray("<span>" + Servery::htmlEscape(e.name))));
        const QByteArrayView img = between(tile, "<img", ">");
        if (Servery::isPhoto(e)) {
            // The thumbnail, loaded when it scrolls into view; the link
            // opens the viewer (class "p") or, without JavaScript, the photo.
            QCOMPARE(attribute(img, "src"), href + "?thumb");
            QCOMPARE(attribute(img, "loading"), QByteArray("lazy"));
            QCOMPARE(attribute(img, "alt"), QByteArray()); // the name is next to it
            QVERIFY(img.contains(" alt=\"\""));
            QCOMPARE(attribute(between(tile, "<a", ">"), "class"), QByteArray("p"));
        } else {
            QVERIFY2(!tile.contains("<img"), tile.constData());
            QVERIFY(!tile.contains("class=\"p\""));
        }
    }
    QVERIFY(tiles.at(1).contains("i-folder"));
    QVERIFY(tiles.at(4).contains("i-text"));
    QVERIFY(tiles.at(4).contains("<small>1.5 KB</small>"));
}

void tst_DirectoryListing::gridNamesAreEscapedAndLinked()
{
    // Photos with names that try to break out of the tile's attributes,
    // plus the usual hostile names, all shown as a grid.
    Entries entries = hostileEntries();
    entries << file("\"><script>alert(1)<\\script>.jpg") << file("x\" onerror=\"alert(1).png") << file("it's.gif")
            << file("a&amp;b.jpg") << file("{{rows}}.webp") << file("javascript:alert(1).jpg") << file("100% #1?.jpg")
            << file("\xe6\x97\xa5\xe6\x9c\xac \xc3\xa9.jpg");
    const QByteArray html = renderListingHtml({QStringLiteral("<b>")}, entries,
                                              ListingOrder {ListingOrder::Key::Name, false, ListingOrder::View::Grid});
    QCOMPARE(scriptCount(html), 1); // the page's own
    QCOMPARE(html.count("<ul class=\"tiles\">"), 1);
    for (const DirectoryEntry &e : entries) {
        const QByteArray raw = e.name.toUtf8();
        if (raw.contains('<') || raw.contains('"') || raw.contains('\'') || raw.contains('&'))
            QVERIFY2(!html.contains(raw), raw.constData());
    }

    const QList<QByteArray> tiles = tilesOf(html);
    QCOMPARE(tiles.size(), entries.size() + 1);
    QStringList seen;
    qsizetype photos = 0;
    for (const QByteArray &tile : tiles.sliced(1)) {
        const QList<QByteArray> links = hrefs(tile);
        QCOMPARE(links.size(), 1);
        const QByteArray link = links.first();
        QVERIFY2(link.startsWith("./") && isSafeUrl(link), link.constData());
        const UrlPath decoded = decodeUrlPath(link.sliced(1));
        QVERIFY2(decoded.ok && decoded.segments.size() == 1, link.constData());
        const QString name = decoded.segments.first();
        QVERIFY2(tile.contains(QByteArray("<span>" + Servery::htmlEscape(name))), tile.constData());
        if (tile.contains("<img")) {
            ++photos;
            const QByteArray src = attribute(between(tile, "<img", ">"), "src");
            QCOMPARE(src, link + "?thumb");
            QVERIFY2(isSafeUrl(src.chopped(6)), src.constData());
        }
        // Exactly the attributes the markup puts there: a name never adds one.
        static const QRegularExpression attr(QStringLiteral("\\s([a-z-]+)=\""));
        QStringList names;
        for (const QRegularExpressionMatch &m : attr.globalMatch(QString::fromUtf8(tile)))
            names << m.captured(1);
        const QStringList expected = tile.contains("<img")
            ? QStringList {QStringLiteral("href"),     QStringLiteral("class"), QStringLiteral("loading"),
                           QStringLiteral("decoding"), QStringLiteral("src"),   QStringLiteral("alt")}
            : QStringList {QStringLiteral("href"), QStringLiteral("class")};
        QCOMPARE(names, expected);
        seen << name;
    }
    QCOMPARE(photos, 8);
    QStringList expected = names(entries);
    expected.sort();
    seen.sort();
    QCOMPARE(seen, expected);
}

void tst_DirectoryListing::photoRowsOpenTheViewer()
{
    // In the list too, photos' links carry class "p" for the viewer, and
    // the list shows icons, not thumbnails.
    const Entries entries {file("a.jpg"), file("b.txt"), file("c.png"), file("d.pdf"), file("e.svg")};
    const QByteArray html = renderListingHtml({}, entries, ListingOrder {});
    QCOMPARE(attribute(between(html, "<body", ">"), "class"), QByteArray("list"));
    QVERIFY(!html.contains("<img"));
    const QList<QByteArray> rows = between(html, "<tbody>\n", "</tbody>").toByteArray().split('\n');
    QStringList viewed;
    for (const QByteArray &row : rows) {
        if (row.contains("class=\"p\""))
            viewed << QString::fromUtf8(between(row, "<span>", "<small>").toByteArray());
    }
    QCOMPARE(viewed, (QStringList {QStringLiteral("a.jpg"), QStringLiteral("c.png")}));
}

void tst_DirectoryListing::summaryLine_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<QByteArray>("summary");
    QTest::newRow("empty") << Entries {} << QByteArray("Empty");
    QTest::newRow("one folder") << Entries {folder("a")} << QByteArray("1 folder");
    QTest::newRow("one file") << Entries {file("a.txt", 1500)} << QByteArray("1 file (1.5 KB)");
    QTest::newRow("both") << Entries {folder("a"), folder("b"), file("c", 10), file("d", 20)}
                          << QByteArray("2 folders, 2 files (30 B)");
    Entries many;
    for (int i = 0; i < 12'345; ++i)
        many << file("f", 0);
    QTest::newRow("digit groups") << many << QByteArray("12,345 files (0 B)");
}

void tst_DirectoryListing::summaryLine()
{
    // What the folder holds, without the counts that are zero.
    QFETCH(Entries, entries);
    QFETCH(QByteArray, summary);
    const QByteArray html = renderListingHtml({}, entries, {});
    QCOMPARE(between(html, "<p class=\"summary\">", "</p>").toByteArray(), summary);
}

void tst_DirectoryListing::longListingsComeInGroups_data()
{
    QTest::addColumn<ListingOrder::View>("view");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("groups");
    QTest::newRow("list of 500: one group") << ListingOrder::View::List << 500 << 1;
    QTest::newRow("list of 501: two") << ListingOrder::View::List << 501 << 2;
    QTest::newRow("list of 1,234: three") << ListingOrder::View::List << 1234 << 3;
    QTest::newRow("grid of 1,500: three") << ListingOrder::View::Grid << 1500 << 3;
}

void tst_DirectoryListing::longListingsComeInGroups()
{
    // Every group after the first is marked "more" (the page's script shows
    // those a reader reaches); each holds 500 entries, in order, and every
    // row or tile is the same as in a short listing.
    QFETCH(ListingOrder::View, view);
    QFETCH(int, count);
    QFETCH(int, groups);
    Entries entries;
    for (int i = 0; i < count; ++i)
        entries << file(qPrintable(QStringLiteral("f%1.txt").arg(i)), i);
    const bool grid = view == ListingOrder::View::Grid;
    const QByteArray html
        = renderListingHtml({QStringLiteral("many")}, entries, ListingOrder {ListingOrder::Key::Name, false, view});
    const QByteArray first = grid ? "<ul class=\"tiles\">\n" : "<tbody>\n";
    const QByteArray more = grid ? "<ul class=\"tiles more\">\n" : "<tbody class=\"more\">\n";
    const QByteArray row = grid ? "<li><a href=\"./f" : "<tr><td class=\"n\"><a href=\"./f";
    QCOMPARE(html.count(first), 1);
    QCOMPARE(html.count(more), groups - 1);
    QCOMPARE(html.count(row), count);
    qsizetype at = html.indexOf(first);
    for (int g = 0; g < groups; ++g) {
        const QByteArrayView open = g == 0 ? QByteArrayView(first) : QByteArrayView(more);
        QCOMPARE(html.indexOf(open, at), at);
        const QByteArrayView group = between(QByteArrayView(html).sliced(at), open, grid ? "</ul>" : "</tbody>");
        const int expected = std::min(500, count - 500 * g);
        QCOMPARE(group.count(row), expected);
        // Its first entry is the one after the last of the group before.
        QVERIFY(group.contains(QByteArray(row + QByteArray::number(500 * g) + ".txt\"")));
        at = html.indexOf('\n', html.indexOf(grid ? "</ul>" : "</tbody>", at + open.size())) + 1;
    }
}

void tst_DirectoryListing::zipLinkOnEveryPage_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<ListingOrder::View>("view");
    QTest::addColumn<bool>("uploads");

    using V = ListingOrder::View;
    QTest::newRow("root, list") << QStringList() << Entries {file("a.txt")} << V::Auto << false;
    QTest::newRow("nested, grid") << QStringList {QStringLiteral("a"), QStringLiteral("b c")} << Entries {file("a.jpg")}
                                  << V::Auto << false;
    QTest::newRow("empty folder") << QStringList {QStringLiteral("empty")} << Entries {} << V::List << false;
    QTest::newRow("hostile names, uploads on")
        << QStringList {QStringLiteral("q?#%\"")} << hostileEntries() << V::Grid << true;
}

void tst_DirectoryListing::zipLinkOnEveryPage()
{
    QFETCH(QStringList, segments);
    QFETCH(Entries, entries);
    QFETCH(ListingOrder::View, view);
    QFETCH(bool, uploads);
    const QByteArray html
        = renderListingHtml(segments, entries, ListingOrder {ListingOrder::Key::Name, false, view}, uploads);
    // Relative to the folder itself, whatever its name: "./?zip".
    QCOMPARE(hrefs(html).count("./?zip"), 1);
    QCOMPARE(html.count("?zip"), 1);
}

void tst_DirectoryListing::uploadsAttribute()
{
    const Entries entries = hostileEntries();
    // Off unless asked for: no form, and the page's script is told so.
    const QByteArray off = renderListingHtml({}, entries, ListingOrder {});
    QCOMPARE(attribute(between(off, "<body", ">"), "data-uploads"), QByteArray("off"));
    QVERIFY(!off.contains("<form"));
    QVERIFY(!off.contains("type=\"file\""));
    QCOMPARE(Servery::renderListingHtml({}, entries, ListingOrder {}, false), off);

    // On: a form that works without JavaScript, posting files to this
    // folder.
    const QByteArray on = renderListingHtml({QStringLiteral("in")}, entries, ListingOrder {}, true);
    QCOMPARE(attribute(between(on, "<body", ">"), "data-uploads"), QByteArray("on"));
    QCOMPARE(on.count("<form"), 1);
    const QByteArrayView form = between(on, "<form", "</form>");
    const QByteArrayView formTag = between(on, "<form", ">");
    QCOMPARE(attribute(formTag, "method"), QByteArray("post"));
    QCOMPARE(attribute(formTag, "enctype"), QByteArray("multipart/form-data"));
    QCOMPARE(attribute(formTag, "action"), QByteArray("./"));
    const QByteArrayView input = between(form, "<input", ">");
    QCOMPARE(attribute(input, "type"), QByteArray("file"));
    QVERIFY(!attribute(input, "name").isEmpty());
    QVERIFY(input.contains(" multiple"));
    QVERIFY(!input.contains("accept=")); // phones offer their photo library and files
    QCOMPARE(attribute(between(form, "<button", ">"), "type"), QByteArray("submit"));
    // Nothing else differs but the attribute and the form.
    QByteArray same = on;
    same.replace(QByteArray("<form" + form.toByteArray() + "</form>"), "");
    same.replace("data-uploads=\"on\"", "data-uploads=\"off\"");
    QCOMPARE(same, renderListingHtml({QStringLiteral("in")}, entries, ListingOrder {}, false));
}

void tst_DirectoryListing::viewAndSortLinksKeepEachOther()
{
    using K = ListingOrder::Key;
    using V = ListingOrder::View;
    const Entries photos {file("a.jpg", 1, 1), file("b.jpg", 2, 2)};
    const Entries documents {file("a.pdf", 1, 1), file("b.txt", 2, 2)};
    for (const Entries &entries : {photos, documents}) {
        for (const V view : {V::Auto, V::List, V::Grid}) {
            for (const K key : {K::Name, K::Size, K::Date}) {
                for (const bool descending : {false, true}) {
                    const ListingOrder order {key, descending, view};
                    const QByteArray html = renderListingHtml({}, entries, order);
                    const QByteArray context = order.toQuery() + (entries == photos ? " photos" : " documents");
                    const bool grid = view == V::Grid || (view == V::Auto && entries == photos);

                    // The view links keep the order.
                    const QByteArrayView views = between(html, "<nav class=\"views\"", "</nav>");
                    const QList<QByteArray> viewLinks = hrefs(views);
                    QCOMPARE(viewLinks.size(), 2);
                    QList<V> shown;
                    for (const QByteArray &link : viewLinks) {
                        QVERIFY2(link.startsWith('?'), link.constData());
                        const ListingOrder next = ListingOrder::fromQuery(link.sliced(1));
                        QVERIFY2(next.key == key && next.descending == descending, context.constData());
                        shown << next.view;
                    }
                    QCOMPARE(shown, (QList<V> {V::List, V::Grid}));
                    // The view shown is the current one.
                    QCOMPARE(views.count("aria-current"), 1);
                    const QByteArrayView current = between(views, "aria-current", "</a>");
                    QVERIFY2(current.contains(grid ? "Grid" : "List"), context.constData());

                    // The sort links (the compact control, and the table's
                    // headers in a list) keep the view as it was asked for.
                    QList<QByteArray> sortLinks = hrefs(between(html, "<nav class=\"sort\"", "</nav>"));
                    QCOMPARE(sortLinks.size(), 3);
                    const QList<QByteArray> heads = hrefs(between(html, "<thead>", "</thead>"));
                    QCOMPARE(heads.size(), grid ? 0 : 3);
                    sortLinks += heads;
                    for (const QByteArray &link : sortLinks) {
                        QVERIFY2(link.startsWith('?'), link.constData());
                        const ListingOrder next = ListingOrder::fromQuery(link.sliced(1));
                        QVERIFY2(next.view == view, QByteArray(context + " -> " + link).constData());
                        // The current key flips; another starts A to Z, or
                        // with the largest and newest.
                        const bool expected = next.key == key ? !descending : next.key != K::Name;
                        QVERIFY2(next.descending == expected, QByteArray(context + " -> " + link).constData());
                    }
                    QCOMPARE(between(html, "<nav class=\"sort\"", "</nav>").count("aria-current"), 1);
                }
            }
        }
    }
}

void tst_DirectoryListing::contentSecurityPolicyAllowsOnlyThePageScript()
{
    const QByteArray policy = Servery::listingContentSecurityPolicy();
    QCOMPARE(Servery::listingContentSecurityPolicy(), policy); // computed once, the same every time
    const QList<QByteArray> pages {
        renderListingHtml({}, {}, ListingOrder {}),
        renderListingHtml({QStringLiteral("a")}, hostileEntries(), ListingOrder {}, true),
        renderListingHtml({}, {file("a.jpg")}, ListingOrder {ListingOrder::Key::Date, true, ListingOrder::View::Grid}),
    };
    for (const QByteArray &html : pages) {
        // One inline script, exactly the one whose hash the policy names.
        QCOMPARE(scriptCount(html), 1);
        const QByteArray script = between(html, "<script>", "</script>").toByteArray();
        QVERIFY(script.size() > 1000);
        const QByteArray hash = QCryptographicHash::hash(script, QCryptographicHash::Sha256).toBase64();
        QCOMPARE(policy,
                 "default-src 'none'; script-src 'sha256-" + hash
                     + "'; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
                       "form-action 'self'; base-uri 'none'");
        // Inline event handlers would need 'unsafe-hashes': no element
        // has one (the style sheet and the script aside, every tag's
        // attributes are read as a browser reads them).
        QString markup = QString::fromUtf8(html);
        markup.remove(QRegularExpression(QStringLiteral("<style>.*</style>|<script>.*</script>"),
                                         QRegularExpression::DotMatchesEverythingOption));
        static const QRegularExpression tag(QStringLiteral("<[a-z]+((?:\\s+[a-z-]+(?:=\"[^\"]*\")?)*)\\s*>"));
        static const QRegularExpression attr(QStringLiteral("\\s([a-z-]+)(?:=\"[^\"]*\")?"));
        qsizetype tags = 0;
        for (const QRegularExpressionMatch &t : tag.globalMatch(markup)) {
            ++tags;
            for (const QRegularExpressionMatch &a : attr.globalMatch(t.captured(1)))
                QVERIFY2(!a.captured(1).startsWith(QStringLiteral("on")), qPrintable(t.captured(0)));
        }
        QVERIFY(tags > 20);
    }
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
