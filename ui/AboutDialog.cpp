#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Servery {

namespace {

QString buildType()
{
    QString type =
#ifdef NDEBUG
        AboutDialog::tr("release build");
#else
        AboutDialog::tr("debug build");
#endif
#if defined(__SANITIZE_ADDRESS__)
    type += AboutDialog::tr(", with AddressSanitizer");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    type += AboutDialog::tr(", with AddressSanitizer");
#endif
#endif
    return type;
}

QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__).trimmed();
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return AboutDialog::tr("an unknown compiler");
#endif
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Servery"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);

    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setWordWrap(true);
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage());
    m_text->setText(
        QStringLiteral("<h2>Servery %1</h2><p>%2</p><p>%3<br>%4</p><p>%5<br>%6<br>%7</p><p>%8</p>")
            .arg(QStringLiteral(SERVERY_VERSION).toHtmlEscaped(),
                 tr("Share a folder with phones and browsers, preview a site as a real server serves it, and "
                    "watch every request arrive.")
                     .toHtmlEscaped(),
                 tr("Copyright \u00a9 2026 The Servery developers.").toHtmlEscaped(),
                 tr("Free software under the MIT License: use, copy, change and share it; it comes with no "
                    "warranty.")
                     .toHtmlEscaped(),
                 tr("Qt %1 (built with Qt %2)")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
                     .toHtmlEscaped(),
                 tr("Built with %1; %2").arg(compiler(), buildType()).toHtmlEscaped(),
                 tr("Running on %1 (%2, %3)")
                     .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                          QGuiApplication::platformName())
                     .toHtmlEscaped(),
                 link));
    m_text->setMinimumWidth(420);
    top->addWidget(m_text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version and build details, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::homepage()
{
    return QStringLiteral("https://github.com/servery/servery");
}

QString AboutDialog::details()
{
    return QStringLiteral("Servery %1\nQt %2 (built with %3)\n%4, %5\n%6 (%7, %8)\n")
        .arg(QStringLiteral(SERVERY_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             compiler(), buildType(), QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
             QGuiApplication::platformName());
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace Servery
