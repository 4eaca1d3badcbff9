// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ImportCommand.h"

#include "CommandSupport.h"
#include "ExchangeFormatsCli.h"
#include "MeasureImportCommand.h"

#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/TerritoryReference.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace netzatlas::cli {

QString ImportCommand::summary() const
{
    return tr("liest Akteure, Verbindungen oder Gebiete aus CSV-Dateien ein (alles oder nichts)");
}

QString ImportCommand::usage() const
{
    return QStringLiteral("netzatlas-cli import REGISTRY (--actors FILE | --links FILE | --territories FILE | "
                          "--measures FILE | --graphml FILE)... [--sheet NAME|N] [--mapping FILE] [--dry-run] "
                          "[--on-conflict update|skip|fail] [--report FILE]");
}

int ImportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption actors(QStringLiteral("actors"), tr("Akteure (CSV oder XLSX)"), QStringLiteral("FILE"));
    const QCommandLineOption links(QStringLiteral("links"), tr("Verbindungen (CSV oder XLSX)"), QStringLiteral("FILE"));
    const QCommandLineOption territories(QStringLiteral("territories"), tr("Gebiete im Format von gebiete-de.csv"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption land(QStringLiteral("land"), tr("Länder der Gebietsdatei (Standard: all)"),
                                  QStringLiteral("CODE"), QStringLiteral("all"));
    const QCommandLineOption measures(QStringLiteral("measures"), tr("Maßnahmen (CSV/XLSX)"), QStringLiteral("FILE"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), tr("Spaltenzuordnung (JSON)"), QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("nur prüfen und zählen, nichts speichern"));
    const QCommandLineOption onConflict(QStringLiteral("on-conflict"),
                                        tr("vorhandene Einträge: update (Standard), skip oder fail"),
                                        QStringLiteral("MODE"), QStringLiteral("update"));
    parser.addOptions({actors, links, territories, land, measures, mapping, dryRun, onConflict});
    addExchangeImportOptions(parser);
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    const std::optional<QString> registryPath = registryPathArgument(parser, *this, context);
    if (!registryPath)
        return Usage;
    const QStringList actorFiles = parser.values(actors);
    const QStringList linkFiles = parser.values(links);
    const QStringList territoryFiles = parser.values(territories);
    if (parser.isSet(measures))
        return runMeasureImport(parser.positionalArguments().constFirst(), parser.values(measures),
                                parser.isSet(dryRun), parser.value(onConflict),
                                !actorFiles.isEmpty() || !linkFiles.isEmpty() || !territoryFiles.isEmpty(), context);
    if (actorFiles.isEmpty() && linkFiles.isEmpty() && territoryFiles.isEmpty() &&
        !parser.isSet(QStringLiteral("graphml"))) {
        context.err << tr("Fehler: Mindestens eine Eingabedatei (--actors, --links oder --territories) fehlt.")
                    << Qt::endl
                    << tr("Aufruf: %1").arg(usage()) << Qt::endl;
        return Usage;
    }
    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    const QString mode = parser.value(onConflict).toLower();
    if (mode == u"update")
        options.onConflict = OnConflict::Update;
    else if (mode == u"skip")
        options.onConflict = OnConflict::Skip;
    else if (mode == u"fail")
        options.onConflict = OnConflict::Fail;
    else {
        context.err << tr("Fehler: --on-conflict erwartet update, skip oder fail, nicht „%1“.").arg(mode) << Qt::endl;
        return Usage;
    }

    QJsonObject mappingJson;
    QString mappingPath;
    if (parser.isSet(mapping)) {
        mappingPath = parser.value(mapping);
        QFile file(mappingPath);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context, Error::at(mappingPath, 0, {}, tr("Die Zuordnungsdatei kann nicht gelesen werden.")));
            return Rejected;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            printError(context, Error::at(mappingPath, 0, {},
                                          tr("Die Zuordnungsdatei ist kein JSON-Objekt: %1").arg(error.errorString())));
            return Rejected;
        }
        mappingJson = doc.object();
    }

    // Read and check every file before the registry is touched.
    QList<ImportSource> sources;
    auto addSources = [&](const QStringList &files, ImportKind kind) -> bool {
        for (const QString &file : files) {
            auto table = readImportTable(file, parser.value(QStringLiteral("sheet")), kind);
            if (!table.ok()) {
                printError(context, table.error());
                return false;
            }
            ImportSource source;
            source.kind = kind;
            source.table = *table;
            if (!mappingPath.isEmpty()) {
                auto m = ColumnMapping::fromJson(kind, mappingJson, table->header, mappingPath);
                if (!m.ok()) {
                    printError(context, m.error());
                    return false;
                }
                source.mapping = *m;
            }
            sources.append(source);
        }
        return true;
    };
    if (!addSources(actorFiles, ImportKind::Actors) || !addSources(linkFiles, ImportKind::Links))
        return Rejected;
    if (auto graphSources = readGraphMlSources(parser); graphSources.ok()) {
        sources += *graphSources;
    } else {
        printError(context, graphSources.error());
        return Rejected;
    }
    QList<QList<Territory>> territoryTables;
    for (const QString &file : territoryFiles) {
        auto read = TerritoryReference::read(file, parser.value(land));
        if (!read.ok()) {
            printError(context, read.error());
            return Rejected;
        }
        territoryTables.append(*read);
    }

    auto registry = openRegistry(*registryPath, context);
    if (!registry)
        return Rejected;

    if (!territoryTables.isEmpty()) {
        int count = 0;
        Status status = registry->transact([&]() -> Status {
            for (const QList<Territory> &table : territoryTables) {
                NETZATLAS_TRY(registry->upsertTerritories(table));
                count += static_cast<int>(table.size());
            }
            if (options.dryRun)
                return Error::make(QStringLiteral("dry-run"));
            return {};
        });
        if (!status.ok() && !(options.dryRun && status.error().message == u"dry-run")) {
            printError(context, status.error());
            return Rejected;
        }
        context.out << tr("Gebiete: %1 eingelesen%2")
                           .arg(count)
                           .arg(options.dryRun ? tr(" (Probelauf, nichts gespeichert)") : QString())
                    << Qt::endl;
    }
    if (sources.isEmpty())
        return Success;

    ExchangeImporter importer(*registry);
    int lastPercent = -1;
    auto progress = [&](int done, int total) {
        if (context.progressToTerminal && total > 0) {
            const int percent = done * 100 / total;
            if (percent != lastPercent) {
                lastPercent = percent;
                context.err << QStringLiteral("\r") << tr("Import: %1 %").arg(percent);
                context.err.flush();
            }
        }
        return true;
    };
    auto report = importer.run(sources, options, progress);
    if (context.progressToTerminal)
        context.err << QStringLiteral("\r") << Qt::endl;
    if (!report.ok()) {
        printError(context, report.error());
        return Rejected;
    }
    context.out << (options.dryRun ? tr("Probelauf: %1") : tr("Import: %1")).arg(report->summary()) << Qt::endl;
    if (!report->errors.isEmpty() || !report->warnings.isEmpty())
        context.err << report->details() << Qt::endl;
    if (!writeImportReport(parser, *report, context))
        return Rejected;
    return report->accepted() ? Success : Rejected;
}

} // namespace netzatlas::cli
