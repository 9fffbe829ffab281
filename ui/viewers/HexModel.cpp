#include "HexModel.h"

#include <QFontDatabase>

namespace Servery {

HexModel::HexModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HexModel::setBody(BodyReader reader, qint64 size)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_size = m_reader ? std::max<qint64>(0, size) : 0;
    m_cache.clear();
    endResetModel();
}

const QByteArray &HexModel::block(qint64 index) const
{
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        if (it->first == index) {
            m_cache.splice(m_cache.begin(), m_cache, it);
            return m_cache.front().second;
        }
    }
    const qint64 offset = index * kBlockSize;
    m_cache.emplace_front(index, m_reader(offset, std::min(kBlockSize, m_size - offset)));
    if (m_cache.size() > size_t(kCachedBlocks))
        m_cache.pop_back();
    return m_cache.front().second;
}

QByteArray HexModel::rowBytes(int row) const
{
    const qint64 offset = qint64(row) * kBytesPerRow;
    if (row < 0 || offset >= m_size)
        return {};
    // kBlockSize is a multiple of kBytesPerRow: a row never spans two blocks.
    const QByteArray &b = block(offset / kBlockSize);
    const qint64 inBlock = offset % kBlockSize;
    const qint64 length = std::min<qint64>(kBytesPerRow, m_size - offset);
    return b.mid(inBlock, length);
}

QString HexModel::hexText(QByteArrayView bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out;
    out.reserve(kBytesPerRow * 3 + 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += i == kBytesPerRow / 2 ? QStringLiteral("  ") : QStringLiteral(" ");
        const auto b = static_cast<unsigned char>(bytes[i]);
        out += QLatin1Char(kDigits[b >> 4]);
        out += QLatin1Char(kDigits[b & 0xf]);
    }
    return out;
}

QString HexModel::asciiText(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += (b >= 0x20 && b < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
    }
    return out;
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // ceil(size / 16); a view holds int rows, which is 32 GiB of body.
    return int(std::min<qint64>((m_size + kBytesPerRow - 1) / kBytesPerRow, std::numeric_limits<int>::max()));
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::FontRole)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OffsetColumn:
        return QStringLiteral("%1").arg(qint64(index.row()) * kBytesPerRow, 8, 16, QLatin1Char('0'));
    case HexColumn:
        return hexText(rowBytes(index.row()));
    case AsciiColumn:
        return asciiText(rowBytes(index.row()));
    }
    return {};
}

QVariant HexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OffsetColumn:
        return tr("Offset");
    case HexColumn:
        return tr("Bytes");
    case AsciiColumn:
        return tr("ASCII");
    }
    return {};
}

} // namespace Servery
