// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisInput.h>

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/RegistryRepository.h>

namespace netzatlas::analysis {

namespace {

void fillLabels(QHash<QString, QString> &target, const QList<CatalogueEntry> &entries, QStringList *order = nullptr)
{
    target.clear();
    if (order)
        order->clear();
    for (const CatalogueEntry &entry : entries) {
        target.insert(entry.code, entry.label);
        if (order)
            order->append(entry.code);
    }
}

} // namespace

Result<AnalysisInput> AnalysisInput::load(RegistryRepository &registry)
{
    AnalysisInput input;
    // One read transaction: an edit saved on another connection meanwhile (the GUI while a worker loads)
    // lands either wholly before or wholly after this snapshot, never between the actors and the links.
    NETZATLAS_TRY(registry.readConsistently([&]() -> Status {
        NETZATLAS_TRY_ASSIGN(title, registry.metaValue(QStringLiteral("title")));
        input.registryTitle = title;
        NETZATLAS_TRY_ASSIGN(actors, registry.actors());
        input.actors = std::move(actors);
        NETZATLAS_TRY_ASSIGN(links, registry.links());
        input.links = std::move(links);
        NETZATLAS_TRY_ASSIGN(committees, registry.committees());
        input.committees = std::move(committees);
        NETZATLAS_TRY_ASSIGN(measures, registry.measures());
        input.measures = std::move(measures);
        NETZATLAS_TRY_ASSIGN(budgets, registry.budgets());
        input.budgets = std::move(budgets);
        NETZATLAS_TRY_ASSIGN(youthOffices, registry.youthOfficeTerritories());
        input.youthOfficeTerritories = std::move(youthOffices);
        NETZATLAS_TRY_ASSIGN(largeCities, registry.largeCityTerritories());
        input.largeCities = std::move(largeCities);
        // Territories are few (a Land has a few thousand); names are needed for matrices per VG and Kreis.
        NETZATLAS_TRY_ASSIGN(territories, registry.allTerritories());
        input.territoryNames.reserve(territories.size());
        for (const Territory &t : territories)
            input.territoryNames.insert(t.rs, t.qualifiedName());
        NETZATLAS_TRY_ASSIGN(actorTypes, registry.catalogue(CatalogueKind::ActorType));
        fillLabels(input.actorTypeLabels, actorTypes);
        NETZATLAS_TRY_ASSIGN(linkTypes, registry.catalogue(CatalogueKind::LinkType));
        fillLabels(input.linkTypeLabels, linkTypes);
        NETZATLAS_TRY_ASSIGN(fields, registry.catalogue(CatalogueKind::ActionField));
        fillLabels(input.actionFieldLabels, fields, &input.actionFieldOrder);
        return {};
    }));
    return input;
}

void AnalysisInput::useSeedCatalogues()
{
    fillLabels(actorTypeLabels, DomainCatalogue::actorTypes());
    fillLabels(linkTypeLabels, DomainCatalogue::linkTypes());
    fillLabels(actionFieldLabels, DomainCatalogue::actionFields(), &actionFieldOrder);
}

QString AnalysisInput::territoryName(const QString &rs) const
{
    return territoryNames.value(rs, rs);
}

} // namespace netzatlas::analysis
