#include "DevicesPanel.h"

#include "DeviceListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Servery {

DevicesPanel::DevicesPanel(DeviceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_hint = new QLabel(tr("Devices that opened the shared folder since Servery started."), this);
    m_hint->setWordWrap(true);
    m_block = new QPushButton(tr("Block"), this);
    m_block->setToolTip(tr("Refuse every request from this device until Servery stops sharing"));
    bar->addWidget(m_hint, 1);
    bar->addWidget(m_block);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceListModel::DeviceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceListModel::AddressColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPanel::updateButton);
    connect(model, &QAbstractItemModel::dataChanged, this, &DevicesPanel::updateButton);
    connect(model, &QAbstractItemModel::modelReset, this, &DevicesPanel::updateButton);
    connect(m_block, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QModelIndex row = rows.constFirst();
        if (row.data(DeviceListModel::ThisComputerRole).toBool())
            return;
        Q_EMIT blockRequested(QHostAddress(row.data(DeviceListModel::AddressRole).toString()),
                              !row.data(DeviceListModel::BlockedRole).toBool());
    });
    updateButton();
}

void DevicesPanel::updateButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_block->setEnabled(false);
        m_block->setText(tr("Block"));
        return;
    }
    const QModelIndex row = rows.constFirst();
    const bool blocked = row.data(DeviceListModel::BlockedRole).toBool();
    m_block->setEnabled(!row.data(DeviceListModel::ThisComputerRole).toBool());
    m_block->setText(blocked ? tr("Unblock") : tr("Block"));
}

} // namespace Servery
