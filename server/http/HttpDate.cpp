#include "server/http/HttpDate.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cstdio>
#include <limits>

namespace Servery {

namespace {

constexpr std::array<const char *, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr std::array<const char *, 7> kLongDays
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool isDayName(QByteArrayView d, const std::array<const char *, 7> &names)
{
    for (const char *name : names) {
        if (d == name)
            return true;
    }
    return false;
}

int monthIndex(QByteArrayView m)
{
    for (int i = 0; i < 12; ++i) {
        if (m == kMonths[size_t(i)])
            return i + 1;
    }
    return 0;
}

bool parseNumber(QByteArrayView s, int *out)
{
    if (s.isEmpty())
        return false;
    int n = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

bool parseClock(QByteArrayView s, int *h, int *m, int *sec)
{
    return s.size() == 8 && s[2] == ':' && s[5] == ':' && parseNumber(s.first(2), h) && parseNumber(s.sliced(3, 2), m)
        && parseNumber(s.sliced(6, 2), sec);
}

std::optional<qint64> toEpoch(int year, int month, int day, int h, int m, int s)
{
    const QDate date(year, month, day);
    // A leap second (":60") is allowed by the grammar; count it as :59.
    const QTime time(h, m, s == 60 ? 59 : s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

QList<QByteArrayView> words(QByteArrayView text)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ')
            ++i;
        const qsizetype start = i;
        while (i < text.size() && text[i] != ' ')
            ++i;
        if (i > start)
            out.append(text.sliced(start, i - start));
    }
    return out;
}

} // namespace

QByteArray formatHttpDate(qint64 secondsSinceEpoch)
{
    // Last-Modified asks for the same few values over and over.
    thread_local qint64 cachedSeconds = std::numeric_limits<qint64>::min();
    thread_local QByteArray cached;
    if (secondsSinceEpoch == cachedSeconds)
        return cached;
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
    const QDate d = t.date();
    const QTime tm = t.time();
    char buf[40];
    const int n
        = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[size_t(d.dayOfWeek() - 1)],
                        d.day(), kMonths[size_t(d.month() - 1)], d.year(), tm.hour(), tm.minute(), tm.second());
    cachedSeconds = secondsSinceEpoch;
    cached = QByteArray(buf, n);
    return cached;
}

std::optional<qint64> parseHttpDate(QByteArrayView text)
{
    const QList<QByteArrayView> w = words(text.trimmed());
    int day = 0, year = 0, h = 0, m = 0, s = 0;

    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (w.size() == 6 && w[0].size() == 4 && w[0].endsWith(',') && isDayName(w[0].chopped(1), kDays) && w[5] == "GMT") {
        const int month = monthIndex(w[2]);
        if (w[1].size() == 2 && parseNumber(w[1], &day) && month && w[3].size() == 4 && parseNumber(w[3], &year)
            && parseClock(w[4], &h, &m, &s)) {
            return toEpoch(year, month, day, h, m, s);
        }
        return std::nullopt;
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; two-digit years within 50
    // years in the future are taken as such (RFC 9110 5.6.7).
    if (w.size() == 4 && w[0].endsWith(',') && isDayName(w[0].chopped(1), kLongDays) && w[3] == "GMT"
        && w[1].size() == 9) {
        const QByteArrayView date = w[1];
        const int month = monthIndex(date.sliced(3, 3));
        int yy = 0;
        if (date[2] == '-' && date[6] == '-' && parseNumber(date.first(2), &day) && month
            && parseNumber(date.sliced(7, 2), &yy) && parseClock(w[2], &h, &m, &s)) {
            const int thisYear = QDate::currentDate().year();
            year = (thisYear / 100) * 100 + yy;
            if (year > thisYear + 50)
                year -= 100;
            return toEpoch(year, month, day, h, m, s);
        }
        return std::nullopt;
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (w.size() == 5 && isDayName(w[0], kDays)) {
        const int month = monthIndex(w[1]);
        if (month && w[2].size() <= 2 && parseNumber(w[2], &day) && parseClock(w[3], &h, &m, &s) && w[4].size() == 4
            && parseNumber(w[4], &year)) {
            return toEpoch(year, month, day, h, m, s);
        }
    }
    return std::nullopt;
}

QByteArray currentHttpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = formatHttpDate(now);
    }
    return cached;
}

QByteArray formatCommonLogTime(qint64 millisecondsSinceEpoch)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(millisecondsSinceEpoch).toLocalTime();
    const QDate d = t.date();
    const QTime tm = t.time();
    const int offset = t.offsetFromUtc() / 60;
    const int absOffset = offset < 0 ? -offset : offset;
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, "%02d/%s/%04d:%02d:%02d:%02d %c%02d%02d", d.day(),
                                kMonths[size_t(d.month() - 1)], d.year(), tm.hour(), tm.minute(), tm.second(),
                                offset < 0 ? '-' : '+', absOffset / 60, absOffset % 60);
    return QByteArray(buf, n);
}

} // namespace Servery
