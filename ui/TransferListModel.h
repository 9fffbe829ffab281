#pragma once

#include "server/log/TransferFeed.h"

#include <QAbstractTableModel>
#include <QList>

namespace Servery {

// The window's Transfers view: every upload and every large download, with
// its file, device, progress, speed and time left. Fed from the engine's
// TransferFeed; transfers that ended stay listed (done or failed) until
// cleared, at most kMaxEnded of them.
class TransferListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, DeviceColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, ColumnCount };
    enum Role {
        PercentRole = Qt::UserRole + 1, // int 0..100, or -1 when the size is unknown
        StateRole, // int: TransferProgress::State
        DirectionRole, // int: TransferProgress::Direction
    };

    static constexpr int kMaxEnded = 200;

    explicit TransferListModel(QObject *parent = nullptr);

    // `nowMs`: wall clock, for speeds (a parameter so tests can drive it).
    void update(const QHash<quint64, TransferProgress> &current, const QList<TransferProgress> &ended, qint64 nowMs);
    void clearEnded();
    int runningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The file a transfer is about, for people: the handler's label, else
    // the last segment of the path, decoded.
    static QString fileLabel(const TransferProgress &t);

private:
    struct Row {
        TransferProgress t;
        double speed = 0; // bytes per second, smoothed
        qint64 sampleDone = 0;
        qint64 sampleAtMs = 0;
    };
    int rowOf(quint64 id) const;
    void apply(Row &row, const TransferProgress &t, qint64 nowMs);

    QList<Row> m_rows;
};

} // namespace Servery
