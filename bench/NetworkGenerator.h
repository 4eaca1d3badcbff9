// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QString>

#include <cstdint>

namespace netzatlas::bench {

/// Size of a generated network.
struct Scale
{
    QString name;
    int actors = 0;
    int links = 0;
    int laender = 1;
    int kreiseProLand = 1;
    int verbaendeProKreis = 1;
    int gemeindenProVerband = 1;
};

/// vg (~60 actors), kreis (1,500 / 6,000), land (25,000 / 120,000), bund (300,000 / 1,500,000).
[[nodiscard]] Result<Scale> scaleByName(const QString &name);

/// A deterministic network shaped like the demo registry: actors of every kind on synthetic Regionalschlüssel
/// (Land → Kreis → Verbandsgemeinde → Gemeinde), heavy-tailed activity (Pareto weights, so a few Jugendämter,
/// Träger and large schools have hundreds of partners), links mostly within the Gemeinde or Verbandsgemeinde
/// and some crossing Kreis and Land lines, dated, typed and with intensities. Same scale and seed, same network.
[[nodiscard]] analysis::AnalysisInput generateNetwork(const Scale &scale, std::uint64_t seed);

/// Writes actors and links of a generated network into an (empty) registry in one transaction; the ids of
/// the input are replaced by the stored ones.
[[nodiscard]] Status writeToRegistry(analysis::AnalysisInput &network, RegistryRepository &registry);

} // namespace netzatlas::bench
