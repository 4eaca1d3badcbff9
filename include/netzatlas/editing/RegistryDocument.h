// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Committee.h>
#include <netzatlas/core/ContactPerson.h>
#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/Territory.h>
#include <netzatlas/core/Validation.h>
#include <netzatlas/editing/ImportChanges.h>
#include <netzatlas/editing/RecordSet.h>
#include <netzatlas/io/RegistrySetup.h>

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace netzatlas {

class RegistryCommand;
class RegistryLock;

/// One open registry as the GUI sees it: the repository, the undo stack of its edits, and cached read
/// models (actors, links, committees, territories, catalogues, counts) that the item models build on.
///
/// The document owns the repository. Widgets and models never write to storage themselves: every edit is a
/// RegistryCommand pushed with push(). Commands call the apply…() functions below, each of which writes in
/// one transaction, re-reads what it wrote (new row versions) and then announces precisely what changed through
/// the typed signals (actorAdded, linkChanged, …). The cached lists are kept in id order, so a record that an
/// undo puts back returns to its old row.
///
/// Thread affinity: the GUI thread (the repository is bound to the thread that opened it).
class RegistryDocument : public QObject
{
    Q_OBJECT

public:
    ~RegistryDocument() override;

    /// Opens an existing registry file. Opens it read-only when the file or its folder is not writable, or when
    /// `readOnly` is set (the file is open in another Netzatlas process).
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>> open(const QString &path, bool readOnly = false);
    /// Creates a new registry file at `path` (which must not exist or be empty) and fills it through
    /// RegistrySetup::initialize(). On failure the half-created file is removed again.
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>> create(const QString &path,
                                                                          const InitOptions &options);
    /// Wraps an already open repository (tests, future server registries).
    [[nodiscard]] static Result<std::unique_ptr<RegistryDocument>>
    fromRepository(std::unique_ptr<RegistryRepository> repository);

    [[nodiscard]] RegistryRepository &repository() { return *m_repository; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// Keeps the lock file of the registry for as long as the document is open.
    void setLock(std::unique_ptr<RegistryLock> lock);

    /// Location the registry was opened from (absolute file path).
    [[nodiscard]] QString path() const { return m_path; }
    /// File name without folder ("Kreis Bad Kreuznach.sqlite").
    [[nodiscard]] QString fileName() const;
    /// Registry title (meta "title"); the file's base name when the registry has none.
    [[nodiscard]] QString title() const { return m_title; }
    /// True for the fictional demo network (meta "demo" = "1").
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] bool isReadOnly() const;

    // ---- cached read models (in id order; valid until the next change signal)
    [[nodiscard]] const QList<Actor> &actors() const { return m_actors; }
    [[nodiscard]] const Actor *actor(ActorId id) const;
    /// Position of the actor in actors(), -1 when unknown.
    [[nodiscard]] int actorIndex(ActorId id) const;
    [[nodiscard]] const QList<CooperationLink> &links() const { return m_links; }
    [[nodiscard]] const CooperationLink *link(LinkId id) const;
    [[nodiscard]] int linkIndex(LinkId id) const;
    /// Links from or to the actor, in id order.
    [[nodiscard]] QList<CooperationLink> linksOf(ActorId actor) const;
    [[nodiscard]] const QList<Committee> &committees() const { return m_committees; }
    [[nodiscard]] const Committee *committee(CommitteeId id) const;
    [[nodiscard]] int committeeIndex(CommitteeId id) const;
    /// The committee record of an actor of type GREMIUM; nullptr for other actors.
    [[nodiscard]] const Committee *committeeOfActor(ActorId actor) const;
    /// Committees in which the actor is a member.
    [[nodiscard]] QList<Committee> committeesWithMember(ActorId actor) const;
    /// Contact persons of an actor, read from the store (they are few and personal: not cached).
    [[nodiscard]] Result<QList<ContactPerson>> contacts(ActorId actor);
    [[nodiscard]] const QList<Measure> &measures() const { return m_measures; }
    [[nodiscard]] const Measure *measure(MeasureId id) const;
    [[nodiscard]] int measureIndex(MeasureId id) const;
    /// Measures in which the actor takes part: as school, partner or provider (id order).
    [[nodiscard]] QList<Measure> measuresOf(ActorId actor) const;
    /// User-entered budgets (id order).
    [[nodiscard]] const QList<Budget> &budgets() const { return m_budgets; }
    [[nodiscard]] const Budget *budget(BudgetId id) const;
    [[nodiscard]] int budgetIndex(BudgetId id) const;
    [[nodiscard]] const QList<Territory> &territories() const { return m_territories; }
    /// The territory with this Regionalschlüssel, or nullptr.
    [[nodiscard]] const Territory *territory(const QString &rs) const;
    /// "Landkreis Bad Kreuznach › Verbandsgemeinde Rüdesheim › Hargesheim" (Kreis downwards; Land omitted).
    [[nodiscard]] QString territoryPath(const QString &rs) const;
    /// Territories with a Jugendamt of their own, große kreisangehörige Städte (registry data).
    [[nodiscard]] const QStringList &youthOfficeTerritories() const { return m_youthOffices; }
    [[nodiscard]] const QStringList &largeCityTerritories() const { return m_largeCities; }
    [[nodiscard]] const RegistryCounts &counts() const { return m_counts; }

    // ---- catalogue lookups (labels in the UI language: English labels when the default locale is English)
    [[nodiscard]] const QList<CatalogueEntry> &catalogue(CatalogueKind kind) const;
    [[nodiscard]] const CatalogueEntry *catalogueEntry(CatalogueKind kind, const QString &code) const;
    /// Label of a catalogue entry in the UI language; the code itself when the catalogue does not know it.
    [[nodiscard]] QString catalogueLabel(CatalogueKind kind, const QString &code) const;
    /// Colour of a catalogue entry; grey when unknown.
    [[nodiscard]] QColor catalogueColor(CatalogueKind kind, const QString &code) const;
    [[nodiscard]] QString actorTypeLabel(const QString &typeCode) const;
    [[nodiscard]] QColor actorTypeColor(const QString &typeCode) const;
    /// Label of a vocabulary code (Schulart …) in the UI language; the code itself when unknown.
    [[nodiscard]] QString vocabularyLabel(Vocabulary vocabulary, const QString &code) const;
    /// Display label of an entry or vocabulary entry in the UI language.
    [[nodiscard]] static QString displayLabel(const CatalogueEntry &entry);
    [[nodiscard]] static QString displayLabel(const VocabularyEntry &entry);
    /// True when the UI shows English (QLocale's default language).
    [[nodiscard]] static bool usesEnglishLabels();
    /// Name of an actor; "(gelöscht)" when unknown.
    [[nodiscard]] QString actorName(ActorId id) const;

    // ---- rules
    /// Schulträger (Regionalschlüssel) that § 76 SchulG suggests for a school; empty for other actors.
    [[nodiscard]] QString suggestSchoolAuthority(const Actor &actor) const;
    /// The Jugendamt responsible for the actor's seat (domain §3.3); empty when unknown.
    [[nodiscard]] QString suggestYouthOffice(const Actor &actor) const;
    /// Validation before writing: required fields and vocabularies (errors) and probable duplicates (warnings).
    [[nodiscard]] QList<ValidationIssue> validateActor(const Actor &actor) const;
    [[nodiscard]] QList<ValidationIssue> validateLink(const CooperationLink &link) const;
    /// What removing the actors would take with it (read from the store).
    [[nodiscard]] Result<RecordSet> removalSnapshot(const QList<ActorId> &actors);
    /// What removing the measures takes with it: the measures and the links that name them (read from the store).
    [[nodiscard]] Result<RecordSet> measureRemovalSnapshot(const QList<MeasureId> &measures);
    /// German (or English) description of the dependents for a confirmation: one line per kind of record with
    /// the names of up to `maxNames` records.
    [[nodiscard]] QStringList describeDependents(const RecordSet &snapshot, int maxNames = 5) const;

    // ---- editing
    /// Pushes a command onto the undo stack (which applies it) and returns how applying it went; a command that
    /// failed is not kept. Refused on a read-only document.
    Status push(RegistryCommand *command);

    // ---- writes, for RegistryCommand subclasses only: one transaction each, then the change signals
    /// Inserts new records (ids are assigned) and returns the stored record with its id and key.
    Result<Actor> applyInsertActor(const Actor &actor);
    Result<CooperationLink> applyInsertLink(const CooperationLink &link);
    Result<ContactPerson> applyInsertContact(const ContactPerson &contact);
    /// Inserts a committee together with the actor that represents it; returns both as stored.
    Result<RecordSet> applyInsertCommittee(const Actor &actor, const Committee &committee);
    Result<Measure> applyInsertMeasure(const Measure &measure);
    Result<Budget> applyInsertBudget(const Budget &budget);
    /// Writes the content of the actors, committees, links and contact persons in the set (row versions from
    /// the cache or the store: a record changed by another writer since it was read is a conflict).
    Status applyUpdate(const RecordSet &records);
    /// Removes the links, contact persons and actors of the set (the store removes the actors' dependents).
    Status applyRemove(const RecordSet &records);
    /// Puts the records of a removal snapshot back with their ids, and the references others had to them.
    Status applyRestore(const RecordSet &records);
    Status applyUpsertCatalogueEntry(CatalogueKind kind, const CatalogueEntry &entry);
    Status applyRemoveCatalogueEntry(CatalogueKind kind, const QString &code);
    /// Undo (`undo` true) or redo of an import.
    Status applyImportChanges(const ImportChanges &changes, bool undo);
    /// Saved views (ViewCommands): insert with positions, update (name, title, filters, style), remove.
    Result<ViewId> applyInsertView(const SavedView &view, const QList<LayoutPosition> &positions);
    Status applyUpdateView(const SavedView &view);
    Status applyRemoveView(ViewId id);
    /// Stores positions in a saved view; with an invalid `view` nothing is written (the map's unsaved view) but
    /// viewPositionsChanged() is still emitted so that the map follows undo and redo.
    Status applySetViewPositions(ViewId view, const QList<LayoutPosition> &positions);

    // ---- saved views (read from the store: they are few)
    [[nodiscard]] Result<QList<SavedView>> views();
    [[nodiscard]] Result<QList<LayoutPosition>> viewPositions(ViewId view);

    /// Re-reads everything from the repository and emits the reset signals.
    Status reload();
    /// Re-reads the actors, links, committees and the counts (after an import or another writer).
    Status reloadRecords();
    /// Same as reloadRecords() (the name older callers use).
    Status reloadActors() { return reloadRecords(); }

    /// Writes a consistent copy of the registry to `targetPath` (replacing that file).
    [[nodiscard]] Status saveCopy(const QString &targetPath);

Q_SIGNALS:
    /// The list of actors was replaced; models must re-read actors().
    void actorsReset();
    void actorAdded(netzatlas::ActorId id);
    void actorChanged(netzatlas::ActorId id);
    /// After the actor left actors().
    void actorRemoved(netzatlas::ActorId id);
    void linksReset();
    void linkAdded(netzatlas::LinkId id);
    void linkChanged(netzatlas::LinkId id);
    void linkRemoved(netzatlas::LinkId id);
    void committeesReset();
    void committeeAdded(netzatlas::CommitteeId id);
    void committeeChanged(netzatlas::CommitteeId id);
    void committeeRemoved(netzatlas::CommitteeId id);
    /// The list of measures was replaced; models must re-read measures().
    void measuresReset();
    void measureAdded(netzatlas::MeasureId id);
    void measureChanged(netzatlas::MeasureId id);
    void measureRemoved(netzatlas::MeasureId id);
    void budgetsReset();
    void budgetAdded(netzatlas::BudgetId id);
    void budgetChanged(netzatlas::BudgetId id);
    void budgetRemoved(netzatlas::BudgetId id);
    /// The contact persons of this actor changed.
    void contactsChanged(netzatlas::ActorId actor);
    /// The territories were replaced.
    void territoriesReset();
    /// Catalogue labels, colours or entries changed.
    void cataloguesReset();
    /// counts() changed.
    void countsChanged();
    /// title() or isDemo() changed.
    void metadataChanged();
    /// A saved view was added, changed or removed.
    void viewsChanged();
    /// Positions of a view changed (invalid `view`: the map's unsaved view).
    void viewPositionsChanged(netzatlas::ViewId view, const QList<netzatlas::LayoutPosition> &positions);
    /// An undo or redo failed (another writer changed the record, the disk is full …). The history was cleared
    /// and the document re-read from the store. `message` is a complete sentence for the user.
    void editFailed(const QString &message);

private:
    friend class RegistryCommand;
    RegistryDocument(std::unique_ptr<RegistryRepository> repository, QObject *parent = nullptr);

    Status loadMetadata();
    Status loadTerritories();
    Status loadCatalogues();
    Status loadActors();
    Status loadLinks();
    Status loadCommittees();
    Status loadMeasures();
    Status loadBudgets();
    Status refreshMeasures(const QList<MeasureId> &ids);
    Status refreshBudgets(const QList<BudgetId> &ids);
    void dropMeasure(MeasureId id);
    void dropBudget(BudgetId id);
    Status loadCounts();
    void reindexActors();
    void reindexLinks();
    void reindexCommittees();
    /// After a write: the counts, quietly when they cannot be read.
    void refreshCounts();
    /// Re-reads the records with these ids and announces them as added or changed.
    Status refreshActors(const QList<ActorId> &ids);
    Status refreshLinks(const QList<LinkId> &ids);
    Status refreshCommittees(const QList<CommitteeId> &ids);
    void dropActor(ActorId id);
    void dropLink(LinkId id);
    void dropCommittee(CommitteeId id);
    /// Called by RegistryCommand when an undo or redo after the first failed.
    void commandFailed(const QString &commandText, const Error &error, bool firstRun);

    std::unique_ptr<RegistryRepository> m_repository;
    std::unique_ptr<RegistryLock> m_lock;
    QUndoStack *m_undoStack = nullptr;
    QString m_path;
    QString m_title;
    bool m_demo = false;
    Status m_pushStatus;

    QList<Actor> m_actors;
    QHash<qint64, int> m_actorIndex;
    QList<CooperationLink> m_links;
    QHash<qint64, int> m_linkIndex;
    QList<Committee> m_committees;
    QHash<qint64, int> m_committeeIndex;
    QList<Measure> m_measures;
    QHash<qint64, int> m_measureIndex;
    QList<Budget> m_budgets;
    QHash<qint64, int> m_budgetIndex;
    QList<Territory> m_territories;
    QHash<QString, qsizetype> m_territoryIndex;
    QStringList m_youthOffices;
    QStringList m_largeCities;
    QHash<int, QList<CatalogueEntry>> m_catalogues;
    mutable QHash<QString, QString> m_vocabularyLabels;
    RegistryCounts m_counts;
};

} // namespace netzatlas
