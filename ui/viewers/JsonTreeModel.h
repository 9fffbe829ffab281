#pragma once

#include "JsonTree.h"

#include <QAbstractItemModel>

namespace Servery {

// A JSON document as a collapsible tree: Key, Value, Type. The members of
// the top object (or elements of the top array) are the top rows; objects
// and arrays show their size ("{3}", "[5]"); members stay in document
// order. Rows are made from the parsed tree on demand, so a large document
// costs no more than its visible rows.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    // Longest value shown in a cell; the tooltip has more.
    static constexpr int kMaxCellChars = 500;
    static constexpr int kMaxTooltipChars = 10'000;

    explicit JsonTreeModel(QObject *parent = nullptr);

    // Parses `utf8` and shows it; false (and an empty tree) when it is not
    // JSON: error() then says where, in plain words.
    bool setJson(QByteArray utf8);
    bool isValid() const { return m_tree.isValid(); }
    QString error() const { return m_tree.error(); }
    const JsonTree &tree() const { return m_tree; }

    // "object", "array", "string", "number", "boolean", "null".
    static QString typeName(JsonNode::Type type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The node whose children are the top rows (the root when it is an
    // object or array), or -1 when the root itself is the one top row.
    int topNode() const;
    int nodeOf(const QModelIndex &index) const { return int(index.internalId()); }
    QString valueText(int node) const;

    JsonTree m_tree;
};

} // namespace Servery
