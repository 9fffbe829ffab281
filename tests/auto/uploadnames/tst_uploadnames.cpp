// Table tests of the names uploads get: what a client proposes (in a
// multipart Content-Disposition, percent- or RFC 2231/5987-encoded or raw
// UTF-8), made a single safe file name, and numbered when taken.

#include "server/files/NativeName.h"
#include "server/files/UploadNames.h"
#include "server/http/limits.h"

#include <QSet>
#include <QtTest>

using namespace Servery;

namespace {

qsizetype utf8Bytes(const QString &s)
{
    return encodeFileName(s).size();
}

} // namespace

class tst_UploadNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void longNamesAreShortenedKeepingTheExtension_data();
    void longNamesAreShortenedKeepingTheExtension();
    void resultIsAlwaysOneNameInsideTheFolder_data();
    void resultIsAlwaysOneNameInsideTheFolder();
    void numbered_data();
    void numbered();
    void numberedStaysWithinTheLimit();
    void disposition_data();
    void disposition();
    void temporaryNamesAndIds();
};

void tst_UploadNames::sanitize_data()
{
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<bool>("allowHidden");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<bool>("changed");

    auto row = [](const char *tag, const QString &in, bool hidden, const QString &out, bool changed) {
        QTest::newRow(tag) << in << hidden << out << changed;
    };
    const QString none;
    row("plain", QStringLiteral("photo.jpg"), false, QStringLiteral("photo.jpg"), false);
    row("Unicode", QStringLiteral("\u65e5\u672c\u8a9e \u00e9t\u00e9 \U0001F600.txt"), false,
        QStringLiteral("\u65e5\u672c\u8a9e \u00e9t\u00e9 \U0001F600.txt"), false);
    row("spaces and symbols", QStringLiteral("a b #1 & 100% 'q' (2).txt"), false,
        QStringLiteral("a b #1 & 100% 'q' (2).txt"), false);
    row("climb", QStringLiteral("../../etc/passwd"), false, QStringLiteral("passwd"), true);
    row("folders", QStringLiteral("a/b/c.txt"), false, QStringLiteral("c.txt"), true);
    row("Windows path", QStringLiteral("C:\\Users\\me\\photo.jpg"), false, QStringLiteral("photo.jpg"), true);
    row("backslash climb", QStringLiteral("..\\..\\boot.ini"), false, QStringLiteral("boot.ini"), true);
    row("ends with a separator", QStringLiteral("dir/"), false, none, true);
    row("empty", QString(), false, none, false);
    row("dot", QStringLiteral("."), false, none, true);
    row("dot dot", QStringLiteral(".."), true, none, true);
    row("dots", QStringLiteral("..."), true, none, true);
    row("spaces only", QStringLiteral("   "), false, none, true);
    row("dotfile", QStringLiteral(".bashrc"), false, QStringLiteral("bashrc"), true);
    row("dotfile allowed", QStringLiteral(".bashrc"), true, QStringLiteral(".bashrc"), false);
    row("two leading dots", QStringLiteral("..hidden.txt"), false, QStringLiteral("hidden.txt"), true);
    row("our temporary name", QStringLiteral(".servery-upload-0123.part"), true,
        QStringLiteral("servery-upload-0123.part"), true);
    row("control characters", QStringLiteral("a\u0001b\u007f\u0085c\tx\n.txt"), false, QStringLiteral("abcx.txt"),
        true);
    row("NUL", QStringLiteral("a\u0000b.txt"), false, QStringLiteral("ab.txt"), true);
    row("right-to-left override", QStringLiteral("invoice\u202Efdp.exe"), false, QStringLiteral("invoicefdp.exe"),
        true);
    row("only a bidi mark", QStringLiteral("\u200F"), false, none, true);
    row("trailing dots and spaces", QStringLiteral("name. . ."), false, QStringLiteral("name"), true);
    row("trailing spaces", QStringLiteral("report.pdf   "), false, QStringLiteral("report.pdf"), true);
    row("leading space kept", QStringLiteral(" report.pdf"), false, QStringLiteral(" report.pdf"), false);
    row("CON", QStringLiteral("CON"), false, QStringLiteral("_CON"), true);
    row("con.txt", QStringLiteral("con.txt"), false, QStringLiteral("_con.txt"), true);
    row("Com1.tar.gz", QStringLiteral("Com1.tar.gz"), false, QStringLiteral("_Com1.tar.gz"), true);
    row("LPT9", QStringLiteral("LPT9"), false, QStringLiteral("_LPT9"), true);
    row("nul with space before the dot", QStringLiteral("nul .txt"), false, QStringLiteral("_nul .txt"), true);
    row("AUX with a trailing dot", QStringLiteral("AUX."), false, QStringLiteral("_AUX"), true);
    row("COM superscript one", QStringLiteral("COM\u00b9.log"), false, QStringLiteral("_COM\u00b9.log"), true);
    row("COM0 is fine", QStringLiteral("COM0"), false, QStringLiteral("COM0"), false);
    row("CONSOLE is fine", QStringLiteral("CONSOLE.txt"), false, QStringLiteral("CONSOLE.txt"), false);
    row("prn inside a name is fine", QStringLiteral("sprnt.txt"), false, QStringLiteral("sprnt.txt"), false);
#ifndef Q_OS_WIN
    row("colon and question mark (Unix)", QStringLiteral("a:b?.txt"), false, QStringLiteral("a:b?.txt"), false);
    row("bytes that are not UTF-8", decodeFileName("caf\xe9.txt"), false, decodeFileName("caf\xe9.txt"), false);
#else
    row("colon and question mark (Windows)", QStringLiteral("a:b?.txt"), false, QStringLiteral("a_b_.txt"), true);
#endif
}

void tst_UploadNames::sanitize()
{
    QFETCH(QString, proposed);
    QFETCH(bool, allowHidden);
    QFETCH(QString, expected);
    QFETCH(bool, changed);

    const CheckedName n = sanitizeUploadName(proposed, allowHidden);
    if (expected.isEmpty()) {
        QVERIFY2(!n.ok(), qPrintable(n.name));
        QVERIFY(!n.refusal.isEmpty());
        QVERIFY(n.name.isEmpty());
        return;
    }
    QVERIFY2(n.ok(), qPrintable(n.refusal));
    QCOMPARE(n.name, expected);
    QCOMPARE(n.changed(), changed);
    // Sanitizing is idempotent: a sanitized name passes unchanged.
    const CheckedName again = sanitizeUploadName(n.name, allowHidden);
    QVERIFY(again.ok());
    QCOMPARE(again.name, n.name);
    QVERIFY2(!again.changed(), qPrintable(again.change));
}

void tst_UploadNames::longNamesAreShortenedKeepingTheExtension_data()
{
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("expected"); // empty: only check the invariants

    QTest::newRow("ASCII") << QString(300, u'a') + u".jpg" << QString(251, u'a') + u".jpg";
    QTest::newRow("two-byte characters") << QString(200, u'\u00e9') + u".png" << QString(125, u'\u00e9') + u".png";
    QTest::newRow("double extension") << QString(300, u'a') + u".tar.gz" << QString(248, u'a') + u".tar.gz";
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"); // 25 bytes
    QTest::newRow("emoji sequences are not cut") << family.repeated(20) + u".txt" << family.repeated(10) + u".txt";
    QTest::newRow("a cluster longer than the limit") << u'e' + QString(300, u'\u0301') + u".txt" << QString();
    QTest::newRow("a long 'extension' is no extension")
        << QString(300, u'a') + u'.' + QString(20, u'b') << QString(255, u'a');
    QTest::newRow("exactly 255 bytes") << QString(251, u'x') + u".jpg" << QString(251, u'x') + u".jpg";
}

void tst_UploadNames::longNamesAreShortenedKeepingTheExtension()
{
    QFETCH(QString, proposed);
    QFETCH(QString, expected);
    const CheckedName n = sanitizeUploadName(proposed, false);
    QVERIFY(n.ok());
    QVERIFY(!n.name.isEmpty());
    QVERIFY2(utf8Bytes(n.name) <= Limits::kMaxFileNameBytes, qPrintable(QString::number(utf8Bytes(n.name))));
    QVERIFY(!n.name.startsWith(u'.'));
    if (!expected.isEmpty())
        QCOMPARE(n.name, expected);
    // Never half a character.
    QVERIFY(!n.name.back().isHighSurrogate());
}

void tst_UploadNames::resultIsAlwaysOneNameInsideTheFolder_data()
{
    QTest::addColumn<QString>("proposed");
    for (const char *s : {"../x", "..", "a/../../b", "/etc/passwd", "\\\\server\\share\\x", "x/.", "./.", "%2e%2e",
                          ".\u0000.", "..\u202E", "C:", "x\\..\\..", " ../ ", ".servery-upload-"}) {
        QTest::newRow(s) << QString::fromUtf8(s);
    }
}

void tst_UploadNames::resultIsAlwaysOneNameInsideTheFolder()
{
    QFETCH(QString, proposed);
    for (const bool hidden : {false, true}) {
        const CheckedName n = sanitizeUploadName(proposed, hidden);
        if (!n.ok())
            continue;
        QVERIFY(!n.name.isEmpty());
        QVERIFY(n.name != u"." && n.name != u"..");
        QVERIFY(!n.name.contains(u'/') && !n.name.contains(u'\\') && !n.name.contains(QChar(0)));
        QVERIFY(!n.name.startsWith(QLatin1StringView(kUploadTempPrefix)));
        if (!hidden)
            QVERIFY(!n.name.startsWith(u'.'));
    }
}

void tst_UploadNames::numbered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero is the name") << QStringLiteral("photo.jpg") << 0 << QStringLiteral("photo.jpg");
    QTest::newRow("before the extension") << QStringLiteral("photo.jpg") << 1 << QStringLiteral("photo (1).jpg");
    QTest::newRow("double extension") << QStringLiteral("archive.tar.gz") << 2 << QStringLiteral("archive (2).tar.gz");
    QTest::newRow("no extension") << QStringLiteral("README") << 3 << QStringLiteral("README (3)");
    QTest::newRow("dotfile") << QStringLiteral(".bashrc") << 1 << QStringLiteral(".bashrc (1)");
    QTest::newRow("dotfile with extension")
        << QStringLiteral(".config.json") << 1 << QStringLiteral(".config (1).json");
    QTest::newRow("a dot in the words") << QStringLiteral("Notes 3.5 final") << 1
                                        << QStringLiteral("Notes 3.5 final (1)");
    QTest::newRow("Unicode") << QStringLiteral("\u65e5\u672c.txt") << 12 << QStringLiteral("\u65e5\u672c (12).txt");
    QTest::newRow("already numbered") << QStringLiteral("b (1).jpg") << 1 << QStringLiteral("b (1) (1).jpg");
    QTest::newRow("long name shortened for the number")
        << QString(251, u'a') + u".jpg" << 12 << QString(246, u'a') + u" (12).jpg";
}

void tst_UploadNames::numbered()
{
    QFETCH(QString, name);
    QFETCH(int, number);
    QFETCH(QString, expected);
    QCOMPARE(numberedName(name, number), expected);
}

void tst_UploadNames::numberedStaysWithinTheLimit()
{
    QSet<QString> seen;
    const QString longName = QString(120, u'\u00e9') + u".jpeg"; // 245 bytes
    for (int n = 0; n <= Limits::kMaxUploadNameNumber; n += 7) {
        const QString s = numberedName(longName, n);
        QVERIFY2(utf8Bytes(s) <= Limits::kMaxFileNameBytes, qPrintable(s));
        QVERIFY(s.endsWith(u".jpeg"));
        QVERIFY(!seen.contains(s));
        seen.insert(s);
    }
}

void tst_UploadNames::disposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("isFile");
    QTest::addColumn<QString>("fileName");

    auto file = [](const char *tag, const QByteArray &h, const QString &name) {
        QTest::newRow(tag) << h << true << true << name;
    };
    file("plain", "form-data; name=\"f\"; filename=\"a.jpg\"", QStringLiteral("a.jpg"));
    file("Chrome's %22 for a quote", "form-data; name=\"f\"; filename=\"say %22hi%22.txt\"",
         QStringLiteral("say \"hi\".txt"));
    file("raw UTF-8 with %22", "form-data; name=\"f\"; filename=\"r\xc3\xa9sum\xc3\xa9 %22x%22.pdf\"",
         QStringLiteral("r\u00e9sum\u00e9 \"x\".pdf"));
    file("raw UTF-8 keeps other escapes", "form-data; name=\"f\"; filename=\"\xc3\xa9 %41.txt\"",
         QStringLiteral("\u00e9 %41.txt"));
    file("old Firefox's backslash quote", R"(form-data; name="f"; filename="a\"b.txt")", QStringLiteral("a\"b.txt"));
    file("whole name percent-encoded", "form-data; name=\"f\"; filename=\"%E6%97%A5%E6%9C%AC.txt\"",
         QStringLiteral("\u65e5\u672c.txt"));
    file("a lone percent stays", "form-data; name=\"f\"; filename=\"100%.txt\"", QStringLiteral("100%.txt"));
    file("a bad escape stays", "form-data; name=\"f\"; filename=\"a%ZZ.txt\"", QStringLiteral("a%ZZ.txt"));
    file("escapes that are not UTF-8 stay", "form-data; name=\"f\"; filename=\"%FF.txt\"", QStringLiteral("%FF.txt"));
    file("CR LF escapes decoded (removed later)", "form-data; name=\"f\"; filename=\"a%0D%0Ab.txt\"",
         QStringLiteral("a\r\nb.txt"));
    file("RFC 5987", "form-data; name=\"f\"; filename*=UTF-8''%E2%82%AC%20rates.txt",
         QStringLiteral("\u20ac rates.txt"));
    file("filename* wins", "form-data; name=\"f\"; filename=\"fallback.txt\"; filename*=utf-8''real.txt",
         QStringLiteral("real.txt"));
    file("ISO-8859-1 with a language", "form-data; filename*=iso-8859-1'en'%E9t%E9.txt",
         QStringLiteral("\u00e9t\u00e9.txt"));
    file("RFC 2231 continuations", "form-data; filename*0*=UTF-8''%E6%97%A5; filename*1=\".txt\"",
         QStringLiteral("\u65e5.txt"));
    file("plain continuations", "form-data; filename*0=\"long\"; filename*1=\"name.txt\"",
         QStringLiteral("longname.txt"));
    file("unknown charset falls back to filename", "form-data; filename=\"ok.txt\"; filename*=koi8-r''%C1.txt",
         QStringLiteral("ok.txt"));
    file("traversal kept for the sanitizer", "form-data; name=\"f\"; filename=\"../../x\"", QStringLiteral("../../x"));
    file("no file chosen", "form-data; name=\"f\"; filename=\"\"", QString());
    QTest::newRow("field") << QByteArray("form-data; name=\"note\"") << true << false << QString();
    QTest::newRow("unknown charset only")
        << QByteArray("form-data; filename*=koi8-r''%C1.txt") << false << false << QString();
    QTest::newRow("not form-data") << QByteArray("attachment; filename=a") << false << false << QString();
    QTest::newRow("malformed") << QByteArray("form-data; filename=\"a") << false << false << QString();
    QTest::newRow("filename twice") << QByteArray("form-data; filename=a; filename=b") << false << false << QString();
}

void tst_UploadNames::disposition()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    QFETCH(bool, isFile);
    QFETCH(QString, fileName);
    const FormDataDisposition d = parseFormDataDisposition(header);
    QCOMPARE(d.ok, ok);
    if (!ok) {
        QVERIFY(d.error != nullptr);
        return;
    }
    QCOMPARE(d.isFile, isFile);
    QCOMPARE(d.fileName, fileName);
}

void tst_UploadNames::temporaryNamesAndIds()
{
    const QByteArray id = newUploadId();
    QCOMPARE(id.size(), 2 * Limits::kUploadIdBytes);
    QVERIFY(isValidUploadId(id));
    QVERIFY(newUploadId() != id);

    const QString part = uploadTempName(id);
    QCOMPARE(part, QStringLiteral(".servery-upload-") + QString::fromLatin1(id) + QStringLiteral(".part"));
    QVERIFY(isUploadTempName(part));
    QCOMPARE(uploadIdOfTempName(part), id);
    QCOMPARE(uploadIdOfTempName(uploadTempName(id, u".info")), id);
    QVERIFY(uploadIdOfTempName(QStringLiteral(".servery-upload-xyz.part")).isEmpty());
    QVERIFY(!isUploadTempName(QStringLiteral("servery-upload-x.part")));

    QVERIFY(!isValidUploadId(id.toUpper()));
    QVERIFY(!isValidUploadId(id.first(31)));
    QVERIFY(!isValidUploadId(QByteArray(QByteArray("../") + id.sliced(3))));
    QVERIFY(!isValidUploadId({}));
}

QTEST_APPLESS_MAIN(tst_UploadNames)
#include "tst_uploadnames.moc"
