// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CommandSupport.h"

#include <netzatlas/storage/RegistryStore.h>

#include <QCoreApplication>

namespace netzatlas::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::cli", text);
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const Command &command,
                    CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList all = arguments;
    all.prepend(QStringLiteral("netzatlas-cli ") + command.name());
    if (!parser.parse(all)) {
        context.err << tr("Fehler: %1").arg(parser.errorText()) << Qt::endl
                    << tr("Aufruf: %1").arg(command.usage()) << Qt::endl;
        return false;
    }
    return true;
}

std::optional<QString> registryPathArgument(const QCommandLineParser &parser, const Command &command,
                                            CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << tr("Fehler: Es wird genau ein Registry-Pfad erwartet.") << Qt::endl
                    << tr("Aufruf: %1").arg(command.usage()) << Qt::endl;
        return std::nullopt;
    }
    return positional.constFirst();
}

void printError(CliContext &context, const Error &error)
{
    context.err << error.toString() << Qt::endl;
}

std::unique_ptr<RegistryRepository> openRegistry(const QString &path, CliContext &context, bool readOnly)
{
    OpenOptions options;
    options.readOnly = readOnly;
    auto result = RegistryStore::open(path, options);
    if (!result.ok()) {
        printError(context, result.error());
        return nullptr;
    }
    return std::move(result).value();
}

} // namespace netzatlas::cli
