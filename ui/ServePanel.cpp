#include "ServePanel.h"

#include "server/http/limits.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

#include <algorithm>

namespace Servery {

ServePanel::ServePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 12, 12, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);

    m_job = new QComboBox(this);
    m_job->addItem(tr("Share a folder"), int(Job::Share));
    m_job->addItem(tr("Catch requests"), int(Job::Catch));
    m_job->setAccessibleName(tr("What to do"));
    m_job->setToolTip(tr("Share a folder with phones and browsers, or catch whatever is sent here (webhooks, "
                         "apps, devices): every method on every path is answered and kept whole in the log."));
    connect(m_job, &QComboBox::activated, this, [this] {
        showJob();
        Q_EMIT jobChanged(job());
    });

    auto *folderLabel = new QLabel(tr("&Folder"), this);
    m_folderLabel = folderLabel;
    m_folder = new QComboBox(this);
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_folder->setMinimumContentsLength(24);
    m_folder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_folder->lineEdit()->setPlaceholderText(tr("Choose a folder to share"));
    m_folder->setAccessibleName(tr("Shared folder"));
    m_folder->setToolTip(tr("The folder to share. Recent folders are in the list."));
    folderLabel->setBuddy(m_folder);
    connect(m_folder->lineEdit(), &QLineEdit::editingFinished, this, [this] { Q_EMIT folderEdited(folder()); });
    connect(m_folder, &QComboBox::activated, this, [this] { Q_EMIT folderEdited(folder()); });
    // Start waits for a folder: typing one enables it at once.
    connect(m_folder, &QComboBox::editTextChanged, this, &ServePanel::updateStart);

    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setAccessibleName(tr("Browse for a folder"));
    connect(m_browse, &QPushButton::clicked, this, &ServePanel::browseClicked);

    auto *portLabel = new QLabel(tr("&Port"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("The port to listen on; 0 picks any free port."));
    portLabel->setBuddy(m_port);

    auto *scopeLabel = new QLabel(tr("&Who can connect"), this);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Devices on my network"), int(ListenScope::Network));
    m_scope->addItem(tr("This computer only"), int(ListenScope::LocalOnly));
    m_scope->setAccessibleName(tr("Who can connect"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT scopeChanged(scope()); });
    scopeLabel->setBuddy(m_scope);

    m_captureLabel = new QLabel(tr("&Keep bodies up to"), this);
    m_capture = new QSpinBox(this);
    m_capture->setRange(1, int(Limits::kMaxCaptureLimit >> 20));
    m_capture->setValue(int(Limits::kDefaultCaptureLimit >> 20));
    m_capture->setSuffix(tr(" MB"));
    m_capture->setAccessibleName(tr("Keep request bodies up to"));
    m_capture->setToolTip(tr("Each caught request body is kept whole up to this size (past 1 MB in a private "
                             "temporary file); a larger one is answered 413."));
    m_captureLabel->setBuddy(m_capture);

    m_start = new QPushButton(tr("Start"), this);
    m_start->setDefault(true);
    m_start->setMinimumWidth(110);
    m_start->setAccessibleName(tr("Start or stop sharing"));
    QFont bold = m_start->font();
    bold.setBold(true);
    m_start->setFont(bold);
    connect(m_start, &QPushButton::clicked, this, &ServePanel::startStopClicked);

    m_catchNote = new QLabel(tr("Every method on every path is answered and kept whole in the log; reply rules "
                                "(the Rules tab) answer first."),
                             this);
    m_catchNote->setWordWrap(true);
    m_catchNote->setForegroundRole(QPalette::PlaceholderText);
    m_catchNote->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_job);
    top->addSpacing(8);
    top->addWidget(folderLabel);
    top->addWidget(m_folder, 1);
    top->addWidget(m_catchNote, 1);
    grid->addLayout(top, 0, 0, 1, 5);
    grid->addWidget(m_browse, 0, 5);
    auto *row = new QHBoxLayout;
    row->addWidget(portLabel);
    row->addWidget(m_port);
    row->addSpacing(16);
    row->addWidget(scopeLabel);
    row->addWidget(m_scope);
    row->addSpacing(16);
    row->addWidget(m_captureLabel);
    row->addWidget(m_capture);
    row->addStretch(1);
    grid->addLayout(row, 1, 0, 1, 5);
    grid->addWidget(m_start, 1, 5);
    grid->setColumnStretch(0, 1);

    m_problem = new QFrame(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setFrameShape(QFrame::StyledPanel);
    auto *problemLayout = new QHBoxLayout(m_problem);
    problemLayout->setContentsMargins(8, 6, 8, 6);
    auto *icon = new QLabel(m_problem);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemText = new QLabel(m_problem);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemText->setAccessibleName(tr("Problem"));
    m_problemAction = new QPushButton(m_problem);
    connect(m_problemAction, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    problemLayout->addWidget(icon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_problemText, 1);
    problemLayout->addWidget(m_problemAction);
    m_problem->hide();
    grid->addWidget(m_problem, 2, 0, 1, 6);
    updateStart();
}

ServePanel::Job ServePanel::job() const
{
    return Job(m_job->currentData().toInt());
}

void ServePanel::setJob(Job job)
{
    m_job->setCurrentIndex(m_job->findData(int(job)));
    showJob();
}

void ServePanel::showJob()
{
    const bool catching = job() == Job::Catch;
    m_folderLabel->setVisible(!catching);
    m_folder->setVisible(!catching);
    m_browse->setVisible(!catching);
    m_catchNote->setVisible(catching);
    m_captureLabel->setVisible(catching);
    m_capture->setVisible(catching);
    updateStart();
}

bool ServePanel::canStart() const
{
    return job() == Job::Catch || !folder().isEmpty();
}

void ServePanel::updateStart()
{
    const bool can = canStart();
    // Stop and "Working..." do not depend on a folder.
    m_start->setEnabled(m_mode == Mode::Serving || (m_mode == Mode::Idle && can));
    m_start->setToolTip(m_mode == Mode::Idle && !can ? tr("Choose a folder to share first") : QString());
    if (can != m_couldStart) {
        m_couldStart = can;
        Q_EMIT startableChanged(can);
    }
}

QString ServePanel::folder() const
{
    const QString text = m_folder->currentText().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void ServePanel::setFolder(const QString &folder)
{
    m_folder->setEditText(QDir::toNativeSeparators(folder));
}

void ServePanel::setRecentFolders(const QStringList &folders)
{
    const QString current = m_folder->currentText();
    m_folder->clear();
    for (const QString &f : folders)
        m_folder->addItem(QDir::toNativeSeparators(f), f);
    m_folder->setEditText(current);
}

qint64 ServePanel::captureLimit() const
{
    return qint64(m_capture->value()) << 20;
}

void ServePanel::setCaptureLimit(qint64 bytes)
{
    // Whole megabytes, rounded up: a limit of 1.5 MB keeps 2.
    m_capture->setValue(int(std::clamp<qint64>((bytes + (1 << 20) - 1) >> 20, 1, Limits::kMaxCaptureLimit >> 20)));
}

quint16 ServePanel::port() const
{
    return quint16(m_port->value());
}

void ServePanel::setPort(quint16 port)
{
    m_port->setValue(port);
}

ListenScope ServePanel::scope() const
{
    return ListenScope(m_scope->currentData().toInt());
}

void ServePanel::setScope(ListenScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void ServePanel::setMode(Mode mode)
{
    const bool editable = mode == Mode::Idle;
    m_job->setEnabled(editable);
    m_folder->setEnabled(editable);
    m_browse->setEnabled(editable);
    m_port->setEnabled(editable);
    m_scope->setEnabled(editable);
    m_capture->setEnabled(editable);
    m_mode = mode;
    updateStart();
    switch (mode) {
    case Mode::Idle:
        m_start->setText(tr("Start"));
        break;
    case Mode::Busy:
        m_start->setText(tr("Working\u2026"));
        break;
    case Mode::Serving:
        m_start->setText(tr("Stop"));
        break;
    }
}

void ServePanel::showProblem(const QString &message, const QString &actionText, std::function<void()> action)
{
    m_problemText->setText(message);
    m_action = std::move(action);
    m_problemAction->setText(actionText);
    m_problemAction->setVisible(!actionText.isEmpty() && m_action);
    m_problem->show();
}

void ServePanel::clearProblem()
{
    m_problem->hide();
    m_problemText->clear();
    m_action = {};
}

QString ServePanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problemText->text();
}

} // namespace Servery
