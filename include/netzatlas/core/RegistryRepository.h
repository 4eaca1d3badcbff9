// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Committee.h>
#include <netzatlas/core/ContactPerson.h>
#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/core/Measure.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/SavedView.h>
#include <netzatlas/core/Territory.h>

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace netzatlas {

/// Row counts of a registry, for `stats` and the status bar.
struct RegistryCounts
{
    qint64 territories = 0;
    qint64 actors = 0;
    qint64 scpSchools = 0;
    qint64 schools = 0;
    qint64 links = 0;
    qint64 committees = 0;
    qint64 memberships = 0;
    qint64 contacts = 0;
    qint64 measures = 0;
    qint64 budgets = 0;
    qint64 views = 0;
    QMap<QString, qint64> actorsByType; ///< type code → count
    QMap<QString, qint64> linksByType;  ///< type code → count
    QMap<QString, qint64> measuresByPillar;
};

/// The system of record for one registry: territories, actors, links, committees, contacts, measures,
/// budgets, catalogues, saved views and layouts.
///
/// Every mutating call runs in a write transaction of its own unless it is made inside transact(), in which
/// case it joins that transaction. A failed call changes nothing. Errors carry a German message.
///
/// Thread affinity: an instance is used from the thread that opened it. Open a second instance for work in
/// another thread.
class RegistryRepository
{
public:
    virtual ~RegistryRepository();

    RegistryRepository(const RegistryRepository &) = delete;
    RegistryRepository &operator=(const RegistryRepository &) = delete;

    /// Path or URL the registry was opened from.
    [[nodiscard]] virtual QString location() const = 0;
    [[nodiscard]] virtual bool isReadOnly() const = 0;
    /// Schema version of the store.
    [[nodiscard]] virtual int schemaVersion() const = 0;

    /// Runs `work` in one write transaction (BEGIN IMMEDIATE on SQLite). Commits when it returns ok,
    /// rolls back otherwise and returns its error. Nested calls join the outer transaction.
    virtual Status transact(const std::function<Status()> &work) = 0;
    /// Runs `work` in one read transaction: every read inside sees the same state of the registry, and a
    /// writer on another connection commits either before or after all of them (SQLite in WAL mode keeps
    /// the snapshot of the first read). Inside transact() or another read transaction it just runs `work`.
    virtual Status readConsistently(const std::function<Status()> &work) = 0;

    // ---- key/value metadata (registry title, demo flag …)
    virtual Result<QString> metaValue(const QString &key) = 0;
    virtual Status setMetaValue(const QString &key, const QString &value) = 0;

    // ---- territories (reference data)
    /// Adds or replaces territories (upsert by Regionalschlüssel). Parents must come before children.
    virtual Status upsertTerritories(const QList<Territory> &territories) = 0;
    virtual Result<std::optional<Territory>> territory(const QString &rs) = 0;
    virtual Result<std::optional<Territory>> territoryByAgs(const QString &ags) = 0;
    virtual Result<QList<Territory>> childTerritories(const QString &parentRs) = 0;
    /// Ancestors from the Land down to the direct parent.
    virtual Result<QList<Territory>> ancestorTerritories(const QString &rs) = 0;
    /// Case- and umlaut-insensitive name search (substring), ordered by level and name.
    virtual Result<QList<Territory>> findTerritories(const QString &name, int limit = 50) = 0;
    virtual Result<QList<Territory>> territoriesAtLevel(TerritoryLevel level, const QString &withinRs = {}) = 0;
    virtual Result<QList<Territory>> allTerritories() = 0;
    /// Territories that run a Jugendamt of their own (data, domain §3.3), by Regionalschlüssel.
    virtual Result<QStringList> youthOfficeTerritories() = 0;
    virtual Status setYouthOfficeTerritories(const QStringList &rsList) = 0;
    /// Große kreisangehörige Städte (curated, domain §2.1).
    virtual Result<QStringList> largeCityTerritories() = 0;
    virtual Status setLargeCityTerritories(const QStringList &rsList) = 0;

    // ---- catalogues
    virtual Result<QList<CatalogueEntry>> catalogue(CatalogueKind kind) = 0;
    /// Adds a new entry or changes label/colour/shape/retired of an existing one.
    virtual Status upsertCatalogueEntry(CatalogueKind kind, const CatalogueEntry &entry) = 0;
    /// Removes an entry that no record uses (undo of adding it); entries in use can only be retired.
    virtual Status removeCatalogueEntry(CatalogueKind kind, const QString &code) = 0;

    // ---- actors
    virtual Result<QList<Actor>> actors(const ActorQuery &query = {}) = 0;
    virtual Result<std::optional<Actor>> actor(ActorId id) = 0;
    virtual Result<std::optional<Actor>> actorByKey(const QString &key) = 0;
    virtual Result<std::optional<Actor>> actorBySchoolNumber(const QString &schoolNumber) = 0;
    /// Inserts and returns the new id; generates a key when `actor.key` is empty.
    virtual Result<ActorId> insertActor(const Actor &actor) = 0;
    /// Updates all fields; fails when the stored row version differs from `actor.rowVersion` (lost update).
    virtual Status updateActor(const Actor &actor) = 0;
    /// Inserts an actor with the id, key and row version it carries (undo of a removal). Fails when the id or
    /// key is taken.
    virtual Status restoreActor(const Actor &actor) = 0;
    /// Removes the actor with its links, contacts, memberships and positions.
    virtual Status removeActor(ActorId id) = 0;

    // ---- cooperation links
    virtual Result<QList<CooperationLink>> links() = 0;
    virtual Result<QList<CooperationLink>> linksOfActor(ActorId actor) = 0;
    virtual Result<std::optional<CooperationLink>> link(LinkId id) = 0;
    virtual Result<LinkId> insertLink(const CooperationLink &link) = 0;
    /// Inserts a link with the id it carries (undo of a removal).
    virtual Status restoreLink(const CooperationLink &link) = 0;
    virtual Status updateLink(const CooperationLink &link) = 0;
    virtual Status removeLink(LinkId id) = 0;

    // ---- contact persons
    virtual Result<QList<ContactPerson>> contacts(ActorId actor) = 0;
    virtual Result<ContactId> insertContact(const ContactPerson &contact) = 0;
    /// Inserts a contact person with the id it carries (undo of a removal).
    virtual Status restoreContact(const ContactPerson &contact) = 0;
    virtual Status updateContact(const ContactPerson &contact) = 0;
    virtual Status removeContact(ContactId id) = 0;

    // ---- committees
    virtual Result<QList<Committee>> committees() = 0;
    virtual Result<std::optional<Committee>> committee(CommitteeId id) = 0;
    /// Inserts the committee with its memberships (new membership ids).
    virtual Result<CommitteeId> insertCommittee(const Committee &committee) = 0;
    /// Inserts a committee and its memberships with the ids they carry (undo of a removal).
    virtual Status restoreCommittee(const Committee &committee) = 0;
    /// Updates the committee and replaces its memberships; memberships with an id keep it.
    virtual Status updateCommittee(const Committee &committee) = 0;
    virtual Status removeCommittee(CommitteeId id) = 0;

    // ---- measures and budgets
    virtual Result<QList<Measure>> measures() = 0;
    virtual Result<std::optional<Measure>> measure(MeasureId id) = 0;
    virtual Result<MeasureId> insertMeasure(const Measure &measure) = 0;
    virtual Status updateMeasure(const Measure &measure) = 0;
    virtual Status removeMeasure(MeasureId id) = 0;
    /// Inserts a measure with the id and key it carries (undo of a removal, redo of an addition).
    virtual Status restoreMeasure(const Measure &measure) = 0;
    virtual Result<QList<Budget>> budgets() = 0;
    virtual Result<BudgetId> insertBudget(const Budget &budget) = 0;
    /// Inserts a budget with the id it carries (undo of a removal).
    virtual Status restoreBudget(const Budget &budget) = 0;
    virtual Status updateBudget(const Budget &budget) = 0;
    virtual Status removeBudget(BudgetId id) = 0;

    // ---- saved views and layouts
    virtual Result<QList<SavedView>> views() = 0;
    virtual Result<ViewId> insertView(const SavedView &view) = 0;
    virtual Status updateView(const SavedView &view) = 0;
    virtual Status removeView(ViewId id) = 0;
    virtual Result<QList<LayoutPosition>> positions(ViewId view) = 0;
    /// Replaces the positions of the given actors in the view.
    virtual Status setPositions(ViewId view, const QList<LayoutPosition> &positions) = 0;

    // ---- statistics
    virtual Result<RegistryCounts> counts() = 0;

protected:
    RegistryRepository() = default;
};

} // namespace netzatlas
