#pragma once

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Servery {

// Name=value pairs of an application/x-www-form-urlencoded body or a URL
// query, decoded the way browsers encode them (WHATWG URL, "urlencoded
// parsing"): '+' is a space, %XX a byte, the bytes UTF-8. Pairs keep their
// order and repeats; a name without '=' has an empty value; empty pieces
// ("a=1&&b=2") are skipped.
using FormFields = QList<QPair<QString, QString>>;
FormFields parseFormFields(QByteArrayView encoded);
// The fields of the query of a request target ("/p?a=1#top": a=1), empty
// when it has none.
FormFields parseQueryFields(QByteArrayView target);
// One name or value, decoded.
QString formDecode(QByteArrayView piece);

class FormTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit FormTableModel(QObject *parent = nullptr);

    void setFields(FormFields fields);
    void setForm(QByteArrayView encoded) { setFields(parseFormFields(encoded)); }
    void setQuery(QByteArrayView target) { setFields(parseQueryFields(target)); }
    const FormFields &fields() const { return m_fields; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FormFields m_fields;
};

} // namespace Servery
