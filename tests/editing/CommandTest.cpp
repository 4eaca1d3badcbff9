// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Every command's redo and undo restore the exact previous state, in the store and in the models.
#include "DocumentFixture.h"

#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeCatalogueCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/CommitteeTableModel.h>
#include <netzatlas/editing/ImportCommand.h>
#include <netzatlas/editing/LinkTableModel.h>
#include <netzatlas/editing/RemoveRecordsCommand.h>
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/ExchangeImporter.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <algorithm>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

template<typename Record>
QList<Record> withoutVersions(QList<Record> records)
{
    for (Record &r : records)
        r.rowVersion = 0;
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

/// Everything a user can see of a registry, as stored (row versions left out: every write counts them up).
struct StoreState
{
    QList<Actor> actors;
    QList<CooperationLink> links;
    QList<Committee> committees;
    QList<ContactPerson> contacts;
    QList<Measure> measures;
    QList<Budget> budgets;
    QList<CatalogueEntry> linkTypes;
    QList<LayoutPosition> positions;

    bool operator==(const StoreState &) const = default;
};

StoreState storeState(RegistryRepository &registry)
{
    StoreState state;
    state.actors = withoutVersions(*registry.actors());
    state.links = withoutVersions(*registry.links());
    state.committees = withoutVersions(*registry.committees());
    for (const Actor &a : state.actors)
        state.contacts.append(*registry.contacts(a.id));
    state.contacts = withoutVersions(state.contacts);
    state.measures = withoutVersions(*registry.measures());
    state.budgets = withoutVersions(*registry.budgets());
    state.linkTypes = *registry.catalogue(CatalogueKind::LinkType);
    const auto views = registry.views();
    REQUIRE(views.ok());
    for (const SavedView &view : views.value())
        state.positions.append(*registry.positions(view.id));
    return state;
}

/// Every cell of a model with the roles that matter, row by row.
QStringList modelState(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            cells << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
        rows << cells.join(u'|');
    }
    return rows;
}

struct CommandFixture : test::DocumentFixture
{
    ActorTableModel actors{document.get()};
    LinkTableModel links{document.get()};
    CommitteeTableModel committees{document.get()};
    QAbstractItemModelTester actorTester{&actors, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester linkTester{&links, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester committeeTester{&committees, QAbstractItemModelTester::FailureReportingMode::Fatal};

    struct State
    {
        StoreState store;
        QStringList actorRows;
        QStringList linkRows;
        QStringList committeeRows;
        int documentActors = 0;
        int documentLinks = 0;
        bool operator==(const State &) const = default;
    };

    State state()
    {
        return State{storeState(document->repository()),
                     modelState(actors),
                     modelState(links),
                     modelState(committees),
                     static_cast<int>(document->actors().size()),
                     static_cast<int>(document->links().size())};
    }

    const Actor &actorByKey(const QString &key)
    {
        for (const Actor &a : document->actors()) {
            if (a.key == key)
                return a;
        }
        FAIL("no actor " << key.toStdString());
        return document->actors().constFirst();
    }

    /// Pushes the command and checks redo → undo → redo → undo against the states before and after.
    void checkRoundTrip(RegistryCommand *command)
    {
        const State before = state();
        const int indexBefore = document->undoStack()->index();
        const Status pushed = document->push(command);
        REQUIRE(pushed.ok());
        const State after = state();
        REQUIRE_FALSE(after == before);
        QUndoStack *stack = document->undoStack();
        REQUIRE(stack->canUndo());

        stack->undo();
        CHECK(state().store == before.store);
        CHECK(state().actorRows == before.actorRows);
        CHECK(state().linkRows == before.linkRows);
        CHECK(state().committeeRows == before.committeeRows);
        CHECK(state() == before);

        stack->redo();
        CHECK(state().store == after.store);
        CHECK(state() == after);

        stack->undo();
        CHECK(state() == before);
        CHECK(stack->count() == indexBefore + 1);
        CHECK(stack->index() == indexBefore);
    }
};

Actor newSchool()
{
    Actor a;
    a.typeCode = QStringLiteral("SCHULE");
    a.name = QStringLiteral("Grundschule Am Lohrer Wald");
    a.schoolKind = QStringLiteral("GS");
    a.schoolNumber = QStringLiteral("99001");
    a.seatRs = QStringLiteral("071335006040"); // Hargesheim
    a.street = QStringLiteral("Schulstraße 4");
    a.postcode = QStringLiteral("55595");
    a.city = QStringLiteral("Hargesheim");
    a.scp = true;
    a.scpCohort = 2025;
    a.tags = {QStringLiteral("Ganztag"), QStringLiteral("Neu")};
    a.notes = QStringLiteral("Zweizügig");
    return a;
}

} // namespace

TEST_CASE("Adding an actor is undone and redone exactly, with the same id and key", "[editing][undo]")
{
    CommandFixture f;
    auto *command = new AddRecordCommand(f.document.get(), newSchool());
    f.checkRoundTrip(command);

    f.document->undoStack()->redo();
    const auto *stored = static_cast<const AddRecordCommand *>(f.document->undoStack()->command(0));
    REQUIRE(stored->created().actors.size() == 1);
    const Actor created = stored->created().actors.constFirst();
    CHECK(created.id.isValid());
    CHECK_FALSE(created.key.isEmpty());
    f.document->undoStack()->undo();
    f.document->undoStack()->redo();
    const Actor *again = f.document->actor(created.id);
    REQUIRE(again);
    CHECK(again->key == created.key);
    CHECK(again->sameContent(created));
}

TEST_CASE("Changing an actor emits one dataChanged and no reset", "[editing][undo]")
{
    CommandFixture f;
    const Actor before = f.actorByKey(QStringLiteral("GS-RUE"));
    Actor after = before;
    after.name = QStringLiteral("Grundschule Rüdesheim an der Nahe");
    after.shortName = QStringLiteral("GS Rüdesheim");
    after.street = QStringLiteral("Nahestraße 1");
    after.scp = false;
    after.scpCohort = 0;
    after.tags = {QStringLiteral("Sprachförderung")};
    after.notes = QStringLiteral("geändert");
    after.schoolAuthorityRs = SampleNetwork::vgRuedesheimRs();
    after.youthOfficeRs = SampleNetwork::kreisRs();

    QSignalSpy changed(&f.actors, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.actors, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&f.actors, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.actors, &QAbstractItemModel::rowsRemoved);
    REQUIRE(f.document->push(ChangeRecordsCommand::changeActor(f.document.get(), before, after)).ok());
    CHECK(changed.count() == 1);
    CHECK(changed.constFirst().at(0).toModelIndex().row() == f.actors.rowOf(before.id));
    CHECK(reset.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    // The link table shows the new name as well.
    bool renamedInLinks = false;
    for (int row = 0; row < f.links.rowCount(); ++row)
        renamedInLinks = renamedInLinks || modelState(f.links).at(row).contains(after.name);
    CHECK(renamedInLinks);
    f.document->undoStack()->undo();
    CHECK(f.document->actor(before.id)->sameContent(before));

    f.checkRoundTrip(ChangeRecordsCommand::changeActor(f.document.get(), before, after));
}

TEST_CASE("Removing an actor takes its dependents along and the undo puts every row back", "[editing][undo]")
{
    CommandFixture f;
    RegistryRepository &registry = f.document->repository();
    const Actor school = f.actorByKey(QStringLiteral("GS-RUE"));
    const Actor kita = f.actorByKey(QStringLiteral("KITA-HAR"));

    // Give the school everything that can depend on an actor.
    ContactPerson contact;
    contact.actor = school.id;
    contact.name = QStringLiteral("Frau Beispiel");
    contact.purpose = QStringLiteral("Abstimmung Übergang");
    REQUIRE(registry.insertContact(contact).ok());
    Actor committeeActor;
    committeeActor.typeCode = QStringLiteral("GREMIUM");
    committeeActor.name = QStringLiteral("Steuergruppe Rüdesheim");
    committeeActor.seatRs = SampleNetwork::vgRuedesheimRs();
    const ActorId committeeActorId = *registry.insertActor(committeeActor);
    Committee committee;
    committee.actor = committeeActorId;
    committee.kind = QStringLiteral("STEUERGRUPPE");
    committee.members = {{MembershipId(), CommitteeId(), school.id, QStringLiteral("Mitglied"), {}, {}},
                         {MembershipId(), CommitteeId(), kita.id, QStringLiteral("Vorsitz"), {}, {}}};
    REQUIRE(registry.insertCommittee(committee).ok());
    Measure measure;
    measure.key = QStringLiteral("M-1");
    measure.pillar = QStringLiteral("II_SCHULE");
    measure.schoolYear = QStringLiteral("2025/26");
    measure.title = QStringLiteral("Leseförderung");
    measure.schools = {school.id};
    measure.provider = school.id;
    REQUIRE(registry.insertMeasure(measure).ok());
    Budget budget;
    budget.holder = school.id;
    budget.pillar = QStringLiteral("II_SCHULE");
    budget.schoolYear = QStringLiteral("2025/26");
    budget.amount = 1250000;
    REQUIRE(registry.insertBudget(budget).ok());
    SavedView view;
    view.name = QStringLiteral("Übergänge");
    const ViewId viewId = *registry.insertView(view);
    REQUIRE(registry.setPositions(viewId, {{school.id, 10.5, -3.0, true}, {kita.id, 1, 2, false}}).ok());
    REQUIRE(f.document->reload().ok());

    auto snapshot = f.document->removalSnapshot({school.id});
    REQUIRE(snapshot.ok());
    CHECK(snapshot->links.size() == 2);
    CHECK(snapshot->contacts.size() == 1);
    CHECK(snapshot->otherCommittees.size() == 1);
    CHECK(snapshot->measures.size() == 1);
    CHECK(snapshot->budgets.size() == 1);
    CHECK(snapshot->positions.size() == 1);
    const QString dependents = f.document->describeDependents(*snapshot).join(u'\n');
    CHECK(dependents.contains(QStringLiteral("Verbindungen (2)")));
    CHECK(dependents.contains(QStringLiteral("Frau Beispiel")));
    CHECK(dependents.contains(QStringLiteral("Steuergruppe Rüdesheim")));
    CHECK(dependents.contains(QStringLiteral("Leseförderung")));

    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Akteur löschen"), *snapshot));
    // The ids are the old ones: the committee's membership still points at the school.
    CHECK(f.document->committeesWithMember(school.id).size() == 1);
}

TEST_CASE("Removing a committee removes its actor and its memberships, undo restores them", "[editing][undo]")
{
    CommandFixture f;
    Actor actor;
    actor.typeCode = QStringLiteral("GREMIUM");
    actor.name = QStringLiteral("Netzwerk Übergänge Kirn");
    Committee committee;
    committee.kind = QStringLiteral("NETZWERK_UEBERGAENGE");
    committee.meetingRhythm = QStringLiteral("vierteljährlich");
    committee.members = {{MembershipId(),
                          CommitteeId(),
                          f.actorByKey(QStringLiteral("RSP-KIRN")).id,
                          QStringLiteral("Mitglied"),
                          QDate(2025, 8, 1),
                          {}}};
    auto *add = new AddRecordCommand(f.document.get(), actor, committee);
    f.checkRoundTrip(add);
    f.document->undoStack()->redo();
    REQUIRE(f.committees.rowCount() == 1);
    const Committee stored = *f.committees.committeeAt(0);

    auto snapshot = f.document->removalSnapshot({stored.actor});
    REQUIRE(snapshot.ok());
    CHECK(snapshot->committees.size() == 1);
    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Gremium löschen"), *snapshot));
    CHECK(*f.document->committee(stored.id) == stored);
}

TEST_CASE("Changing a committee's members and kind is one undo step", "[editing][undo]")
{
    CommandFixture f;
    Actor actor;
    actor.typeCode = QStringLiteral("GREMIUM");
    actor.name = QStringLiteral("Arbeitskreis Ganztag");
    Committee committee;
    committee.kind = QStringLiteral("ARBEITSKREIS");
    committee.members = {
        {MembershipId(), CommitteeId(), f.actorByKey(QStringLiteral("GS-RUE")).id, QStringLiteral("Mitglied"), {}, {}}};
    REQUIRE(f.document->push(new AddRecordCommand(f.document.get(), actor, committee)).ok());
    const Committee before = f.document->committees().constFirst();
    const Actor actorBefore = *f.document->actor(before.actor);
    Committee after = before;
    after.kind = QStringLiteral("STEUERGRUPPE");
    after.members.append(
        {MembershipId(), before.id, f.actorByKey(QStringLiteral("SV-BRE")).id, QStringLiteral("beratend"), {}, {}});
    Actor actorAfter = actorBefore;
    actorAfter.name = QStringLiteral("Steuergruppe Ganztag");
    f.checkRoundTrip(ChangeRecordsCommand::changeCommittee(f.document.get(), actorBefore, before, actorAfter, after));
}

TEST_CASE("Links: add, change and remove several are exact undo steps, pairs may have several links", "[editing][undo]")
{
    CommandFixture f;
    const CooperationLink existing = f.document->links().constFirst();
    CooperationLink second = existing;
    second.id = LinkId();
    second.typeCode = QStringLiteral("GANZTAG");
    second.actionField = QStringLiteral("SPRACHFOERDERUNG");
    second.intensity = 3;
    second.validFrom = QDate(2025, 8, 1);
    second.validUntil = QDate(2026, 7, 31);
    second.note = QStringLiteral("zweite Verbindung desselben Paares");
    f.checkRoundTrip(new AddRecordCommand(f.document.get(), second));

    CooperationLink changed = existing;
    changed.status = QStringLiteral("RUHEND");
    changed.formality = QStringLiteral("VEREINBART");
    changed.validUntil = QDate(2030, 1, 1);
    f.checkRoundTrip(ChangeRecordsCommand::changeLink(f.document.get(), existing, changed));

    RecordSet both;
    both.links = f.document->links().mid(0, 2);
    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Verbindungen löschen"), both));
}

TEST_CASE("A bulk edit of tags on several actors is one undo step", "[editing][undo]")
{
    CommandFixture f;
    RecordSet before;
    RecordSet after;
    for (const Actor &a : f.document->actors()) {
        if (!a.isSchool())
            continue;
        before.actors.append(a);
        Actor tagged = a;
        tagged.tags.append(QStringLiteral("Leseband"));
        after.actors.append(tagged);
    }
    REQUIRE(before.actors.size() == 6);
    QSignalSpy changed(&f.actors, &QAbstractItemModel::dataChanged);
    f.checkRoundTrip(
        new ChangeRecordsCommand(f.document.get(), QStringLiteral("Schlagwort hinzufügen"), before, after));
    CHECK(f.document->undoStack()->count() == 1);
}

TEST_CASE("Contact persons: add, change, remove", "[editing][undo]")
{
    CommandFixture f;
    ContactPerson contact;
    contact.actor = f.actorByKey(QStringLiteral("JA-KH")).id;
    contact.name = QStringLiteral("Herr Muster");
    contact.function = QStringLiteral("Jugendhilfeplanung");
    contact.email = QStringLiteral("muster@example.org");
    contact.phone = QStringLiteral("0671 123");
    contact.purpose = QStringLiteral("Jugendhilfeplanung SCP");
    contact.reviewDate = QDate(2027, 1, 31);
    QSignalSpy contactsChanged(f.document.get(), &RegistryDocument::contactsChanged);
    f.checkRoundTrip(new AddRecordCommand(f.document.get(), contact));
    CHECK(contactsChanged.count() >= 3);

    f.document->undoStack()->redo();
    const ContactPerson stored = f.document->contacts(contact.actor)->constFirst();
    ContactPerson changed = stored;
    changed.phone = QStringLiteral("0671 999");
    changed.reviewDate = QDate(2028, 1, 31);
    f.checkRoundTrip(ChangeRecordsCommand::changeContact(f.document.get(), stored, changed));
    RecordSet gone;
    gone.contacts = {stored};
    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Ansprechperson löschen"), gone));
}

TEST_CASE("Catalogue entries: add, rename, recolour, retire, retired stays valid on existing links", "[editing][undo]")
{
    CommandFixture f;
    CatalogueEntry entry;
    entry.code = QStringLiteral("HOSPITATION");
    entry.label = QStringLiteral("Hospitation");
    entry.labelEn = QStringLiteral("Job shadowing");
    entry.color = QStringLiteral("#aa5500");
    entry.sortOrder = 900;
    f.checkRoundTrip(new ChangeCatalogueCommand(f.document.get(), CatalogueKind::LinkType, std::nullopt, entry));

    const CooperationLink link = f.document->links().constFirst();
    const CatalogueEntry before = *f.document->catalogueEntry(CatalogueKind::LinkType, link.typeCode);
    CatalogueEntry renamed = before;
    renamed.label = QStringLiteral("Übergang Kita → Grundschule (neu)");
    renamed.color = QStringLiteral("#123456");
    f.checkRoundTrip(new ChangeCatalogueCommand(f.document.get(), CatalogueKind::LinkType, before, renamed));

    CatalogueEntry retired = before;
    retired.retired = true;
    REQUIRE(
        f.document->push(new ChangeCatalogueCommand(f.document.get(), CatalogueKind::LinkType, before, retired)).ok());
    // The existing link keeps its type and can still be edited; a new link of that type is refused.
    CHECK_FALSE(Validation::hasErrors(f.document->validateLink(link)));
    CooperationLink fresh = link;
    fresh.id = LinkId();
    CHECK(Validation::hasErrors(f.document->validateLink(fresh)));
    CHECK(f.links.index(f.links.rowOf(link.id), LinkTableModel::TypeColumn).data().toString() ==
          RegistryDocument::displayLabel(before));
}

TEST_CASE("An import is one undo step: undo removes what it created and restores what it updated", "[editing][undo]")
{
    CommandFixture f;
    const QByteArray csv = "id;type;name;schulnummer;rs;scp\n"
                           "GS-RUE;SCHULE;Grundschule Rüdesheim (umbenannt);12345;071335006117;ja\n"
                           "NEU-1;SCHULE;Grundschule Neu;77777;071335006040;nein\n"
                           "NEU-2;KITA;Kita Neu;;071335006040;\n";
    auto table = CsvReader::parse(csv, QStringLiteral("import.csv"));
    REQUIRE(table.ok());
    const QList<Actor> actorsBefore = f.document->actors();
    const QList<CooperationLink> linksBefore = f.document->links();
    const auto state0 = f.state();

    ExchangeImporter importer(f.document->repository());
    auto report = importer.run({ImportSource{ImportKind::Actors, *table, std::nullopt}}, ImportOptions{});
    REQUIRE(report.ok());
    INFO(report->details().toStdString());
    REQUIRE(report->accepted());
    CHECK(report->created == 2);
    CHECK(report->updated == 1);
    // The import wrote through its own path; the command takes over from here.
    REQUIRE(f.document->reloadRecords().ok());
    const ImportChanges changes =
        ImportChanges::diff(actorsBefore, f.document->actors(), linksBefore, f.document->links());
    CHECK(changes.createdActors.size() == 2);
    CHECK(changes.actorsAfter.size() == 1);
    REQUIRE(f.document->push(new ImportCommand(f.document.get(), QStringLiteral("Import"), changes)).ok());
    const auto state1 = f.state();
    f.document->undoStack()->undo();
    CHECK(f.state().store == state0.store);
    CHECK(f.state() == state0);
    f.document->undoStack()->redo();
    CHECK(f.state() == state1);
}

TEST_CASE("A failing first run is not kept on the stack and reports its error", "[editing][undo]")
{
    CommandFixture f;
    const Actor stale = f.actorByKey(QStringLiteral("BER-X"));
    // Another writer removes the actor behind the document's back.
    REQUIRE(f.document->repository().removeActor(stale.id).ok());
    Actor after = stale;
    after.name = QStringLiteral("geändert");
    const Status status = f.document->push(ChangeRecordsCommand::changeActor(f.document.get(), stale, after));
    CHECK_FALSE(status.ok());
    CHECK(f.document->undoStack()->count() == 0);
}

TEST_CASE("An undo that meets a change by another writer clears the history and re-reads the store", "[editing][undo]")
{
    CommandFixture f;
    const Actor before = f.actorByKey(QStringLiteral("BIB-LAL"));
    Actor after = before;
    after.name = QStringLiteral("Stadtbibliothek Langenlonsheim");
    REQUIRE(f.document->push(ChangeRecordsCommand::changeActor(f.document.get(), before, after)).ok());
    // Another process changes the same row (row version goes up behind the document's back).
    Actor other = *(*f.document->repository().actor(before.id));
    other.notes = QStringLiteral("von anderer Stelle geändert");
    REQUIRE(f.document->repository().updateActor(other).ok());

    QSignalSpy failed(f.document.get(), &RegistryDocument::editFailed);
    f.document->undoStack()->undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.constFirst().constFirst().toString().contains(QStringLiteral("anderer Stelle")));
    QCoreApplication::processEvents(); // the deferred clear and reload
    CHECK(f.document->undoStack()->count() == 0);
    CHECK(f.document->actor(before.id)->notes == QStringLiteral("von anderer Stelle geändert"));
}

TEST_CASE("A read-only document refuses commands", "[editing][undo]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        SampleNetwork::insert(*registry);
    }
    auto opened = RegistryDocument::open(path, true);
    REQUIRE(opened.ok());
    REQUIRE((*opened)->isReadOnly());
    const Status status = (*opened)->push(new AddRecordCommand(opened->get(), newSchool()));
    CHECK_FALSE(status.ok());
    CHECK((*opened)->undoStack()->count() == 0);
}
