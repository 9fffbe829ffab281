#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QHeaderView;
class QMenu;
class QTableView;
class QTimer;

namespace Servery {

// The columns of the request log's table: widths that fit what they hold,
// every one resizable by dragging, the path column taking whatever width is
// spare, and a menu (the header's context menu, also offered in the rows'
// menu for the keyboard) with a checkable entry per column to hide or show
// it; the last visible column cannot be hidden.
//
// What a person chose (widths, order, hidden columns) is kept in QSettings
// and restored when the table is made. A column can also be unavailable (the
// Rule column before any rule answered): it is then hidden whatever the
// choice, and shows again once available unless it was hidden by choice.
class LogTableHeader : public QObject {
    Q_OBJECT

public:
    // QSettings keys: QHeaderView::saveState(), the hidden columns by name,
    // and the font's average character width the widths were saved at (a
    // larger font, or a larger logical DPI, scales them).
    static const QString kStateKey;
    static const QString kHiddenKey;
    static const QString kUnitKey;

    // Sets up the horizontal header of `table`, whose model must have the
    // RequestLogModel's columns, and restores what was saved.
    explicit LogTableHeader(QTableView *table, QObject *parent = nullptr);

    // The column's name in settings ("path"), stable across versions.
    static QString columnKey(int column);

    bool isHiddenByChoice(int column) const { return m_hiddenByChoice.value(column); }
    // Hides or shows a column as the menu does; refused (false) when it
    // would hide the last visible column.
    bool setHiddenByChoice(int column, bool hidden);
    void setColumnAvailable(int column, bool available);
    bool isColumnAvailable(int column) const { return m_available.value(column, true); }

    // Default widths for the font, every column shown by choice.
    void resetColumns();
    // The menu of columns; its entries are updated each time it shows.
    QMenu *menu() const { return m_menu; }
    QAction *columnAction(int column) const { return m_actions.value(column); }
    void updateMenu();

    void restore();
    // Writes the state now (also done shortly after each change).
    void save();
    // Saves if a change is waiting to be saved: call before the table goes.
    void flush();

private:
    void applyVisibility();
    void applyResizeModes();
    void fitColumns();
    int visibleColumns() const;
    void scheduleSave();
    int unit() const;

    QTableView *m_table = nullptr;
    QHeaderView *m_header = nullptr;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_actions; // one per column
    QList<bool> m_hiddenByChoice;
    QList<bool> m_available;
    QTimer *m_saveTimer = nullptr;
    bool m_restoring = false;
};

} // namespace Servery
