#include "RecordFixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace Servery {

char *toString(const HttpHeader &h)
{
    return QTest::toString(QByteArray(h.name + ": " + h.value));
}

} // namespace Servery

namespace Servery::Test {

RequestRecord makeRecord(QByteArray method, QByteArray target, QList<HttpHeader> headers, QByteArray body)
{
    RequestRecord r;
    r.method = std::move(method);
    r.target = std::move(target);
    r.httpVersion = "HTTP/1.1";
    for (HttpHeader &h : headers)
        r.requestHeaders.append(std::move(h.name), std::move(h.value));
    r.requestBodySize = body.size();
    r.requestBody = std::move(body);
    return r;
}

RequestRecord withBodyInFile(RequestRecord r)
{
    // Named for the test that made it, in case one is left behind.
    QTemporaryFile file(QDir::tempPath() + u'/' + QCoreApplication::applicationName() + QStringLiteral("-XXXXXX"));
    file.setAutoRemove(false); // the BodyFile takes it over
    if (!file.open() || file.write(r.requestBody) != r.requestBody.size())
        qFatal("cannot write a body file");
    file.close();
    r.requestBodyFile = std::make_shared<const BodyFile>(file.fileName(), r.requestBody.size());
    r.requestBody.clear();
    return r;
}

QByteArray everyByteValue()
{
    QByteArray out(256, '\0');
    for (int i = 0; i < 256; ++i)
        out[i] = char(i);
    return out;
}

} // namespace Servery::Test
