#pragma once

#include "server/net/ServerConfig.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
class QFrame;

namespace Servery {

// The top of the window: what to do (share a folder, or catch requests),
// which folder, which port, who may connect, and one Start/Stop button; below
// them, a line for problems, in plain words, with a button that fixes them
// where one can.
class ServePanel : public QWidget {
    Q_OBJECT

public:
    explicit ServePanel(QWidget *parent = nullptr);

    // Share a folder, or catch requests: every method on every path is
    // answered and kept whole, and no folder is needed.
    enum class Job { Share, Catch };
    Job job() const;
    void setJob(Job job);

    QString folder() const;
    void setFolder(const QString &folder);
    void setRecentFolders(const QStringList &folders);
    // Catching: how much of each request body is kept (bytes, whole MB).
    qint64 captureLimit() const;
    void setCaptureLimit(qint64 bytes);

    quint16 port() const;
    void setPort(quint16 port);
    ListenScope scope() const;
    void setScope(ListenScope scope);

    // Idle: everything editable, "Start". Busy: a moment of "Starting...".
    // Serving: settings locked, "Stop".
    enum class Mode { Idle, Busy, Serving };
    void setMode(Mode mode);

    // Shows `message`; with `actionText`, a button that runs `action`.
    void showProblem(const QString &message, const QString &actionText = {}, std::function<void()> action = {});
    void clearProblem();
    QString problemText() const;

    QPushButton *startButton() const { return m_start; }
    // Whether Start can do anything: a folder is chosen, or the job is
    // catching (no folder needed).
    bool canStart() const;

Q_SIGNALS:
    void startStopClicked();
    void browseClicked();
    void folderEdited(const QString &folder);
    void jobChanged(Servery::ServePanel::Job job);
    void scopeChanged(Servery::ListenScope scope);
    // canStart() may have changed.
    void startableChanged(bool canStart);

private:
    void showJob();
    void updateStart();

    QComboBox *m_job = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_catchNote = nullptr;
    QComboBox *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_captureLabel = nullptr;
    QSpinBox *m_capture = nullptr;
    QPushButton *m_start = nullptr;
    QFrame *m_problem = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_problemAction = nullptr;
    std::function<void()> m_action;
    Mode m_mode = Mode::Idle;
    bool m_couldStart = false;
};

} // namespace Servery
