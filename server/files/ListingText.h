#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLocale>
#include <QString>

class QTranslator;

namespace Servery {

// The words of a listing page in one language, from the same catalogue as
// the window's (server/util/Catalogue.h): the page's text, already escaped
// for HTML, the strings its script shows (as one JSON object), and the
// locale its numbers, sizes and dates follow. Built once per language and
// kept for the process; the listing of each request picks one by the
// browser's Accept-Language.
struct ListingText {
    QString language; // "" for English, else "de", "es", "fr"
    QByteArray htmlLang; // "en", "de", ...
    QLocale locale;
    const QTranslator *catalogue = nullptr;

    // Already escaped for HTML.
    QByteArray home; // the root's name in the breadcrumbs and the title
    QByteArray folders; // aria-label of the breadcrumbs
    QByteArray zipTitle;
    QByteArray downloadAll;
    QByteArray filterByName;
    QByteArray viewLabel;
    QByteArray sortLabel;
    QByteArray nothingMatches;
    QByteArray sharedWith;
    QByteArray emptyFolder; // "This folder is empty."
    QByteArray emptySummary; // "Empty"
    QByteArray name, size, modified, date;
    QByteArray list, grid;
    QByteArray upload;
    QByteArray download; // the download column's header
    QByteArray folder; // under a folder's tile
    QByteArray scriptText; // {"key": "text", ...} for the page's script, safe inside <script>

    // "Up to %1", "Download %1": `name` is HTML-escaped by the caller.
    QByteArray upTo(const QByteArray &entryName) const;
    QByteArray downloadName(const QByteArray &entryName) const;
    // "3 folders, 12 files (4.5 MB)"; "Empty" for none.
    QByteArray summary(qsizetype folderCount, qsizetype fileCount, qint64 bytes) const;
    QString sizeText(qint64 bytes) const;
    QString dateText(qint64 secondsSinceEpoch) const;

    // English.
    static const ListingText &english();
    // The best for an Accept-Language field value (RFC 9110 12.5.4).
    static const ListingText &forAcceptLanguage(QByteArrayView value);
    static const ListingText &forLanguage(const QString &language);

private:
    QString text(const char *source) const;
};

} // namespace Servery
