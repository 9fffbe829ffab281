#include "server/util/Catalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace Servery::Catalogue {

namespace {

// The primary subtag, lower case: "de-AT" and "de_DE" are "de".
QString primaryTag(QStringView tag)
{
    qsizetype end = 0;
    while (end < tag.size() && tag.at(end) != u'-' && tag.at(end) != u'_')
        ++end;
    return tag.first(end).toString().toLower();
}

struct Catalogues {
    std::map<QString, std::unique_ptr<QTranslator>> byLanguage;

    Catalogues()
    {
        // English is the source language; its catalogue holds only the
        // plural forms ("%n file(s)" -> "1 file", "2 files").
        for (const QString &lang : languages() + QStringList {QStringLiteral("en")}) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/servery_") + lang + QStringLiteral(".qm")))
                byLanguage.emplace(lang, std::move(t));
        }
    }
};

const Catalogues &catalogues()
{
    // A function-local static: built once, on first use, by whichever
    // thread comes first (C++ guarantees the others wait).
    static const Catalogues all;
    return all;
}

QString replacePercentN(QString text, int n, const QLocale &locale)
{
    text.replace(QStringLiteral("%Ln"), locale.toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

const QTranslator *forLanguage(QStringView tag)
{
    const auto &map = catalogues().byLanguage;
    const QString lang = primaryTag(tag);
    const auto it = map.find(lang.isEmpty() ? QStringLiteral("en") : lang);
    return it == map.end() ? nullptr : it->second.get();
}

QString fromAcceptLanguage(QByteArrayView value)
{
    // "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5": the highest q wins,
    // the earlier one among equals; q=0 means "not this one".
    QString best;
    double bestQ = 0;
    const QList<QByteArray> ranges = value.toByteArray().split(',');
    for (const QByteArray &item : ranges) {
        const QList<QByteArray> params = item.split(';');
        const QString tag = QString::fromLatin1(params.at(0).trimmed());
        if (tag.isEmpty())
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArray p = params.at(i).trimmed();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok || q < 0 || q > 1)
                    q = 0;
            }
        }
        if (q <= bestQ)
            continue;
        const QString lang = primaryTag(tag);
        if (lang == u"en") {
            best.clear();
            bestQ = q;
        } else if (languages().contains(lang)) {
            best = lang;
            bestQ = q;
        }
    }
    return best;
}

QString systemLanguage()
{
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString lang = primaryTag(tag);
        if (lang == u"en" || lang == u"c")
            return {};
        if (languages().contains(lang))
            return lang;
    }
    return {};
}

QString translateIn(const QTranslator *catalogue, const char *context, const char *source, const char *disambiguation,
                    int n)
{
    QString text;
    if (catalogue)
        text = catalogue->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text = replacePercentN(std::move(text), n, localeFor(catalogue ? catalogue->language() : QString()));
    return text;
}

QString translate(const char *context, const char *source, const char *disambiguation, int n)
{
    static const QString lang = systemLanguage();
    return translateIn(forLanguage(lang), context, source, disambiguation, n);
}

QLocale localeFor(const QString &language)
{
    if (language.isEmpty() || primaryTag(language) == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(language);
}

void installSystemCatalogues(QCoreApplication &app)
{
    // Servery's own: the same catalogue the pages use (in English, the
    // plural forms).
    const QString lang = systemLanguage();
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/servery_") + (lang.isEmpty() ? QStringLiteral("en") : lang)
                  + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    if (lang.isEmpty())
        return;
    // Qt's: the standard buttons and dialogs (Debian's qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Servery::Catalogue
