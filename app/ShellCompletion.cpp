#include "ShellCompletion.h"

#include "OptionTable.h"

namespace Servery::ShellCompletion {

using namespace Qt::StringLiterals;
using OptionTable::Completion;
using OptionTable::Option;
using OptionTable::Value;

namespace {

// The options a shell offers: --help's, not the hidden ones.
QList<const Option *> shown()
{
    QList<const Option *> list;
    for (const Option &option : OptionTable::options()) {
        if (!option.hidden)
            list.append(&option);
    }
    return list;
}

QString longName(const Option &option)
{
    return u"--"_s + QString::fromLatin1(option.name);
}

// "-p|--port": a bash case pattern for the option's names.
QString casePattern(const Option &option)
{
    return option.shortName ? u'-' + QString::fromLatin1(option.shortName) + u'|' + longName(option) : longName(option);
}

// A word in single quotes for bash or zsh.
QString shellQuoted(const QString &text)
{
    QString t = text;
    t.replace(u'\'', u"'\\''"_s);
    return u'\'' + t + u'\'';
}

// A word in single quotes for fish, whose only escapes there are \\ and \'.
QString fishQuoted(const QString &text)
{
    QString t = text;
    t.replace(u'\\', u"\\\\"_s);
    t.replace(u'\'', u"\\'"_s);
    return u'\'' + t + u'\'';
}

// Text inside a zsh _arguments spec, where brackets and colons are syntax.
QString zshSpecText(const QString &text)
{
    QString t;
    for (const QChar ch : text) {
        if (ch == u'\\' || ch == u'[' || ch == u']' || ch == u':')
            t += u'\\';
        t += ch;
    }
    return t;
}

// A case arm of the bash function: what a value of these options completes to.
QString bashValueArm(const QString &patterns, const QString &body)
{
    return u"        "_s + patterns + u")\n            "_s + body + u"\n            ;;\n"_s;
}

} // namespace

QStringList shells()
{
    return {u"bash"_s, u"zsh"_s, u"fish"_s};
}

QString script(const QString &shell)
{
    if (shell == u"bash")
        return bash();
    if (shell == u"zsh")
        return zsh();
    if (shell == u"fish")
        return fish();
    return {};
}

QString bash()
{
    QStringList takesNextWord; // options whose value may be the next word
    QStringList words;
    QString arms;
    QStringList files, folders, quiet;
    for (const Option *option : shown()) {
        words.append(longName(*option));
        if (option->value == Value::Required || option->value == Value::OptionalNext)
            takesNextWord.append(casePattern(*option));
        if (option->value == Value::None)
            continue;
        switch (option->completion) {
        case Completion::Choice:
            arms += bashValueArm(casePattern(*option),
                                 u"COMPREPLY=($(compgen -W "_s + shellQuoted(OptionTable::choices(*option).join(u' '))
                                     + u" -- \"$cur\"))"_s);
            break;
        case Completion::File:
            files.append(casePattern(*option));
            break;
        case Completion::Directory:
            folders.append(casePattern(*option));
            break;
        case Completion::Number:
        case Completion::None:
            quiet.append(casePattern(*option));
            break;
        }
    }
    if (!files.isEmpty())
        arms += bashValueArm(files.join(u'|'),
                             u"compopt -o filenames 2>/dev/null\n"
                             "            mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")"_s);
    if (!folders.isEmpty())
        arms += bashValueArm(folders.join(u'|'),
                             u"compopt -o filenames 2>/dev/null\n"
                             "            mapfile -t COMPREPLY < <(compgen -d -- \"$cur\")"_s);
    if (!quiet.isEmpty())
        arms += u"        "_s + quiet.join(u'|')
            + u")\n            # a number or a name: nothing to offer\n"
              "            ;;\n"_s;

    return uR"(# bash completion for servery                              -*- shell-script -*-
# Made by servery from the option table of its --help; do not edit.

_servery()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev= option= prefix=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # A value comes as "--mode share", or as "--mode=share": one word, or
    # three when "=" breaks words (as COMP_WORDBREAKS has it by default).
    if [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        prefix=$option=
        cur=${cur#*=}
    elif [[ $cur == = ]]; then
        option=$prev
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        option=${COMP_WORDS[COMP_CWORD - 2]}
    else
        case $prev in
            )"_s
        + takesNextWord.join(u'|') + uR"() option=$prev ;;
        esac
    fi

    COMPREPLY=()
    case $option in
)"_s + arms
        + uR"(        '')
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W ')"_s
        + words.join(u' ') + uR"(' -- "$cur"))
            else
                # DIR: the folder to share.
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            fi
            return 0
            ;;
    esac
    if [[ $prefix ]]; then
        COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
}
complete -F _servery servery
)"_s;
}

QString zsh()
{
    QString out = u"#compdef servery\n"
                  "# Made by servery from the option table of its --help; do not edit.\n\n"
                  "_arguments -S \\\n"_s;
    for (const Option *option : shown()) {
        const QString description = u'[' + zshSpecText(OptionTable::summary(*option)) + u']';
        QString argument; // ":message:action", "::message:action" when optional
        if (option->value != Value::None) {
            QString action = u" "_s; // nothing to offer, the message is shown
            switch (option->completion) {
            case Completion::Choice:
                action = u'(' + OptionTable::choices(*option).join(u' ') + u')';
                break;
            case Completion::File:
                action = u"_files"_s;
                break;
            case Completion::Directory:
                action = u"_files -/"_s;
                break;
            case Completion::Number:
            case Completion::None:
                break;
            }
            const bool optional = option->value == Value::Optional || option->value == Value::OptionalNext;
            argument
                = (optional ? u"::"_s : u":"_s) + zshSpecText(QString::fromLatin1(option->valueName)) + u':' + action;
        }
        // "--port=": the value attached with "=" or in the next word;
        // "--cors=-": only attached.
        QString longForm = longName(*option);
        if (option->value == Value::Required || option->value == Value::OptionalNext)
            longForm += u'=';
        else if (option->value == Value::Optional)
            longForm += u"=-"_s;
        const QString repeat = option->repeatable ? u"*"_s : QString();
        if (option->shortName) {
            const QString shortForm = u'-' + QString::fromLatin1(option->shortName);
            const QString exclusion = u'(' + shortForm + u' ' + longName(*option) + u')';
            out += u"    "_s + shellQuoted(exclusion + shortForm + description + argument) + u" \\\n"_s;
            out += u"    "_s + shellQuoted(exclusion + longForm + description + argument) + u" \\\n"_s;
        } else {
            out += u"    "_s + shellQuoted(repeat + longForm + description + argument) + u" \\\n"_s;
        }
    }
    out += u"    "_s + shellQuoted(u"1::DIR:_files -/"_s) + u'\n';
    return out;
}

QString fish()
{
    QString out = u"# Made by servery from the option table of its --help; do not edit.\n\n"
                  "# DIR: the folder to share.\n"
                  "complete -c servery -f -a '(__fish_complete_directories)'\n"_s;
    for (const Option *option : shown()) {
        QString line = u"complete -c servery"_s;
        if (option->shortName)
            line += u" -s "_s + QString::fromLatin1(option->shortName);
        line += u" -l "_s + QString::fromLatin1(option->name);
        // Fish has no optional values: those of --cors[=ORIGINS] and
        // --spa [FILE] are typed, not offered.
        if (option->value == Value::Required) {
            switch (option->completion) {
            case Completion::Choice:
                line += u" -x -a "_s + fishQuoted(OptionTable::choices(*option).join(u' '));
                break;
            case Completion::File:
                line += u" -r -F"_s;
                break;
            case Completion::Directory:
                line += u" -x -a '(__fish_complete_directories)'"_s;
                break;
            case Completion::Number:
            case Completion::None:
                line += u" -x"_s;
                break;
            }
        }
        line += u" -d "_s + fishQuoted(OptionTable::summary(*option));
        out += line + u'\n';
    }
    return out;
}

} // namespace Servery::ShellCompletion
