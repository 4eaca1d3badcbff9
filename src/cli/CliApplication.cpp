// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CliApplication.h"

#include "AnalyzeCommand.h"
#include "BenchCommand.h"
#include "CommandSupport.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ReportCommand.h"
#include "StatsCommand.h"

#include <netzatlas/io/TerritoryReference.h>

#include <QCoreApplication>

#include <exception>

namespace netzatlas::cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<AnalyzeCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

QString CliApplication::help() const
{
    QString text = tr("Netzatlas – Netzwerke im Startchancen-Programm kartieren, analysieren und planen.\n\n"
                      "Aufruf: netzatlas-cli BEFEHL [OPTIONEN]\n\nBefehle:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n    %3\n").arg(command->name(), -7).arg(command->summary(), command->usage());
    text += tr("\nAllgemein: --help, --version. Rückgabewerte: 0 erfolgreich, 1 Eingabe oder Registry abgelehnt, "
               "2 falscher Aufruf, 3 interner Fehler.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments, CliContext &context)
{
    if (arguments.isEmpty()) {
        context.err << help();
        return Usage;
    }
    const QString verb = arguments.constFirst();
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        context.out << help();
        return Success;
    }
    if (verb == u"--version" || verb == u"-v") {
        context.out << QStringLiteral("netzatlas-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl
                    << tr("Gebietsdaten: %1").arg(TerritoryReference::attribution()) << Qt::endl;
        return Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() != verb)
            continue;
        const QStringList rest = arguments.mid(1);
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            context.out << command->summary() << Qt::endl << tr("Aufruf: %1").arg(command->usage()) << Qt::endl;
            return Success;
        }
        try {
            const int code = command->run(rest, context);
            context.out.flush();
            context.err.flush();
            return code;
        } catch (const std::exception &e) {
            context.err << tr("Interner Fehler: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
            return Internal;
        }
    }
    context.err << tr("Fehler: Unbekannter Befehl „%1“.").arg(verb) << Qt::endl << help();
    return Usage;
}

} // namespace netzatlas::cli
