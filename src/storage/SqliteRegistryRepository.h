// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>

#include <QSqlDatabase>
#include <QString>

namespace netzatlas::storage {

/// RegistryRepository on a SQLite file (or ":memory:") through Qt Sql.
/// Owns one named QSqlDatabase connection, used only from the thread that opened it.
class SqliteRegistryRepository final : public RegistryRepository
{
public:
    SqliteRegistryRepository(QString connectionName, QString location, bool readOnly, int schemaVersion);
    ~SqliteRegistryRepository() override;

    [[nodiscard]] QSqlDatabase db() const;

    QString location() const override { return m_location; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override { return m_schemaVersion; }
    void setSchemaVersion(int version) { m_schemaVersion = version; }
    Status transact(const std::function<Status()> &work) override;
    Status readConsistently(const std::function<Status()> &work) override;

    Result<QString> metaValue(const QString &key) override;
    Status setMetaValue(const QString &key, const QString &value) override;

    Status upsertTerritories(const QList<Territory> &territories) override;
    Result<std::optional<Territory>> territory(const QString &rs) override;
    Result<std::optional<Territory>> territoryByAgs(const QString &ags) override;
    Result<QList<Territory>> childTerritories(const QString &parentRs) override;
    Result<QList<Territory>> ancestorTerritories(const QString &rs) override;
    Result<QList<Territory>> findTerritories(const QString &name, int limit) override;
    Result<QList<Territory>> territoriesAtLevel(TerritoryLevel level, const QString &withinRs) override;
    Result<QList<Territory>> allTerritories() override;
    Result<QStringList> youthOfficeTerritories() override;
    Status setYouthOfficeTerritories(const QStringList &rsList) override;
    Result<QStringList> largeCityTerritories() override;
    Status setLargeCityTerritories(const QStringList &rsList) override;

    Result<QList<CatalogueEntry>> catalogue(CatalogueKind kind) override;
    Status upsertCatalogueEntry(CatalogueKind kind, const CatalogueEntry &entry) override;
    Status removeCatalogueEntry(CatalogueKind kind, const QString &code) override;

    Result<QList<Actor>> actors(const ActorQuery &query) override;
    Result<std::optional<Actor>> actor(ActorId id) override;
    Result<std::optional<Actor>> actorByKey(const QString &key) override;
    Result<std::optional<Actor>> actorBySchoolNumber(const QString &schoolNumber) override;
    Result<ActorId> insertActor(const Actor &actor) override;
    Status restoreActor(const Actor &actor) override;
    Status updateActor(const Actor &actor) override;
    Status removeActor(ActorId id) override;

    Result<QList<CooperationLink>> links() override;
    Result<QList<CooperationLink>> linksOfActor(ActorId actor) override;
    Result<std::optional<CooperationLink>> link(LinkId id) override;
    Result<LinkId> insertLink(const CooperationLink &link) override;
    Status restoreLink(const CooperationLink &link) override;
    Status updateLink(const CooperationLink &link) override;
    Status removeLink(LinkId id) override;

    Result<QList<ContactPerson>> contacts(ActorId actor) override;
    Result<ContactId> insertContact(const ContactPerson &contact) override;
    Status restoreContact(const ContactPerson &contact) override;
    Status updateContact(const ContactPerson &contact) override;
    Status removeContact(ContactId id) override;

    Result<QList<Committee>> committees() override;
    Result<std::optional<Committee>> committee(CommitteeId id) override;
    Result<CommitteeId> insertCommittee(const Committee &committee) override;
    Status restoreCommittee(const Committee &committee) override;
    Status updateCommittee(const Committee &committee) override;
    Status removeCommittee(CommitteeId id) override;

    Result<QList<Measure>> measures() override;
    Result<std::optional<Measure>> measure(MeasureId id) override;
    Result<MeasureId> insertMeasure(const Measure &measure) override;
    Status updateMeasure(const Measure &measure) override;
    Status removeMeasure(MeasureId id) override;
    Result<QList<Budget>> budgets() override;
    Result<BudgetId> insertBudget(const Budget &budget) override;
    Status restoreBudget(const Budget &budget) override;
    Status restoreMeasure(const Measure &measure) override;
    Status updateBudget(const Budget &budget) override;
    Status removeBudget(BudgetId id) override;

    Result<QList<SavedView>> views() override;
    Result<ViewId> insertView(const SavedView &view) override;
    Status updateView(const SavedView &view) override;
    Status removeView(ViewId id) override;
    Result<QList<LayoutPosition>> positions(ViewId view) override;
    Status setPositions(ViewId view, const QList<LayoutPosition> &positions) override;

    Result<RegistryCounts> counts() override;

    /// Seeds catalogues and vocabularies of a freshly created schema (inside the creating transaction).
    Status seedCatalogues();

private:
    Status checkWritable() const;
    Result<QList<Actor>> selectActors(const QString &where, const QVariantList &values);
    Result<QList<Territory>> selectTerritories(const QString &where, const QVariantList &values,
                                               const QString &orderBy = QStringLiteral("rs"));
    Status writeActorLists(ActorId id, const Actor &actor);
    Result<ActorId> insertActorRow(const Actor &actor, bool keepId);
    Result<LinkId> insertLinkRow(const CooperationLink &link, bool keepId);
    Result<ContactId> insertContactRow(const ContactPerson &contact, bool keepId);
    Result<CommitteeId> insertCommitteeRow(const Committee &committee, bool keepId);
    Result<BudgetId> insertBudgetRow(const Budget &budget, bool keepId);
    Result<MeasureId> insertMeasureRow(const Measure &measure, bool keepId);
    Status writeMeasureDetails(MeasureId id, const Measure &measure);
    Status writeMemberships(CommitteeId id, const QList<CommitteeMembership> &members);
    Result<QList<Measure>> selectMeasures(const QString &where, const QVariantList &values);
    Result<QList<Committee>> selectCommittees(const QString &where, const QVariantList &values);
    Result<QList<CooperationLink>> selectLinks(const QString &where, const QVariantList &values);
    Status checkVersion(const QString &table, qint64 id, int expectedVersion, int rowsAffected);
    Result<QStringList> territoriesWithStatus(const QString &column);
    Status setTerritoryStatus(const QString &column, const QStringList &rsList);

    QString m_connectionName;
    QString m_location;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_reading = false; ///< inside readConsistently()
    int m_savepointCounter = 0;
};

} // namespace netzatlas::storage
