// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/io/ColumnMapping.h>
#include <netzatlas/io/Table.h>

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace netzatlas {

/// What to do with a row whose actor or link is already in the registry.
enum class OnConflict {
    Update, ///< overwrite the mapped fields (default)
    Skip,   ///< leave the stored record alone
    Fail,   ///< reject the row
};

struct ImportOptions
{
    bool dryRun = false;
    OnConflict onConflict = OnConflict::Update;
    int maxReportedErrors = 1000;
};

/// One table to import with its mapping (guessed from the header when not given).
struct ImportSource
{
    ImportKind kind = ImportKind::Actors;
    Table table;
    std::optional<ColumnMapping> mapping;
};

/// Outcome of an import or dry run. When `errors` is not empty nothing was stored.
struct ImportReport
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int rows = 0;
    QList<Error> errors;   ///< rejected rows (file, line, field, reason)
    QList<Error> warnings; ///< accepted with a remark (e.g. a Gemeinde that could not be resolved)
    bool dryRun = false;
    bool cancelled = false;

    [[nodiscard]] bool accepted() const { return errors.isEmpty() && !cancelled; }
    /// "12 neu, 3 geändert, 40 unverändert, 0 übersprungen, 2 abgelehnt" (German, translated).
    [[nodiscard]] QString summary() const;
    /// Every error and warning on its own line, for the CLI and a saved report.
    [[nodiscard]] QString details() const;
    /// The per-line report as CSV for Excel (Art;Datei;Zeile;Feld;Meldung, last row the summary), for the user to
    /// save (CLI `--report`, „Bericht speichern…“ in the import dialog).
    [[nodiscard]] QByteArray reportCsv() const;
    /// Saves reportCsv() atomically.
    [[nodiscard]] Status saveReport(const QString &path) const;
};

/// Imports actors and links from tables (CSV, XLSX) into a registry, all-or-nothing in one transaction:
/// actors first, so that links of the same run can refer to them. Rows are matched to stored records (actors by
/// key, else Schulnummer; links by source, target, type, Handlungsfeld and start date) and updated instead of
/// duplicated, so importing a file twice changes nothing the second time. A dry run reports exactly what the
/// import would do and rolls back.
class ExchangeImporter
{
public:
    /// Called after each row; return false to cancel (everything is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    explicit ExchangeImporter(RegistryRepository &registry);

    /// Result error only for failures of the registry itself; data problems are in the report.
    [[nodiscard]] Result<ImportReport> run(const QList<ImportSource> &sources, const ImportOptions &options,
                                           const Progress &progress = {});

    /// Parses a date as users type it: 2026-07-31, 31.07.2026, 31.7.26, or an Excel serial day number.
    [[nodiscard]] static std::optional<QDate> parseDate(const QString &text);
    /// A number as Germans and Excel write it: 1.234,50 or 1234,5 or 1234.5 (one dot and no comma: decimal point
    /// unless it groups exactly three digits, e.g. 1.234 = 1234).
    [[nodiscard]] static std::optional<double> parseNumber(const QString &text);
    /// ja/nein, x, 1/0, wahr/falsch, true/false; empty = false.
    [[nodiscard]] static std::optional<bool> parseBool(const QString &text);
    /// Normalises a Regionalschlüssel or AGS typed or pasted from Excel (lost leading zero, spaces).
    [[nodiscard]] static QString normalizeKey(const QString &text);

private:
    RegistryRepository &m_registry;
};

} // namespace netzatlas
