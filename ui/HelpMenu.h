#pragma once

#include <QMenu>

class QMainWindow;

namespace Servery {

// The window's Help menu: the documentation (online), the keyboard
// shortcuts, About.
class HelpMenu : public QMenu {
    Q_OBJECT

public:
    // Adds itself to the end of `window`'s menu bar.
    explicit HelpMenu(QMainWindow *window);

    static QUrl documentationUrl();

    QAction *documentationAction() const { return m_documentation; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    void showShortcuts();
    void showAbout();

private:
    QMainWindow *m_window;
    QAction *m_documentation = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Servery
