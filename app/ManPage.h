#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Servery::ManPage {

// servery(1): the man page, in roff with the man(7) macros, made from the
// option table that --help is made from (app/OptionTable.h). English: the
// build makes it (`servery --man-page`, app/CMakeLists.txt), whatever the
// language of the machine that builds.
QString render(const QDate &date);

// The date a reproducible build asks for (SOURCE_DATE_EPOCH, UTC), else
// today's.
QDate dateFromEnvironment();

struct Example {
    const char *what; // one sentence, ending with a colon
    const char *command; // arguments separated by single spaces, no quoting
};
// The EXAMPLES section's commands (tests check that each one parses).
QList<Example> examples();

// `text` for a roff text line: backslashes, dashes and non-ASCII escaped, a
// leading control character neutralised.
QString escape(const QString &text);

} // namespace Servery::ManPage
