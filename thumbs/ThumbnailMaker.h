#pragma once

#include <QByteArray>
#include <QSize>

namespace Servery {

// Turns the bytes of an image file into a small JPEG: the longest side at
// most `maxSide` pixels, the camera's orientation (EXIF) applied, any
// transparency laid on white. Pure, thread-safe, and slow enough (tens of
// milliseconds for a phone photo) that it runs on a background thread.
struct Thumbnail {
    QByteArray jpeg; // empty when the image could not be read
    QSize size; // of the thumbnail
    QSize original; // of the image, as shown (after orientation)
};

Thumbnail makeThumbnail(const QByteArray &imageBytes, int maxSide);

// A plain grey picture of `side` x `side`, for images that cannot be read,
// so a grid of photos shows a tile rather than a hole.
QByteArray placeholderThumbnail(int side);

} // namespace Servery
