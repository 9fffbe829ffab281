#pragma once

#include <QLocale>
#include <QString>

namespace Servery {

// Sizes and dates as people read them. Used by the listing pages the engine
// serves and by the window, so both say the same thing.

// "0 B", "999 B", "1.2 KB", "34 MB", "1.5 GB" (powers of 1000, as phones
// and most file managers show them), in the system's language: its decimal
// separator and its unit names ("1,2 Mo" in French). The window uses this.
QString humanSize(qint64 bytes);
// The same in `language` ("" for English, "de", ...): the listing pages.
QString humanSize(qint64 bytes, const QString &language);

// A short local date and time, "2026-11-26 14:03" (English and the C
// locale keep this unambiguous form), else as `locale` writes a short date
// ("26.11.2026 14:03" in German).
QString humanDate(qint64 secondsSinceEpoch);
QString humanDate(qint64 secondsSinceEpoch, const QLocale &locale);

} // namespace Servery
