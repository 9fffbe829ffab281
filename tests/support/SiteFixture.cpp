#include "SiteFixture.h"

#include "server/route/StandardRoutes.h"
#include "server/site/SiteLinks.h"

#include <QDeadlineTimer>
#include <QFileInfo>

#include <algorithm>

namespace Servery::Test {

using namespace std::chrono_literals;

QByteArray request(const QByteArray &target, const QByteArray &extra, const QByteArray &method)
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extra)
{
    return "POST " + target + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

QByteArray withTag(const QByteArray &page, const QByteArray &tag)
{
    const qsizetype at = page.toLower().lastIndexOf("</body");
    if (at < 0)
        return page + tag;
    QByteArray out = page;
    out.insert(at, tag);
    return out;
}

QByteArray streamedBody(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    QByteArray body;
    qsizetype pos = headEnd + 4;
    for (;;) {
        const qsizetype lineEnd = bytes.indexOf("\r\n", pos);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = bytes.mid(pos, lineEnd - pos).split(';').constFirst().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0 || bytes.size() < lineEnd + 2 + size + 2)
            break;
        body += bytes.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    return body;
}

bool waitForStreamText(RawHttpClient &client, QByteArrayView text, qsizetype from, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (streamedBody(client.received()).indexOf(text, from) < 0) {
        if (client.isClosed() || deadline.hasExpired())
            return false;
        client.waitForBytes(client.received().size() + 1,
                            std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

bool hasProblem(const QList<RuleProblem> &problems, const QString &file, int line)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const RuleProblem &p) { return p.file == file && p.line == line && !p.warning; });
}

bool Site::start(const SiteSettings &settings, const ServerConfig &config)
{
    preview = std::make_unique<SitePreview>(QFileInfo(server.root()).canonicalFilePath(), QStringLiteral("index.html"),
                                            false, settings);
    ExtraLinks extra;
    extra.site = preview->state();
    extra.pages = preview->decorator();
    return server.start(config, standardRoutesWith(extra));
}

WireResponse Site::fetch(const QByteArray &bytes, bool head)
{
    RawHttpClient client;
    if (!client.connectTo(server.port()))
        return {};
    client.send(bytes);
    const QList<WireResponse> r = client.readResponses(1, {head}, 20s);
    return r.isEmpty() ? WireResponse {} : r.constLast();
}

} // namespace Servery::Test
