#include "CommandLine.h"

#include "server/http/limits.h"
#include "server/route/AccessKey.h"
#include "server/site/SitePreview.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUrl>

#include <algorithm>

namespace Servery {

namespace {

// "10M", "512k", "1G", "2048": bytes, with an optional binary suffix.
qint64 parseSize(QString text)
{
    text = text.trimmed().toUpper();
    if (text.endsWith(u"IB"))
        text.chop(2);
    else if (text.endsWith(u'B') && text.size() > 1 && !text.at(text.size() - 2).isDigit())
        text.chop(1);
    qint64 unit = 1;
    if (text.endsWith(u'K'))
        unit = 1024;
    else if (text.endsWith(u'M'))
        unit = 1024 * 1024;
    else if (text.endsWith(u'G'))
        unit = 1024ll * 1024 * 1024;
    if (unit > 1)
        text.chop(1);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > Limits::kMaxCaptureLimit / unit)
        return -1;
    return n * unit;
}

CommandLine usageError(QString message)
{
    CommandLine c;
    c.action = CommandLine::Action::UsageError;
    c.error = std::move(message);
    return c;
}

} // namespace

QString CommandLine::helpText()
{
    return QStringLiteral("Usage: servery [DIR] [options]\n"
                          "\n"
                          "Share DIR (default: the current folder) with browsers on this computer and\n"
                          "on your network, and watch every request as it arrives.\n"
                          "\n"
                          "Options:\n"
                          "  -p, --port N           port to listen on (default 8080; 0 picks a free one)\n"
                          "  -b, --bind ADDR        listen on this one address only, e.g. 192.168.1.23\n"
                          "                         (headless)\n"
                          "  -l, --local-only       only this computer may connect (127.0.0.1 and ::1)\n"
                          "      --headless         no window: print the addresses, a QR code for phones\n"
                          "                         and an access log (Combined Log Format)\n"
                          "      --start            open the window and start sharing at once (with the\n"
                          "                         network unless --local-only)\n"
                          "      --access-log FILE  append the access log to FILE, not standard output\n"
                          "                         (headless)\n"
                          "  -q, --quiet            no access log (headless)\n"
                          "      --mode MODE        preview (default): browsers revalidate every file,\n"
                          "                         so edits show at once; share: files may be cached\n"
                          "                         for 5 minutes\n"
                          "      --index NAME       the file served for a folder (default index.html)\n"
                          "      --no-listing       never list a folder's contents (404 instead)\n"
                          "      --hidden           serve and list dotfiles (hidden by default)\n"
                          "      --follow-symlinks  let symlinks lead outside the shared folder\n"
                          "      --workers N        worker threads (default: one per core)\n"
                          "\n"
                          "Site preview (--mode preview, the default):\n"
                          "      --no-reload        turn off live reload (by default, pages reload when\n"
                          "                         a file changes, and stylesheets are swapped in place)\n"
                          "      --console-all      mirror every console message of the pages, not only\n"
                          "                         errors\n"
                          "      --clean-urls[=on|off|strict]\n"
                          "                         /about serves about.html (on by default in preview);\n"
                          "                         strict: /about.html redirects to /about\n"
                          "      --spa [FILE]       a single-page app: unknown paths that ask for HTML\n"
                          "                         get index.html (or FILE, an .html file) with 200\n"
                          "      --cors[=ORIGINS]   allow other sites to fetch from this one: any origin,\n"
                          "                         or only ORIGINS (comma-separated, e.g.\n"
                          "                         http://localhost:5173); preflights are answered\n"
                          "      --header 'NAME: VALUE'\n"
                          "                         add this header to every response. Repeatable.\n"
                          "The folder's _redirects and _headers (Netlify) and serve.json (serve) apply\n"
                          "in preview, and are read again when they change.\n"
                          "\n"
                          "Inspector:\n"
                          "      --catch            catch requests instead of sharing a folder: every\n"
                          "                         method on every path is answered (200 with a small\n"
                          "                         JSON receipt, or a reply rule) and kept whole in the\n"
                          "                         log; no access key unless --key is given\n"
                          "      --rules FILE       reply rules, a JSON array, that answer matching\n"
                          "                         requests (in front of the folder when sharing one):\n"
                          "                         [{\"method\": \"POST\", \"path\": \"/api/*\", \"status\": 201,\n"
                          "                           \"headers\": {\"X-Mock\": \"yes\"}, \"body\": \"created\"}]\n"
                          "      --har FILE         write every request (bodies included) to FILE as\n"
                          "                         HAR 1.2 when stopped with Ctrl+C (headless)\n"
                          "      --capture-limit SIZE\n"
                          "                         keep caught bodies up to SIZE (default 10M; k, M, G);\n"
                          "                         a larger body is answered 413\n"
                          "\n"
                          "Who can connect (other devices; this computer always can):\n"
                          "      --key VALUE        the access key other devices need: in the QR code and\n"
                          "                         the network URLs (default: a new random key each\n"
                          "                         time sharing starts; 12+ characters A-Z a-z 0-9 - _ .)\n"
                          "      --no-key           no access key: anyone who can reach the port sees the\n"
                          "                         folder\n"
                          "      --allow-host NAME  also answer requests made to the host name NAME (a\n"
                          "                         name your router gives this computer, say); only this\n"
                          "                         computer's own names and addresses are answered\n"
                          "                         otherwise. Repeatable.\n"
                          "      --upload           let other devices upload files into the folder\n"
                          "      --overwrite        with --upload: PUT may replace an existing file\n"
                          "\n"
                          "  -h, --help             show this help\n"
                          "  -v, --version          show the version\n"
                          "\n"
                          "Without --headless, Servery opens its window (or runs headless, saying so,\n"
                          "when there is no display).\n"
                          "\n"
                          "Headless exit status: 0 after Ctrl+C, SIGTERM or SIGHUP and a graceful stop,\n"
                          "1 when serving fails (port busy, folder missing), 2 for a command-line\n"
                          "mistake.\n");
}

QString CommandLine::versionText()
{
    return QStringLiteral("Servery " SERVERY_VERSION "\n");
}

CommandLine CommandLine::parse(const QStringList &arguments, const QString &currentFolder)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")}, {}, QStringLiteral("N"));
    const QCommandLineOption bind({QStringLiteral("b"), QStringLiteral("bind")}, {}, QStringLiteral("ADDR"));
    const QCommandLineOption localOnly({QStringLiteral("l"), QStringLiteral("local-only")}, {});
    const QCommandLineOption headless(QStringLiteral("headless"), {});
    const QCommandLineOption accessLog(QStringLiteral("access-log"), {}, QStringLiteral("FILE"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, {});
    const QCommandLineOption workers(QStringLiteral("workers"), {}, QStringLiteral("N"));
    const QCommandLineOption mode(QStringLiteral("mode"), {}, QStringLiteral("MODE"));
    const QCommandLineOption index(QStringLiteral("index"), {}, QStringLiteral("NAME"));
    const QCommandLineOption noListing(QStringLiteral("no-listing"), {});
    const QCommandLineOption hidden(QStringLiteral("hidden"), {});
    const QCommandLineOption followSymlinks(QStringLiteral("follow-symlinks"), {});
    const QCommandLineOption start(QStringLiteral("start"), {});
    const QCommandLineOption key(QStringLiteral("key"), {}, QStringLiteral("VALUE"));
    const QCommandLineOption noKey(QStringLiteral("no-key"), {});
    const QCommandLineOption allowHost(QStringLiteral("allow-host"), {}, QStringLiteral("NAME"));
    const QCommandLineOption noReload(QStringLiteral("no-reload"), {});
    const QCommandLineOption consoleAll(QStringLiteral("console-all"), {});
    const QCommandLineOption cleanUrls(QStringLiteral("clean-urls"), {}, QStringLiteral("MODE"));
    const QCommandLineOption spa(QStringLiteral("spa"), {}, QStringLiteral("FILE"));
    const QCommandLineOption cors(QStringLiteral("cors"), {}, QStringLiteral("ORIGINS"));
    const QCommandLineOption header(QStringLiteral("header"), {}, QStringLiteral("HEADER"));
    const QCommandLineOption upload(QStringLiteral("upload"), {});
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), {});
    const QCommandLineOption catchAll(QStringLiteral("catch"), {});
    const QCommandLineOption rules(QStringLiteral("rules"), {}, QStringLiteral("FILE"));
    const QCommandLineOption har(QStringLiteral("har"), {}, QStringLiteral("FILE"));
    const QCommandLineOption captureLimit(QStringLiteral("capture-limit"), {}, QStringLiteral("SIZE"));
    // For bench/gui-latency: not in --help.
    QCommandLineOption lagProbe(QStringLiteral("lag-probe"), {}, QStringLiteral("FILE"));
    lagProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, {});
    parser.addOptions({port,  bind,      localOnly, headless,  accessLog,      quiet, workers,
                       mode,  index,     noListing, hidden,    followSymlinks, start, key,
                       noKey, allowHost, upload,    overwrite, lagProbe,       help,  version});
    parser.addOptions({noReload, consoleAll, cleanUrls, spa, cors, header});
    parser.addOptions({catchAll, rules, har, captureLimit});

    // Options whose value may be left out: the bare form means "on" with
    // the default, so it never takes the next argument (the folder) as its
    // value. QCommandLineParser has no optional values of its own.
    QStringList args = arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if (a == u"--spa" || a == u"-spa") {
            // "--spa app.html": a page, not the folder to share.
            const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
            const bool page = !next.startsWith(u'-')
                && (next.endsWith(u".html", Qt::CaseInsensitive) || next.endsWith(u".htm", Qt::CaseInsensitive));
            if (page) {
                args[i] = a + u'=' + next;
                args.removeAt(i + 1);
            } else {
                args[i] = a + u'=';
            }
        } else if (a == u"--cors" || a == u"--clean-urls" || a == u"-cors" || a == u"-clean-urls") {
            args[i] = a + u'=';
        }
    }
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        CommandLine c;
        c.action = Action::ShowHelp;
        return c;
    }
    if (parser.isSet(version)) {
        CommandLine c;
        c.action = Action::ShowVersion;
        return c;
    }

    CommandLine c;
    Options &o = c.options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(QStringLiteral("Only one folder can be shared at a time (got %1).").arg(positional.size()));
    const QString folder = positional.isEmpty() ? currentFolder : positional.constFirst();
    o.folderGiven = !positional.isEmpty();
    o.folder = QDir::cleanPath(QDir(currentFolder).absoluteFilePath(folder));

    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p > 65535)
            return usageError(
                QStringLiteral("The port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(port)));
        o.port = quint16(p);
        o.portGiven = true;
    }
    if (parser.isSet(bind)) {
        QString text = parser.value(bind);
        if (text.startsWith(u'[') && text.endsWith(u']'))
            text = text.mid(1, text.size() - 2);
        if (!o.bindAddress.setAddress(text))
            return usageError(
                QStringLiteral("\"%1\" is not an IP address; --bind takes one, such as 192.168.1.23 or ::1.")
                    .arg(parser.value(bind)));
    }
    o.localOnly = parser.isSet(localOnly);
    if (o.localOnly && !o.bindAddress.isNull())
        return usageError(QStringLiteral("Use either --bind or --local-only, not both."));
    o.headless = parser.isSet(headless);
    o.quiet = parser.isSet(quiet);
    if (parser.isSet(accessLog)) {
        o.accessLogPath = parser.value(accessLog);
        if (o.accessLogPath.isEmpty())
            return usageError(QStringLiteral("--access-log needs a file name."));
        o.accessLogPath = QDir(currentFolder).absoluteFilePath(o.accessLogPath);
    }
    if (parser.isSet(workers)) {
        bool ok = false;
        const int n = parser.value(workers).toInt(&ok);
        if (!ok || n < 1 || n > 256)
            return usageError(
                QStringLiteral("--workers takes a number from 1 to 256, not \"%1\".").arg(parser.value(workers)));
        o.workers = n;
    }
    if (parser.isSet(mode)) {
        const QString m = parser.value(mode);
        if (m == u"share")
            o.shareMode = true;
        else if (m != u"preview")
            return usageError(QStringLiteral("--mode is preview or share, not \"%1\".").arg(m));
    }
    if (parser.isSet(index)) {
        o.indexFileName = parser.value(index);
        if (o.indexFileName.isEmpty() || o.indexFileName.contains(u'/') || o.indexFileName.contains(u'\\')
            || o.indexFileName == u"." || o.indexFileName == u"..") {
            return usageError(
                QStringLiteral("--index takes a file name such as index.html, not \"%1\".").arg(parser.value(index)));
        }
    }
    o.listDirectories = !parser.isSet(noListing);
    o.showHidden = parser.isSet(hidden);
    o.followSymlinks = parser.isSet(followSymlinks);
    o.start = parser.isSet(start);
    o.noKey = parser.isSet(noKey);
    if (parser.isSet(key)) {
        if (o.noKey)
            return usageError(QStringLiteral("Use either --key or --no-key, not both."));
        o.key = parser.value(key).toUtf8();
        if (!isValidAccessKey(o.key))
            return usageError(QStringLiteral("--key takes 12 to 128 characters from A-Z a-z 0-9 - _ . (it goes into "
                                             "URLs), not \"%1\".")
                                  .arg(parser.value(key)));
    }
    for (const QString &host : parser.values(allowHost)) {
        const QString name = host.trimmed().toLower();
        const bool plausible
            = !name.isEmpty() && name.size() <= 253 && std::all_of(name.begin(), name.end(), [](QChar ch) {
                  return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'.';
              });
        if (!plausible)
            return usageError(
                QStringLiteral("--allow-host takes a host name such as myhost.lan, not \"%1\".").arg(host));
        if (!o.allowedHosts.contains(name))
            o.allowedHosts.append(name);
    }
    o.noReload = parser.isSet(noReload);
    o.consoleAll = parser.isSet(consoleAll);
    if (parser.isSet(cleanUrls)) {
        o.cleanUrls = parser.value(cleanUrls).isEmpty() ? QStringLiteral("on") : parser.value(cleanUrls);
        if (o.cleanUrls != u"on" && o.cleanUrls != u"off" && o.cleanUrls != u"strict")
            return usageError(QStringLiteral("--clean-urls is on, off or strict, not \"%1\".").arg(o.cleanUrls));
    }
    if (parser.isSet(spa)) {
        o.spa = true;
        o.spaFile = QDir::fromNativeSeparators(parser.value(spa));
        while (o.spaFile.startsWith(u'/'))
            o.spaFile.remove(0, 1);
        const QStringList parts = o.spaFile.split(u'/');
        if (parts.contains(QStringLiteral("..")) || (parser.value(spa).size() > 0 && o.spaFile.isEmpty()))
            return usageError(QStringLiteral("--spa takes a file inside the folder, such as app.html, not \"%1\".")
                                  .arg(parser.value(spa)));
    }
    if (parser.isSet(cors)) {
        o.cors = true;
        for (const QString &origin : parser.value(cors).split(u',', Qt::SkipEmptyParts)) {
            const QString t = origin.trimmed();
            if (t == u"*")
                continue;
            const QUrl url(t, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()
                || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery())
                return usageError(
                    QStringLiteral("--cors takes origins such as http://localhost:5173, not \"%1\".").arg(t));
            QString normal = t;
            while (normal.endsWith(u'/'))
                normal.chop(1);
            o.corsOrigins.append(normal.toUtf8());
        }
    }
    for (const QString &h : parser.values(header)) {
        const std::optional<std::pair<QByteArray, QByteArray>> parsed = parseHeaderLine(h);
        if (!parsed)
            return usageError(QStringLiteral("--header takes 'Name: value', such as 'X-Frame-Options: DENY', not "
                                             "\"%1\".")
                                  .arg(h));
        o.headers.append(*parsed);
    }
    o.upload = parser.isSet(upload);
    o.overwrite = parser.isSet(overwrite);
    if (o.overwrite && !o.upload)
        return usageError(QStringLiteral("--overwrite only means something with --upload."));
    o.catchAll = parser.isSet(catchAll);
    if (o.catchAll && o.folderGiven)
        return usageError(QStringLiteral("--catch answers every request itself and shares no folder; leave out \"%1\".")
                              .arg(positional.constFirst()));
    if (o.catchAll && o.upload)
        return usageError(QStringLiteral("--catch shares no folder, so --upload has nowhere to put files."));
    for (const auto &[option, into] : {std::pair {&rules, &o.rulesPath}, std::pair {&har, &o.harPath}}) {
        if (!parser.isSet(*option))
            continue;
        if (parser.value(*option).isEmpty())
            return usageError(QStringLiteral("--%1 needs a file name.").arg(option->names().constFirst()));
        *into = QDir::cleanPath(QDir(currentFolder).absoluteFilePath(parser.value(*option)));
    }
    if (parser.isSet(captureLimit)) {
        o.captureLimit = parseSize(parser.value(captureLimit));
        if (o.captureLimit < 0)
            return usageError(QStringLiteral("--capture-limit takes a size such as 10M, 512k or 1G (at most 4G), not "
                                             "\"%1\".")
                                  .arg(parser.value(captureLimit)));
    }
    if (parser.isSet(lagProbe))
        o.lagProbePath = QDir(currentFolder).absoluteFilePath(parser.value(lagProbe));
    if (o.start && o.headless)
        return usageError(QStringLiteral("--start is for the window; --headless always serves at once."));
    return c;
}

} // namespace Servery
