#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace Servery {

// Every option of the command line, written once. parse() builds its parser
// from this table; --help, the man page and the bash, zsh and fish
// completions are rendered from it, so none of them can forget an option or
// list one the parser refuses.
//
// Descriptions, section titles and notes are English and marked with
// QT_TRANSLATE_NOOP("Servery::Options", ...): --help shows them in the
// system's language, the man page and the completions (made at build time)
// in English. Option names, value names (N, FILE) and examples are never
// translated.
namespace OptionTable {

// The context of the table's strings in the catalogue.
inline constexpr char kContext[] = "Servery::Options";

enum class Section {
    General, // "Options:"
    SitePreview,
    Inspector,
    Access, // who can connect
    Information, // --help, --version: no heading in --help
};

enum class Value {
    None, // a switch: --headless
    Required, // --port N or --port=N
    Optional, // --cors[=ORIGINS]: bare means the default; never takes the next word
    OptionalNext, // --spa [FILE]: takes the next word only when it is an .html page
};

// What a shell offers for the option's value.
enum class Completion { None, File, Directory, Number, Choice };

struct Option {
    const char *name = nullptr; // long name, without the dashes
    const char *shortName = nullptr; // one letter, or null
    const char *valueName = nullptr; // N, FILE, 'NAME: VALUE'; null for a switch
    Value value = Value::None;
    Section section = Section::General;
    const char *description = nullptr; // translatable
    Completion completion = Completion::None;
    const char *choices = nullptr; // Completion::Choice: the values, space-separated
    bool repeatable = false;
    bool hidden = false; // kept out of --help, the man page and the completions
    const char *example = nullptr; // verbatim lines shown under the description
    const char *summary = nullptr; // for completion menus; else the description's first clause
};

struct SectionInfo {
    Section section;
    const char *title; // --help's heading (translatable), or null for none
    const char *manTitle; // the man page's subsection (English)
    const char *note; // a paragraph after the section's options (translatable), or null
};

// Every option, hidden ones included, in the order --help lists them.
std::span<const Option> options();
// Every section, in the order --help shows them.
std::span<const SectionInfo> sections();

// The option with this long or short name (no dashes), or null.
const Option *find(QStringView name);
// `name` as a QString, asserting in debug builds that the table has it:
// parse() asks the parser only through this.
QString checkedName(const char *name);

// The options for QCommandLineParser, built from the table.
QList<QCommandLineOption> parserOptions();

// "-p, --port N", "    --clean-urls[=on|off|strict]", "    --spa [FILE]":
// how --help writes the option (with the four columns a short name takes).
QString synopsis(const Option &option);
// The option's first clause, English, for the completions' menus.
QString summary(const Option &option);
// The values a Completion::Choice offers.
QStringList choices(const Option &option);

// Paragraphs around the sections (translatable, with kContext).
const char *usageLine(); // "Usage: %1"
const char *introduction();
QList<const char *> closingNotes();

} // namespace OptionTable
} // namespace Servery
