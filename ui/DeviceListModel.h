#pragma once

#include "server/log/RequestRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace Servery {

// Who is connected: one row per client address seen in the request log,
// with a name from its User-Agent ("iPhone Safari"), how many requests it
// made, how many bytes it moved, and when it was last seen. Fed with the
// same batches as the log; bounded (the least recently seen go first).
class DeviceListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DeviceColumn, AddressColumn, RequestsColumn, DataColumn, LastSeenColumn, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1, // QString: the address, for Server::setBlocked
        BlockedRole, // bool
        ThisComputerRole, // bool: loopback, which cannot be blocked
    };

    static constexpr int kMaxDevices = 1000;

    explicit DeviceListModel(QObject *parent = nullptr);

    void addRecords(const QList<RequestRecord> &records);
    void setBlocked(const QHostAddress &address, bool blocked);
    void clear();

    // The first device other than this computer, for "Reached from ...".
    // Empty when none has come yet.
    QString firstOtherDevice() const { return m_firstOther; }
    int otherDeviceCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describe(const QString &device, const QHostAddress &address);

private:
    struct Device {
        QHostAddress address;
        QByteArray userAgent; // the latest one sent
        QString name; // from the latest User-Agent that named something
        qint64 requests = 0;
        qint64 bytes = 0;
        qint64 lastSeenMs = 0;
        bool blocked = false;
    };
    int rowOf(const QHostAddress &address) const;
    void reindex();

    QList<Device> m_devices;
    QHash<QHostAddress, int> m_rows; // address -> row in m_devices
    QString m_firstOther;
};

} // namespace Servery
