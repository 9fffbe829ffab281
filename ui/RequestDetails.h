#pragma once

#include "server/log/RequestRecord.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace Servery {

// Everything about one exchange: request line, query parameters, request
// headers, body preview, response status and headers, bytes and timings,
// which rule answered, and "Copy as cURL".
class RequestDetails : public QWidget {
    Q_OBJECT

public:
    explicit RequestDetails(QWidget *parent = nullptr);

    // Shows `record`, or an invitation to pick a row when null. `origin`
    // ("http://192.168.1.23:8080") completes the URL for cURL.
    void setRecord(const RequestRecord *record, const QString &origin);
    bool hasRecord() const { return m_hasRecord; }
    QString plainText() const;
    QString curl() const { return m_curl; }

    // The HTML shown for a record (exposed for tests).
    static QString html(const RequestRecord &record, const QPalette &palette);

Q_SIGNALS:
    void curlCopied();

private:
    QTextBrowser *m_text = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QString m_curl;
    bool m_hasRecord = false;
};

} // namespace Servery
