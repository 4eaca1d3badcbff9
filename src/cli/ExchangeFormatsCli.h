// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

#include <netzatlas/core/Result.h>
#include <netzatlas/io/ColumnMapping.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/Table.h>

#include <QCommandLineParser>

namespace netzatlas::cli {

/// Export formats handled by runExchangeExport(): xlsx, graphml, gexf, dot.
[[nodiscard]] bool isExchangeExportFormat(const QString &format);
/// Adds the options of those formats (--with-contacts, --view, --title) unless the parser has them already.
void addExchangeExportOptions(QCommandLineParser &parser);
/// Writes the registry named by the first positional argument in `format` to --out.
[[nodiscard]] int runExchangeExport(const QString &format, const QCommandLineParser &parser, CliContext &context);

/// Adds the import options of the spreadsheet and graph formats (--sheet, --report, --graphml).
void addExchangeImportOptions(QCommandLineParser &parser);
/// Reads a CSV or XLSX table for `kind`: the sheet of --sheet, else a sheet named like the kind (Akteure,
/// Verbindungen, as Netzatlas exports them), else the first sheet.
[[nodiscard]] Result<Table> readImportTable(const QString &file, const QString &sheet, ImportKind kind);
/// The sources of the --graphml files.
[[nodiscard]] Result<QList<ImportSource>> readGraphMlSources(const QCommandLineParser &parser);
/// Writes the per-line report to --report when given; false (message printed) when that fails.
[[nodiscard]] bool writeImportReport(const QCommandLineParser &parser, const ImportReport &report, CliContext &context);

} // namespace netzatlas::cli
