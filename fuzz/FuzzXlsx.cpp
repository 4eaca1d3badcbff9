// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the XLSX reader (ZIP container via minizip, workbook, relationships, shared strings, styles,
// sheet XML).
#include "FuzzSupport.h"

#include <netzatlas/io/XlsxReader.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    netzatlas::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace netzatlas;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    XlsxReader::Limits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024; // keeps a run inside libFuzzer's memory limit
    limits.maxCellChars = 4096;
    auto names = XlsxReader::sheetNames(bytes, QStringLiteral("fuzz.xlsx"));
    auto table = XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"), QString(), limits);
    if (table.ok()) {
        for (const TableRow &row : table->rows) {
            if (row.cells.size() != table->header.size())
                __builtin_trap();
        }
        if (names.ok() && names->size() > 1)
            (void)XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"), QStringLiteral("2"), limits);
    } else if (table.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
