// What the listing tests feed in (entries with awkward names) and how they
// read what comes out: HTML and URLs taken apart the way a browser would,
// without trusting the code under test to do it.

#pragma once

#include "server/files/DirectoryListing.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace ListingFixtures {

using Servery::DirectoryEntry;
using Entries = QList<DirectoryEntry>;

inline DirectoryEntry file(const char *name, qint64 size = 0, qint64 modified = 0)
{
    return {QString::fromUtf8(name), false, size, modified};
}

inline DirectoryEntry folder(const char *name, qint64 modified = 0)
{
    return {QString::fromUtf8(name), true, 0, modified};
}

inline QStringList names(const Entries &entries)
{
    QStringList out;
    for (const DirectoryEntry &e : entries)
        out.append(e.name);
    return out;
}

// Names that try to break out of HTML text, attributes, URLs and the template.
inline Entries hostileEntries()
{
    // No '/' in any of them: a file name cannot hold one.
    return {file("<script>alert(1)<\\script>", 10),
            file("<img src=x onerror=alert(1)>", 11),
            file("say \"hi\".txt", 12),
            file("it's.txt", 13),
            file("a&b&amp;c.txt", 14),
            file("#hash", 15),
            file("100%.txt", 16),
            file("what?.txt", 17),
            file("with space.txt", 18),
            file("javascript:alert(1)", 20),
            file("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xc3\xa9\xf0\x9f\x8e\x89.txt", 19),
            file("{{rows}}", 21),
            file("{{empty}}", 22),
            folder("<b>folder<b>"),
            folder("javascript:alert(2)"),
            folder("dir with ?#%")};
}

// Folders: sizes 0 (as readDirectory() gives them); files with ties in size
// and date so that the name decides.
inline Entries sortFixture()
{
    return {file("file10.txt", 300, 3000), folder("Zeta", 100),  file("File2.txt", 100, 1000), folder("beta2", 300),
            file("b.txt", 50, 3000),       folder("alpha", 500), file("file1.txt", 300, 2000), folder("Beta10", 300)};
}

// Undoes the five escapes an HTML attribute may carry, '&' last.
inline QByteArray htmlUnescape(QByteArray s)
{
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    s.replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'");
    return s.replace("&amp;", "&");
}

// The href values of every <a> in `html`, HTML-unescaped.
inline QList<QByteArray> hrefs(QByteArrayView html)
{
    static const QRegularExpression re(QStringLiteral("<a href=\"([^\"]*)\""));
    QList<QByteArray> out;
    for (const QRegularExpressionMatch &m : re.globalMatch(QString::fromUtf8(html)))
        out.append(htmlUnescape(m.captured(1).toUtf8()));
    return out;
}

// The value of the attribute `name` in `tag` (one element's markup),
// HTML-unescaped; empty when it has none.
inline QByteArray attribute(QByteArrayView tag, const char *name)
{
    const QRegularExpression re(QStringLiteral("\\s%1=\"([^\"]*)\"").arg(QLatin1StringView(name)));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(tag));
    return m.hasMatch() ? htmlUnescape(m.captured(1).toUtf8()) : QByteArray();
}

inline QByteArrayView between(QByteArrayView s, QByteArrayView open, QByteArrayView close)
{
    const qsizetype a = s.indexOf(open);
    const qsizetype b = a < 0 ? -1 : s.indexOf(close, a + open.size());
    return b < 0 ? QByteArrayView() : s.sliced(a + open.size(), b - a - open.size());
}

// RFC 3986 unreserved characters, '/' and %XX: nothing that could end an
// attribute, start a query or fragment, or name a scheme.
inline bool isSafeUrl(QByteArrayView url)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9._~/-]|%[0-9A-Fa-f]{2})*$"));
    return re.match(QString::fromLatin1(url)).hasMatch();
}

} // namespace ListingFixtures
