#include "JsonTreeModel.h"

#include <QFontDatabase>

namespace Servery {

namespace {

QString elided(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QChar(0x2026); // "…"
}

// One line per cell: a string's line breaks would make rows of odd heights.
QString oneLine(QString text)
{
    text.replace(u'\n', QChar(0x21b5)); // "↵"
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    return text;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

bool JsonTreeModel::setJson(QByteArray utf8)
{
    beginResetModel();
    m_tree = JsonTree::parse(std::move(utf8));
    endResetModel();
    return m_tree.isValid();
}

QString JsonTreeModel::typeName(JsonNode::Type type)
{
    switch (type) {
    case JsonNode::Type::Object:
        return tr("object");
    case JsonNode::Type::Array:
        return tr("array");
    case JsonNode::Type::String:
        return tr("string");
    case JsonNode::Type::Number:
        return tr("number");
    case JsonNode::Type::Boolean:
        return tr("boolean");
    case JsonNode::Type::Null:
        return tr("null");
    }
    return {};
}

int JsonTreeModel::topNode() const
{
    if (m_tree.isEmpty())
        return -1;
    const JsonNode::Type type = m_tree.node(0).type;
    return type == JsonNode::Type::Object || type == JsonNode::Type::Array ? 0 : -1;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_tree.isEmpty())
        return {};
    if (!parent.isValid()) {
        const int top = topNode();
        if (top < 0)
            return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
        const QList<int> &children = m_tree.node(top).children;
        return row < children.size() ? createIndex(row, column, quintptr(children[row])) : QModelIndex();
    }
    if (parent.column() != 0)
        return {};
    const QList<int> &children = m_tree.node(nodeOf(parent)).children;
    return row < children.size() ? createIndex(row, column, quintptr(children[row])) : QModelIndex();
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_tree.node(nodeOf(child)).parent;
    if (parentNode < 0 || parentNode == topNode())
        return {};
    return createIndex(m_tree.node(parentNode).row, 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_tree.isEmpty())
        return 0;
    if (!parent.isValid()) {
        const int top = topNode();
        return top < 0 ? 1 : int(m_tree.node(top).children.size());
    }
    if (parent.column() != 0)
        return 0;
    return int(m_tree.node(nodeOf(parent)).children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString JsonTreeModel::valueText(int node) const
{
    const JsonNode &n = m_tree.node(node);
    switch (n.type) {
    case JsonNode::Type::Object:
        return QStringLiteral("{%1}").arg(n.children.size());
    case JsonNode::Type::Array:
        return QStringLiteral("[%1]").arg(n.children.size());
    default:
        return m_tree.scalar(node);
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int node = nodeOf(index);
    const JsonNode &n = m_tree.node(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: {
            if (n.keyOffset >= 0)
                return oneLine(elided(m_tree.key(node), kMaxCellChars));
            // An element of an array is named by its place; the root by nothing.
            return n.parent >= 0 ? QString::number(n.row) : QString();
        }
        case ValueColumn:
            return oneLine(elided(valueText(node), kMaxCellChars));
        case TypeColumn:
            return typeName(n.type);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && n.type == JsonNode::Type::String)
            return elided(m_tree.scalar(node), kMaxTooltipChars);
        if (index.column() == KeyColumn && n.keyOffset >= 0)
            return elided(m_tree.key(node), kMaxTooltipChars);
        break;
    case Qt::FontRole:
        if (index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace Servery
