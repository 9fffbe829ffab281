#include "server/util/HumanFormat.h"

#include "server/util/Catalogue.h"

#include <QDate>
#include <QTime>

#include <cstdio>
#include <ctime>
#include <vector>

namespace Servery {

namespace {

// A language's digits and unit names, looked up once: a listing of 10,000
// files and the log's size column ask for them per entry, per paint.
struct SizeWords {
    QString language;
    QLocale locale;
    QString units[6]; // B, KB, MB, GB, TB, PB
};

const SizeWords &sizeWordsFor(const QString &language)
{
    static const std::vector<SizeWords> all = [] {
        static const char *const names[]
            = {QT_TRANSLATE_NOOP("Servery::Size", "B"),  QT_TRANSLATE_NOOP("Servery::Size", "KB"),
               QT_TRANSLATE_NOOP("Servery::Size", "MB"), QT_TRANSLATE_NOOP("Servery::Size", "GB"),
               QT_TRANSLATE_NOOP("Servery::Size", "TB"), QT_TRANSLATE_NOOP("Servery::Size", "PB")};
        std::vector<SizeWords> words;
        for (const QString &lang : QStringList {QString()} + Catalogue::languages()) {
            SizeWords w {lang, Catalogue::localeFor(lang), {}};
            const QTranslator *catalogue = Catalogue::forLanguage(lang);
            for (int i = 0; i < 6; ++i)
                w.units[i] = Catalogue::translateIn(catalogue, "Servery::Size", names[i]);
            words.push_back(std::move(w));
        }
        return words;
    }();
    for (const SizeWords &w : all) {
        if (w.language == language)
            return w;
    }
    return all.front(); // English
}

} // namespace

QString humanSize(qint64 bytes)
{
    static const QString lang = Catalogue::systemLanguage();
    return humanSize(bytes, lang);
}

QString humanSize(qint64 bytes, const QString &language)
{
    const SizeWords &w = sizeWordsFor(language);
    if (bytes < 1000)
        return w.locale.toString(bytes) + u' ' + w.units[0];
    double value = double(bytes);
    int unit = 0;
    // Move up a unit before rounding could print "1000": one decimal below
    // 9.95, none above, so 999.5 and up already reads as the next unit.
    do {
        value /= 1000.0;
        ++unit;
    } while (value >= 999.5 && unit < 5);
    const int decimals = value < 9.95 ? 1 : 0;
    return w.locale.toString(value, 'f', decimals) + u' ' + w.units[unit];
}

namespace {

std::tm localTime(qint64 secondsSinceEpoch)
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
    return tm;
}

} // namespace

QString humanDate(qint64 secondsSinceEpoch)
{
    const std::tm tm = localTime(secondsSinceEpoch);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                                tm.tm_mday, tm.tm_hour, tm.tm_min);
    return QString::fromLatin1(buf, n);
}

QString humanDate(qint64 secondsSinceEpoch, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return humanDate(secondsSinceEpoch);
    // From the broken-down time, not through QDateTime's time zones: see
    // above. The locale's short date, with the year in full.
    const std::tm tm = localTime(secondsSinceEpoch);
    static thread_local QLocale formatFor;
    static thread_local QString dateFormat;
    if (dateFormat.isEmpty() || formatFor != locale) {
        formatFor = locale;
        dateFormat = locale.dateFormat(QLocale::ShortFormat);
        if (!dateFormat.contains(QStringLiteral("yyyy")))
            dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return locale.toString(date, dateFormat) + u' '
        + locale.toString(QTime(tm.tm_hour, tm.tm_min), QStringLiteral("HH:mm"));
}

} // namespace Servery
