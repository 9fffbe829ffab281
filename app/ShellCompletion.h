#pragma once

#include <QString>
#include <QStringList>

namespace Servery::ShellCompletion {

// Completion scripts for servery, made from the option table that --help is
// made from (app/OptionTable.h): every option that --help shows, the values
// of those with a fixed set (--mode preview|share), file names for those
// that take a file, folders for DIR. English; the build makes them
// (`servery --completion SHELL`, app/CMakeLists.txt).

// "bash", "zsh" and "fish".
QStringList shells();
// The script for one of shells(), or an empty string.
QString script(const QString &shell);

QString bash(); // for bash-completion's completions/servery
QString zsh(); // _servery, for $fpath
QString fish(); // for fish's vendor_completions.d/servery.fish

} // namespace Servery::ShellCompletion
