#include "RequestLogModel.h"

#include "DeviceName.h"

#include "server/util/HumanFormat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QStringBuilder>
#include <QStringDecoder>
#include <QThreadPool>

#include <vector>

namespace Servery {

namespace {

QString addressText(const QHostAddress &address)
{
    return address.isNull() ? QStringLiteral("?") : address.toString();
}

// Status colours with a contrast of at least 4.5:1 (WCAG AA) against the
// table's base colour: darker shades on a light base, lighter ones on a dark
// base (a dark theme), so the same hue reads on both.
QColor statusColor(int status)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (status >= 500)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    if (status >= 400)
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x4b, 0x00);
    if (status >= 300)
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    if (status >= 200)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    return dark ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x61, 0x61, 0x61);
}

QString displayTarget(const QByteArray &target)
{
    const QByteArray decoded = QByteArray::fromPercentEncoding(target);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(decoded);
    if (utf8.hasError())
        return QString::fromLatin1(target);
    // Never let a decoded control character (a newline, say) into a row,
    // nor a format character: a right-to-left override makes
    // "/invoice\u202Efdp.exe" read as "/invoiceexe.pdf".
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QString::fromLatin1(target);
    }
    return text;
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

qint64 RequestLogModel::approximateSize(const RequestRecord &r)
{
    // The raw head is the client's bytes again (up to the header limit). The
    // response body counts too: most are made per request (a receipt, a
    // rule's template, which may echo the request), so each row holds its
    // own. A body spilled to a file is on disk, not in memory.
    qint64 n = 256 + r.method.size() + r.target.size() + r.requestBody.size() + r.rawHead.size() + r.responseBody.size()
        + (r.error.size() + r.rule.size() + r.handler.size()) * 2;
    for (const HttpHeaders *headers : {&r.requestHeaders, &r.responseHeaders}) {
        for (const HttpHeader &h : headers->fields())
            n += 48 + h.name.size() + h.value.size();
    }
    return n;
}

void RequestLogModel::appendBatch(QList<RequestRecord> batch)
{
    if (batch.isEmpty())
        return;
    // A batch larger than the caps: only its newest records can stay. Each
    // row's size is worked out once, here, and kept for when it leaves.
    std::vector<qint64> sizes(size_t(batch.size()), 0);
    qint64 batchBytes = 0;
    qsizetype keepFrom = batch.size();
    while (keepFrom > 0 && batch.size() - keepFrom < m_capacity) {
        const qint64 size = approximateSize(batch.at(keepFrom - 1));
        if (batchBytes + size > m_byteBudget && keepFrom < batch.size())
            break;
        sizes[size_t(keepFrom - 1)] = size;
        batchBytes += size;
        --keepFrom;
    }
    if (keepFrom > 0) {
        batch.remove(0, keepFrom);
        sizes.erase(sizes.begin(), sizes.begin() + keepFrom);
    }

    // Remove before insert (the oldest go first), one range each.
    enforceLimits(batch.size(), batchBytes);

    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        RequestRecord &r = batch[i];
        ++m_clients[r.clientAddress];
        if (!r.rule.isEmpty())
            ++m_rowsWithRule;
        m_records.push_back(std::move(r));
        m_keys.push_back(m_nextKey++);
        m_sizes.push_back(sizes[size_t(i)]);
    }
    m_bytes += batchBytes;
    endInsertRows();
}

void RequestLogModel::enforceLimits(qsizetype incomingRows, qint64 incomingBytes)
{
    qsizetype remove = std::max<qsizetype>(0, qsizetype(m_records.size()) + incomingRows - m_capacity);
    qint64 bytesAfter = m_bytes + incomingBytes;
    for (qsizetype i = 0; i < remove; ++i)
        bytesAfter -= m_sizes[size_t(i)];
    while (bytesAfter > m_byteBudget && remove < qsizetype(m_records.size())) {
        bytesAfter -= m_sizes[size_t(remove)];
        ++remove;
    }
    removeOldest(remove);
}

void RequestLogModel::forget(const RequestRecord &record)
{
    const auto it = m_clients.find(record.clientAddress);
    if (it != m_clients.end() && --it.value() <= 0)
        m_clients.erase(it);
    if (!record.rule.isEmpty())
        --m_rowsWithRule;
}

void RequestLogModel::clear()
{
    if (m_records.empty())
        return;
    beginResetModel();
    m_records.clear();
    m_keys.clear();
    m_sizes.clear();
    m_clients.clear();
    m_rowsWithRule = 0;
    m_bytes = 0;
    endResetModel();
}

void RequestLogModel::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(1, capacity);
    enforceLimits(0, 0);
}

void RequestLogModel::removeOldest(qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count - 1));
    // The records leave the GUI thread to be destroyed: under load the log
    // drops as many rows as it gains, and freeing their headers and bodies
    // (allocated by the workers) would take a good part of every frame.
    const bool elsewhere = size_t(count) >= kDestroyElsewhereRows;
    std::vector<RequestRecord> leaving;
    if (elsewhere)
        leaving.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        forget(m_records.front());
        m_bytes -= m_sizes.front();
        m_sizes.pop_front();
        if (elsewhere)
            leaving.push_back(std::move(m_records.front()));
        m_records.pop_front();
        m_keys.pop_front();
    }
    endRemoveRows();
    if (elsewhere) {
        // The only reference goes with the task, so the last one is let go
        // there, whichever thread gets there first.
        auto doomed = std::make_shared<std::vector<RequestRecord>>(std::move(leaving));
        QThreadPool::globalInstance()->start([doomed = std::move(doomed)]() mutable { doomed.reset(); });
    }
}

void RequestLogModel::setByteBudget(qint64 bytes)
{
    m_byteBudget = std::max<qint64>(1, bytes);
    enforceLimits(0, 0);
}

int RequestLogModel::rowForId(quint64 id) const
{
    // Ids mostly increase along the log: try a binary search first.
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), id,
                                     [](const RequestRecord &r, quint64 value) { return r.id < value; });
    if (it != m_records.end() && it->id == id)
        return int(it - m_records.begin());
    // Ids are handed out when exchanges start but rows arrive when they
    // finish, so a long download can land after later ones: look through.
    for (qsizetype row = qsizetype(m_records.size()) - 1; row >= 0; --row) {
        if (m_records[size_t(row)].id == id)
            return int(row);
    }
    return -1;
}

int RequestLogModel::rowForKey(quint64 key) const
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
    return it != m_keys.end() && *it == key ? int(it - m_keys.begin()) : -1;
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::formatSize(qint64 bytes)
{
    if (bytes <= 0)
        return QStringLiteral("\u2014"); // em dash
    return humanSize(bytes);
}

QString RequestLogModel::formatDuration(qint64 us)
{
    if (us < 1000)
        return QStringLiteral("%1 \u00b5s").arg(us);
    if (us < 10'000)
        return QStringLiteral("%1 ms").arg(double(us) / 1000.0, 0, 'f', 1);
    if (us < 10'000'000)
        return QStringLiteral("%1 ms").arg(us / 1000);
    return QStringLiteral("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

QString RequestLogModel::clientLabel(const RequestRecord &r)
{
    const QString device = deviceNameFromUserAgent(r.requestHeaders.value("User-Agent"));
    const QString address = addressText(r.clientAddress);
    if (device.isEmpty())
        return address;
    return address + QStringLiteral(" \u00b7 ") + device;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const RequestRecord &r = m_records[size_t(index.row())];

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case ClientColumn:
            return clientLabel(r);
        case MethodColumn:
            return r.method.isEmpty() ? QStringLiteral("\u2014") : QString::fromLatin1(r.method);
        case PathColumn:
            // Decoded for reading ("/my photos/"); the exact bytes are in the
            // tooltip and the details.
            return r.target.isEmpty() ? r.error : displayTarget(r.target);
        case StatusColumn:
            return r.status > 0 ? QString::number(r.status) : QStringLiteral("\u2014");
        case RuleColumn:
            return r.rule;
        case SizeColumn:
            return formatSize(r.responseBodyBytes);
        case DurationColumn:
            return formatDuration(r.durationUs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PathColumn || index.column() == StatusColumn)
            return r.error.isEmpty() ? QString::fromLatin1(r.requestLine()) : r.error;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toString(Qt::ISODateWithMs);
        if (index.column() == RuleColumn && !r.rule.isEmpty())
            return tr("Answered by rule: %1").arg(r.rule);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColor(r.status));
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case StatusRole:
        return r.status;
    case RecordIdRole:
        return QVariant::fromValue(r.id);
    case SearchTextRole:
        return searchText(r);
    case RowKeyRole:
        return QVariant::fromValue(m_keys[size_t(index.row())]);
    default:
        break;
    }
    return {};
}

QString RequestLogModel::searchText(const RequestRecord &r)
{
    return QString(QString::fromLatin1(r.method) + u' ' + QString::fromLatin1(r.target) + u' ' + displayTarget(r.target)
                   + u' ' + QString::number(r.status) + u' ' + clientLabel(r) + u' ' + r.rule + u' ' + r.error);
}

QByteArray RequestLogModel::asciiLower(QByteArrayView bytes)
{
    QByteArray out = bytes.toByteArray();
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

bool RequestLogModel::containsIgnoringCase(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    if (haystack.size() < needle.size())
        return false;
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    };
    const char first = needle.front();
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - 'a' + 'A') : first;
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        const char c = haystack[i];
        if (c != first && c != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < needle.size() && lower(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

bool RequestLogModel::headersContain(const RequestRecord &r, QByteArrayView needle, bool skipOpaque)
{
    // "Name: value" is tried only when the needle spans the separator.
    const bool spansColon = needle.contains(':');
    for (const HttpHeaders *headers : {&r.requestHeaders, &r.responseHeaders}) {
        for (const HttpHeader &h : headers->fields()) {
            if (skipOpaque && (equalsIgnoringCase(h.name, "Host") || equalsIgnoringCase(h.name, "ETag")))
                continue;
            if (containsIgnoringCase(h.name, needle) || containsIgnoringCase(h.value, needle))
                return true;
            if (spansColon && containsIgnoringCase(QByteArray(h.name + ": " + h.value), needle))
                return true;
        }
    }
    return false;
}

bool RequestLogModel::bodiesContain(const RequestRecord &r, QByteArrayView needle)
{
    // Only bytes in memory: never requestBodyFile (see kSearchBodyBytes).
    for (const QByteArray *body : {&r.requestBody, &r.responseBody}) {
        const QByteArrayView searchable = QByteArrayView(*body).first(std::min(body->size(), kSearchBodyBytes));
        if (containsIgnoringCase(searchable, needle))
            return true;
    }
    return false;
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ClientColumn:
        return tr("Client");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case RuleColumn:
        return tr("Rule");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace Servery
