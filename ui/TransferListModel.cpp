#include "TransferListModel.h"

#include "DeviceListModel.h"
#include "DeviceName.h"

#include "server/util/HumanFormat.h"

#include <QUrl>

namespace Servery {

namespace {

QString timeLeft(double seconds)
{
    if (seconds < 1)
        return QObject::tr("under a second");
    if (seconds < 60)
        return QObject::tr("%1 s").arg(qRound(seconds));
    if (seconds < 3600)
        return QObject::tr("%1 min").arg(qRound(seconds / 60));
    return QObject::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

TransferListModel::TransferListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString TransferListModel::fileLabel(const TransferProgress &t)
{
    if (!t.label.isEmpty())
        return t.label;
    QByteArray path = t.target;
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    while (path.endsWith('/') && path.size() > 1)
        path.chop(1);
    const QString name = QUrl::fromPercentEncoding(path.mid(path.lastIndexOf('/') + 1));
    return name.isEmpty() ? QStringLiteral("/") : name;
}

int TransferListModel::rowOf(quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).t.id == id)
            return i;
    }
    return -1;
}

void TransferListModel::apply(Row &row, const TransferProgress &t, qint64 nowMs)
{
    // A smoothed speed, so the time left does not jump with every report.
    if (row.sampleAtMs > 0 && nowMs > row.sampleAtMs && t.done >= row.sampleDone) {
        const double instant = double(t.done - row.sampleDone) * 1000.0 / double(nowMs - row.sampleAtMs);
        row.speed = row.speed <= 0 ? instant : 0.7 * row.speed + 0.3 * instant;
    } else if (row.sampleAtMs == 0 && nowMs > t.startedAtMs && t.done > 0) {
        row.speed = double(t.done) * 1000.0 / double(nowMs - t.startedAtMs);
    }
    row.sampleDone = t.done;
    row.sampleAtMs = nowMs;
    row.t = t;
}

void TransferListModel::update(const QHash<quint64, TransferProgress> &current, const QList<TransferProgress> &ended,
                               qint64 nowMs)
{
    auto upsert = [&](const TransferProgress &t) {
        int row = rowOf(t.id);
        if (row < 0) {
            row = 0; // newest on top
            beginInsertRows({}, 0, 0);
            m_rows.prepend(Row {});
            endInsertRows();
        }
        apply(m_rows[row], t, nowMs);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    for (const TransferProgress &t : current)
        upsert(t);
    for (const TransferProgress &t : ended)
        upsert(t);

    // Bounded: the oldest ended transfers go.
    int endedCount = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).t.state == TransferProgress::State::Running)
            continue;
        if (++endedCount > kMaxEnded) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            --i;
        }
    }
}

void TransferListModel::clearEnded()
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).t.state != TransferProgress::State::Running) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
}

int TransferListModel::runningCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.t.state == TransferProgress::State::Running; }));
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const TransferProgress &t = row.t;
    const bool running = t.state == TransferProgress::State::Running;
    const int percent = t.total > 0 ? int(std::min<qint64>(100, t.done * 100 / t.total))
                                    : (t.state == TransferProgress::State::Finished ? 100 : -1);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QString((t.direction == TransferProgress::Direction::Upload ? QStringLiteral("\u2191 ")
                                                                               : QStringLiteral("\u2193 "))
                           + fileLabel(t));
        case DeviceColumn:
            return DeviceListModel::describe(deviceNameFromUserAgent(t.userAgent), t.client);
        case ProgressColumn:
            if (t.state == TransferProgress::State::Failed)
                return tr("Failed at %1").arg(humanSize(t.done));
            if (t.total > 0)
                return tr("%1 of %2").arg(humanSize(t.done), humanSize(t.total));
            return humanSize(t.done);
        case SpeedColumn:
            return running && row.speed > 0 ? tr("%1/s").arg(humanSize(qint64(row.speed))) : QString();
        case TimeLeftColumn:
            if (!running)
                return t.state == TransferProgress::State::Finished ? tr("Done") : tr("Stopped");
            if (t.total > 0 && row.speed > 0)
                return timeLeft(double(t.total - t.done) / row.speed);
            return QString();
        }
        break;
    case PercentRole:
        return percent;
    case StateRole:
        return int(t.state);
    case DirectionRole:
        return int(t.direction);
    default:
        break;
    }
    return {};
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case DeviceColumn:
        return tr("Device");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    }
    return {};
}

} // namespace Servery
