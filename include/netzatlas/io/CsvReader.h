// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>
#include <netzatlas/io/Table.h>

#include <QByteArray>
#include <QString>

namespace netzatlas {

/// Reads CSV files as Excel and other tools write them: detects the encoding (BOM, UTF-8, else
/// Windows-1252; UTF-16 with BOM), the separator (`;` `,` tab `|`) and RFC 4180 quoting with line breaks
/// inside quotes. Rejects binary data, undecodable bytes, broken quoting, oversized cells and rows with
/// more cells than the header, naming the file, line and column.
class CsvReader
{
public:
    struct Limits
    {
        qint64 maxFileBytes = 256LL * 1024 * 1024;
        int maxCellChars = 100000;
        int maxColumns = 500;
    };

    /// Reads a file from disk.
    [[nodiscard]] static Result<Table> readFile(const QString &path, const Limits &limits);
    [[nodiscard]] static Result<Table> readFile(const QString &path) { return readFile(path, Limits{}); }
    /// Parses bytes; `fileName` is used in messages only.
    [[nodiscard]] static Result<Table> parse(const QByteArray &bytes, const QString &fileName, const Limits &limits);
    [[nodiscard]] static Result<Table> parse(const QByteArray &bytes, const QString &fileName)
    {
        return parse(bytes, fileName, Limits{});
    }

    /// Decodes bytes to text as described above; sets `encodingName`.
    [[nodiscard]] static Result<QString> decode(const QByteArray &bytes, const QString &fileName, QString *encodingName);
};

} // namespace netzatlas
