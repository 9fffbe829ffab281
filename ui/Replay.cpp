#include "Replay.h"

#include "RequestCommands.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringBuilder>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Servery {

namespace {

// Fields the client writes from what it sends and where it sends it
// (RFC 9112 6.1, 6.2, 9.6; RFC 9110 7.2, 10.1.1).
bool clientSets(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
        || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Expect")
        || equalsIgnoringCase(name, "Host");
}

// RFC 9110 5.6.2: tchar.
bool isToken(QByteArrayView text)
{
    static constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kSymbols.contains(c);
    });
}

QString plainDuration(std::chrono::milliseconds d)
{
    if (d.count() % 1000 == 0)
        return ReplayClient::tr("%1 s", "seconds").arg(d.count() / 1000);
    return ReplayClient::tr("%1 ms", "milliseconds").arg(d.count());
}

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + u':' + QString::number(port);
}

// What went wrong, in the words of someone who did not write QtNetwork.
QString failureSentence(const QNetworkReply &reply)
{
    const QUrl url = reply.url();
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ReplayClient::tr("The server refused the connection: nothing is listening at %1.").arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return ReplayClient::tr("The host name %1 could not be found.").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return ReplayClient::tr("The server closed the connection without answering.");
    case QNetworkReply::TimeoutError:
        return ReplayClient::tr("The connection to %1 timed out.").arg(hostAndPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        return ReplayClient::tr("The secure connection could not be set up: %1").arg(reply.errorString());
    case QNetworkReply::ProtocolUnknownError:
        return ReplayClient::tr("Only http:// and https:// addresses can be replayed.");
    case QNetworkReply::ProtocolFailure:
        return ReplayClient::tr("The server's answer was not valid HTTP.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return ReplayClient::tr("The network could not reach %1: %2").arg(hostAndPort(url), reply.errorString());
    default:
        return ReplayClient::tr("The replay failed: %1").arg(reply.errorString());
    }
}

} // namespace

ReplayRequest ReplayRequest::fromRecord(const RequestRecord &record, const QString &origin)
{
    ReplayRequest r;
    r.method = record.method.isEmpty() ? QByteArrayLiteral("GET") : record.method;
    r.url = QString::fromUtf8(repeatUrl(record, origin));
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (!clientSets(h.name))
            r.headers << h;
    }
    r.body = record.requestBodyBytes();
    return r;
}

ReplayClient::ReplayClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    // A replay goes straight to the server named, never through a proxy
    // from the environment.
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(m_deadline, &QTimer::timeout, this, &ReplayClient::onTimeout);
}

ReplayClient::~ReplayClient()
{
    cancel();
}

QString ReplayClient::problem(const ReplayRequest &request)
{
    if (request.method.isEmpty())
        return tr("Choose a method.");
    if (!isToken(request.method))
        return tr("The method \u201c%1\u201d is not one word (letters, digits and !#$%&'*+-.^_`|~).")
            .arg(QString::fromUtf8(request.method));
    const QUrl url(request.url.trimmed());
    if (request.url.trimmed().isEmpty())
        return tr("Type the address to send the request to.");
    if (!url.isValid())
        return tr("\u201c%1\u201d is not a web address.").arg(request.url.trimmed());
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("Only http:// and https:// addresses can be replayed.");
    if (url.host().isEmpty())
        return tr("The address \u201c%1\u201d names no host.").arg(request.url.trimmed());
    for (const HttpHeader &h : request.headers) {
        if (!isToken(h.name))
            return tr("\u201c%1\u201d cannot be a header name.").arg(QString::fromUtf8(h.name));
        // RFC 9110 5.5: a field value holds no CR, LF or NUL.
        if (h.value.contains('\r') || h.value.contains('\n') || h.value.contains('\0'))
            return tr("The value of %1 has a line break, which a header cannot hold.").arg(QString::fromUtf8(h.name));
    }
    return {};
}

void ReplayClient::send(const ReplayRequest &request)
{
    cancel();
    m_body.clear();
    m_truncated = false;
    m_timedOut = false;
    m_clock.start();

    if (const QString why = problem(request); !why.isEmpty()) {
        ReplayResult result;
        result.error = why;
        // Queued, so every send() answers the same way: later.
        QMetaObject::invokeMethod(
            this,
            [this, result, generation = m_generation] {
                if (generation == m_generation)
                    finishWith(result);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest nr(QUrl(request.url.trimmed()));
    // The person sees a 3xx as it came, and every send is the request as
    // shown: no cookies saved from an earlier answer, no cache, no stored
    // credentials.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // QNetworkRequest holds one value a name: repeated fields are joined,
    // which means the same (RFC 9110 5.3).
    QList<QByteArray> names;
    for (const HttpHeader &h : request.headers) {
        if (equalsIgnoringCase(h.name, "Content-Length") || equalsIgnoringCase(h.name, "Transfer-Encoding"))
            continue; // framing follows the body actually sent
        if (std::none_of(names.cbegin(), names.cend(),
                         [&](const QByteArray &n) { return equalsIgnoringCase(n, h.name); }))
            names << h.name;
    }
    for (const QByteArray &name : std::as_const(names)) {
        QByteArray value;
        for (const HttpHeader &h : request.headers) {
            if (equalsIgnoringCase(h.name, name))
                value += (value.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + h.value;
        }
        nr.setRawHeader(name, value);
    }

    // RFC 9110 8.6: a request whose method defines a meaning for content
    // says Content-Length: 0 when it has none; others send no framing.
    const QByteArray upper = request.method.toUpper();
    const bool carriesBody = !request.body.isEmpty() || upper == "POST" || upper == "PUT" || upper == "PATCH";
    QBuffer *upload = nullptr;
    if (carriesBody) {
        upload = new QBuffer;
        upload->setData(request.body);
        upload->open(QIODevice::ReadOnly);
    }
    m_reply = m_manager->sendCustomRequest(nr, request.method, upload);
    if (upload)
        upload->setParent(m_reply); // read until the reply is done, gone with it
    connect(m_reply, &QNetworkReply::readyRead, this, &ReplayClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ReplayClient::onFinished);
    m_deadline->start(m_timeout);
}

void ReplayClient::cancel()
{
    ++m_generation;
    m_deadline->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ReplayClient::onReadyRead()
{
    if (!m_reply || m_truncated || !m_reply->isOpen()) // closed once aborted
        return;
    const QByteArray chunk = m_reply->readAll();
    const qint64 room = m_maxBodyBytes - m_body.size();
    if (chunk.size() <= room) {
        m_body += chunk;
        return;
    }
    m_body += chunk.first(room);
    m_truncated = true;
    // Enough is kept; the rest of the transfer is not wanted.
    m_reply->abort();
}

void ReplayClient::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ReplayClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onReadyRead(); // what arrived with the end
    m_reply = nullptr;
    m_deadline->stop();

    ReplayResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        result.headers << HttpHeader {pair.first, pair.second};
    result.body = std::move(m_body);
    m_body.clear();
    result.truncated = m_truncated;
    result.elapsedMs = m_clock.elapsed();
    if (m_timedOut) {
        result.error = result.status == 0
            ? ReplayClient::tr("No answer within %1.").arg(plainDuration(m_timeout))
            : ReplayClient::tr("The answer did not finish within %1; this is what arrived.")
                  .arg(plainDuration(m_timeout));
    } else if (result.status == 0 && !m_truncated) {
        result.error = failureSentence(*reply);
    }
    reply->deleteLater();
    finishWith(std::move(result));
}

void ReplayClient::finishWith(ReplayResult result)
{
    Q_EMIT finished(result);
}

} // namespace Servery
