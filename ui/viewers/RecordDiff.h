#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Servery {

struct RequestRecord;

struct DiffLine {
    enum Op { Same, Added, Removed };
    Op op = Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// Past this many lines on either side a diff is not searched for: the
// common beginning and end are kept and the middle is shown as removed and
// added, in one block.
inline constexpr qsizetype kMaxDiffLines = 20'000;
// Nor when the two differ by more than this many lines (the search would
// take time and memory growing with its square).
inline constexpr int kMaxDiffEdits = 2'000;

// The shortest edit script turning `a` into `b` (Myers, "An O(ND)
// difference algorithm"), removals before additions where both happen.
// `keysA`/`keysB`, when given, are what is compared (a header's name in
// lower case with its value); the lines shown are `a` and `b`.
QList<DiffLine> diffLines(const QStringList &a, const QStringList &b);
QList<DiffLine> diffLines(const QStringList &a, const QStringList &b, const QStringList &keysA,
                          const QStringList &keysB);

// One titled part of a comparison ("Request headers").
struct DiffSection {
    QString title;
    QList<DiffLine> lines;
    bool differs() const;
};

// The request line, request headers, status and response headers of two
// exchanges. Header names compare case-insensitively (RFC 9110 5.1).
QList<DiffSection> headerDiff(const RequestRecord &a, const RequestRecord &b);

struct BodyDiff {
    enum class Mode { Json, Text, Binary };
    Mode mode = Mode::Text;
    QList<DiffLine> lines; // JSON (pretty-printed) and text, line by line
    qint64 firstDifference = -1; // binary: the offset of the first byte that differs
    bool same = true;
    QString summary; // "Same bytes", "The bodies differ at byte 1234"
};

// Most of a body that is compared as text: the rest is left out.
inline constexpr qint64 kMaxDiffBodyBytes = 1024 * 1024;

// Two bodies: JSON pretty-printed first, so the diff is per member; form
// fields one per line; text by lines, in its charset; anything else as
// bytes, which says where they first differ.
BodyDiff bodyDiff(const QByteArray &a, QByteArrayView contentTypeA, const QByteArray &b, QByteArrayView contentTypeB);
// The request bodies of two records, wherever they are kept; bytes are
// compared in blocks, so bodies in files are not loaded whole.
BodyDiff bodyDiff(const RequestRecord &a, const RequestRecord &b);

} // namespace Servery
