#include "DeviceName.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace Servery {

namespace {

bool has(QByteArrayView ua, QByteArrayView token)
{
    return ua.contains(token);
}

// The browser, from the most specific token to the least: Edge and Opera
// and Samsung Internet also say "Chrome", Chrome also says "Safari".
QString browserOf(QByteArrayView ua)
{
    if (has(ua, "Edg/") || has(ua, "EdgA/") || has(ua, "EdgiOS/"))
        return QStringLiteral("Edge");
    if (has(ua, "OPR/") || has(ua, "OPiOS/") || has(ua, "Opera"))
        return QStringLiteral("Opera");
    if (has(ua, "SamsungBrowser/"))
        return QStringLiteral("Samsung Internet");
    if (has(ua, "Firefox/") || has(ua, "FxiOS/"))
        return QStringLiteral("Firefox");
    if (has(ua, "CriOS/") || has(ua, "Chrome/") || has(ua, "Chromium/"))
        return QStringLiteral("Chrome");
    if (has(ua, "Safari/") || has(ua, "AppleWebKit/"))
        return QStringLiteral("Safari");
    return {};
}

QString platformOf(QByteArrayView ua)
{
    if (has(ua, "iPhone"))
        return QStringLiteral("iPhone");
    if (has(ua, "iPad"))
        return QStringLiteral("iPad");
    if (has(ua, "Android"))
        return QStringLiteral("Android");
    if (has(ua, "Windows"))
        return QStringLiteral("Windows");
    if (has(ua, "Macintosh") || has(ua, "Mac OS X"))
        return QStringLiteral("Mac");
    if (has(ua, "CrOS"))
        return QStringLiteral("ChromeOS");
    if (has(ua, "Linux") || has(ua, "X11"))
        return QStringLiteral("Linux");
    return {};
}

} // namespace

QString deviceNameFromUserAgent(QByteArrayView ua)
{
    ua = ua.trimmed();
    if (ua.isEmpty())
        return {};

    // Command-line tools and libraries name themselves first.
    static const struct {
        const char *prefix;
        const char *name;
    } tools[] = {
        {"curl/", "curl"},
        {"Wget/", "wget"},
        {"HTTPie/", "HTTPie"},
        {"python-requests/", "Python requests"},
        {"Python-urllib/", "Python"},
        {"aiohttp/", "Python aiohttp"},
        {"okhttp/", "OkHttp"},
        {"PostmanRuntime/", "Postman"},
        {"insomnia/", "Insomnia"},
        {"node-fetch", "Node.js"},
        {"axios/", "Node.js axios"},
        {"Dart/", "Dart"},
        {"Java/", "Java"},
        {"Apache-HttpClient/", "Java"},
        {"libwww-perl/", "Perl"},
        {"Wireshark", "Wireshark"},
    };
    for (const auto &t : tools) {
        if (ua.startsWith(t.prefix))
            return QString::fromLatin1(t.name);
    }
    if (has(ua, "Googlebot"))
        return QStringLiteral("Googlebot");

    const QString browser = browserOf(ua);
    const QString platform = platformOf(ua);
    if (!browser.isEmpty() && !platform.isEmpty()) {
        // Phones read best as "iPhone Safari"; computers as "Firefox on Windows".
        const bool mobile = platform == u"iPhone" || platform == u"iPad" || platform == u"Android";
        // The names themselves are products, never translated; the order
        // and the "on" are.
        if (mobile)
            return QCoreApplication::translate("Servery::DeviceName", "%1 %2", "a phone and its browser: iPhone Safari")
                .arg(platform, browser);
        return QCoreApplication::translate("Servery::DeviceName", "%1 on %2",
                                           "a browser on a computer: Firefox on Windows")
            .arg(browser, platform);
    }
    if (!browser.isEmpty())
        return browser;
    if (!platform.isEmpty())
        return platform;

    // Unknown: the first product token, without its version.
    qsizetype end = 0;
    while (end < ua.size() && ua[end] != '/' && ua[end] != ' ' && ua[end] != '(')
        ++end;
    return QString::fromLatin1(ua.first(std::min<qsizetype>(end, 40)));
}

} // namespace Servery
