#include "server/files/ListingText.h"

#include "server/files/DirectoryListing.h"
#include "server/util/Catalogue.h"
#include "server/util/HumanFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <map>
#include <memory>
#include <mutex>

namespace Servery {

namespace {

// What the page's script says, by key: listing.js reads them from the page
// (a JSON object in <script type="application/json" id="servery-text">), so
// the script itself stays the same bytes in every language and keeps its
// hash in the Content-Security-Policy. "%1" and "%2" are filled in by the
// script.
struct ScriptString {
    const char *key;
    const char *source;
};
const ScriptString kScriptStrings[] = {
    {"matches", QT_TRANSLATE_NOOP("Servery::Listing", "%1 of %2")},
    {"showMore", QT_TRANSLATE_NOOP("Servery::Listing", "Show %1 more (%2 not shown)")},
    {"photo", QT_TRANSLATE_NOOP("Servery::Listing", "Photo")},
    {"download", QT_TRANSLATE_NOOP("Servery::Listing", "Download")},
    {"close", QT_TRANSLATE_NOOP("Servery::Listing", "Close")},
    {"previous", QT_TRANSLATE_NOOP("Servery::Listing", "Previous photo")},
    {"next", QT_TRANSLATE_NOOP("Servery::Listing", "Next photo")},
    {"refused403", QT_TRANSLATE_NOOP("Servery::Listing", "not allowed")},
    {"refused404", QT_TRANSLATE_NOOP("Servery::Listing", "the upload is gone")},
    {"refused405", QT_TRANSLATE_NOOP("Servery::Listing", "uploads are off")},
    {"refused410", QT_TRANSLATE_NOOP("Servery::Listing", "the upload expired")},
    {"refused413", QT_TRANSLATE_NOOP("Servery::Listing", "the file is too large")},
    {"refused507", QT_TRANSLATE_NOOP("Servery::Listing", "the disk is full")},
    {"refusedOther", QT_TRANSLATE_NOOP("Servery::Listing", "the server said %1")},
    {"failed", QT_TRANSLATE_NOOP("Servery::Listing", "Failed: %1")},
    {"resuming", QT_TRANSLATE_NOOP("Servery::Listing", "Resuming\u2026")},
    {"starting", QT_TRANSLATE_NOOP("Servery::Listing", "Starting\u2026")},
    {"noOffset", QT_TRANSLATE_NOOP("Servery::Listing", "the server did not say how much it has")},
    {"resumingAt", QT_TRANSLATE_NOOP("Servery::Listing", "Resuming at %1%")},
    {"notTaken", QT_TRANSLATE_NOOP("Servery::Listing", "the server did not take the bytes")},
    {"keepsFailing", QT_TRANSLATE_NOOP("Servery::Listing", "the server keeps failing (%1)")},
    {"noConnection", QT_TRANSLATE_NOOP("Servery::Listing", "no connection")},
    {"serverErrorRetrying", QT_TRANSLATE_NOOP("Servery::Listing", "Server error, retrying\u2026")},
    {"connectionLostRetrying", QT_TRANSLATE_NOOP("Servery::Listing", "Connection lost, retrying\u2026")},
    {"savedAs", QT_TRANSLATE_NOOP("Servery::Listing", "Saved as \u201c%1\u201d")},
    {"done", QT_TRANSLATE_NOOP("Servery::Listing", "Done")},
    {"perSecond", QT_TRANSLATE_NOOP("Servery::Listing", "%1/s")},
    {"showArrived", QT_TRANSLATE_NOOP("Servery::Listing", "Show the files that arrived")},
    {"hide", QT_TRANSLATE_NOOP("Servery::Listing", "Hide")},
    {"waiting", QT_TRANSLATE_NOOP("Servery::Listing", "Waiting")},
    {"noFolders", QT_TRANSLATE_NOOP("Servery::Listing", "Failed: folders cannot be sent; choose the files inside it")},
    {"retry", QT_TRANSLATE_NOOP("Servery::Listing", "Retry")},
    {"unitB", QT_TRANSLATE_NOOP("Servery::Size", "B")},
    {"unitKB", QT_TRANSLATE_NOOP("Servery::Size", "KB")},
    {"unitMB", QT_TRANSLATE_NOOP("Servery::Size", "MB")},
    {"unitGB", QT_TRANSLATE_NOOP("Servery::Size", "GB")},
    {"unitTB", QT_TRANSLATE_NOOP("Servery::Size", "TB")},
};

QByteArray scriptTextFor(const QTranslator *catalogue)
{
    QJsonObject o;
    for (const ScriptString &s : kScriptStrings) {
        const bool size = QByteArrayView(s.key).startsWith("unit");
        o.insert(QLatin1StringView(s.key),
                 Catalogue::translateIn(catalogue, size ? "Servery::Size" : "Servery::Listing", s.source));
    }
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Inside <script>, "</" could close the element and "<!--" open a
    // comment state: escape every "<" (a JSON string may say \u003c).
    json.replace("<", "\\u003c");
    return json;
}

ListingText make(const QString &language)
{
    ListingText t;
    t.language = language;
    t.htmlLang = language.isEmpty() ? QByteArray("en") : language.toLatin1();
    t.locale = Catalogue::localeFor(language);
    t.catalogue = Catalogue::forLanguage(language);
    const auto h = [&](const char *source) {
        return htmlEscape(Catalogue::translateIn(t.catalogue, "Servery::Listing", source));
    };
    t.home = h(QT_TRANSLATE_NOOP("Servery::Listing", "Home"));
    t.folders = h(QT_TRANSLATE_NOOP("Servery::Listing", "Folders"));
    t.zipTitle = h(QT_TRANSLATE_NOOP("Servery::Listing", "Download this folder as a zip file"));
    t.downloadAll = h(QT_TRANSLATE_NOOP("Servery::Listing", "Download all"));
    t.filterByName = h(QT_TRANSLATE_NOOP("Servery::Listing", "Filter by name"));
    t.viewLabel = h(QT_TRANSLATE_NOOP("Servery::Listing", "View"));
    t.sortLabel = h(QT_TRANSLATE_NOOP("Servery::Listing", "Sort"));
    t.nothingMatches = h(QT_TRANSLATE_NOOP("Servery::Listing", "Nothing here matches."));
    t.sharedWith = h(QT_TRANSLATE_NOOP("Servery::Listing", "Shared with Servery"));
    t.emptyFolder = h(QT_TRANSLATE_NOOP("Servery::Listing", "This folder is empty."));
    t.emptySummary = h(QT_TRANSLATE_NOOP("Servery::Listing", "Empty"));
    t.name = h(QT_TRANSLATE_NOOP("Servery::Listing", "Name"));
    t.size = h(QT_TRANSLATE_NOOP("Servery::Listing", "Size"));
    t.modified = h(QT_TRANSLATE_NOOP("Servery::Listing", "Modified"));
    t.date = h(QT_TRANSLATE_NOOP("Servery::Listing", "Date"));
    t.list = h(QT_TRANSLATE_NOOP("Servery::Listing", "List"));
    t.grid = h(QT_TRANSLATE_NOOP("Servery::Listing", "Grid"));
    t.upload = h(QT_TRANSLATE_NOOP("Servery::Listing", "Upload"));
    t.download = h(QT_TRANSLATE_NOOP("Servery::Listing", "Download"));
    t.folder = h(QT_TRANSLATE_NOOP("Servery::Listing", "Folder"));
    t.scriptText = scriptTextFor(t.catalogue);
    return t;
}

} // namespace

QString ListingText::text(const char *source) const
{
    return Catalogue::translateIn(catalogue, "Servery::Listing", source);
}

QByteArray ListingText::upTo(const QByteArray &entryName) const
{
    // The name is escaped already; the sentence around it is escaped here.
    return htmlEscape(text(QT_TRANSLATE_NOOP("Servery::Listing", "Up to %1"))).replace("%1", entryName);
}

QByteArray ListingText::downloadName(const QByteArray &entryName) const
{
    return htmlEscape(text(QT_TRANSLATE_NOOP("Servery::Listing", "Download %1"))).replace("%1", entryName);
}

QByteArray ListingText::summary(qsizetype folderCount, qsizetype fileCount, qint64 bytes) const
{
    // "12 folders, 100,000 files (3.2 GB)"; a count of none is left out.
    if (folderCount == 0 && fileCount == 0)
        return emptySummary;
    QStringList parts;
    if (folderCount > 0)
        parts << Catalogue::translateIn(catalogue, "Servery::Listing",
                                        QT_TRANSLATE_N_NOOP("Servery::Listing", "%Ln folder(s)"), nullptr,
                                        int(qMin<qsizetype>(folderCount, INT_MAX)));
    if (fileCount > 0)
        parts << Catalogue::translateIn(catalogue, "Servery::Listing",
                                        QT_TRANSLATE_N_NOOP("Servery::Listing", "%Ln file(s) (%1)"), nullptr,
                                        int(qMin<qsizetype>(fileCount, INT_MAX)))
                     .arg(sizeText(bytes));
    return htmlEscape(parts.join(QStringLiteral(", ")));
}

QString ListingText::sizeText(qint64 bytes) const
{
    return humanSize(bytes, language);
}

QString ListingText::dateText(qint64 secondsSinceEpoch) const
{
    return humanDate(secondsSinceEpoch, locale);
}

const ListingText &ListingText::forLanguage(const QString &language)
{
    // One per language we have, made on first use and kept.
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<ListingText>> made;
    const QString lang = Catalogue::languages().contains(language) ? language : QString();
    const std::lock_guard lock(mutex);
    auto &slot = made[lang];
    if (!slot)
        slot = std::make_unique<ListingText>(make(lang));
    return *slot;
}

const ListingText &ListingText::english()
{
    return forLanguage({});
}

const ListingText &ListingText::forAcceptLanguage(QByteArrayView value)
{
    return forLanguage(Catalogue::fromAcceptLanguage(value));
}

} // namespace Servery
