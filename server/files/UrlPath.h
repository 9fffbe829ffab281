#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Servery {

// The path of a request target turned into the segments of a relative path
// below the served folder, without touching the disk (Go's net/http/fs.go
// does the same before it opens anything).
struct UrlPath {
    bool ok = false;
    QStringList segments; // decoded, never ".", "..", or empty
    bool trailingSlash = false; // the URL path ended with '/'
    QByteArray error; // why it was refused, for the request log

    // "a/b/c" (no leading slash); "" for the root.
    QString relativePath() const { return segments.join(u'/'); }
    // The decoded, normalized URL path: "/a/b/c", "/a/b/" with its slash,
    // "/" for the root.
    QString urlPath() const
    {
        return u'/' + relativePath() + (trailingSlash && !segments.isEmpty() ? QStringLiteral("/") : QString());
    }
    // True if any segment is hidden (starts with '.').
    bool hasHiddenSegment() const;
};

// Percent-decodes once and normalizes "." and ".." segments. Segments are
// file names: UTF-8, and on POSIX systems any other bytes too, decoded
// losslessly (NativeName.h), so a file whose name is not UTF-8 can still be
// served. Refuses (ok == false): a path not starting with '/', malformed
// percent escapes, NUL, an encoded '/' inside a segment, any ".." that
// would climb above the root, and on Windows invalid UTF-8, '\' and ':'
// (raw or encoded; on Unix they are ordinary characters).
UrlPath decodeUrlPath(QByteArrayView encodedPath);

// Percent-encodes a decoded relative path for use in a URL: every byte of
// its file-system form outside RFC 3986 unreserved characters and '/' is
// escaped, so a name that is not UTF-8 keeps its exact bytes.
QByteArray encodeUrlPath(const QString &path);

} // namespace Servery
