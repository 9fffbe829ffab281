#include "server/files/Uploads.h"

#include "server/files/MultipartParser.h"
#include "server/files/PathResolver.h"
#include "server/files/ResumableUploads.h"
#include "server/files/SafeOpen.h"
#include "server/files/UploadNames.h"
#include "server/files/UploadSink.h"
#include "server/files/UrlPath.h"
#include "server/http/HttpDate.h"
#include "server/http/HttpGrammar.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTimer>

#include <cerrno>

namespace Servery {

namespace {

const QByteArray kTusVersion = "1.0.0";

// What the query says of tus: nothing, "?tus" (create), or "?tus=<id>".
struct TusQuery {
    enum class Kind { None, Create, Upload } kind = Kind::None;
    QByteArray id;
};

TusQuery tusQuery(const HttpRequest &request)
{
    TusQuery q;
    if (const std::optional<QByteArrayView> id = request.queryItem("tus")) {
        q.kind = id->isEmpty() ? TusQuery::Kind::Create : TusQuery::Kind::Upload;
        q.id = id->toByteArray();
    }
    return q;
}

QByteArray folderUrlOf(const QStringList &segments)
{
    QByteArray url = "/";
    for (const QString &s : segments)
        url += encodeUrlPath(s) + '/';
    return url;
}

HttpResponse withTus(HttpResponse r)
{
    r.headers.set("Tus-Resumable", kTusVersion);
    return r;
}

} // namespace

// A target folder, resolved and opened, or the answer why not.
struct UploadLink::Place {
    std::optional<HttpResponse> refusal;
    std::shared_ptr<UploadFolder> folder;
    QStringList segments; // of the folder
    QString name; // the last segment, when it names the file
    QByteArray folderUrl;
};

UploadLink::UploadLink(const ServerConfig &config, UploadOptions options)
    : m_config(config)
    , m_options(std::move(options))
    , m_root(canonicalPath(config.rootPath))
{
    // Uploads in progress that stopped coming: swept on this worker's
    // clock (the table lets one worker per interval do it).
    m_sweep = std::make_unique<QTimer>();
    m_sweep->setInterval(std::max<std::chrono::milliseconds>(m_options.sweepInterval, std::chrono::milliseconds(10)));
    QObject::connect(m_sweep.get(), &QTimer::timeout,
                     [stale = m_options.staleAfter, interval = m_options.sweepInterval] {
                         ResumableUploads::instance().sweep(stale, interval);
                     });
    m_sweep->start();
}

UploadLink::~UploadLink() = default;

QByteArrayList UploadLink::methods() const
{
    // Uploads can be switched on while the server runs (LiveSettings):
    // whether they are on is asked per request. GET for HEAD on a tus upload (the router asks about HEAD as GET).
    return {"POST", "PUT", "PATCH", "DELETE", "GET", "OPTIONS"};
}

QByteArrayList UploadLink::methodsFor(const RequestContext &context) const
{
    if (!uploadsAllowed(context, m_config))
        return {};
    const HttpRequest &request = context.request;
    switch (tusQuery(request).kind) {
    case TusQuery::Kind::Upload:
        return {"GET", "PATCH", "DELETE"};
    case TusQuery::Kind::Create:
        return {"POST"};
    case TusQuery::Kind::None:
        break;
    }
    return request.path.endsWith('/') ? QByteArrayList {"POST"} : QByteArrayList {"PUT"};
}

Decision UploadLink::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (!uploadsAllowed(context, m_config))
        return Decision::pass();
    const QByteArray &method = request.method;
    if (method == "GET")
        return Decision::pass(); // HEAD comes as itself below; GET is the files' link's
    const TusQuery tus = tusQuery(request);
    if (method == "HEAD")
        return tus.kind == TusQuery::Kind::Upload ? tusHead(request, tus.id) : Decision::pass();
    if (method == "OPTIONS")
        return tus.kind != TusQuery::Kind::None ? tusOptions() : Decision::pass();
    if (method == "POST") {
        if (tus.kind == TusQuery::Kind::Create)
            return tusCreate(request);
        if (tus.kind == TusQuery::Kind::None && request.path.endsWith('/'))
            return form(request);
        return Decision::pass();
    }
    if (method == "PUT")
        return tus.kind == TusQuery::Kind::None && !request.path.endsWith('/') ? put(request) : Decision::pass();
    if (method == "PATCH" && tus.kind == TusQuery::Kind::Upload)
        return tusPatch(request, tus.id);
    if (method == "DELETE" && tus.kind == TusQuery::Kind::Upload)
        return tusTerminate(request, tus.id);
    return Decision::pass();
}

UploadAnswer UploadLink::answerFor(const HttpRequest &request, const QByteArray &folderUrl, bool form) const
{
    const QByteArray accept = request.headers.combined("Accept");
    UploadAnswer a;
    a.json = accept.contains("application/json") && !accept.contains("text/html");
    a.seeFolder = form && accept.contains("text/html");
    a.folderUrl = folderUrl;
    return a;
}

// Resolved by PathResolver, as every link resolves a path (decode without the disk,
// hidden names by URL, open and check what was opened, hidden real paths),
// then opened for the *at() calls.
UploadLink::Place UploadLink::resolveFolder(const HttpRequest &request, bool lastSegmentIsName) const
{
    Place place;
    UploadAnswer plain = answerFor(request, {}, false);
    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok) {
        place.refusal = plain.refuse(400, QStringLiteral("The address is not a valid path."));
        return place;
    }
    place.segments = path.segments;
    if (lastSegmentIsName) {
        if (place.segments.isEmpty()) {
            place.refusal = plain.refuse(400, QStringLiteral("The address names no file."));
            return place;
        }
        place.name = place.segments.takeLast();
    }
    place.folderUrl = folderUrlOf(place.segments);
    plain.folderUrl = place.folderUrl;
    const auto notThere = [&] {
        return plain.refuse(404, QStringLiteral("There is no such folder."));
    };
    // The folder is found as every link finds a path (PathResolver.h).
    UrlPath folderPath = path;
    folderPath.segments = place.segments;
    folderPath.trailingSlash = true;
    const ResolvedPath resolved = resolveDecodedPath(m_root, std::move(folderPath), m_config);
    switch (resolved.kind) {
    case ResolvedPath::Kind::Directory:
        break;
    case ResolvedPath::Kind::File:
        place.refusal = plain.refuse(409, QStringLiteral("This address is a file, not a folder."));
        return place;
    case ResolvedPath::Kind::Refused:
        place.refusal = resolved.status == 404 ? notThere()
            : resolved.status == 403 ? plain.refuse(403, QStringLiteral("The server may not open this folder."))
                                     : plain.refuse(resolved.status, QStringLiteral("The folder could not be opened."));
        return place;
    }
    const SafeOpenResult &opened = resolved.opened;
    int err = 0;
    place.folder = UploadFolder::open(m_root, opened.realPath, m_config.followSymlinks, &err);
    if (!place.folder) {
        place.refusal = plain.refuseForError(err);
        return place;
    }
    if (!m_config.showHidden && isHiddenBelowRoot(m_root, place.folder->path())) {
        place.folder.reset();
        place.refusal = notThere();
    }
    return place;
}

bool UploadLink::roomFor(const UploadFolder &folder, qint64 bytes) const
{
    // Only an announced size is held against the margin: a body of unknown
    // length (chunked) is written until the disk says it is full.
    if (!m_options.diskSpace || bytes <= 0)
        return true;
    const std::optional<DiskSpace> space = m_options.diskSpace(folder.path());
    if (!space)
        return true; // cannot tell: the write will say
    return space->available - bytes >= Limits::uploadFreeSpaceMargin(space->total);
}

// --- PUT ---------------------------------------------------------------------------

Decision UploadLink::put(const HttpRequest &request)
{
    Place place = resolveFolder(request, true);
    if (place.refusal)
        return Decision::respond(std::move(*place.refusal));
    const UploadAnswer answer = answerFor(request, place.folderUrl, false);
    const UploadFolder &folder = *place.folder;

    // PUT names the resource: a name that would need changing is refused,
    // not changed behind the client's back.
    const CheckedName checked = sanitizeUploadName(place.name, m_config.showHidden);
    if (!checked.ok())
        return Decision::respond(answer.refuse(400, checked.refusal));
    if (checked.changed())
        return Decision::respond(answer.refuse(400, u"This name cannot be used: " + checked.change));

    int err = 0;
    const UploadFolder::Entry existing = folder.stat(place.name, &err);
    if (err != 0)
        return Decision::respond(answer.refuseForError(err));
    if (existing.isDirectory)
        return Decision::respond(answer.refuse(409, QStringLiteral("A folder has this name.")));
    if (existing.exists && !m_config.overwriteUploads)
        return Decision::respond(answer.refuse(409, QStringLiteral("A file with this name already exists.")));
    if (const int denied = folder.checkWritable())
        return Decision::respond(answer.refuseForError(denied));
    const qint64 announced = request.framing == BodyFraming::ContentLength ? request.contentLength : 0;
    if (!roomFor(folder, announced))
        return Decision::respond(answer.refuse(507, QStringLiteral("There is not enough free space on the disk.")));

    const QString tempName = uploadTempName(newUploadId());
    UploadFile file;
    if (const int failed = folder.createFile(tempName, &file))
        return Decision::respond(answer.refuseForError(failed));
    ResumableUploads::instance().cleanFolderSoon(place.folder, m_options.staleAfter, m_options.sweepInterval);
    const QByteArray location = place.folderUrl + encodeUrlPath(place.name);
    return Decision::readBody(std::make_unique<PutSink>(place.folder, tempName, std::move(file), place.name,
                                                        m_config.overwriteUploads, answer, location),
                              Limits::kMaxUploadBytes);
}

// --- multipart/form-data -------------------------------------------------------------

Decision UploadLink::form(const HttpRequest &request)
{
    Place place = resolveFolder(request, false);
    if (place.refusal)
        return Decision::respond(std::move(*place.refusal));
    const UploadAnswer answer = answerFor(request, place.folderUrl, true);
    const char *why = nullptr;
    std::optional<QByteArray> boundary = formDataBoundary(request.headers.value("Content-Type"), &why);
    if (!boundary) {
        if (qstrcmp(why, "not multipart/form-data") == 0 || qstrcmp(why, "malformed Content-Type") == 0)
            return Decision::respond(
                answer.refuse(415, QStringLiteral("Send files as multipart/form-data, or PUT them one by one.")));
        return Decision::respond(answer.refuse(400, u"The form could not be read: " + QLatin1StringView(why) + u'.'));
    }
    if (const int denied = place.folder->checkWritable())
        return Decision::respond(answer.refuseForError(denied));
    const qint64 announced = request.framing == BodyFraming::ContentLength ? request.contentLength : 0;
    if (!roomFor(*place.folder, announced))
        return Decision::respond(answer.refuse(507, QStringLiteral("There is not enough free space on the disk.")));
    ResumableUploads::instance().cleanFolderSoon(place.folder, m_options.staleAfter, m_options.sweepInterval);
    return Decision::readBody(
        std::make_unique<FormSink>(place.folder, std::move(*boundary), m_config.showHidden, answer),
        Limits::kMaxUploadBytes);
}

// --- tus 1.0 -------------------------------------------------------------------------

Decision UploadLink::tusOptions() const
{
    // tus 1.0 5.2 (core): the server's version and extensions; no
    // Tus-Resumable is required of the client here.
    HttpResponse r = tusResponse(204);
    r.headers.append(QByteArrayLiteral("Tus-Version"), kTusVersion);
    r.headers.append(QByteArrayLiteral("Tus-Extension"), QByteArrayLiteral("creation,expiration,termination"));
    r.headers.append(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(Limits::kMaxUploadBytes));
    return Decision::respond(std::move(r));
}

namespace {

// tus 1.0 5.2: every request but OPTIONS says which version it speaks.
std::optional<HttpResponse> checkTusVersion(const HttpRequest &request, const UploadAnswer &answer)
{
    if (request.headers.value("Tus-Resumable") == kTusVersion)
        return std::nullopt;
    HttpResponse r = withTus(answer.refuse(412, QStringLiteral("This server speaks tus 1.0.0.")));
    r.headers.append(QByteArrayLiteral("Tus-Version"), kTusVersion);
    return r;
}

} // namespace

Decision UploadLink::tusCreate(const HttpRequest &request)
{
    const UploadAnswer plain = answerFor(request, {}, false);
    if (std::optional<HttpResponse> refused = checkTusVersion(request, plain))
        return Decision::respond(std::move(*refused));
    Place place = resolveFolder(request, false);
    if (place.refusal)
        return Decision::respond(withTus(std::move(*place.refusal)));
    const UploadAnswer answer = answerFor(request, place.folderUrl, false);
    auto refuse = [&answer](int status, const QString &reason) {
        return Decision::respond(withTus(answer.refuse(status, reason)));
    };

    if (request.headers.contains("Upload-Defer-Length"))
        return refuse(400, QStringLiteral("This server needs the length of an upload when it begins."));
    const std::optional<qint64> length = Grammar::parseDigits(request.headers.value("Upload-Length"));
    if (!length)
        return refuse(400, QStringLiteral("Upload-Length is missing or not a number."));
    if (*length > Limits::kMaxUploadBytes) {
        HttpResponse r = withTus(answer.refuse(413, QStringLiteral("The file is larger than this server accepts.")));
        r.headers.append(QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(Limits::kMaxUploadBytes));
        return Decision::respond(std::move(r));
    }
    const auto metadata = parseUploadMetadata(request.headers.value("Upload-Metadata"));
    if (!metadata)
        return refuse(400, QStringLiteral("Upload-Metadata is malformed."));
    QByteArray proposed;
    bool named = false;
    for (const char *key : {"filename", "name"}) {
        for (const auto &[k, v] : *metadata) {
            if (!named && k == key) {
                proposed = v;
                named = true;
            }
        }
    }
    if (!named)
        return refuse(400, QStringLiteral("The upload has no file name (Upload-Metadata \"filename\")."));
    const CheckedName checked = sanitizeUploadName(QString::fromUtf8(proposed), m_config.showHidden);
    if (!checked.ok())
        return refuse(400, checked.refusal);
    if (const int denied = place.folder->checkWritable())
        return Decision::respond(withTus(answer.refuseForError(denied)));
    if (!roomFor(*place.folder, *length))
        return refuse(507, QStringLiteral("There is not enough free space on the disk."));

    ResumableUploads &table = ResumableUploads::instance();
    table.cleanFolderSoon(place.folder, m_options.staleAfter, m_options.sweepInterval);
    int err = 0;
    const std::shared_ptr<ResumableUpload> upload = table.create(place.folder, checked.name, *length, &err);
    if (!upload)
        return Decision::respond(withTus(answer.refuseForError(err)));

    QMutexLocker lock(&upload->mutex);
    if (*length == 0) {
        // Nothing will follow: it is complete already.
        if (const int failed = table.complete(*upload)) {
            table.discard(*upload);
            return Decision::respond(withTus(answer.refuseForError(failed)));
        }
    }
    HttpResponse r = resumableState(*upload, 201, m_options.staleAfter);
    r.headers.remove("Upload-Offset");
    r.headers.remove("Upload-Length");
    r.headers.append(QByteArrayLiteral("Location"), place.folderUrl + "?tus=" + upload->id);
    return Decision::respond(std::move(r));
}

Decision UploadLink::tusHead(const HttpRequest &request, const QByteArray &id)
{
    const UploadAnswer plain = answerFor(request, {}, false);
    if (std::optional<HttpResponse> refused = checkTusVersion(request, plain))
        return Decision::respond(std::move(*refused));
    Place place = resolveFolder(request, false);
    if (place.refusal)
        return Decision::respond(withTus(std::move(*place.refusal)));
    const std::shared_ptr<ResumableUpload> upload = ResumableUploads::instance().find(place.folder, id);
    if (!upload)
        return Decision::respond(withTus(plain.refuse(404, QStringLiteral("There is no such upload."))));
    QMutexLocker lock(&upload->mutex);
    if (upload->gone)
        return Decision::respond(withTus(plain.refuse(404, QStringLiteral("There is no such upload."))));
    return Decision::respond(resumableState(*upload, 200, m_options.staleAfter));
}

Decision UploadLink::tusPatch(const HttpRequest &request, const QByteArray &id)
{
    const UploadAnswer plain = answerFor(request, {}, false);
    if (std::optional<HttpResponse> refused = checkTusVersion(request, plain))
        return Decision::respond(std::move(*refused));
    // tus 1.0 5.3.3: only this type, so a plain form cannot patch an upload.
    if (request.headers.value("Content-Type") != "application/offset+octet-stream")
        return Decision::respond(withTus(
            plain.refuse(415, QStringLiteral("A PATCH carries Content-Type: application/offset+octet-stream."))));
    const std::optional<qint64> offset = Grammar::parseDigits(request.headers.value("Upload-Offset"));
    if (!offset)
        return Decision::respond(
            withTus(plain.refuse(400, QStringLiteral("Upload-Offset is missing or not a number."))));
    Place place = resolveFolder(request, false);
    if (place.refusal)
        return Decision::respond(withTus(std::move(*place.refusal)));
    const UploadAnswer answer = answerFor(request, place.folderUrl, false);
    ResumableUploads &table = ResumableUploads::instance();
    const std::shared_ptr<ResumableUpload> upload = table.find(place.folder, id);
    if (!upload)
        return Decision::respond(withTus(answer.refuse(404, QStringLiteral("There is no such upload."))));

    QMutexLocker lock(&upload->mutex);
    if (upload->gone)
        return Decision::respond(withTus(answer.refuse(404, QStringLiteral("There is no such upload."))));
    if (upload->finished && *offset == upload->length && !request.hasBody())
        return Decision::respond(resumableState(*upload, 204, m_options.staleAfter));
    if (upload->finished || *offset != upload->offset) {
        // tus 1.0 5.3.3: the offsets must match; HEAD tells the right one.
        HttpResponse r = withTus(answer.refuse(409, QStringLiteral("Upload-Offset does not match the upload.")));
        r.headers.append(QByteArrayLiteral("Upload-Offset"),
                         QByteArray::number(upload->finished ? upload->length : upload->offset));
        return Decision::respond(std::move(r));
    }
    if (!roomFor(*place.folder, upload->length - upload->offset))
        return Decision::respond(
            withTus(answer.refuse(507, QStringLiteral("There is not enough free space on the disk."))));
    UploadFile file;
    if (const int err = place.folder->openForAppend(upload->partName(), &file)) {
        if (err == ENOENT)
            table.discard(*upload); // removed behind our back: nothing to resume
        return Decision::respond(withTus(answer.refuseForError(err)));
    }
    if (file.size() != upload->offset) {
        HttpResponse r = withTus(answer.refuse(409, QStringLiteral("Upload-Offset does not match the upload.")));
        upload->offset = file.size();
        r.headers.append(QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->offset));
        return Decision::respond(std::move(r));
    }
    // This request takes the upload over, from one that may still hang on a
    // dead connection: that one fails at its next write.
    const quint64 owner = table.newOwner();
    upload->owner = owner;
    const qint64 remaining = upload->length - upload->offset;
    lock.unlock();
    return Decision::readBody(
        std::make_unique<ResumeSink>(upload, owner, std::move(file), answer, m_options.staleAfter), remaining);
}

Decision UploadLink::tusTerminate(const HttpRequest &request, const QByteArray &id)
{
    const UploadAnswer plain = answerFor(request, {}, false);
    if (std::optional<HttpResponse> refused = checkTusVersion(request, plain))
        return Decision::respond(std::move(*refused));
    Place place = resolveFolder(request, false);
    if (place.refusal)
        return Decision::respond(withTus(std::move(*place.refusal)));
    ResumableUploads &table = ResumableUploads::instance();
    const std::shared_ptr<ResumableUpload> upload = table.find(place.folder, id);
    if (!upload)
        return Decision::respond(withTus(plain.refuse(404, QStringLiteral("There is no such upload."))));
    QMutexLocker lock(&upload->mutex);
    if (upload->gone)
        return Decision::respond(withTus(plain.refuse(404, QStringLiteral("There is no such upload."))));
    // A finished upload's file stays; only the memory of it goes.
    table.discard(*upload);
    return Decision::respond(tusResponse(204));
}

} // namespace Servery
