// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReportCommand.h"

#include "CommandSupport.h"

#include <netzatlas/io/PlanReport.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace netzatlas::cli {

QString ReportCommand::summary() const
{
    return tr("schreibt den Chancenbudget-Plan eines Schuljahres als XLSX oder PDF");
}

QString ReportCommand::usage() const
{
    return QStringLiteral("netzatlas-cli report REGISTRY --kind plan --school-year 2025/26 --out plan.xlsx|plan.pdf "
                          "[--traeger KEY] [--date TT.MM.JJJJ] [--settings FILE]");
}

int ReportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Art des Berichts: plan"), QStringLiteral("KIND"));
    const QCommandLineOption schoolYear(QStringLiteral("school-year"), tr("Schuljahr, z. B. 2025/26"),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Zieldatei: .xlsx oder .pdf"), QStringLiteral("FILE"));
    const QCommandLineOption traeger(QStringLiteral("traeger"), tr("nur dieser Schulträger (Schlüssel des Akteurs)"),
                                     QStringLiteral("KEY"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Stand-Datum auf dem Titel (Standard: heute)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("Schwellen der Regelprüfung (JSON)"),
                                      QStringLiteral("FILE"));
    parser.addOptions({kind, schoolYear, out, traeger, date, settings});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(kind) || !parser.isSet(schoolYear) ||
        !parser.isSet(out)) {
        context.err << tr("Fehler: REGISTRY, --kind, --school-year und --out sind nötig.") << Qt::endl
                    << tr("Aufruf: %1").arg(usage()) << Qt::endl;
        return Usage;
    }
    if (parser.value(kind).toLower() != u"plan") {
        context.err << tr("Fehler: Die Berichtsart „%1“ ist unbekannt (plan).").arg(parser.value(kind)) << Qt::endl;
        return Usage;
    }
    const QString target = parser.value(out);
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"pdf") {
        context.err << tr("Fehler: --out muss auf .xlsx oder .pdf enden, nicht „%1“.").arg(target) << Qt::endl;
        return Usage;
    }
    PlanOptions options;
    options.schoolYear = parser.value(schoolYear);
    if (!SchoolYear::parse(options.schoolYear)) {
        printError(context,
                   Error{tr("„%1“ ist kein Schuljahr; erwartet wird die Form „2025/26“.").arg(options.schoolYear),
                         {},
                         0,
                         QStringLiteral("--school-year"),
                         {}});
        return Usage;
    }
    if (parser.isSet(date)) {
        const QString text = parser.value(date);
        QDate day = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
        if (!day.isValid())
            day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid()) {
            printError(context,
                       Error{tr("„%1“ ist kein Datum (TT.MM.JJJJ).").arg(text), {}, 0, QStringLiteral("--date"), {}});
            return Usage;
        }
        options.date = day;
    }
    if (parser.isSet(settings)) {
        const QString path = parser.value(settings);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(context, Error::at(path, 0, {}, tr("Die Einstellungsdatei kann nicht gelesen werden.")));
            return Rejected;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            printError(
                context,
                Error::at(path, 0, {}, tr("Die Einstellungsdatei ist kein JSON-Objekt: %1").arg(error.errorString())));
            return Rejected;
        }
        options.settings = PlanningSettings::fromVariantMap(doc.object().toVariantMap());
    }

    auto registry = openRegistry(parser.positionalArguments().constFirst(), context, true);
    if (!registry)
        return Rejected;
    if (parser.isSet(traeger)) {
        const QString key = parser.value(traeger);
        auto actor = registry->actorByKey(key);
        if (!actor.ok()) {
            printError(context, actor.error());
            return Rejected;
        }
        if (!actor->has_value()) {
            printError(context, Error{tr("Der Schulträger „%1“ ist nicht in der Registry.").arg(key),
                                      {},
                                      0,
                                      QStringLiteral("--traeger"),
                                      {}});
            return Rejected;
        }
        options.traeger = (*actor)->id;
    }
    auto plan = loadChancenbudgetPlan(*registry, options);
    if (!plan.ok()) {
        printError(context, plan.error());
        return Rejected;
    }
    const Status written = suffix == u"xlsx" ? writePlanXlsx(*plan, target) : writePlanPdf(*plan, target);
    if (!written.ok()) {
        printError(context, written.error());
        return Rejected;
    }
    int measures = 0;
    for (const PlanSection &section : plan->sections)
        measures += static_cast<int>(section.lines.size());
    context.out << tr("Chancenbudget-Plan %1 geschrieben: %2 (%3 Maßnahmen, %4 Budgetlinien, %5 Hinweise)")
                       .arg(plan->schoolYear, target)
                       .arg(measures)
                       .arg(plan->figures.size())
                       .arg(plan->findings.size())
                << Qt::endl;
    return Success;
}

} // namespace netzatlas::cli
