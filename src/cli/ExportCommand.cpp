// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ExportCommand.h"

#include "CommandSupport.h"
#include "DiagramExport.h"
#include "ExchangeFormatsCli.h"

#include <netzatlas/io/ExchangeExporter.h>

#include <QFileInfo>

namespace netzatlas::cli {

QString ExportCommand::summary() const
{
    return tr("schreibt die Registry als CSV oder Excel-Arbeitsmappe, als Netzwerk (GraphML, GEXF, DOT) oder als "
              "Diagramm (SVG, PDF, PNG)");
}

QString ExportCommand::usage() const
{
    return QStringLiteral("netzatlas-cli export REGISTRY --format csv|xlsx|graphml|gexf|dot --out FILE|DIR "
                          "[--table actors|links|all] [--view NAME] [--title TEXT] [--with-contacts]") +
           QStringLiteral("\n    ") + DiagramExport::usage();
}

int ExportCommand::run(const QStringList &arguments, CliContext &context)
{
    if (DiagramExport::handles(arguments)) // svg, pdf, png: diagrams
        return DiagramExport::run(arguments, *this, context);
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Format: csv, xlsx, graphml, gexf, dot"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Zieldatei (bei --table all: Zielordner)"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption table(QStringLiteral("table"), tr("actors (Standard), links oder all"),
                                   QStringLiteral("TABLE"), QStringLiteral("actors"));
    parser.addOptions({format, out, table});
    addExchangeExportOptions(parser);
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(format) || !parser.isSet(out)) {
        context.err << tr("Fehler: REGISTRY, --format und --out sind nötig.") << Qt::endl
                    << tr("Aufruf: %1").arg(usage()) << Qt::endl;
        return Usage;
    }
    const QString fmt = parser.value(format).toLower();
    if (isExchangeExportFormat(fmt))
        return runExchangeExport(fmt, parser, context);
    if (fmt != u"csv") {
        context.err
            << tr("Fehler: Das Format „%1“ ist unbekannt (csv, xlsx, graphml, gexf, dot, svg, pdf, png).").arg(fmt)
            << Qt::endl;
        return Usage;
    }
    ExchangeExporter::Tables tables;
    const QString which = parser.value(table).toLower();
    if (which == u"actors" || which == u"akteure")
        tables = ExchangeExporter::Tables::Actors;
    else if (which == u"links" || which == u"verbindungen")
        tables = ExchangeExporter::Tables::Links;
    else if (which == u"all" || which == u"alle")
        tables = ExchangeExporter::Tables::Both;
    else {
        context.err << tr("Fehler: --table erwartet actors, links oder all, nicht „%1“.").arg(which) << Qt::endl;
        return Usage;
    }
    auto registry = openRegistry(parser.positionalArguments().constFirst(), context, false);
    if (!registry)
        return Rejected;
    auto written = ExchangeExporter::writeCsv(*registry, parser.value(out), tables);
    if (!written.ok()) {
        printError(context, written.error());
        return Rejected;
    }
    for (const QString &file : *written)
        context.out << tr("geschrieben: %1").arg(file) << Qt::endl;
    return Success;
}

} // namespace netzatlas::cli
