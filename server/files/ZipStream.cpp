#include "server/files/ZipStream.h"

#include "server/files/DirectoryListing.h"
#include "server/files/MimeTypes.h"
#include "server/files/NativeName.h"
#include "server/files/SafeOpen.h"
#include "server/http/Compression.h"
#include "server/http/limits.h"

#include <QList>
#include <QLoggingCategory>
#include <QSet>
#include <QStringBuilder>
#include <QStringList>

#include <algorithm>
#include <ctime>
#include <utility>
#include <vector>
#include <zlib.h>

namespace Servery {

Q_LOGGING_CATEGORY(lcZip, "servery.server.zip")

namespace {

// PKWARE APPNOTE 6.3.10: record signatures, header IDs and field values.
constexpr quint32 kLocalHeaderSignature = 0x04034b50; // 4.3.7
constexpr quint32 kDataDescriptorSignature = 0x08074b50; // 4.3.9
constexpr quint32 kCentralHeaderSignature = 0x02014b50; // 4.3.12
constexpr quint32 kZip64EndSignature = 0x06064b50; // 4.3.14
constexpr quint32 kZip64LocatorSignature = 0x07064b50; // 4.3.15
constexpr quint32 kEndSignature = 0x06054b50; // 4.3.16
constexpr quint16 kZip64ExtraId = 0x0001; // 4.5.3
constexpr quint16 kTimestampExtraId = 0x5455; // 4.6.3, Info-ZIP "UT"
constexpr quint8 kTimestampHasModified = 0x01;
constexpr quint16 kFlagDataDescriptor = 1u << 3; // 4.4.4
constexpr quint16 kFlagUtf8 = 1u << 11;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflated = 8;
constexpr quint16 kVersionNeeded = 20; // 2.0: folders, deflate (4.4.3.2)
constexpr quint16 kVersionNeededZip64 = 45; // 4.5
constexpr quint16 kVersionMadeBy = (3u << 8) | kVersionNeededZip64; // UNIX, so the attributes are modes
constexpr quint32 kFileAttributes = 0100644u << 16; // regular file, rw-r--r--
constexpr quint32 kFolderAttributes = (040755u << 16) | 0x10; // directory, rwxr-xr-x; MS-DOS directory bit
constexpr quint32 kMax32 = 0xFFFFFFFFu; // in a 32-bit field: "see the ZIP64 record"
constexpr quint16 kMax16 = 0xFFFFu;

// Raw deflate (no zlib or gzip framing), as zip wants it.
constexpr int kRawDeflateWindowBits = -15;
constexpr int kDeflateLevel = 6;
constexpr int kDeflateMemLevel = 8;

void put16(QByteArray &out, quint16 v)
{
    const char b[2] = {char(v & 0xff), char(v >> 8)};
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char(v >> 24)};
    out.append(b, 4);
}

void put64(QByteArray &out, quint64 v)
{
    put32(out, quint32(v & kMax32));
    put32(out, quint32(v >> 32));
}

quint32 clamp32(qint64 v)
{
    return v >= qint64(kMax32) ? kMax32 : quint32(v);
}

// MS-DOS date and time (4.4.6): local time, two-second steps, 1980-2107.
struct DosTime {
    quint16 time = 0;
    quint16 date = (0 << 9) | (1 << 5) | 1; // 1980-01-01
};

DosTime dosTime(qint64 secs)
{
    const std::time_t t = std::time_t(secs);
    std::tm tm {};
#ifdef Q_OS_WIN
    if (localtime_s(&tm, &t) != 0)
        return {};
#else
    if (!localtime_r(&t, &tm))
        return {};
#endif
    const int year = tm.tm_year + 1900;
    if (year < 1980)
        return {};
    if (year > 2107)
        return {quint16((23 << 11) | (59 << 5) | (58 / 2)), quint16((127 << 9) | (12 << 5) | 31)};
    DosTime d;
    d.time = quint16((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    d.date = quint16(((year - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    return d;
}

// The extended timestamp holds the seconds as a 32-bit number that readers
// take as signed: times before 1970 or after 2038 go without it.
bool hasUnixTime(qint64 secs)
{
    return secs >= 0 && secs <= 0x7FFFFFFF;
}

// Bit 11 says the name is UTF-8. Plain ASCII reads the same in the old
// code page and needs no flag; a name that is not UTF-8 keeps its bytes
// without it (readers then take their local code page).
bool needsUtf8Flag(const QByteArray &name)
{
    for (const char c : name) {
        if (uchar(c) >= 0x80)
            return QByteArrayView(name).isValidUtf8();
    }
    return false;
}

// Deflate can make incompressible data a little larger: an entry that might
// end up at 4 GiB or more needs ZIP64 sizes, which must be decided before
// its data is written.
bool mayReach4GiB(qint64 size, quint16 method)
{
    const qint64 worstCase = method == kMethodDeflated ? size + size / 1024 + 1024 : size;
    return worstCase >= qint64(kMax32);
}

struct Entry {
    QByteArray name; // in the zip: '/'-separated, a folder's ends with '/'
    qint64 modifiedSecs = 0;
    qint64 offset = 0; // of its local header
    qint64 size = 0;
    qint64 compressedSize = 0;
    quint32 crc = 0;
    qint32 folder = -1; // files: the index of the real folder they are opened in
    quint16 method = kMethodStored;
    bool isFolder = false;
    bool zip64Sizes = false; // the local header said the sizes are 64-bit
    bool written = false; // left out when false (gone or unreadable by its turn)
};

struct Deflater {
    z_stream z {};
    bool ok = false;

    Deflater()
    {
        ok = deflateInit2(&z, kDeflateLevel, Z_DEFLATED, kRawDeflateWindowBits, kDeflateMemLevel, Z_DEFAULT_STRATEGY)
            == Z_OK;
    }
    ~Deflater()
    {
        if (ok)
            deflateEnd(&z);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;
};

class ZipStream {
public:
    ZipStream(const QString &root, const ZipOptions &options)
        : m_root(root)
        , m_options(options)
    {
    }

    bool walk(const QString &realDirectory, int *osError);
    BodySource::Status generate(QByteArray &out, qint64 hint);

private:
    enum class Phase { Entries, Data, CentralDirectory, Done };
    enum class Step { More, EntryDone, Yield, Failed };

    bool walkFolder(const QString &directory, const QByteArray &prefix, int *osError);
    bool startFile(QByteArray &out, qint64 base, qsizetype start, Entry &e, bool *failed);
    Step storedData(QByteArray &out, qint64 room, qint64 &readBudget);
    Step deflatedData(QByteArray &out, qint64 room, qint64 &readBudget);
    bool finishFile(QByteArray &out);
    bool readNext(char *into, qint64 length);
    bool deflaterFree();
    void writeLocalHeader(QByteArray &out, const Entry &e) const;
    void writeCentralHeader(QByteArray &out, const Entry &e) const;
    void writeEnd(QByteArray &out, qint64 position) const;
    void putTimestamp(QByteArray &out, const Entry &e) const;
    quint16 flagsFor(const Entry &e) const;

    const QString m_root;
    const ZipOptions m_options;
    QStringList m_folders; // real folders that files are opened in
    QSet<QString> m_walking; // the real folders being walked: this one and those around it
    std::vector<Entry> m_entries;
    bool m_tooMany = false;

    Phase m_phase = Phase::Entries;
    size_t m_next = 0; // the entry being written or next to be
    qint64 m_written = 0; // bytes produced before this call
    bool m_yield = false; // the last call spent its budget: hand over first

    // The file being written.
    std::shared_ptr<FileHandle> m_file;
    qint64 m_fileSize = 0;
    qint64 m_fileDone = 0;
    QByteArray m_input; // read from it, being deflated
    qint64 m_inputSinceOutput = 0; // given to deflate since it last said something

    std::unique_ptr<GzipSlot> m_slot; // the right to a compressor, kept while the zip lasts
    std::unique_ptr<Deflater> m_deflater;

    qint64 m_centralOffset = 0;
    qint64 m_entryCount = 0;
};

bool ZipStream::walk(const QString &realDirectory, int *osError)
{
    m_walking.insert(realDirectory);
    int error = 0;
    if (!walkFolder(realDirectory, {}, &error)) {
        if (osError)
            *osError = m_tooMany ? 0 : error;
        return false;
    }
    m_entries.shrink_to_fit(); // it lives as long as the zip is being sent
    if (osError)
        *osError = 0;
    return true;
}

bool ZipStream::walkFolder(const QString &directory, const QByteArray &prefix, int *osError)
{
    int error = 0;
    // Always with followSymlinks = false: a zip never takes anything from
    // outside the shared folder, whatever the server's options say.
    QList<DirectoryEntry> children = readDirectory(directory, m_root, m_options.showHidden, false, &error);
    if (error != 0) {
        *osError = error;
        return false;
    }
    sortEntries(children, ListingOrder {});
    const qint32 folder = qint32(m_folders.size());
    m_folders.append(directory);
    for (const DirectoryEntry &child : std::as_const(children)) {
        if (qsizetype(m_entries.size()) >= Limits::kMaxZipEntries) {
            m_tooMany = true;
            return false;
        }
        Entry e;
        e.name = prefix + encodeFileName(child.name);
        e.modifiedSecs = child.modifiedSecs;
        if (!child.isDirectory) {
            e.folder = folder;
            m_entries.push_back(std::move(e));
            continue;
        }
        // Walked by its real path. A link to a folder inside is followed like
        // the folder itself, except one that leads back to a folder being
        // walked (a cycle), which is left out.
        const QString real = canonicalPath(directory + u'/' + child.name);
        if (real.isEmpty() || !isInsideRoot(m_root, real) || (!m_options.showHidden && isHiddenBelowRoot(m_root, real))
            || m_walking.contains(real))
            continue;
        e.name += '/';
        e.isFolder = true;
        const QByteArray childPrefix = e.name;
        const size_t at = m_entries.size();
        m_entries.push_back(std::move(e));
        int childError = 0;
        m_walking.insert(real);
        const bool walked = walkFolder(real, childPrefix, &childError);
        m_walking.remove(real);
        if (!walked) {
            if (m_tooMany)
                return false;
            // A folder that cannot be read is left out rather than shown
            // empty.
            qCDebug(lcZip) << "left out an unreadable folder, errno" << childError;
            m_entries.resize(at);
        }
    }
    return true;
}

quint16 ZipStream::flagsFor(const Entry &e) const
{
    quint16 flags = e.isFolder ? 0 : kFlagDataDescriptor;
    if (needsUtf8Flag(e.name))
        flags |= kFlagUtf8;
    return flags;
}

void ZipStream::putTimestamp(QByteArray &out, const Entry &e) const
{
    // The central directory's copy holds only the modification time too
    // (4.6.3: it never has more than that).
    if (!hasUnixTime(e.modifiedSecs))
        return;
    put16(out, kTimestampExtraId);
    put16(out, 5);
    out.append(char(kTimestampHasModified));
    put32(out, quint32(e.modifiedSecs));
}

void ZipStream::writeLocalHeader(QByteArray &out, const Entry &e) const
{
    // 4.3.7. CRC and sizes are zero here: files carry them in a data
    // descriptor after their data, folders have none. With ZIP64, the
    // 32-bit sizes say so and the extra field holds both 64-bit sizes
    // (4.5.3: both, in the local header), also zero.
    const DosTime dos = dosTime(e.modifiedSecs);
    const quint16 extraSize = quint16((e.zip64Sizes ? 4 + 16 : 0) + (hasUnixTime(e.modifiedSecs) ? 4 + 5 : 0));
    put32(out, kLocalHeaderSignature);
    put16(out, e.zip64Sizes ? kVersionNeededZip64 : kVersionNeeded);
    put16(out, flagsFor(e));
    put16(out, e.method);
    put16(out, dos.time);
    put16(out, dos.date);
    put32(out, 0); // CRC
    put32(out, e.zip64Sizes ? kMax32 : 0); // compressed size
    put32(out, e.zip64Sizes ? kMax32 : 0); // size
    put16(out, quint16(e.name.size()));
    put16(out, extraSize);
    out.append(e.name);
    if (e.zip64Sizes) {
        put16(out, kZip64ExtraId);
        put16(out, 16);
        put64(out, 0);
        put64(out, 0);
    }
    putTimestamp(out, e);
}

void ZipStream::writeCentralHeader(QByteArray &out, const Entry &e) const
{
    // 4.3.12, with a ZIP64 extra field holding, in this order, whichever of
    // size, compressed size and offset does not fit (4.5.3). Sizes that
    // were 64-bit in the local header are 64-bit here too.
    const bool force = m_options.forceZip64;
    const bool bigSizes = force || e.zip64Sizes || e.size >= qint64(kMax32) || e.compressedSize >= qint64(kMax32);
    const bool bigOffset = force || e.offset >= qint64(kMax32);
    const quint16 zip64Size = quint16((bigSizes ? 16 : 0) + (bigOffset ? 8 : 0));
    const quint16 extraSize = quint16((zip64Size > 0 ? 4 + zip64Size : 0) + (hasUnixTime(e.modifiedSecs) ? 4 + 5 : 0));
    const DosTime dos = dosTime(e.modifiedSecs);
    put32(out, kCentralHeaderSignature);
    put16(out, kVersionMadeBy);
    put16(out, zip64Size > 0 ? kVersionNeededZip64 : kVersionNeeded);
    put16(out, flagsFor(e));
    put16(out, e.method);
    put16(out, dos.time);
    put16(out, dos.date);
    put32(out, e.crc);
    put32(out, bigSizes ? kMax32 : quint32(e.compressedSize));
    put32(out, bigSizes ? kMax32 : quint32(e.size));
    put16(out, quint16(e.name.size()));
    put16(out, extraSize);
    put16(out, 0); // comment
    put16(out, 0); // disk
    put16(out, 0); // internal attributes
    put32(out, e.isFolder ? kFolderAttributes : kFileAttributes);
    put32(out, bigOffset ? kMax32 : quint32(e.offset));
    out.append(e.name);
    if (zip64Size > 0) {
        put16(out, kZip64ExtraId);
        put16(out, zip64Size);
        if (bigSizes) {
            put64(out, quint64(e.size));
            put64(out, quint64(e.compressedSize));
        }
        if (bigOffset)
            put64(out, quint64(e.offset));
    }
    putTimestamp(out, e);
}

void ZipStream::writeEnd(QByteArray &out, qint64 position) const
{
    const qint64 centralSize = position - m_centralOffset;
    const bool zip64 = m_options.forceZip64 || m_entryCount >= kMax16 || centralSize >= qint64(kMax32)
        || m_centralOffset >= qint64(kMax32);
    if (zip64) {
        // 4.3.14 and its locator, 4.3.15.
        put32(out, kZip64EndSignature);
        put64(out, 44); // the size of what follows this field
        put16(out, kVersionMadeBy);
        put16(out, kVersionNeededZip64);
        put32(out, 0); // this disk
        put32(out, 0); // the disk where the central directory starts
        put64(out, quint64(m_entryCount)); // on this disk
        put64(out, quint64(m_entryCount)); // in all
        put64(out, quint64(centralSize));
        put64(out, quint64(m_centralOffset));
        put32(out, kZip64LocatorSignature);
        put32(out, 0); // the disk with the ZIP64 end record
        put64(out, quint64(position)); // where it starts: right here
        put32(out, 1); // disks in all
    }
    // 4.3.16: what does not fit (or all, when forced) says "see ZIP64".
    const bool force = m_options.forceZip64;
    const quint16 count = force || m_entryCount >= kMax16 ? kMax16 : quint16(m_entryCount);
    put32(out, kEndSignature);
    put16(out, 0);
    put16(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, force ? kMax32 : clamp32(centralSize));
    put32(out, force ? kMax32 : clamp32(m_centralOffset));
    put16(out, 0); // comment
}

bool ZipStream::deflaterFree()
{
    // Each compressor holds about 256 KiB: the zip takes one of gzip's
    // slots at its first entry worth deflating and keeps it to the end.
    // With none free, entries are stored, which is always a correct zip;
    // the next compressible entry asks again.
    if (m_deflater)
        return deflateReset(&m_deflater->z) == Z_OK;
    m_slot = GzipSlot::tryAcquire();
    if (!m_slot)
        return false;
    m_deflater = std::make_unique<Deflater>();
    if (!m_deflater->ok) {
        m_deflater.reset();
        m_slot.reset();
        return false;
    }
    return true;
}

// Opens the next file and writes its local header. False when it is left
// out (or `failed`).
bool ZipStream::startFile(QByteArray &out, qint64 base, qsizetype start, Entry &e, bool *failed)
{
    const qsizetype slash = e.name.lastIndexOf('/');
    const QString fileName = decodeFileName(QByteArrayView(e.name).sliced(slash + 1));
    SafeOpenResult opened = openInsideRoot(m_root, m_folders.at(e.folder) + u'/' + fileName, false);
    switch (opened.status) {
    case SafeOpenResult::Status::File:
        break;
    case SafeOpenResult::Status::Unavailable:
    case SafeOpenResult::Status::Error:
        // Out of descriptors, an I/O error: the zip would silently lack a
        // file that exists.
        qCDebug(lcZip) << "cannot open a file for the zip, errno" << opened.osError;
        *failed = true;
        return false;
    default:
        // Gone since the walk, no permission, or now a folder or a link out.
        return false;
    }
    if (!m_options.showHidden && isHiddenBelowRoot(m_root, opened.realPath))
        return false;

    m_file = std::move(opened.file);
    m_fileSize = opened.size;
    m_fileDone = 0;
    m_inputSinceOutput = 0;
    e.modifiedSecs = opened.modifiedSecs; // of the version that is read
    e.size = opened.size;
    e.method = kMethodStored;
    if (e.size > 0 && isCompressibleType(mimeTypeForFileName(fileName)) && deflaterFree())
        e.method = kMethodDeflated;
    e.zip64Sizes = m_options.forceZip64 || mayReach4GiB(e.size, e.method);
    e.offset = base + (out.size() - start);
    e.crc = quint32(crc32(0, nullptr, 0));
    e.compressedSize = 0;
    writeLocalHeader(out, e);
    return true;
}

bool ZipStream::readNext(char *into, qint64 length)
{
    if (m_file->readAt(into, length, m_fileDone) != length) {
        qCDebug(lcZip) << "a file shrank or failed to read while it was zipped";
        return false;
    }
    Entry &e = m_entries[m_next];
    e.crc = quint32(crc32(e.crc, reinterpret_cast<const Bytef *>(into), uInt(length)));
    m_fileDone += length;
    return true;
}

ZipStream::Step ZipStream::storedData(QByteArray &out, qint64 room, qint64 &readBudget)
{
    while (m_fileDone < m_fileSize) {
        if (room <= 0)
            return Step::More;
        if (readBudget <= 0)
            return Step::Yield;
        const qint64 n = std::min(Limits::kFileChunkBytes, m_fileSize - m_fileDone);
        const qsizetype at = out.size();
        out.resize(at + qsizetype(n));
        if (!readNext(out.data() + at, n)) {
            out.resize(at);
            return Step::Failed;
        }
        m_entries[m_next].compressedSize += n;
        readBudget -= n;
        room -= n;
    }
    return Step::EntryDone;
}

ZipStream::Step ZipStream::deflatedData(QByteArray &out, qint64 room, qint64 &readBudget)
{
    z_stream &z = m_deflater->z;
    Entry &e = m_entries[m_next];
    auto run = [&](int flush) {
        const qsizetype at = out.size();
        const qsizetype space = qsizetype(std::max<qint64>(room, 4096));
        out.resize(at + space);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + at);
        z.avail_out = uInt(space);
        const int result = deflate(&z, flush);
        const qsizetype produced = space - qsizetype(z.avail_out);
        out.resize(at + produced);
        e.compressedSize += produced;
        room -= produced;
        if (produced > 0)
            m_inputSinceOutput = 0;
        return result;
    };
    for (;;) {
        if (z.avail_in == 0 && m_fileDone < m_fileSize) {
            // Deflate holds back its output until a block is full, which for
            // very repetitive data (zeros) takes megabytes. A sync flush
            // after every so much input without output lets each read end
            // with something to send. It depends only on the input, so the
            // zip's bytes do not depend on how it is read.
            if (m_inputSinceOutput >= Limits::kZipReadBytesPerStep) {
                do {
                    if (run(Z_SYNC_FLUSH) == Z_STREAM_ERROR)
                        return Step::Failed;
                } while (z.avail_out == 0);
                m_inputSinceOutput = 0;
            }
            if (readBudget <= 0)
                return Step::Yield;
            const qint64 n = std::min(Limits::kFileChunkBytes, m_fileSize - m_fileDone);
            m_input.resize(qsizetype(n));
            if (!readNext(m_input.data(), n))
                return Step::Failed;
            readBudget -= n;
            m_inputSinceOutput += n;
            z.next_in = reinterpret_cast<Bytef *>(m_input.data());
            z.avail_in = uInt(n);
        }
        const int result = run(m_fileDone == m_fileSize ? Z_FINISH : Z_NO_FLUSH);
        if (result == Z_STREAM_END)
            return Step::EntryDone;
        if (result != Z_OK && result != Z_BUF_ERROR) {
            qCDebug(lcZip) << "deflate failed:" << result;
            return Step::Failed;
        }
        if (room <= 0)
            return Step::More;
    }
}

bool ZipStream::finishFile(QByteArray &out)
{
    Entry &e = m_entries[m_next];
    // A file that grew while it was read has more than was zipped: one byte
    // past the size seen at the open tells.
    char probe = 0;
    const bool grew = m_file->readAt(&probe, 1, m_fileSize) > 0;
    m_file.reset();
    m_input = QByteArray();
    if (grew) {
        qCDebug(lcZip) << "a file grew while it was zipped";
        return false;
    }
    if (!e.zip64Sizes && e.compressedSize >= qint64(kMax32))
        return false; // cannot happen (mayReach4GiB), and must not be written wrong
    // 4.3.9: with ZIP64 sizes in the local header, 8-byte sizes here.
    put32(out, kDataDescriptorSignature);
    put32(out, e.crc);
    if (e.zip64Sizes) {
        put64(out, quint64(e.compressedSize));
        put64(out, quint64(e.size));
    } else {
        put32(out, quint32(e.compressedSize));
        put32(out, quint32(e.size));
    }
    e.written = true;
    return true;
}

BodySource::Status ZipStream::generate(QByteArray &out, qint64 hint)
{
    // The previous call spent its budget: end this read with what is there.
    // (GeneratorSource keeps calling while it has less than it was asked for;
    // a call that appends nothing makes it hand over what it has.)
    if (std::exchange(m_yield, false) && !out.isEmpty())
        return BodySource::Status::Data;

    const qsizetype start = out.size();
    const qint64 base = m_written; // the zip's offset of out[start]
    qint64 readBudget = Limits::kZipReadBytesPerStep;
    int opensLeft = Limits::kZipFilesPerStep;
    auto produced = [&] {
        return qint64(out.size() - start);
    };
    auto fail = [&] {
        m_file.reset();
        return BodySource::Status::Error;
    };

    while (produced() < hint && !m_yield) {
        switch (m_phase) {
        case Phase::Entries: {
            if (m_next == m_entries.size()) {
                m_phase = Phase::CentralDirectory;
                m_centralOffset = base + produced();
                m_next = 0;
                break;
            }
            // Opening files is work too: a folder of many small files yields
            // after so many, when there is something to hand over.
            if (opensLeft <= 0 && !out.isEmpty()) {
                m_yield = true;
                break;
            }
            Entry &e = m_entries[m_next];
            if (e.isFolder) {
                e.zip64Sizes = m_options.forceZip64;
                e.offset = base + produced();
                writeLocalHeader(out, e);
                e.written = true;
                ++m_next;
                break;
            }
            --opensLeft;
            bool failed = false;
            if (startFile(out, base, start, e, &failed))
                m_phase = Phase::Data;
            else if (failed)
                return fail();
            else
                ++m_next;
            break;
        }
        case Phase::Data: {
            const qint64 room = hint - produced();
            const Step step = m_entries[m_next].method == kMethodDeflated ? deflatedData(out, room, readBudget)
                                                                          : storedData(out, room, readBudget);
            if (step == Step::Failed)
                return fail();
            if (step == Step::Yield) {
                // The budget is spent. There is always something to hand
                // over by then (a header, or what the sync flush made); if
                // not, working on is the only way forward.
                if (!out.isEmpty())
                    m_yield = true;
                else
                    readBudget = Limits::kZipReadBytesPerStep;
            } else if (step == Step::EntryDone) {
                if (!finishFile(out))
                    return fail();
                m_phase = Phase::Entries;
                ++m_next;
            }
            break;
        }
        case Phase::CentralDirectory: {
            while (m_next < m_entries.size() && produced() < hint) {
                const Entry &e = m_entries[m_next++];
                if (!e.written)
                    continue;
                writeCentralHeader(out, e);
                ++m_entryCount;
            }
            if (m_next < m_entries.size())
                break;
            writeEnd(out, base + produced());
            m_phase = Phase::Done;
            m_written = base + produced();
            // The compressor goes back as soon as it is no longer needed.
            m_deflater.reset();
            m_slot.reset();
            return BodySource::Status::End;
        }
        case Phase::Done:
            return BodySource::Status::End;
        }
    }
    m_written = base + produced();
    return BodySource::Status::Data;
}

} // namespace

std::unique_ptr<BodySource> zipFolder(const QString &realDirectory, const QString &root, const ZipOptions &options,
                                      int *osError)
{
    auto zip = std::make_unique<ZipStream>(root, options);
    if (!zip->walk(realDirectory, osError))
        return nullptr;
    // GeneratorSource owns the lambda, which owns the stream; both go when
    // the body ends or the client leaves.
    return std::make_unique<GeneratorSource>([zip = std::shared_ptr<ZipStream>(std::move(zip))](
                                                 QByteArray &out, qint64 hint) { return zip->generate(out, hint); });
}

} // namespace Servery
