// One option table (app/OptionTable.h) makes the parser, --help, the man
// page and the bash, zsh and fish completions: each shows every option the
// parser takes, except the hidden ones, and the parser takes nothing else.

#include "CommandLine.h"
#include "ManPage.h"
#include "OptionTable.h"
#include "ShellCompletion.h"

#include <QtTest>

using namespace Servery;
using namespace Qt::StringLiterals;
using OptionTable::Option;

namespace {

// The table's English, whatever the language of the machine running this:
// set before anything asks for the system locale.
const bool kEnglish = [] {
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "");
    return true;
}();

QList<const Option *> optionsWhere(bool hidden)
{
    QList<const Option *> list;
    for (const Option &option : OptionTable::options()) {
        if (option.hidden == hidden)
            list.append(&option);
    }
    return list;
}

QString longName(const Option &option)
{
    return u"--"_s + QString::fromLatin1(option.name);
}

CommandLine parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList {u"servery"_s} + arguments, QDir::rootPath() + u"home/user"_s);
}

// Every field of Options, so a test can tell whether an option did anything.
QString describe(const Options &o)
{
    QStringList headers;
    for (const auto &[name, value] : o.headers)
        headers.append(QString::fromUtf8(name + ": " + value));
    return QStringList {o.folder,
                        QString::number(o.folderGiven),
                        QString::number(o.portGiven),
                        QString::number(o.port),
                        o.bindAddress.toString(),
                        QString::number(o.localOnly),
                        QString::number(o.headless),
                        o.accessLogPath,
                        QString::number(o.quiet),
                        QString::number(o.workers),
                        QString::number(o.shareMode),
                        QString::number(o.listDirectories),
                        o.indexFileName,
                        QString::number(o.showHidden),
                        QString::number(o.followSymlinks),
                        QString::fromUtf8(o.key),
                        QString::number(o.noKey),
                        o.allowedHosts.join(u','),
                        QString::number(o.upload),
                        QString::number(o.overwrite),
                        QString::number(o.noReload),
                        o.cleanUrls,
                        QString::number(o.spa),
                        o.spaFile,
                        QString::number(o.cors),
                        QString::fromUtf8(o.corsOrigins.join(',')),
                        headers.join(u'|'),
                        QString::number(o.consoleAll),
                        QString::number(o.catchAll),
                        o.rulesPath,
                        o.harPath,
                        QString::number(o.captureLimit),
                        QString::number(o.start),
                        QString::number(o.newInstance),
                        o.lagProbePath}
        .join(u'\n');
}

// A use of each option that the parser must accept. A new option needs a
// row here, or parserTakesEveryOption fails and says so.
QStringList sampleUse(const QString &name)
{
    static const QHash<QString, QStringList> samples {
        {u"port"_s, {u"-p"_s, u"9000"_s}},
        {u"bind"_s, {u"--bind"_s, u"127.0.0.1"_s}},
        {u"local-only"_s, {u"-l"_s}},
        {u"headless"_s, {u"--headless"_s}},
        {u"start"_s, {u"--start"_s}},
        {u"new-instance"_s, {u"--new-instance"_s}},
        {u"access-log"_s, {u"--access-log"_s, u"a.log"_s}},
        {u"quiet"_s, {u"-q"_s}},
        {u"mode"_s, {u"--mode"_s, u"share"_s}},
        {u"index"_s, {u"--index"_s, u"home.html"_s}},
        {u"no-listing"_s, {u"--no-listing"_s}},
        {u"hidden"_s, {u"--hidden"_s}},
        {u"follow-symlinks"_s, {u"--follow-symlinks"_s}},
        {u"workers"_s, {u"--workers"_s, u"3"_s}},
        {u"lag-probe"_s, {u"--lag-probe"_s, u"lag.txt"_s}},
        {u"no-reload"_s, {u"--no-reload"_s}},
        {u"console-all"_s, {u"--console-all"_s}},
        {u"clean-urls"_s, {u"--clean-urls=strict"_s}},
        {u"spa"_s, {u"--spa"_s, u"app.html"_s}},
        {u"cors"_s, {u"--cors"_s}},
        {u"header"_s, {u"--header"_s, u"X-A: b"_s}},
        {u"catch"_s, {u"--catch"_s}},
        {u"rules"_s, {u"--rules"_s, u"rules.json"_s}},
        {u"har"_s, {u"--har"_s, u"out.har"_s}},
        {u"capture-limit"_s, {u"--capture-limit"_s, u"1M"_s}},
        {u"key"_s, {u"--key"_s, u"abcdefghijklmnop"_s}},
        {u"no-key"_s, {u"--no-key"_s}},
        {u"allow-host"_s, {u"--allow-host"_s, u"nas.lan"_s}},
        {u"upload"_s, {u"--upload"_s}},
        {u"overwrite"_s, {u"--upload"_s, u"--overwrite"_s}},
        {u"help"_s, {u"-h"_s}},
        {u"version"_s, {u"-v"_s}},
        {u"man-page"_s, {u"--man-page"_s}},
        {u"completion"_s, {u"--completion"_s, u"fish"_s}},
    };
    return samples.value(name);
}

// The completions bash offers for `words` (the last one being completed),
// with _servery from the generated script.
QStringList bashCompletions(const QString &scriptPath, const QStringList &words)
{
    QProcess bash;
    bash.start(u"bash"_s,
               QStringList {u"--norc"_s, u"-c"_s,
                            u"source \"$1\" || exit 3; shift; COMP_WORDS=(\"$@\"); "
                            "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=\"${COMP_WORDS[*]}\"; "
                            "COMP_POINT=${#COMP_LINE}; _servery || exit 4; "
                            "for w in \"${COMPREPLY[@]}\"; do printf '%s\\n' \"$w\"; done"_s,
                            u"bash"_s, scriptPath}
                   + words);
    if (!bash.waitForFinished(10000) || bash.exitStatus() != QProcess::NormalExit || bash.exitCode() != 0)
        return {u"<bash failed: "_s + QString::fromLocal8Bit(bash.readAllStandardError()) + u'>'};
    QStringList lines = QString::fromLocal8Bit(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

} // namespace

class tst_OptionTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOption_data();
    void helpShowsEveryOption();
    void helpShowsEveryOption_data() { everyOption_data(); }
    void manPageShowsEveryOption();
    void manPageShowsEveryOption_data() { everyOption_data(); }
    void completionsOfferEveryOption();
    void completionsOfferEveryOption_data() { everyOption_data(); }
    void hiddenOptionsStayOut();
    void parserTakesEveryOption_data();
    void parserTakesEveryOption();
    void parserTakesNothingElse();
    void helpLayout();
    void manPageIsValidRoff();
    void manPageDate();
    void examplesParse();
    void generatorOptions();
    void bashCompletes_data();
    void bashCompletes();

private:
    QTemporaryDir m_dir;
    QString m_bashScript;
    QStringList m_bashOffersForDashes; // for "servery --"
};

void tst_OptionTable::initTestCase()
{
    QVERIFY(kEnglish);
    QVERIFY(m_dir.isValid());
    // For the bash rows: a folder and a file to complete to.
    QVERIFY(QDir(m_dir.path()).mkdir(u"site"_s));
    QFile rules(m_dir.filePath(u"rules.json"_s));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    m_bashScript = m_dir.filePath(u"servery.bash"_s);
    QFile script(m_bashScript);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(ShellCompletion::bash().toUtf8());
    script.close();
    m_bashOffersForDashes = bashCompletions(m_bashScript, {u"servery"_s, u"--"_s});
}

void tst_OptionTable::everyOption_data()
{
    QTest::addColumn<QString>("name");
    for (const Option *option : optionsWhere(false))
        QTest::newRow(option->name) << QString::fromLatin1(option->name);
}

void tst_OptionTable::helpShowsEveryOption()
{
    QFETCH(QString, name);
    const Option *option = OptionTable::find(name);
    QVERIFY(option);
    const QString help = CommandLine::helpText();
    // A line starts with the option, its short name and its value name...
    const QString head = u"  "_s + OptionTable::synopsis(*option);
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(head) + u"( |$)"_s,
                                  QRegularExpression::MultilineOption);
    QVERIFY2(line.match(help).hasMatch(), qPrintable(head));
    // ...and the whole description follows, wrapped.
    QVERIFY2(help.simplified().contains(QString::fromUtf8(option->description)), option->description);
    if (option->valueName)
        QVERIFY(head.contains(QString::fromLatin1(option->valueName)));
}

void tst_OptionTable::manPageShowsEveryOption()
{
    QFETCH(QString, name);
    const Option *option = OptionTable::find(name);
    QVERIFY(option);
    const QStringList lines = ManPage::render(QDate(2024, 5, 1)).split(u'\n');
    const QString bold = u"\\fB"_s + ManPage::escape(longName(*option)) + u"\\fR"_s;
    qsizetype at = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i - 1) == u".TP" && lines.at(i).contains(bold))
            at = i;
    }
    QVERIFY2(at > 0 && at + 1 < lines.size(), qPrintable(bold));
    const QString head = lines.at(at);
    if (option->shortName)
        QVERIFY2(head.contains(u"\\fB\\-"_s + QString::fromLatin1(option->shortName) + u"\\fR"_s), qPrintable(head));
    if (option->valueName)
        QVERIFY2(head.contains(u"\\fI"_s + ManPage::escape(QString::fromLatin1(option->valueName)) + u"\\fR"_s),
                 qPrintable(head));
    QCOMPARE(lines.at(at + 1), ManPage::escape(QString::fromUtf8(option->description)));
}

void tst_OptionTable::completionsOfferEveryOption()
{
    QFETCH(QString, name);
    const Option *option = OptionTable::find(name);
    QVERIFY(option);
    // Every shown option is offered: "servery --" lists them all.
    QVERIFY2(m_bashOffersForDashes.contains(longName(*option)), qPrintable(m_bashOffersForDashes.join(u' ')));
    const QString zsh = ShellCompletion::zsh();
    QVERIFY(zsh.contains(u"'"_s + longName(*option)) || zsh.contains(u"'*"_s + longName(*option))
            || zsh.contains(u')' + longName(*option)));
    QVERIFY(ShellCompletion::fish().contains(u" -l "_s + QString::fromLatin1(option->name) + u' '));
}

void tst_OptionTable::hiddenOptionsStayOut()
{
    const QList<const Option *> hidden = optionsWhere(true);
    QVERIFY(!hidden.isEmpty());
    const QString help = CommandLine::helpText();
    const QString man = ManPage::render(QDate(2024, 5, 1));
    const QStringList offered = bashCompletions(m_bashScript, {u"servery"_s, u"-"_s});
    QVERIFY(offered.contains(u"--port"_s));
    for (const Option *option : hidden) {
        const QString name = longName(*option);
        QVERIFY2(!help.contains(name), qPrintable(name));
        QVERIFY2(!man.contains(ManPage::escape(name)), qPrintable(name));
        QVERIFY2(!offered.contains(name), qPrintable(name));
        QVERIFY2(!ShellCompletion::bash().contains(name), qPrintable(name));
        QVERIFY2(!ShellCompletion::zsh().contains(name), qPrintable(name));
        QVERIFY2(!ShellCompletion::fish().contains(u"-l "_s + QString::fromLatin1(option->name)), qPrintable(name));
    }
}

void tst_OptionTable::parserTakesEveryOption_data()
{
    QTest::addColumn<QString>("name");
    for (const Option &option : OptionTable::options())
        QTest::newRow(option.name) << QString::fromLatin1(option.name);
}

void tst_OptionTable::parserTakesEveryOption()
{
    QFETCH(QString, name);
    const QStringList use = sampleUse(name);
    QVERIFY2(!use.isEmpty(), qPrintable(u"no sample use of --"_s + name + u" in this test: add one"_s));
    const CommandLine c = parse(use);
    QVERIFY2(c.action != CommandLine::Action::UsageError, qPrintable(use.join(u' ') + u": "_s + c.error));
    // And the parser does something with it.
    if (c.action == CommandLine::Action::Run)
        QVERIFY2(describe(c.options) != describe(parse({}).options), qPrintable(use.join(u' ')));
    else
        QVERIFY(!c.output.isEmpty());
}

void tst_OptionTable::parserTakesNothingElse()
{
    // The parser's options are the table's, names and value names alike.
    const QList<QCommandLineOption> parserOptions = OptionTable::parserOptions();
    QCOMPARE(parserOptions.size(), qsizetype(OptionTable::options().size()));
    for (qsizetype i = 0; i < parserOptions.size(); ++i) {
        const Option &option = OptionTable::options()[size_t(i)];
        QCOMPARE(parserOptions.at(i).names().constLast(), QString::fromLatin1(option.name));
        QCOMPARE(parserOptions.at(i).valueName().isEmpty(), option.value == OptionTable::Value::None);
    }
    for (const QString &unknown : {u"--frobnicate"_s, u"-z"_s, u"--lag"_s, u"--man"_s}) {
        const CommandLine c = parse({unknown});
        QVERIFY2(c.action == CommandLine::Action::UsageError, qPrintable(unknown));
        QVERIFY2(c.error.contains(unknown.mid(unknown.startsWith(u"--") ? 2 : 1)), qPrintable(c.error));
    }
}

void tst_OptionTable::helpLayout()
{
    const QString help = CommandLine::helpText();
    QVERIFY(help.startsWith(u"Usage: servery [DIR] [options]\n\nShare DIR "_s));
    QVERIFY(help.endsWith(u"2 for a command-line mistake.\n"_s));
    for (const QString &line : help.split(u'\n'))
        QVERIFY2(line.size() < 80, qPrintable(line));
    // The sections in order, each heading on its own line.
    qsizetype from = 0;
    for (const OptionTable::SectionInfo &section : OptionTable::sections()) {
        if (!section.title)
            continue;
        const qsizetype at = help.indexOf(u'\n' + QString::fromUtf8(section.title) + u'\n', from);
        QVERIFY2(at > from, section.title);
        from = at;
    }
    // The description beside a short option, under a long one.
    QVERIFY(help.contains(u"\n  -p, --port N           port to listen on (default 8080; 0 picks a free one)\n"_s));
    QVERIFY(help.contains(u"\n      --capture-limit SIZE\n                         keep caught bodies up to SIZE"_s));
    QVERIFY(help.contains(u"\n                         [{\"method\": \"POST\", \"path\": \"/api/*\", \"status\": 201,\n"
                          "                           \"headers\""_s));
    // A section's note after its options.
    QVERIFY(help.contains(u"Repeatable.\nThe folder's _redirects"_s));
}

void tst_OptionTable::manPageIsValidRoff()
{
    const QString man = ManPage::render(QDate(2024, 5, 1));
    QVERIFY(man.startsWith(u".\\\""_s));
    QVERIFY(
        man.contains(u"\n.TH SERVERY 1 \"2024-05-01\" \"Servery "_s + QString::fromLatin1(SERVERY_VERSION) + u"\" "_s));
    for (const char *heading :
         {".SH NAME\nservery \\- ", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH OPTIONS\n", ".SH \"EXIT STATUS\"\n",
          ".SH ENVIRONMENT\n", ".SH FILES\n", ".SH EXAMPLES\n", ".SH \"SEE ALSO\"\n"})
        QVERIFY2(man.contains(QString::fromUtf8(heading)), heading);
    for (const OptionTable::SectionInfo &section : OptionTable::sections())
        QVERIFY2(man.contains(u".SS \""_s + ManPage::escape(QString::fromUtf8(section.manTitle)) + u"\"\n"_s),
                 section.manTitle);
    // man(1)'s formatter, with every warning: none may come.
    QFile file(m_dir.filePath(u"servery.1"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(man.toUtf8());
    file.close();
    QProcess groff;
    groff.start(u"groff"_s, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-z"_s, file.fileName()});
    QVERIFY2(groff.waitForFinished(10000), "groff (Debian: groff-base) did not run");
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromLocal8Bit(groff.readAllStandardError()), QString());
}

void tst_OptionTable::manPageDate()
{
    const QByteArray saved = qgetenv("SOURCE_DATE_EPOCH");
    qputenv("SOURCE_DATE_EPOCH", "1700000000"); // 2023-11-14T22:13:20Z
    QCOMPARE(ManPage::dateFromEnvironment(), QDate(2023, 11, 14));
    const CommandLine c = parse({u"--man-page"_s});
    QCOMPARE(c.action, CommandLine::Action::ShowHelp);
    QVERIFY2(c.output.contains(u"\n.TH SERVERY 1 \"2023-11-14\" "_s), qPrintable(c.output.left(300)));
    qunsetenv("SOURCE_DATE_EPOCH");
    QCOMPARE(ManPage::dateFromEnvironment(), QDateTime::currentDateTimeUtc().date());
    if (!saved.isNull())
        qputenv("SOURCE_DATE_EPOCH", saved);
}

void tst_OptionTable::examplesParse()
{
    const QString man = ManPage::render(QDate(2024, 5, 1));
    QVERIFY(!ManPage::examples().isEmpty());
    for (const ManPage::Example &example : ManPage::examples()) {
        const QString command = QString::fromUtf8(example.command);
        QVERIFY2(man.contains(ManPage::escape(command)), example.command);
        QStringList words = command.split(u' ');
        QCOMPARE(words.takeFirst(), u"servery"_s);
        const CommandLine c = parse(words);
        QVERIFY2(c.action == CommandLine::Action::Run, qPrintable(command + u": "_s + c.error));
    }
}

void tst_OptionTable::generatorOptions()
{
    for (const QString &shell : ShellCompletion::shells()) {
        const CommandLine c = parse({u"--completion"_s, shell});
        QCOMPARE(c.action, CommandLine::Action::ShowHelp);
        QCOMPARE(c.output, ShellCompletion::script(shell));
        QVERIFY(!c.output.isEmpty());
    }
    QVERIFY(ShellCompletion::zsh().startsWith(u"#compdef servery\n"_s));
    const CommandLine bad = parse({u"--completion"_s, u"tcsh"_s});
    QCOMPARE(bad.action, CommandLine::Action::UsageError);
    QVERIFY2(bad.error.contains(u"tcsh"_s), qPrintable(bad.error));
    // --help and --version carry their text too.
    QCOMPARE(parse({u"--help"_s}).output, CommandLine::helpText());
    QCOMPARE(parse({u"-v"_s}).output, CommandLine::versionText());
}

void tst_OptionTable::bashCompletes_data()
{
    QTest::addColumn<QStringList>("words"); // "@" stands for the test's folder
    QTest::addColumn<QStringList>("offered");

    const QString s = u"servery"_s;
    QTest::newRow("an option's name") << QStringList {s, u"--mo"_s} << QStringList {u"--mode"_s};
    QTest::newRow("--mode's values") << QStringList {s, u"--mode"_s, QString()}
                                     << QStringList {u"preview"_s, u"share"_s};
    QTest::newRow("--mode's value, begun") << QStringList {s, u"--mode"_s, u"sh"_s} << QStringList {u"share"_s};
    QTest::newRow("--clean-urls= split at =")
        << QStringList {s, u"--clean-urls"_s, u"="_s, u"st"_s} << QStringList {u"strict"_s};
    QTest::newRow("--clean-urls= just after =")
        << QStringList {s, u"--clean-urls"_s, u"="_s} << QStringList {u"off"_s, u"on"_s, u"strict"_s};
    QTest::newRow("--clean-urls=st as one word")
        << QStringList {s, u"--clean-urls=st"_s} << QStringList {u"--clean-urls=strict"_s};
    QTest::newRow("an optional value never takes the next word")
        << QStringList {s, u"--cors"_s, u"@/s"_s} << QStringList {u"@/site"_s};
    QTest::newRow("--rules takes a file") << QStringList {s, u"--rules"_s, u"@/r"_s} << QStringList {u"@/rules.json"_s};
    QTest::newRow("DIR is a folder") << QStringList {s, u"@/"_s} << QStringList {u"@/site"_s};
    QTest::newRow("DIR after options") << QStringList {s, u"--headless"_s, u"-p"_s, u"0"_s, u"@/"_s}
                                       << QStringList {u"@/site"_s};
    QTest::newRow("a port is typed") << QStringList {s, u"-p"_s, QString()} << QStringList();
    QTest::newRow("--completion is hidden") << QStringList {s, u"--comp"_s} << QStringList();
    QTest::newRow("--lag-probe is hidden") << QStringList {s, u"--lag"_s} << QStringList();
}

void tst_OptionTable::bashCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, offered);
    for (QString &w : words)
        w.replace(u'@', m_dir.path());
    for (QString &w : offered)
        w.replace(u'@', m_dir.path());
    const QStringList actual = bashCompletions(m_bashScript, words);
    QVERIFY2(actual == offered, qPrintable(u"offered: "_s + actual.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_OptionTable)
#include "tst_optiontable.moc"
