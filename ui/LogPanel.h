#pragma once

#include "RequestFilterModel.h"
#include "server/log/RequestRecord.h"

#include <QPointer>
#include <QWidget>

#include <deque>

class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace Servery {

class CompareView;
class LogTableHeader;
class LogTableMenu;
class RequestDetails;
class RequestLogModel;

// The live request log: a toolbar (pause, clear, compare, text filter with
// its tokens, status-class filter), the table, and the details of the
// current row beside it. Rows can be selected together (to export them, or
// to compare two of them side by side).
//
// The table follows new rows, at most every 100 ms, while it is scrolled to
// the bottom; scrolling up stops that, scrolling back down resumes it. Paused,
// it holds new records back (up to the log's capacity) until resumed.
class LogPanel : public QWidget {
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    // New rows, live or read from a file (an imported record's id may be 0
    // or repeat a live one's: rows are told apart by the log's own keys).
    void appendRecords(QList<RequestRecord> records);
    void clear();
    // The selected rows in log order (empty when none), and every row in
    // the log, oldest first. Records held back while paused are not rows yet.
    QList<RequestRecord> selectedRecords() const;
    QList<RequestRecord> allRecords() const;
    // Catching, the empty table says that anything sent is caught.
    void setCatchMode(bool catching);
    bool isCatchMode() const { return m_catching; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isFollowing() const { return m_follow; }
    // Completes URLs for the Copy menu and Replay: "http://192.168.1.23:8080".
    void setOrigin(const QString &origin);
    QString origin() const { return m_origin; }
    void focusFilter();
    // Puts `text` in the filter field and filters by it now, however long
    // the log.
    void setFilterText(const QString &text);
    // Makes the log's row `sourceRow` the current and only selected row and
    // scrolls to it; false when the filter hides it (or there is no such row).
    bool selectSourceRow(int sourceRow);
    // The log's row behind a row of the table, or -1.
    int sourceRowOf(const QModelIndex &index) const;
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
    QToolButton *filterHelpButton() const { return m_filterHelp; }
    QToolButton *compareButton() const { return m_compare; }
    // The comparison on screen, or null when none is open.
    CompareView *compareView() const;
    // The rows' context menu and the columns (their menu, widths, what is
    // hidden, remembered).
    LogTableMenu *tableMenu() const { return m_tableMenu; }
    LogTableHeader *columns() const { return m_columns; }
    // What the empty table says, or empty while it shows rows.
    QString placeholderText() const;

public Q_SLOTS:
    // Opens (or brings up) the comparison of the two selected rows.
    void compareSelected();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatusFilter();
    void bindModel();
    QList<RequestRecord> takeHeld();
    void showSelected();
    void scheduleFollow();
    void applyFilterText();
    void updatePausedLabel();
    void connectSelection();
    void updateCompareButton();
    void updatePlaceholder();
    void updateRuleColumn();
    void updateToolbarRows();
    QList<int> selectedSourceRows() const;

    RequestLogModel *m_model = nullptr;
    RequestFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    LogTableHeader *m_columns = nullptr;
    LogTableMenu *m_tableMenu = nullptr;
    RequestDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_clear = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_filterHelp = nullptr;
    QToolButton *m_compare = nullptr;
    QPointer<QDialog> m_compareDialog;
    QPointer<CompareView> m_compareView;
    QLabel *m_placeholder = nullptr;
    QList<QToolButton *> m_classButtons;
    QWidget *m_classBar = nullptr; // the status classes' buttons
    QHBoxLayout *m_topRow = nullptr;
    QHBoxLayout *m_secondRow = nullptr; // the class buttons when narrow
    QLabel *m_pausedLabel = nullptr;
    QTimer *m_followTimer = nullptr;
    QTimer *m_filterTimer = nullptr;
    std::deque<RequestRecord> m_held; // while paused, capped like the log
    qint64 m_heldBytes = 0;
    bool m_paused = false;
    bool m_follow = true;
    quint64 m_selectedKey = 0; // RequestLogModel::keyAt() of the current row
    bool m_catching = false;
    QString m_origin;
};

} // namespace Servery
