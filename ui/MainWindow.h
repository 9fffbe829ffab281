#pragma once

#include <QMainWindow>

namespace Servery {

// The application window. For now a placeholder that points to headless
// mode; the full window (folder, QR code, live request log) replaces it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &folder, QWidget *parent = nullptr);
};

} // namespace Servery
