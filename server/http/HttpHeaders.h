#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>

#include <initializer_list>

namespace Servery {

struct HttpHeader {
    QByteArray name; // as the peer spelled it
    QByteArray value; // with surrounding whitespace removed

    friend bool operator==(const HttpHeader &, const HttpHeader &) = default;
};

// An ordered list of header fields. Names compare case-insensitively
// (RFC 9110 5.1); order and spelling are kept for the request log.
class HttpHeaders {
public:
    void append(QByteArray name, QByteArray value);
    // Replaces every field called `name` with one (appended if absent).
    void set(QByteArrayView name, QByteArray value);
    // Removes every field called `name`; returns how many there were.
    qsizetype remove(QByteArrayView name);
    // Removes every field with any of these names, in one pass.
    qsizetype removeAll(std::initializer_list<QByteArrayView> names);

    bool contains(QByteArrayView name) const;
    // The first field called `name`, or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    // All fields called `name` joined with ", " (RFC 9110 5.3).
    QByteArray combined(QByteArrayView name) const;
    qsizetype count(QByteArrayView name) const;

    const QList<HttpHeader> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void reserve(qsizetype n) { m_fields.reserve(n); }

    friend bool operator==(const HttpHeaders &, const HttpHeaders &) = default;

private:
    QList<HttpHeader> m_fields;
};

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b);

// Splits a comma-separated list field into trimmed, non-empty elements
// (RFC 9110 5.6.1).
QList<QByteArray> splitListField(QByteArrayView value);
// True if the list field contains `token`, compared case-insensitively.
bool listFieldContains(QByteArrayView value, QByteArrayView token);

} // namespace Servery
