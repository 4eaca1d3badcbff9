// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace netzatlas::cli {

/// Parses the arguments of a command; on failure writes a German message and the usage to stderr.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const Command &command,
                    CliContext &context);
/// The one positional argument REGISTRY of a command. When there is none or more than one, writes a German
/// message and the usage to stderr and returns nothing (the command then returns Command::Usage).
std::optional<QString> registryPathArgument(const QCommandLineParser &parser, const Command &command,
                                            CliContext &context);
/// Opens an existing registry; on failure writes the message to stderr.
std::unique_ptr<RegistryRepository> openRegistry(const QString &path, CliContext &context, bool readOnly = false);
/// Writes an error (with its details) to stderr.
void printError(CliContext &context, const Error &error);
/// Translates a message of the CLI.
QString tr(const char *text);

} // namespace netzatlas::cli
