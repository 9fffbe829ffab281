#include "server/util/HumanFormat.h"

#include <cstdio>
#include <ctime>

namespace Servery {

QString humanSize(qint64 bytes)
{
    if (bytes < 1000)
        return QString::number(bytes) + QStringLiteral(" B");
    static const char *const units[] = {"KB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = -1;
    // Move up a unit before rounding could print "1000": one decimal below
    // 9.95, none above, so 999.5 and up already reads as the next unit.
    do {
        value /= 1000.0;
        ++unit;
    } while (value >= 999.5 && unit < 4);
    const int decimals = value < 9.95 ? 1 : 0;
    return QString::number(value, 'f', decimals) + u' ' + QLatin1StringView(units[unit]);
}

QString humanDate(qint64 secondsSinceEpoch)
{
    // Formatting through QDateTime costs a time-zone lookup per call; a
    // listing of 10,000 files makes 10,000 of them. The C library's
    // broken-down time is much cheaper and gives the same fields.
    const std::time_t t = std::time_t(secondsSinceEpoch);
    std::tm tm {};
#ifdef Q_OS_WIN
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                                tm.tm_mday, tm.tm_hour, tm.tm_min);
    return QString::fromLatin1(buf, n);
}

} // namespace Servery
