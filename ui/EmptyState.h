#pragma once

#include <QWidget>

namespace Servery {

// What the window shows before a folder is chosen: drop one here, browse for
// one, or try the bundled sample site.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

Q_SIGNALS:
    void browseClicked();
    void sampleClicked();
};

} // namespace Servery
