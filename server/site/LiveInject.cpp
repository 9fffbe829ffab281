#include "server/site/LiveInject.h"

#include <QList>

namespace Servery {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

QByteArray lowered(QByteArrayView bytes)
{
    return bytes.toByteArray().toLower();
}

// The value of attribute `name` in one tag's text ("<meta a=b c='d'>"),
// quoted or not; null when absent.
QByteArray attributeValue(QByteArrayView tag, QByteArrayView name)
{
    const QByteArray lower = lowered(tag);
    qsizetype at = 0;
    while ((at = lower.indexOf(name, at)) >= 0) {
        const bool startsName = at > 0 && isSpace(lower.at(at - 1));
        qsizetype p = at + name.size();
        at = p;
        if (!startsName)
            continue;
        while (p < lower.size() && isSpace(lower.at(p)))
            ++p;
        if (p >= lower.size() || lower.at(p) != '=')
            continue;
        ++p;
        while (p < lower.size() && isSpace(lower.at(p)))
            ++p;
        if (p >= lower.size())
            return QByteArray("");
        const char quote = tag.at(p);
        if (quote == '"' || quote == '\'') {
            const qsizetype end = lower.indexOf(quote, p + 1);
            return tag.sliced(p + 1, (end < 0 ? tag.size() : end) - p - 1).toByteArray();
        }
        qsizetype end = p;
        while (end < tag.size() && !isSpace(tag.at(end)) && tag.at(end) != '>')
            ++end;
        return tag.sliced(p, end - p).toByteArray();
    }
    return {};
}

struct Directive {
    QByteArray name;
    QByteArrayList sources;
};

QList<Directive> parsePolicy(QByteArrayView policy)
{
    QList<Directive> directives;
    for (const QByteArray &part : policy.toByteArray().split(';')) {
        QByteArrayList words;
        for (const QByteArray &w : part.simplified().split(' ')) {
            if (!w.isEmpty())
                words.append(w);
        }
        if (words.isEmpty())
            continue;
        Directive d;
        d.name = words.takeFirst().toLower();
        d.sources = words;
        // The first of a repeated directive counts (CSP 3, 2.2.1).
        const bool seen = std::any_of(directives.begin(), directives.end(),
                                      [&d](const Directive &other) { return other.name == d.name; });
        if (!seen)
            directives.append(d);
    }
    return directives;
}

const Directive *find(const QList<Directive> &directives, std::initializer_list<QByteArrayView> names)
{
    for (QByteArrayView name : names) {
        for (const Directive &d : directives) {
            if (d.name == name)
                return &d;
        }
    }
    return nullptr;
}

// Whether a source list admits a script or connection to this server's own
// origin (its address is not known here, so only the origin-free forms).
bool allowsSelf(const QByteArrayList &sources)
{
    for (const QByteArray &s : sources) {
        const QByteArray l = s.toLower();
        if (l == "'self'" || l == "*" || l == "http:" || l == "https:" || l == "ws:")
            return true;
    }
    return false;
}

} // namespace

QByteArrayList metaContentSecurityPolicies(QByteArrayView html)
{
    QByteArrayList policies;
    const QByteArrayView head = html.first(std::min<qsizetype>(html.size(), 64 * 1024));
    const QByteArray lower = lowered(head);
    qsizetype at = 0;
    while ((at = lower.indexOf("<meta", at)) >= 0) {
        const qsizetype end = lower.indexOf('>', at);
        if (end < 0)
            break;
        const QByteArrayView tag = head.sliced(at, end - at + 1);
        at = end;
        if (attributeValue(tag, "http-equiv").trimmed().toLower() != "content-security-policy")
            continue;
        const QByteArray content = attributeValue(tag, "content");
        if (!content.isEmpty())
            policies.append(content);
    }
    return policies;
}

CspVerdict liveScriptAllowedBy(const QByteArrayList &policies)
{
    CspVerdict verdict;
    for (const QByteArray &policy : policies) {
        const QList<Directive> directives = parsePolicy(policy);
        if (const Directive *script = find(directives, {"script-src-elem", "script-src", "default-src"})) {
            QByteArray nonce;
            bool strictDynamic = false;
            for (const QByteArray &s : script->sources) {
                const QByteArray l = s.toLower();
                if (l.startsWith("'nonce-") && l.endsWith('\'') && nonce.isEmpty())
                    nonce = s.sliced(7, s.size() - 8);
                if (l == "'strict-dynamic'")
                    strictDynamic = true;
            }
            if (!nonce.isEmpty()) {
                if (!verdict.nonce.isEmpty() && verdict.nonce != nonce) {
                    verdict.allowed = false;
                    verdict.reason = QStringLiteral("its policies ask for two different script nonces");
                    return verdict;
                }
                verdict.nonce = nonce;
            } else if (strictDynamic || !allowsSelf(script->sources)) {
                verdict.allowed = false;
                verdict.reason
                    = QStringLiteral("its Content-Security-Policy (%1 %2) allows neither this server "
                                     "('self') nor a nonce")
                          .arg(QString::fromLatin1(script->name), QString::fromLatin1(script->sources.join(' ')));
                return verdict;
            }
        }
        if (const Directive *connect = find(directives, {"connect-src", "default-src"})) {
            if (!allowsSelf(connect->sources)) {
                verdict.allowed = false;
                verdict.reason
                    = QStringLiteral("its Content-Security-Policy (%1 %2) does not let the page connect "
                                     "to this server ('self'), so it cannot hear of changes")
                          .arg(QString::fromLatin1(connect->name), QString::fromLatin1(connect->sources.join(' ')));
                return verdict;
            }
        }
    }
    return verdict;
}

QByteArray liveScriptTag(QByteArrayView nonce)
{
    QByteArray tag = QByteArrayLiteral("<script src=\"") + kLiveScriptPath + '"';
    if (!nonce.isEmpty()) {
        // A nonce is base64 or similar; anything that could leave the
        // attribute is dropped rather than escaped.
        QByteArray safe;
        for (char c : nonce) {
            if (c != '"' && c != '<' && c != '>' && c != '&' && !isSpace(c))
                safe += c;
        }
        tag += " nonce=\"" + safe + '"';
    }
    tag += "></script>";
    return tag;
}

QByteArray injectBeforeBodyEnd(QByteArrayView html, QByteArrayView tag)
{
    const QByteArray lower = lowered(html);
    const qsizetype at = lower.lastIndexOf("</body");
    QByteArray page;
    page.reserve(html.size() + tag.size() + 1);
    if (at < 0) {
        page.append(html);
        page.append(tag);
        return page;
    }
    page.append(html.first(at));
    page.append(tag);
    page.append(html.sliced(at));
    return page;
}

} // namespace Servery
