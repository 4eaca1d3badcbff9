// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/Table.h>

#include <QStringList>

namespace netzatlas {

/// Imports SCP measures from a table as coordinators keep them in spreadsheets today (columns in
/// docs/cli.md, "Maßnahmen importieren"). All or nothing: every row is parsed and validated
/// (validateMeasure) before the registry is touched; any rejected row rejects the whole file, with a German
/// message naming file, line and column. Rows with the same Schlüssel form one measure with one year cost per
/// row (a measure over several school years). An existing Schlüssel is updated, skipped or rejected by
/// `options.onConflict`. A dry run checks and counts without writing.
class MeasureImporter
{
public:
    /// The recognised column names (German; case, umlauts, spaces and punctuation are ignored when matching).
    [[nodiscard]] static QStringList columns();
    /// Reads, checks and (unless a dry run) stores the measures in one transaction.
    [[nodiscard]] static ImportReport run(RegistryRepository &registry, const Table &table,
                                          const ImportOptions &options);
};

} // namespace netzatlas
