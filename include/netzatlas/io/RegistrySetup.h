// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QString>

namespace netzatlas {

/// What `netzatlas-cli init` and the GUI's first start put into a new registry.
struct InitOptions
{
    QString land = QStringLiteral("07"); ///< Land code(s) or "all"
    QString territoriesFile;             ///< empty = bundled Gemeindeverzeichnis
    bool demo = false;                   ///< add the demo network (Landkreis Bad Kreuznach, fictional)
    QString title;                       ///< registry title; defaults by content
};

namespace RegistrySetup {

/// Loads territories (and the demo network) into a freshly created registry, all in one transaction.
[[nodiscard]] Status initialize(RegistryRepository &registry, const InitOptions &options);

} // namespace RegistrySetup

} // namespace netzatlas
