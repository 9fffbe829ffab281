#pragma once

#include "BodyReader.h"

#include "server/http/HttpHeaders.h"

#include <QAbstractListModel>

namespace Servery {

// One part of a multipart body (RFC 2046 5.1): its head and where its
// content lies in the body.
struct MultipartPart {
    HttpHeaders headers;
    QString name; // Content-Disposition "name", for form fields
    QString fileName; // "filename*" or "filename", empty for a plain field
    QByteArray contentType; // the part's Content-Type, empty when absent (text/plain)
    qint64 offset = 0; // of the content, in the body
    qint64 length = 0;
    bool complete = true; // false: the body ended inside this part
};

struct MultipartBody {
    // The parts are bounded: a body of tiny parts stops being listed here.
    static constexpr int kMaxParts = 1000;
    // A part's head longer than this is not a head.
    static constexpr qint64 kMaxHeadBytes = 16 * 1024;

    QList<MultipartPart> parts;
    QString error; // plain words when the body could not be split at all
    bool truncated = false; // it ended before the closing boundary
    bool tooManyParts = false; // only the first kMaxParts are listed
};

// Splits a multipart/* body by the boundary its `contentType` declares,
// reading through `reader` in blocks (a body in a file is not loaded).
// Lenient where a viewer should be: bare LF line ends, a preamble, a body
// cut short (the last part is marked incomplete).
MultipartBody parseMultipart(const BodyReader &reader, qint64 size, QByteArrayView contentType);

// The parts of a multipart body, one row each: "name — file.png
// (image/png, 12 KB)". The part's content is reachable through
// partReader(), for a nested body viewer.
class MultipartModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit MultipartModel(QObject *parent = nullptr);

    void setBody(BodyReader reader, qint64 size, QByteArrayView contentType);
    const MultipartBody &body() const { return m_body; }
    const MultipartPart &part(int row) const { return m_body.parts[row]; }
    BodyReader partReader(int row) const;
    // The content of a part (at most `maxBytes` of it, -1: all).
    QByteArray partBytes(int row, qint64 maxBytes = -1) const;
    // A line for people: "3 parts", "2 parts; the body ends inside the last".
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    BodyReader m_reader;
    MultipartBody m_body;
};

} // namespace Servery
