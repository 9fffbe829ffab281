#pragma once

#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/site/SitePreview.h"
#include "server/site/SiteRules.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QTest>

#include <chrono>
#include <memory>

namespace Servery::Test {

// The script tag live reload puts in pages.
inline const QByteArray kTag = "<script src=\"/__servery/live.js\"></script>";

// Pages the site preview tests write to their folders.
inline const QByteArray kIndex
    = "<!DOCTYPE html>\n<html><head><title>home</title></head><body><h1>home</h1></body></html>\n";
inline const QByteArray kAbout = "<!DOCTYPE html>\n<html><body><h1>about</h1></body></html>\n";
inline const QByteArray kDocsIndex = "<html><body>docs index</body></html>";
inline const QByteArray kDocsPage = "<html><body>docs page</body></html>";
inline const QByteArray kApp = "<html><body>the app</body></html>";
inline const QByteArray kNotFound = "<html><body><h1>custom not found</h1></body></html>";

// A request to host "t" as raw bytes: the request line, Host, `extra` (whole
// header lines) and the blank line.
QByteArray request(const QByteArray &target, const QByteArray &extra = {}, const QByteArray &method = "GET");
// A POST of a JSON `body` to host "t" as raw bytes, with its Content-Length.
QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {});

// What live reload should make of a page, worked out here independently of
// the product: the tag just before the last "</body" (any case), else at
// the end.
QByteArray withTag(const QByteArray &page, const QByteArray &tag = kTag);

// The body of a streamed (chunked) answer so far: the complete chunks after
// the head.
QByteArray streamedBody(const QByteArray &bytes);

// Waits until the stream's body holds `text` at or after `from`.
bool waitForStreamText(RawHttpClient &client, QByteArrayView text, qsizetype from = 0,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Whether `problems` has an error (not a warning) at `file`:`line`.
bool hasProblem(const QList<RuleProblem> &problems, const QString &file, int line);

// A server with the site preview in its chain, over a fresh folder. Files
// that rule loading reads are written before start().
class Site {
public:
    TestServer server;
    std::unique_ptr<SitePreview> preview;

    bool start(const SiteSettings &settings = SiteSettings::forPreview(), const ServerConfig &config = {});

    void write(const QString &path, const QByteArray &content) const { server.writeFile(path, content); }

    // Sends `bytes` on a new connection and reads one answer (with no body
    // when `head`); an empty WireResponse when none came.
    WireResponse fetch(const QByteArray &bytes, bool head = false);
    WireResponse get(const QByteArray &target, const QByteArray &extra = {}) { return fetch(request(target, extra)); }
    WireResponse head(const QByteArray &target, const QByteArray &extra = {})
    {
        return fetch(request(target, extra, "HEAD"), true);
    }
};

} // namespace Servery::Test

// Starts `site` (with Site::start()'s arguments) inside a test function, or
// fails it with the server's error.
#define START_SITE(site, ...) QVERIFY2((site).start(__VA_ARGS__), qPrintable((site).server.lastError()))
