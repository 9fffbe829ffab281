#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace Servery {

// Help > Keyboard shortcuts: every shortcut of the window, read from its
// actions when the dialog opens (those of the menus, grouped by menu, then
// any others the window holds), so the list is never out of date.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // The rows, as "Group\tAction\tShortcut" (for tests and Copy).
    QStringList rows() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace Servery
