#pragma once

#include "server/inspect/ReplyRules.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Servery {

// The reply rules as a table, in the order they are tried: a switch, the
// name, what they match and what they answer, each in a few words. Every
// change (a switch, an edit, add, duplicate, remove, a move) emits
// rulesChanged() with the whole list, which is what the server needs.
class RulesTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OnColumn, NameColumn, MethodColumn, PathColumn, ConditionsColumn, ReplyColumn, ColumnCount };

    explicit RulesTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ReplyRule> &rules() const { return m_rules; }
    // Replaces the list (a reset); emits rulesChanged() only when it differs.
    void setRules(const QList<ReplyRule> &rules);
    ReplyRule rule(int row) const { return m_rules.value(row); }
    // The rule at `row` as edited; emits only when it differs.
    void setRule(int row, const ReplyRule &rule);

    // Each returns the row the rule now has (-1 when nothing happened).
    int addRule(const ReplyRule &rule, int at = -1); // at the end when `at` is out of range
    int duplicateRule(int row); // the copy goes right after the original
    bool removeRule(int row);
    int moveRule(int row, int delta); // -1 up, +1 down

    // A few words for the Conditions and Reply columns.
    static QString conditionsSummary(const ReplyRule &rule);
    static QString replySummary(const ReplyRule &rule);

Q_SIGNALS:
    void rulesChanged(const QList<Servery::ReplyRule> &rules);

private:
    QList<ReplyRule> m_rules;
};

// Why `rule` does not answer `request`, in plain words: every condition it
// fails ("method is GET, the rule wants POST", "path /x does not match
// /api/*", "header X-Token is missing", "body does not contain \"id\"")
// joined with "; ". Empty when the head and the body both match. Whether
// the rule is on is not looked at. The checks are the engine's own
// (matchesHead, matchesBody), one condition at a time.
QString explainMismatch(const ReplyRule &rule, const RuleRequest &request);

} // namespace Servery
