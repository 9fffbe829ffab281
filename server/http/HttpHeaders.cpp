#include "server/http/HttpHeaders.h"

#include <QtCore/qbytearrayalgorithms.h>

namespace Servery {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

void HttpHeaders::append(QByteArray name, QByteArray value)
{
    m_fields.append(HttpHeader {std::move(name), std::move(value)});
}

void HttpHeaders::set(QByteArrayView name, QByteArray value)
{
    remove(name);
    append(name.toByteArray(), std::move(value));
}

qsizetype HttpHeaders::remove(QByteArrayView name)
{
    return m_fields.removeIf([name](const HttpHeader &h) { return equalsIgnoringCase(h.name, name); });
}

qsizetype HttpHeaders::removeAll(std::initializer_list<QByteArrayView> names)
{
    return m_fields.removeIf([names](const HttpHeader &h) {
        for (const QByteArrayView name : names) {
            if (h.name.size() == name.size() && equalsIgnoringCase(h.name, name))
                return true;
        }
        return false;
    });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const HttpHeader &h : m_fields) {
        if (equalsIgnoringCase(h.name, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const HttpHeader &h : m_fields) {
        if (equalsIgnoringCase(h.name, name))
            return h.value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const HttpHeader &h : m_fields) {
        if (equalsIgnoringCase(h.name, name))
            result.append(h.value);
    }
    return result;
}

QByteArray HttpHeaders::combined(QByteArrayView name) const
{
    QByteArray result;
    bool first = true;
    for (const HttpHeader &h : m_fields) {
        if (!equalsIgnoringCase(h.name, name))
            continue;
        if (!first)
            result += ", ";
        result += h.value;
        first = false;
    }
    return result;
}

qsizetype HttpHeaders::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const HttpHeader &h : m_fields) {
        if (equalsIgnoringCase(h.name, name))
            ++n;
    }
    return n;
}

template<typename Visit> static void forEachListElement(QByteArrayView value, Visit visit)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView element = value.sliced(start, comma - start).trimmed();
        if (!element.isEmpty() && visit(element))
            return;
        start = comma + 1;
    }
}

QList<QByteArray> splitListField(QByteArrayView value)
{
    QList<QByteArray> result;
    forEachListElement(value, [&result](QByteArrayView element) {
        result.append(element.toByteArray());
        return false;
    });
    return result;
}

bool listFieldContains(QByteArrayView value, QByteArrayView token)
{
    bool found = false;
    forEachListElement(value, [&](QByteArrayView element) {
        found = equalsIgnoringCase(element, token);
        return found;
    });
    return found;
}

} // namespace Servery
