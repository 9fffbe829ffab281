#include "EmptyState.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Servery {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *title = new QLabel(tr("Drop a folder here to share it"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(this);
    m_text = text;
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setMaximumWidth(520);
    text->setMinimumWidth(std::min(520, text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60));
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(textRow);

    auto *buttons = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Choose a folder\u2026"), this);
    browse->setAccessibleName(tr("Choose a folder to share"));
    auto *sample = new QPushButton(tr("Try the sample site"), this);
    sample->setAccessibleName(tr("Share the bundled sample site"));
    auto *catchRequests = new QPushButton(tr("Catch requests"), this);
    catchRequests->setAccessibleName(tr("Catch requests sent to this computer"));
    catchRequests->setToolTip(tr("For webhooks, apps and devices: every method on every path is answered and "
                                 "kept whole in the log. No folder needed."));
    connect(browse, &QPushButton::clicked, this, &EmptyState::browseClicked);
    connect(sample, &QPushButton::clicked, this, &EmptyState::sampleClicked);
    connect(catchRequests, &QPushButton::clicked, this, &EmptyState::catchClicked);
    buttons->addStretch(1);
    buttons->addWidget(browse);
    buttons->addWidget(sample);
    buttons->addWidget(catchRequests);
    buttons->addStretch(1);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setAcceptDrops(false); // the window takes drops everywhere
    setLocalOnly(false);
}

void EmptyState::setLocalOnly(bool localOnly)
{
    m_text->setText(localOnly ? tr("Browsers on this computer see it as a real web server would serve it, and every "
                                   "request shows up here as it happens. Only this computer can connect; choose "
                                   "“Devices on my network” to share with phones.")
                              : tr("Phones on your network open it from a QR code, browsers see it as a real web "
                                   "server would serve it, and every request shows up here as it happens."));
}

QString EmptyState::description() const
{
    return m_text->text();
}

// Copies the bundled sample site out of the resources into a folder the
// server can share. Runs on the thread pool: it writes files.
QString EmptyState::extractSampleSite()
{
    const QString target
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sample-site");
    if (!QDir().mkpath(target))
        return {};
    QDirIterator it(QStringLiteral(":/servery/sample-site"), QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString destination = target + u'/' + it.fileName();
        QFile::remove(destination);
        if (!QFile::copy(source, destination))
            return {};
        QFile::setPermissions(destination,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
    }
    return target;
}

} // namespace Servery
