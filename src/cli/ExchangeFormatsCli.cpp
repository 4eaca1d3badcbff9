// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ExchangeFormatsCli.h"

#include "CommandSupport.h"

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/io/GraphFormats.h>
#include <netzatlas/io/XlsxExporter.h>
#include <netzatlas/io/XlsxReader.h>

#include <QFileInfo>

#include <memory>

namespace netzatlas::cli {

using namespace netzatlas::analysis;

bool isExchangeExportFormat(const QString &format)
{
    return format == u"xlsx" || format == u"graphml" || format == u"gexf" || format == u"dot";
}

void addExchangeExportOptions(QCommandLineParser &parser)
{
    // addOption() refuses names that another format added already (--view, --title): that is intended.
    parser.addOption(QCommandLineOption(QStringLiteral("with-contacts"),
                                        tr("Kontaktpersonen mit ausgeben (personenbezogene Daten, nur auf Wunsch)")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("view"), tr("gespeicherte Ansicht (Positionen)"), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("title"), tr("Titel"), QStringLiteral("TEXT")));
}

namespace {

/// Analysis results as sheets (one per result table).
Result<QList<SheetData>> analysisSheets(RegistryRepository &registry)
{
    auto input = AnalysisInput::load(registry);
    if (!input.ok())
        return input.error();
    AnalysisJob job(std::make_shared<const AnalysisInput>(std::move(input).value()), AnalysisRequest{});
    JobControl control;
    auto report = job.run(control);
    if (!report.ok())
        return report.error();
    QList<SheetData> sheets;
    for (const ResultTable &t : report->tables) {
        SheetData sheet;
        sheet.name = t.title;
        for (const ResultColumn &c : t.columns) {
            sheet.header << c.title;
            switch (c.type) {
            case ColumnType::Integer:
                sheet.styles << SheetData::NumberStyle::Integer;
                break;
            case ColumnType::Number:
                sheet.styles << SheetData::NumberStyle::Decimal;
                break;
            default:
                sheet.styles << SheetData::NumberStyle::Plain;
            }
        }
        for (const ResultRow &r : t.rows) {
            QVariantList row;
            for (qsizetype i = 0; i < r.cells.size(); ++i) {
                const QVariant &v = r.cells.at(i);
                const ColumnType type = i < t.columns.size() ? t.columns.at(i).type : ColumnType::Text;
                if (!v.isValid() || v.isNull())
                    row << QString();
                else if (type == ColumnType::Integer)
                    row << v.toLongLong();
                else if (type == ColumnType::Number)
                    row << v.toDouble();
                else if (type == ColumnType::Boolean)
                    row << v.toBool();
                else if (type == ColumnType::Date)
                    row << v.toDate();
                else
                    row << v.toString();
            }
            sheet.rows << row;
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace

int runExchangeExport(const QString &format, const QCommandLineParser &parser, CliContext &context)
{
    const QString out = parser.value(QStringLiteral("out"));
    const QString path = parser.positionalArguments().constFirst();
    auto registry = openRegistry(path, context, true);
    if (!registry)
        return Rejected;
    const bool withContacts = parser.isSet(QStringLiteral("with-contacts"));
    QString title = parser.value(QStringLiteral("title"));
    if (title.isEmpty()) {
        auto stored = registry->metaValue(QStringLiteral("title"));
        title = stored.ok() && !stored->isEmpty() ? *stored : QFileInfo(path).completeBaseName();
    }
    Status status;
    if (format == u"xlsx") {
        auto sheets = XlsxExporter::registrySheets(*registry, withContacts);
        if (!sheets.ok()) {
            printError(context, sheets.error());
            return Rejected;
        }
        auto analysis = analysisSheets(*registry);
        if (!analysis.ok()) {
            printError(context, analysis.error());
            return Internal;
        }
        status = XlsxExporter::write(*sheets + *analysis, out, title);
    } else {
        GraphExportOptions options;
        options.view = parser.value(QStringLiteral("view"));
        options.title = title;
        options.withContacts = withContacts;
        status = GraphFormats::write(*registry, format, out, options);
    }
    if (!status.ok()) {
        printError(context, status.error());
        return Rejected;
    }
    context.out << tr("geschrieben: %1").arg(out) << Qt::endl;
    return Success;
}

void addExchangeImportOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("sheet"),
                                        tr("Tabellenblatt einer Excel-Arbeitsmappe (Name oder Nummer ab 1)"),
                                        QStringLiteral("NAME|N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("report"), tr("Bericht mit jeder abgelehnten Zeile als CSV speichern"), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("graphml"),
                                        tr("Akteure und Verbindungen aus GraphML (Netzatlas-Export)"),
                                        QStringLiteral("FILE")));
}

Result<Table> readImportTable(const QString &file, const QString &sheet, ImportKind kind)
{
    if (sheet.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && XlsxReader::looksLikeZip(f.peek(4))) {
            f.close();
            auto names = XlsxReader::sheetNames(file);
            if (!names.ok())
                return names.error();
            const QString wanted = kind == ImportKind::Actors ? tr("Akteure") : tr("Verbindungen");
            for (const QString &name : *names) {
                if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                    return XlsxReader::readFile(file, name);
            }
        }
    }
    return readTableFile(file, sheet);
}

Result<QList<ImportSource>> readGraphMlSources(const QCommandLineParser &parser)
{
    QList<ImportSource> sources;
    for (const QString &file : parser.values(QStringLiteral("graphml"))) {
        auto read = GraphFormats::readGraphMlFile(file);
        if (!read.ok())
            return read.error();
        sources += *read;
    }
    return sources;
}

bool writeImportReport(const QCommandLineParser &parser, const ImportReport &report, CliContext &context)
{
    if (!parser.isSet(QStringLiteral("report")))
        return true;
    const QString path = parser.value(QStringLiteral("report"));
    if (Status s = report.saveReport(path); !s.ok()) {
        printError(context, s.error());
        return false;
    }
    context.out << tr("Bericht gespeichert: %1").arg(path) << Qt::endl;
    return true;
}

} // namespace netzatlas::cli
