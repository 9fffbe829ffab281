#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Servery {

PreferencesDialog::PreferencesDialog(const Preferences &current, bool serving, const ServerOptionsGiven &given,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *serverBox = new QGroupBox(tr("Serving"), this);
    auto *form = new QFormLayout(serverBox);
    m_port = new QSpinBox(serverBox);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("The port the window opens with; starting on another port changes it."));
    form->addRow(tr("&Port:"), m_port);
    m_mode = new QComboBox(serverBox);
    m_mode->addItem(tr("Preview: browsers check every file again, so edits show at once"), int(ServeMode::Preview));
    m_mode->addItem(tr("Share: browsers may keep files for 5 minutes"), int(ServeMode::Share));
    form->addRow(tr("&Mode:"), m_mode);
    m_index = new QLineEdit(serverBox);
    m_index->setPlaceholderText(QStringLiteral("index.html"));
    m_index->setToolTip(tr("The file served for a folder's address, such as index.html."));
    form->addRow(tr("&Index file:"), m_index);
    m_listing = new QCheckBox(tr("&List a folder's files when it has no index file"), serverBox);
    form->addRow(m_listing);
    m_hidden = new QCheckBox(tr("Serve and list &hidden files (names starting with a dot)"), serverBox);
    form->addRow(m_hidden);
    m_symlinks = new QCheckBox(tr("Let symbolic links lead &outside the shared folder"), serverBox);
    form->addRow(m_symlinks);
    m_workers = new QSpinBox(serverBox);
    m_workers->setRange(0, Preferences::kMaxWorkers);
    m_workers->setSpecialValueText(tr("one per core"));
    form->addRow(tr("&Worker threads:"), m_workers);
    layout->addWidget(serverBox);

    auto *logBox = new QGroupBox(tr("Request log"), this);
    auto *logForm = new QFormLayout(logBox);
    m_logRows = new QSpinBox(logBox);
    m_logRows->setRange(Preferences::kMinLogRows, Preferences::kMaxLogRows);
    m_logRows->setSingleStep(1000);
    m_logRows->setGroupSeparatorShown(true);
    m_logRows->setSuffix(tr(" requests"));
    m_logRows->setToolTip(tr("The oldest requests make room for new ones past this number."));
    logForm->addRow(tr("&Keep the last:"), m_logRows);
    m_capture = new QSpinBox(logBox);
    m_capture->setRange(1, int(Limits::kMaxCaptureLimit >> 20));
    m_capture->setSuffix(tr(" MB"));
    m_capture->setToolTip(tr("Each caught request body is kept whole up to this size; a larger one is answered "
                             "413."));
    logForm->addRow(tr("Keep request &bodies up to:"), m_capture);
    layout->addWidget(logBox);

    QStringList givenNames;
    const std::pair<bool, QString> options[] = {
        {given.mode, QStringLiteral("--mode")},
        {given.indexFileName, QStringLiteral("--index")},
        {given.listDirectories, QStringLiteral("--no-listing")},
        {given.showHidden, QStringLiteral("--hidden")},
        {given.followSymlinks, QStringLiteral("--follow-symlinks")},
        {given.workers, QStringLiteral("--workers")},
    };
    for (const auto &[set, name] : options) {
        if (set)
            givenNames.append(name);
    }
    QStringList notes;
    if (serving)
        notes.append(tr("Servery is serving now: these take effect at the next Start."));
    if (!givenNames.isEmpty())
        notes.append(tr("Until Servery is started again, the command line's %1 wins over these.")
                         .arg(givenNames.join(QStringLiteral(", "))));
    m_note = new QLabel(notes.join(u' '), this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(!notes.isEmpty());
    layout->addWidget(m_note);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });
    layout->addWidget(m_buttons);
    connect(m_index, &QLineEdit::textEdited, m_problem, &QWidget::hide);

    setPreferences(current);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.port = quint16(m_port->value());
    p.mode = ServeMode(m_mode->currentData().toInt());
    p.indexFileName = m_index->text().trimmed();
    p.listDirectories = m_listing->isChecked();
    p.showHidden = m_hidden->isChecked();
    p.followSymlinks = m_symlinks->isChecked();
    p.workers = m_workers->value();
    p.logRows = m_logRows->value();
    p.captureLimit = qint64(m_capture->value()) << 20;
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_port->setValue(p.port);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(p.mode))));
    m_index->setText(p.indexFileName);
    m_listing->setChecked(p.listDirectories);
    m_hidden->setChecked(p.showHidden);
    m_symlinks->setChecked(p.followSymlinks);
    m_workers->setValue(p.workers);
    m_logRows->setValue(p.logRows);
    // Whole megabytes, rounded up, as the window's own box.
    m_capture->setValue(
        int(std::clamp<qint64>((p.captureLimit + (1 << 20) - 1) >> 20, 1, Limits::kMaxCaptureLimit >> 20)));
    m_problem->hide();
}

QString PreferencesDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString PreferencesDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    const QString problem = p.problem();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        if (!Preferences::isValidIndexName(p.indexFileName))
            m_index->setFocus();
        return;
    }
    Q_EMIT saved(p);
    QDialog::accept();
}

} // namespace Servery
