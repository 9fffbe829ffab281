#pragma once

#include <QSortFilterProxyModel>

namespace Servery {

// Filters the request log by text (method, path, client, status, device)
// and by status class. Rows are not re-sorted: the log keeps its order.
class RequestFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum StatusClass {
        Informational = 0x01, // no response, or 1xx
        Success = 0x02, // 2xx
        Redirection = 0x04, // 3xx
        ClientError = 0x08, // 4xx
        ServerError = 0x10, // 5xx
        AllClasses = 0x1f,
    };
    Q_DECLARE_FLAGS(StatusClasses, StatusClass)

    explicit RequestFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatusClasses(StatusClasses classes);
    StatusClasses statusClasses() const { return m_classes; }

    static StatusClass classOf(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StatusClasses m_classes = AllClasses;
};

} // namespace Servery

Q_DECLARE_OPERATORS_FOR_FLAGS(Servery::RequestFilterModel::StatusClasses)
