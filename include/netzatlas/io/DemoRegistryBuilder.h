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
/// Meta keys written: title, demo = "1", demo_kreis, demo_note, demo_seed, demo_as_of (the demo's "today" that
/// statuses and dates are consistent with), demo_gap_* naming the keys of the actors that carry the deliberate
/// gaps, and demo_rule_* naming the deliberate rule breaches (for tests, rule checks and the tour):
///  - demo_gap_scp_without_youth_welfare: SCP school without any link to a Jugendhilfe actor;
///  - demo_gap_gs_without_kita: SCP-Grundschule without any link to a Kita;
///  - demo_gap_missing_coordination: Verbandsgemeinde administration (Schulträger of SCP schools) without an
///    ABSTIMMUNG link to the Kreisjugendamt;
///  - demo_rule_traeger_single_school: key of a Trägerbudget measure for one school without partners;
///  - demo_rule_budget_exceeded (+ _pillar, _year): administration whose spending exceeds that budget.
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
