#include "OptionTable.h"

#include <QtGlobal>

#include <algorithm>

namespace Servery::OptionTable {

using namespace Qt::StringLiterals;

namespace {

using enum Value;

// clang-format off
const Option kOptions[] = {
    // Options:
    {.name = "port", .shortName = "p", .valueName = "N", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "port to listen on (default 8080; 0 picks a free one)"),
     .completion = Completion::Number},
    {.name = "bind", .shortName = "b", .valueName = "ADDR", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options",
                                      "listen on this one address only, e.g. 192.168.1.23 (headless)")},
    {.name = "local-only", .shortName = "l",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "only this computer may connect (127.0.0.1 and ::1)")},
    {.name = "headless",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "no window: print the addresses, a QR code for phones "
                                                          "and an access log (Combined Log Format)"),
     .summary = "no window: addresses, QR code and access log in the terminal"},
    {.name = "start",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "open the window and start sharing at once (with the "
                                                          "network unless --local-only)")},
    {.name = "new-instance",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "open a new window even when Servery is already running "
                                                          "(otherwise a second start hands its folder to the "
                                                          "running window)")},
    {.name = "access-log", .valueName = "FILE", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options",
                                      "append the access log to FILE, not standard output (headless)"),
     .completion = Completion::File},
    {.name = "quiet", .shortName = "q",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "no access log (headless)")},
    {.name = "mode", .valueName = "MODE", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "preview (default): browsers revalidate every file, so "
                                                          "edits show at once; share: files may be cached for 5 "
                                                          "minutes"),
     .completion = Completion::Choice, .choices = "preview share",
     .summary = "preview (no caching) or share (files cached 5 minutes)"},
    {.name = "index", .valueName = "NAME", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "the file served for a folder (default index.html)")},
    {.name = "no-listing",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "never list a folder's contents (404 instead)")},
    {.name = "hidden",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "serve and list dotfiles (hidden by default)")},
    {.name = "follow-symlinks",
     .description = QT_TRANSLATE_NOOP("Servery::Options", "let symlinks lead outside the shared folder")},
    {.name = "workers", .valueName = "N", .value = Required,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "worker threads (default: one per core)"),
     .completion = Completion::Number},
    // For bench/gui-latency.
    {.name = "lag-probe", .valueName = "FILE", .value = Required,
     .description = "write the event loop's delays to FILE (bench/gui-latency)", .completion = Completion::File,
     .hidden = true},

    // Site preview:
    {.name = "no-reload", .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "turn off live reload (by default, pages reload when a "
                                                          "file changes, and stylesheets are swapped in place)")},
    {.name = "console-all", .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options",
                                      "mirror every console message of the pages, not only errors")},
    {.name = "clean-urls", .valueName = "on|off|strict", .value = Optional, .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "/about serves about.html (on by default in preview); "
                                                          "strict: /about.html redirects to /about"),
     .completion = Completion::Choice, .choices = "on off strict"},
    {.name = "spa", .valueName = "FILE", .value = OptionalNext, .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "a single-page app: unknown paths that ask for HTML get "
                                                          "index.html (or FILE, an .html file) with 200"),
     .completion = Completion::File},
    {.name = "cors", .valueName = "ORIGINS", .value = Optional, .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "allow other sites to fetch from this one: any origin, "
                                                          "or only ORIGINS (comma-separated, e.g. "
                                                          "http://localhost:5173); preflights are answered")},
    {.name = "header", .valueName = "'NAME: VALUE'", .value = Required, .section = Section::SitePreview,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "add this header to every response. Repeatable."),
     .repeatable = true},

    // Inspector:
    {.name = "catch", .section = Section::Inspector,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "catch requests instead of sharing a folder: every method "
                                                          "on every path is answered (200 with a small JSON "
                                                          "receipt, or a reply rule) and kept whole in the log; no "
                                                          "access key unless --key is given")},
    {.name = "rules", .valueName = "FILE", .value = Required, .section = Section::Inspector,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "reply rules, a JSON array, that answer matching requests "
                                                          "(in front of the folder when sharing one):"),
     .completion = Completion::File,
     .example = "[{\"method\": \"POST\", \"path\": \"/api/*\", \"status\": 201,\n"
                "  \"headers\": {\"X-Mock\": \"yes\"}, \"body\": \"created\"}]",
     .summary = "reply rules (a JSON array) that answer matching requests"},
    {.name = "har", .valueName = "FILE", .value = Required, .section = Section::Inspector,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "write every request (bodies included) to FILE as HAR 1.2 "
                                                          "when stopped with Ctrl+C (headless)"),
     .completion = Completion::File},
    {.name = "capture-limit", .valueName = "SIZE", .value = Required, .section = Section::Inspector,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "keep caught bodies up to SIZE (default 10M; k, M, G); a "
                                                          "larger body is answered 413")},

    // Who can connect:
    {.name = "key", .valueName = "VALUE", .value = Required, .section = Section::Access,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "the access key other devices need: in the QR code and "
                                                          "the network URLs (default: a new random key each time "
                                                          "sharing starts; 12+ characters A-Z a-z 0-9 - _ .)")},
    {.name = "no-key", .section = Section::Access,
     .description = QT_TRANSLATE_NOOP("Servery::Options",
                                      "no access key: anyone who can reach the port sees the folder")},
    {.name = "allow-host", .valueName = "NAME", .value = Required, .section = Section::Access,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "also answer requests made to the host name NAME (a name "
                                                          "your router gives this computer, say); only this "
                                                          "computer's own names and addresses are answered "
                                                          "otherwise. Repeatable."),
     .repeatable = true, .summary = "also answer requests made to the host name NAME"},
    {.name = "upload", .section = Section::Access,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "let other devices upload files into the folder")},
    {.name = "overwrite", .section = Section::Access,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "with --upload: PUT may replace an existing file"),
     .summary = "with --upload, PUT may replace an existing file"},

    {.name = "help", .shortName = "h", .section = Section::Information,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "show this help")},
    {.name = "version", .shortName = "v", .section = Section::Information,
     .description = QT_TRANSLATE_NOOP("Servery::Options", "show the version")},
    // For the build (app/CMakeLists.txt): the man page and the completions.
    {.name = "man-page", .section = Section::Information,
     .description = "print the man page (roff) to standard output", .hidden = true},
    {.name = "completion", .valueName = "SHELL", .value = Required, .section = Section::Information,
     .description = "print the completion script for SHELL (bash, zsh or fish)", .completion = Completion::Choice,
     .choices = "bash zsh fish", .hidden = true},
};

const SectionInfo kSections[] = {
    {Section::General, QT_TRANSLATE_NOOP("Servery::Options", "Options:"), "General", nullptr},
    {Section::SitePreview, QT_TRANSLATE_NOOP("Servery::Options", "Site preview (--mode preview, the default):"),
     "Site preview (--mode preview, the default)",
     QT_TRANSLATE_NOOP("Servery::Options", "The folder's _redirects and _headers (Netlify) and serve.json (serve) "
                                           "apply in preview, and are read again when they change.")},
    {Section::Inspector, QT_TRANSLATE_NOOP("Servery::Options", "Inspector:"), "Inspector", nullptr},
    {Section::Access,
     QT_TRANSLATE_NOOP("Servery::Options", "Who can connect (other devices; this computer always can):"),
     "Who can connect (other devices; this computer always can)", nullptr},
    {Section::Information, nullptr, "Help", nullptr},
};
// clang-format on

} // namespace

std::span<const Option> options()
{
    return kOptions;
}

std::span<const SectionInfo> sections()
{
    return kSections;
}

const Option *find(QStringView name)
{
    if (name.isEmpty())
        return nullptr;
    for (const Option &o : kOptions) {
        if (name == QLatin1String(o.name) || (o.shortName && name == QLatin1String(o.shortName)))
            return &o;
    }
    return nullptr;
}

QString checkedName(const char *name)
{
    const QString n = QString::fromLatin1(name);
    Q_ASSERT_X(find(n), "OptionTable::checkedName", name);
    return n;
}

QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> list;
    for (const Option &o : kOptions) {
        QStringList names;
        if (o.shortName)
            names.append(QString::fromLatin1(o.shortName));
        names.append(QString::fromLatin1(o.name));
        // The parser takes a value when it has a value name; the optional
        // ones get theirs as "--cors=" from parse() when left out.
        QCommandLineOption option(names, {}, o.value == Value::None ? QString() : QString::fromLatin1(o.valueName));
        if (o.hidden)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        list.append(option);
    }
    return list;
}

QString synopsis(const Option &option)
{
    QString text = option.shortName ? QString(u'-' + QString::fromLatin1(option.shortName) + u", "_s) : u"    "_s;
    text += u"--"_s + QString::fromLatin1(option.name);
    const QString value = QString::fromLatin1(option.valueName);
    switch (option.value) {
    case Value::None:
        break;
    case Value::Required:
        text += u' ' + value;
        break;
    case Value::Optional:
        text += u"[="_s + value + u']';
        break;
    case Value::OptionalNext:
        text += u" ["_s + value + u']';
        break;
    }
    return text;
}

QString summary(const Option &option)
{
    if (option.summary)
        return QString::fromLatin1(option.summary);
    // The first clause: up to the first colon, semicolon or parenthesis.
    QString text = QString::fromLatin1(option.description);
    qsizetype end = text.size();
    for (const QLatin1String stop : {": "_L1, "; "_L1, " ("_L1, ", "_L1, ". "_L1}) {
        const qsizetype at = text.indexOf(stop);
        if (at > 0)
            end = std::min(end, at);
    }
    return text.left(end);
}

QStringList choices(const Option &option)
{
    return QString::fromLatin1(option.choices).split(u' ', Qt::SkipEmptyParts);
}

const char *usageLine()
{
    return QT_TRANSLATE_NOOP("Servery::Options", "Usage: %1");
}

const char *introduction()
{
    return QT_TRANSLATE_NOOP("Servery::Options",
                             "Share DIR (default: the current folder) with browsers on this "
                             "computer and on your network, and watch every request as it "
                             "arrives.");
}

QList<const char *> closingNotes()
{
    return {QT_TRANSLATE_NOOP("Servery::Options",
                              "Without --headless, Servery opens its window (or runs headless, "
                              "saying so, when there is no display)."),
            QT_TRANSLATE_NOOP("Servery::Options",
                              "Headless exit status: 0 after Ctrl+C, SIGTERM or SIGHUP and a "
                              "graceful stop, 1 when serving fails (port busy, folder missing), "
                              "2 for a command-line mistake.")};
}

} // namespace Servery::OptionTable
