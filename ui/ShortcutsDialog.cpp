#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Servery {

namespace {

// "&Copy address" -> "Copy address"; "Export the log…" stays.
QString plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i; // "&&" is a literal ampersand; "&x" marks a mnemonic
        }
        plain.append(text.at(i));
    }
    return plain;
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

// The actions of `menu` and its submenus that have a shortcut.
void collect(const QMenu *menu, QList<QAction *> &into, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), into, seen);
        } else if (!action->isSeparator() && !action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            into.append(action);
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    layout->addWidget(m_list, 1);

    QSet<const QAction *> seen;
    const auto addGroup = [this](const QString &title, const QList<QAction *> &actions) {
        if (actions.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_list, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const QAction *action : actions)
            new QTreeWidgetItem(group, {plainText(action->text()), shortcutText(action)});
    };
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        QList<QAction *> actions;
        collect(top->menu(), actions, seen);
        addGroup(plainText(top->text()), actions);
    }
    // Shortcuts of the window's panels, outside the menus.
    QList<QAction *> others;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu() || action->isSeparator() || action->shortcuts().isEmpty()
            || action->text().isEmpty())
            continue;
        seen.insert(action);
        others.append(action);
    }
    addGroup(tr("In the window"), others);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *hint = new QLabel(tr("Alt and an underlined letter open a menu or move to a field."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 520);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows.append(group->text(0) + u'\t' + group->child(i)->text(0) + u'\t' + group->child(i)->text(1));
    }
    return rows;
}

} // namespace Servery
