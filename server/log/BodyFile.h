#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Servery {

// A captured body that grew past what the log keeps in memory, in a
// temporary file of its own. Immutable once made, shared by the records
// that show it (RequestRecord::requestBodyFile) and removed from the disk
// when the last of them goes. Any thread may read it: each read opens the
// file anew.
class BodyFile {
public:
    // Takes over `path` (a finished temporary file holding `size` bytes)
    // and `reserved` bytes of the spill budget, given back when it goes.
    BodyFile(QString path, qint64 size, qint64 reserved = 0);
    ~BodyFile();
    BodyFile(const BodyFile &) = delete;
    BodyFile &operator=(const BodyFile &) = delete;

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    // Up to `length` bytes from `offset`; fewer at the end, empty when the
    // file cannot be read (it was removed by someone else).
    QByteArray read(qint64 offset, qint64 length) const;

    // Where captured bodies are spilled: a folder of this process's own
    // under the system's temporary folder, made on first use with a random
    // name and mode 0700 (never one that was there before), removed with
    // the application object. Empty when it cannot be made.
    static QString spillFolder();

    // The process-wide budget for spilled bodies (Limits::kMaxSpilledBytes):
    // reserves `bytes`, or reserves nothing and returns false past it.
    static bool reserveSpill(qint64 bytes);
    static void releaseSpill(qint64 bytes);
    static qint64 spilledBytes();

private:
    QString m_path;
    qint64 m_size = 0;
    qint64 m_reserved = 0;
};

} // namespace Servery
