#include "HelpMenu.h"

#include "AboutDialog.h"
#include "ShortcutsDialog.h"

#include <QDesktopServices>
#include <QMainWindow>
#include <QMenuBar>
#include <QUrl>

namespace Servery {

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    m_documentation = addAction(tr("&Documentation"), QKeySequence::HelpContents, this,
                                [] { QDesktopServices::openUrl(documentationUrl()); });
    m_documentation->setToolTip(tr("Open Servery's documentation in your browser"));
    m_shortcuts = addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    addSeparator();
    m_about = addAction(tr("&About Servery"), this, &HelpMenu::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    window->menuBar()->addMenu(this);
}

QUrl HelpMenu::documentationUrl()
{
    return QUrl(QStringLiteral("https://github.com/servery/servery#readme"));
}

void HelpMenu::showShortcuts()
{
    // Read when opened: the actions as they are now.
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Servery
