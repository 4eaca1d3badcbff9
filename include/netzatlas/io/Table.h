// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace netzatlas {

/// One data row of a table read from a file, with the line it started on (for messages).
struct TableRow
{
    int line = 0; ///< 1-based line (CSV) or row number (XLSX) in the file
    QStringList cells;
};

/// A table read from a CSV or XLSX file: header row plus data rows. Readers produce it; importers
/// consume it, so that every file format goes through the same mapping, dry run and update path.
struct Table
{
    QString file;        ///< path of the file, for messages
    QString sheet;       ///< sheet name for XLSX, empty for CSV
    QString encoding;    ///< detected encoding ("UTF-8", "UTF-8 mit BOM", "Windows-1252", "UTF-16")
    QChar separator;     ///< detected separator for CSV
    QStringList header;
    QList<TableRow> rows;
};

} // namespace netzatlas
