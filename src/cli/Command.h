// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace netzatlas::cli {

/// Exit codes of netzatlas-cli (docs/cli.md): a public interface, keep them stable.
enum ExitCode {
    Success = 0,
    Rejected = 1, ///< the input or registry was rejected (German message on stderr)
    Usage = 2,    ///< wrong usage
    Internal = 3, ///< internal error
};

/// Where a command writes: stdout for results (and machine-readable output), stderr for messages.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    bool progressToTerminal = false; ///< stderr is a terminal: show progress
};

/// One verb of netzatlas-cli. Commands are classes so that tests run them in-process.
class Command
{
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    [[nodiscard]] virtual QString usage() const = 0;
    /// `arguments` are the arguments after the verb.
    virtual int run(const QStringList &arguments, CliContext &context) = 0;
};

} // namespace netzatlas::cli
