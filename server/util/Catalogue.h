#pragma once

#include <QByteArrayView>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace Servery {

// The translations of Servery's text: one catalogue per language
// (packaging/translations/servery_<lang>.ts, compiled into the engine's
// resources as :/i18n/servery_<lang>.qm). The window and the headless
// messages use the catalogue of the system's language through tr(); the
// pages the engine serves (the listing) use the one a browser asks for with
// Accept-Language, request by request, from the same files.
//
// Strings meant for a catalogue are marked where they are written, with
// tr(), QT_TRANSLATE_NOOP("Context", "text") or QT_TRANSLATE_N_NOOP, so
// lupdate finds them; English is the source language and needs no file.
namespace Catalogue {

// The languages that have a catalogue, besides English: "de", "es", "fr".
QStringList languages();

// The catalogue for a language tag ("de", "de-AT", "de_DE"); for English
// ("en" or empty) the one with only its plural forms; null for a language
// without one. Loaded once; thread-safe; the
// translator lives as long as the process.
const QTranslator *forLanguage(QStringView tag);

// The best language of ours for an Accept-Language field value
// (RFC 9110 12.5.4): q-values honoured, "de-CH" matches "de", "*" and
// anything unknown fall back to English (empty).
QString fromAcceptLanguage(QByteArrayView value);

// The language the system asks for (the first of QLocale::system()'s UI
// languages that has a catalogue), or empty for English.
QString systemLanguage();

// `source` in the catalogue, or `source` itself when it has no translation
// there (or catalogue is null). With n >= 0 the numerus form for n is
// chosen and "%n" / "%Ln" are replaced by n. The strings come from
// QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP markers where they are written.
QString translateIn(const QTranslator *catalogue, const char *context, const char *source,
                    const char *disambiguation = nullptr, int n = -1);

// The same in the system's language; usable before a QCoreApplication
// exists (the help text, usage errors). Its arguments are those of
// QCoreApplication::translate, so lupdate finds the strings of
// `Catalogue::translate("Context", "text")` calls by itself.
QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

// The locale used for numbers, sizes and dates in `language` ("" = English).
QLocale localeFor(const QString &language);

// Installs Servery's and Qt's own catalogues for the system's language on
// the application, so tr() and Qt's dialogs speak it.
void installSystemCatalogues(QCoreApplication &app);

} // namespace Catalogue
} // namespace Servery
