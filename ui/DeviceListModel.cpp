#include "DeviceListModel.h"

#include "DeviceName.h"

#include "server/util/HumanFormat.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

namespace Servery {

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString DeviceListModel::describe(const QString &device, const QHostAddress &address)
{
    if (address.isLoopback())
        return tr("This computer");
    return device.isEmpty() ? tr("Unknown device") : device;
}

int DeviceListModel::rowOf(const QHostAddress &address) const
{
    return m_rows.value(address, -1);
}

void DeviceListModel::reindex()
{
    m_rows.clear();
    for (int i = 0; i < m_devices.size(); ++i)
        m_rows.insert(m_devices.at(i).address, i);
}

void DeviceListModel::addRecords(const QList<RequestRecord> &records)
{
    // On the GUI thread, with every batch of the log: a lookup per record,
    // the User-Agent read only when it changed, one dataChanged per device.
    QSet<QHostAddress> touched;
    for (const RequestRecord &r : records) {
        if (r.clientAddress.isNull())
            continue;
        int row = rowOf(r.clientAddress);
        if (row < 0) {
            if (m_devices.size() >= kMaxDevices) {
                // Make room: the device not seen for the longest time goes.
                int oldest = 0;
                for (int i = 1; i < m_devices.size(); ++i) {
                    if (m_devices.at(i).lastSeenMs < m_devices.at(oldest).lastSeenMs)
                        oldest = i;
                }
                beginRemoveRows({}, oldest, oldest);
                touched.remove(m_devices.at(oldest).address);
                m_devices.removeAt(oldest);
                endRemoveRows();
                reindex();
            }
            row = int(m_devices.size());
            beginInsertRows({}, row, row);
            Device d;
            d.address = r.clientAddress;
            m_devices.append(d);
            m_rows.insert(d.address, row);
            endInsertRows();
        }
        Device &d = m_devices[row];
        const QByteArray userAgent = r.requestHeaders.value("User-Agent");
        if (userAgent != d.userAgent) {
            d.userAgent = userAgent;
            if (const QString name = deviceNameFromUserAgent(userAgent); !name.isEmpty())
                d.name = name;
        }
        ++d.requests;
        d.bytes += r.bytesSent + r.requestBodySize;
        d.lastSeenMs = std::max(d.lastSeenMs, r.startedAtMs);
        if (m_firstOther.isEmpty() && !d.address.isLoopback())
            m_firstOther = describe(d.name, d.address);
        touched.insert(d.address);
    }
    for (const QHostAddress &address : std::as_const(touched)) {
        const int row = rowOf(address);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void DeviceListModel::setBlocked(const QHostAddress &address, bool blocked)
{
    const int row = rowOf(address);
    if (row < 0)
        return;
    m_devices[row].blocked = blocked;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeviceListModel::clear()
{
    beginResetModel();
    m_devices.clear();
    m_rows.clear();
    m_firstOther.clear();
    endResetModel();
}

int DeviceListModel::otherDeviceCount() const
{
    return int(
        std::count_if(m_devices.begin(), m_devices.end(), [](const Device &d) { return !d.address.isLoopback(); }));
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device &d = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn:
            return d.blocked ? tr("%1 (blocked)").arg(describe(d.name, d.address)) : describe(d.name, d.address);
        case AddressColumn:
            return d.address.toString();
        case RequestsColumn:
            return QString::number(d.requests);
        case DataColumn:
            return humanSize(d.bytes);
        case LastSeenColumn:
            return QDateTime::fromMSecsSinceEpoch(d.lastSeenMs).toString(QStringLiteral("HH:mm:ss"));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RequestsColumn || index.column() == DataColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (d.blocked)
            return QVariant::fromValue(QColor(Qt::gray));
        break;
    case AddressRole:
        return d.address.toString();
    case BlockedRole:
        return d.blocked;
    case ThisComputerRole:
        return d.address.isLoopback();
    default:
        break;
    }
    return {};
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case AddressColumn:
        return tr("Address");
    case RequestsColumn:
        return tr("Requests");
    case DataColumn:
        return tr("Data");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace Servery
