// PathPattern: Netlify FROM paths and serve.json globs, compiled and matched.

#include "server/site/PathPattern.h"

#include "server/files/NativeName.h"
#include "server/site/SiteRules.h"

#include <algorithm>

namespace Servery {

SplitPath splitPath(const QString &path)
{
    SplitPath p;
    p.segments = path.split(u'/', Qt::SkipEmptyParts);
    p.trailingSlash = !p.segments.isEmpty() && path.endsWith(u'/');
    return p;
}

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isPlaceholderSegment(QStringView segment)
{
    if (segment.size() < 2 || segment[0] != u':' || !isIdentifierStart(segment[1]))
        return false;
    return std::all_of(segment.begin() + 1, segment.end(), isIdentifierChar);
}

QString percentDecoded(QStringView s)
{
    if (!s.contains(u'%'))
        return s.toString();
    return decodeFileName(QByteArray::fromPercentEncoding(s.toUtf8()));
}

namespace {

// The index of the bracket closing the one at `open`, counting nesting.
qsizetype findClosing(QStringView s, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == opening) {
            ++depth;
        } else if (s[i] == closing) {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

// Splits the inside of a group at `separator` where it is not nested.
QStringList splitTopLevel(QStringView inside, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const QChar c = inside[i];
        if (c == u'{' || c == u'(') {
            ++depth;
        } else if (c == u'}' || c == u')') {
            --depth;
        } else if (c == separator && depth == 0) {
            parts.append(inside.sliced(start, i - start).toString());
            start = i + 1;
        }
    }
    parts.append(inside.sliced(start).toString());
    return parts;
}

// Expands the leftmost `{a,b}`, `@(a|b)` or `?(a|b)` group of `s` and
// recurses, in order (minimatch expands braces before it matches; the two
// extglobs mean one of, or at most one of, their alternatives). False when
// the result would pass kMaxGlobAlternatives.
bool expandGroups(const QString &s, QStringList &out, int depth = 0)
{
    if (depth > 256)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        QStringList alternatives;
        qsizetype close = -1;
        qsizetype groupStart = i;
        if (s[i] == u'{') {
            close = findClosing(s, i, u'{', u'}');
            if (close < 0)
                continue;
            alternatives = splitTopLevel(QStringView(s).sliced(i + 1, close - i - 1), u',');
            if (alternatives.size() < 2)
                continue; // "{a}" is literal, as in minimatch; look inside it
        } else if ((s[i] == u'@' || s[i] == u'?') && i + 1 < s.size() && s[i + 1] == u'(') {
            close = findClosing(s, i + 1, u'(', u')');
            if (close < 0)
                continue;
            alternatives = splitTopLevel(QStringView(s).sliced(i + 2, close - i - 2), u'|');
            if (s[i] == u'?')
                alternatives.prepend(QString());
        } else {
            continue;
        }
        const QStringView prefix = QStringView(s).first(groupStart);
        const QStringView suffix = QStringView(s).sliced(close + 1);
        for (const QString &alternative : alternatives) {
            if (!expandGroups(prefix + alternative + suffix, out, depth + 1))
                return false;
        }
        return true;
    }
    out.append(s);
    return out.size() <= SiteRuleLimits::kMaxGlobAlternatives;
}

} // namespace

std::shared_ptr<const PathPattern> PathPattern::netlify(const QString &from, QString *error)
{
    if (from.size() > SiteRuleLimits::kMaxPatternLength) {
        *error = QStringLiteral("the path is too long");
        return nullptr;
    }
    auto pattern = std::make_shared<PathPattern>();
    QStringView body = from;
    pattern->m_splat = body.endsWith(u'*');
    if (pattern->m_splat)
        body.chop(1);
    if (body.contains(u'*')) {
        *error = QStringLiteral("a splat (*) is only supported at the end of the path");
        return nullptr;
    }
    QStringList parts = body.toString().split(u'/', Qt::SkipEmptyParts);
    if (pattern->m_splat && !body.endsWith(u'/') && !parts.isEmpty())
        pattern->m_splatPrefix = percentDecoded(parts.takeLast());
    for (const QString &part : std::as_const(parts)) {
        Segment segment;
        if (isPlaceholderSegment(part)) {
            segment.kind = Segment::Placeholder;
            segment.text = part.mid(1);
        } else {
            segment.text = percentDecoded(part);
        }
        pattern->m_segments.append(segment);
    }
    return pattern;
}

std::shared_ptr<const PathPattern> PathPattern::glob(const QString &source, QString *error)
{
    if (source.size() > SiteRuleLimits::kMaxPatternLength) {
        *error = QStringLiteral("the pattern is too long");
        return nullptr;
    }
    auto pattern = std::make_shared<PathPattern>();
    pattern->m_glob = true;
    QString s = source;
    // serve-handler's glob-slash: a leading '!' negates, then the pattern
    // gets a leading '/', so "api/**" and "/api/**" are the same (here both
    // are the segments "api", "**").
    if (s.startsWith(u'!')) {
        pattern->m_negated = true;
        s.remove(0, 1);
    }
    for (const char16_t *unsupported : {u"!(", u"+(", u"*("}) {
        if (s.contains(QStringView(unsupported))) {
            *error = QStringLiteral("the pattern group %1...) is not supported").arg(QStringView(unsupported));
            return nullptr;
        }
    }
    QStringList expanded;
    if (!expandGroups(s, expanded)) {
        *error = QStringLiteral("the pattern has too many groups or alternatives (at most %1)")
                     .arg(SiteRuleLimits::kMaxGlobAlternatives);
        return nullptr;
    }
    for (const QString &text : std::as_const(expanded)) {
        Alternative alternative;
        for (const QString &part : text.split(u'/', Qt::SkipEmptyParts)) {
            Segment segment;
            if (!compileSegment(part, &segment)) {
                *error = QStringLiteral("the pattern segment \"%1\" is not valid").arg(part);
                return nullptr;
            }
            // "**/**" is one "**".
            if (segment.kind == Segment::GlobStar && !alternative.isEmpty()
                && alternative.constLast().kind == Segment::GlobStar)
                continue;
            alternative.append(segment);
        }
        pattern->m_alternatives.append(alternative);
    }
    return pattern;
}

bool PathPattern::compileSegment(QStringView text, Segment *out)
{
    if (text == u"**") {
        out->kind = Segment::GlobStar;
        return true;
    }
    // path-to-regexp's ":name", which serve-handler tries before minimatch.
    if (isPlaceholderSegment(text)) {
        out->kind = Segment::Placeholder;
        out->text = text.sliced(1).toString();
        return true;
    }
    out->kind = Segment::Wild;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        Token token;
        if (c == u'*') {
            if (!out->tokens.isEmpty() && out->tokens.constLast().kind == Token::Star)
                continue; // "a**b" is "a*b" within a segment
            token.kind = Token::Star;
        } else if (c == u'?') {
            token.kind = Token::AnyChar;
        } else if (c == u'[') {
            // [abc], [a-z], [!a] / [^a]; an unclosed '[' is literal.
            qsizetype j = i + 1;
            CharClass cls;
            if (j < text.size() && (text[j] == u'!' || text[j] == u'^')) {
                cls.negated = true;
                ++j;
            }
            const qsizetype first = j;
            while (j < text.size() && (text[j] != u']' || j == first)) {
                char16_t lo = text[j].unicode();
                char16_t hi = lo;
                if (j + 2 < text.size() && text[j + 1] == u'-' && text[j + 2] != u']') {
                    hi = text[j + 2].unicode();
                    j += 2;
                }
                cls.ranges.append({std::min(lo, hi), std::max(lo, hi)});
                ++j;
            }
            if (j >= text.size()) {
                token.ch = c; // literal '['
            } else {
                token.kind = Token::Class;
                token.classIndex = out->classes.size();
                out->classes.append(cls);
                i = j;
            }
        } else {
            token.ch = c;
        }
        out->tokens.append(token);
    }
    return !out->tokens.isEmpty();
}

// Wildcard matching inside one segment in O(pattern x text): on a mismatch
// only the most recent '*' is retried one character further, which is
// enough because a later star can absorb whatever an earlier one would.
bool PathPattern::wildMatch(const Segment &segment, QStringView s)
{
    const QList<Token> &tokens = segment.tokens;
    const qsizetype n = tokens.size();
    const auto single = [&](const Token &t, QChar c) {
        switch (t.kind) {
        case Token::Literal:
            return t.ch == c;
        case Token::AnyChar:
            return true;
        case Token::Class: {
            const CharClass &cls = segment.classes[t.classIndex];
            const bool in = std::any_of(cls.ranges.begin(), cls.ranges.end(), [c](const auto &range) {
                return c.unicode() >= range.first && c.unicode() <= range.second;
            });
            return in != cls.negated;
        }
        case Token::Star:
            break;
        }
        return false;
    };
    qsizetype p = 0;
    qsizetype i = 0;
    qsizetype starP = -1;
    qsizetype starI = 0;
    while (i < s.size()) {
        if (p < n && tokens[p].kind == Token::Star) {
            starP = p++;
            starI = i;
        } else if (p < n && single(tokens[p], s[i])) {
            ++p;
            ++i;
        } else if (starP >= 0) {
            p = starP + 1;
            i = ++starI;
        } else {
            return false;
        }
    }
    while (p < n && tokens[p].kind == Token::Star)
        ++p;
    return p == n;
}

bool PathPattern::match(const SplitPath &path, Captures *captures) const
{
    if (!m_glob)
        return matchNetlify(path, captures);
    for (const Alternative &alternative : m_alternatives) {
        Captures found;
        if (matchAlternative(alternative, path.segments, &found)) {
            if (m_negated)
                return false;
            *captures = found;
            return true;
        }
    }
    return m_negated;
}

bool PathPattern::matchNetlify(const SplitPath &path, Captures *captures) const
{
    const QStringList &segments = path.segments;
    const qsizetype n = m_segments.size();
    const bool partial = !m_splatPrefix.isEmpty();
    if (!m_splat ? segments.size() != n : segments.size() < n + (partial ? 1 : 0))
        return false;
    Captures found;
    for (qsizetype i = 0; i < n; ++i) {
        const Segment &segment = m_segments[i];
        if (segment.kind == Segment::Placeholder)
            found.named.append({segment.text, encodeFileName(segments[i])});
        else if (segments[i].compare(segment.text, Qt::CaseInsensitive) != 0)
            return false; // Netlify matches paths without case
    }
    if (m_splat) {
        QStringList rest = segments.mid(n);
        if (partial) {
            if (!rest.first().startsWith(m_splatPrefix, Qt::CaseInsensitive))
                return false;
            rest.first().remove(0, m_splatPrefix.size());
        }
        found.hasSplat = true;
        found.splat = encodeFileName(rest.join(u'/'));
        if (path.trailingSlash && !found.splat.isEmpty())
            found.splat.append('/');
    }
    *captures = found;
    return true;
}

// The alternative's segments as states; every path segment moves the set of
// live states one step (a "**" state may stay). Threads are kept in priority
// order and one per state, so captures come from the leftmost-first match
// and the work is O(path segments x pattern segments) wildcard matches.
bool PathPattern::matchAlternative(const Alternative &alternative, const QStringList &segments, Captures *captures)
{
    const qsizetype states = alternative.size();
    QStringList names;
    QList<qsizetype> slotOf(states, -1);
    for (qsizetype i = 0; i < states; ++i) {
        if (alternative[i].kind == Segment::Placeholder) {
            slotOf[i] = names.size();
            names.append(alternative[i].text);
        }
    }
    struct Thread {
        qsizetype state;
        QList<qsizetype> captured; // path segment index per name slot
    };
    QList<Thread> current;
    QList<Thread> next;
    QList<bool> seen;
    const auto add = [&](QList<Thread> &list, qsizetype state, const QList<qsizetype> &captured) {
        // A "**" may also match nothing: its state leads on to the next one.
        // Consecutive "**" were merged, so this goes at most one step.
        for (qsizetype s = state; s <= states; ++s) {
            if (seen[s])
                return;
            seen[s] = true;
            list.append({s, captured});
            if (s == states || alternative[s].kind != Segment::GlobStar)
                return;
        }
    };
    seen.fill(false, states + 1);
    add(current, 0, QList<qsizetype>(names.size(), -1));
    for (qsizetype i = 0; i < segments.size() && !current.isEmpty(); ++i) {
        next.clear();
        seen.fill(false, states + 1);
        for (const Thread &thread : std::as_const(current)) {
            if (thread.state == states)
                continue;
            const Segment &segment = alternative[thread.state];
            switch (segment.kind) {
            case Segment::GlobStar:
                add(next, thread.state, thread.captured);
                break;
            case Segment::Placeholder: {
                QList<qsizetype> captured = thread.captured;
                captured[slotOf[thread.state]] = i;
                add(next, thread.state + 1, captured);
                break;
            }
            case Segment::Wild:
            case Segment::Literal:
                if (wildMatch(segment, segments[i]))
                    add(next, thread.state + 1, thread.captured);
                break;
            }
        }
        current.swap(next);
    }
    for (const Thread &thread : std::as_const(current)) {
        if (thread.state != states)
            continue;
        for (qsizetype slot = 0; slot < names.size(); ++slot)
            captures->named.append({names[slot], encodeFileName(segments[thread.captured[slot]])});
        return true;
    }
    return false;
}

} // namespace Servery
