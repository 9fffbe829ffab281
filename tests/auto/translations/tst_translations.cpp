// The catalogues (packaging/translations/*.ts): every message translated,
// with the English one's placeholders and accelerator; nothing in the
// sources missing from them; the glossary's fixed terms used; and the
// engine's side: languages chosen from Accept-Language, plural forms, sizes
// in the language's words, the binary speaking the system's language.

#include "server/files/ListingText.h"
#include "server/util/Catalogue.h"
#include "server/util/HumanFormat.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

using namespace Servery;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message {context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, {}};
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"translation") {
                m.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished"
                    || xml.attributes().value(QStringLiteral("type")) == u"vanished"
                    || xml.attributes().value(QStringLiteral("type")) == u"obsolete";
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + u": " + xml.errorString();
    return out;
}

QString catalogue(const QString &lang)
{
    return QStringLiteral(SERVERY_SOURCE_DIR "/packaging/translations/servery_") + lang + QStringLiteral(".ts");
}

// "%1", "%2", "%n", "%Ln", sorted: what .arg() and the plural forms fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The accelerator markers: "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    text.remove(entity);
    return int(text.count(u'&'));
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cataloguesCoverTheSources();
    void glossaryTermsOnThePage_data();
    void glossaryTermsOnThePage();
    void languageFromAcceptLanguage_data();
    void languageFromAcceptLanguage();
    void pluralsAndSizes();
    void binarySpeaksTheSystemLanguage();
};

void tst_Translations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : Catalogue::languages())
        QTest::newRow(qPrintable(lang)) << lang;
}

void tst_Translations::catalogueIsComplete()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + u": \"" + m.source.left(60) + u'"';
        if (m.unfinished || m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << where + u" is unfinished";
            continue;
        }
        for (const QString &t : m.translations) {
            // A plural form may leave the number out ("un fichier"), never
            // another placeholder.
            QStringList want = placeholders(m.source), got = placeholders(t);
            if (m.numerus) {
                want.removeAll(QStringLiteral("%n"));
                want.removeAll(QStringLiteral("%Ln"));
                got.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%Ln"));
            }
            if (want != got)
                problems << where + u" has placeholders " + got.join(u' ') + u" instead of " + want.join(u' ');
            if (accelerators(m.source) != accelerators(t))
                problems << where + u" has " + QString::number(accelerators(t)) + u" accelerators, not "
                        + QString::number(accelerators(m.source));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void tst_Translations::cataloguesCoverTheSources()
{
    // lupdate over the sources, as `--target update_translations` runs it,
    // into a new file: every message it finds must be in every catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SERVERY_SOURCE_DIR));
    lupdate.start(QStringLiteral(SERVERY_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("server"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                   fresh});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QByteArray warnings = lupdate.readAllStandardError();
    QVERIFY2(!warnings.contains("Cannot invoke") && !warnings.contains("Discarding unconsumed"), warnings.constData());

    QString error;
    const QList<Message> sources = readCatalogue(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sources.size() > 500);
    for (const QString &lang : Catalogue::languages()) {
        QSet<QString> have;
        for (const Message &m : readCatalogue(catalogue(lang), &error))
            have.insert(m.context + u'\x1f' + m.source);
        QStringList missing;
        for (const Message &m : sources) {
            if (!have.contains(m.context + u'\x1f' + m.source))
                missing << m.context + u": \"" + m.source.left(60) + u'"';
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(lang + u" lacks (run the update_translations target):\n" + missing.mid(0, 20).join(u'\n')));
    }
    // English's own catalogue holds every plural form, finished.
    QSet<QString> english;
    for (const Message &m : readCatalogue(catalogue(QStringLiteral("en")), &error)) {
        if (m.numerus && !m.unfinished && m.translations.size() == 2)
            english.insert(m.context + u'\x1f' + m.source);
    }
    for (const Message &m : sources) {
        if (m.numerus)
            QVERIFY2(english.contains(m.context + u'\x1f' + m.source), qPrintable(m.source));
    }
}

void tst_Translations::glossaryTermsOnThePage_data()
{
    // The terms of packaging/translations/GLOSSARY.md that the listing
    // shows, as each catalogue must say them.
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("downloadAll");
    QTest::addColumn<QString>("download");
    QTest::addColumn<QString>("folder");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Start") << QStringLiteral("Alle herunterladen")
                        << QStringLiteral("Herunterladen") << QStringLiteral("Ordner");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Accueil")
                        << QStringLiteral("Tout t\u00e9l\u00e9charger") << QStringLiteral("T\u00e9l\u00e9charger")
                        << QStringLiteral("Dossier");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Inicio") << QStringLiteral("Descargar todo")
                        << QStringLiteral("Descargar") << QStringLiteral("Carpeta");
    QTest::newRow("en") << QString() << QStringLiteral("Home") << QStringLiteral("Download all")
                        << QStringLiteral("Download") << QStringLiteral("Folder");
}

void tst_Translations::glossaryTermsOnThePage()
{
    QFETCH(QString, lang);
    QFETCH(QString, home);
    QFETCH(QString, downloadAll);
    QFETCH(QString, download);
    QFETCH(QString, folder);
    const ListingText &t = ListingText::forLanguage(lang);
    QCOMPARE(QString::fromUtf8(t.home), home);
    QCOMPARE(QString::fromUtf8(t.downloadAll), downloadAll);
    QCOMPARE(QString::fromUtf8(t.download), download);
    QCOMPARE(QString::fromUtf8(t.folder), folder);
    QCOMPARE(QString::fromLatin1(t.htmlLang), lang.isEmpty() ? QStringLiteral("en") : lang);
}

void tst_Translations::languageFromAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("lang");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("one language") << QByteArray("de") << QStringLiteral("de");
    QTest::newRow("a region") << QByteArray("fr-CA") << QStringLiteral("fr");
    QTest::newRow("upper case and underscore") << QByteArray("ES_es") << QStringLiteral("es");
    QTest::newRow("Chrome in German") << QByteArray("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7") << QStringLiteral("de");
    QTest::newRow("q decides, not order") << QByteArray("de;q=0.4, es;q=0.8") << QStringLiteral("es");
    QTest::newRow("equal q: the first") << QByteArray("fr;q=0.5, de;q=0.5") << QStringLiteral("fr");
    QTest::newRow("English ranked first") << QByteArray("en-US,en;q=0.9,de;q=0.8") << QString();
    QTest::newRow("unknown languages skipped") << QByteArray("ja, it;q=0.9, fr;q=0.1") << QStringLiteral("fr");
    QTest::newRow("q=0 is a refusal") << QByteArray("de;q=0") << QString();
    QTest::newRow("a bad q is a refusal") << QByteArray("de;q=x, es;q=2") << QString();
    QTest::newRow("wildcard") << QByteArray("*") << QString();
    QTest::newRow("garbage") << QByteArray(",,;;q=,\xff") << QString();
}

void tst_Translations::languageFromAcceptLanguage()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, lang);
    QCOMPARE(Catalogue::fromAcceptLanguage(header), lang);
}

void tst_Translations::pluralsAndSizes()
{
    // English's plural forms come from its own small catalogue.
    QCOMPARE(ListingText::english().summary(1, 1, 1200), QByteArray("1 folder, 1 file (1.2 KB)"));
    QCOMPARE(ListingText::english().summary(2, 12000, 34000000), QByteArray("2 folders, 12,000 files (34 MB)"));
    QCOMPARE(ListingText::english().summary(0, 0, 0), QByteArray("Empty"));
    // Other languages: their digits, their units.
    QCOMPARE(humanSize(1200, QStringLiteral("de")), QStringLiteral("1,2 KB"));
    QCOMPARE(humanSize(1200, QStringLiteral("fr")), QStringLiteral("1,2 Ko"));
    QCOMPARE(humanSize(999, QStringLiteral("fr")), QStringLiteral("999 o"));
    QCOMPARE(humanSize(34000000, QStringLiteral("es")), QStringLiteral("34 MB"));
    const QByteArray german = ListingText::forLanguage(QStringLiteral("de")).summary(1, 12000, 1200);
    QVERIFY2(german.contains("12.000") && german.contains("1,2 KB"), german.constData());
    QVERIFY2(!german.contains("file"), german.constData());
    // Dates: English keeps the unambiguous form; German writes its own.
    const qint64 secs = QDateTime(QDate(2026, 11, 26), QTime(14, 3)).toSecsSinceEpoch();
    QCOMPARE(humanDate(secs, QLocale(QLocale::English)), QStringLiteral("2026-11-26 14:03"));
    QCOMPARE(humanDate(secs, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("26.11.2026 14:03"));
}

void tst_Translations::binarySpeaksTheSystemLanguage()
{
    // The help text and a usage error, in German when the system is.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const auto run = [&](const QStringList &args, QProcessEnvironment e) {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SERVERY_BINARY), args);
        p.waitForFinished(30000);
        return std::pair {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    QProcessEnvironment english = env;
    english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    english.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    const auto [helpExit, help] = run({QStringLiteral("--help")}, env);
    const auto [englishExit, englishHelp] = run({QStringLiteral("--help")}, english);
    QCOMPARE(helpExit, 0);
    QCOMPARE(englishExit, 0);
    QVERIFY2(englishHelp.contains(QStringLiteral("port to listen on")), qPrintable(englishHelp));
    QVERIFY2(!help.contains(QStringLiteral("port to listen on")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("--port")), qPrintable(help)); // option names stay
    const auto [usageExit, usage]
        = run({QStringLiteral("--key"), QStringLiteral("k1234567890x"), QStringLiteral("--no-key")}, env);
    QCOMPARE(usageExit, 2);
    QVERIFY2(!usage.contains(QStringLiteral("Use either")), qPrintable(usage));
    QVERIFY2(usage.contains(QStringLiteral("--no-key")), qPrintable(usage));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
