// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/storage/RegistryStore.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

namespace {

Actor school(const QString &name, const QString &seat = QStringLiteral("071330006006"))
{
    Actor a;
    a.typeCode = QStringLiteral("SCHULE");
    a.name = name;
    a.schoolKind = QStringLiteral("GS");
    a.schoolNumber = QStringLiteral("50123");
    a.scp = true;
    a.seatRs = seat;
    a.tags = {QStringLiteral("Ganztag"), QStringLiteral("Sprachförderung")};
    a.responsibleFor = {};
    a.notes = QStringLiteral("Notiz");
    return a;
}

Actor kita(const QString &name)
{
    Actor a;
    a.typeCode = QStringLiteral("KITA");
    a.name = name;
    a.seatRs = QStringLiteral("071330006006");
    a.kitaOperator = QStringLiteral("KIRCHLICH");
    return a;
}

} // namespace

TEST_CASE("Actors: create, read, update, delete round-trip every field", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    Actor a = school(QStringLiteral("Grundschule Am Bach"));
    a.shortName = QStringLiteral("GS Bach");
    a.street = QStringLiteral("Hauptstraße 1");
    a.postcode = QStringLiteral("55545");
    a.city = QStringLiteral("Bad Kreuznach");
    a.scpCohort = 2024;
    a.schoolAuthorityRs = QStringLiteral("071330006");
    a.youthOfficeRs = QStringLiteral("071330006");
    a.allDay = QStringLiteral("OFFEN");
    a.legalStatus = QStringLiteral("öffentlich");
    a.specialNeedsFocus = QStringLiteral("L");
    a.responsibleFor = {QStringLiteral("071330006")};
    auto id = registry->insertActor(a);
    REQUIRE(id.ok());
    auto stored = registry->actor(*id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    const Actor &s = **stored;
    CHECK(s.key == QStringLiteral("A%1").arg(id->value, 5, 10, QLatin1Char('0')));
    CHECK(s.rowVersion == 1);
    Actor expected = a;
    expected.key = s.key;
    CHECK(s.sameContent(expected));

    Actor changed = s;
    changed.name = QStringLiteral("Grundschule Am Mühlbach");
    changed.tags = {QStringLiteral("MINT")};
    changed.scp = false;
    REQUIRE(registry->updateActor(changed).ok());
    auto reread = registry->actor(*id);
    CHECK((*reread)->name == QStringLiteral("Grundschule Am Mühlbach"));
    CHECK((*reread)->tags == QStringList{QStringLiteral("MINT")});
    CHECK((*reread)->rowVersion == 2);
    CHECK_FALSE((*reread)->scp);

    CHECK((*registry->actorByKey(s.key))->id == *id);
    CHECK((*registry->actorBySchoolNumber(QStringLiteral("50123")))->id == *id);
    REQUIRE(registry->removeActor(*id).ok());
    CHECK_FALSE(registry->actor(*id)->has_value());
    CHECK_FALSE(registry->removeActor(*id).ok());
}

TEST_CASE("A stale row version is refused: no lost update", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    auto id = registry->insertActor(kita(QStringLiteral("Kita Regenbogen")));
    REQUIRE(id.ok());
    Actor first = **registry->actor(*id);
    Actor second = first;
    first.notes = QStringLiteral("erste Änderung");
    REQUIRE(registry->updateActor(first).ok());
    second.notes = QStringLiteral("zweite Änderung auf altem Stand");
    auto refused = registry->updateActor(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("inzwischen")));
    CHECK((*registry->actor(*id))->notes == QStringLiteral("erste Änderung"));
}

TEST_CASE("Foreign keys reject references to missing records and cascade deletes", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    Actor unknownType = kita(QStringLiteral("X"));
    unknownType.typeCode = QStringLiteral("UNBEKANNT");
    CHECK_FALSE(registry->insertActor(unknownType).ok());
    Actor unknownSeat = kita(QStringLiteral("Y"));
    unknownSeat.seatRs = QStringLiteral("099999999999");
    CHECK_FALSE(registry->insertActor(unknownSeat).ok());

    const ActorId a = *registry->insertActor(school(QStringLiteral("GS A")));
    Actor other = kita(QStringLiteral("Kita B"));
    const ActorId b = *registry->insertActor(other);
    CooperationLink link;
    link.source = b;
    link.target = a;
    link.typeCode = QStringLiteral("UEBERGANG_KITA_GS");
    link.direction = LinkDirection::Directed;
    link.validFrom = QDate(2020, 8, 1);
    const auto linkId = registry->insertLink(link);
    REQUIRE(linkId.ok());
    CooperationLink dangling = link;
    dangling.target = ActorId(999999);
    auto refused = registry->insertLink(dangling);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("verweist")));

    ContactPerson contact;
    contact.actor = a;
    contact.name = QStringLiteral("Erika Beispiel");
    contact.purpose = QStringLiteral("Ansprechperson für Übergänge");
    contact.reviewDate = QDate(2027, 1, 31);
    REQUIRE(registry->insertContact(contact).ok());

    REQUIRE(registry->removeActor(a).ok());
    CHECK(registry->links()->isEmpty());
    CHECK(registry->contacts(a)->isEmpty());
}

TEST_CASE("Removing a contact person that does not exist reports a German error", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ActorId a = *registry->insertActor(school(QStringLiteral("GS A")));
    ContactPerson contact;
    contact.actor = a;
    contact.name = QStringLiteral("Erika Beispiel");
    contact.purpose = QStringLiteral("Ansprechperson für Übergänge");
    const auto id = registry->insertContact(contact);
    REQUIRE(id.ok());

    REQUIRE(registry->removeContact(*id).ok());
    CHECK(registry->contacts(a)->isEmpty());
    const Status again = registry->removeContact(*id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == QStringLiteral("Die Ansprechperson gibt es nicht (mehr)."));
    const Status unknown = registry->removeContact(ContactId(987654));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("Ansprechperson")));
}

TEST_CASE("Links: multiplex and dated, every field stored", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ActorId a = *registry->insertActor(school(QStringLiteral("GS A")));
    const ActorId b = *registry->insertActor(kita(QStringLiteral("Kita B")));
    CooperationLink l;
    l.source = b;
    l.target = a;
    l.typeCode = QStringLiteral("UEBERGANG_KITA_GS");
    l.actionField = QStringLiteral("UEBERGAENGE");
    l.direction = LinkDirection::Directed;
    l.formality = QStringLiteral("VEREINBART");
    l.intensity = 3;
    l.validFrom = QDate(2021, 8, 1);
    l.validUntil = QDate(2026, 7, 31);
    l.note = QStringLiteral("Kooperationsvereinbarung");
    const LinkId first = *registry->insertLink(l);
    CooperationLink second = l;
    second.typeCode = QStringLiteral("SPRACHFOERDERUNG");
    second.direction = LinkDirection::Undirected;
    second.validUntil = QDate();
    REQUIRE(registry->insertLink(second).ok());
    auto all = registry->linksOfActor(a);
    REQUIRE(all->size() == 2);
    auto stored = registry->link(first);
    CHECK((*stored)->sameContent(l));
    CooperationLink backwards = l;
    backwards.validUntil = QDate(2020, 1, 1);
    CHECK_FALSE(registry->insertLink(backwards).ok()); // CHECK constraint: end before start
}

TEST_CASE("A failed write inside a transaction rolls back everything of it", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    Status status = registry->transact([&]() -> Status {
        NETZATLAS_TRY(registry->insertActor(kita(QStringLiteral("Kita eins"))));
        Actor bad = kita(QStringLiteral("Kita zwei"));
        bad.typeCode = QStringLiteral("GIBTSNICHT");
        NETZATLAS_TRY(registry->insertActor(bad));
        return {};
    });
    CHECK_FALSE(status.ok());
    CHECK(registry->actors()->isEmpty());

    // A failing nested part is undone alone; the outer transaction continues.
    status = registry->transact([&]() -> Status {
        NETZATLAS_TRY(registry->insertActor(kita(QStringLiteral("Kita drei"))));
        Status inner = registry->transact([&]() -> Status {
            NETZATLAS_TRY(registry->insertActor(kita(QStringLiteral("Kita vier"))));
            return Error::make(QStringLiteral("abgebrochen"));
        });
        CHECK_FALSE(inner.ok());
        return {};
    });
    CHECK(status.ok());
    auto actors = registry->actors();
    REQUIRE(actors->size() == 1);
    CHECK(actors->first().name == QStringLiteral("Kita drei"));
}

TEST_CASE("Committees, measures, budgets, views and positions are stored", "[storage]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ActorId schoolId = *registry->insertActor(school(QStringLiteral("GS A")));
    const ActorId kitaId = *registry->insertActor(kita(QStringLiteral("Kita B")));
    Actor gremium;
    gremium.typeCode = QStringLiteral("GREMIUM");
    gremium.name = QStringLiteral("Steuergruppe Startchancen");
    const ActorId gremiumId = *registry->insertActor(gremium);
    Committee c;
    c.actor = gremiumId;
    c.kind = QStringLiteral("STEUERGRUPPE");
    c.members = {CommitteeMembership{{}, {}, schoolId, QStringLiteral("Mitglied"), QDate(2024, 8, 1), {}},
                 CommitteeMembership{{}, {}, kitaId, QStringLiteral("beratend"), {}, {}}};
    const CommitteeId cid = *registry->insertCommittee(c);
    auto stored = registry->committee(cid);
    REQUIRE(stored->has_value());
    CHECK((*stored)->members.size() == 2);
    CHECK((*stored)->members.at(0).role == QStringLiteral("Mitglied"));

    Measure m;
    m.pillar = QStringLiteral("II_TRAEGER");
    m.schoolYear = QStringLiteral("2025/26");
    m.title = QStringLiteral("Ferienleseclub");
    m.measureArea = QStringLiteral("IND-POT");
    m.actionFields = {QStringLiteral("SPRACHFOERDERUNG")};
    m.schools = {schoolId};
    m.partners = {kitaId};
    m.plannedCost = 1250000;
    m.status = QStringLiteral("BEWILLIGT");
    m.history = {MeasureStatusStep{QStringLiteral("IDEE"), QDate(2025, 3, 1), {}},
                 MeasureStatusStep{QStringLiteral("BEWILLIGT"), QDate(2025, 6, 1), QStringLiteral("ADD")}};
    m.yearCosts = {MeasureYearCost{QStringLiteral("2025/26"), 1250000, 1250000, 0, 0}};
    m.budgetPot = QStringLiteral("SCHULTRAEGER");
    m.recommended = true;
    const MeasureId mid = *registry->insertMeasure(m);
    auto storedMeasure = registry->measure(mid);
    Measure expected = m;
    expected.id = mid;
    expected.key = (*storedMeasure)->key;
    expected.rowVersion = 1;
    CHECK(**storedMeasure == expected);
    Measure negative = m;
    negative.plannedCost = -1;
    CHECK_FALSE(registry->insertMeasure(negative).ok());

    Budget b{{}, schoolId, QStringLiteral("II_SCHULE"), QStringLiteral("2025/26"), 4000000, {}, 0};
    REQUIRE(registry->insertBudget(b).ok());
    CHECK_FALSE(registry->insertBudget(b).ok()); // one budget per holder, pillar and year

    SavedView v;
    v.name = QStringLiteral("Übergänge");
    v.title = QStringLiteral("Bildungskette");
    const ViewId vid = *registry->insertView(v);
    REQUIRE(registry->setPositions(vid, {LayoutPosition{schoolId, 10.5, -3.0, true}}).ok());
    REQUIRE(registry->setPositions(vid, {LayoutPosition{schoolId, 11.0, -2.0, false}}).ok());
    auto positions = registry->positions(vid);
    REQUIRE(positions->size() == 1);
    CHECK(positions->first().x == 11.0);
    CHECK_FALSE(positions->first().pinned);

    auto counts = registry->counts();
    CHECK(counts->actors == 3);
    CHECK(counts->committees == 1);
    CHECK(counts->memberships == 2);
    CHECK(counts->measures == 1);
    CHECK(counts->budgets == 1);
    CHECK(counts->views == 1);
}

TEST_CASE("An in-memory registry works without a file", "[storage]")
{
    OpenOptions options;
    options.create = true;
    auto registry = RegistryStore::openSqlite(QStringLiteral(":memory:"), options);
    REQUIRE(registry.ok());
    CHECK((*registry)->schemaVersion() == RegistryStore::currentSchemaVersion());
    CHECK((*registry)->catalogue(CatalogueKind::ActorType)->size() == 35);
    Actor a;
    a.typeCode = QStringLiteral("VEREIN");
    a.name = QStringLiteral("Förderverein");
    CHECK((*registry)->insertActor(a).ok());
}

TEST_CASE("Catalogue entries can be added, renamed, recoloured and retired", "[storage]")
{
    OpenOptions options;
    options.create = true;
    auto registry = std::move(RegistryStore::openSqlite(QStringLiteral(":memory:"), options)).value();
    CatalogueEntry e{QStringLiteral("LESEPATEN"), QStringLiteral("Lesepaten"), QStringLiteral("Reading mentors"),
                     QStringLiteral("Sozialraum"), QStringLiteral("#123456"), QStringLiteral("circle"), false, false, 200};
    REQUIRE(registry->upsertCatalogueEntry(CatalogueKind::ActorType, e).ok());
    Actor a;
    a.typeCode = QStringLiteral("LESEPATEN");
    a.name = QStringLiteral("Lesepaten Nahe");
    REQUIRE(registry->insertActor(a).ok());
    e.label = QStringLiteral("Lesepatenschaft");
    e.color = QStringLiteral("#654321");
    e.retired = true;
    REQUIRE(registry->upsertCatalogueEntry(CatalogueKind::ActorType, e).ok());
    auto types = registry->catalogue(CatalogueKind::ActorType);
    const auto it = std::find_if(types->begin(), types->end(), [](const CatalogueEntry &x) {
        return x.code == QStringLiteral("LESEPATEN");
    });
    REQUIRE(it != types->end());
    CHECK(it->label == QStringLiteral("Lesepatenschaft"));
    CHECK(it->retired);
    CHECK(registry->actors()->size() == 1); // a retired type stays valid on existing records
}
