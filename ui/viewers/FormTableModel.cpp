#include "FormTableModel.h"

namespace Servery {

QString formDecode(QByteArrayView piece)
{
    QByteArray bytes = piece.toByteArray();
    bytes.replace('+', ' ');
    // Leaves a '%' not followed by two hex digits as it is, as browsers do.
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

FormFields parseFormFields(QByteArrayView encoded)
{
    FormFields fields;
    qsizetype from = 0;
    while (from <= encoded.size()) {
        qsizetype amp = encoded.indexOf('&', from);
        if (amp < 0)
            amp = encoded.size();
        const QByteArrayView piece = encoded.sliced(from, amp - from);
        from = amp + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        if (eq < 0)
            fields.append({formDecode(piece), QString()});
        else
            fields.append({formDecode(piece.first(eq)), formDecode(piece.sliced(eq + 1))});
    }
    return fields;
}

FormFields parseQueryFields(QByteArrayView target)
{
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target = target.first(hash);
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {};
    return parseFormFields(target.sliced(question + 1));
}

FormTableModel::FormTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FormTableModel::setFields(FormFields fields)
{
    beginResetModel();
    m_fields = std::move(fields);
    endResetModel();
}

int FormTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FormTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const auto &[name, value] = m_fields[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole)
        return index.column() == NameColumn ? name : value;
    return {};
}

QVariant FormTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

} // namespace Servery
