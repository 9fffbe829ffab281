#pragma once

#include "server/log/RequestRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <deque>

namespace Servery {

// The live request log: finished exchanges, oldest first, capped.
//
// Records arrive in batches; each batch is one beginInsertRows/endInsertRows
// (after one beginRemoveRows for whatever the cap pushes out, oldest first).
// Raw fields are stored and formatted only in data(), so a batch costs the
// same whether or not anyone looks at it (STYLE.md rule 10).
class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        SizeColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int: the status code (0 if none)
        RecordIdRole, // quint64
        SearchTextRole, // QString: what the text filter matches
    };

    static constexpr qsizetype kDefaultCapacity = 100'000;
    // Rows are also capped by the memory their records hold: a client can
    // send 64 KiB of headers and 64 KiB of body with every request.
    static constexpr qint64 kDefaultByteBudget = 256ll * 1024 * 1024;

    explicit RequestLogModel(QObject *parent = nullptr);

    void appendBatch(QList<RequestRecord> batch);
    void clear();
    void setCapacity(qsizetype capacity);
    qsizetype capacity() const { return m_capacity; }
    void setByteBudget(qint64 bytes);
    qint64 byteBudget() const { return m_byteBudget; }
    qint64 bytesHeld() const { return m_bytes; }
    // About how much memory a record holds (its variable-size parts).
    static qint64 approximateSize(const RequestRecord &record);

    const RequestRecord &record(int row) const { return m_records.at(size_t(row)); }
    // Row of the record with `id`, or -1 if it is gone.
    int rowForId(quint64 id) const;
    // Distinct client addresses among the rows.
    qsizetype distinctClients() const { return m_clients.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Text for one cell, as the table shows it.
    static QString formatSize(qint64 bytes);
    static QString formatDuration(qint64 microseconds);
    static QString clientLabel(const RequestRecord &record);

private:
    void forget(const RequestRecord &record);
    void removeOldest(qsizetype count); // one removal, if count > 0
    void enforceLimits(qsizetype incomingRows, qint64 incomingBytes);

    std::deque<RequestRecord> m_records;
    qsizetype m_capacity = kDefaultCapacity;
    qint64 m_byteBudget = kDefaultByteBudget;
    qint64 m_bytes = 0;
    QHash<QHostAddress, int> m_clients; // address -> rows from it
};

} // namespace Servery
