#include "RecordDiff.h"

#include "BodyPreview.h"
#include "BodyViewer.h"
#include "FormTableModel.h"
#include "TextDecoding.h"

#include "server/http/HttpStatus.h"
#include "server/log/RequestRecord.h"
#include "server/util/HumanFormat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Servery {

namespace {

// The context of this file's strings in the catalogue.
struct DiffText {
    Q_DECLARE_TR_FUNCTIONS(Servery::RecordDiff)
};

// Myers' greedy search over the lines between a common beginning and end,
// as line ids. Appends Same/Removed/Added as indices into a and b to `out`;
// false when the edit distance exceeds kMaxDiffEdits.
struct Edit {
    DiffLine::Op op;
    qsizetype index; // into a (Same, Removed) or b (Added)
};

bool myers(const std::vector<int> &a, const std::vector<int> &b, std::vector<Edit> &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int maxD = std::min(n + m, kMaxDiffEdits);
    std::vector<int> v(size_t(2 * maxD + 3), 0);
    const int offset = maxD + 1;
    // trace[d]: v[k] for k in [-d, d] before step d, to walk back from the end.
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                   : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    std::vector<Edit> reversed;
    int x = n;
    int y = m;
    for (int d = found; d >= 0; --d) {
        const std::vector<int> &t = trace[size_t(d)];
        auto at = [&](int k) {
            return t[size_t(k + d)];
        };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = d > 0 ? at(prevK) : 0;
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.push_back({DiffLine::Same, --x});
            --y;
        }
        if (d > 0) {
            if (x == prevX)
                reversed.push_back({DiffLine::Added, prevY});
            else
                reversed.push_back({DiffLine::Removed, prevX});
        }
        x = prevX;
        y = prevY;
    }
    out.insert(out.end(), reversed.rbegin(), reversed.rend());
    return true;
}

QStringList headerLines(const HttpHeaders &headers, QStringList *keys)
{
    QStringList lines;
    for (const HttpHeader &h : headers.fields()) {
        lines << QString::fromUtf8(h.name + ": " + h.value);
        *keys << QString::fromUtf8(h.name.toLower() + ": " + h.value);
    }
    return lines;
}

QStringList statusLines(const RequestRecord &r)
{
    if (r.status <= 0)
        return {r.error.isEmpty() ? DiffText::tr("(no response)") : r.error};
    return {QString::number(r.status) + u' ' + QString::fromLatin1(reasonPhrase(r.status))};
}

// A body as lines to compare, or nothing when it is not text.
std::optional<QStringList> bodyLines(const QByteArray &body, QByteArrayView contentType, BodyViewer::Kind kind)
{
    switch (kind) {
    case BodyViewer::Kind::Empty:
        return QStringList();
    case BodyViewer::Kind::Json: {
        const QString text = decodeText(body, contentType).text;
        const BodyPreview pretty = previewBody(text.toUtf8(), "application/json", body.size(), body.size() + 1);
        return (pretty.kind == BodyPreview::Kind::Json ? pretty.text : text).split(u'\n');
    }
    case BodyViewer::Kind::Form: {
        QStringList lines;
        for (const auto &[name, value] : parseFormFields(body))
            lines << name + QStringLiteral(" = ") + value;
        return lines;
    }
    case BodyViewer::Kind::Text: {
        QString text = decodeText(body, contentType).text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.endsWith(u'\n'))
            text.chop(1);
        return text.split(u'\n');
    }
    default:
        return std::nullopt;
    }
}

BodyDiff binaryDiff(qint64 firstDifference, qint64 sizeA, qint64 sizeB)
{
    BodyDiff out;
    out.mode = BodyDiff::Mode::Binary;
    out.firstDifference = firstDifference;
    out.same = firstDifference < 0;
    if (out.same)
        out.summary = DiffText::tr("Same bytes (%1 in all)").arg(humanSize(sizeA));
    else
        out.summary = DiffText::tr("The bodies differ at byte %1 (of %2 and %3 bytes)")
                          .arg(firstDifference)
                          .arg(sizeA)
                          .arg(sizeB);
    return out;
}

qint64 firstDifferentByte(QByteArrayView a, QByteArrayView b)
{
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ia == a.end() && ib == b.end())
        return -1;
    return ia - a.begin();
}

} // namespace

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    return diffLines(a, b, a, b);
}

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b, const QStringList &keysA,
                          const QStringList &keysB)
{
    Q_ASSERT(a.size() == keysA.size() && b.size() == keysB.size());
    // The common beginning and end cost nothing to find and shrink the search.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && keysA[prefix] == keysB[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && keysA[a.size() - 1 - suffix] == keysB[b.size() - 1 - suffix])
        ++suffix;

    QList<DiffLine> out;
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({DiffLine::Same, a[i]});

    const qsizetype midA = a.size() - prefix - suffix;
    const qsizetype midB = b.size() - prefix - suffix;
    std::vector<Edit> edits;
    bool searched = false;
    if (a.size() <= kMaxDiffLines && b.size() <= kMaxDiffLines) {
        QHash<QString, int> ids;
        auto idsOf = [&](const QStringList &keys, qsizetype count) {
            std::vector<int> seq;
            seq.reserve(size_t(count));
            for (qsizetype i = prefix; i < prefix + count; ++i) {
                auto it = ids.constFind(keys[i]);
                if (it == ids.constEnd())
                    it = ids.insert(keys[i], int(ids.size()));
                seq.push_back(it.value());
            }
            return seq;
        };
        const std::vector<int> seqA = idsOf(keysA, midA);
        const std::vector<int> seqB = idsOf(keysB, midB);
        searched = myers(seqA, seqB, edits);
    }
    if (!searched) {
        edits.clear();
        for (qsizetype i = 0; i < midA; ++i)
            edits.push_back({DiffLine::Removed, i});
        for (qsizetype i = 0; i < midB; ++i)
            edits.push_back({DiffLine::Added, i});
    }
    // Within a run of changes, what went comes before what came.
    for (auto run = edits.begin(); run != edits.end();) {
        auto end = std::find_if(run, edits.end(), [](const Edit &e) { return e.op == DiffLine::Same; });
        std::stable_partition(run, end, [](const Edit &e) { return e.op == DiffLine::Removed; });
        run = end == edits.end() ? end : end + 1;
    }
    for (const Edit &e : edits)
        out.append({e.op, e.op == DiffLine::Added ? b[prefix + e.index] : a[prefix + e.index]});

    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        out.append({DiffLine::Same, a[i]});
    return out;
}

bool DiffSection::differs() const
{
    return std::any_of(lines.begin(), lines.end(), [](const DiffLine &l) { return l.op != DiffLine::Same; });
}

QList<DiffSection> headerDiff(const RequestRecord &a, const RequestRecord &b)
{
    QList<DiffSection> out;
    const QStringList lineA {QString::fromUtf8(a.requestLine())};
    const QStringList lineB {QString::fromUtf8(b.requestLine())};
    out.append({DiffText::tr("Request line"), diffLines(lineA, lineB)});

    QStringList keysA;
    QStringList keysB;
    QStringList linesA = headerLines(a.requestHeaders, &keysA);
    QStringList linesB = headerLines(b.requestHeaders, &keysB);
    out.append({DiffText::tr("Request headers"), diffLines(linesA, linesB, keysA, keysB)});

    out.append({DiffText::tr("Status"), diffLines(statusLines(a), statusLines(b))});

    keysA.clear();
    keysB.clear();
    linesA = headerLines(a.responseHeaders, &keysA);
    linesB = headerLines(b.responseHeaders, &keysB);
    out.append({DiffText::tr("Response headers"), diffLines(linesA, linesB, keysA, keysB)});
    return out;
}

BodyDiff bodyDiff(const QByteArray &a, QByteArrayView contentTypeA, const QByteArray &b, QByteArrayView contentTypeB)
{
    const auto kindOf = [](const QByteArray &body, QByteArrayView type) {
        return BodyViewer::chooseKind(
            QByteArrayView(body).first(std::min<qsizetype>(body.size(), BodyViewer::kSniffBytes)), type);
    };
    BodyViewer::Kind kindA = kindOf(a, contentTypeA);
    BodyViewer::Kind kindB = kindOf(b, contentTypeB);
    // An empty side takes the other's kind: a body added is still JSON.
    if (kindA == BodyViewer::Kind::Empty)
        kindA = kindB;
    if (kindB == BodyViewer::Kind::Empty)
        kindB = kindA;
    const std::optional<QStringList> linesA = a.isEmpty() ? QStringList() : bodyLines(a, contentTypeA, kindA);
    const std::optional<QStringList> linesB = b.isEmpty() ? QStringList() : bodyLines(b, contentTypeB, kindB);
    if (!linesA || !linesB || (kindA != kindB && (kindA == BodyViewer::Kind::Json || kindB == BodyViewer::Kind::Json)))
        return binaryDiff(firstDifferentByte(a, b), a.size(), b.size());

    BodyDiff out;
    out.mode = kindA == BodyViewer::Kind::Json ? BodyDiff::Mode::Json : BodyDiff::Mode::Text;
    out.lines = diffLines(*linesA, *linesB);
    out.same
        = std::all_of(out.lines.begin(), out.lines.end(), [](const DiffLine &l) { return l.op == DiffLine::Same; });
    out.summary = out.same ? DiffText::tr("Same content") : DiffText::tr("The bodies differ");
    if (out.same && a != b)
        out.summary = DiffText::tr("Same content, different bytes (spacing or encoding)");
    return out;
}

BodyDiff bodyDiff(const RequestRecord &a, const RequestRecord &b)
{
    const qint64 keptA = a.requestBodyKept();
    const qint64 keptB = b.requestBodyKept();
    const QByteArray headA = a.requestBodyBytes(0, std::min(keptA, kMaxDiffBodyBytes));
    const QByteArray headB = b.requestBodyBytes(0, std::min(keptB, kMaxDiffBodyBytes));
    BodyDiff out
        = bodyDiff(headA, a.requestHeaders.value("Content-Type"), headB, b.requestHeaders.value("Content-Type"));
    if (out.mode == BodyDiff::Mode::Binary) {
        const qint64 shorterHead = std::min(headA.size(), headB.size());
        if (out.firstDifference >= 0 && out.firstDifference < shorterHead)
            return binaryDiff(out.firstDifference, keptA, keptB);
        // The beginnings match: compare the rest a block at a time.
        constexpr qint64 kBlock = 256 * 1024;
        const qint64 common = std::min(keptA, keptB);
        for (qint64 at = shorterHead; at < common; at += kBlock) {
            const qint64 n = std::min(kBlock, common - at);
            const qint64 diff = firstDifferentByte(a.requestBodyBytes(at, n), b.requestBodyBytes(at, n));
            if (diff >= 0)
                return binaryDiff(at + diff, keptA, keptB);
        }
        return binaryDiff(keptA == keptB ? -1 : common, keptA, keptB);
    }
    if (keptA > kMaxDiffBodyBytes || keptB > kMaxDiffBodyBytes)
        out.summary = DiffText::tr("%1 (the first %2 of each body)").arg(out.summary, humanSize(kMaxDiffBodyBytes));
    return out;
}

} // namespace Servery
