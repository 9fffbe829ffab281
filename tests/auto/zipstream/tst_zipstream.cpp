// ZipStream read directly, over folders the test makes: the bytes are taken
// apart here, independently of the writer (PKWARE APPNOTE 6.3): end records,
// central directory, local headers, data descriptors, CRCs (zlib's crc32)
// and deflated data (inflated with zlib), and checked against the files.

#include "ServeryProcess.h"

#include "server/files/SafeOpen.h"
#include "server/files/ZipStream.h"
#include "server/http/Compression.h"
#include "server/http/limits.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

using namespace Servery;
using namespace Servery::Test;

namespace {

constexpr quint16 kFlagDataDescriptor = 1u << 3;
constexpr quint16 kFlagUtf8 = 1u << 11;
constexpr quint32 kMax32 = 0xFFFFFFFFu;

// --- Reading a zip ---------------------------------------------------------

struct ZipEntry {
    QByteArray name;
    quint16 versionNeeded = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 dosTime = 0;
    quint16 dosDate = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 offset = 0;
    quint32 externalAttributes = 0;
    bool centralZip64 = false; // the central header has a ZIP64 extra field
    bool localZip64 = false; // so has the local header
    quint16 localVersionNeeded = 0;
    std::optional<quint32> unixTime; // extended timestamp, central
    std::optional<quint32> localUnixTime;
    qsizetype descriptorSize = 0; // 0: none
    QByteArray data; // inflated when deflated
};

struct ParsedZip {
    QString error; // empty when every check passed
    QList<ZipEntry> entries;
    bool hasZip64End = false;
    quint16 endCount = 0; // as the 32-bit end record says
    quint32 endCentralSize = 0;
    quint32 endCentralOffset = 0;
    quint64 zip64Count = 0;
    quint64 centralSize = 0;
    quint64 centralOffset = 0;

    ZipEntry entry(const QByteArray &name) const
    {
        for (const ZipEntry &e : entries) {
            if (e.name == name)
                return e;
        }
        return {};
    }
    QByteArrayList names() const
    {
        QByteArrayList n;
        for (const ZipEntry &e : entries)
            n.append(e.name);
        return n;
    }
};

class Reader {
public:
    Reader(const QByteArray &bytes, quint64 at)
        : m_bytes(bytes)
        , m_at(at)
    {
    }
    bool ok() const { return m_ok; }
    quint64 at() const { return m_at; }
    quint64 u(int n)
    {
        if (m_at + quint64(n) > quint64(m_bytes.size())) {
            m_ok = false;
            return 0;
        }
        quint64 v = 0;
        for (int i = n - 1; i >= 0; --i)
            v = (v << 8) | uchar(m_bytes.at(qsizetype(m_at) + i));
        m_at += quint64(n);
        return v;
    }
    QByteArray take(quint64 n)
    {
        if (m_at + n > quint64(m_bytes.size())) {
            m_ok = false;
            return {};
        }
        const QByteArray v = m_bytes.mid(qsizetype(m_at), qsizetype(n));
        m_at += n;
        return v;
    }

private:
    const QByteArray &m_bytes;
    quint64 m_at;
    bool m_ok = true;
};

bool inflateRaw(const QByteArray &in, quint64 expectedSize, QByteArray *out)
{
    z_stream z {};
    if (inflateInit2(&z, -15) != Z_OK)
        return false;
    out->resize(qsizetype(expectedSize) + 1); // one more: a longer result fails
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out->data());
    z.avail_out = uInt(out->size());
    const int r = inflate(&z, Z_FINISH);
    const bool done = r == Z_STREAM_END && z.avail_in == 0 && z.total_out == expectedSize;
    out->resize(qsizetype(z.total_out));
    inflateEnd(&z);
    return done;
}

// Every field the format defines is read and checked against the others.
ParsedZip parseZip(const QByteArray &zip)
{
    ParsedZip p;
    auto fail = [&p](const QString &why) {
        if (p.error.isEmpty())
            p.error = why;
        return p;
    };
    if (zip.size() < 22)
        return fail(QStringLiteral("shorter than an end record"));
    // No archive comment: the end record is the last 22 bytes.
    const quint64 endAt = quint64(zip.size() - 22);
    Reader end(zip, endAt);
    if (end.u(4) != 0x06054b50 || end.u(2) != 0 || end.u(2) != 0)
        return fail(QStringLiteral("no end record at the end"));
    p.endCount = quint16(end.u(2));
    if (end.u(2) != p.endCount)
        return fail(QStringLiteral("entry counts differ"));
    p.endCentralSize = quint32(end.u(4));
    p.endCentralOffset = quint32(end.u(4));
    if (end.u(2) != 0)
        return fail(QStringLiteral("a comment"));
    p.zip64Count = p.endCount;
    p.centralSize = p.endCentralSize;
    p.centralOffset = p.endCentralOffset;
    quint64 centralEnd = endAt; // where the central directory must end

    if (endAt >= 20 && Reader(zip, endAt - 20).u(4) == 0x07064b50) {
        Reader locator(zip, endAt - 20 + 4);
        if (locator.u(4) != 0)
            return fail(QStringLiteral("locator: disk"));
        const quint64 zip64EndAt = locator.u(8);
        if (locator.u(4) != 1)
            return fail(QStringLiteral("locator: disks"));
        if (zip64EndAt + 56 != endAt - 20)
            return fail(QStringLiteral("the ZIP64 end record is not right before its locator"));
        Reader z64(zip, zip64EndAt);
        if (z64.u(4) != 0x06064b50)
            return fail(QStringLiteral("no ZIP64 end record where the locator says"));
        if (z64.u(8) != 44)
            return fail(QStringLiteral("ZIP64 end record: size"));
        z64.u(2); // made by
        if (z64.u(2) != 45)
            return fail(QStringLiteral("ZIP64 end record: version needed"));
        if (z64.u(4) != 0 || z64.u(4) != 0)
            return fail(QStringLiteral("ZIP64 end record: disks"));
        p.zip64Count = z64.u(8);
        if (z64.u(8) != p.zip64Count)
            return fail(QStringLiteral("ZIP64 end record: counts differ"));
        p.centralSize = z64.u(8);
        p.centralOffset = z64.u(8);
        if (!z64.ok())
            return fail(QStringLiteral("ZIP64 end record cut short"));
        // The 32-bit fields hold either the value or the "see ZIP64" mark.
        if ((p.endCount != 0xFFFF && p.endCount != p.zip64Count)
            || (p.endCentralSize != kMax32 && p.endCentralSize != p.centralSize)
            || (p.endCentralOffset != kMax32 && p.endCentralOffset != p.centralOffset))
            return fail(QStringLiteral("the end record disagrees with the ZIP64 one"));
        p.hasZip64End = true;
        centralEnd = zip64EndAt;
    } else if (p.endCount == 0xFFFF || p.endCentralSize == kMax32 || p.endCentralOffset == kMax32) {
        return fail(QStringLiteral("ZIP64 marks without a ZIP64 end record"));
    }
    if (p.centralOffset + p.centralSize != centralEnd)
        return fail(QStringLiteral("the central directory does not end where the end records start"));

    Reader central(zip, p.centralOffset);
    for (quint64 i = 0; i < p.zip64Count; ++i) {
        ZipEntry e;
        if (central.u(4) != 0x02014b50)
            return fail(QStringLiteral("central header %1: signature").arg(i));
        central.u(2); // made by
        e.versionNeeded = quint16(central.u(2));
        e.flags = quint16(central.u(2));
        e.method = quint16(central.u(2));
        e.dosTime = quint16(central.u(2));
        e.dosDate = quint16(central.u(2));
        e.crc = quint32(central.u(4));
        e.compressedSize = central.u(4);
        e.size = central.u(4);
        const quint64 nameSize = central.u(2);
        const quint64 extraSize = central.u(2);
        const quint64 commentSize = central.u(2);
        if (central.u(2) != 0)
            return fail(QStringLiteral("central header %1: disk").arg(i));
        central.u(2); // internal attributes
        e.externalAttributes = quint32(central.u(4));
        e.offset = central.u(4);
        e.name = central.take(nameSize);
        const QByteArray extra = central.take(extraSize);
        central.take(commentSize);
        if (!central.ok())
            return fail(QStringLiteral("central header %1 cut short").arg(i));
        Reader x(extra, 0);
        while (x.at() < quint64(extra.size())) {
            const quint64 id = x.u(2);
            const quint64 size = x.u(2);
            Reader field(extra, x.at());
            x.take(size);
            if (id == 0x0001) {
                e.centralZip64 = true;
                quint64 used = 0;
                if (e.size == kMax32) {
                    e.size = field.u(8);
                    used += 8;
                }
                if (e.compressedSize == kMax32) {
                    e.compressedSize = field.u(8);
                    used += 8;
                }
                if (e.offset == kMax32) {
                    e.offset = field.u(8);
                    used += 8;
                }
                if (used != size)
                    return fail(QStringLiteral("%1: ZIP64 field size").arg(QString::fromLatin1(e.name)));
            } else if (id == 0x5455) {
                if (size != 5 || field.u(1) != 1)
                    return fail(QStringLiteral("%1: central timestamp").arg(QString::fromLatin1(e.name)));
                e.unixTime = quint32(field.u(4));
            }
        }
        if (!x.ok())
            return fail(QStringLiteral("central header %1: extra fields").arg(i));
        if (e.centralZip64 && e.versionNeeded != 45)
            return fail(QStringLiteral("%1: ZIP64 without version 4.5").arg(QString::fromLatin1(e.name)));
        p.entries.append(e);
    }
    if (central.at() != centralEnd)
        return fail(QStringLiteral("the central directory has more than its entries"));

    // Entries follow each other from offset 0 to the central directory.
    quint64 expectedOffset = 0;
    for (ZipEntry &e : p.entries) {
        const QString name = QString::fromLatin1(e.name);
        if (e.offset != expectedOffset)
            return fail(name + QStringLiteral(": not where the previous entry ended"));
        Reader local(zip, e.offset);
        if (local.u(4) != 0x04034b50)
            return fail(name + QStringLiteral(": local signature"));
        e.localVersionNeeded = quint16(local.u(2));
        if (local.u(2) != e.flags || local.u(2) != e.method || local.u(2) != e.dosTime || local.u(2) != e.dosDate)
            return fail(name + QStringLiteral(": local and central headers differ"));
        const bool descriptor = e.flags & kFlagDataDescriptor;
        const quint32 localCrc = quint32(local.u(4));
        const quint64 localCompressed = local.u(4);
        const quint64 localSize = local.u(4);
        const quint64 nameSize = local.u(2);
        const quint64 extraSize = local.u(2);
        if (local.take(nameSize) != e.name)
            return fail(name + QStringLiteral(": local name"));
        const QByteArray extra = local.take(extraSize);
        Reader x(extra, 0);
        while (x.at() < quint64(extra.size())) {
            const quint64 id = x.u(2);
            const quint64 size = x.u(2);
            Reader field(extra, x.at());
            x.take(size);
            if (id == 0x0001) {
                // Both sizes, always, in a local header (4.5.3); zero when
                // a data descriptor follows.
                e.localZip64 = true;
                if (size != 16 || localSize != kMax32 || localCompressed != kMax32)
                    return fail(name + QStringLiteral(": local ZIP64 field"));
                const quint64 s = field.u(8);
                const quint64 c = field.u(8);
                if (s != (descriptor ? 0 : e.size) || c != (descriptor ? 0 : e.compressedSize))
                    return fail(name + QStringLiteral(": local ZIP64 sizes"));
            } else if (id == 0x5455) {
                if (size != 5 || field.u(1) != 1)
                    return fail(name + QStringLiteral(": local timestamp"));
                e.localUnixTime = quint32(field.u(4));
            }
        }
        if (!local.ok() || !x.ok())
            return fail(name + QStringLiteral(": local header cut short"));
        if (e.localZip64 && e.localVersionNeeded != 45)
            return fail(name + QStringLiteral(": local ZIP64 without version 4.5"));
        if (!e.localZip64) {
            const quint64 expectC = descriptor ? 0 : e.compressedSize;
            const quint64 expectS = descriptor ? 0 : e.size;
            if (localCompressed != expectC || localSize != expectS)
                return fail(name + QStringLiteral(": local sizes"));
        }
        if (localCrc != (descriptor ? 0 : e.crc))
            return fail(name + QStringLiteral(": local CRC"));
        if (e.localZip64 && !e.centralZip64)
            return fail(name + QStringLiteral(": ZIP64 sizes in the local header only"));
        if (e.localUnixTime != e.unixTime)
            return fail(name + QStringLiteral(": timestamps differ"));

        const QByteArray stored = local.take(e.compressedSize);
        if (!local.ok())
            return fail(name + QStringLiteral(": data cut short"));
        if (e.method == 8) {
            if (!inflateRaw(stored, e.size, &e.data))
                return fail(name + QStringLiteral(": does not inflate to its size"));
        } else if (e.method == 0) {
            if (e.compressedSize != e.size)
                return fail(name + QStringLiteral(": stored with two sizes"));
            e.data = stored;
        } else {
            return fail(name + QStringLiteral(": unknown method"));
        }
        if (quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size()))) != e.crc)
            return fail(name + QStringLiteral(": CRC"));
        if (descriptor) {
            const quint64 before = local.at();
            if (local.u(4) != 0x08074b50 || local.u(4) != e.crc)
                return fail(name + QStringLiteral(": data descriptor"));
            const int width = e.localZip64 ? 8 : 4; // 4.3.9.2
            if (local.u(width) != e.compressedSize || local.u(width) != e.size)
                return fail(name + QStringLiteral(": data descriptor sizes"));
            e.descriptorSize = qsizetype(local.at() - before);
        }
        if (!local.ok())
            return fail(name + QStringLiteral(": cut short"));
        expectedOffset = local.at();
    }
    if (expectedOffset != p.centralOffset)
        return fail(QStringLiteral("bytes between the last entry and the central directory"));
    return p;
}

// --- Making one ---------------------------------------------------------------

struct Made {
    QByteArray bytes;
    BodySource::Status last = BodySource::Status::Error;
    int reads = 0;
    bool overMax = false; // a read returned more than asked
    QString error;
};

Made readAll(BodySource &source, qint64 max, int maxReads = 10'000'000)
{
    Made m;
    for (;;) {
        QByteArray piece;
        m.last = source.read(piece, max);
        ++m.reads;
        m.overMax = m.overMax || piece.size() > max;
        m.bytes += piece;
        if (m.last != BodySource::Status::Data || m.reads >= maxReads)
            break;
    }
    m.error = source.errorString();
    return m;
}

QString canonical(const QString &path)
{
    return canonicalPath(path);
}

Made zipOf(const QString &root, const QString &folder, ZipOptions options = {}, qint64 max = 64 * 1024)
{
    std::unique_ptr<BodySource> source = zipFolder(canonical(folder), canonical(root), options);
    if (!source)
        return {};
    return readAll(*source, max);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    return b;
}

QByteArray text(qsizetype n)
{
    static const QByteArray line = "The quick brown fox jumps over the lazy dog, again and again.\n";
    QByteArray t;
    t.reserve(n);
    while (t.size() < n)
        t += line;
    t.resize(n);
    return t;
}

bool setModified(const QString &path, qint64 secs)
{
    struct timespec times[2] = {{secs, 0}, {secs, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

} // namespace

class tst_ZipStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void storedOrDeflatedByType_data();
    void storedOrDeflatedByType();
    void sameBytesWhateverTheReadSize_data();
    void sameBytesWhateverTheReadSize();
    void emptyFilesAndFolders();
    void emptyFolderIsAnEmptyZip();
    void entriesInTheListingsOrder();
    void namesInUtf8CarryTheFlag_data();
    void namesInUtf8CarryTheFlag();
    void namesThatAreNotUtf8KeepTheirBytes();
    void dotfiles_data();
    void dotfiles();
    void symlinksStayInside();
    void timestamps();
    void forcedZip64Records();
    void moreThan65535Entries();
    void changedFileEndsWithError_data();
    void changedFileEndsWithError();
    void fileGoneBeforeItsTurnIsLeftOut();
    void eachReadDoesBoundedWork_data();
    void eachReadDoesBoundedWork();
    void compressorsAreShared();
    void unreadableFolderIsNull();

private:
    QTemporaryDir m_outside; // never in any zip
};

void tst_ZipStream::initTestCase()
{
    // DOS times are local times: in UTC they can be checked against the
    // calendar below without computing them the writer's way.
    qputenv("TZ", "UTC");
    ::tzset();
    QVERIFY(m_outside.isValid());
    QVERIFY(writeFile(m_outside.filePath(QStringLiteral("secret.txt")), "outside"));
    QVERIFY(writeFile(m_outside.filePath(QStringLiteral("folder/also-secret.txt")), "outside too"));
}

void tst_ZipStream::storedOrDeflatedByType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("method");

    QTest::newRow("text is deflated") << QStringLiteral("notes.txt") << text(20000) << 8;
    QTest::newRow("JSON is deflated") << QStringLiteral("data.json") << text(5000) << 8;
    QTest::newRow("SVG is deflated") << QStringLiteral("icon.svg") << text(3000) << 8;
    QTest::newRow("HTML is deflated") << QStringLiteral("page.html") << text(3000) << 8;
    QTest::newRow("tiny text is deflated") << QStringLiteral("a.txt") << QByteArray("a") << 8;
    QTest::newRow("JPEG is stored") << QStringLiteral("photo.jpg") << randomBytes(30000) << 0;
    QTest::newRow("MP4 is stored") << QStringLiteral("clip.mp4") << randomBytes(30000) << 0;
    QTest::newRow("zip is stored") << QStringLiteral("archive.zip") << text(3000) << 0;
    QTest::newRow("unknown binary is stored") << QStringLiteral("blob.bin") << text(3000) << 0;
    QTest::newRow("empty text is stored") << QStringLiteral("empty.txt") << QByteArray() << 0;
}

void tst_ZipStream::storedOrDeflatedByType()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, method);
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(name), content));

    const Made made = zipOf(root.path(), root.path());
    QCOMPARE(made.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.entries.size(), 1);
    const ZipEntry &e = zip.entries.constFirst();
    QCOMPARE(e.name, name.toUtf8());
    QCOMPARE(int(e.method), method);
    QCOMPARE(e.data, content);
    QCOMPARE(e.size, quint64(content.size()));
    QVERIFY(e.flags & kFlagDataDescriptor);
    QCOMPARE(e.descriptorSize, 16); // signature, CRC, two 32-bit sizes
    QCOMPARE(e.versionNeeded, 20);
    QCOMPARE(e.externalAttributes >> 16, 0100644u);
    if (method == 8 && content.size() > 1000)
        QVERIFY(e.compressedSize < e.size / 4);
    QVERIFY(!zip.hasZip64End);
}

void tst_ZipStream::sameBytesWhateverTheReadSize_data()
{
    QTest::addColumn<qint64>("max");
    QTest::newRow("7 bytes") << qint64(7);
    QTest::newRow("1000 bytes") << qint64(1000);
    QTest::newRow("4 KiB") << qint64(4096);
    QTest::newRow("64 KiB, the connection's") << qint64(64 * 1024);
    QTest::newRow("1 MiB") << qint64(1024 * 1024);
}

void tst_ZipStream::sameBytesWhateverTheReadSize()
{
    QFETCH(qint64, max);
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("book.txt")), text(300'000)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("noise.bin")), randomBytes(200'000)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("sub/small.css")), "body { color: red }"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("sub/empty.txt")), {}));

    const Made reference = zipOf(root.path(), root.path(), {}, 64 * 1024);
    QCOMPARE(reference.last, BodySource::Status::End);
    const Made made = zipOf(root.path(), root.path(), {}, max);
    QCOMPARE(made.last, BodySource::Status::End);
    QVERIFY(!made.overMax);
    QVERIFY(made.bytes == reference.bytes);

    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(), QByteArrayList({"sub/", "sub/empty.txt", "sub/small.css", "book.txt", "noise.bin"}));
    QCOMPARE(zip.entry("book.txt").data, text(300'000));
    QCOMPARE(zip.entry("noise.bin").data, randomBytes(200'000));
}

void tst_ZipStream::emptyFilesAndFolders()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("empty")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("outer/inner")));
    QVERIFY(writeFile(root.filePath(QStringLiteral("outer/file.txt")), "in outer"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("zero.txt")), {}));

    const Made made = zipOf(root.path(), root.path());
    QCOMPARE(made.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(), QByteArrayList({"empty/", "outer/", "outer/inner/", "outer/file.txt", "zero.txt"}));
    for (const QByteArray folder : {"empty/", "outer/", "outer/inner/"}) {
        const ZipEntry e = zip.entry(folder);
        QCOMPARE(e.method, 0);
        QCOMPARE(e.size, 0u);
        QCOMPARE(e.compressedSize, 0u);
        QCOMPARE(e.crc, 0u);
        QVERIFY(!(e.flags & kFlagDataDescriptor)); // nothing to describe
        QCOMPARE(e.descriptorSize, 0);
        QCOMPARE(e.externalAttributes >> 16, 040755u);
        QVERIFY(e.externalAttributes & 0x10); // the MS-DOS directory bit
    }
    const ZipEntry zero = zip.entry("zero.txt");
    QCOMPARE(zero.method, 0);
    QCOMPARE(zero.size, 0u);
    QCOMPARE(zero.crc, 0u);
    QCOMPARE(zip.entry("outer/file.txt").data, QByteArray("in outer"));
}

void tst_ZipStream::emptyFolderIsAnEmptyZip()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral(".only-hidden")), "x"));
    const Made made = zipOf(root.path(), root.path());
    QCOMPARE(made.last, BodySource::Status::End);
    QCOMPARE(made.bytes, QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
    QVERIFY(parseZip(made.bytes).error.isEmpty());
}

void tst_ZipStream::entriesInTheListingsOrder()
{
    // Folders first, then names compared naturally and ignoring case, the
    // order a listing shows; the same folder gives the same bytes.
    QTemporaryDir root;
    for (const char *name : {"b.txt", "a.txt", "file10.txt", "file2.txt", "C.txt", "zeta/z.txt", "Alpha/a.txt"})
        QVERIFY(writeFile(root.filePath(QString::fromUtf8(name)), name));
    const Made first = zipOf(root.path(), root.path());
    const ParsedZip zip = parseZip(first.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(),
             QByteArrayList({"Alpha/", "Alpha/a.txt", "zeta/", "zeta/z.txt", "a.txt", "b.txt", "C.txt", "file2.txt",
                             "file10.txt"}));
    QVERIFY(zipOf(root.path(), root.path()).bytes == first.bytes);
}

void tst_ZipStream::namesInUtf8CarryTheFlag_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("accents") << QStringLiteral("caf\u00e9/na\u00efve r\u00e9sum\u00e9.txt") << true;
    QTest::newRow("CJK") << QStringLiteral("\u65e5\u672c\u8a9e.txt") << true;
    QTest::newRow("emoji") << QStringLiteral("party \U0001F389.txt") << true;
    QTest::newRow("ASCII needs no flag") << QStringLiteral("plain name (1).txt") << false;
}

void tst_ZipStream::namesInUtf8CarryTheFlag()
{
    QFETCH(QString, name);
    QFETCH(bool, flagged);
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(name), "content"));
    const ParsedZip zip = parseZip(zipOf(root.path(), root.path()).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    const ZipEntry e = zip.entries.constLast();
    QCOMPARE(e.name, name.toUtf8());
    QCOMPARE(bool(e.flags & kFlagUtf8), flagged); // the local header agrees (parseZip)
    QCOMPARE(e.data, QByteArray("content"));
    if (name.contains(u'/'))
        QCOMPARE(bool(zip.entries.constFirst().flags & kFlagUtf8), true); // its folder
}

void tst_ZipStream::namesThatAreNotUtf8KeepTheirBytes()
{
    // Latin-1 names, as old archives and cameras make them: the bytes on
    // disk are not UTF-8, and the zip carries them as they are, unflagged.
    QTemporaryDir root;
    const QByteArray base = QFile::encodeName(canonical(root.path())) + '/';
    // QTemporaryDir cannot remove what Qt cannot name.
    const auto removeRaw = qScopeGuard([&base] {
        ::unlink(QByteArray(base + "dossier-\xe9t\xe9/r\xe9sum\xe9.txt").constData());
        ::rmdir(QByteArray(base + "dossier-\xe9t\xe9").constData());
        ::unlink(QByteArray(base + "caf\xe9.txt").constData());
    });
    QCOMPARE(::mkdir(QByteArray(base + "dossier-\xe9t\xe9").constData(), 0755), 0);
    for (const QByteArray &name : {QByteArray("caf\xe9.txt"), QByteArray("dossier-\xe9t\xe9/r\xe9sum\xe9.txt")}) {
        const int fd = ::open(QByteArray(base + name).constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, name.constData(), size_t(name.size())), ssize_t(name.size()));
        ::close(fd);
    }
    QVERIFY(writeFile(root.filePath(QStringLiteral("utf8-\u00e9.txt")), "u"));

    const ParsedZip zip = parseZip(zipOf(root.path(), root.path()).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names().size(), 4);
    const QByteArrayList raw = {"dossier-\xe9t\xe9/", "dossier-\xe9t\xe9/r\xe9sum\xe9.txt", "caf\xe9.txt"};
    for (const QByteArray &name : raw) {
        const ZipEntry e = zip.entry(name);
        QCOMPARE(e.name, name);
        QVERIFY(!(e.flags & kFlagUtf8));
    }
    QCOMPARE(zip.entry("caf\xe9.txt").data, QByteArray("caf\xe9.txt"));
    QCOMPARE(zip.entry("dossier-\xe9t\xe9/r\xe9sum\xe9.txt").data, QByteArray("dossier-\xe9t\xe9/r\xe9sum\xe9.txt"));
    QVERIFY(zip.entry(QStringLiteral("utf8-\u00e9.txt").toUtf8()).flags & kFlagUtf8);
}

void tst_ZipStream::dotfiles_data()
{
    QTest::addColumn<bool>("showHidden");
    QTest::addColumn<QByteArrayList>("names");
    QTest::newRow("left out") << false << QByteArrayList({"sub/", "sub/visible.txt", "visible.txt"});
    QTest::newRow("shown when asked") << true
                                      << QByteArrayList({".git/", ".git/config", "sub/", "sub/.hidden",
                                                         "sub/visible.txt", "visible-git/", "visible-git/config",
                                                         ".env", "env-link.txt", "visible.txt"});
}

void tst_ZipStream::dotfiles()
{
    QFETCH(bool, showHidden);
    QFETCH(QByteArrayList, names);
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral(".env")), "SECRET=1"));
    QVERIFY(writeFile(root.filePath(QStringLiteral(".git/config")), "[core]"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("sub/.hidden")), "h"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("sub/visible.txt")), "v"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("visible.txt")), "v"));
    // Visible names for hidden things are hidden too.
    QVERIFY(QFile::link(root.filePath(QStringLiteral(".git")), root.filePath(QStringLiteral("visible-git"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral(".env")), root.filePath(QStringLiteral("env-link.txt"))));

    ZipOptions options;
    options.showHidden = showHidden;
    const ParsedZip zip = parseZip(zipOf(root.path(), root.path(), options).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(), names);
    if (showHidden)
        QCOMPARE(zip.entry("env-link.txt").data, QByteArray("SECRET=1"));
}

void tst_ZipStream::symlinksStayInside()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("real/x.txt")), "x"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("real.txt")), "real"));
    auto link = [&](const QString &target, const QString &name) {
        return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(root.filePath(name)).constData())
            == 0;
    };
    QVERIFY(link(m_outside.filePath(QStringLiteral("secret.txt")), QStringLiteral("out-file.txt")));
    QVERIFY(link(m_outside.filePath(QStringLiteral("folder")), QStringLiteral("out-dir")));
    QVERIFY(link(QStringLiteral("../") + QFileInfo(m_outside.path()).fileName(), QStringLiteral("relative-out")));
    QVERIFY(link(QStringLiteral("real.txt"), QStringLiteral("in-file.txt")));
    QVERIFY(link(QStringLiteral("real"), QStringLiteral("in-dir")));
    QVERIFY(link(QStringLiteral("."), QStringLiteral("loop"))); // cycles are left out
    QVERIFY(link(QStringLiteral(".."), QStringLiteral("real/up")));
    QVERIFY(link(QStringLiteral("missing"), QStringLiteral("dangling")));

    const Made made = zipOf(root.path(), root.path());
    QCOMPARE(made.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(),
             QByteArrayList({"in-dir/", "in-dir/x.txt", "real/", "real/x.txt", "in-file.txt", "real.txt"}));
    QCOMPARE(zip.entry("in-file.txt").data, QByteArray("real"));
    QCOMPARE(zip.entry("in-dir/x.txt").data, QByteArray("x"));
    QVERIFY(!made.bytes.contains("outside"));

    // Zipping a folder below the root: a link up to the root is still
    // inside and is followed, except back into the zipped folder (a cycle,
    // by either name) and to the root again.
    const ParsedZip sub = parseZip(zipOf(root.path(), root.filePath(QStringLiteral("real"))).bytes);
    QVERIFY2(sub.error.isEmpty(), qPrintable(sub.error));
    QCOMPARE(sub.names(), QByteArrayList({"up/", "up/in-file.txt", "up/real.txt", "x.txt"}));
}

void tst_ZipStream::timestamps()
{
    QTemporaryDir root;
    // 2021-03-04 05:06:08 UTC; the DOS time has two-second steps.
    const qint64 when = 1614834368;
    QVERIFY(writeFile(root.filePath(QStringLiteral("dir/file.txt")), "t"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("old.txt")), "o"));
    QVERIFY(setModified(root.filePath(QStringLiteral("dir/file.txt")), when));
    QVERIFY(setModified(root.filePath(QStringLiteral("dir")), when + 2));
    QVERIFY(setModified(root.filePath(QStringLiteral("old.txt")), 86400)); // 1970-01-02: before DOS time

    const ParsedZip zip = parseZip(zipOf(root.path(), root.path()).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    const ZipEntry file = zip.entry("dir/file.txt");
    QCOMPARE(file.unixTime, std::optional<quint32>(quint32(when)));
    QCOMPARE(file.dosDate, quint16(((2021 - 1980) << 9) | (3 << 5) | 4));
    QCOMPARE(file.dosTime, quint16((5 << 11) | (6 << 5) | (8 / 2)));
    const ZipEntry dir = zip.entry("dir/");
    QCOMPARE(dir.unixTime, std::optional<quint32>(quint32(when + 2)));
    QCOMPARE(dir.dosTime, quint16((5 << 11) | (6 << 5) | (10 / 2)));
    const ZipEntry old = zip.entry("old.txt");
    QCOMPARE(old.unixTime, std::optional<quint32>(86400u)); // the real time survives here
    QCOMPARE(old.dosDate, quint16((0 << 9) | (1 << 5) | 1)); // 1980-01-01, the earliest
    QCOMPARE(old.dosTime, quint16(0));
}

void tst_ZipStream::forcedZip64Records()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("book.txt")), text(100'000)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("photo.jpg")), randomBytes(70'000)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("empty.txt")), {}));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("folder")));

    ZipOptions options;
    options.forceZip64 = true;
    const Made made = zipOf(root.path(), root.path(), options);
    QCOMPARE(made.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(), QByteArrayList({"folder/", "book.txt", "empty.txt", "photo.jpg"}));
    for (const ZipEntry &e : zip.entries) {
        QVERIFY2(e.localZip64 && e.centralZip64, e.name.constData());
        QCOMPARE(e.versionNeeded, 45);
        QCOMPARE(e.localVersionNeeded, 45);
        if (!e.name.endsWith('/'))
            QCOMPARE(e.descriptorSize, 24); // 64-bit sizes (4.3.9.2)
    }
    QCOMPARE(zip.entry("book.txt").method, 8);
    QCOMPARE(zip.entry("book.txt").data, text(100'000));
    QCOMPARE(zip.entry("photo.jpg").data, randomBytes(70'000));
    QVERIFY(zip.hasZip64End);
    QCOMPARE(zip.zip64Count, 4u);
    QCOMPARE(zip.endCount, 0xFFFF);
    QCOMPARE(zip.endCentralSize, kMax32);
    QCOMPARE(zip.endCentralOffset, kMax32);

    // Real readers take it too.
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("forced.zip"));
    QVERIFY(writeFile(path, made.bytes));
    const ToolRun unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
    QVERIFY2(unzip.exitCode == 0, QByteArray(unzip.out + unzip.err).constData());
    const ToolRun python = runTool(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                                   "assert z.testzip() is None; print(len(z.infolist()))"),
                                    path});
    QVERIFY2(python.exitCode == 0, python.err.constData());
    QCOMPARE(python.out.trimmed(), QByteArray("4"));
}

void tst_ZipStream::moreThan65535Entries()
{
    // 70,000 empty files: past what the 16-bit counts can say, so the end
    // has a ZIP64 record and its locator; the entries themselves need none.
    QTemporaryDir root;
    const QByteArray folder = QFile::encodeName(canonical(root.path())) + "/many/";
    QCOMPARE(::mkdir(folder.constData(), 0755), 0);
    constexpr int kFiles = 70'000;
    for (int i = 0; i < kFiles; ++i) {
        const QByteArray name = folder + "f" + QByteArray::number(i).rightJustified(5, '0');
        const int fd = ::open(name.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }
    const Made made = zipOf(root.path(), root.path());
    QCOMPARE(made.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.entries.size(), kFiles + 1);
    QVERIFY(zip.hasZip64End);
    QCOMPARE(zip.zip64Count, quint64(kFiles + 1));
    QCOMPARE(zip.endCount, 0xFFFF);
    // What fits is said in both records.
    QCOMPARE(quint64(zip.endCentralSize), zip.centralSize);
    QCOMPARE(quint64(zip.endCentralOffset), zip.centralOffset);
    QCOMPARE(zip.entries.at(1).name, QByteArray("many/f00000"));
    QCOMPARE(zip.entries.constLast().name, QByteArray("many/f69999"));
    for (const ZipEntry &e : zip.entries) {
        if (e.localZip64 || e.centralZip64)
            QFAIL(e.name.constData());
    }

    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("many.zip"));
    QVERIFY(writeFile(path, made.bytes));
    const ToolRun unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}, 120000);
    QVERIFY2(unzip.exitCode == 0, QByteArray(unzip.out.right(2000) + unzip.err).constData());
    QVERIFY2(unzip.out.contains("No errors detected"), unzip.out.right(2000).constData());
}

void tst_ZipStream::changedFileEndsWithError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("grow");
    QTest::newRow("stored file grew") << QStringLiteral("video.mp4") << true;
    QTest::newRow("stored file shrank") << QStringLiteral("video.mp4") << false;
    QTest::newRow("deflated file grew") << QStringLiteral("book.txt") << true;
    QTest::newRow("deflated file shrank") << QStringLiteral("book.txt") << false;
}

void tst_ZipStream::changedFileEndsWithError()
{
    QFETCH(QString, name);
    QFETCH(bool, grow);
    QTemporaryDir root;
    const QString path = root.filePath(name);
    const QByteArray content = name.endsWith(u".txt") ? text(2'000'000) : randomBytes(2'000'000);
    QVERIFY(writeFile(path, content));
    QVERIFY(writeFile(root.filePath(QStringLiteral("zz-after.txt")), "after"));

    std::unique_ptr<BodySource> source = zipFolder(canonical(root.path()), canonical(root.path()), {});
    QVERIFY(source);
    QByteArray first;
    QCOMPARE(source->read(first, 4096), BodySource::Status::Data); // the header and some data are out
    QVERIFY(first.startsWith("PK\x03\x04"));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    if (grow) {
        QVERIFY(f.seek(f.size()));
        QCOMPARE(f.write("more"), 4);
    } else {
        QVERIFY(f.resize(1'000'000));
    }
    f.close();

    const Made rest = readAll(*source, 4096);
    QCOMPARE(rest.last, BodySource::Status::Error);
    QVERIFY(!rest.error.isEmpty());
    // Nothing of what follows was written: the body just stops.
    QVERIFY(!rest.bytes.contains("PK\x01\x02"));
    QVERIFY(!rest.bytes.contains("zz-after.txt"));
}

void tst_ZipStream::fileGoneBeforeItsTurnIsLeftOut()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("a.bin")), randomBytes(300'000)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("b.txt")), "b"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("c.txt")), "c"));
    std::unique_ptr<BodySource> source = zipFolder(canonical(root.path()), canonical(root.path()), {});
    QVERIFY(source);
    QByteArray first;
    QCOMPARE(source->read(first, 4096), BodySource::Status::Data);
    QVERIFY(QFile::remove(root.filePath(QStringLiteral("b.txt"))));
    const Made rest = readAll(*source, 4096);
    QCOMPARE(rest.last, BodySource::Status::End);
    const ParsedZip zip = parseZip(first + rest.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.names(), QByteArrayList({"a.bin", "c.txt"}));
}

void tst_ZipStream::eachReadDoesBoundedWork_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("minimumReads");
    // 16 MiB of zeros deflate to about 16 KiB: one read of 64 KiB would
    // take all of it if only the output counted.
    QTest::newRow("zeros deflate a thousandfold")
        << QStringLiteral("zeros") << int(16 * 1024 * 1024 / Limits::kZipReadBytesPerStep);
    // 1,000 empty files make about 100 KiB of headers: two reads if only the
    // output counted.
    QTest::newRow("many empty files") << QStringLiteral("files") << int(1000 / Limits::kZipFilesPerStep);
}

void tst_ZipStream::eachReadDoesBoundedWork()
{
    QFETCH(QString, kind);
    QFETCH(int, minimumReads);
    QTemporaryDir root;
    if (kind == u"zeros") {
        QVERIFY(writeFile(root.filePath(QStringLiteral("zeros.txt")), QByteArray(16 * 1024 * 1024, '\0')));
    } else {
        for (int i = 0; i < 1000; ++i)
            QVERIFY(writeFile(root.filePath(QStringLiteral("f%1.txt").arg(i, 4, 10, QLatin1Char('0'))), {}));
    }
    const Made made = zipOf(root.path(), root.path(), {}, 64 * 1024);
    QCOMPARE(made.last, BodySource::Status::End);
    QVERIFY2(made.reads >= minimumReads, qPrintable(QString::number(made.reads)));
    const ParsedZip zip = parseZip(made.bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    if (kind == u"zeros") {
        QCOMPARE(zip.entries.constFirst().data, QByteArray(16 * 1024 * 1024, '\0'));
        QVERIFY(made.bytes.size() < 100 * 1024); // the sync flushes cost next to nothing
    } else {
        QCOMPARE(zip.entries.size(), 1000);
    }
}

void tst_ZipStream::compressorsAreShared()
{
    // Deflating takes one of gzip's streaming slots; with none free, the
    // entries are stored, which is still a correct zip.
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("book.txt")), text(50'000)));
    std::vector<std::unique_ptr<GzipSlot>> taken;
    while (auto slot = GzipSlot::tryAcquire())
        taken.push_back(std::move(slot));
    QCOMPARE(int(taken.size()), Limits::kMaxGzipStreams);

    ParsedZip zip = parseZip(zipOf(root.path(), root.path()).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.entry("book.txt").method, 0);
    QCOMPARE(zip.entry("book.txt").data, text(50'000));

    taken.pop_back();
    zip = parseZip(zipOf(root.path(), root.path()).bytes);
    QVERIFY2(zip.error.isEmpty(), qPrintable(zip.error));
    QCOMPARE(zip.entry("book.txt").method, 8);
    // ...and gives it back when the zip ends.
    auto again = GzipSlot::tryAcquire();
    QVERIFY(again);
}

void tst_ZipStream::unreadableFolderIsNull()
{
    QTemporaryDir root;
    int osError = 0;
    QVERIFY(!zipFolder(canonical(root.path()) + QStringLiteral("/missing"), canonical(root.path()), {}, &osError));
    QCOMPARE(osError, ENOENT);
}

QTEST_GUILESS_MAIN(tst_ZipStream)
#include "tst_zipstream.moc"
