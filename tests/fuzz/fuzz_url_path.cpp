// libFuzzer target: URL path resolution. The input is the path of a request
// target.
//
// Invariants: a path that is accepted resolves inside the served folder, with
// no empty, "." or ".." segment, no NUL and no slash inside a segment; and
// encoding a resolved segment and decoding it again gives it back.

#include "FuzzInput.h"

#include "server/files/SafeOpen.h"
#include "server/files/UrlPath.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

using namespace Servery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray path = input.startsWith('/') ? input : QByteArray('/' + input);
    const UrlPath p = decodeUrlPath(path);
    if (!p.ok) {
        FUZZ_ASSERT(!p.error.isEmpty());
        return 0;
    }

    const QString root = QStringLiteral("/srv/shared");
    for (const QString &segment : p.segments) {
        FUZZ_ASSERT(!segment.isEmpty());
        FUZZ_ASSERT(segment != u"." && segment != u"..");
        FUZZ_ASSERT(!segment.contains(u'/'));
        FUZZ_ASSERT(!segment.contains(QChar(0)));
#ifdef Q_OS_WIN
        FUZZ_ASSERT(!segment.contains(u'\\') && !segment.contains(u':'));
#endif
        // Round trip through the encoder used by listings.
        const UrlPath again = decodeUrlPath(QByteArray('/' + encodeUrlPath(segment)));
        FUZZ_ASSERT(again.ok);
        FUZZ_ASSERT(again.segments.size() == 1 && again.segments.constFirst() == segment);
    }

    // The resolved path, however it is cleaned, stays inside the root.
    const QString joined = p.segments.isEmpty() ? root : root + u'/' + p.relativePath();
    const QString cleaned = QDir::cleanPath(joined);
    FUZZ_ASSERT(isInsideRoot(root, cleaned));
    FUZZ_ASSERT(cleaned == joined);
    return 0;
}
