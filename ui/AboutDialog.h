#pragma once

#include <QDialog>

class QLabel;

namespace Servery {

// Help > About: the version, the license, the Qt it runs on and was built
// with, how it was built, and where its home is. "Copy" puts the facts on
// the clipboard for a bug report.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The facts, as plain text (what Copy copies).
    static QString details();
    static QString homepage();
    QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace Servery
