#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Servery {

class TransferListModel;

// The window's Transfers view: every upload and every large download, with
// a progress bar per transfer, its speed and the time left; finished ones
// stay until cleared.
class TransfersPanel : public QWidget {
    Q_OBJECT

public:
    explicit TransfersPanel(TransferListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void openFolderRequested();

private:
    QTableView *m_table = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace Servery
