#include "server/net/BodyReader.h"

#include "server/http/limits.h"

namespace Servery {

void BodyReader::start(const HttpRequest &request, qint64 maxBytes)
{
    m_framing = request.framing;
    m_remaining = request.framing == BodyFraming::ContentLength ? request.contentLength : 0;
    m_maxBytes = maxBytes;
    m_received = 0;
    m_done = request.framing == BodyFraming::None
        || (request.framing == BodyFraming::ContentLength && request.contentLength == 0);
    m_chunked = ChunkedDecoder {};
}

BodyReader::Piece BodyReader::tooLarge()
{
    Piece p;
    p.kind = Piece::Kind::Error;
    p.status = 413;
    p.error = "Request body larger than the limit";
    return p;
}

BodyReader::Piece BodyReader::next(QByteArrayView input)
{
    Piece p;
    if (m_done) {
        p.kind = Piece::Kind::Done;
        return p;
    }
    if (m_framing == BodyFraming::ContentLength) {
        // The length was checked against the limit before reading began.
        const qsizetype n = qsizetype(std::min<qint64>(m_remaining, input.size()));
        if (n == 0)
            return p; // NeedMore
        p.kind = Piece::Kind::Data;
        p.data = input.first(n);
        p.consumed = n;
        m_remaining -= n;
        m_received += n;
        m_done = m_remaining == 0;
        return p;
    }

    qsizetype used = 0;
    for (;;) {
        const ChunkedDecoder::Step step = m_chunked.next(input.sliced(used));
        used += step.consumed;
        if (m_chunked.wireBytes() > Limits::chunkedWireLimit(m_maxBytes))
            return tooLarge();
        switch (step.kind) {
        case ChunkedDecoder::Step::Kind::Data:
            m_received += step.data.size();
            if (m_received > m_maxBytes)
                return tooLarge();
            p.kind = Piece::Kind::Data;
            p.data = step.data;
            p.consumed = used;
            return p;
        case ChunkedDecoder::Step::Kind::NeedMore:
            if (step.consumed > 0 && used < input.size())
                continue; // framing consumed; more input is waiting
            p.consumed = used;
            return p;
        case ChunkedDecoder::Step::Kind::Done:
            m_done = true;
            p.kind = Piece::Kind::Done;
            p.consumed = used;
            return p;
        case ChunkedDecoder::Step::Kind::Error:
            p.kind = Piece::Kind::Error;
            p.consumed = used;
            p.status = step.status;
            p.error = step.error;
            return p;
        }
    }
}

} // namespace Servery
