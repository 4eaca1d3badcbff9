// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the GraphML reader.
#include "FuzzSupport.h"

#include <netzatlas/io/GraphFormats.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    netzatlas::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace netzatlas;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    GraphFormats::GraphMlLimits limits;
    limits.maxValueChars = 4096;
    limits.maxElements = 100000;
    auto sources = GraphFormats::readGraphMl(bytes, QStringLiteral("fuzz.graphml"), limits);
    if (sources.ok()) {
        for (const ImportSource &s : *sources) {
            for (const TableRow &row : s.table.rows) {
                if (row.cells.size() != s.table.header.size())
                    __builtin_trap();
            }
        }
    } else if (sources.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
