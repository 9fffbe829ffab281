#include "LogFiles.h"

#include "LogPanel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace Servery::LogFiles {

namespace {

// The context of this file's strings in the catalogue.
struct LogFilesText {
    Q_DECLARE_TR_FUNCTIONS(Servery::LogFiles)
};

} // namespace

Format formatForPath(const QString &path, Format fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"har")
        return Format::Har;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::JsonLines;
    return fallback;
}

QStringList dialogFilters()
{
    return {LogFilesText::tr("HAR 1.2, for browsers' developer tools (*.har)"),
            LogFilesText::tr("CSV, for spreadsheets (*.csv)"), LogFilesText::tr("JSON Lines (*.jsonl)")};
}

Format formatForFilter(const QString &filter)
{
    const int index = int(dialogFilters().indexOf(filter));
    return index < 0 ? Format::Har : Format(index);
}

QString forFormat(const QString &path, Format format)
{
    // The suggested name ends in .har: a CSV chosen in the dialog must not
    // end up in HAR because the name kept its suffix.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == u"har" || suffix == u"csv" || suffix == u"jsonl" || suffix == u"ndjson";
    if (known && formatForPath(path) == format)
        return path;
    if (known)
        return forFormat(path.chopped(suffix.size() + 1), format);
    switch (format) {
    case Format::Har:
        return path + QStringLiteral(".har");
    case Format::Csv:
        return path + QStringLiteral(".csv");
    case Format::JsonLines:
        return path + QStringLiteral(".jsonl");
    }
    return path;
}

bool write(const QString &path, const QList<RequestRecord> &records, Format format, const QString &origin,
           QString *error)
{
    if (format == Format::Har) {
        HarOptions options;
        options.origin = origin;
        options.creatorVersion = QCoreApplication::applicationVersion();
        return writeHarFile(path, records, options, error);
    }
    if (format == Format::JsonLines)
        return writeJsonLinesFile(path, records, origin, error);
    // CSV has no bodies: a row is a few hundred bytes.
    const QByteArray bytes = csvFromRecords(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Servery::LogFiles

namespace Servery {

LogFileActions::LogFileActions(LogPanel *log, QWidget *window)
    : QObject(window)
    , m_log(log)
    , m_window(window)
{
}

void LogFileActions::chooseExport(bool selectedOnly)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList filters = LogFiles::dialogFilters();
    QString filter = filters.constFirst();
    const QString name = QStringLiteral("servery-%1.har")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(
        m_window, selectedOnly ? tr("Export the selected requests") : tr("Export the log"), dir + u'/' + name,
        filters.join(QStringLiteral(";;")), &filter);
    if (!path.isEmpty())
        exportTo(LogFiles::forFormat(path, LogFiles::formatForFilter(filter)), selectedOnly);
}

void LogFileActions::exportTo(const QString &path, bool selectedOnly)
{
    const QList<RequestRecord> records = selectedOnly ? m_log->selectedRecords() : m_log->allRecords();
    if (records.isEmpty()) {
        Q_EMIT done(selectedOnly ? tr("Select the requests to export in the log first.")
                                 : tr("The log is empty: there is nothing to export yet."),
                    false);
        return;
    }
    const LogFiles::Format format = LogFiles::formatForPath(path);
    const QString origin = m_origin ? m_origin() : QString();
    Q_EMIT busy(tr("Exporting %n requests\u2026", nullptr, int(records.size())));
    QPointer<LogFileActions> self(this);
    QThreadPool::globalInstance()->start([self, path, records, format, origin] {
        QString error;
        const bool ok = LogFiles::write(path, records, format, origin, &error);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, error, path, count = records.size()] {
                if (!self)
                    return;
                const QString where = QDir::toNativeSeparators(path);
                Q_EMIT self->done(ok ? tr("Exported %n requests to %1.", nullptr, int(count)).arg(where)
                                     : tr("Could not write %1: %2").arg(where, error),
                                  ok);
            },
            Qt::QueuedConnection);
    });
}

void LogFileActions::chooseImport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a HAR file"), dir,
                                                      tr("HAR files (*.har *.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void LogFileActions::importFrom(const QString &path)
{
    Q_EMIT busy(tr("Reading %1\u2026").arg(QDir::toNativeSeparators(path)));
    QPointer<LogFileActions> self(this);
    QThreadPool::globalInstance()->start([self, path] {
        HarImport read = readHarFile(path);
        // The log keys its own rows; a file's numbers mean nothing here.
        for (RequestRecord &record : read.records)
            record.id = 0;
        QMetaObject::invokeMethod(
            qApp,
            [self, path, read = std::move(read)]() mutable {
                if (!self)
                    return;
                const QString where = QDir::toNativeSeparators(path);
                if (!read.error.isEmpty()) {
                    Q_EMIT self->done(tr("Could not import %1: %2").arg(where, read.error), false);
                    return;
                }
                const int count = int(read.records.size());
                const bool paused = self->m_log->isPaused();
                self->m_log->appendRecords(std::move(read.records));
                QString text = tr("Imported %n requests from %1.", nullptr, count).arg(where);
                if (read.skipped > 0)
                    text += u' ' + tr("%n entries could not be read.", nullptr, int(read.skipped));
                if (read.leftOut > 0)
                    text += u' '
                        + tr("The log holds %1 rows: %n more entries were left out.", nullptr, read.leftOut)
                              .arg(kMaxHarImportEntries);
                if (paused)
                    text += u' ' + tr("The log is paused: they show when it resumes.");
                Q_EMIT self->done(text, true);
                Q_EMIT self->imported(count);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Servery
