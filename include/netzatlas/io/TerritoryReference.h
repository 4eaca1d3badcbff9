// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/Territory.h>

#include <QList>
#include <QString>

namespace netzatlas {

/// Curated status of a territory that the Gemeindeverzeichnis does not carry.
struct TerritoryStatusRow
{
    QString rs;
    bool largeCity = false;      ///< große kreisangehörige Stadt
    bool ownYouthOffice = false; ///< runs a Jugendamt of its own
};

/// The territorial reference data shipped with the application (Destatis GV100AD, flattened to CSV) and
/// the curated status table. Files in the same layout can replace them (a newer Gebietsstand).
namespace TerritoryReference {

/// Resource path of the bundled Gemeindeverzeichnis.
[[nodiscard]] QString bundledPath();
/// Resource path of the bundled status table (große kreisangehörige Städte, eigene Jugendämter).
[[nodiscard]] QString bundledStatusPath();
/// The attribution the licence (dl-de/by-2-0) requires.
[[nodiscard]] QString attribution();

/// Reads territories from a file in the layout of gebiete-de.csv. `land` is a 2-digit Land code
/// ("07"), a comma-separated list of them, or "all". The result is ordered parents first.
[[nodiscard]] Result<QList<Territory>> read(const QString &path, const QString &land);
[[nodiscard]] Result<QList<TerritoryStatusRow>> readStatus(const QString &path);

/// Loads the territories of `land` (and the curated status of those territories) into the registry.
[[nodiscard]] Status load(RegistryRepository &registry, const QString &path, const QString &land);

/// Makes sure `rs` and its ancestors are in the registry, taking them from the bundled reference data
/// when missing (an actor seated in another Land). Returns false in the Result when the key is unknown.
[[nodiscard]] Result<bool> ensureLoaded(RegistryRepository &registry, const QString &rs);

/// The 12-digit Regionalschlüssel for an 8-digit AGS from the bundled data; empty when unknown.
[[nodiscard]] QString rsForAgs(const QString &ags);

} // namespace TerritoryReference

} // namespace netzatlas
