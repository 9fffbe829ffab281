#include "MainWindow.h"

#include <QDir>
#include <QLabel>

namespace Servery {

MainWindow::MainWindow(const QString &folder, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Servery"));
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setText(QStringLiteral("Servery's window is still being built.\n\n"
                                  "To share %1 now, run:\n\nservery --headless")
                           .arg(QDir::toNativeSeparators(folder)));
    setCentralWidget(label);
    resize(520, 320);
}

} // namespace Servery
