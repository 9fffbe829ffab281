#include "RulesTableModel.h"

#include "server/util/HumanFormat.h"

#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Servery {

namespace {

constexpr int kQuoteChars = 24; // of a text shown inside a summary

QString quoted(const QString &text, int max = kQuoteChars)
{
    const QString simple = text.simplified();
    return u'\u201c' + (simple.size() > max ? simple.left(max) + u'\u2026' : simple) + u'\u201d';
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString methodText(const ReplyRule &rule)
{
    return rule.method.isEmpty() ? RulesTableModel::tr("any") : QString::fromLatin1(rule.method);
}

// Every condition, one per line, for the tooltip of the Conditions column.
QString conditionsDetail(const ReplyRule &rule)
{
    QStringList lines;
    for (const auto &[name, value] : rule.requestHeaders)
        lines << (value == u"*" ? RulesTableModel::tr("header %1 is present").arg(QString::fromLatin1(name))
                                : RulesTableModel::tr("header %1: %2").arg(QString::fromLatin1(name), value));
    if (!rule.bodyContains.isEmpty())
        lines << RulesTableModel::tr("body contains %1").arg(quoted(rule.bodyContains, 200));
    for (const auto &[field, value] : rule.bodyJson)
        lines << RulesTableModel::tr("JSON %1 = %2").arg(field, jsonText(value));
    return lines.join(u'\n');
}

} // namespace

RulesTableModel::RulesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RulesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplyRule &r = m_rules.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == OnColumn)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::FontRole && column == NameColumn && r.name.isEmpty()) {
        QFont italic;
        italic.setItalic(true);
        return italic; // "#3" is a stand-in, not a name
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case OnColumn:
            return r.enabled ? tr("On: this rule answers the requests it matches") : tr("Off: this rule is skipped");
        case ConditionsColumn:
            return conditionsDetail(r);
        case ReplyColumn:
            return r.bodyFile.isEmpty() ? QVariant() : QVariant(r.bodyFile);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return r.label(index.row());
    case MethodColumn:
        return methodText(r);
    case PathColumn:
        return r.path;
    case ConditionsColumn:
        return conditionsSummary(r);
    case ReplyColumn:
        return replySummary(r);
    default:
        return {};
    }
}

bool RulesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != OnColumn || role != Qt::CheckStateRole)
        return false;
    ReplyRule r = m_rules.at(index.row());
    r.enabled = value.toInt() == Qt::Checked;
    setRule(index.row(), r);
    return true;
}

Qt::ItemFlags RulesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == OnColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The order is the order rules are tried in: number the rows.
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role == Qt::ToolTipRole && section == OnColumn)
        return tr("Rules that are off are skipped");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OnColumn:
        return tr("On");
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case ConditionsColumn:
        return tr("Conditions");
    case ReplyColumn:
        return tr("Reply");
    default:
        return {};
    }
}

void RulesTableModel::setRules(const QList<ReplyRule> &rules)
{
    const bool changed = rules != m_rules;
    beginResetModel();
    m_rules = rules;
    endResetModel();
    if (changed)
        Q_EMIT rulesChanged(m_rules);
}

void RulesTableModel::setRule(int row, const ReplyRule &rule)
{
    if (row < 0 || row >= m_rules.size() || m_rules.at(row) == rule)
        return;
    m_rules[row] = rule;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT rulesChanged(m_rules);
}

int RulesTableModel::addRule(const ReplyRule &rule, int at)
{
    if (at < 0 || at > m_rules.size())
        at = int(m_rules.size());
    beginInsertRows({}, at, at);
    m_rules.insert(at, rule);
    endInsertRows();
    // Unnamed rules show as "#N": the rows after this one moved.
    if (at + 1 < m_rules.size())
        Q_EMIT dataChanged(index(at + 1, NameColumn), index(int(m_rules.size()) - 1, NameColumn));
    Q_EMIT rulesChanged(m_rules);
    return at;
}

int RulesTableModel::duplicateRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return -1;
    ReplyRule copy = m_rules.at(row);
    if (!copy.name.isEmpty())
        copy.name = tr("%1 (copy)").arg(copy.name);
    return addRule(copy, row + 1);
}

bool RulesTableModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    if (row < m_rules.size())
        Q_EMIT dataChanged(index(row, NameColumn), index(int(m_rules.size()) - 1, NameColumn));
    Q_EMIT rulesChanged(m_rules);
    return true;
}

int RulesTableModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rules.size() || to < 0 || to >= m_rules.size() || delta == 0)
        return -1;
    // beginMoveRows wants the row *before* which the moved one lands.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rules.move(row, to);
    endMoveRows();
    const int first = std::min(row, to);
    const int last = std::max(row, to);
    Q_EMIT dataChanged(index(first, NameColumn), index(last, NameColumn));
    Q_EMIT rulesChanged(m_rules);
    return to;
}

QString RulesTableModel::conditionsSummary(const ReplyRule &rule)
{
    QStringList parts;
    if (rule.requestHeaders.size() == 1)
        parts << tr("header %1").arg(QString::fromLatin1(rule.requestHeaders.first().first));
    else if (!rule.requestHeaders.isEmpty())
        parts << tr("%1 headers").arg(rule.requestHeaders.size());
    if (!rule.bodyContains.isEmpty())
        parts << tr("body contains %1").arg(quoted(rule.bodyContains));
    if (rule.bodyJson.size() == 1)
        parts << tr("JSON %1 = %2").arg(rule.bodyJson.first().first, jsonText(rule.bodyJson.first().second));
    else if (!rule.bodyJson.isEmpty())
        parts << tr("%1 JSON fields").arg(rule.bodyJson.size());
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString RulesTableModel::replySummary(const ReplyRule &rule)
{
    QStringList parts {QString::number(rule.status)};
    if (!rule.bodyFile.isEmpty())
        parts << tr("file %1").arg(QFileInfo(rule.bodyFile).fileName());
    else if (rule.body.isEmpty())
        parts << tr("no body");
    else
        parts << humanSize(rule.body.toUtf8().size());
    if (rule.isTemplate)
        parts << tr("template");
    if (rule.delayMs > 0)
        parts << tr("%1 ms delay").arg(rule.delayMs);
    return parts.join(QStringLiteral(", "));
}

QString explainMismatch(const ReplyRule &rule, const RuleRequest &request)
{
    // Each condition alone, through the engine's own matching, so this can
    // never disagree with what the server does.
    QStringList why;
    ReplyRule methodOnly;
    methodOnly.method = rule.method;
    if (!matchesHead(methodOnly, request))
        why << RulesTableModel::tr("method is %1, the rule wants %2")
                   .arg(QString::fromLatin1(request.method), QString::fromLatin1(rule.method));
    ReplyRule pathOnly;
    pathOnly.path = rule.path;
    if (!matchesHead(pathOnly, request))
        why << RulesTableModel::tr("path %1 does not match %2").arg(QUrl::fromPercentEncoding(request.path), rule.path);
    for (const auto &header : rule.requestHeaders) {
        ReplyRule headerOnly;
        headerOnly.requestHeaders = {header};
        if (matchesHead(headerOnly, request))
            continue;
        const QString name = QString::fromLatin1(header.first);
        if (!request.headers.contains(header.first))
            why << RulesTableModel::tr("header %1 is missing").arg(name);
        else
            why << RulesTableModel::tr("header %1 is %2, the rule wants %3")
                       .arg(name, quoted(QString::fromUtf8(request.headers.value(header.first)), 60),
                            quoted(header.second, 60));
    }
    if (!rule.bodyContains.isEmpty()) {
        ReplyRule containsOnly;
        containsOnly.bodyContains = rule.bodyContains;
        if (!matchesBody(containsOnly, request.body))
            why << RulesTableModel::tr("body does not contain %1").arg(quoted(rule.bodyContains, 60));
    }
    if (!rule.bodyJson.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            why << (request.body.isEmpty() ? RulesTableModel::tr("body is empty, the rule checks JSON fields")
                                           : RulesTableModel::tr("body is not JSON, the rule checks JSON fields"));
        } else {
            for (const auto &field : rule.bodyJson) {
                ReplyRule fieldOnly;
                fieldOnly.bodyJson = {field};
                if (!matchesBody(fieldOnly, request.body))
                    why << RulesTableModel::tr("body field %1 is not %2").arg(field.first, jsonText(field.second));
            }
        }
    }
    return why.join(QStringLiteral("; "));
}

} // namespace Servery
