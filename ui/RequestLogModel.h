#pragma once

#include "server/log/RequestRecord.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
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
//
// Each row also gets a key of the model's own, increasing along the log: a
// record's id is not enough to find it again, since records read back from
// a HAR file are numbered from 1 (or not at all) and may share ids with live
// ones.
class RequestLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        RuleColumn, // the reply rule that answered; empty when none did
        SizeColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int: the status code (0 if none)
        RecordIdRole, // quint64
        SearchTextRole, // QString: searchText(), the row's summary
        RowKeyRole, // quint64: the row's key (see above)
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
    // Row of the record with `id`, or -1 if it is gone. Ids from an
    // imported log may repeat a live one's: rows are found by key instead.
    int rowForId(quint64 id) const;
    // The key of a row, and the row with a key (-1 if it is gone).
    quint64 keyAt(int row) const { return m_keys.at(size_t(row)); }
    int rowForKey(quint64 key) const;
    // Distinct client addresses among the rows.
    qsizetype distinctClients() const { return m_clients.size(); }
    // Rows answered by a reply rule.
    qsizetype rowsWithRule() const { return m_rowsWithRule; }

    // Text search over records, for the filter.
    //
    // Bodies are searched only where they are in memory, and only their
    // first kSearchBodyBytes: the filter runs over every row on every
    // keystroke, on the GUI thread, so a body spilled to a file
    // (RequestRecord::requestBodyFile) is never read for it (STYLE.md 11),
    // and a megabyte caught in memory costs no more than 64 KiB.
    static constexpr qsizetype kSearchBodyBytes = 64 * 1024;
    // The row's summary: method, target (as sent and decoded), status,
    // client and device, rule, error.
    static QString searchText(const RequestRecord &record);
    // Whether `needle` (as for containsIgnoringCase()) occurs in a request
    // or response header's name, its value, or "Name: value". With `skipOpaque`, Host and ETag are left out:
    // Host names this server in every request (its port would match a
    // number typed to find a status) and an ETag is opaque by definition
    // (RFC 9110 8.8.3), so neither says anything to a plain word.
    static bool headersContain(const RequestRecord &record, QByteArrayView needle, bool skipOpaque = false);
    // Whether `needle` (as for containsIgnoringCase()) occurs in the searchable part of the request or the
    // response body (see kSearchBodyBytes).
    static bool bodiesContain(const RequestRecord &record, QByteArrayView needle);
    // Byte search where ASCII letters match either case; other bytes (UTF-8
    // past ASCII) must be equal. `needle` must be in lower case already
    // (asciiLower()).
    static bool containsIgnoringCase(QByteArrayView haystack, QByteArrayView needle);
    static QByteArray asciiLower(QByteArrayView bytes);

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
    std::deque<quint64> m_keys; // one per row, increasing
    std::deque<qint64> m_sizes; // one per row: approximateSize() when it came
    // Rows removed at once in at least this number are destroyed on another
    // thread (removeOldest).
    static constexpr size_t kDestroyElsewhereRows = 64;
    quint64 m_nextKey = 1;
    qsizetype m_rowsWithRule = 0;
    qsizetype m_capacity = kDefaultCapacity;
    qint64 m_byteBudget = kDefaultByteBudget;
    qint64 m_bytes = 0;
    QHash<QHostAddress, int> m_clients; // address -> rows from it
};

} // namespace Servery
