// serve.json (Vercel's serve): its parser, with the lines its values start on.

#include "server/site/SiteRules.h"

#include "server/http/HttpGrammar.h"
#include "server/site/PathPattern.h"
#include "server/site/SiteRulesParsers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Servery {

namespace {

// ---- serve.json positions --------------------------------------------------------

// The lines where the values of a JSON text start, by path ("/rewrites/2",
// "/headers/0/headers/1"), since QJsonDocument keeps no positions. Only
// the depths serve.json's problems point at are kept (1, 2 and 4).
class JsonLines {
public:
    explicit JsonLines(QByteArrayView text) { scan(text); }

    int line(const QString &path) const { return m_lines.value(path, 1); }

private:
    struct Frame {
        QString path;
        bool array = false;
        int index = 0;
        QString key;
        bool expectKey = false;
    };

    void scan(QByteArrayView text)
    {
        QList<Frame> stack;
        int line = 1;
        bool expectValue = true;
        qsizetype i = 0;
        const auto valueStarts = [&]() {
            QString path;
            if (!stack.isEmpty()) {
                const Frame &top = stack.constLast();
                path = top.path + u'/' + (top.array ? QString::number(top.index) : top.key);
            }
            const qsizetype depth = stack.size();
            if (depth == 1 || depth == 2 || depth == 4)
                m_lines.insert(path, line);
            return path;
        };
        while (i < text.size()) {
            const char c = text[i];
            if (c == '\n') {
                ++line;
                ++i;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                ++i;
                continue;
            }
            if (c == '"') {
                const QString s = readString(text, &i, &line);
                if (!stack.isEmpty() && !stack.constLast().array && stack.constLast().expectKey) {
                    stack.last().key = s;
                    stack.last().expectKey = false;
                } else if (expectValue) {
                    valueStarts();
                    expectValue = false;
                }
                continue;
            }
            ++i;
            switch (c) {
            case '{':
            case '[': {
                const QString path = valueStarts();
                Frame frame;
                frame.path = path;
                frame.array = c == '[';
                frame.expectKey = !frame.array;
                stack.append(frame);
                expectValue = frame.array;
                break;
            }
            case '}':
            case ']':
                if (!stack.isEmpty())
                    stack.removeLast();
                expectValue = false;
                break;
            case ':':
                expectValue = true;
                break;
            case ',':
                if (!stack.isEmpty()) {
                    Frame &top = stack.last();
                    if (top.array) {
                        ++top.index;
                        expectValue = true;
                    } else {
                        top.expectKey = true;
                    }
                }
                break;
            default:
                // A number, true, false or null: skip the rest of it.
                if (expectValue) {
                    valueStarts();
                    expectValue = false;
                }
                while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != ']' && text[i] != '\n'
                       && text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
                    ++i;
                break;
            }
        }
    }

    // Reads the string starting at text[*i] ('"'), decoding escapes.
    static QString readString(QByteArrayView text, qsizetype *i, int *line)
    {
        QString out;
        qsizetype runStart = ++*i;
        while (*i < text.size()) {
            const char c = text[*i];
            if (c == '"') {
                out += QString::fromUtf8(text.sliced(runStart, *i - runStart));
                ++*i;
                return out;
            }
            if (c == '\n')
                ++*line; // not valid JSON, but keep counting
            if (c != '\\') {
                ++*i;
                continue;
            }
            out += QString::fromUtf8(text.sliced(runStart, *i - runStart));
            if (*i + 1 >= text.size())
                break;
            const char e = text[*i + 1];
            *i += 2;
            switch (e) {
            case 'n':
                out += u'\n';
                break;
            case 't':
                out += u'\t';
                break;
            case 'r':
                out += u'\r';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'u': {
                char16_t code = 0;
                for (int k = 0; k < 4 && *i < text.size(); ++k, ++*i)
                    code = char16_t(code * 16 + std::max(0, Grammar::hexValue(text[*i])));
                out += QChar(code);
                break;
            }
            default:
                out += QLatin1Char(e); // '"', '\\', '/'
                break;
            }
            runStart = *i;
        }
        *i = text.size();
        return out;
    }

    QHash<QString, int> m_lines;
};

int lineAtOffset(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// serve-handler's glob-slash for destinations: a path gets its leading '/'
// and loses repeated ones; a URL stays as it is.
QString normalizeServeDestination(const QString &destination)
{
    qsizetype schemeEnd = 0;
    while (schemeEnd < destination.size()
           && (destination[schemeEnd].isLetterOrNumber() || destination[schemeEnd] == u'+'
               || destination[schemeEnd] == u'-' || destination[schemeEnd] == u'.'))
        ++schemeEnd;
    if (schemeEnd > 0 && schemeEnd < destination.size() && destination[schemeEnd] == u':'
        && isIdentifierStart(destination[0]))
        return destination; // has a scheme: checkDestination() takes only http(s)
    QString path = u'/' + destination;
    const qsizetype end = path.indexOf(u'?') >= 0 ? path.indexOf(u'?') : path.size();
    QString head = path.first(end);
    while (head.contains(u"//"))
        head.replace(QStringLiteral("//"), QStringLiteral("/"));
    return head + path.sliced(end);
}

// Checks a serve.json entry's keys against the ones it may have.
void warnUnknownKeys(const QJsonObject &entry, std::initializer_list<QStringView> known, const QString &what, int line,
                     Problems &problems)
{
    const QStringList keys = entry.keys();
    for (const QString &key : keys) {
        if (std::find(known.begin(), known.end(), QStringView(key)) == known.end())
            problems.warning(line, QStringLiteral("unknown key \"%1\" in %2 ignored").arg(key, what));
    }
}

bool isServeRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

// ---- serve.json ---------------------------------------------------------------------

void parseServeJson(QByteArrayView text, const QString &fileName, SiteRuleSet &into)
{
    Problems problems(into, fileName);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.error(lineAtOffset(text, parseError.offset),
                       QStringLiteral("JSON syntax error: %1").arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        const qsizetype first = std::find_if(text.begin(), text.end(), [](char c) { return c > ' '; }) - text.begin();
        problems.error(lineAtOffset(text, first), QStringLiteral("serve.json must hold a JSON object"));
        return;
    }
    const JsonLines lines(text);
    const QJsonObject config = document.object();
    int rules = 0;
    bool stopped = false;
    // Counts a rule against the limit; false once past it.
    const auto room = [&](int line) {
        if (stopped)
            return false;
        if (rules == SiteRuleLimits::kMaxRulesPerFile) {
            problems.error(line, tooManyRules());
            stopped = true;
            return false;
        }
        ++rules;
        return true;
    };
    const auto keyLine = [&](const QString &key) {
        return lines.line(u'/' + key);
    };
    const auto entryLine = [&](const QString &key, qsizetype index) {
        return lines.line(u'/' + key + u'/' + QString::number(index));
    };
    // The array under `key`, or nothing (reported) when it is something else.
    const auto arrayAt = [&](const QString &key) -> std::optional<QJsonArray> {
        const QJsonValue value = config.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            problems.error(keyLine(key), QStringLiteral("\"%1\" must be an array, not %2").arg(key, typeName(value)));
            return std::nullopt;
        }
        return value.toArray();
    };

    const QStringList keys = config.keys();
    for (const QString &key : keys) {
        static constexpr QStringView known[]
            = {u"public",           u"cleanUrls", u"rewrites",     u"redirects", u"headers", u"trailingSlash",
               u"directoryListing", u"unlisted",  u"renderSingle", u"symlinks",  u"etag"};
        if (key == u"public")
            problems.warning(keyLine(key), QStringLiteral("\"public\" is ignored: the shared folder is the root"));
        else if (std::find(std::begin(known), std::end(known), QStringView(key)) == std::end(known))
            problems.warning(keyLine(key), QStringLiteral("unknown key \"%1\" ignored").arg(key));
    }

    // cleanUrls: a boolean, or globs of the paths it applies to.
    const QJsonValue cleanUrls = config.value(u"cleanUrls");
    if (cleanUrls.isBool()) {
        into.cleanUrls = cleanUrls.toBool();
        into.settingsFile = fileName;
    } else if (cleanUrls.isArray()) {
        const QJsonArray globs = cleanUrls.toArray();
        for (qsizetype i = 0; i < globs.size(); ++i) {
            const int line = entryLine(QStringLiteral("cleanUrls"), i);
            if (!globs[i].isString()) {
                problems.error(line,
                               QStringLiteral("a cleanUrls glob must be a string, not %1").arg(typeName(globs[i])));
                continue;
            }
            QString error;
            auto pattern = PathPattern::glob(globs[i].toString(), &error);
            if (!pattern) {
                problems.error(line, error);
                continue;
            }
            into.cleanUrlGlobs.append(globs[i].toString());
            into.cleanUrlPatterns.append(pattern);
        }
        // serve: an array means "only where a glob matches"; none, nowhere.
        into.cleanUrls = !into.cleanUrlPatterns.isEmpty();
        into.settingsFile = fileName;
    } else if (!cleanUrls.isUndefined()) {
        problems.error(
            keyLine(QStringLiteral("cleanUrls")),
            QStringLiteral("\"cleanUrls\" must be a boolean or an array of globs, not %1").arg(typeName(cleanUrls)));
    }

    const QJsonValue trailingSlash = config.value(u"trailingSlash");
    if (trailingSlash.isBool()) {
        into.trailingSlash = trailingSlash.toBool();
        into.settingsFile = fileName;
    } else if (!trailingSlash.isUndefined()) {
        problems.error(keyLine(QStringLiteral("trailingSlash")),
                       QStringLiteral("\"trailingSlash\" must be a boolean, not %1").arg(typeName(trailingSlash)));
    }

    // redirects, then rewrites: serve-handler redirects before it looks for
    // a file, and rewrites only paths without one.
    for (const QString &kind : {QStringLiteral("redirects"), QStringLiteral("rewrites")}) {
        const bool isRedirect = kind == u"redirects";
        const QString what = isRedirect ? QStringLiteral("a redirect") : QStringLiteral("a rewrite");
        const std::optional<QJsonArray> entries = arrayAt(kind);
        for (qsizetype i = 0; entries && i < entries->size(); ++i) {
            const int line = entryLine(kind, i);
            if (!room(line))
                break;
            const QJsonValue entry = entries->at(i);
            if (!entry.isObject()) {
                problems.error(line, QStringLiteral("%1 must be an object, not %2").arg(what, typeName(entry)));
                continue;
            }
            const QJsonObject object = entry.toObject();
            if (isRedirect)
                warnUnknownKeys(object, {u"source", u"destination", u"type"}, what, line, problems);
            else
                warnUnknownKeys(object, {u"source", u"destination"}, what, line, problems);
            const QJsonValue source = object.value(u"source");
            const QJsonValue destination = object.value(u"destination");
            if (!source.isString() || !destination.isString()) {
                problems.error(
                    line,
                    QStringLiteral("%1 needs a string \"%2\"")
                        .arg(what, source.isString() ? QStringLiteral("destination") : QStringLiteral("source")));
                continue;
            }
            RedirectRule rule;
            rule.from = source.toString();
            rule.to = normalizeServeDestination(destination.toString());
            rule.file = fileName;
            rule.line = line;
            rule.syntax = RuleSyntax::Serve;
            rule.status = isRedirect ? 301 : 200;
            rule.force = isRedirect;
            if (isRedirect && object.contains(u"type")) {
                const QJsonValue type = object.value(u"type");
                const double number = type.toDouble(-1);
                if (!type.isDouble() || number != std::floor(number) || !isServeRedirectStatus(int(number))) {
                    problems.error(line, QStringLiteral("a redirect's \"type\" must be 301, 302, 303, 307 or 308"));
                    continue;
                }
                rule.status = int(number);
            }
            QString error;
            rule.pattern = PathPattern::glob(rule.from, &error);
            if (rule.pattern)
                error = checkDestination(rule.to);
            if (!error.isEmpty()) {
                problems.error(line, error);
                continue;
            }
            into.redirects.append(rule);
        }
    }

    const std::optional<QJsonArray> headerEntries = arrayAt(QStringLiteral("headers"));
    for (qsizetype i = 0; headerEntries && i < headerEntries->size(); ++i) {
        const int line = entryLine(QStringLiteral("headers"), i);
        if (!room(line))
            break;
        const QJsonValue entry = headerEntries->at(i);
        const QJsonObject object = entry.toObject();
        if (!entry.isObject() || !object.value(u"source").isString() || !object.value(u"headers").isArray()) {
            problems.error(line,
                           QStringLiteral("a headers entry must be an object with a string \"source\" and an "
                                          "array \"headers\""));
            continue;
        }
        warnUnknownKeys(object, {u"source", u"headers"}, QStringLiteral("a headers entry"), line, problems);
        HeaderRule rule;
        rule.pattern = object.value(u"source").toString();
        rule.file = fileName;
        rule.line = line;
        rule.syntax = RuleSyntax::Serve;
        QString error;
        rule.compiled = PathPattern::glob(rule.pattern, &error);
        if (!rule.compiled) {
            problems.error(line, error);
            continue;
        }
        const QJsonArray fields = object.value(u"headers").toArray();
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const int fieldLine = lines.line(u"/headers/" + QString::number(i) + u"/headers/" + QString::number(j));
            const QJsonObject field = fields[j].toObject();
            const QJsonValue key = field.value(u"key");
            const QJsonValue value = field.value(u"value");
            if (!fields[j].isObject() || !key.isString()) {
                problems.error(fieldLine,
                               QStringLiteral("a header must be an object with a string \"key\" and "
                                              "\"value\""));
                continue;
            }
            if (value.isNull()) {
                problems.warning(
                    fieldLine,
                    QStringLiteral("a null value (removing %1) is not supported; ignored").arg(key.toString()));
                continue;
            }
            if (!value.isString()) {
                problems.error(
                    fieldLine,
                    QStringLiteral("the value of %1 must be a string, not %2").arg(key.toString(), typeName(value)));
                continue;
            }
            const QByteArray name = key.toString().toUtf8();
            const QByteArray bytes = value.toString().toUtf8();
            if (acceptHeader(name, bytes, fieldLine, problems))
                mergeHeader(rule.headers, name, bytes, false);
        }
        if (!rule.headers.isEmpty())
            into.headers.append(rule);
    }
    problems.sortByLine();
}

} // namespace Servery
