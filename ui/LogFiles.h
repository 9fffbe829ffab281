#pragma once

#include "server/log/LogExport.h"
#include "server/log/RequestRecord.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Servery {

// The log's files: what Log > Export writes (HAR 1.2, CSV, JSON Lines) and
// what Log > Import reads (HAR). Plain functions, safe on any thread: the
// window runs them on the thread pool, since bodies kept on disk are read
// and the files may be large.
namespace LogFiles {

enum class Format { Har, Csv, JsonLines };

// The format a file name asks for by its suffix (.har, .csv, .jsonl/.ndjson),
// else `fallback`.
Format formatForPath(const QString &path, Format fallback = Format::Har);
// The file dialog's filters, in Format order, and the one for a format.
QStringList dialogFilters();
Format formatForFilter(const QString &filter);
// `path` ending in `format`'s suffix: added when it has none of the log
// formats' suffixes, swapped when it has another one's ("log.har" as CSV is
// "log.csv"); any other suffix ("log.txt") is kept, with the format's added.
QString forFormat(const QString &path, Format format);

// Writes `records` to `path` whole or not at all (QSaveFile). `origin`
// ("http://192.168.1.23:8080") completes the URLs in HAR and JSON Lines.
bool write(const QString &path, const QList<RequestRecord> &records, Format format, const QString &origin,
           QString *error);

} // namespace LogFiles

class LogPanel;

// Log > Export and Import: the file dialogs, the work on the thread pool,
// and a sentence for people when it is done.
class LogFileActions : public QObject {
    Q_OBJECT

public:
    // Records come from (and imported ones go to) `log`; dialogs open over
    // `window`, which owns this.
    LogFileActions(LogPanel *log, QWidget *window);

    // Where the requests were sent ("http://192.168.1.23:8080"), asked at
    // each export; empty: each request's Host.
    void setOrigin(std::function<QString()> origin) { m_origin = std::move(origin); }

    void chooseExport(bool selectedOnly);
    void chooseImport();
    // What those do once a file is chosen. The format follows the suffix
    // (.har, .csv, .jsonl).
    void exportTo(const QString &path, bool selectedOnly);
    void importFrom(const QString &path);

Q_SIGNALS:
    void busy(const QString &message); // "Exporting 3 requests..."
    void done(const QString &message, bool ok);
    void imported(int count); // after done(), once the rows are in the log

private:
    LogPanel *m_log;
    QWidget *m_window;
    std::function<QString()> m_origin;
};

} // namespace Servery
