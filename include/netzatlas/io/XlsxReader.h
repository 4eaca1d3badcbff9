// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>
#include <netzatlas/io/Table.h>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace netzatlas {

/// Reads one sheet of an Excel workbook (XLSX, Office Open XML) into a Table: shared and inline strings,
/// numbers, booleans, dates (1900 and 1904 date systems, built-in and custom date formats), empty cells and
/// rows. The first non-empty row is the header. The ZIP container is read with QuaZip, the XML with
/// QXmlStreamReader.
///
/// Hostile files are rejected with a German message naming the file, sheet and cell: truncated or corrupt
/// archives (CRC), entries that unpack to more than the limit (ZIP bombs), any DTD (XML bombs: entity
/// expansion is never allowed), oversized cells, values right of the header.
class XlsxReader
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 256LL * 1024 * 1024;
        qint64 maxEntryBytes = 64LL * 1024 * 1024; ///< uncompressed size of one XML part
        int maxCellChars = 100000;
        int maxColumns = 500;
        int maxRows = 1048576;
    };

    /// Names of the sheets in workbook order.
    [[nodiscard]] static Result<QStringList> sheetNames(const QString &path);
    [[nodiscard]] static Result<QStringList> sheetNames(const QByteArray &bytes, const QString &fileName);

    /// Reads the sheet named `sheet` or with the 1-based number `sheet` ("2"); empty = the first sheet.
    [[nodiscard]] static Result<Table> readFile(const QString &path, const QString &sheet, const Limits &limits);
    [[nodiscard]] static Result<Table> readFile(const QString &path, const QString &sheet = {})
    {
        return readFile(path, sheet, Limits{});
    }
    /// Parses the bytes of a workbook; `fileName` is used in messages only.
    [[nodiscard]] static Result<Table> parse(const QByteArray &bytes, const QString &fileName, const QString &sheet,
                                             const Limits &limits);
    [[nodiscard]] static Result<Table> parse(const QByteArray &bytes, const QString &fileName,
                                             const QString &sheet = {})
    {
        return parse(bytes, fileName, sheet, Limits{});
    }

    /// True when the bytes start like a ZIP archive (an XLSX file).
    [[nodiscard]] static bool looksLikeZip(const QByteArray &head);
    /// Converts an Excel serial date (1900 system with its leap-year bug, or the 1904 system).
    [[nodiscard]] static QDate serialToDate(double serial, bool system1904 = false);
};

/// Reads a table file by its content: an XLSX workbook (ZIP) or CSV text. `sheet` applies to XLSX only; giving
/// a sheet for a CSV file is an error.
[[nodiscard]] Result<Table> readTableFile(const QString &path, const QString &sheet = {});

} // namespace netzatlas
