#include "MultipartModel.h"

#include "server/util/HumanFormat.h"

#include <QStringBuilder>

namespace Servery {

namespace {

constexpr qint64 kWindowBytes = 64 * 1024;

// Reads the body through a window of one block, so that searching for the
// next boundary and looking at what follows it reads each block once.
class BodyScanner {
public:
    BodyScanner(const BodyReader &reader, qint64 size)
        : m_reader(reader)
        , m_size(size)
    {
    }

    qint64 size() const { return m_size; }

    QByteArray read(qint64 offset, qint64 length)
    {
        length = std::min(length, m_size - offset);
        if (offset < 0 || length <= 0)
            return {};
        if (offset < m_windowOffset || offset + length > m_windowOffset + m_window.size()) {
            m_windowOffset = offset;
            m_window = m_reader(offset, std::max(length, std::min(kWindowBytes, m_size - offset)));
        }
        return m_window.mid(offset - m_windowOffset, length);
    }

    // The offset of the first `needle` at or after `from`, or -1.
    qint64 find(QByteArrayView needle, qint64 from)
    {
        while (from + needle.size() <= m_size) {
            // What the window still holds, else a new window from here.
            qint64 want = std::max<qint64>(kWindowBytes, needle.size());
            const qint64 windowEnd = m_windowOffset + m_window.size();
            if (from >= m_windowOffset && windowEnd - from >= needle.size())
                want = windowEnd - from;
            const QByteArray block = read(from, want);
            if (block.size() < needle.size())
                return -1; // the reader gave less than the size said
            const qsizetype at = block.indexOf(needle);
            if (at >= 0)
                return from + at;
            from += block.size() - needle.size() + 1; // overlap: a needle across two blocks
        }
        return -1;
    }

private:
    const BodyReader &m_reader;
    qint64 m_size;
    qint64 m_windowOffset = 0;
    QByteArray m_window;
};

// RFC 8187 "UTF-8''na%C3%AFve.txt" (filename*).
QString extendedValue(const QByteArray &value)
{
    const qsizetype quotes = value.indexOf("''");
    if (quotes < 0)
        return {};
    const QByteArray charset = value.first(quotes).toLower();
    const QByteArray bytes = QByteArray::fromPercentEncoding(value.mid(quotes + 2));
    return charset == "iso-8859-1" ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

void describe(MultipartPart &part)
{
    const QByteArray disposition = part.headers.value("Content-Disposition");
    part.name = QString::fromUtf8(contentTypeParameter(disposition, "name"));
    part.fileName = extendedValue(contentTypeParameter(disposition, "filename*"));
    if (part.fileName.isEmpty())
        part.fileName = QString::fromUtf8(contentTypeParameter(disposition, "filename"));
    part.contentType = part.headers.value("Content-Type");
}

// What may follow "--boundary" on its line: "--" (the end), padding, CRLF.
bool endsDelimiter(BodyScanner &scan, qint64 at)
{
    const QByteArray next = scan.read(at, 2);
    if (next.isEmpty() || next == "-" || next == "--") // "-" alone: the body was cut there
        return true;
    return next[0] == '\r' || next[0] == '\n' || next[0] == ' ' || next[0] == '\t';
}

} // namespace

MultipartBody parseMultipart(const BodyReader &reader, qint64 size, QByteArrayView contentType)
{
    MultipartBody out;
    const QByteArray boundary = contentTypeParameter(contentType, "boundary");
    if (boundary.isEmpty() || !reader) {
        out.error = QObject::tr("The Content-Type names no boundary, so the parts cannot be told apart.");
        return out;
    }
    BodyScanner scan(reader, size);
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = '\n' + dashBoundary; // RFC 2046 5.1.1: CRLF "--" boundary

    // The first boundary opens the body or follows a preamble.
    qint64 pos = 0;
    if (scan.read(0, dashBoundary.size()) != dashBoundary || !endsDelimiter(scan, dashBoundary.size())) {
        pos = scan.find(delimiter, 0);
        while (pos >= 0 && !endsDelimiter(scan, pos + delimiter.size()))
            pos = scan.find(delimiter, pos + 1);
        if (pos < 0) {
            out.error = QObject::tr("No part begins with the boundary \"%1\".").arg(QString::fromLatin1(boundary));
            return out;
        }
        ++pos;
    }

    for (;;) {
        qint64 at = pos + dashBoundary.size();
        if (scan.read(at, 2) == "--")
            return out; // the closing boundary
        const qint64 lineEnd = scan.find("\n", at);
        if (lineEnd < 0) {
            out.truncated = true;
            return out;
        }
        if (out.parts.size() >= MultipartBody::kMaxParts) {
            out.tooManyParts = true;
            return out;
        }
        MultipartPart part;
        at = lineEnd + 1;
        // The head: "Name: value" lines up to an empty line.
        bool headEnded = false;
        while (at < size && at - lineEnd <= MultipartBody::kMaxHeadBytes) {
            const qint64 eol = scan.find("\n", at);
            if (eol < 0 || eol - lineEnd > MultipartBody::kMaxHeadBytes)
                break;
            QByteArray line = scan.read(at, eol - at);
            at = eol + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty()) {
                headEnded = true;
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                part.headers.append(line.first(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        describe(part);
        part.offset = at;
        if (!headEnded) {
            part.complete = false;
            part.offset = std::min(at, size);
            out.parts.append(part);
            if (at >= size || scan.find("\n", at) < 0)
                out.truncated = true;
            else
                out.error
                    = QObject::tr("A part's head is longer than %1.").arg(humanSize(MultipartBody::kMaxHeadBytes));
            return out;
        }
        // The content runs to the CRLF before the next boundary.
        qint64 next = scan.find(delimiter, at - 1);
        while (next >= 0 && !endsDelimiter(scan, next + delimiter.size()))
            next = scan.find(delimiter, next + 1);
        if (next < 0) {
            part.length = size - at;
            part.complete = false;
            out.parts.append(part);
            out.truncated = true;
            return out;
        }
        qint64 end = next;
        if (end > at && scan.read(end - 1, 1) == "\r")
            --end;
        part.length = std::max<qint64>(0, end - at);
        out.parts.append(part);
        pos = next + 1;
    }
}

MultipartModel::MultipartModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MultipartModel::setBody(BodyReader reader, qint64 size, QByteArrayView contentType)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_body = parseMultipart(m_reader, size, contentType);
    endResetModel();
}

BodyReader MultipartModel::partReader(int row) const
{
    const MultipartPart &p = part(row);
    return sliceReader(m_reader, p.offset, p.length);
}

QByteArray MultipartModel::partBytes(int row, qint64 maxBytes) const
{
    const MultipartPart &p = part(row);
    const qint64 length = maxBytes < 0 ? p.length : std::min(maxBytes, p.length);
    return length > 0 ? m_reader(p.offset, length) : QByteArray();
}

QString MultipartModel::summary() const
{
    if (!m_body.error.isEmpty() && m_body.parts.isEmpty())
        return m_body.error;
    QString text = tr("%n parts", nullptr, int(m_body.parts.size()));
    if (m_body.tooManyParts)
        text = tr("The first %1 parts").arg(MultipartBody::kMaxParts);
    if (m_body.truncated)
        text = tr("%1; the body ends inside the last part").arg(text);
    if (!m_body.error.isEmpty())
        text += QStringLiteral("; ") + m_body.error;
    return text;
}

int MultipartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_body.parts.size());
}

QVariant MultipartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_body.parts.size())
        return {};
    const MultipartPart &p = m_body.parts[index.row()];
    if (role == Qt::DisplayRole) {
        QString text = p.name.isEmpty() ? tr("(no name)") : p.name;
        if (!p.fileName.isEmpty())
            text += QStringLiteral(" \u2014 ") + p.fileName;
        const QString type
            = p.contentType.isEmpty() ? QString() : QString::fromLatin1(p.contentType) + QStringLiteral(", ");
        text += QStringLiteral(" (") + type + humanSize(p.length) + u')';
        if (!p.complete)
            text = tr("%1 cut short", "a part of a multipart body").arg(text);
        return text;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const HttpHeader &h : p.headers.fields())
            lines << QString::fromUtf8(h.name + ": " + h.value);
        return lines.join(u'\n');
    }
    return {};
}

} // namespace Servery
