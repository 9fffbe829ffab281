#pragma once

// Compiled site-rule patterns, and the split paths and captures they match.

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

namespace Servery {

// ---- Paths and captures -----------------------------------------------------

// A decoded URL path cut into its segments. Empty segments are dropped, so
// "/a//b/" and "/a/b" are the same path to every pattern (both hosts
// match trailing-slash-insensitively).
struct SplitPath {
    QStringList segments;
    bool trailingSlash = false;
};

SplitPath splitPath(const QString &path);

// Values a match captured, as the bytes they stand for (a path segment as
// its file-name bytes, NativeName.h), so substitution can percent-encode
// them exactly.
struct Captures {
    QList<std::pair<QString, QByteArray>> named;
    bool hasSplat = false;
    QByteArray splat; // '/'-separated
};

bool isIdentifierStart(QChar c);
bool isIdentifierChar(QChar c);
// ":name" as a whole segment.
bool isPlaceholderSegment(QStringView segment);
QString percentDecoded(QStringView s);

// ---- Patterns -----------------------------------------------------------------

// A compiled FROM path (Netlify) or source glob (serve.json). Netlify's are
// literal and `:placeholder` segments with an optional trailing `*` splat,
// matched segment by segment without case. serve's are minimatch globs,
// brace and @(a|b) groups expanded up front into alternatives (bounded),
// each a list of segments matched by a set-of-states simulation (Thompson's
// construction over segments; `*` and `?` inside a segment by the two-index
// wildcard algorithm), so no input makes matching exponential.
class PathPattern {
public:
    static std::shared_ptr<const PathPattern> netlify(const QString &from, QString *error);
    static std::shared_ptr<const PathPattern> glob(const QString &source, QString *error);

    bool match(const SplitPath &path, Captures *captures) const;

private:
    struct CharClass {
        QList<std::pair<char16_t, char16_t>> ranges;
        bool negated = false;
    };
    struct Token {
        enum Kind { Literal, AnyChar, Star, Class } kind = Literal;
        QChar ch;
        qsizetype classIndex = -1;
    };
    struct Segment {
        enum Kind { Literal, Placeholder, Wild, GlobStar } kind = Literal;
        QString text; // Literal: decoded text; Placeholder: the name
        QList<Token> tokens; // Wild
        QList<CharClass> classes; // Wild
    };
    using Alternative = QList<Segment>;

    static bool compileSegment(QStringView text, Segment *out);
    static bool wildMatch(const Segment &segment, QStringView s);
    bool matchNetlify(const SplitPath &path, Captures *captures) const;
    static bool matchAlternative(const Alternative &alternative, const QStringList &segments, Captures *captures);

    bool m_glob = false;
    // Netlify
    QList<Segment> m_segments;
    bool m_splat = false;
    QString m_splatPrefix; // "/blog*": the last segment starts with "blog"
    // Glob
    QList<Alternative> m_alternatives;
    bool m_negated = false;
};

} // namespace Servery
