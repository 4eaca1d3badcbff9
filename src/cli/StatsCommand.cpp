// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StatsCommand.h"

#include "CommandSupport.h"

#include <netzatlas/core/Catalogue.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace netzatlas::cli {

namespace {

QJsonObject toJson(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("zählt Gebiete, Akteure, Verbindungen, Gremien, Maßnahmen und Budgets");
}

QString StatsCommand::usage() const
{
    return QStringLiteral("netzatlas-cli stats REGISTRY [--json]");
}

int StatsCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("maschinenlesbar als JSON auf stdout"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    const std::optional<QString> registryPath = registryPathArgument(parser, *this, context);
    if (!registryPath)
        return Usage;
    const QString path = *registryPath;
    auto registry = openRegistry(path, context);
    if (!registry)
        return Rejected;
    auto counts = registry->counts();
    auto title = registry->metaValue(QStringLiteral("title"));
    auto actorTypes = registry->catalogue(CatalogueKind::ActorType);
    auto linkTypes = registry->catalogue(CatalogueKind::LinkType);
    for (const Status &s : {counts.ok() ? Status() : Status(counts.error()), title.ok() ? Status() : Status(title.error()),
                            actorTypes.ok() ? Status() : Status(actorTypes.error()),
                            linkTypes.ok() ? Status() : Status(linkTypes.error())}) {
        if (!s.ok()) {
            printError(context, s.error());
            return Rejected;
        }
    }
    const RegistryCounts &c = *counts;
    if (parser.isSet(json)) {
        QJsonObject root{
            {QStringLiteral("registry"), QFileInfo(path).fileName()},
            {QStringLiteral("title"), *title},
            {QStringLiteral("schemaVersion"), registry->schemaVersion()},
            {QStringLiteral("territories"), c.territories},
            {QStringLiteral("actors"), QJsonObject{{QStringLiteral("total"), c.actors},
                                                   {QStringLiteral("schools"), c.schools},
                                                   {QStringLiteral("scpSchools"), c.scpSchools},
                                                   {QStringLiteral("byType"), toJson(c.actorsByType)}}},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("total"), c.links}, {QStringLiteral("byType"), toJson(c.linksByType)}}},
            {QStringLiteral("committees"), c.committees},
            {QStringLiteral("memberships"), c.memberships},
            {QStringLiteral("contacts"), c.contacts},
            {QStringLiteral("measures"),
             QJsonObject{{QStringLiteral("total"), c.measures}, {QStringLiteral("byPillar"), toJson(c.measuresByPillar)}}},
            {QStringLiteral("budgets"), c.budgets},
            {QStringLiteral("views"), c.views},
        };
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    QTextStream &out = context.out;
    out << tr("Registry: %1").arg(QFileInfo(path).fileName());
    if (!title->isEmpty())
        out << QStringLiteral(" – ") << *title;
    out << Qt::endl;
    out << tr("Schema-Version: %1").arg(registry->schemaVersion()) << Qt::endl;
    out << tr("Gebiete: %1").arg(c.territories) << Qt::endl;
    out << tr("Akteure: %1 (Schulen: %2, davon Startchancen-Schulen: %3)").arg(c.actors).arg(c.schools).arg(c.scpSchools)
        << Qt::endl;
    for (const CatalogueEntry &type : *actorTypes) {
        if (c.actorsByType.contains(type.code))
            out << QStringLiteral("  %1: %2").arg(type.label).arg(c.actorsByType.value(type.code)) << Qt::endl;
    }
    out << tr("Verbindungen: %1").arg(c.links) << Qt::endl;
    for (const CatalogueEntry &type : *linkTypes) {
        if (c.linksByType.contains(type.code))
            out << QStringLiteral("  %1: %2").arg(type.label).arg(c.linksByType.value(type.code)) << Qt::endl;
    }
    out << tr("Gremien: %1 (Mitgliedschaften: %2)").arg(c.committees).arg(c.memberships) << Qt::endl;
    out << tr("Ansprechpersonen: %1").arg(c.contacts) << Qt::endl;
    out << tr("Maßnahmen: %1").arg(c.measures) << Qt::endl;
    for (const VocabularyEntry &pillar : DomainCatalogue::vocabulary(Vocabulary::Pillar)) {
        if (c.measuresByPillar.contains(pillar.code))
            out << QStringLiteral("  %1: %2").arg(pillar.label).arg(c.measuresByPillar.value(pillar.code)) << Qt::endl;
    }
    out << tr("Budgets: %1").arg(c.budgets) << Qt::endl;
    out << tr("Gespeicherte Ansichten: %1").arg(c.views) << Qt::endl;
    return Success;
}

} // namespace netzatlas::cli
