#pragma once

#include "server/site/SitePreview.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace Servery {

// The window's Preview view: the site preview's switches (live reload,
// clean URLs, host rules, SPA fallback, CORS, extra headers, console
// mirroring), the rules that are active and from which file, each problem
// in the rule files with its line, the live-reload state, and what the pages'
// consoles reported.
class PreviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    SiteSettings settings() const;
    void setSettings(const SiteSettings &settings);
    // The switches as saved in the settings (group "preview"), or
    // `defaults` when none were; saving writes them there.
    static SiteSettings loadSettings(const SiteSettings &defaults);
    static void saveSettings(const SiteSettings &site);
    // The running session's preview (null when stopped); the panel follows
    // it and shows what it reports.
    void setPreview(SitePreview *preview);

    QCheckBox *liveReloadBox() const { return m_liveReload; }
    QComboBox *cleanUrlsBox() const { return m_cleanUrls; }
    QCheckBox *rulesBox() const { return m_rules; }
    QCheckBox *spaBox() const { return m_spa; }
    QLineEdit *spaFileEdit() const { return m_spaFile; }
    QCheckBox *corsBox() const { return m_cors; }
    QLineEdit *corsOriginsEdit() const { return m_corsOrigins; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QCheckBox *consoleAllBox() const { return m_consoleAll; }
    QLabel *stateLabel() const { return m_state; }
    QListWidget *rulesList() const { return m_rulesList; }
    QTreeWidget *consoleList() const { return m_console; }
    int liveClients() const;

    // Extra headers as typed, one "Name: value" per line; the bad lines are
    // named in `problems`.
    static QList<std::pair<QByteArray, QByteArray>> parseHeaderLines(const QString &text, QStringList *problems);

Q_SIGNALS:
    // A switch changed: apply to the running preview and remember.
    void settingsChanged(const Servery::SiteSettings &settings);
    void liveClientsChanged(int count);

private:
    void emitChanged();
    void refreshState();
    void refreshRules();
    void addConsoleRow(const QString &device, const QString &level, const QString &message, const QString &where);
    void onConsoleMessage(const ConsoleMessage &message);

    QCheckBox *m_liveReload = nullptr;
    QComboBox *m_cleanUrls = nullptr;
    QCheckBox *m_rules = nullptr;
    QCheckBox *m_spa = nullptr;
    QLineEdit *m_spaFile = nullptr;
    QCheckBox *m_cors = nullptr;
    QLineEdit *m_corsOrigins = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLabel *m_headerProblems = nullptr;
    QCheckBox *m_consoleAll = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_rulesList = nullptr;
    QTreeWidget *m_console = nullptr;
    QPointer<SitePreview> m_preview;
    QString m_lastChange; // what live reload did last, for the state line
    bool m_applying = false; // setSettings() is filling the controls
};

} // namespace Servery
