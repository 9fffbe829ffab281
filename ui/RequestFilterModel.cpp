#include "RequestFilterModel.h"

#include "RequestLogModel.h"

namespace Servery {

RequestFilterModel::RequestFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RequestFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
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

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(RequestLogModel::StatusRole).toInt();
    if (!m_classes.testFlag(classOf(status)))
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must match somewhere: "404 iphone" finds an iPhone's 404s.
    const QString haystack = index.data(RequestLogModel::SearchTextRole).toString();
    for (const QStringView word : QStringView(m_text).split(u' ', Qt::SkipEmptyParts)) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Servery
