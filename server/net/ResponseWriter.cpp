#include "server/net/ResponseWriter.h"

#include "server/http/HttpStatus.h"

#include <cstring>

namespace Servery {

FramingChoice chooseFraming(int status, bool headRequest, int versionMinor, qint64 bodySize)
{
    FramingChoice c;
    if (statusForbidsBody(status))
        return c; // RFC 9110 8.6: no Content-Length on 1xx, 204 or 304 here
    if (headRequest) {
        // RFC 9110 9.3.2: the GET answer's fields without its content; a
        // length known in advance is still worth saying.
        c.contentLength = bodySize;
        return c;
    }
    c.sendBody = true;
    if (bodySize >= 0) {
        c.framing = ResponseFraming::Length;
        c.contentLength = bodySize;
    } else if (versionMinor >= 1) {
        c.framing = ResponseFraming::Chunked;
    } else {
        c.framing = ResponseFraming::UntilClose;
        c.mustClose = true;
    }
    return c;
}

QByteArray serializeHead(int status, const HttpHeaders &headers, qsizetype reserveExtra)
{
    // One allocation and one pass: this runs for every request.
    const QByteArray statusText = QByteArray::number(status);
    const QByteArray reason = reasonPhrase(status);
    qsizetype headSize = 9 + statusText.size() + 1 + reason.size() + 2 + 2; // "HTTP/1.1 " ... "\r\n" ... "\r\n"
    for (const HttpHeader &h : headers.fields())
        headSize += h.name.size() + 2 + h.value.size() + 2;
    QByteArray out;
    out.reserve(headSize + reserveExtra);
    out.resize(headSize);
    char *cursor = out.data();
    auto put = [&cursor](QByteArrayView v) {
        std::memcpy(cursor, v.data(), size_t(v.size()));
        cursor += v.size();
    };
    put("HTTP/1.1 ");
    put(statusText);
    put(" ");
    put(reason);
    put("\r\n");
    for (const HttpHeader &h : headers.fields()) {
        put(h.name);
        put(": ");
        put(h.value);
        put("\r\n");
    }
    put("\r\n");
    Q_ASSERT(cursor == out.data() + out.size());
    return out;
}

void ResponseWriter::begin(std::unique_ptr<BodySource> source, ResponseFraming framing)
{
    m_source = framing == ResponseFraming::None ? nullptr : std::move(source);
    m_framing = framing;
    m_error.clear();
}

void ResponseWriter::reset()
{
    m_source.reset();
    m_framing = ResponseFraming::None;
}

ResponseWriter::Step ResponseWriter::fill(QByteArray &out, qint64 budget)
{
    if (!m_source) {
        if (m_framing == ResponseFraming::Chunked) {
            // An empty body still needs its last chunk.
            out += "0\r\n\r\n";
            m_framing = ResponseFraming::None;
        }
        return Step::Done;
    }
    BodySource::Status status;
    if (m_framing == ResponseFraming::Chunked) {
        QByteArray piece;
        status = m_source->read(piece, budget);
        if (!piece.isEmpty()) {
            // RFC 9112 7.1: chunk-size in hex, CRLF, data, CRLF.
            out += QByteArray::number(piece.size(), 16);
            out += "\r\n";
            out += piece;
            out += "\r\n";
        }
    } else {
        status = m_source->read(out, budget);
    }
    switch (status) {
    case BodySource::Status::Data:
        return Step::More;
    case BodySource::Status::Wait:
        return Step::Waiting;
    case BodySource::Status::End:
        m_source.reset();
        if (m_framing == ResponseFraming::Chunked)
            out += "0\r\n\r\n"; // the last chunk, no trailers
        m_framing = ResponseFraming::None;
        return Step::Done;
    case BodySource::Status::Error:
        m_error = m_source->errorString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("The response body could not be produced");
        m_source.reset();
        return Step::Failed;
    }
    return Step::Failed;
}

} // namespace Servery
