#pragma once

#include "server/log/RequestRecord.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Servery {

class BodyViewer;
class ReplayDialog;

// Everything about one exchange, in tabs: an overview (request line, which
// rule answered, client, timings, query parameters, request and response
// headers), the request body and the response body in body viewers, and the
// head as it was received. Below them, Replay… (ReplayDialog) and a Copy
// menu: the URL, a cURL command, a fetch() call, an HTTPie command.
//
// The body and raw tabs are filled when they are shown, not when a record
// is set: moving through the log with the overview open reads no body from
// a file and parses no JSON.
class RequestDetails : public QWidget {
    Q_OBJECT

public:
    enum Tab { OverviewTab, RequestBodyTab, ResponseBodyTab, RawTab };
    enum class CopyFormat { Url, Curl, Fetch, Httpie };
    Q_ENUM(CopyFormat)

    explicit RequestDetails(QWidget *parent = nullptr);

    // Shows `record`, or an invitation to pick a row when null. `origin`
    // ("http://192.168.1.23:8080") completes URLs for the Copy menu and
    // Replay.
    void setRecord(const RequestRecord *record, const QString &origin);
    bool hasRecord() const { return m_record.has_value(); }
    // The overview as text.
    QString plainText() const;
    QString curl() const { return commandText(CopyFormat::Curl); }
    // What a Copy menu entry puts on the clipboard; empty without a record
    // or without a readable request line.
    QString commandText(CopyFormat format) const;

    // The overview's HTML for a record (exposed for tests).
    static QString html(const RequestRecord &record, const QPalette &palette);
    // A request head as text a person can check byte by byte: printable
    // ASCII as it is; CR, LF, tab and backslash as \r \n \t \\ (each LF
    // also ends the line shown); any other byte as \xHH.
    static QString rawHeadText(QByteArrayView head);

    // The parts, for tests and for people who script it.
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);
    BodyViewer *requestBodyViewer() const { return m_requestBody; }
    BodyViewer *responseBodyViewer() const { return m_responseBody; }
    // What is said above a body viewer ("1,024 of 5,000 bytes kept"), or
    // empty.
    QString requestBodyNote() const;
    QString responseBodyNote() const;
    QString rawText() const;
    // "Answered by rule: create" above the tabs, or empty.
    QString ruleText() const;
    QPushButton *copyButton() const { return m_copy; }
    QAction *copyAction(CopyFormat format) const;
    QPushButton *replayButton() const { return m_replay; }

public Q_SLOTS:
    void copy(Servery::RequestDetails::CopyFormat format);
    // Opens the record in a ReplayDialog of its own (not modal, deleted when
    // closed) and returns it; null without a record.
    Servery::ReplayDialog *replay();

Q_SIGNALS:
    // Something went to the clipboard: "a curl command", "the URL", ...
    void copied(const QString &what);
    void curlCopied();

private:
    QWidget *makeBodyPage(BodyViewer *&viewer, QLabel *&note);
    static void showBody(BodyViewer *viewer, QLabel *note, bool hasBody, const QString &text);
    void fillTab(int index);

    std::optional<RequestRecord> m_record;
    QString m_origin;
    QLabel *m_rule = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_text = nullptr;
    BodyViewer *m_requestBody = nullptr;
    QLabel *m_requestNote = nullptr;
    BodyViewer *m_responseBody = nullptr;
    QLabel *m_responseNote = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_replay = nullptr;
    QList<QAction *> m_copyActions; // in CopyFormat order
    QList<int> m_filled; // tabs showing the current record
    int m_wantedTab = OverviewTab;
};

} // namespace Servery
