#include "TransfersPanel.h"

#include "TransferListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Servery {

namespace {

// The progress column as a progress bar, with the text ("3.1 MB of 12 MB")
// on it; busy (no percentage) when the size is unknown.
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(TransferListModel::PercentRole).toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent < 0 ? 0 : percent;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

} // namespace

TransfersPanel::TransfersPanel(TransferListModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Uploads from other devices, and downloads of 1 MB or more."), this);
    hint->setWordWrap(true);
    m_open = new QPushButton(tr("Open folder"), this);
    m_clear = new QPushButton(tr("Clear finished"), this);
    bar->addWidget(hint, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(TransferListModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(TransferListModel::FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(
        TransferListModel::ProgressColumn,
        // As wide as the model's "%1 of %2" with the widest sizes.
        m_table->fontMetrics().horizontalAdvance(
            TransferListModel::tr("%1 of %2").arg(QStringLiteral("0000.0 MB"), QStringLiteral("0000.0 MB")))
            + 16);
    layout->addWidget(m_table, 1);

    connect(m_clear, &QPushButton::clicked, model, &TransferListModel::clearEnded);
    connect(m_open, &QPushButton::clicked, this, &TransfersPanel::openFolderRequested);
}

} // namespace Servery
