#pragma once

#include "server/files/UploadFolder.h"
#include "server/http/limits.h"
#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"

#include <QString>

#include <chrono>
#include <memory>

class QTimer;

namespace Servery {

struct UploadAnswer;

// What an UploadLink may be told besides the configuration; the defaults
// are Servery's, tests inject their own.
struct UploadOptions {
    // How much room the folder's disk has (statvfs by default).
    DiskSpaceProbe diskSpace = diskSpaceOf;
    // An upload without progress for this long is removed.
    std::chrono::seconds staleAfter = Limits::kStaleUploadAge;
    // How often stale uploads are looked for (in progress: on a timer of
    // the worker; left in a folder: when it receives an upload).
    std::chrono::milliseconds sweepInterval = Limits::kUploadSweepInterval;
};

// The link of the chain that takes files from other devices into the shared
// folder, when ServerConfig::allowUploads is on (off: it takes nothing, so
// POST and PUT answer 405 without them in Allow).
//
//   POST /dir/            multipart/form-data, any number of files (any
//                         field names; other fields skipped): 201 with
//                         {"saved":["a.jpg","b (1).jpg"]}, or for a
//                         browser's form (Accept: text/html) 303 back to
//                         the listing
//   PUT  /dir/name        the raw body: 201 (200 when it replaced a file,
//                         --overwrite only), 409 when the name is taken
//   tus 1.0 (core + creation, expiration, termination), for uploads that
//   must survive a dropped connection:
//   POST    /dir/?tus          Upload-Length, Upload-Metadata "filename <base64>"
//                              -> 201, Location: /dir/?tus=<id>
//   HEAD    /dir/?tus=<id>     -> Upload-Offset, Upload-Length
//   PATCH   /dir/?tus=<id>     Content-Type: application/offset+octet-stream,
//                              Upload-Offset -> 204, Upload-Offset; the
//                              last one also Servery-Saved-As: <name,
//                              percent-encoded UTF-8>
//   DELETE  /dir/?tus=<id>     -> 204, the partial file removed
//   OPTIONS /dir/?tus          -> Tus-Version, Tus-Extension, Tus-Max-Size
//
// Every file is written to a hidden temporary file in its folder
// (".servery-upload-<id>.part", never served or listed), made durable and
// renamed into place only when complete: an upload that is cut off,
// refused or fails leaves nothing under a real name, and its temporary file
// is removed (a resumable one keeps it for the next PATCH). An existing
// name is never replaced: the new file is "name (1).ext", "name (2).ext"...
// by a rename that cannot replace, so two uploads racing for a name cannot
// clobber each other. Names are sanitized (UploadNames.h); the target
// folder is resolved as StaticFiles resolves paths (hidden or outside: 404).
// An announced size that would leave less than
// Limits::uploadFreeSpaceMargin() free is refused with 507 before reading;
// a disk that fills meanwhile ends the upload with 507.
class UploadLink final : public Handler {
public:
    explicit UploadLink(const ServerConfig &config, UploadOptions options = {});
    ~UploadLink() override;

    QByteArrayList methods() const override;
    QByteArrayList methodsFor(const RequestContext &context) const override;
    Decision handle(const RequestContext &context) override;

private:
    struct Place;

    Place resolveFolder(const HttpRequest &request, bool lastSegmentIsName) const;
    UploadAnswer answerFor(const HttpRequest &request, const QByteArray &folderUrl, bool form) const;
    bool roomFor(const UploadFolder &folder, qint64 bytes) const;

    Decision put(const HttpRequest &request);
    Decision form(const HttpRequest &request);
    Decision tusCreate(const HttpRequest &request);
    Decision tusHead(const HttpRequest &request, const QByteArray &id);
    Decision tusPatch(const HttpRequest &request, const QByteArray &id);
    Decision tusTerminate(const HttpRequest &request, const QByteArray &id);
    Decision tusOptions() const;

    const ServerConfig m_config;
    const UploadOptions m_options;
    const QString m_root; // canonical
    std::unique_ptr<QTimer> m_sweep;
};

} // namespace Servery
