#pragma once

#include "Replay.h"

#include "server/log/RequestRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Servery {

// Sends a logged request again, as the person edits it, and shows the
// answer beside the one the log kept. The request side has a method (the
// common ones, or any typed), the URL (this server by default), a table of
// headers with Add and Remove, and the body: text stays editable; a binary
// body (or one too long to edit) is kept as bytes, shown as "N bytes
// (binary)", until the person replaces it. An unchanged body is sent byte
// for byte. Send may be pressed again at any time; failures show in plain
// words. Widgets carry object names ("method", "url", "headers", "body",
// "send", "answerStatus", "answerHeaders", "answerBody", ...) for tests.
class ReplayDialog : public QDialog {
    Q_OBJECT

public:
    ReplayDialog(const RequestRecord &record, const QString &origin, QWidget *parent = nullptr);

    // The request as the fields show it now: what Send sends.
    ReplayRequest request() const;
    // The client that sends it (to set its timeout, say).
    ReplayClient *client() const { return m_client; }
    // True while the body is kept as bytes rather than edited as text.
    bool bodyIsBytes() const { return m_bodyIsBytes; }

public Q_SLOTS:
    void send();
    // Drops a kept body and lets the person type a new one.
    void replaceBody();

Q_SIGNALS:
    // An answer (or a failure) is on screen.
    void answerShown(const Servery::ReplayResult &result);

private:
    QWidget *makeRequestSide();
    QWidget *makeResponseSide(const QString &title, QLabel *&status, QPlainTextEdit *&headers, QPlainTextEdit *&body,
                              const QString &prefix);
    void showOriginal(const RequestRecord &record);
    void showAnswer(const ReplayResult &result);
    void addHeaderRow(const QByteArray &name = {}, const QByteArray &value = {});
    void removeHeaderRows();

    ReplayClient *m_client = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_replaceBody = nullptr;
    QLabel *m_bodyNote = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_originalStatus = nullptr;
    QPlainTextEdit *m_originalHeaders = nullptr;
    QPlainTextEdit *m_originalBody = nullptr;
    QLabel *m_answerStatus = nullptr;
    QPlainTextEdit *m_answerHeaders = nullptr;
    QPlainTextEdit *m_answerBody = nullptr;

    QByteArray m_bodyBytes; // the recorded body, sent as is while unedited
    bool m_bodyIsBytes = false; // shown as "N bytes", not editable
    bool m_crlfBody = false; // the recorded text ends its lines with CRLF
};

} // namespace Servery
