#pragma once

#include "server/http/HttpResponse.h"
#include "server/log/RequestRecord.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Servery {

// Where a handler that accepted a request body receives it: incrementally,
// as the connection decodes it (Content-Length or chunked), never whole.
// Lives on the worker thread of its connection.
//
// Back-pressure: a sink that cannot take more for now answers Busy; the
// connection then stops reading (the socket's bounded buffer fills and TCP
// pushes back on the client) until the sink calls ready(). A body that
// cannot be completed reaches the sink as abort(), so it can remove what it
// wrote; an upload never leaves a partial file under a real name.
class BodySink {
public:
    enum class Status {
        Ready, // took the bytes; send more
        Busy, // took the bytes; send no more until ready() is called
        Failed, // cannot go on (disk full, say); failure() is the answer
    };

    virtual ~BodySink();

    // Takes all of `bytes` (never empty).
    virtual Status write(QByteArrayView bytes) = 0;
    // The whole body arrived: the answer to the request.
    virtual HttpResponse finish() = 0;
    // The body will not be completed: the client went away or stalled, its
    // framing was broken, it grew past the limit, the server is stopping, or
    // write() failed. Called at most once, and never after finish().
    virtual void abort() = 0;
    // After Failed: what to answer. The default is a plain 500.
    virtual HttpResponse failure();
    // What is arriving, for people ("IMG_0412.jpg"), when the URL does not
    // say (a form post, a resumable upload). Empty by default.
    virtual QString transferLabel() const { return {}; }
    // True for a file being saved (an upload): shown among the transfers
    // whatever its size, where other bodies only count from 1 MiB.
    virtual bool savesFile() const { return false; }
    // True for a sink that keeps the whole body for the request log (a
    // caught request): the connection then keeps no copy of its own and,
    // after finish() or abort(), calls moveKeptBody() to put the body, or
    // what arrived of it, in the record.
    virtual bool keepsBody() const { return false; }
    virtual void moveKeptBody(RequestRecord &record) { Q_UNUSED(record) }

    // Set by the connection.
    void setReadyCallback(std::function<void()> ready) { m_ready = std::move(ready); }

protected:
    // After write() answered Busy, once the sink can take more: from a later
    // event on the worker thread, never from inside write().
    void ready();

private:
    std::function<void()> m_ready;
};

} // namespace Servery
