#pragma once

#include "BodyReader.h"

#include <QAbstractTableModel>

#include <list>

namespace Servery {

// A body as `hexdump -C` rows: Offset, 16 bytes in hex, the same as ASCII.
// Bytes are read through the reader in blocks when a row is first shown and
// a few blocks are kept, so a body of any size in a file is never read
// whole: showing the first and the last row of 10 MiB reads two blocks.
class HexModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OffsetColumn, HexColumn, AsciiColumn, ColumnCount };
    static constexpr int kBytesPerRow = 16;
    static constexpr qint64 kBlockSize = 64 * 1024;
    static constexpr int kCachedBlocks = 8;

    explicit HexModel(QObject *parent = nullptr);

    // Shows `size` bytes read through `reader`; nothing is read yet.
    void setBody(BodyReader reader, qint64 size);
    qint64 size() const { return m_size; }

    // The bytes of one row (fewer in the last row, or if the reader gives
    // less than it should).
    QByteArray rowBytes(int row) const;
    // The row layout, e.g. "48 65 6c 6c 6f 20 77 6f  72 6c 64" and
    // "Hello world"; pure.
    static QString hexText(QByteArrayView bytes);
    static QString asciiText(QByteArrayView bytes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QByteArray &block(qint64 index) const;

    BodyReader m_reader;
    qint64 m_size = 0;
    // Most recently used first; a handful of blocks, so a list is enough.
    mutable std::list<std::pair<qint64, QByteArray>> m_cache;
};

} // namespace Servery
