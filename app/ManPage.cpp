#include "ManPage.h"

#include "OptionTable.h"

#include <QDateTime>

namespace Servery::ManPage {

using namespace Qt::StringLiterals;

namespace {

QString bold(const QString &text)
{
    return u"\\fB"_s + escape(text) + u"\\fR"_s;
}

QString italic(const QString &text)
{
    return u"\\fI"_s + escape(text) + u"\\fR"_s;
}

// A macro's argument in double quotes (.SS "Site preview ...").
QString quoted(const QString &text)
{
    QString e = escape(text);
    e.replace(u'"', u"\\(dq"_s);
    return u'"' + e + u'"';
}

// "\fB\-p\fR, \fB\-\-port\fR \fIN\fR"
QString optionHead(const OptionTable::Option &option)
{
    QString head;
    if (option.shortName)
        head += bold(u'-' + QString::fromLatin1(option.shortName)) + u", "_s;
    head += bold(u"--"_s + QString::fromLatin1(option.name));
    const QString value = QString::fromLatin1(option.valueName);
    switch (option.value) {
    case OptionTable::Value::None:
        break;
    case OptionTable::Value::Required:
        head += u' ' + italic(value);
        break;
    case OptionTable::Value::Optional:
        head += u"[="_s + italic(value) + u']';
        break;
    case OptionTable::Value::OptionalNext:
        head += u" ["_s + italic(value) + u']';
        break;
    }
    return head;
}

void appendVerbatim(QString &out, const QString &lines)
{
    out += u".RS\n.nf\n"_s;
    for (const QString &line : lines.split(u'\n'))
        out += escape(line) + u'\n';
    out += u".fi\n.RE\n"_s;
}

void appendOptions(QString &out)
{
    using namespace OptionTable;
    out += u".SH OPTIONS\n"_s;
    for (const SectionInfo &section : sections()) {
        out += u".SS "_s + quoted(QString::fromLatin1(section.manTitle)) + u'\n';
        for (const Option &option : options()) {
            if (option.section != section.section || option.hidden)
                continue;
            out += u".TP\n"_s + optionHead(option) + u'\n';
            out += escape(QString::fromUtf8(option.description)) + u'\n';
            if (option.example)
                appendVerbatim(out, QString::fromUtf8(option.example));
        }
        if (section.note)
            out += u".PP\n"_s + escape(QString::fromUtf8(section.note)) + u'\n';
    }
}

void appendDefinitions(QString &out, std::initializer_list<std::pair<QString, const char *>> items)
{
    for (const auto &[term, text] : items)
        out += u".TP\n"_s + term + u'\n' + escape(QString::fromUtf8(text)) + u'\n';
}

} // namespace

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (ch == u'\\')
            out += u"\\e"_s;
        else if (ch == u'-')
            out += u"\\-"_s;
        else if (ch.unicode() > 126 || (ch.unicode() < 32 && ch != u'\t'))
            out += u"\\[u"_s + QString::number(ch.unicode(), 16).toUpper().rightJustified(4, u'0') + u']';
        else
            out += ch;
    }
    // A line starting with . or ' would be a request.
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

QDate dateFromEnvironment()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDateTime::currentDateTimeUtc().date();
}

QList<Example> examples()
{
    return {
        {"Share a folder of photos with the phones on your network (they scan the QR code in the window), "
         "letting them cache what they load:",
         "servery Pictures --mode share"},
        {"Preview a single-page app, letting a development server on another port fetch from it:",
         "servery dist --spa --cors=http://localhost:5173"},
        {"Serve the current folder to this computer only, on a free port, without a window:",
         "servery --headless --local-only --port 0"},
        {"Let devices on the network upload files into a folder, with an access key that stays the same:",
         "servery Inbox --upload --key family-inbox-2024"},
        {"Catch requests without a window, answer them with reply rules, and keep them as HAR on Ctrl+C:",
         "servery --catch --rules mock.json --har caught.har --headless"},
    };
}

QString render(const QDate &date)
{
    QString out;
    out += u".\\\" Made by servery from the option table of its --help (app/OptionTable.cpp); do not edit.\n"_s;
    // Dates and versions are plain ASCII with hyphens, not minus signs.
    out += u".TH SERVERY 1 \""_s + date.toString(Qt::ISODate) + u"\" \"Servery "_s
        + QString::fromLatin1(SERVERY_VERSION) + u"\" \"User Commands\"\n"_s;
    out += u".SH NAME\nservery \\- share a folder on the network, preview a site, inspect requests\n"_s;
    out += u".SH SYNOPSIS\n.B servery\n.RI [ DIR ]\n.RI [ options ]\n"_s;

    out += u".SH DESCRIPTION\n"_s + escape(QString::fromUtf8(OptionTable::introduction())) + u'\n';
    out += u".PP\n"_s
        + escape(u"Servery hosts a local web server for three jobs: sharing a folder with phones and other "
                 "computers on the network (a QR code carries its address and access key), previewing a static "
                 "site as a real server would serve it (with live reload), and catching requests to look at them "
                 "whole."_s)
        + u'\n';
    out += u".PP\n"_s + escape(QString::fromUtf8(OptionTable::closingNotes().constFirst())) + u'\n';

    appendOptions(out);

    out += u".SH \"EXIT STATUS\"\n"_s;
    appendDefinitions(out,
                      {{bold(u"0"_s),
                        "Success; for a headless run, a graceful stop after Ctrl+C, SIGTERM or "
                        "SIGHUP."},
                       {bold(u"1"_s),
                        "Serving failed, for example because the port is busy or the folder "
                        "is missing."},
                       {bold(u"2"_s), "A mistake on the command line."}});

    out += u".SH ENVIRONMENT\n"_s;
    appendDefinitions(out,
                      {{bold(u"DISPLAY"_s) + u", "_s + bold(u"WAYLAND_DISPLAY"_s),
                        "Where the window opens. Without a display Servery runs headless, and says so."},
                       {bold(u"LANGUAGE"_s) + u", "_s + bold(u"LC_ALL"_s) + u", "_s + bold(u"LC_MESSAGES"_s) + u", "_s
                            + bold(u"LANG"_s),
                        "The language of the window, of --help and of the messages."},
                       {bold(u"QT_LOGGING_RULES"_s),
                        "Diagnostics of the engine, for example servery.*.debug=true (quiet by default)."}});

    out += u".SH FILES\n"_s;
    appendDefinitions(out,
                      {{italic(u"~/.config/Servery/Servery.conf"_s),
                        "The window's settings: the folder, port and options it remembers."},
                       {italic(u"DIR/_redirects"_s) + u", "_s + italic(u"DIR/_headers"_s),
                        "Redirects and response headers in Netlify's formats, applied in preview."},
                       {italic(u"DIR/serve.json"_s), "The configuration of serve, applied in preview."},
                       {italic(u"DIR/404.html"_s), "The page answered for a path that does not exist, in preview."}});

    out += u".SH EXAMPLES\n"_s;
    for (const Example &example : examples()) {
        out += u".PP\n"_s + escape(QString::fromUtf8(example.what)) + u'\n';
        appendVerbatim(out, QString::fromUtf8(example.command));
    }

    out += u".SH \"SEE ALSO\"\n.BR curl (1),\n.BR xdg\\-open (1)\n"_s;
    return out;
}

} // namespace Servery::ManPage
