// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MeasureImportCommand.h"

#include "CommandSupport.h"

#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/MeasureImporter.h>

#include <QFile>

namespace netzatlas::cli {

namespace {

/// Reads a measure table. CSV as Excel writes it (CsvReader); an XLSX workbook is recognised by its ZIP
/// signature and rejected with a hint until the XLSX reader of the io layer is merged (then: readTableFile).
Result<Table> readMeasureTable(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(2) == "PK")
        return Error::at(path, 0, {},
                         tr("XLSX-Dateien werden für Maßnahmen noch nicht gelesen; bitte in Excel als „CSV UTF-8“ "
                            "speichern."));
    return CsvReader::readFile(path);
}

} // namespace

int runMeasureImport(const QString &registryPath, const QStringList &files, bool dryRun, const QString &onConflict,
                     bool otherInputs, CliContext &context)
{
    if (otherInputs) {
        context.err
            << tr("Fehler: Maßnahmen (--measures) werden in einem eigenen Aufruf importiert, nach den Akteuren.")
            << Qt::endl;
        return Usage;
    }
    ImportOptions options;
    options.dryRun = dryRun;
    const QString mode = onConflict.toLower();
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
    // All files are concatenated into one table run: one transaction, all or nothing. Each file keeps its own
    // header, so every file is read and checked first.
    QList<Table> tables;
    for (const QString &path : files) {
        auto table = readMeasureTable(path);
        if (!table.ok()) {
            printError(context, table.error());
            return Rejected;
        }
        tables.append(*table);
    }
    auto registry = openRegistry(registryPath, context);
    if (!registry)
        return Rejected;

    ImportReport total;
    total.dryRun = true;
    ImportOptions check = options;
    check.dryRun = true;
    for (const Table &table : std::as_const(tables)) {
        const ImportReport report = MeasureImporter::run(*registry, table, check);
        total.rows += report.rows;
        total.errors.append(report.errors);
        total.warnings.append(report.warnings);
        total.created += report.created;
        total.updated += report.updated;
        total.unchanged += report.unchanged;
        total.skipped += report.skipped;
    }
    if (total.accepted() && !dryRun) {
        total = ImportReport{};
        const Status status = registry->transact([&]() -> Status {
            for (const Table &table : std::as_const(tables)) {
                const ImportReport report = MeasureImporter::run(*registry, table, options);
                total.rows += report.rows;
                total.created += report.created;
                total.updated += report.updated;
                total.unchanged += report.unchanged;
                total.skipped += report.skipped;
                total.warnings.append(report.warnings);
                if (!report.errors.isEmpty()) {
                    total.errors.append(report.errors);
                    return report.errors.first();
                }
            }
            return {};
        });
        if (!status.ok() && total.errors.isEmpty())
            total.errors.append(status.error());
        if (!status.ok()) {
            total.created = 0;
            total.updated = 0;
        }
    }
    context.out << (dryRun ? tr("Probelauf Maßnahmen: %1") : tr("Import Maßnahmen: %1")).arg(total.summary())
                << Qt::endl;
    if (!total.errors.isEmpty() || !total.warnings.isEmpty())
        context.err << total.details() << Qt::endl;
    return total.accepted() ? Success : Rejected;
}

} // namespace netzatlas::cli
