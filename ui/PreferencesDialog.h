#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Servery {

// Edit > Preferences: what otherwise lives on the command line (port, mode,
// index file, listings, hidden files, symlinks, workers) and how much the
// log keeps. OK checks the values and emits saved(); nothing changes for a
// server already running: the next Start uses them, and the dialog says so.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    // `serving`: a server is running now. `given`: what the command line
    // set for this run (it wins over the preferences until Servery restarts).
    PreferencesDialog(const Preferences &current, bool serving, const ServerOptionsGiven &given,
                      QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    // The problem shown after OK with a wrong value, or empty.
    QString problemText() const;
    QString noteText() const;

    QLineEdit *indexEdit() const { return m_index; }
    QCheckBox *hiddenSwitch() const { return m_hidden; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

Q_SIGNALS:
    void saved(const Servery::Preferences &preferences);

private:
    QSpinBox *m_port = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_index = nullptr;
    QCheckBox *m_listing = nullptr;
    QCheckBox *m_hidden = nullptr;
    QCheckBox *m_symlinks = nullptr;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_logRows = nullptr;
    QSpinBox *m_capture = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Servery
