#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Servery {

class RequestLogModel;
struct RequestRecord;

// Filters the request log by text and by status class. Rows are not
// re-sorted: the log keeps its order.
//
// The text is a list of terms separated by spaces, all of which must match
// (case-insensitively); double quotes keep spaces inside one term
// (body:"two words"). A term is a token or a plain word:
//   method:POST       the method; commas give alternatives (method:put,patch)
//   path:/api/*       a glob over the path (* matches anything, / included);
//                     without a *, the path or a folder under it; with a ?,
//                     the query is matched too
//   status:404        the status; x stands for any digit (status:4xx), a
//                     short value is a prefix (status:5), status:none is no
//                     response; commas give alternatives
//   device:Pixel      the device name (from the User-Agent) or the client
//                     address (a whole address matches that client only);
//                     client: is the same
//   rule:create       the reply rule that answered; rule:* any rule,
//                     rule:none no rule
//   header:x-github   a request or response header's name or value
//   body:needle       the request or response body as kept in memory
//                     (RequestLogModel::kSearchBodyBytes of each)
// A plain word matches the row's summary (method, path, status, client,
// device, rule, error), its headers but Host and ETag
// (RequestLogModel::headersContain) and its bodies. A term with an unknown
// key ("12:04") is a plain word; a token with no value yet ("method:") is
// left out, so the table does not empty while it is typed.
class RequestFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum StatusClass {
        Informational = 0x01, // no response, or 1xx
        Success = 0x02, // 2xx
        Redirection = 0x04, // 3xx
        ClientError = 0x08, // 4xx
        ServerError = 0x10, // 5xx
        AllClasses = 0x1f,
    };
    Q_DECLARE_FLAGS(StatusClasses, StatusClass)

    explicit RequestFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatusClasses(StatusClasses classes);
    StatusClasses statusClasses() const { return m_classes; }

    static StatusClass classOf(int status);
    // Whether `record` passes the text (the status classes aside).
    bool matchesText(const RequestRecord &record) const;
    // The terms above for people, as rich text (the filter field's help).
    static QString helpText();
    // `text` matched whole against `pattern`, where * stands for any run of
    // characters; case-insensitive.
    static bool globMatches(QStringView pattern, QStringView text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        enum Kind { Word, Method, Path, Status, Device, Rule, Header, Body };
        Kind kind = Word;
        QStringList values; // alternatives, or the one value
        QByteArray needle; // the value as UTF-8 with ASCII in lower case
        QHostAddress address; // device: a whole address, or null
    };
    static QList<Term> parse(const QString &text);
    static bool pathMatches(const QString &pattern, const RequestRecord &record);
    static bool statusMatches(const QString &pattern, int status);

    QString m_text;
    QList<Term> m_terms;
    StatusClasses m_classes = AllClasses;
    const RequestLogModel *m_log = nullptr; // the source, when it is the log
};

} // namespace Servery

Q_DECLARE_OPERATORS_FOR_FLAGS(Servery::RequestFilterModel::StatusClasses)
