#include "CommandLine.h"

#include "ManPage.h"
#include "OptionTable.h"
#include "ShellCompletion.h"

#include "server/http/limits.h"
#include "server/route/AccessKey.h"
#include "server/site/SitePreview.h"
#include "server/util/Catalogue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QUrl>

#include <algorithm>

namespace Servery {

using namespace Qt::StringLiterals;

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

CommandLine show(CommandLine::Action action, QString output)
{
    CommandLine c;
    c.action = action;
    c.output = std::move(output);
    return c;
}

// --help fits 80 columns, the last one left free; descriptions start at
// column 25, beside or under their option.
constexpr qsizetype kHelpWidth = 79;
constexpr qsizetype kHelpColumn = 25;

// Appends `text` word-wrapped to kHelpWidth, every line indented by
// `indent` except the first when the caller has already filled it.
void appendWrapped(QString &out, const QString &text, qsizetype indent, bool firstLinePlaced = false)
{
    qsizetype column = firstLinePlaced ? indent : 0;
    bool lineEmpty = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + word.size() > kHelpWidth) {
            out += u'\n';
            column = 0;
            lineEmpty = true;
        }
        if (lineEmpty) {
            if (column < indent) {
                out += QString(indent - column, u' ');
                column = indent;
            }
        } else {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
        lineEmpty = false;
    }
    out += u'\n';
}

} // namespace

QString CommandLine::helpText()
{
    using namespace OptionTable;
    const auto translated = [](const char *text) {
        return Catalogue::translate(kContext, text);
    };
    QString out = translated(usageLine()).arg(u"servery [DIR] [options]"_s) + u"\n\n"_s;
    appendWrapped(out, translated(introduction()), 0);
    for (const SectionInfo &section : sections()) {
        out += u'\n';
        if (section.title)
            out += translated(section.title) + u'\n';
        for (const Option &option : OptionTable::options()) {
            if (option.section != section.section || option.hidden)
                continue;
            // The description beside the option when it fits, else under it.
            const QString head = u"  "_s + synopsis(option);
            if (head.size() + 2 <= kHelpColumn)
                out += head.leftJustified(kHelpColumn);
            else
                out += head + u'\n' + QString(kHelpColumn, u' ');
            appendWrapped(out, translated(option.description), kHelpColumn, true);
            if (option.example) {
                for (const QString &line : QString::fromUtf8(option.example).split(u'\n'))
                    out += QString(kHelpColumn, u' ') + line + u'\n';
            }
        }
        if (section.note)
            appendWrapped(out, translated(section.note), 0);
    }
    for (const char *note : closingNotes()) {
        out += u'\n';
        appendWrapped(out, translated(note), 0);
    }
    return out;
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
    parser.addOptions(OptionTable::parserOptions());
    // Every option is asked for by its name in the table (checked in debug
    // builds), so parse() cannot read one the table lacks.
    const auto isSet = [&](const char *name) {
        return parser.isSet(OptionTable::checkedName(name));
    };
    const auto value = [&](const char *name) {
        return parser.value(OptionTable::checkedName(name));
    };

    // Options whose value may be left out: the bare form means "on" with
    // the default, so it never takes the next argument (the folder) as its
    // value. QCommandLineParser has no optional values of its own.
    QStringList args = arguments;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if (!a.startsWith(u'-') || a.contains(u'='))
            continue;
        const OptionTable::Option *option = OptionTable::find(QStringView(a).mid(a.startsWith(u"--") ? 2 : 1));
        if (!option)
            continue;
        if (option->value == OptionTable::Value::OptionalNext) {
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
        } else if (option->value == OptionTable::Value::Optional) {
            args[i] = a + u'=';
        }
    }
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (isSet("help"))
        return show(Action::ShowHelp, helpText());
    if (isSet("version"))
        return show(Action::ShowVersion, versionText());
    // For the build: printed like --help.
    if (isSet("man-page"))
        return show(Action::ShowHelp, ManPage::render(ManPage::dateFromEnvironment()));
    if (isSet("completion")) {
        const QString shell = value("completion");
        const QString script = ShellCompletion::script(shell);
        if (script.isEmpty())
            return usageError(
                Catalogue::translate("Servery::CommandLine", "--completion is bash, zsh or fish, not \"%1\".")
                    .arg(shell));
        return show(Action::ShowHelp, script);
    }

    CommandLine c;
    Options &o = c.options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(
            Catalogue::translate("Servery::CommandLine", "Only one folder can be shared at a time (got %1).")
                .arg(positional.size()));
    const QString folder = positional.isEmpty() ? currentFolder : positional.constFirst();
    o.folderGiven = !positional.isEmpty();
    o.folder = QDir::cleanPath(QDir(currentFolder).absoluteFilePath(folder));

    if (isSet("port")) {
        bool ok = false;
        const uint p = value("port").toUInt(&ok);
        if (!ok || p > 65535)
            return usageError(
                Catalogue::translate("Servery::CommandLine", "The port must be a number from 0 to 65535, not \"%1\".")
                    .arg(value("port")));
        o.port = quint16(p);
        o.portGiven = true;
    }
    if (isSet("bind")) {
        QString text = value("bind");
        if (text.startsWith(u'[') && text.endsWith(u']'))
            text = text.mid(1, text.size() - 2);
        if (!o.bindAddress.setAddress(text))
            return usageError(
                Catalogue::translate("Servery::CommandLine",
                                     "\"%1\" is not an IP address; --bind takes one, such as 192.168.1.23 or ::1.")
                    .arg(value("bind")));
    }
    o.localOnly = isSet("local-only");
    if (o.localOnly && !o.bindAddress.isNull())
        return usageError(Catalogue::translate("Servery::CommandLine", "Use either --bind or --local-only, not both."));
    o.headless = isSet("headless");
    o.quiet = isSet("quiet");
    if (isSet("access-log")) {
        o.accessLogPath = value("access-log");
        if (o.accessLogPath.isEmpty())
            return usageError(
                Catalogue::translate("Servery::CommandLine", "%1 needs a file name.").arg(u"--access-log"_s));
        o.accessLogPath = QDir(currentFolder).absoluteFilePath(o.accessLogPath);
    }
    if (isSet("workers")) {
        bool ok = false;
        const int n = value("workers").toInt(&ok);
        if (!ok || n < 1 || n > 256)
            return usageError(
                Catalogue::translate("Servery::CommandLine", "--workers takes a number from 1 to 256, not \"%1\".")
                    .arg(value("workers")));
        o.workers = n;
    }
    if (isSet("mode")) {
        const QString m = value("mode");
        if (m == u"share")
            o.shareMode = true;
        else if (m != u"preview")
            return usageError(
                Catalogue::translate("Servery::CommandLine", "--mode is preview or share, not \"%1\".").arg(m));
    }
    if (isSet("index")) {
        o.indexFileName = value("index");
        if (o.indexFileName.isEmpty() || o.indexFileName.contains(u'/') || o.indexFileName.contains(u'\\')
            || o.indexFileName == u"." || o.indexFileName == u"..") {
            return usageError(Catalogue::translate("Servery::CommandLine",
                                                   "--index takes a file name such as index.html, not \"%1\".")
                                  .arg(value("index")));
        }
    }
    o.listDirectories = !isSet("no-listing");
    o.showHidden = isSet("hidden");
    o.followSymlinks = isSet("follow-symlinks");
    o.start = isSet("start");
    o.newInstance = isSet("new-instance");
    o.noKey = isSet("no-key");
    if (isSet("key")) {
        if (o.noKey)
            return usageError(Catalogue::translate("Servery::CommandLine", "Use either --key or --no-key, not both."));
        o.key = value("key").toUtf8();
        if (!isValidAccessKey(o.key))
            return usageError(Catalogue::translate("Servery::CommandLine",
                                                   "--key takes 12 to 128 characters from A-Z a-z 0-9 - _ "
                                                   ". (it goes into URLs), not \"%1\".")
                                  .arg(value("key")));
    }
    for (const QString &host : parser.values(OptionTable::checkedName("allow-host"))) {
        const QString name = host.trimmed().toLower();
        const bool plausible
            = !name.isEmpty() && name.size() <= 253 && std::all_of(name.begin(), name.end(), [](QChar ch) {
                  return (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'.';
              });
        if (!plausible)
            return usageError(Catalogue::translate("Servery::CommandLine",
                                                   "--allow-host takes a host name such as myhost.lan, not \"%1\".")
                                  .arg(host));
        if (!o.allowedHosts.contains(name))
            o.allowedHosts.append(name);
    }
    o.noReload = isSet("no-reload");
    o.consoleAll = isSet("console-all");
    if (isSet("clean-urls")) {
        o.cleanUrls = value("clean-urls").isEmpty() ? u"on"_s : value("clean-urls");
        if (o.cleanUrls != u"on" && o.cleanUrls != u"off" && o.cleanUrls != u"strict")
            return usageError(
                Catalogue::translate("Servery::CommandLine", "--clean-urls is on, off or strict, not \"%1\".")
                    .arg(o.cleanUrls));
    }
    if (isSet("spa")) {
        o.spa = true;
        o.spaFile = QDir::fromNativeSeparators(value("spa"));
        while (o.spaFile.startsWith(u'/'))
            o.spaFile.remove(0, 1);
        const QStringList parts = o.spaFile.split(u'/');
        if (parts.contains(u".."_s) || (value("spa").size() > 0 && o.spaFile.isEmpty()))
            return usageError(
                Catalogue::translate("Servery::CommandLine",
                                     "--spa takes a file inside the folder, such as app.html, not \"%1\".")
                    .arg(value("spa")));
    }
    if (isSet("cors")) {
        o.cors = true;
        for (const QString &origin : value("cors").split(u',', Qt::SkipEmptyParts)) {
            const QString t = origin.trimmed();
            if (t == u"*")
                continue;
            const QUrl url(t, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()
                || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery())
                return usageError(
                    Catalogue::translate("Servery::CommandLine",
                                         "--cors takes origins such as http://localhost:5173, not \"%1\".")
                        .arg(t));
            QString normal = t;
            while (normal.endsWith(u'/'))
                normal.chop(1);
            o.corsOrigins.append(normal.toUtf8());
        }
    }
    for (const QString &h : parser.values(OptionTable::checkedName("header"))) {
        const std::optional<std::pair<QByteArray, QByteArray>> parsed = parseHeaderLine(h);
        if (!parsed)
            return usageError(Catalogue::translate("Servery::CommandLine",
                                                   "--header takes 'Name: value', such as "
                                                   "'X-Frame-Options: DENY', not \"%1\".")
                                  .arg(h));
        o.headers.append(*parsed);
    }
    o.upload = isSet("upload");
    o.overwrite = isSet("overwrite");
    if (o.overwrite && !o.upload)
        return usageError(
            Catalogue::translate("Servery::CommandLine", "--overwrite only means something with --upload."));
    o.catchAll = isSet("catch");
    if (o.catchAll && o.folderGiven)
        return usageError(
            Catalogue::translate("Servery::CommandLine",
                                 "--catch answers every request itself and shares no folder; leave out \"%1\".")
                .arg(positional.constFirst()));
    if (o.catchAll && o.upload)
        return usageError(Catalogue::translate("Servery::CommandLine",
                                               "--catch shares no folder, so --upload has nowhere to put files."));
    for (const auto &[name, into] : {std::pair {"rules", &o.rulesPath}, std::pair {"har", &o.harPath}}) {
        if (!isSet(name))
            continue;
        if (value(name).isEmpty())
            return usageError(Catalogue::translate("Servery::CommandLine", "%1 needs a file name.")
                                  .arg(u"--"_s + QLatin1String(name)));
        *into = QDir::cleanPath(QDir(currentFolder).absoluteFilePath(value(name)));
    }
    if (isSet("capture-limit")) {
        o.captureLimit = parseSize(value("capture-limit"));
        if (o.captureLimit < 0)
            return usageError(Catalogue::translate("Servery::CommandLine",
                                                   "--capture-limit takes a size such as 10M, 512k or 1G "
                                                   "(at most 4G), not \"%1\".")
                                  .arg(value("capture-limit")));
    }
    if (isSet("lag-probe"))
        o.lagProbePath = QDir(currentFolder).absoluteFilePath(value("lag-probe"));
    if (o.start && o.headless)
        return usageError(Catalogue::translate("Servery::CommandLine",
                                               "--start is for the window; --headless always serves at once."));
    return c;
}

} // namespace Servery
