#pragma once

// What the rule file parsers share: problems, and destination and header checks.

#include "server/site/SiteRules.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace Servery {

// Adds a file's problems to the set, at most kMaxProblemsPerFile of them.
class Problems {
public:
    Problems(SiteRuleSet &into, const QString &file)
        : m_into(into)
        , m_file(file)
        , m_first(into.problems.size())
    {
    }

    void error(int line, const QString &message) { add(line, message, false); }
    void warning(int line, const QString &message) { add(line, message, true); }

    // The problems this file added, in line order (serve.json is read key
    // by key, not top to bottom).
    void sortByLine()
    {
        std::stable_sort(m_into.problems.begin() + m_first, m_into.problems.end(),
                         [](const RuleProblem &a, const RuleProblem &b) { return a.line < b.line; });
    }

private:
    void add(int line, const QString &message, bool warning)
    {
        ++m_count;
        if (m_count > SiteRuleLimits::kMaxProblemsPerFile + 1)
            return;
        if (m_count == SiteRuleLimits::kMaxProblemsPerFile + 1)
            m_into.problems.append({m_file, line, QStringLiteral("more problems follow; they are not shown"), true});
        else
            m_into.problems.append({m_file, line, message, warning});
    }

    SiteRuleSet &m_into;
    QString m_file;
    qsizetype m_first;
    int m_count = 0;
};

QString tooManyRules();

// Checks a TO / destination: a path on this host or an absolute http(s) URL.
// Returns an error, or an empty string.
QString checkDestination(const QString &to);

// Validates one header a rule sets. Returns false (and reports) when it is
// not to be used.
bool acceptHeader(QByteArrayView name, QByteArrayView value, int line, Problems &problems);

// Adds a header to a list, joining a repeated name with ", " (or replacing
// its value).
void mergeHeader(QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name, const QByteArray &value,
                 bool join);

} // namespace Servery
