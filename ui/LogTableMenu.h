#pragma once

#include "server/log/RequestRecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QAction;
class QMenu;
class QPoint;

namespace Servery {

class LogPanel;

// The context menu of the request log's rows: copy the URL or a cURL
// command, narrow the filter to this client, path or status, open the URL
// in a browser, show the details; and the Columns menu (LogTableHeader).
//
// It opens on a right click, on the context-menu key (which the platform
// turns into a context menu event) and on Shift+F10, at the current row for
// the keys. It acts on the row it opened on, found again by its key when an
// entry is chosen: a row that left the log meanwhile is left alone.
class LogTableMenu : public QObject {
    Q_OBJECT

public:
    enum Entry { CopyUrl, CopyCurl, FilterClient, FilterPath, FilterStatus, OpenInBrowser, ShowDetails, EntryCount };
    Q_ENUM(Entry)

    // `columns` is added as a submenu when given.
    LogTableMenu(LogPanel *panel, QMenu *columns);

    QMenu *menu() const { return m_menu; }
    QAction *action(Entry entry) const { return m_actions.value(int(entry)); }
    // Points the entries at the log's row `sourceRow` (-1 for none) and
    // enables those that apply to it.
    void prepare(int sourceRow);
    // The row the entries act on, or -1.
    int row() const;

    // The filter terms that find this record's client, path and status (as
    // RequestFilterModel reads them); empty when there is none to find.
    static QString clientTerm(const RequestRecord &record);
    static QString pathTerm(const RequestRecord &record);
    static QString statusTerm(const RequestRecord &record);
    // Where "Open in Browser" goes: the record's URL on this server, for a
    // GET or HEAD a browser repeats as it is; empty otherwise.
    static QUrl browserUrl(const RequestRecord &record, const QString &origin);

public Q_SLOTS:
    // Opens the menu at `pos`, in the table's viewport, for the row there
    // (the current row when there is none: the keys).
    void popup(const QPoint &pos);
    void trigger(Servery::LogTableMenu::Entry entry);

Q_SIGNALS:
    // Said in the status bar: "Copied the URL".
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDetails(int sourceRow);

    LogPanel *m_panel = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_actions; // in Entry order
    quint64 m_key = 0; // RequestLogModel::keyAt() of the row, 0 for none
};

} // namespace Servery
