// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the CSV reader (encoding and separator detection, quoting) and the header mapping.
#include "FuzzSupport.h"

#include <netzatlas/io/ColumnMapping.h>
#include <netzatlas/io/CsvReader.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    netzatlas::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace netzatlas;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CsvReader::Limits limits;
    limits.maxCellChars = 4096;
    auto table = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"), limits);
    if (table.ok()) {
        (void)ColumnMapping::guess(ImportKind::Actors, table->header);
        (void)ColumnMapping::guess(ImportKind::Links, table->header);
        for (const TableRow &row : table->rows) {
            if (row.cells.size() != table->header.size())
                __builtin_trap(); // the reader promises rectangular tables
        }
    } else if (table.error().message.isEmpty()) {
        __builtin_trap(); // every rejection carries a message
    }
    return 0;
}
