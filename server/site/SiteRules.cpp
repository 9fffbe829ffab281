#include "server/site/SiteRules.h"

#include "server/http/HttpGrammar.h"
#include "server/http/HttpHeaders.h"
#include "server/site/PathPattern.h"
#include "server/site/SiteRulesParsers.h"
#include "server/util/Catalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace Servery {

// ---- Shared by the formats ------------------------------------------------------

QString tooManyRules()
{
    return Catalogue::translate("Servery::SiteRules", "more than %1 rules: the rest of the file is ignored")
        .arg(SiteRuleLimits::kMaxRulesPerFile);
}

namespace {

bool isUrl(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) || s.startsWith(u"https://", Qt::CaseInsensitive);
}

// Calls `each(lineNumber, line)` for every line without its end of line;
// stops when it returns false.
template<typename Each> void forEachLine(QByteArrayView text, Each each)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3); // a UTF-8 byte order mark
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (!each(++number, line))
            return;
    }
}

QByteArrayView trimmedBytes(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// Where the authority ("host:port") of an http(s) URL ends.
qsizetype authorityEnd(QStringView url)
{
    qsizetype end = url.indexOf(u"//") + 2;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#')
        ++end;
    return end;
}

} // namespace

QString checkDestination(const QString &to)
{
    if (isUrl(to)) {
        const qsizetype hostStart = to.indexOf(u"//") + 2;
        const QStringView authority = QStringView(to).sliced(hostStart, authorityEnd(to) - hostStart);
        if (authority.isEmpty())
            return Catalogue::translate("Servery::SiteRules", "the destination URL has no host");
        for (qsizetype i = 0; i + 1 < authority.size(); ++i) {
            if (authority[i] == u':' && isIdentifierStart(authority[i + 1]))
                return Catalogue::translate("Servery::SiteRules",
                                            "placeholders in the destination's host are not supported");
        }
        return {};
    }
    if (!to.startsWith(u'/'))
        return Catalogue::translate("Servery::SiteRules", "the destination must start with '/', http:// or https://");
    // "//host" and "/\host" are read by browsers as another host.
    if (to.startsWith(u"//") || to.startsWith(u"/\\"))
        return Catalogue::translate("Servery::SiteRules", "the destination \"%1\" would leave this host").arg(to);
    return {};
}

namespace {

// RFC 3986 2.3 unreserved characters.
bool isUnreserved(char c)
{
    return Grammar::isAlpha(c) || Grammar::isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

void appendPercent(QByteArray &out, char ch)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto c = static_cast<unsigned char>(ch);
    out.append('%');
    out.append(hex[c >> 4]);
    out.append(hex[c & 0xf]);
}

// A captured value: everything but unreserved characters escaped (and '/'
// kept only for a splat in a path), so a value can never add a segment, a
// query, a scheme or a host.
void appendValue(QByteArray &out, QByteArrayView value, bool keepSlashes)
{
    for (char c : value) {
        if (isUnreserved(c) || (keepSlashes && c == '/'))
            out.append(c);
        else
            appendPercent(out, c);
    }
}

// Text as the rule wrote it: kept, but for bytes a URL cannot hold as they
// are (controls, space, non-ASCII, and the characters encodeURI escapes).
void appendLiteral(QByteArray &out, QByteArrayView text)
{
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f || ch == '"' || ch == '<' || ch == '>' || ch == '\\' || ch == '^' || ch == '`'
            || ch == '{' || ch == '|' || ch == '}')
            appendPercent(out, ch);
        else
            out.append(ch);
    }
}

// One part of TO with every ":name" it has a value for replaced.
void appendSubstituted(QByteArray &out, QStringView part, const Captures &captures, bool inPath)
{
    qsizetype literalStart = 0;
    qsizetype i = 0;
    while (i < part.size()) {
        if (part[i] != u':' || i + 1 >= part.size() || !isIdentifierStart(part[i + 1])) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < part.size() && isIdentifierChar(part[end]))
            ++end;
        const QStringView name = part.sliced(i + 1, end - i - 1);
        const QByteArray *value = nullptr;
        if (name == u"splat" && captures.hasSplat)
            value = &captures.splat;
        for (const auto &[capturedName, capturedValue] : captures.named) {
            if (!value && capturedName == name)
                value = &capturedValue;
        }
        if (!value) {
            i = end;
            continue;
        }
        appendLiteral(out, part.sliced(literalStart, i - literalStart).toUtf8());
        if (value == &captures.splat && inPath) {
            // A splat keeps its segments, but never an empty one: "//"
            // could otherwise start a path that names another host.
            QByteArray collapsed = *value;
            while (collapsed.contains("//"))
                collapsed.replace("//", "/");
            appendValue(out, collapsed, true);
        } else {
            appendValue(out, *value, false);
        }
        i = end;
        literalStart = end;
    }
    appendLiteral(out, part.sliced(literalStart).toUtf8());
}

QByteArray buildTarget(const RedirectRule &rule, const Captures &captures, QByteArrayView requestQuery, bool *external)
{
    const QString &to = rule.to;
    QByteArray out;
    QStringView rest = to;
    *external = isUrl(to);
    if (*external) {
        // Nothing is substituted in the scheme and host.
        const qsizetype hostEnd = authorityEnd(to);
        appendLiteral(out, QStringView(to).first(hostEnd).toUtf8());
        rest = rest.sliced(hostEnd);
    }
    QStringView fragment;
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        fragment = rest.sliced(hash + 1);
        rest = rest.first(hash);
    }
    const qsizetype question = rest.indexOf(u'?');
    appendSubstituted(out, question >= 0 ? rest.first(question) : rest, captures, true);
    if (!*external) {
        // The rule's own TO starts with one '/' (checked when parsed); what
        // was substituted after it must not make it "//host".
        qsizetype slashes = 0;
        while (slashes < out.size() && out[slashes] == '/')
            ++slashes;
        if (slashes > 1)
            out.remove(0, slashes - 1);
        if (out.isEmpty())
            out = "/";
    }
    if (question >= 0) {
        out.append('?');
        appendSubstituted(out, rest.sliced(question + 1), captures, false);
    } else if (!requestQuery.isEmpty() && rule.query.isEmpty()) {
        out.append('?');
        appendLiteral(out, requestQuery);
    }
    if (hash >= 0) {
        out.append('#');
        appendSubstituted(out, fragment, captures, false);
    }
    return out;
}

// Headers the server itself must own (framing, hop-by-hop, what Netlify
// also refuses to let a rule set); a rule setting one is warned about.
bool isServerOwnedHeader(QByteArrayView name)
{
    static constexpr const char *owned[] = {
        "Accept-Ranges",  "Age",
        "Allow",          "Alt-Svc",
        "Connection",     "Content-Encoding",
        "Content-Length", "Content-Range",
        "Date",           "Keep-Alive",
        "Location",       "Proxy-Connection",
        "Server",         "TE",
        "Trailer",        "Transfer-Encoding",
        "Upgrade",
    };
    return std::any_of(std::begin(owned), std::end(owned),
                       [name](const char *o) { return equalsIgnoringCase(name, QByteArrayView(o)); });
}

} // namespace

bool acceptHeader(QByteArrayView name, QByteArrayView value, int line, Problems &problems)
{
    if (!Grammar::isToken(name)) {
        problems.error(line,
                       Catalogue::translate("Servery::SiteRules", "\"%1\" is not a valid header name")
                           .arg(QString::fromUtf8(name)));
        return false;
    }
    if (!Grammar::isValidFieldValue(value)) {
        problems.error(line,
                       Catalogue::translate("Servery::SiteRules", "the value of %1 has control characters")
                           .arg(QString::fromUtf8(name)));
        return false;
    }
    if (equalsIgnoringCase(name, "Basic-Auth")) {
        // Netlify reads it as a password to ask for; sending it on would
        // hand the password to every visitor.
        problems.warning(line,
                         Catalogue::translate("Servery::SiteRules",
                                              "Basic-Auth (Netlify's password protection) is not supported locally "
                                              "and is not sent"));
        return false;
    }
    if (isServerOwnedHeader(name)) {
        problems.warning(line,
                         Catalogue::translate("Servery::SiteRules", "%1 is set by the server; a rule cannot set it")
                             .arg(QString::fromUtf8(name)));
        return false;
    }
    return true;
}

void mergeHeader(QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name, const QByteArray &value,
                 bool join)
{
    for (auto &[existingName, existingValue] : headers) {
        if (equalsIgnoringCase(existingName, name)) {
            if (join)
                existingValue += ", " + value;
            else
                existingValue = value;
            return;
        }
    }
    headers.append({name, value});
}

namespace {

// Splits at runs of white space, as Netlify's parser does (/\s+/).
QStringList splitWords(const QString &line)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool space = i == line.size() || line[i].isSpace();
        if (space && start >= 0) {
            words.append(line.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return words;
}

bool isStatusToken(QStringView token)
{
    if (token.endsWith(u'!'))
        token.chop(1);
    return token.size() == 3 && std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
}

bool isNetlifyStatus(int status)
{
    switch (status) {
    case 200:
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
    case 404:
    case 410:
    case 451:
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- _redirects -----------------------------------------------------------------

void parseRedirects(QByteArrayView text, const QString &fileName, SiteRuleSet &into)
{
    Problems problems(into, fileName);
    int rules = 0;
    forEachLine(text, [&](int line, QByteArrayView bytes) {
        QStringList words = splitWords(QString::fromUtf8(bytes));
        // A word starting with '#' starts a comment (Netlify's parser).
        const auto comment
            = std::find_if(words.begin(), words.end(), [](const QString &w) { return w.startsWith(u'#'); });
        words.erase(comment, words.end());
        if (words.isEmpty())
            return true;
        if (rules == SiteRuleLimits::kMaxRulesPerFile) {
            problems.error(line, tooManyRules());
            return false;
        }

        RedirectRule rule;
        rule.file = fileName;
        rule.line = line;
        rule.syntax = RuleSyntax::Netlify;
        rule.from = words[0];
        if (isUrl(rule.from)) {
            problems.warning(line,
                             Catalogue::translate("Servery::SiteRules",
                                                  "domain-level rule for %1 does not apply to a local preview; skipped")
                                 .arg(rule.from));
            return true;
        }
        if (!rule.from.startsWith(u'/')) {
            problems.error(line,
                           Catalogue::translate("Servery::SiteRules", "FROM must be a path starting with '/': \"%1\"")
                               .arg(rule.from));
            return true;
        }
        if (rule.from.contains(u'?')) {
            problems.error(line,
                           Catalogue::translate("Servery::SiteRules",
                                                "FROM has a query string; match query parameters with key=value "
                                                "after FROM"));
            return true;
        }
        if (words.size() == 1) {
            problems.error(line, Catalogue::translate("Servery::SiteRules", "missing destination (TO)"));
            return true;
        }

        qsizetype next = 1;
        if (isStatusToken(words[1])) {
            // A forward rule: "/app/* 200" rewrites to itself.
            if (!(rule.from.endsWith(u"/*") && words[1].startsWith(u'2'))) {
                problems.error(line, Catalogue::translate("Servery::SiteRules", "missing destination (TO)"));
                return true;
            }
            rule.to = rule.from.chopped(2) + QStringLiteral("/:splat");
        } else {
            const auto toAt = std::find_if(words.begin() + 1, words.end(),
                                           [](const QString &w) { return w.startsWith(u'/') || isUrl(w); });
            if (toAt == words.end()) {
                problems.error(line,
                               Catalogue::translate("Servery::SiteRules",
                                                    "missing destination (TO): it must start with '/', http:// or "
                                                    "https://"));
                return true;
            }
            for (auto it = words.begin() + 1; it != toAt; ++it) {
                const qsizetype eq = it->indexOf(u'=');
                if (eq <= 0) {
                    problems.error(line,
                                   Catalogue::translate("Servery::SiteRules",
                                                        "\"%1\" is neither a key=value query condition nor a "
                                                        "destination")
                                       .arg(*it));
                    return true;
                }
                rule.query.append({percentDecoded(it->first(eq)), it->sliced(eq + 1)});
            }
            rule.to = *toAt;
            next = toAt - words.begin() + 1;
        }

        if (next < words.size() && !words[next].contains(u'=')) {
            const QString &token = words[next];
            bool ok = false;
            const int status = token.endsWith(u'!') ? token.chopped(1).toInt(&ok) : token.toInt(&ok);
            if (!ok || !isStatusToken(token) || !isNetlifyStatus(status)) {
                problems.error(line,
                               Catalogue::translate("Servery::SiteRules",
                                                    "invalid status \"%1\" (expected 200, 301, 302, 303, 307, 308, "
                                                    "404, 410 or 451, with an optional '!')")
                                   .arg(token));
                return true;
            }
            rule.status = status;
            rule.force = token.endsWith(u'!');
            ++next;
        }

        for (; next < words.size(); ++next) {
            const QString &word = words[next];
            const qsizetype eq = word.indexOf(u'=');
            const QStringView key = QStringView(word).first(std::max<qsizetype>(eq, 0));
            static constexpr QStringView known[] = {u"Country", u"Language", u"Role", u"Cookie", u"Sign"};
            if (eq <= 0) {
                problems.warning(line,
                                 Catalogue::translate("Servery::SiteRules", "unexpected \"%1\" ignored").arg(word));
            } else if (std::any_of(std::begin(known), std::end(known),
                                   [key](QStringView k) { return key.compare(k, Qt::CaseInsensitive) == 0; })) {
                problems.warning(line,
                                 Catalogue::translate("Servery::SiteRules",
                                                      "condition %1 is not supported locally and is ignored: the "
                                                      "rule applies to every request")
                                     .arg(word));
            } else {
                problems.warning(line,
                                 Catalogue::translate("Servery::SiteRules", "unknown condition %1 ignored").arg(word));
            }
        }

        QString error;
        rule.pattern = PathPattern::netlify(rule.from, &error);
        if (!rule.pattern) {
            problems.error(line, error);
            return true;
        }
        error = checkDestination(rule.to);
        if (!error.isEmpty()) {
            problems.error(line, error);
            return true;
        }
        into.redirects.append(rule);
        ++rules;
        return true;
    });
}

// ---- _headers ---------------------------------------------------------------------

void parseHeaders(QByteArrayView text, const QString &fileName, SiteRuleSet &into)
{
    Problems problems(into, fileName);
    std::optional<HeaderRule> current;
    bool inBlock = false; // after a path line, even one that was refused
    int blockLines = 0; // header lines under the current path, good or not
    int blocks = 0;
    int fields = 0;
    const auto finish = [&]() {
        if (current && blockLines == 0)
            problems.warning(current->line,
                             Catalogue::translate("Servery::SiteRules", "no headers for %1").arg(current->pattern));
        if (current && !current->headers.isEmpty())
            into.headers.append(*current);
        current.reset();
        blockLines = 0;
    };

    forEachLine(text, [&](int line, QByteArrayView bytes) {
        const QByteArrayView trimmed = trimmedBytes(bytes);
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            return true;
        const bool indented = bytes.startsWith(' ') || bytes.startsWith('\t');
        const QString asText = QString::fromUtf8(trimmed);

        // Netlify tells a path line by its '/' (header names cannot have one).
        if (trimmed.startsWith('/') || (!indented && isUrl(asText))) {
            finish();
            inBlock = true;
            if (blocks == SiteRuleLimits::kMaxRulesPerFile) {
                problems.error(line, tooManyRules());
                return false;
            }
            if (isUrl(asText)) {
                problems.warning(line,
                                 Catalogue::translate("Servery::SiteRules",
                                                      "headers for the domain-level path %1 do not apply to a local "
                                                      "preview; skipped")
                                     .arg(asText));
                return true;
            }
            if (asText.contains(u' ') || asText.contains(u'\t')) {
                problems.error(line, Catalogue::translate("Servery::SiteRules", "a path line must hold only the path"));
                return true;
            }
            QString error;
            auto pattern = PathPattern::netlify(asText, &error);
            if (!pattern) {
                problems.error(line, error);
                return true;
            }
            current = HeaderRule {asText, {}, fileName, line, RuleSyntax::Netlify, pattern};
            ++blocks;
            return true;
        }

        if (!inBlock) {
            problems.error(line, Catalogue::translate("Servery::SiteRules", "header line before any path"));
            return true;
        }
        ++blockLines;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon < 0) {
            problems.error(line, Catalogue::translate("Servery::SiteRules", "expected \"Name: value\""));
            return true;
        }
        const QByteArrayView name = trimmedBytes(trimmed.first(colon));
        const QByteArrayView value = trimmedBytes(trimmed.sliced(colon + 1));
        if (!current)
            return true; // under a path that was refused
        if (fields == SiteRuleLimits::kMaxRulesPerFile) {
            problems.error(line, tooManyRules());
            return false;
        }
        if (Grammar::isToken(name) && value.isEmpty()) {
            problems.error(line,
                           Catalogue::translate("Servery::SiteRules", "%1 has no value").arg(QString::fromUtf8(name)));
            return true;
        }
        if (!acceptHeader(name, value, line, problems))
            return true;
        // A name repeated in one block is one field with both values
        // (Netlify's headers parser joins them the same way).
        mergeHeader(current->headers, name.toByteArray(), value.toByteArray(), true);
        ++fields;
        return true;
    });
    finish();
}

// ---- Files --------------------------------------------------------------------------

SiteRuleSet loadSiteRules(const QString &rootPath)
{
    SiteRuleSet rules;
    const QString root = QFileInfo(rootPath).canonicalFilePath();
    if (root.isEmpty())
        return rules;
    const QString inside = root.endsWith(u'/') ? root : root + u'/';
    using Parser = void (*)(QByteArrayView, const QString &, SiteRuleSet &);
    const std::pair<QString, Parser> files[] = {
        {QStringLiteral("_redirects"), parseRedirects},
        {QStringLiteral("_headers"), parseHeaders},
        {QStringLiteral("serve.json"), parseServeJson},
    };
    for (const auto &[name, parse] : files) {
        const QFileInfo info(QDir(root).filePath(name));
        if (!info.exists())
            continue;
        const auto problem = [&, fileName = name](const QString &message) {
            rules.problems.append({fileName, 0, message, false});
        };
        if (!info.isFile()) {
            //: After a file's name: "_redirects: is not a file; not read"
            problem(Catalogue::translate("Servery::SiteRules", "is not a file; not read"));
            continue;
        }
        const QString real = info.canonicalFilePath();
        if (!real.startsWith(inside)) {
            //: After a file's name: "_redirects: is a link leading outside the folder; not read"
            problem(Catalogue::translate("Servery::SiteRules", "is a link leading outside the folder; not read"));
            continue;
        }
        //: After a file's name: "_redirects: is larger than %1 KiB; not read"
        const QString tooLarge = Catalogue::translate("Servery::SiteRules", "is larger than %1 KiB; not read")
                                     .arg(SiteRuleLimits::kMaxFileSize / 1024);
        if (info.size() > SiteRuleLimits::kMaxFileSize) {
            problem(tooLarge);
            continue;
        }
        QFile file(real);
        if (!file.open(QIODevice::ReadOnly)) {
            //: After a file's name: "_redirects: could not be read: %1"
            problem(Catalogue::translate("Servery::SiteRules", "could not be read: %1").arg(file.errorString()));
            continue;
        }
        // Read one byte more than allowed, in case it grew since the stat.
        const QByteArray text = file.read(SiteRuleLimits::kMaxFileSize + 1);
        if (text.size() > SiteRuleLimits::kMaxFileSize) {
            problem(tooLarge);
            continue;
        }
        parse(text, name, rules);
    }
    return rules;
}

bool isSiteRulesFile(const QString &relativePath)
{
    QStringView path = relativePath;
    if (path.startsWith(u'/'))
        path = path.sliced(1);
    return path.compare(u"_redirects", Qt::CaseInsensitive) == 0 || path.compare(u"_headers", Qt::CaseInsensitive) == 0
        || path.compare(u"serve.json", Qt::CaseInsensitive) == 0;
}

// ---- Matching -----------------------------------------------------------------------

namespace {

// The first value of each query parameter, decoded (application/x-www-form-
// urlencoded: '+' is a space).
QList<std::pair<QString, QByteArray>> parseQuery(QByteArrayView query)
{
    QList<std::pair<QString, QByteArray>> out;
    const auto decode = [](QByteArrayView s) {
        QByteArray bytes = s.toByteArray();
        bytes.replace('+', ' ');
        return QByteArray::fromPercentEncoding(bytes);
    };
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = QString::fromUtf8(decode(eq < 0 ? pair : pair.first(eq)));
        const bool known = std::any_of(out.begin(), out.end(), [&](const auto &p) { return p.first == name; });
        if (!known)
            out.append({name, eq < 0 ? QByteArray() : decode(pair.sliced(eq + 1))});
    }
    return out;
}

// Checks a Netlify rule's query conditions, capturing ":name" values.
bool matchQuery(const RedirectRule &rule, const QList<std::pair<QString, QByteArray>> &query, Captures *captures)
{
    for (const auto &condition : rule.query) {
        const QString &name = condition.first;
        const QString &wanted = condition.second;
        const auto found = std::find_if(query.begin(), query.end(), [&](const auto &p) { return p.first == name; });
        if (found == query.end())
            return false;
        if (isPlaceholderSegment(wanted))
            captures->named.append({wanted.mid(1), found->second});
        else if (found->second != percentDecoded(wanted).toUtf8())
            return false;
    }
    return true;
}

} // namespace

std::optional<RedirectMatch> matchRedirect(const SiteRuleSet &rules, const QString &path, QByteArrayView query,
                                           bool onlyForced)
{
    const SplitPath split = splitPath(path);
    std::optional<QList<std::pair<QString, QByteArray>>> parsedQuery;
    for (const RedirectRule &rule : rules.redirects) {
        if ((onlyForced && !rule.force) || !rule.pattern)
            continue;
        Captures captures;
        if (!rule.pattern->match(split, &captures))
            continue;
        if (!rule.query.isEmpty()) {
            if (!parsedQuery)
                parsedQuery = parseQuery(query);
            if (!matchQuery(rule, *parsedQuery, &captures))
                continue;
        }
        RedirectMatch match;
        match.status = rule.status;
        match.force = rule.force;
        match.rule = &rule;
        match.target = buildTarget(rule, captures, query, &match.isExternal);
        return match;
    }
    return std::nullopt;
}

QList<std::pair<QByteArray, QByteArray>> headersFor(const SiteRuleSet &rules, const QString &path)
{
    return headersFor(rules, path, path);
}

QList<std::pair<QByteArray, QByteArray>> headersFor(const SiteRuleSet &rules, const QString &requestPath,
                                                    const QString &servedPath)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    const SplitPath request = splitPath(requestPath);
    const SplitPath served = servedPath == requestPath ? request : splitPath(servedPath);
    for (const HeaderRule &rule : rules.headers) {
        Captures unused;
        const bool netlify = rule.syntax == RuleSyntax::Netlify;
        if (!rule.compiled || !rule.compiled->match(netlify ? request : served, &unused))
            continue;
        for (const auto &[name, value] : rule.headers)
            mergeHeader(out, name, value, netlify);
    }
    return out;
}

bool cleanUrlsApply(const SiteRuleSet &rules, const QString &path)
{
    if (!rules.cleanUrls.value_or(true))
        return false;
    if (rules.cleanUrlPatterns.isEmpty())
        return true;
    const SplitPath split = splitPath(path);
    return std::any_of(rules.cleanUrlPatterns.begin(), rules.cleanUrlPatterns.end(), [&](const auto &pattern) {
        Captures unused;
        return pattern->match(split, &unused);
    });
}

// ---- For people -----------------------------------------------------------------------

bool SiteRuleSet::isEmpty() const
{
    return redirects.isEmpty() && headers.isEmpty() && !cleanUrls && !trailingSlash && problems.isEmpty();
}

QStringList SiteRuleSet::describe() const
{
    QStringList lines;
    for (const RedirectRule &r : redirects) {
        QString from = r.from;
        for (const auto &[name, value] : r.query)
            from += u' ' + name + u'=' + value;
        QString status = QString::number(r.status);
        if (r.force && r.syntax == RuleSyntax::Netlify)
            status += u'!';
        lines.append(QStringLiteral("%1:%2  %3  ->  %4  %5").arg(r.file, QString::number(r.line), from, r.to, status));
    }
    for (const HeaderRule &h : headers) {
        for (const auto &[name, value] : h.headers) {
            lines.append(QStringLiteral("%1:%2  %3  %4: %5")
                             .arg(h.file, QString::number(h.line), h.pattern, QString::fromUtf8(name),
                                  QString::fromUtf8(value)));
        }
    }
    if (cleanUrls) {
        const QString value = cleanUrlGlobs.isEmpty() ? (*cleanUrls ? QStringLiteral("true") : QStringLiteral("false"))
                                                      : cleanUrlGlobs.join(QStringLiteral(", "));
        lines.append(QStringLiteral("%1  cleanUrls: %2").arg(settingsFile, value));
    }
    if (trailingSlash) {
        lines.append(QStringLiteral("%1  trailingSlash: %2")
                         .arg(settingsFile, *trailingSlash ? QStringLiteral("true") : QStringLiteral("false")));
    }
    return lines;
}

} // namespace Servery
