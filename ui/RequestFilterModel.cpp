#include "RequestFilterModel.h"

#include "RequestLogModel.h"

#include <QStringBuilder>

namespace Servery {

namespace {

// The terms of a filter text: split at spaces outside double quotes, the
// quotes themselves dropped ("rule:\"two words\"" is one term).
QStringList splitTerms(QStringView text)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

} // namespace

RequestFilterModel::RequestFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RequestFilterModel::setSourceModel(QAbstractItemModel *source)
{
    // Rows are read as records, not through roles: cheaper per row, and
    // headers and bodies have no role.
    m_log = qobject_cast<const RequestLogModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void RequestFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_terms = parse(m_text);
    invalidateFilter();
}

void RequestFilterModel::setStatusClasses(StatusClasses classes)
{
    if (classes == m_classes)
        return;
    m_classes = classes;
    invalidateFilter();
}

RequestFilterModel::StatusClass RequestFilterModel::classOf(int status)
{
    if (status >= 200 && status < 300)
        return Success;
    if (status >= 300 && status < 400)
        return Redirection;
    if (status >= 400 && status < 500)
        return ClientError;
    if (status >= 500)
        return ServerError;
    return Informational;
}

QList<RequestFilterModel::Term> RequestFilterModel::parse(const QString &text)
{
    static const struct {
        QLatin1StringView key;
        Term::Kind kind;
    } keys[] = {
        {QLatin1StringView("method"), Term::Method}, {QLatin1StringView("path"), Term::Path},
        {QLatin1StringView("status"), Term::Status}, {QLatin1StringView("device"), Term::Device},
        {QLatin1StringView("client"), Term::Device}, {QLatin1StringView("rule"), Term::Rule},
        {QLatin1StringView("header"), Term::Header}, {QLatin1StringView("body"), Term::Body},
    };
    QList<Term> terms;
    for (const QString &word : splitTerms(text)) {
        Term term;
        QString value = word;
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QStringView key = QStringView(word).first(colon);
            for (const auto &k : keys) {
                if (key.compare(k.key, Qt::CaseInsensitive) == 0) {
                    term.kind = k.kind;
                    value = word.mid(colon + 1);
                    break;
                }
            }
            if (term.kind != Term::Word && value.isEmpty())
                continue; // still being typed
        }
        if (term.kind == Term::Method || term.kind == Term::Status)
            term.values = value.split(u',', Qt::SkipEmptyParts);
        else
            term.values = {value};
        if (term.values.isEmpty())
            continue;
        term.needle = RequestLogModel::asciiLower(value.toUtf8());
        // A whole address is that client alone: device:10.0.0.5 is not
        // 10.0.0.50 too. A part of one (device:10.0.0) is a substring.
        if (term.kind == Term::Device && (value.count(u'.') == 3 || value.contains(u':')))
            term.address.setAddress(value);
        terms.append(std::move(term));
    }
    return terms;
}

bool RequestFilterModel::globMatches(QStringView pattern, QStringView text)
{
    // Greedy with one point to come back to: the last star seen.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p].toCaseFolded() == text[t].toCaseFolded()) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool RequestFilterModel::pathMatches(const QString &pattern, const RequestRecord &r)
{
    // The query counts only when the pattern speaks of one.
    QByteArray target = r.target;
    if (!pattern.contains(u'?')) {
        const qsizetype query = target.indexOf('?');
        if (query >= 0)
            target.truncate(query);
    }
    const bool glob = pattern.contains(u'*');
    auto test = [&](const QString &path) {
        if (globMatches(pattern, path))
            return true;
        // Without a star, a folder and what is under it: path:/api finds
        // /api and /api/users, not /apiary.
        if (glob || !path.startsWith(pattern, Qt::CaseInsensitive))
            return false;
        return pattern.endsWith(u'/') || path.at(pattern.size()) == u'/';
    };
    // As sent ("/my%20photos/") and as read ("/my photos/").
    return test(QString::fromLatin1(target)) || test(QString::fromUtf8(QByteArray::fromPercentEncoding(target)));
}

bool RequestFilterModel::statusMatches(const QString &pattern, int status)
{
    if (pattern.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0 || pattern == u"0")
        return status <= 0;
    const QString code = QString::number(status);
    if (status <= 0 || pattern.size() > code.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'x' || c == u'X')
            continue;
        if (!c.isDigit() || c != code[i])
            return false;
    }
    return true;
}

bool RequestFilterModel::matchesText(const RequestRecord &r) const
{
    QString summary; // made once, and only if a plain word needs it
    for (const Term &term : m_terms) {
        const QString &value = term.values.constFirst();
        bool ok = false;
        switch (term.kind) {
        case Term::Method:
            for (const QString &m : term.values)
                ok = ok || QString::fromLatin1(r.method).compare(m, Qt::CaseInsensitive) == 0;
            break;
        case Term::Path:
            ok = pathMatches(value, r);
            break;
        case Term::Status:
            for (const QString &s : term.values)
                ok = ok || statusMatches(s, r.status);
            break;
        case Term::Device:
            ok = term.address.isNull() ? RequestLogModel::clientLabel(r).contains(value, Qt::CaseInsensitive)
                                       : r.clientAddress.isEqual(term.address, QHostAddress::TolerantConversion);
            break;
        case Term::Rule:
            if (value == u"*")
                ok = !r.rule.isEmpty();
            else if (value.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0)
                ok = r.rule.isEmpty();
            else
                ok = r.rule.contains(value, Qt::CaseInsensitive);
            break;
        case Term::Header:
            ok = RequestLogModel::headersContain(r, term.needle);
            break;
        case Term::Body:
            ok = RequestLogModel::bodiesContain(r, term.needle);
            break;
        case Term::Word:
            // "404 iphone" finds an iPhone's 404s: every word, anywhere.
            if (summary.isNull())
                summary = RequestLogModel::searchText(r);
            ok = summary.contains(value, Qt::CaseInsensitive)
                || RequestLogModel::headersContain(r, term.needle, /*skipOpaque=*/true)
                || RequestLogModel::bodiesContain(r, term.needle);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_log) {
        const RequestRecord &r = m_log->record(sourceRow);
        return m_classes.testFlag(classOf(r.status)) && matchesText(r);
    }
    // Another source: its status and summary are all there is to match.
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_classes.testFlag(classOf(index.data(RequestLogModel::StatusRole).toInt())))
        return false;
    const QString haystack = index.data(RequestLogModel::SearchTextRole).toString();
    for (const Term &term : m_terms) {
        if (!haystack.contains(term.values.constFirst(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString RequestFilterModel::helpText()
{
    const struct {
        const char *token;
        const char *meaning;
    } rows[] = {
        {"method:POST", QT_TR_NOOP("the method; method:put,patch for either")},
        {"path:/api/*", QT_TR_NOOP("the path, * for anything; path:/api is /api and below")},
        {"status:404", QT_TR_NOOP("the status; status:4xx a class, status:none no response")},
        {"device:Pixel", QT_TR_NOOP("the device or the client address")},
        {"rule:create", QT_TR_NOOP("the rule that answered; rule:* any, rule:none none")},
        {"header:x-github", QT_TR_NOOP("a request or response header, name or value")},
        {"body:needle", QT_TR_NOOP("the request or response body (the first 64 KiB kept in memory)")},
    };
    QString html = u"<p>"
        % tr("Words, all of which must match (case does not matter). "
             "A plain word is looked for everywhere: method, path, status, client, "
             "rule, headers and bodies.")
        % u"</p><table>";
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td><tt>%1</tt>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(QString::fromLatin1(row.token), tr(row.meaning).toHtmlEscaped());
    return html % u"</table><p>" % tr("Quotes keep spaces in one term: body:\"two words\".").toHtmlEscaped() % u"</p>";
}

} // namespace Servery
