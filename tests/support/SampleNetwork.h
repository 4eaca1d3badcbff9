// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>

#include <QString>

namespace netzatlas::test {

/// A small, hand-checkable network for model and window tests: fifteen fictional actors in the Landkreis
/// Bad Kreuznach, one school in Mainz and one actor without a seat, and three links. Inserted through the
/// repository; the registry must hold the territories of Rhineland-Palatinate (createRegistryWithTerritories).
struct SampleNetwork
{
    static constexpr int actors = 15;
    static constexpr int links = 3;
    static constexpr int scpSchools = 3;
    static constexpr int inKreisBadKreuznach = 13; ///< 07133
    static constexpr int inVgRuedesheim = 3;       ///< 071335006
    static constexpr int inVgKirnerLand = 2;       ///< 071335009
    static constexpr int inStadtBadKreuznach = 4;  ///< 071330006 (verbandsfreie Gemeinde)
    static constexpr int inVgLangenlonsheim = 4;   ///< 071335011
    static constexpr int inGemeindeRuedesheim = 1; ///< 071335006117
    static constexpr int inMainz = 1;              ///< 07315

    static QString kreisRs() { return QStringLiteral("07133"); }
    static QString vgRuedesheimRs() { return QStringLiteral("071335006"); }
    static QString gemeindeRuedesheimRs() { return QStringLiteral("071335006117"); }
    static QString stadtBadKreuznachRs() { return QStringLiteral("071330006"); }
    static QString mainzRs() { return QStringLiteral("07315"); }

    /// Inserts the actors and links (fails the running test on error).
    static void insert(RegistryRepository &registry);
};

} // namespace netzatlas::test
