#pragma once

#include "server/http/BodySource.h"

#include <QString>

#include <memory>

namespace Servery {

struct ZipOptions {
    // Dotfiles go in too (the server's own "show hidden" option).
    bool showHidden = false;
    // ZIP64 records for every entry and at the end, whatever the sizes: the
    // code path of a zip over 4 GiB, for tests that cannot write one.
    bool forceZip64 = false;
};

// A folder as a zip archive (PKWARE APPNOTE 6.3), made while it is sent: no
// part of it is ever held whole in memory or written to disk.
//
// Walks `realDirectory` (canonical, inside the canonical `root`) first,
// which blocks on the disk: call it on the background pool. What the walk
// keeps is the list of entries (names and, later, their CRCs, sizes and
// offsets, which the central directory at the end of a zip needs anyway),
// never file contents. Returns nullptr when the folder cannot be read
// (`osError` says why) or holds more than Limits::kMaxZipEntries entries
// (`osError` is then 0).
//
// The source it returns is a GeneratorSource of unknown size (chunked on the
// wire), read as the client takes it:
// - entries are the folder's contents, relative to it, depth first, each
//   folder's entries in the listing's order (folders first, then by name);
//   every folder has an entry of its own ("name/"), so empty ones survive;
// - dotfiles are left out (unless `showHidden`), and so is anything that
//   leads outside `root`; symlinks inside are followed like what they name,
//   except a link back to a folder it is in (a cycle), which is left out;
// - names are the file system's bytes: UTF-8 names carry the UTF-8 flag
//   (bit 11), names that are not UTF-8 keep their exact bytes without it;
// - types that do not shrink (isCompressibleType() of the name's MIME type
//   is false: media, archives) and empty files are stored; the rest is raw
//   deflate, while a streaming compressor is free (GzipSlot), else stored;
// - CRC and sizes follow each file's data in a data descriptor (bit 3);
//   every entry has the extended timestamp (0x5455, UTC) besides the DOS
//   time; ZIP64 records appear where sizes or offsets reach 4 GiB or there
//   are 65,535 entries or more;
// - a file is opened (openInsideRoot) only when its turn comes; one that has
//   gone or cannot be opened by then is left out. One that changes size or
//   fails to read once its header is sent ends the body with Error: the
//   connection is cut and the client sees a broken download, never a zip
//   that silently carries wrong data.
// Each read does bounded work (Limits::kZipReadBytesPerStep from files,
// Limits::kZipFilesPerStep files opened), so one large zip never holds its
// worker for long.
std::unique_ptr<BodySource> zipFolder(const QString &realDirectory, const QString &root, const ZipOptions &options,
                                      int *osError = nullptr);

} // namespace Servery
