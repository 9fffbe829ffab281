#pragma once

#include <QHostAddress>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Servery {

class DeviceListModel;

// The window's Devices view: who has connected (name, address, requests,
// data, last seen), and a button that blocks the selected device for the
// rest of the session (or lets it back in). This computer cannot be
// blocked.
class DevicesPanel : public QWidget {
    Q_OBJECT

public:
    explicit DevicesPanel(DeviceListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *blockButton() const { return m_block; }

Q_SIGNALS:
    void blockRequested(const QHostAddress &address, bool blocked);

private:
    void updateButton();

    DeviceListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_block = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Servery
