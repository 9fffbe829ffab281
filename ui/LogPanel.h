#pragma once

#include "RequestFilterModel.h"
#include "server/log/RequestRecord.h"

#include <QWidget>

#include <deque>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace Servery {

class RequestDetails;
class RequestLogModel;

// The live request log: a toolbar (pause, clear, text filter, status-class
// filter), the table, and the details of the selected row beside it.
//
// The table follows new rows, at most every 100 ms, while it is scrolled to
// the bottom; scrolling up stops that, scrolling back down resumes it. Paused,
// it holds new records back (up to the log's capacity) until resumed.
class LogPanel : public QWidget {
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);

    void appendRecords(QList<RequestRecord> records);
    void clear();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isFollowing() const { return m_follow; }
    // Completes URLs for "Copy as cURL": "http://192.168.1.23:8080".
    void setOrigin(const QString &origin) { m_origin = origin; }
    void focusFilter();
    // The status-class toggles, as if clicked.
    void setStatusClasses(RequestFilterModel::StatusClasses classes);

    RequestLogModel *model() const { return m_model; }
    RequestFilterModel *filterModel() const { return m_filter; }
    // What the table shows: the log itself, or the filter over it while a
    // filter is set.
    QAbstractItemModel *visibleModel() const;
    QTableView *table() const { return m_table; }
    RequestDetails *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateStatusFilter();
    void bindModel();
    QList<RequestRecord> takeHeld();
    int sourceRow(const QModelIndex &index) const;
    void showSelected();
    void scheduleFollow();
    void updatePausedLabel();

    RequestLogModel *m_model = nullptr;
    RequestFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    RequestDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_pause = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QList<QToolButton *> m_classButtons;
    QLabel *m_pausedLabel = nullptr;
    QTimer *m_followTimer = nullptr;
    std::deque<RequestRecord> m_held; // while paused, capped like the log
    qint64 m_heldBytes = 0;
    bool m_paused = false;
    bool m_follow = true;
    quint64 m_selectedId = 0;
    QString m_origin;
};

} // namespace Servery
