// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

namespace netzatlas::fuzz {

/// One QCoreApplication for the whole run (Qt SQL plugins and translations need it); Qt's own messages off so
/// that the fuzzer's output stays readable.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "netzatlas-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (!app) {
        app = new QCoreApplication(argc, argv);
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    }
}

} // namespace netzatlas::fuzz
