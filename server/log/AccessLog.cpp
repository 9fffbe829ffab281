#include "server/log/AccessLog.h"

#include "server/http/HttpDate.h"

#include <QStringBuilder>

#include <limits>

namespace Servery {

namespace {

void appendEscaped(QByteArray &out, QByteArrayView value)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += ch;
        }
    }
}

void appendQuotedOrDash(QByteArray &out, QByteArrayView value)
{
    out += '"';
    if (value.isEmpty())
        out += '-';
    else
        appendEscaped(out, value);
    out += '"';
}

// Converting to local time consults the time zone database, which is slow,
// and a busy log asks for the same second many times in a row.
QByteArray logTime(qint64 millisecondsSinceEpoch)
{
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray cached;
    const qint64 second
        = millisecondsSinceEpoch >= 0 ? millisecondsSinceEpoch / 1000 : (millisecondsSinceEpoch - 999) / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = formatCommonLogTime(second * 1000);
    }
    return cached;
}

// Turning an address into text is slow, and consecutive lines mostly share
// their client.
QByteArray clientText(const QHostAddress &client)
{
    thread_local QHostAddress cachedAddress;
    thread_local QByteArray cached;
    if (client.isNull())
        return "-";
    if (client == cachedAddress && !cached.isEmpty())
        return cached;
    // Show IPv4 clients of a dual-stack socket as plain IPv4.
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    cachedAddress = client;
    cached = isV4 ? QHostAddress(v4).toString().toLatin1() : client.toString().toLatin1();
    return cached;
}

} // namespace

QByteArray formatCombinedLogLine(const RequestRecord &record)
{
    QByteArray out;
    out.reserve(200);
    out += clientText(record.clientAddress);
    out += " - - [";
    out += logTime(record.startedAtMs);
    out += "] ";
    appendQuotedOrDash(out, record.requestLine());
    out += ' ';
    out += record.status > 0 ? QByteArray::number(record.status) : QByteArray("-");
    out += ' ';
    out += record.responseBodyBytes > 0 ? QByteArray::number(record.responseBodyBytes) : QByteArray("-");
    out += ' ';
    appendQuotedOrDash(out, record.requestHeaders.value("Referer"));
    out += ' ';
    appendQuotedOrDash(out, record.requestHeaders.value("User-Agent"));
    return out;
}

} // namespace Servery
