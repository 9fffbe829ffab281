#pragma once

#include <QString>

namespace Servery {

// Sizes and dates as people read them. Used by the listing pages the engine
// serves and by the window, so both say the same thing.

// "0 B", "999 B", "1.2 KB", "34 MB", "1.5 GB" (powers of 1000, as phones
// and most file managers show them).
QString humanSize(qint64 bytes);

// A short local date and time, "2026-11-26 14:03".
QString humanDate(qint64 secondsSinceEpoch);

} // namespace Servery
