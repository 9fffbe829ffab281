#pragma once

#include <QByteArray>
#include <QString>

namespace Servery {

// The Content-Type for a file name: first a table of the types the web
// depends on (browsers enforce some of them: modules must be JavaScript,
// wasm must be application/wasm), then QMimeDatabase by name, then
// application/octet-stream. Text types carry "charset=utf-8".
QByteArray mimeTypeForFileName(const QString &fileName);

} // namespace Servery
