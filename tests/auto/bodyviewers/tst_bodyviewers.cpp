// Tests of the inspector's body viewers, model by model: the JSON tree
// (document order, depth, errors with their line), form and query tables,
// multipart parts, text in its declared charset, the lazy hex model, image
// detection, and BodyViewer's choice of page, switcher and "Load all".

#include "viewers/BodyViewer.h"
#include "viewers/FormTableModel.h"
#include "viewers/HexModel.h"
#include "viewers/ImageView.h"
#include "viewers/JsonTreeModel.h"
#include "viewers/MultipartModel.h"
#include "viewers/TextDecoding.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace Servery;
using Kind = BodyViewer::Kind;
using View = BodyViewer::View;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

QString cell(const QAbstractItemModel &m, int row, int column, const QModelIndex &parent = {})
{
    return m.index(row, column, parent).data().toString();
}

// A reader that counts how often, and how much, it is asked.
struct CountingReader {
    QByteArray bytes;
    qint64 size = 0;
    int calls = 0;
    qint64 bytesRead = 0;

    BodyReader reader()
    {
        return [this](qint64 offset, qint64 length) {
            ++calls;
            const qint64 n = std::max<qint64>(0, std::min(length, size - offset));
            bytesRead += n;
            if (!bytes.isEmpty())
                return bytes.mid(offset, n);
            QByteArray out(n, '\0');
            for (qint64 i = 0; i < n; ++i)
                out[i] = char((offset + i) * 7 % 251);
            return out;
        };
    }
};

// Name/value pairs written as literals.
struct Field {
    QString name;
    QString value;
    Field(const char *n, const char *v)
        : name(QString::fromUtf8(n))
        , value(QString::fromUtf8(v))
    {
    }
    Field(const char *n, QString v)
        : name(QString::fromUtf8(n))
        , value(std::move(v))
    {
    }
};

FormFields fields(std::initializer_list<Field> list)
{
    FormFields out;
    for (const Field &f : list)
        out.append({f.name, f.value});
    return out;
}

const QByteArray kBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

QByteArray binaryPayload()
{
    // NULs, CR LF, and a line that starts like the boundary but is not one.
    QByteArray bytes("\x00\x01\r\n--", 5);
    bytes += "----WebKitFormBoundary7MA4YWxkTrZu0gWX not a boundary\r\n";
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes + QByteArray("\r\n", 2);
}

QByteArray multipartBody()
{
    QByteArray b = "preamble to ignore\r\n";
    b += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHello\r\n";
    b += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nline 1\r\nline 2\r\n";
    b += "--" + kBoundary
        + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"my \\\"best\\\" file.bin\"\r\n"
          "Content-Type: application/octet-stream\r\n\r\n";
    b += binaryPayload();
    b += "\r\n--" + kBoundary + "--\r\nepilogue";
    return b;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_BodyViewers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonTreeKeepsDocumentOrder();
    void jsonTreeScalarsAndEscapes();
    void jsonTreeDepth();
    void jsonInvalid_data();
    void jsonInvalid();
    void formFields_data();
    void formFields();
    void queryTable();
    void multipartParts();
    void multipartAcrossBlocks();
    void multipartTruncated();
    void multipartBounded();
    void charset_data();
    void charset();
    void hexRows();
    void hexReadsLazily();
    void imageDetection_data();
    void imageDetection();
    void realPngShownWithItsSize();
    void chooseKind_data();
    void chooseKind();
    void viewerPicksPage_data();
    void viewerPicksPage();
    void viewerNamesTheDeclaredCharset();
    void longLinesAreNotWrapped();
    void nestedMultipartStopsOpening();
    void hugeJsonSkipsTheTree();
    void viewerOpensPartsInNestedViewer();
    void loadAllForLargeText();
    void loadAllCompletesCutJson();
    void hexViewOfLargeBodyIsLazy();
};

void tst_BodyViewers::jsonTreeKeepsDocumentOrder()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setJson(R"({"zeta": 1, "alpha": {"b": [10, 20, 30], "a": null}, "mid": "x", "zeta": true})"));
    QCOMPARE(model.rowCount(), 4); // a repeated name is kept, in place
    QCOMPARE(model.columnCount(), 3);
    const QStringList keys {cell(model, 0, 0), cell(model, 1, 0), cell(model, 2, 0), cell(model, 3, 0)};
    QCOMPARE(keys, (QStringList {utf8("zeta"), utf8("alpha"), utf8("mid"), utf8("zeta")}));
    QCOMPARE(cell(model, 0, 1), utf8("1"));
    QCOMPARE(cell(model, 0, 2), utf8("number"));
    QCOMPARE(cell(model, 1, 1), utf8("{2}"));
    QCOMPARE(cell(model, 1, 2), utf8("object"));
    QCOMPARE(cell(model, 2, 1), utf8("x"));
    QCOMPARE(cell(model, 2, 2), utf8("string"));
    QCOMPARE(cell(model, 3, 2), utf8("boolean"));

    const QModelIndex alpha = model.index(1, 0);
    QCOMPARE(model.rowCount(alpha), 2);
    QCOMPARE(cell(model, 0, 0, alpha), utf8("b"));
    QCOMPARE(cell(model, 1, 0, alpha), utf8("a"));
    QCOMPARE(cell(model, 1, 2, alpha), utf8("null"));
    const QModelIndex b = model.index(0, 0, alpha);
    QCOMPARE(cell(model, 0, 1, alpha), utf8("[3]"));
    QCOMPARE(model.rowCount(b), 3);
    QCOMPARE(cell(model, 2, 0, b), utf8("2")); // elements are named by their place
    QCOMPARE(cell(model, 2, 1, b), utf8("30"));
    QCOMPARE(model.parent(model.index(2, 0, b)), b);
    QCOMPARE(model.parent(b), alpha);
    QCOMPARE(model.parent(alpha), QModelIndex());
}

void tst_BodyViewers::jsonTreeScalarsAndEscapes()
{
    JsonTreeModel model;
    QVERIFY(model.setJson(R"(["caf\u00e9 \"q\"\n", "\ud83d\ude00", -1.5e3, 0])"));
    QCOMPARE(model.tree().scalar(1), utf8("caf\u00e9 \"q\"\n"));
    QCOMPARE(model.tree().scalar(2), utf8("\U0001F600"));
    QCOMPARE(cell(model, 2, 1), utf8("-1.5e3")); // numbers as written
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), utf8("caf\u00e9 \"q\"\n"));

    QVERIFY(model.setJson("\"just a string\""));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, 1), utf8("just a string"));
}

void tst_BodyViewers::jsonTreeDepth()
{
    const int depth = JsonTree::kMaxDepth;
    JsonTreeModel model;
    QVERIFY(model.setJson(QByteArray(depth, '[') + "7" + QByteArray(depth, ']')));
    QModelIndex index;
    for (int level = 1; level < depth; ++level) {
        QCOMPARE(model.rowCount(index), 1);
        index = model.index(0, 0, index);
    }
    QCOMPARE(cell(model, 0, 1, index), utf8("7"));

    QVERIFY(!model.setJson(QByteArray(depth + 1, '[') + QByteArray(depth + 1, ']')));
    QVERIFY2(model.error().contains(utf8("deeper than 256")), qPrintable(model.error()));
    QCOMPARE(model.rowCount(), 0);
}

void tst_BodyViewers::jsonInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("endedEarly");

    QTest::newRow("missing-colon-on-line-3")
        << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}")
        << "Not valid JSON at line 3, column 7: expected ':' after the name" << false;
    QTest::newRow("trailing-comma") << QByteArray("[1,\n2,\n]") << "line 3, column 1: expected a value" << false;
    QTest::newRow("cut-short") << QByteArray("{\"a\": [1, 2") << "line 1, column 12: the text ends" << true;
    QTest::newRow("line-break-in-string") << QByteArray("[\"a\nb\"]") << "line 1, column 4: a line break" << false;
    QTest::newRow("extra-text") << QByteArray("{} {}") << "extra text after the end" << false;
    QTest::newRow("single-quotes") << QByteArray("{'a': 1}") << "expected a name in double quotes, found '''" << false;
}

void tst_BodyViewers::jsonInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(bool, endedEarly);
    JsonTreeModel model;
    QVERIFY(!model.setJson(json));
    QVERIFY2(model.error().contains(expected), qPrintable(model.error()));
    QCOMPARE(model.tree().endedEarly(), endedEarly);
    QCOMPARE(model.rowCount(), 0);
}

void tst_BodyViewers::formFields_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<FormFields>("expected");

    QTest::newRow("plus-is-space") << QByteArray("q=hello+world") << fields({{"q", "hello world"}});
    QTest::newRow("percent-utf8") << QByteArray("name=%C3%A9t%C3%A9&sym=%2B%26%3D")
                                  << fields({{"name", utf8("\u00e9t\u00e9")}, {"sym", "+&="}});
    QTest::newRow("repeated-names-kept") << QByteArray("a=1&b=2&a=3") << fields({{"a", "1"}, {"b", "2"}, {"a", "3"}});
    QTest::newRow("no-equals-is-empty-value")
        << QByteArray("flag&x=&=v") << fields({{"flag", ""}, {"x", ""}, {"", "v"}});
    QTest::newRow("empty-pieces-skipped") << QByteArray("&a=1&&") << fields({{"a", "1"}});
    QTest::newRow("bad-percent-kept") << QByteArray("p=100%") << fields({{"p", "100%"}});
    QTest::newRow("decoded-name") << QByteArray("first+name=Ann") << fields({{"first name", "Ann"}});
}

void tst_BodyViewers::formFields()
{
    QFETCH(QByteArray, encoded);
    QFETCH(FormFields, expected);
    QCOMPARE(parseFormFields(encoded), expected);

    FormTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForm(encoded);
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(cell(model, row, FormTableModel::NameColumn), expected[row].first);
        QCOMPARE(cell(model, row, FormTableModel::ValueColumn), expected[row].second);
    }
}

void tst_BodyViewers::queryTable()
{
    FormTableModel model;
    model.setQuery("/search?q=caf%C3%A9+au+lait&page=2&q=tea#results");
    QCOMPARE(model.fields(), (fields({{"q", utf8("caf\u00e9 au lait")}, {"page", "2"}, {"q", "tea"}})));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), utf8("Name"));
    model.setQuery("/no/query#a=b");
    QCOMPARE(model.rowCount(), 0);
}

void tst_BodyViewers::multipartParts()
{
    const QByteArray body = multipartBody();
    MultipartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBody(bytesReader(body), body.size(), QByteArray("multipart/form-data; boundary=" + kBoundary));
    QVERIFY2(model.body().error.isEmpty(), qPrintable(model.body().error));
    QVERIFY(!model.body().truncated);
    QCOMPARE(model.rowCount(), 3);

    QCOMPARE(model.part(0).name, utf8("title"));
    QCOMPARE(model.partBytes(0), "Hello");
    QVERIFY(model.part(0).fileName.isEmpty());
    QCOMPARE(model.partBytes(1), "line 1\r\nline 2");

    const MultipartPart &file = model.part(2);
    QCOMPARE(file.name, utf8("upload"));
    QCOMPARE(file.fileName, utf8("my \"best\" file.bin"));
    QCOMPARE(file.contentType, "application/octet-stream");
    QCOMPARE(file.headers.size(), 2);
    QCOMPARE(file.headers.value("content-type"), "application/octet-stream");
    QVERIFY(file.complete);
    QCOMPARE(file.length, binaryPayload().size());
    QCOMPARE(model.partBytes(2), binaryPayload()); // exact, CR LF and NULs included
    QCOMPARE(body.mid(file.offset, file.length), binaryPayload());
    QCOMPARE(model.partReader(2)(3, 4), binaryPayload().mid(3, 4));
    QVERIFY(cell(model, 2, 0).contains(utf8("my \"best\" file.bin")));
    QCOMPARE(model.summary(), utf8("3 parts"));
}

void tst_BodyViewers::multipartAcrossBlocks()
{
    // A file larger than the scanner's block, with boundary look-alikes on
    // either side of a block edge.
    QByteArray content(200 * 1024, 'x');
    content.replace(65530, 12, "\r\n--abc-def");
    content.replace(131068, 8, "\r\n--abcX");
    QByteArray body = "--abc\r\nContent-Disposition: form-data; name=\"f\"; filename*=UTF-8''na%C3%AFve.txt\r\n\r\n";
    body += content + "\r\n--abc\r\nContent-Disposition: form-data; name=\"g\"\r\n\r\n\r\n--abc--";
    CountingReader source {body, body.size()};
    MultipartModel model;
    model.setBody(source.reader(), body.size(), "multipart/mixed; boundary=\"abc\"");
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.part(0).fileName, utf8("na\u00efve.txt"));
    QCOMPARE(model.partBytes(0), content);
    QCOMPARE(model.part(1).length, 0);
    QVERIFY(source.bytesRead < body.size() * 3); // read in blocks, not byte by byte
}

void tst_BodyViewers::multipartTruncated()
{
    const QByteArray whole = multipartBody();
    const qsizetype cut = whole.indexOf("not a boundary") + 5;
    MultipartModel model;
    model.setBody(bytesReader(whole.first(cut)), cut, QByteArray("multipart/form-data; boundary=" + kBoundary));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.body().truncated);
    QVERIFY(model.part(0).complete);
    QVERIFY(!model.part(2).complete);
    QCOMPARE(model.partBytes(2), whole.mid(model.part(2).offset, cut - model.part(2).offset));
    QVERIFY(model.summary().contains(utf8("ends inside the last part")));

    // Cut inside a part's head.
    const qsizetype inHead = whole.indexOf("name=\"upload\"");
    model.setBody(bytesReader(whole.first(inHead)), inHead, QByteArray("multipart/form-data; boundary=" + kBoundary));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.part(2).complete);
    QCOMPARE(model.part(2).length, 0);

    model.setBody(bytesReader(whole), whole.size(), "multipart/form-data");
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.summary().contains(utf8("no boundary")));
}

void tst_BodyViewers::multipartBounded()
{
    QByteArray body;
    for (int i = 0; i < MultipartBody::kMaxParts + 5; ++i)
        body += "--b\r\n\r\n" + QByteArray::number(i) + "\r\n";
    body += "--b--\r\n";
    MultipartModel model;
    model.setBody(bytesReader(body), body.size(), "multipart/mixed; boundary=b");
    QCOMPARE(model.rowCount(), MultipartBody::kMaxParts);
    QVERIFY(model.body().tooManyParts);
    QCOMPARE(model.partBytes(999), "999");
}

void tst_BodyViewers::charset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<bool>("errors");
    QTest::addColumn<QString>("note");

    QTest::newRow("latin1-e-acute") << QByteArray("caf\xe9") << QByteArray("text/plain; charset=ISO-8859-1") << true
                                    << utf8("caf\u00e9") << "ISO-8859-1" << false << "";
    QTest::newRow("windows-1252-euro") << QByteArray("\x80 5") << QByteArray("text/plain; charset=\"windows-1252\"")
                                       << true << utf8("\u20ac 5") << "windows-1252" << false << "";
    QTest::newRow("utf16le-bom") << QByteArray("\xff\xfeh\0i\0", 6) << QByteArray("text/plain; charset=utf-16le")
                                 << true << "hi"
                                 << "UTF-16LE" << false << "";
    QTest::newRow("bom-beats-declaration")
        << QByteArray("\xff\xfeh\0i\0", 6) << QByteArray("text/plain; charset=iso-8859-1") << true << "hi"
        << "UTF-16LE" << false << "";
    QTest::newRow("utf8-default") << QByteArray("caf\xc3\xa9") << QByteArray("text/plain") << true << utf8("caf\u00e9")
                                  << "UTF-8" << false << "";
    QTest::newRow("unknown-charset") << QByteArray("caf\xc3\xa9") << QByteArray("text/plain; charset=x-nonsense")
                                     << true << utf8("caf\u00e9") << "UTF-8" << false
                                     << "Unknown charset \"x-nonsense\"; shown as UTF-8.";
    QTest::newRow("invalid-utf8") << QByteArray("a\xff"
                                                "b")
                                  << QByteArray("text/plain; charset=utf-8") << true
                                  << utf8("a\ufffd"
                                          "b")
                                  << "UTF-8" << true
                                  << utf8("Some bytes are not valid UTF-8; they are shown as \ufffd.");
    QTest::newRow("cut-character-at-end-of-whole-body")
        << QByteArray("caf\xc3") << QByteArray() << true << utf8("caf\ufffd") << "UTF-8" << true
        << utf8("Some bytes are not valid UTF-8; they are shown as \ufffd.");
    QTest::newRow("cut-character-at-end-of-beginning") << QByteArray("caf\xc3") << QByteArray() << false << "caf"
                                                       << "UTF-8" << false << "";
}

void tst_BodyViewers::charset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, complete);
    const DecodedText decoded = decodeText(bytes, contentType, complete);
    QTEST(decoded.text, "text");
    QTEST(decoded.charset, "charset");
    QTEST(decoded.hadErrors, "errors");
    QTEST(decoded.note, "note");
}

void tst_BodyViewers::hexRows()
{
    HexModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray bytes = QByteArray("Hello, hex world!") + QByteArray("\x00\x7f\xff", 3);
    model.setBody(bytesReader(bytes), bytes.size());
    QCOMPARE(model.rowCount(), 2); // ceil(20 / 16)
    QCOMPARE(cell(model, 0, HexModel::OffsetColumn), utf8("00000000"));
    QCOMPARE(cell(model, 0, HexModel::HexColumn), utf8("48 65 6c 6c 6f 2c 20 68  65 78 20 77 6f 72 6c 64"));
    QCOMPARE(cell(model, 0, HexModel::AsciiColumn), utf8("Hello, hex world"));
    QCOMPARE(cell(model, 1, HexModel::OffsetColumn), utf8("00000010"));
    QCOMPARE(cell(model, 1, HexModel::HexColumn), utf8("21 00 7f ff"));
    QCOMPARE(cell(model, 1, HexModel::AsciiColumn), utf8("!..."));

    model.setBody(bytesReader(QByteArray(32, 'a')), 32);
    QCOMPARE(model.rowCount(), 2);
    model.setBody({}, 100);
    QCOMPARE(model.rowCount(), 0);
}

void tst_BodyViewers::hexReadsLazily()
{
    const qint64 size = 10 * 1024 * 1024 - 3;
    CountingReader source {{}, size};
    HexModel model;
    model.setBody(source.reader(), size);
    QCOMPARE(source.calls, 0);
    QCOMPARE(model.rowCount(), int((size + 15) / 16));

    QCOMPARE(cell(model, 0, HexModel::HexColumn).left(8), utf8("00 07 0e"));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.rowBytes(last).size(), 13);
    QCOMPARE(cell(model, last, HexModel::OffsetColumn), QString::number(qint64(last) * 16, 16).rightJustified(8, u'0'));
    QCOMPARE(source.calls, 2);
    QVERIFY(source.bytesRead <= 2 * HexModel::kBlockSize);

    // Rows of blocks already read cost nothing more.
    cell(model, 1, HexModel::AsciiColumn);
    cell(model, last - 1, HexModel::HexColumn);
    QCOMPARE(source.calls, 2);
}

void tst_BodyViewers::imageDetection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("format");

    QTest::newRow("png-magic") << QByteArray("\x89PNG\r\n\x1a\n....") << QByteArray() << QByteArray("png");
    QTest::newRow("jpeg-magic") << QByteArray("\xff\xd8\xff\xe0..JFIF") << QByteArray() << QByteArray("jpeg");
    QTest::newRow("gif-magic") << QByteArray("GIF89a....") << QByteArray() << QByteArray("gif");
    QTest::newRow("webp-magic") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << QByteArray() << QByteArray("webp");
    QTest::newRow("bmp-magic") << QByteArray("BM\x46\0\0\0\0\0\0\0\x36\0\0\0", 14) << QByteArray() << QByteArray("bmp");
    QTest::newRow("svg-by-type") << QByteArray("<svg xmlns=...>") << QByteArray("image/svg+xml") << QByteArray("svg");
    QTest::newRow("svg-without-type-is-not-an-image") << QByteArray("<svg xmlns=...>") << QByteArray() << QByteArray();
    QTest::newRow("text-starting-with-BM") << QByteArray("BMW cars are nice") << QByteArray() << QByteArray();
    QTest::newRow("riff-wave-is-not-webp") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << QByteArray() << QByteArray();
    QTest::newRow("magic-beats-wrong-type")
        << QByteArray("\x89PNG\r\n\x1a\n") << QByteArray("image/jpeg") << QByteArray("png");
}

void tst_BodyViewers::imageDetection()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, contentType);
    QTEST(imageFormat(head, contentType), "format");
}

void tst_BodyViewers::realPngShownWithItsSize()
{
    const QByteArray png = pngBytes(7, 3);
    const DecodedImage decoded = decodeImage(png, "image/png");
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.image.size(), QSize(7, 3));
    QCOMPARE(decoded.format, "png");

    BodyViewer viewer;
    viewer.setBody(bytesReader(png), png.size(), "application/octet-stream");
    QCOMPARE(viewer.kind(), Kind::Image);
    QCOMPARE(viewer.currentPage(), viewer.imageView());
    QCOMPARE(viewer.imageView()->image().size(), QSize(7, 3));
    QVERIFY2(viewer.imageView()->summary().startsWith(utf8("PNG, 7 \u00d7 3 pixels")),
             qPrintable(viewer.imageView()->summary()));
    viewer.resize(400, 300);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(!viewer.grab().isNull()); // paints without trouble

    const QByteArray broken = png.first(png.size() / 2);
    viewer.setBody(bytesReader(broken), broken.size(), "image/png");
    QVERIFY(viewer.imageView()->image().isNull());
    QVERIFY2(viewer.imageView()->summary().contains(utf8("broken")), qPrintable(viewer.imageView()->summary()));
}

void tst_BodyViewers::chooseKind_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << Kind::Empty;
    QTest::newRow("json-type") << QByteArray("{\"a\":1}") << QByteArray("application/json; charset=utf-8")
                               << Kind::Json;
    QTest::newRow("problem-json") << QByteArray("{}") << QByteArray("application/problem+json") << Kind::Json;
    QTest::newRow("json-sniffed") << QByteArray("  [1,2]") << QByteArray() << Kind::Json;
    QTest::newRow("form") << QByteArray("a=1") << QByteArray("application/x-www-form-urlencoded") << Kind::Form;
    QTest::newRow("multipart") << QByteArray("--x\r\n") << QByteArray("multipart/form-data; boundary=x")
                               << Kind::Multipart;
    QTest::newRow("multipart-without-boundary")
        << QByteArray("--x\r\n") << QByteArray("multipart/form-data") << Kind::Text;
    QTest::newRow("image-type") << QByteArray("not really") << QByteArray("image/png") << Kind::Image;
    QTest::newRow("image-sniffed") << QByteArray("GIF87a\x01\0", 8) << QByteArray() << Kind::Image;
    QTest::newRow("text-type") << QByteArray("<p>hi</p>") << QByteArray("text/html") << Kind::Text;
    QTest::newRow("xml-type") << QByteArray("<a/>") << QByteArray("application/soap+xml") << Kind::Text;
    QTest::newRow("text-sniffed") << QByteArray("hello\r\nworld\t!") << QByteArray("application/octet-stream")
                                  << Kind::Text;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4) << QByteArray() << Kind::Binary;
    QTest::newRow("binary-latin1-looking") << QByteArray("caf\xe9 au lait") << QByteArray() << Kind::Binary;
    QTest::newRow("latin1-declared") << QByteArray("caf\xe9") << QByteArray("text/plain; charset=iso-8859-1")
                                     << Kind::Text;
}

void tst_BodyViewers::chooseKind()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, contentType);
    QTEST(BodyViewer::chooseKind(head, contentType), "kind");
}

void tst_BodyViewers::viewerNamesTheDeclaredCharset()
{
    BodyViewer viewer;
    const QByteArray latin1("caf\xe9 cr\xe8me");
    viewer.setBody(bytesReader(latin1), latin1.size(), "text/plain; charset=iso-8859-1");
    QCOMPARE(viewer.kind(), BodyViewer::Kind::Text);
    QCOMPARE(viewer.text(), QStringLiteral("caf\u00e9 cr\u00e8me"));
    QVERIFY2(viewer.status().contains(QStringLiteral("ISO-8859-1")), qPrintable(viewer.status()));
    // UTF-8, the default, goes unsaid.
    const QByteArray utf8Text("caf\xc3\xa9");
    viewer.setBody(bytesReader(utf8Text), utf8Text.size(), "text/plain; charset=utf-8");
    QCOMPARE(viewer.text(), QStringLiteral("caf\u00e9"));
    QVERIFY2(!viewer.status().contains(QStringLiteral("UTF-8")), qPrintable(viewer.status()));
}

void tst_BodyViewers::longLinesAreNotWrapped()
{
    BodyViewer viewer;
    const QByteArray hex = QByteArray(200'000, 'a');
    viewer.setBody(bytesReader(hex), hex.size(), "text/plain");
    auto *edit = qobject_cast<QPlainTextEdit *>(viewer.currentPage());
    QVERIFY(edit);
    QCOMPARE(edit->lineWrapMode(), QPlainTextEdit::NoWrap);
    const QByteArray prose = "a few short lines\nof text\n";
    viewer.setBody(bytesReader(prose), prose.size(), "text/plain");
    QCOMPARE(edit->lineWrapMode(), QPlainTextEdit::WidgetWidth);
}

void tst_BodyViewers::nestedMultipartStopsOpening()
{
    // Each level's only part is the next multipart body.
    QByteArray body = "innermost";
    QByteArray type = "text/plain";
    for (int level = 0; level < 8; ++level) {
        const QByteArray boundary = "b" + QByteArray::number(level);
        body = "--" + boundary + "\r\nContent-Type: " + type + "\r\n\r\n" + body + "\r\n--" + boundary + "--\r\n";
        type = "multipart/mixed; boundary=" + boundary;
    }
    BodyViewer viewer;
    viewer.setBody(bytesReader(body), body.size(), type);
    BodyViewer *level = &viewer;
    int depth = 0;
    while (level->kind() == BodyViewer::Kind::Multipart) {
        level = level->partViewer();
        ++depth;
    }
    // Opened three levels deep, then shown as text, not parsed further.
    QCOMPARE(depth, 3);
    QCOMPARE(level->kind(), BodyViewer::Kind::Text);
}

void tst_BodyViewers::hugeJsonSkipsTheTree()
{
    QByteArray json = "[";
    while (json.size() < 9 * 1024 * 1024)
        json += "1234567890,";
    json += "0]";
    BodyViewer viewer;
    viewer.setBody(bytesReader(json), json.size(), "application/json");
    viewer.loadAll();
    QVERIFY(viewer.isFullyLoaded());
    QCOMPARE(viewer.view(), BodyViewer::View::Tree);
    QCOMPARE(viewer.jsonModel()->rowCount(), 0);
    QVERIFY2(viewer.message().contains(QStringLiteral("too large for the tree")), qPrintable(viewer.message()));
}

void tst_BodyViewers::viewerPicksPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("page");

    QTest::newRow("json-tree") << QByteArray("{\"a\": [1, 2]}") << QByteArray("application/json") << Kind::Json
                               << "tree";
    QTest::newRow("form-table") << QByteArray("a=1&b=2") << QByteArray("application/x-www-form-urlencoded")
                                << Kind::Form << "table";
    QTest::newRow("multipart-parts") << multipartBody() << QByteArray("multipart/form-data; boundary=" + kBoundary)
                                     << Kind::Multipart << "parts";
    QTest::newRow("png-image") << pngBytes(2, 2) << QByteArray("image/png") << Kind::Image << "image";
    QTest::newRow("text") << QByteArray("plain words") << QByteArray("text/plain") << Kind::Text << "text";
    QTest::newRow("binary-hex") << QByteArray("\x00\x01\x02", 3) << QByteArray() << Kind::Binary << "hex";
    QTest::newRow("empty") << QByteArray() << QByteArray() << Kind::Empty << "text";
}

void tst_BodyViewers::viewerPicksPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(Kind, kind);
    QFETCH(QString, page);
    BodyViewer viewer;
    viewer.setBody(bytesReader(body), body.size(), contentType);
    QCOMPARE(viewer.kind(), kind);
    QCOMPARE(viewer.currentPage()->objectName(), page);
    QVERIFY(viewer.loadAllButton()->isHidden());

    // The switcher offers the other views; each gets its page.
    QSignalSpy changed(&viewer, &BodyViewer::viewChanged);
    viewer.setView(View::Hex);
    if (viewer.availableViews().contains(View::Hex)) {
        QCOMPARE(viewer.currentPage()->objectName(), utf8("hex"));
        QCOMPARE(viewer.hexModel()->size(), body.size());
        QCOMPARE(changed.count(), 1);
    }
    viewer.setView(viewer.availableViews().constFirst());
    QCOMPARE(viewer.currentPage()->objectName(), page);
}

void tst_BodyViewers::viewerOpensPartsInNestedViewer()
{
    QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                      "{\"x\": 1}\r\n--b\r\nContent-Disposition: form-data; name=\"pic\"; filename=\"a.png\"\r\n"
                      "Content-Type: image/png\r\n\r\n";
    body += pngBytes(5, 4) + "\r\n--b--\r\n";
    BodyViewer viewer;
    viewer.setBody(bytesReader(body), body.size(), "multipart/form-data; boundary=b");
    QCOMPARE(viewer.multipartModel()->rowCount(), 2);
    QVERIFY(viewer.partViewer());
    QCOMPARE(viewer.partViewer()->kind(), Kind::Json);
    QCOMPARE(viewer.partViewer()->jsonModel()->rowCount(), 1);

    auto *list = viewer.findChild<QListView *>();
    QVERIFY(list);
    list->setCurrentIndex(viewer.multipartModel()->index(1));
    QCOMPARE(viewer.partViewer()->kind(), Kind::Image);
    QCOMPARE(viewer.partViewer()->imageView()->image().size(), QSize(5, 4));
}

void tst_BodyViewers::loadAllForLargeText()
{
    const qint64 size = 2 * 1024 * 1024;
    QByteArray text;
    while (text.size() < size)
        text += "the quick brown fox jumps over the lazy dog\n";
    text.truncate(size);
    CountingReader source {text, size};
    BodyViewer viewer;
    viewer.setBody(source.reader(), size, "text/plain");
    QCOMPARE(viewer.currentPage()->objectName(), utf8("text"));
    QVERIFY(!viewer.loadAllButton()->isHidden());
    QCOMPARE(viewer.loadAllButton()->text(), utf8("Load all (2.1 MB)"));
    QCOMPARE(viewer.text().size(), BodyViewer::kFirstLoadBytes);
    QVERIFY(source.bytesRead <= BodyViewer::kFirstLoadBytes + BodyViewer::kSniffBytes);
    QVERIFY2(viewer.status().contains(utf8("showing the first")), qPrintable(viewer.status()));

    viewer.loadAllButton()->click();
    QCOMPARE(viewer.text().size(), size);
    QVERIFY(viewer.loadAllButton()->isHidden());
    QVERIFY(viewer.isFullyLoaded());

    // Hex never needs it.
    viewer.setView(View::Hex);
    QVERIFY(viewer.loadAllButton()->isHidden());
}

void tst_BodyViewers::loadAllCompletesCutJson()
{
    QByteArray json = "[";
    while (json.size() < 1536 * 1024)
        json += "{\"id\": 12345, \"name\": \"item\"},";
    json.chop(1);
    json += ']';
    BodyViewer viewer;
    viewer.setBody(bytesReader(json), json.size(), "application/json");
    QCOMPARE(viewer.currentPage()->objectName(), utf8("tree"));
    QVERIFY2(viewer.message().contains(utf8("press Load all")), qPrintable(viewer.message()));
    viewer.loadAll();
    QVERIFY(viewer.message().isEmpty());
    QVERIFY(viewer.jsonModel()->rowCount() > 40'000);
    QCOMPARE(viewer.jsonModel()->index(0, 1).data().toString(), utf8("{2}"));
}

void tst_BodyViewers::hexViewOfLargeBodyIsLazy()
{
    const qint64 size = 10 * 1024 * 1024;
    CountingReader source {{}, size};
    BodyViewer viewer;
    viewer.resize(600, 400);
    viewer.setBody(source.reader(), size, "application/octet-stream", size);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QCOMPARE(viewer.currentPage()->objectName(), utf8("hex"));
    QCOMPARE(viewer.hexModel()->rowCount(), int(size / 16));
    QVERIFY2(source.bytesRead <= BodyViewer::kSniffBytes + 2 * HexModel::kBlockSize,
             qPrintable(QString::number(source.bytesRead)));
}

QTEST_MAIN(tst_BodyViewers)
#include "tst_bodyviewers.moc"
