// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Committee.h>
#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/core/Measure.h>
#include <netzatlas/core/Result.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace netzatlas {
class RegistryRepository;
}

namespace netzatlas::analysis {

/// Everything the analyses read from a registry, loaded in one go. The registry stays the system of
/// record; this is a read-only copy.
///
/// Thread affinity: load() runs on the thread that owns the repository; the loaded value is plain data
/// and may then be moved to and read from any thread (e.g. an analysis job's worker).
struct AnalysisInput
{
    QString registryTitle;
    QList<Actor> actors;
    QList<CooperationLink> links; ///< all links, unfiltered (snapshots filter them)
    QList<Committee> committees;
    QList<Measure> measures;
    QList<Budget> budgets;
    QStringList youthOfficeTerritories;      ///< territories with a Jugendamt of their own (domain §3.3)
    QStringList largeCities;                 ///< große kreisangehörige Städte
    QHash<QString, QString> territoryNames;  ///< Regionalschlüssel → qualified name ("Verbandsgemeinde Rüdesheim")
    QHash<QString, QString> actorTypeLabels; ///< actor type code → German label
    QHash<QString, QString> linkTypeLabels;  ///< link type code → German label
    QHash<QString, QString> actionFieldLabels; ///< Handlungsfeld code → German label
    QStringList actionFieldOrder;              ///< Handlungsfeld codes in catalogue order

    /// Reads actors, links, committees, measures, budgets, territory names and catalogue labels.
    [[nodiscard]] static Result<AnalysisInput> load(RegistryRepository &registry);

    /// Fills the catalogue labels from the seed catalogues (for inputs built in memory).
    void useSeedCatalogues();

    /// Name of a territory, or the Regionalschlüssel itself when unknown.
    [[nodiscard]] QString territoryName(const QString &rs) const;
};

} // namespace netzatlas::analysis
