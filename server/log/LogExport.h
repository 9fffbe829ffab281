#pragma once

#include "server/log/RequestRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Servery {

// The request log written out for other tools (HAR 1.2, CSV, JSON Lines) and
// HAR read back in. Pure functions over records, usable from the window and
// from the headless mode alike; large request bodies kept on disk are read in
// pieces, never all at once.

struct HarOptions {
    // Where the requests were sent ("http://127.0.0.1:8080"): an entry's URL
    // is this followed by the request target. Empty: "http://" and the
    // request's Host (or "localhost").
    QString origin;
    QString creatorVersion; // the app's version, for log.creator
};

// A HAR 1.2 document (http://www.softwareishard.com/blog/har-12-spec/) with
// one entry per record, in order. What HAR has no place for travels in
// custom fields ("_clientAddress", "_rule", "_rawHead", ...), which
// recordsFromHar() reads back.
QByteArray harFromRecords(const QList<RequestRecord> &records, const HarOptions &options);

// Writes harFromRecords() to `path` through a QSaveFile, streaming bodies
// into it, so the file is either complete or left as it was. On failure
// returns false and says why in `error` (if given).
bool writeHarFile(const QString &path, const QList<RequestRecord> &records, const HarOptions &options,
                  QString *error = nullptr);

// A HAR larger than this is refused rather than read into memory (which
// takes several times the file's size while it is parsed).
inline constexpr qint64 kMaxHarImportBytes = 256ll * 1024 * 1024;
// Entries past this many are not read: the window's log holds no more.
inline constexpr qsizetype kMaxHarImportEntries = 100'000;

struct HarImport {
    QList<RequestRecord> records;
    QString error; // a sentence for people; empty when the file was read
    int skipped = 0; // entries that could not be read
    int leftOut = 0; // entries past kMaxHarImportEntries, not read
};

// Reads a HAR 1.2 document written by Servery, Chrome DevTools, Firefox or
// others, tolerating missing optional fields. Records are numbered from 1;
// the target is the URL's path and query.
HarImport recordsFromHar(const QByteArray &json);
// The same for a file, refusing one larger than kMaxHarImportBytes before
// reading it.
HarImport readHarFile(const QString &path);

// RFC 4180 CSV, CRLF line ends, a header row, one row per record. Fields that
// a spreadsheet would run as a formula are defused with a leading quote.
QByteArray csvFromRecords(const QList<RequestRecord> &records);

// One compact JSON object per line per record (JSON Lines); `origin` as in
// HarOptions.
QByteArray jsonLinesFromRecords(const QList<RequestRecord> &records, const QString &origin);
// The same streamed to `path` through a QSaveFile (bodies kept on disk are
// read in pieces), as writeHarFile() does.
bool writeJsonLinesFile(const QString &path, const QList<RequestRecord> &records, const QString &origin,
                        QString *error = nullptr);

} // namespace Servery
