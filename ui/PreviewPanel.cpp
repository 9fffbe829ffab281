#include "PreviewPanel.h"

#include <QSettings>

#include "DeviceName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Servery {

namespace {

constexpr int kMaxConsoleRows = 1000;

QString cleanUrlsText(CleanUrls c)
{
    switch (c) {
    case CleanUrls::Off:
        return QObject::tr("Off");
    case CleanUrls::On:
        return QObject::tr("On: /about serves about.html");
    case CleanUrls::Strict:
        return QObject::tr("Strict: /about.html redirects to /about");
    }
    return {};
}

} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_liveReload = new QCheckBox(tr("Reload pages when a file changes (stylesheets in place)"), this);
    form->addRow(tr("Live reload:"), m_liveReload);
    m_consoleAll = new QCheckBox(tr("Show every console message, not only errors"), this);
    form->addRow(tr("Console:"), m_consoleAll);
    m_cleanUrls = new QComboBox(this);
    for (CleanUrls c : {CleanUrls::Off, CleanUrls::On, CleanUrls::Strict})
        m_cleanUrls->addItem(cleanUrlsText(c), int(c));
    form->addRow(tr("Clean URLs:"), m_cleanUrls);
    m_rules = new QCheckBox(tr("Follow _redirects, _headers and serve.json"), this);
    form->addRow(tr("Host rules:"), m_rules);
    auto *spaRow = new QHBoxLayout;
    m_spa = new QCheckBox(tr("Single-page app: unknown pages get"), this);
    m_spaFile = new QLineEdit(this);
    m_spaFile->setPlaceholderText(QStringLiteral("index.html"));
    spaRow->addWidget(m_spa);
    spaRow->addWidget(m_spaFile, 1);
    form->addRow(tr("Fallback:"), spaRow);
    auto *corsRow = new QHBoxLayout;
    m_cors = new QCheckBox(tr("Allow other sites:"), this);
    m_corsOrigins = new QLineEdit(this);
    m_corsOrigins->setPlaceholderText(tr("any origin, or e.g. http://localhost:5173"));
    corsRow->addWidget(m_cors);
    corsRow->addWidget(m_corsOrigins, 1);
    form->addRow(tr("CORS:"), corsRow);
    m_headers = new QPlainTextEdit(this);
    m_headers->setPlaceholderText(tr("One per line, e.g. X-Frame-Options: DENY"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Extra headers:"), m_headers);
    m_headerProblems = new QLabel(this);
    m_headerProblems->setWordWrap(true);
    m_headerProblems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_headerProblems->hide();
    form->addRow(QString(), m_headerProblems);
    layout->addLayout(form);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *rulesBox = new QWidget(split);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(new QLabel(tr("Active rules"), rulesBox));
    m_rulesList = new QListWidget(rulesBox);
    m_rulesList->setAlternatingRowColors(true);
    rulesLayout->addWidget(m_rulesList);
    auto *consoleBox = new QWidget(split);
    auto *consoleLayout = new QVBoxLayout(consoleBox);
    consoleLayout->setContentsMargins(0, 0, 0, 0);
    consoleLayout->addWidget(new QLabel(tr("Console of the pages"), consoleBox));
    m_console = new QTreeWidget(consoleBox);
    m_console->setRootIsDecorated(false);
    m_console->setUniformRowHeights(true);
    m_console->setHeaderLabels({tr("Time"), tr("Device"), tr("Level"), tr("Message"), tr("Where")});
    m_console->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_console->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_console->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_console->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_console->header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_console->header()->setStretchLastSection(false);
    consoleLayout->addWidget(m_console);
    split->addWidget(rulesBox);
    split->addWidget(consoleBox);
    layout->addWidget(split, 1);

    connect(m_liveReload, &QCheckBox::toggled, this, &PreviewPanel::emitChanged);
    connect(m_consoleAll, &QCheckBox::toggled, this, &PreviewPanel::emitChanged);
    connect(m_cleanUrls, &QComboBox::currentIndexChanged, this, &PreviewPanel::emitChanged);
    connect(m_rules, &QCheckBox::toggled, this, &PreviewPanel::emitChanged);
    connect(m_spa, &QCheckBox::toggled, this, &PreviewPanel::emitChanged);
    connect(m_spaFile, &QLineEdit::editingFinished, this, &PreviewPanel::emitChanged);
    connect(m_cors, &QCheckBox::toggled, this, &PreviewPanel::emitChanged);
    connect(m_corsOrigins, &QLineEdit::editingFinished, this, &PreviewPanel::emitChanged);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &PreviewPanel::emitChanged);

    setSettings(SiteSettings::forPreview());
}

QList<std::pair<QByteArray, QByteArray>> PreviewPanel::parseHeaderLines(const QString &text, QStringList *problems)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        if (const std::optional<std::pair<QByteArray, QByteArray>> header = parseHeaderLine(lines.at(i)))
            headers.append(*header);
        else if (problems)
            problems->append(tr("Line %1 is not \"Name: value\".").arg(i + 1));
    }
    return headers;
}

SiteSettings PreviewPanel::settings() const
{
    SiteSettings s;
    s.liveReload = m_liveReload->isChecked();
    s.consoleAll = m_consoleAll->isChecked();
    s.cleanUrls = CleanUrls(m_cleanUrls->currentData().toInt());
    s.rulesFiles = m_rules->isChecked();
    s.spa = m_spa->isChecked();
    s.spaFile = m_spaFile->text().trimmed();
    while (s.spaFile.startsWith(u'/'))
        s.spaFile.remove(0, 1);
    if (s.spaFile.split(u'/').contains(QStringLiteral("..")))
        s.spaFile.clear();
    s.cors = m_cors->isChecked();
    for (const QString &o : m_corsOrigins->text().split(u',', Qt::SkipEmptyParts)) {
        QString t = o.trimmed();
        while (t.endsWith(u'/'))
            t.chop(1);
        if (!t.isEmpty() && t != u"*")
            s.corsOrigins.append(t.toUtf8());
    }
    s.extraHeaders = parseHeaderLines(m_headers->toPlainText(), nullptr);
    return s;
}

void PreviewPanel::setSettings(const SiteSettings &s)
{
    m_applying = true;
    m_liveReload->setChecked(s.liveReload);
    m_consoleAll->setChecked(s.consoleAll);
    m_cleanUrls->setCurrentIndex(m_cleanUrls->findData(int(s.cleanUrls)));
    m_rules->setChecked(s.rulesFiles);
    m_spa->setChecked(s.spa);
    m_spaFile->setText(s.spaFile);
    m_cors->setChecked(s.cors);
    QStringList origins;
    for (const QByteArray &o : s.corsOrigins)
        origins.append(QString::fromUtf8(o));
    m_corsOrigins->setText(origins.join(QStringLiteral(", ")));
    m_headers->setPlainText(formatHeaderLines(s.extraHeaders));
    m_applying = false;
    refreshState();
}

void PreviewPanel::emitChanged()
{
    if (m_applying)
        return;
    QStringList problems;
    parseHeaderLines(m_headers->toPlainText(), &problems);
    m_headerProblems->setText(problems.join(u' '));
    m_headerProblems->setVisible(!problems.isEmpty());
    const SiteSettings s = settings();
    if (m_preview)
        m_preview->setSettings(s);
    refreshState();
    Q_EMIT settingsChanged(s);
}

void PreviewPanel::setPreview(SitePreview *preview)
{
    if (m_preview)
        disconnect(m_preview, nullptr, this, nullptr);
    m_preview = preview;
    if (preview) {
        connect(preview, &SitePreview::liveClientsChanged, this, [this](int n) {
            refreshState();
            Q_EMIT liveClientsChanged(n);
        });
        connect(preview, &SitePreview::watchStateChanged, this, &PreviewPanel::refreshState);
        connect(preview, &SitePreview::rulesChanged, this, &PreviewPanel::refreshRules);
        connect(preview, &SitePreview::consoleMessage, this, &PreviewPanel::onConsoleMessage);
        connect(preview, &SitePreview::pageProblem, this, [this](const QString &page, const QString &reason) {
            addConsoleRow(tr("Servery"), tr("live reload"), tr("Live reload is not in this page: %1.").arg(reason),
                          page);
        });
        connect(preview, &SitePreview::changesAnnounced, this, [this](const QStringList &paths, bool cssOnly) {
            // At most three paths by name; "a, b, c and 2 more" is one
            // translatable pattern, never glued from pieces.
            const QString shown = paths.mid(0, 3).join(tr(", ", "between the items of a list"));
            const QString list
                = paths.size() > 3 ? tr("%1 and %n more", nullptr, int(paths.size() - 3)).arg(shown) : shown;
            m_lastChange = (cssOnly ? tr("Stylesheets swapped: %1") : tr("Pages reloaded for: %1")).arg(list);
            refreshState();
        });
    }
    m_lastChange.clear();
    refreshRules();
    refreshState();
    Q_EMIT liveClientsChanged(liveClients());
}

int PreviewPanel::liveClients() const
{
    return m_preview ? m_preview->liveClients() : 0;
}

void PreviewPanel::refreshState()
{
    const SiteSettings s = settings();
    QString text;
    if (!m_preview) {
        text = s.liveReload ? tr("Live reload starts with sharing.") : tr("Live reload is off.");
    } else if (!s.liveReload) {
        text = tr("Live reload is off: pages don't reload by themselves.");
    } else {
        const int n = m_preview->liveClients();
        text = n == 0 ? tr("Live reload is on: no page is connected yet (open an HTML page of the site).")
                      : tr("Live reload is on: %n pages connected.", nullptr, n);
        if (m_preview->watchedFolders() > 0)
            text += u' ' + tr("Watching %n folders.", nullptr, int(m_preview->watchedFolders()));
        if (!m_lastChange.isEmpty())
            text += u' ' + m_lastChange + u'.';
    }
    if (m_preview && !m_preview->watchProblem().isEmpty())
        text += u' ' + m_preview->watchProblem();
    m_state->setText(text);
}

void PreviewPanel::refreshRules()
{
    m_rulesList->clear();
    if (!m_preview) {
        m_rulesList->addItem(tr("The rules of the folder show here while sharing."));
        return;
    }
    for (const RuleProblem &p : m_preview->ruleProblems()) {
        auto *item = new QListWidgetItem(
            (p.line > 0 ? QStringLiteral("%1:%2  ").arg(p.file).arg(p.line) : p.file + QStringLiteral("  "))
            + (p.warning ? tr("warning: %1") : tr("error: %1")).arg(p.message));
        item->setForeground(p.warning ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb3, 0x26, 0x1e));
        m_rulesList->addItem(item);
    }
    const QStringList rules = m_preview->activeRules();
    for (const QString &r : rules)
        m_rulesList->addItem(r);
    if (rules.isEmpty() && m_preview->ruleProblems().isEmpty())
        m_rulesList->addItem(settings().rulesFiles ? tr("No _redirects, _headers or serve.json in this folder.")
                                                   : tr("Host rules are off."));
}

void PreviewPanel::onConsoleMessage(const ConsoleMessage &m)
{
    QString where = m.source.isEmpty() ? m.page : m.source;
    if (m.line > 0)
        where += QStringLiteral(":%1").arg(m.line);
    const QString device = deviceNameFromUserAgent(m.userAgent) + QStringLiteral(" (") + m.client.toString() + u')';
    addConsoleRow(device, m.level, m.message, where);
}

void PreviewPanel::addConsoleRow(const QString &device, const QString &level, const QString &message,
                                 const QString &where)
{
    if (m_console->topLevelItemCount() >= kMaxConsoleRows)
        delete m_console->takeTopLevelItem(0);
    auto *item = new QTreeWidgetItem(
        {QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), device, level, message.left(500), where});
    item->setToolTip(3, message);
    if (level == u"error" || level == tr("live reload"))
        item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
    m_console->addTopLevelItem(item);
    m_console->scrollToBottom();
}

SiteSettings PreviewPanel::loadSettings(const SiteSettings &defaults)
{
    QSettings s;
    s.beginGroup(QStringLiteral("preview"));
    if (!s.contains(QStringLiteral("liveReload")))
        return defaults;
    SiteSettings site = defaults;
    site.liveReload = s.value(QStringLiteral("liveReload"), defaults.liveReload).toBool();
    site.consoleAll = s.value(QStringLiteral("consoleAll"), defaults.consoleAll).toBool();
    site.cleanUrls = CleanUrls(std::clamp(s.value(QStringLiteral("cleanUrls"), int(defaults.cleanUrls)).toInt(), 0, 2));
    site.rulesFiles = s.value(QStringLiteral("rulesFiles"), defaults.rulesFiles).toBool();
    site.spa = s.value(QStringLiteral("spa"), defaults.spa).toBool();
    site.spaFile = s.value(QStringLiteral("spaFile")).toString();
    site.cors = s.value(QStringLiteral("cors"), defaults.cors).toBool();
    site.corsOrigins.clear();
    for (const QString &o : s.value(QStringLiteral("corsOrigins")).toStringList())
        site.corsOrigins.append(o.toUtf8());
    site.extraHeaders = parseHeaderLines(s.value(QStringLiteral("headers")).toString(), nullptr);
    return site;
}

void PreviewPanel::saveSettings(const SiteSettings &site)
{
    QSettings s;
    s.beginGroup(QStringLiteral("preview"));
    s.setValue(QStringLiteral("liveReload"), site.liveReload);
    s.setValue(QStringLiteral("consoleAll"), site.consoleAll);
    s.setValue(QStringLiteral("cleanUrls"), int(site.cleanUrls));
    s.setValue(QStringLiteral("rulesFiles"), site.rulesFiles);
    s.setValue(QStringLiteral("spa"), site.spa);
    s.setValue(QStringLiteral("spaFile"), site.spaFile);
    s.setValue(QStringLiteral("cors"), site.cors);
    QStringList origins;
    for (const QByteArray &o : site.corsOrigins)
        origins.append(QString::fromUtf8(o));
    s.setValue(QStringLiteral("corsOrigins"), origins);
    s.setValue(QStringLiteral("headers"), formatHeaderLines(site.extraHeaders));
}

} // namespace Servery
