#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInstance, "servery.app.instance")

namespace Servery {

namespace {

constexpr char kMagic[4] = {'S', 'R', 'V', 'Y'};
constexpr qsizetype kHeaderSize = 4 + 1 + 4;
constexpr char kTaken = 'Y';
constexpr char kNotTaken = 'N';

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The runtime folder belongs to the user alone (mode 0700), so nobody
    // else can take the name, and a test's own XDG_RUNTIME_DIR keeps it
    // away from the developer's window.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/servery-window");
#endif
    // Named pipes (Windows) are global, and macOS's socket paths are short:
    // a name that differs between users, placed by Qt in the temporary
    // folder (per user on macOS).
    const QByteArray home = QDir::homePath().toUtf8();
    return QStringLiteral("servery-window-")
        + QString::fromLatin1(QCryptographicHash::hash(home, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray SingleInstance::encode(const Request &request)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << request.currentFolder << request.arguments;
    QByteArray message(kMagic, sizeof kMagic);
    message.append(kVersion);
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    message.append(length, sizeof length);
    message.append(payload);
    return message;
}

std::optional<SingleInstance::Request> SingleInstance::decode(const QByteArray &message)
{
    if (message.size() < kHeaderSize || !message.startsWith(QByteArrayView(kMagic, sizeof kMagic))
        || message.at(4) != kVersion)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(message.constData() + 5);
    if (length > quint32(kMaxMessage) || message.size() != kHeaderSize + qsizetype(length))
        return std::nullopt;
    Request request;
    QDataStream in(message.mid(kHeaderSize));
    in.setVersion(QDataStream::Qt_6_4);
    in >> request.currentFolder >> request.arguments;
    if (in.status() != QDataStream::Ok || !in.atEnd() || request.arguments.isEmpty())
        return std::nullopt;
    return request;
}

SingleInstance::HandOver SingleInstance::handOver(const Request &request, const QString &name, int timeoutMs)
{
    const QByteArray message = encode(request);
    if (message.size() > kHeaderSize + kMaxMessage) {
        qCDebug(lcInstance) << "request too large to hand over:" << message.size() << "bytes";
        return HandOver::NotTaken;
    }
    QElapsedTimer clock;
    clock.start();
    const auto left = [&] {
        return int(std::max<qint64>(1, timeoutMs - clock.elapsed()));
    };
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(left())) {
        const QLocalSocket::LocalSocketError error = socket.error();
        qCDebug(lcInstance) << "no window to hand over to at" << name << ":" << socket.errorString();
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
            return HandOver::NoneRunning;
        return HandOver::NotTaken;
    }
    socket.write(message);
    while (socket.bytesToWrite() > 0 && socket.state() == QLocalSocket::ConnectedState) {
        if (!socket.waitForBytesWritten(left()))
            break;
    }
    char reply = 0;
    while (socket.bytesAvailable() < 1 && socket.state() == QLocalSocket::ConnectedState && clock.elapsed() < timeoutMs)
        socket.waitForReadyRead(left());
    if (socket.bytesAvailable() < 1 || socket.read(&reply, 1) != 1) {
        qCDebug(lcInstance) << "the window did not answer in time";
        return HandOver::NotTaken;
    }
    qCDebug(lcInstance) << "the window answered" << reply;
    return reply == kTaken ? HandOver::Taken : HandOver::NotTaken;
}

bool SingleInstance::listen(const QString &name)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may connect (the runtime folder is private as well).
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    }
    if (m_server->isListening())
        return true;
    // Qt replaces a socket file in the way without a word, even one a live
    // window listens on; so look first. A local connect is decided at once
    // (no waiting): connected means someone answers; refused means a file
    // left by a window that crashed.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.state() != QLocalSocket::UnconnectedState) {
        probe.abort();
        qCDebug(lcInstance) << "another window listens at" << name;
        return false;
    }
    if (probe.error() == QLocalSocket::ConnectionRefusedError) {
        qCDebug(lcInstance) << "removing the stale socket" << name;
        QLocalServer::removeServer(name);
    }
    m_server->listen(name);
    if (!m_server->isListening()) {
        qCDebug(lcInstance) << "cannot listen at" << name << ":" << m_server->errorString();
        return false;
    }
    qCDebug(lcInstance) << "listening for other launches at" << m_server->fullServerName();
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

QString SingleInstance::fullServerName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // Never more than one message is buffered.
        socket->setReadBufferSize(kHeaderSize + kMaxMessage);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        // A launch that says nothing (or too little) is dropped.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] {
            qCDebug(lcInstance) << "dropping a launch that did not finish its request";
            socket->abort();
        });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->property("servery_answered").toBool())
        return;
    const qsizetype available = socket->bytesAvailable();
    if (available < kHeaderSize)
        return;
    const QByteArray header = socket->peek(kHeaderSize);
    const quint32 length = qFromBigEndian<quint32>(header.constData() + 5);
    if (!header.startsWith(QByteArrayView(kMagic, sizeof kMagic)) || header.at(4) != kVersion
        || length > quint32(kMaxMessage)) {
        // Another version of Servery, or not Servery: it starts on its own.
        qCDebug(lcInstance) << "refusing a request of another version or size";
        answer(socket, false);
        return;
    }
    if (available < kHeaderSize + qsizetype(length))
        return;
    const std::optional<Request> request = decode(socket->read(kHeaderSize + qsizetype(length)));
    bool taken = false;
    if (request && m_handler) {
        qCDebug(lcInstance) << "request from" << request->currentFolder << ":" << request->arguments;
        taken = m_handler(*request);
    }
    answer(socket, taken);
    Q_EMIT requestHandled(taken);
}

void SingleInstance::answer(QLocalSocket *socket, bool taken)
{
    socket->setProperty("servery_answered", true);
    const char reply = taken ? kTaken : kNotTaken;
    socket->write(&reply, 1);
    // Closes once the answer is written.
    socket->disconnectFromServer();
}

} // namespace Servery
