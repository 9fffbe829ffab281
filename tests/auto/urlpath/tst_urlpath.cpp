// Table tests of decodeUrlPath() and encodeUrlPath(): what a request path may
// turn into below the served folder, and what must be refused before the
// disk is ever touched (STYLE.md rule 7; Go's net/http/fs.go).

#include "server/files/NativeName.h"
#include "server/files/UrlPath.h"

#include <QtTest>

using namespace Servery;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

QStringList segments(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

// RFC 3986 2.3 unreserved characters, plus the '/' separators.
bool isUnreservedOrSlash(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '/';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

} // namespace

class tst_UrlPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void encodeKnownForms_data();
    void encodeKnownForms();
    void encodeDecodeRoundTrip_data();
    void encodeDecodeRoundTrip();
#ifndef Q_OS_WIN
    void bytesThatAreNotUtf8_data();
    void bytesThatAreNotUtf8();
#endif
};

void tst_UrlPath::accepted_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<bool>("trailingSlash");
    QTest::addColumn<bool>("hidden");

    QTest::newRow("root") << QByteArray("/") << QStringList() << true << false;
    QTest::newRow("two segments") << QByteArray("/a/b") << segments({"a", "b"}) << false << false;
    QTest::newRow("directory with trailing slash") << QByteArray("/docs/") << segments({"docs"}) << true << false;
    QTest::newRow("dot segment dropped") << QByteArray("/a/./b") << segments({"a", "b"}) << false << false;
    QTest::newRow("trailing dot segment") << QByteArray("/a/.") << segments({"a"}) << false << false;
    QTest::newRow("dot-dot removes one segment") << QByteArray("/a/b/../c") << segments({"a", "c"}) << false << false;
    QTest::newRow("dot-dot back to the root") << QByteArray("/a/..") << QStringList() << false << false;
    QTest::newRow("empty segments collapse") << QByteArray("//a//b/") << segments({"a", "b"}) << true << false;
    QTest::newRow("percent-encoded space")
        << QByteArray("/my%20file.txt") << segments({"my file.txt"}) << false << false;
    QTest::newRow("percent-encoded UTF-8")
        << QByteArray("/caf%C3%A9/men%c3%bc") << segments({"caf\u00e9", "men\u00fc"}) << false << false;
    QTest::newRow("four-byte UTF-8") << QByteArray("/%F0%9F%98%80") << segments({"\U0001F600"}) << false << false;
    QTest::newRow("raw UTF-8 bytes") << QByteArray("/caf\xc3\xa9") << segments({"caf\u00e9"}) << false << false;
    QTest::newRow("encoded dot-dot below the root")
        << QByteArray("/a/b/%2e%2e/c") << segments({"a", "c"}) << false << false;
    QTest::newRow("encoded dot-dot, mixed case") << QByteArray("/a/b/%2E./c") << segments({"a", "c"}) << false << false;
    QTest::newRow("decoded once: %25 stays a percent")
        << QByteArray("/100%25/%252e%252e") << segments({"100%", "%2e%2e"}) << false << false;
    QTest::newRow("three dots are a name") << QByteArray("/a/...") << segments({"a", "..."}) << false << true;
    QTest::newRow("hidden file") << QByteArray("/.git/config") << segments({".git", "config"}) << false << true;
    QTest::newRow("reserved characters kept")
        << QByteArray("/a;b=c/d,e+f&g") << segments({"a;b=c", "d,e+f&g"}) << false << false;
#ifndef Q_OS_WIN
    // On Unix a backslash is an ordinary file name character.
    QTest::newRow("raw backslash on Unix") << QByteArray("/a\\b") << segments({"a\\b"}) << false << false;
    QTest::newRow("colon on Unix") << QByteArray("/c:/x") << segments({"c:", "x"}) << false << false;
    // Encoded, it is the same ordinary character (so a listing can link to
    // such a file), and "..\\" is a name, not a climb.
    QTest::newRow("encoded backslash on Unix") << QByteArray("/a%5cb") << segments({"a\\b"}) << false << false;
    QTest::newRow("encoded backslash dot-dot on Unix")
        << QByteArray("/..%5c..%5cwindows") << segments({"..\\..\\windows"}) << false << true;
#endif
}

void tst_UrlPath::accepted()
{
    QFETCH(QByteArray, path);
    QFETCH(QStringList, segments);
    QFETCH(bool, trailingSlash);
    QFETCH(bool, hidden);

    const UrlPath p = decodeUrlPath(path);
    QVERIFY2(p.ok, p.error.constData());
    QVERIFY(p.error.isEmpty());
    QCOMPARE(p.segments, segments);
    QCOMPARE(p.trailingSlash, trailingSlash);
    QCOMPARE(p.relativePath(), segments.join(u'/'));
    QCOMPARE(p.hasHiddenSegment(), hidden);
    for (const QString &s : std::as_const(p.segments)) {
        QVERIFY(!s.isEmpty());
        QVERIFY(s != u"." && s != u"..");
        QVERIFY(!s.contains(u'/'));
    }
}

void tst_UrlPath::refused_data()
{
    QTest::addColumn<QByteArray>("path");

    // Not an origin-form path.
    QTest::newRow("relative dot-dot") << QByteArray("../x");
    QTest::newRow("no leading slash") << QByteArray("a/b");
    QTest::newRow("empty") << QByteArray("");
    // Climbing above the root (RFC 3986 5.2.4 would clamp; we refuse).
    QTest::newRow("dot-dot at the root") << QByteArray("/..");
    QTest::newRow("dot-dot at the root, trailing slash") << QByteArray("/../");
    QTest::newRow("/../etc/passwd") << QByteArray("/../etc/passwd");
    QTest::newRow("climb after one segment") << QByteArray("/a/../../b");
    QTest::newRow("encoded dot-dot at the root") << QByteArray("/%2e%2e/x");
    QTest::newRow("half-encoded dot-dot at the root") << QByteArray("/.%2E/x");
    // Encoded separators.
    QTest::newRow("dot-dot with encoded slash") << QByteArray("/..%2fetc");
    QTest::newRow("encoded slash") << QByteArray("/a%2fb");
    QTest::newRow("encoded slash, uppercase") << QByteArray("/a%2Fb");
    // NUL.
    QTest::newRow("encoded NUL") << QByteArray("/%00");
    QTest::newRow("encoded NUL before extension") << QByteArray("/secret.txt%00.html");
    QTest::newRow("raw NUL") << QByteArray("/a\0b", 4);
    // Malformed escapes.
    QTest::newRow("non-hex escape") << QByteArray("/a%zz");
    QTest::newRow("escape with one digit at the end") << QByteArray("/a%4");
    QTest::newRow("lone percent at the end") << QByteArray("/a%");
    QTest::newRow("escape with one digit mid-path") << QByteArray("/a%4/b");
#ifdef Q_OS_WIN
    // Not UTF-8: Windows names are UTF-16, so these name nothing there.
    QTest::newRow("overlong dot-dot") << QByteArray("/%c0%ae%c0%ae/");
    QTest::newRow("overlong slash") << QByteArray("/a%c0%afb");
    QTest::newRow("invalid byte 0xff") << QByteArray("/%ff");
    QTest::newRow("truncated sequence") << QByteArray("/caf%C3");
    QTest::newRow("encoded UTF-16 surrogate") << QByteArray("/%ED%A0%80");
    // On Windows a backslash separates and a colon names a drive or stream.
    QTest::newRow("raw backslash on Windows") << QByteArray("/a\\b");
    QTest::newRow("encoded backslash on Windows") << QByteArray("/a%5cb");
    QTest::newRow("encoded backslash, uppercase, on Windows") << QByteArray("/a%5Cb");
    QTest::newRow("encoded backslash dot-dot on Windows") << QByteArray("/..%5c..%5cwindows");
    QTest::newRow("backslash dot-dot on Windows") << QByteArray("/..\\..\\windows");
    QTest::newRow("drive letter on Windows") << QByteArray("/c:/windows");
    QTest::newRow("alternate data stream on Windows") << QByteArray("/file.txt::$DATA");
#endif
}

void tst_UrlPath::refused()
{
    QFETCH(QByteArray, path);

    const UrlPath p = decodeUrlPath(path);
    QVERIFY2(!p.ok, qPrintable(QString(u"accepted as \"" + p.relativePath() + u'"')));
    QVERIFY(!p.error.isEmpty());
    QVERIFY(p.segments.isEmpty());
}

void tst_UrlPath::encodeKnownForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("unreserved untouched") << QStringLiteral("Az09-._~/sub") << QByteArray("Az09-._~/sub");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("reserved and percent") << QStringLiteral("#?%&+") << QByteArray("%23%3F%25%26%2B");
    QTest::newRow("UTF-8, uppercase hex") << utf8("caf\u00e9") << QByteArray("caf%C3%A9");
    QTest::newRow("empty") << QString() << QByteArray();
}

void tst_UrlPath::encodeKnownForms()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, encoded);

    QCOMPARE(encodeUrlPath(path), encoded);
}

void tst_UrlPath::encodeDecodeRoundTrip_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("space") << QStringLiteral("my file.txt");
    QTest::newRow("hash") << QStringLiteral("issue #12.md");
    QTest::newRow("percent") << QStringLiteral("100% done %2e%2e %2F");
    QTest::newRow("question mark") << QStringLiteral("what?.txt");
    QTest::newRow("ampersand and equals") << QStringLiteral("a&b=c;d");
    QTest::newRow("quotes") << QStringLiteral("\"double\" 'single' `back`");
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script>.html");
    QTest::newRow("plus and comma") << QStringLiteral("a+b,c");
    QTest::newRow("Latin accents") << utf8("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
    QTest::newRow("CJK") << utf8("\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb.txt");
    QTest::newRow("emoji outside the BMP") << utf8("\U0001F600 smile");
    QTest::newRow("nested directories") << QStringLiteral("dir one/dir two/file three");
    QTest::newRow("hidden file") << QStringLiteral(".config/a b");
}

void tst_UrlPath::encodeDecodeRoundTrip()
{
    QFETCH(QString, path);

    const QByteArray encoded = encodeUrlPath(path);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            QVERIFY2(i + 2 < encoded.size() && isUpperHex(encoded[i + 1]) && isUpperHex(encoded[i + 2]),
                     encoded.constData());
            i += 2;
            continue;
        }
        QVERIFY2(isUnreservedOrSlash(c), encoded.constData());
    }

    const UrlPath decoded = decodeUrlPath(QByteArray("/" + encoded));
    QVERIFY2(decoded.ok, decoded.error.constData());
    QCOMPARE(decoded.relativePath(), path);
    QCOMPARE(decoded.segments, path.split(u'/'));
}

#ifndef Q_OS_WIN
void tst_UrlPath::bytesThatAreNotUtf8_data()
{
    // A POSIX file name is bytes, and not always UTF-8 (an old archive, a
    // camera, a Latin-1 system). Such names are decoded without loss, so the
    // file can be listed and served; and whatever the bytes, they never turn
    // into '.', '..' or '/'.
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("fileName"); // the bytes on disk
    QTest::newRow("Latin-1 e acute") << QByteArray("/caf%E9.txt") << QByteArray("caf\xe9.txt");
    QTest::newRow("invalid byte 0xff") << QByteArray("/%ff") << QByteArray("\xff");
    QTest::newRow("truncated sequence") << QByteArray("/caf%C3") << QByteArray("caf\xc3");
    QTest::newRow("encoded UTF-16 surrogate") << QByteArray("/%ED%A0%80") << QByteArray("\xed\xa0\x80");
    QTest::newRow("overlong dot-dot is not a climb") << QByteArray("/%c0%ae%c0%ae") << QByteArray("\xc0\xae\xc0\xae");
    QTest::newRow("overlong slash is not a separator") << QByteArray("/a%c0%afb")
                                                       << QByteArray("a\xc0\xaf"
                                                                     "b");
    QTest::newRow("raw bytes, not encoded") << QByteArray("/x\xe9"
                                                          "y")
                                            << QByteArray("x\xe9"
                                                          "y");
    QTest::newRow("valid UTF-8 beside invalid") << QByteArray("/%C3%A9%E9")
                                                << QByteArray("\xc3\xa9"
                                                              "\xe9");
}

void tst_UrlPath::bytesThatAreNotUtf8()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, fileName);
    const UrlPath p = decodeUrlPath(path);
    QVERIFY2(p.ok, p.error.constData());
    QCOMPARE(p.segments.size(), 1);
    const QString segment = p.segments.constFirst();
    QVERIFY(segment != u"." && segment != u".." && !segment.contains(u'/'));
    // The exact bytes come back for the file system...
    QCOMPARE(encodeFileName(segment), fileName);
    // ...and for a link: percent-encoded, then decoded to the same name.
    const QByteArray link = encodeUrlPath(segment);
    for (const char c : link)
        QVERIFY2(isUnreservedOrSlash(c) || c == '%' || isUpperHex(c), link.constData());
    const UrlPath again = decodeUrlPath(QByteArray('/' + link));
    QVERIFY(again.ok);
    QCOMPARE(again.segments, p.segments);
}
#endif

QTEST_APPLESS_MAIN(tst_UrlPath)

#include "tst_urlpath.moc"
