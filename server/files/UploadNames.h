#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Servery {

// Names for uploaded files: what a client proposes, made safe for the
// folder, and made unique. Pure functions, no disk.

// A proposed name, checked and made usable.
struct CheckedName {
    QString name; // usable as one file name in the folder; empty when refused
    QString refusal; // why no usable name is left, in plain words (400)
    QString change; // the first thing that had to change, in plain words;
                    // empty when the proposal was usable as it was

    bool ok() const { return refusal.isEmpty(); }
    bool changed() const { return !change.isEmpty(); }
};

// Makes `proposed` a single file name that stays inside the folder whatever
// it encodes:
//   - only its last component counts: nothing up to a '/' or '\' survives
//     (browsers of old sent whole paths; "../x" is just "x");
//   - control characters (C0, DEL, C1) and the invisible characters that
//     reorder text (bidirectional controls, which make "gpj.exe" read as
//     "exe.jpg") are removed;
//   - leading dots go unless `allowHidden` (dotfiles are neither served nor
//     listed), and a name of Servery's own temporary files
//     (".servery-upload-...") is never kept as it is;
//   - trailing dots and spaces go (Windows drops them silently);
//   - a reserved Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9,
//     with any extension, any case) gets a '_' in front;
//   - on Windows also the characters it forbids (<>:"|?*) become '_';
//   - at most Limits::kMaxFileNameBytes bytes in UTF-8, shortened at a
//     character boundary, keeping the extension.
// Nothing left, ".", ".." are refused.
CheckedName sanitizeUploadName(QStringView proposed, bool allowHidden);

// "photo (3).jpg" for ("photo.jpg", 3): the number goes before the extension
// ("archive (1).tar.gz"), and the stem is shortened so the result still fits
// in Limits::kMaxFileNameBytes. Number 0 gives the name itself.
QString numberedName(const QString &name, int number);

// The extension uniqueness keeps: ".jpg", ".tar.gz", or "" (a dotfile's
// leading dot does not start one).
qsizetype extensionStart(QStringView name);

// What a multipart/form-data part says of itself in its Content-Disposition
// (RFC 7578 4.2): form-data, a field name, and for a file its name, from
//   - filename* (RFC 5987/8187 ext-value, UTF-8 or ISO-8859-1, with RFC 2231
//     continuations filename*0*, filename*1*, ...), which wins, or
//   - filename: raw UTF-8 (what browsers send, with '"' as %22 or \" and CR,
//     LF as %0D, %0A), or a whole percent-encoded name (some mobile
//     clients), decoded only when every '%' starts a valid escape and the
//     result is UTF-8.
// The name is as sent: it still needs sanitizeUploadName().
struct FormDataDisposition {
    bool ok = false; // form-data, well formed
    const char *error = nullptr; // why not
    QByteArray fieldName;
    bool isFile = false; // it has a filename (perhaps empty: no file chosen)
    QString fileName;
};
FormDataDisposition parseFormDataDisposition(QByteArrayView contentDisposition);

// Servery's temporary files are hidden names in the folder they will land
// in: ".servery-upload-<id>.part" (the data) and, for a resumable upload,
// ".servery-upload-<id>.info" (its length and name).
inline constexpr char kUploadTempPrefix[] = ".servery-upload-";
QString uploadTempName(QByteArrayView id, QStringView suffix = u".part");
bool isUploadTempName(QStringView name);
// The id in a temporary file's name, or an empty QByteArray.
QByteArray uploadIdOfTempName(QStringView name);
// A fresh id: Limits::kUploadIdBytes random bytes from the system's
// generator, as lower-case hex (safe on file systems that ignore case).
QByteArray newUploadId();
bool isValidUploadId(QByteArrayView id);

} // namespace Servery
