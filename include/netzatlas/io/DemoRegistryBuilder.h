// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QString>

namespace netzatlas {

/// Builds the demo network ("Demo-Daten, fiktiv") on the real Landkreis Bad Kreuznach (07133) with its real
/// Verbandsgemeinden and Gemeinden: fictional actors of every catalogue type, dated links with cross-boundary
/// ones and deliberate gaps, committees, contact persons, measures of all three pillars and budgets for two
/// school years. Deterministic: the same seed gives the same registry.
///
/// The territories of Rhineland-Palatinate must be loaded. Runs in one transaction.
/// Meta keys written: title, demo = "1", demo_kreis, and demo_gap_* naming the keys of the actors that carry
/// the deliberate gaps (for tests and the tour).
class DemoRegistryBuilder
{
public:
    explicit DemoRegistryBuilder(RegistryRepository &registry, quint32 seed = 20240801);

    [[nodiscard]] Status build();

    /// Regionalschlüssel of the demo Landkreis.
    static QString kreisRs() { return QStringLiteral("07133"); }

private:
    RegistryRepository &m_registry;
    quint32 m_seed;
};

} // namespace netzatlas
