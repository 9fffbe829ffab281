#pragma once

#include "server/log/RequestRecord.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Servery {

// Gathers the files other devices upload (the Servery-Saved-As headers of
// the answers in the request log) into one notice per device once it has
// been quiet for a moment: "3 photos from iPhone Safari saved to Holiday".
// A phone that sends twenty photos makes one notice, not twenty.
class UploadNotices : public QObject {
    Q_OBJECT

public:
    explicit UploadNotices(QObject *parent = nullptr);

    // How long a device must be quiet before its notice (2 s by default).
    void setQuietInterval(int ms) { m_timer.setInterval(ms); }
    // The shared folder's name, for the text.
    void setFolderName(const QString &name) { m_folderName = name; }

    void addRecords(const QList<RequestRecord> &records);
    void clear();

    // The notice's text for `count` files (the names decide "photos",
    // "videos" or "files") from `device` into `folder`. Pure.
    static QString text(const QStringList &names, const QString &device, const QString &folder);

Q_SIGNALS:
    // `names`: the saved files' names, relative to the folder they went to.
    void noticeReady(const QString &text, const QStringList &names);

private:
    void flush();

    struct Pending {
        QString device;
        QStringList names;
    };
    QHash<QString, Pending> m_pending; // by client address
    QString m_folderName;
    QTimer m_timer;
};

} // namespace Servery
