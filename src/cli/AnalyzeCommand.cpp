// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AnalyzeCommand.h"

#include "CommandSupport.h"

#include <netzatlas/analysis/ResultFormat.h>
#include <netzatlas/io/CsvWriter.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace netzatlas::cli {

using namespace netzatlas::analysis;

namespace {

QString typeCode(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Date:
        return QStringLiteral("date");
    }
    return QStringLiteral("text");
}

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

/// A cell of the German summary: at most three decimals, German decimal comma.
QString displayValue(const QVariant &value, const QLocale &german)
{
    return formatResultValue(value, german, DisplayDecimals);
}

bool parseDay(const QString &text, QDate *day)
{
    *day = QDate::fromString(text, Qt::ISODate);
    return day->isValid() && text.size() == 10;
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("analysiert das Netz und beantwortet die Fragen der Koordination (Jugendhilfe, Bildungskette, "
              "Grenzen, Zuständigkeiten …)");
}

QString AnalyzeCommand::usage() const
{
    return QStringLiteral("netzatlas-cli analyze REGISTRY [--at YYYY-MM-DD] [--since YYYY-MM-DD] [--only LIST] "
                          "[--json FILE] [--csv DIR]");
}

QJsonObject AnalyzeCommand::toJson(const AnalysisReport &report, const QString &registryName)
{
    QJsonArray tables;
    for (const ResultTable &t : report.tables) {
        QJsonArray columns;
        for (const ResultColumn &c : t.columns)
            columns.append(QJsonObject{{QStringLiteral("key"), c.key},
                                       {QStringLiteral("title"), c.title},
                                       {QStringLiteral("type"), typeCode(c.type)}});
        QJsonArray rows;
        for (const ResultRow &r : t.rows) {
            QJsonArray cells;
            for (const QVariant &v : r.cells)
                cells.append(jsonValue(v));
            QJsonArray actors;
            for (const ActorId id : r.actors)
                actors.append(id.value);
            QJsonArray links;
            for (const LinkId id : r.links)
                links.append(id.value);
            rows.append(QJsonObject{{QStringLiteral("cells"), cells},
                                    {QStringLiteral("actors"), actors},
                                    {QStringLiteral("links"), links}});
        }
        QJsonArray figures;
        for (const KeyFigure &f : t.figures)
            figures.append(QJsonObject{{QStringLiteral("key"), f.key},
                                       {QStringLiteral("label"), f.label},
                                       {QStringLiteral("value"), jsonValue(f.value)}});
        tables.append(QJsonObject{{QStringLiteral("id"), t.id},
                                  {QStringLiteral("analysis"), t.analysis},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("explanation"), t.explanation},
                                  {QStringLiteral("advice"), t.advice},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("figures"), figures}});
    }
    QJsonObject timings;
    for (const auto &[id, seconds] : report.timings)
        timings.insert(id, seconds);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("netzatlas-analysis")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("registry"), registryName},
        {QStringLiteral("title"), report.registryTitle},
        {QStringLiteral("date"), report.date.toString(Qt::ISODate)},
        {QStringLiteral("compareWith"),
         report.compareWith.isValid() ? QJsonValue(report.compareWith.toString(Qt::ISODate)) : QJsonValue::Null},
        {QStringLiteral("analyses"), QJsonArray::fromStringList(report.analyses)},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("actors"), report.actorCount},
                                                {QStringLiteral("links"), report.linkCount},
                                                {QStringLiteral("pairs"), report.pairCount},
                                                {QStringLiteral("betweennessExact"), report.betweennessExact}}},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("tables"), tables},
    };
}

int AnalyzeCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), tr("Stichtag (Standard: heute)"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("früherer Tag für „change“ (Standard: ein Jahr vor dem Stichtag)"),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption only(QStringLiteral("only"), tr("nur diese Analysen (durch Komma getrennt)"),
                                  QStringLiteral("LIST"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Ergebnis als JSON in diese Datei („-“ = stdout)"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("eine CSV-Datei je Tabelle in dieses Verzeichnis"),
                                 QStringLiteral("DIR"));
    parser.addOptions({at, since, only, json, csv});
    parser.addPositionalArgument(QStringLiteral("REGISTRY"), tr("Registry-Datei"));
    if (!parseArguments(parser, arguments, *this, context))
        return Usage;
    const std::optional<QString> registryPath = registryPathArgument(parser, *this, context);
    if (!registryPath)
        return Usage;
    AnalysisRequest request;
    if (parser.isSet(at) && !parseDay(parser.value(at), &request.snapshot.at)) {
        context.err << tr("Fehler: „%1“ ist kein Datum der Form JJJJ-MM-TT (--at).").arg(parser.value(at)) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(since) && !parseDay(parser.value(since), &request.compareWith)) {
        context.err << tr("Fehler: „%1“ ist kein Datum der Form JJJJ-MM-TT (--since).").arg(parser.value(since))
                    << Qt::endl;
        return Usage;
    }
    if (parser.isSet(only))
        request.analyses = parser.value(only).split(u',', Qt::SkipEmptyParts);
    auto ids = resolveAnalyses(request.analyses);
    if (!ids.ok()) {
        context.err << tr("Fehler: %1").arg(ids.error().message) << Qt::endl;
        return Usage;
    }
    request.analyses = *ids;

    const QString path = *registryPath;
    auto registry = openRegistry(path, context, true);
    if (!registry)
        return Rejected;
    auto input = AnalysisInput::load(*registry);
    if (!input.ok()) {
        printError(context, input.error());
        return Rejected;
    }
    JobControl control;
    if (context.progressToTerminal) {
        control.progress = [&context, last = -1](double fraction, const QString &step) mutable {
            const int percent = static_cast<int>(fraction * 100);
            if (percent == last)
                return;
            last = percent;
            context.err << QStringLiteral("\r%1 % %2").arg(percent, 3).arg(step, -50);
            context.err.flush();
        };
    }
    AnalysisJob job(std::make_shared<const AnalysisInput>(std::move(input).value()), request);
    auto report = job.run(control);
    if (context.progressToTerminal)
        context.err << QStringLiteral("\r%1\r").arg(QString(), 60);
    if (!report.ok()) {
        printError(context, report.error());
        return Internal;
    }
    const QString registryName = QFileInfo(path).fileName();

    const bool jsonToStdout = parser.isSet(json) && parser.value(json) == u"-";
    if (parser.isSet(json)) {
        const QByteArray bytes = QJsonDocument(toJson(*report, registryName)).toJson(QJsonDocument::Indented);
        if (jsonToStdout) {
            context.out << QString::fromUtf8(bytes);
        } else if (Status s = saveFileAtomically(parser.value(json), bytes); !s.ok()) {
            printError(context, s.error());
            return Rejected;
        }
    }
    QLocale german(QLocale::German);
    german.setNumberOptions(QLocale::OmitGroupSeparator);
    if (parser.isSet(csv)) {
        const QString dir = parser.value(csv);
        if (!QDir().mkpath(dir)) {
            context.err << tr("Fehler: Das Verzeichnis „%1“ kann nicht angelegt werden.").arg(dir) << Qt::endl;
            return Rejected;
        }
        for (const ResultTable &t : report->tables) {
            CsvWriter writer;
            for (const QStringList &record : resultTableRecords(t))
                writer.addRow(record);
            if (Status s = writer.save(QDir(dir).filePath(t.id + QStringLiteral(".csv"))); !s.ok()) {
                printError(context, s.error());
                return Rejected;
            }
        }
    }
    if (jsonToStdout)
        return Success;

    // German summary: per table its title, key figures and the first rows.
    QTextStream &out = context.out;
    out << tr("Netzwerkanalyse: %1").arg(registryName);
    if (!report->registryTitle.isEmpty())
        out << QStringLiteral(" – ") << report->registryTitle;
    out << Qt::endl
        << tr("Stichtag: %1 · %2 Akteure · %3 aktive Verbindungen · %4 verbundene Paare")
               .arg(german.toString(report->date, QStringLiteral("dd.MM.yyyy")))
               .arg(report->actorCount)
               .arg(report->linkCount)
               .arg(report->pairCount)
        << Qt::endl;
    constexpr int shownRows = 10;
    for (const ResultTable &t : report->tables) {
        out << Qt::endl << QStringLiteral("== ") << t.title << Qt::endl << t.explanation << Qt::endl;
        for (const KeyFigure &f : t.figures)
            out << QStringLiteral("  %1: %2").arg(f.label, displayValue(f.value, german)) << Qt::endl;
        if (t.rows.isEmpty()) {
            out << tr("  (keine Einträge)") << Qt::endl;
        } else {
            QStringList header;
            for (const ResultColumn &c : t.columns)
                header.append(c.title);
            out << QStringLiteral("  ") << header.join(QStringLiteral(" | ")) << Qt::endl;
            for (int i = 0; i < std::min<int>(shownRows, static_cast<int>(t.rows.size())); ++i) {
                QStringList cells;
                for (const QVariant &v : t.rows.at(i).cells)
                    cells.append(displayValue(v, german));
                out << QStringLiteral("  ") << cells.join(QStringLiteral(" | ")) << Qt::endl;
            }
            if (t.rows.size() > shownRows)
                out << tr("  … und %1 weitere (vollständig mit --json oder --csv)").arg(t.rows.size() - shownRows)
                    << Qt::endl;
        }
        out << tr("  Was tun? %1").arg(t.advice) << Qt::endl;
    }
    return Success;
}

} // namespace netzatlas::cli
