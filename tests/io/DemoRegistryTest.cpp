// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Territory.h>
#include <netzatlas/core/Validation.h>
#include <netzatlas/io/DemoRegistryBuilder.h>

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

using namespace netzatlas;

namespace {

const QString Kreis = QStringLiteral("07133");
const QString City = QStringLiteral("071330006");
const QStringList SchoolYears = {QStringLiteral("2024/25"), QStringLiteral("2025/26")};

template<typename T>
T require(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

QString meta(RegistryRepository &registry, const char *key)
{
    return require(registry.metaValue(QString::fromUtf8(key)));
}

/// All actors by id, for looking up link endpoints.
QHash<qint64, Actor> actorsById(RegistryRepository &registry)
{
    QHash<qint64, Actor> result;
    for (const Actor &actor : require(registry.actors()))
        result.insert(actor.id.value, actor);
    return result;
}

Actor actorByMetaKey(RegistryRepository &registry, const char *key)
{
    const QString actorKey = meta(registry, key);
    INFO("meta " << key << " = " << actorKey);
    const auto actor = require(registry.actorByKey(actorKey));
    REQUIRE(actor.has_value());
    return *actor;
}

bool isYouthWelfare(const QString &type)
{
    static const QStringList types = {QStringLiteral("JUGENDAMT"),         QStringLiteral("JHP"),
                                      QStringLiteral("FREIER_TRAEGER"),    QStringLiteral("SSA_TEAM"),
                                      QStringLiteral("JUGENDEINRICHTUNG"), QStringLiteral("BERATUNGSSTELLE")};
    return types.contains(type);
}

/// The other endpoint's actor of each link of `actor`.
QList<std::pair<CooperationLink, Actor>> neighbours(RegistryRepository &registry, const Actor &actor,
                                                    const QHash<qint64, Actor> &byId)
{
    QList<std::pair<CooperationLink, Actor>> result;
    for (const CooperationLink &link : require(registry.linksOfActor(actor.id))) {
        const ActorId other = link.source == actor.id ? link.target : link.source;
        result.append({link, byId.value(other.value)});
    }
    return result;
}

std::unique_ptr<RegistryRepository> buildFresh(const test::TempDir &dir, const QString &name, quint32 seed)
{
    auto registry = test::createRegistryWithTerritories(dir.file(name));
    DemoRegistryBuilder builder(*registry, seed);
    const Status status = builder.build();
    if (!status.ok())
        FAIL(status.error().toString().toStdString());
    return registry;
}

} // namespace

TEST_CASE("Demo registry: meta data labels it as fictional", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    CHECK(meta(*registry, "title") == QStringLiteral("Demo-Daten, fiktiv – Landkreis Bad Kreuznach"));
    CHECK(meta(*registry, "demo") == QStringLiteral("1"));
    CHECK(meta(*registry, "demo_kreis") == Kreis);
    CHECK(meta(*registry, "demo_note").contains(QStringLiteral("erfunden")));
}

TEST_CASE("Demo registry: size of the network", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const RegistryCounts counts = require(registry->counts());
    CHECK(counts.actors >= 150);
    CHECK(counts.actors <= 300);
    CHECK(counts.links >= 550);
    CHECK(counts.links <= 650);
    CHECK(counts.committees == 2);
    CHECK(counts.memberships >= 8);
    CHECK(counts.memberships <= 15);
    CHECK(counts.measures >= 40);
    CHECK(counts.measures <= 70);
    CHECK(counts.scpSchools >= 10);
    CHECK(counts.scpSchools <= 14);
}

TEST_CASE("Demo registry: every actor type of the catalogue occurs", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const RegistryCounts counts = require(registry->counts());
    const QList<CatalogueEntry> types = require(registry->catalogue(CatalogueKind::ActorType));
    REQUIRE(types.size() == 35);
    for (const CatalogueEntry &type : types) {
        INFO("actor type " << type.code);
        CHECK(counts.actorsByType.value(type.code) > 0);
    }
    CHECK(counts.actorsByType.value(QStringLiteral("GREMIUM")) == 2);
    CHECK(counts.actorsByType.value(QStringLiteral("KITA")) >= 30);
}

TEST_CASE("Demo registry: actors pass validation", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<CatalogueEntry> types = require(registry->catalogue(CatalogueKind::ActorType));
    QSet<QString> keys;
    int contacts = 0;
    for (const Actor &actor : require(registry->actors())) {
        INFO(actor.key << " " << actor.name);
        const QList<ValidationIssue> issues = Validation::checkActor(actor, types);
        CHECK_FALSE(Validation::hasErrors(issues));
        CHECK(actor.key.startsWith(QStringLiteral("DEMO-")));
        CHECK_FALSE(keys.contains(actor.key));
        keys.insert(actor.key);
        CHECK_FALSE(actor.seatRs.isEmpty());
        CHECK(require(registry->territory(actor.seatRs)).has_value());
        CHECK_FALSE(actor.street.isEmpty());
        CHECK(actor.postcode.size() == 5);
        CHECK_FALSE(actor.city.isEmpty());
        if (actor.typeCode == u"KITA")
            CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::KitaOperator, actor.kitaOperator));
        for (const ContactPerson &contact : require(registry->contacts(actor.id))) {
            ++contacts;
            CHECK_FALSE(contact.purpose.isEmpty());
            CHECK(contact.reviewDate.isValid());
            CHECK(contact.email.endsWith(QStringLiteral("@example.org")));
        }
    }
    CHECK(contacts >= 8);
    CHECK(contacts <= 12);
}

TEST_CASE("Demo registry: schools of every Schulart with Schulträger by § 76 SchulG", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QStringList offices = require(registry->youthOfficeTerritories());
    const QStringList largeCities = require(registry->largeCityTerritories());
    ActorQuery query;
    query.typeCode = DomainCatalogue::SchoolType;
    const QList<Actor> schools = require(registry->actors(query));

    QHash<QString, int> scpByKind;
    QHash<QString, int> regularByKind;
    QSet<QString> numbers;
    for (const Actor &school : schools) {
        INFO(school.key << " " << school.name);
        CHECK(RegionalKey::contains(Kreis, school.seatRs));
        CHECK(school.seatRs.size() == 12);
        (school.scp ? scpByKind : regularByKind)[school.schoolKind] += 1;
        CHECK(school.scpCohort == (school.scp ? 2024 : 0));
        CHECK(school.schoolNumber.size() == 5);
        CHECK_FALSE(numbers.contains(school.schoolNumber));
        numbers.insert(school.schoolNumber);
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::AllDay, school.allDay));
        CHECK(school.youthOfficeRs == Responsibility::youthOfficeFor(school.seatRs, offices));
        CHECK(school.schoolAuthorityRs == Responsibility::suggestSchoolAuthority(
                                              school.schoolKind, school.specialNeedsFocus, school.seatRs, largeCities));
        if (school.schoolKind == u"GYM" || school.schoolKind == u"IGS" || school.schoolKind == u"KGS" ||
            school.schoolKind == u"BBS" || school.schoolKind == u"RSPLUS_FOS")
            CHECK(school.schoolAuthorityRs == Kreis);
        if (school.schoolKind == u"GS")
            CHECK(school.schoolAuthorityRs.size() == 9);
        if (school.schoolKind == u"SONST") {
            CHECK(school.schoolAuthorityRs.isEmpty());
            CHECK(school.legalStatus == QStringLiteral("privat"));
        }
        if (RegionalKey::contains(City, school.seatRs))
            CHECK(school.youthOfficeRs == City);
        else
            CHECK(school.youthOfficeRs == Kreis);
    }
    for (const VocabularyEntry &kind : DomainCatalogue::vocabulary(Vocabulary::SchoolKind)) {
        INFO("Schulart " << kind.code);
        CHECK(regularByKind.value(kind.code) > 0);
    }
    int scpSchools = 0;
    for (auto it = scpByKind.cbegin(); it != scpByKind.cend(); ++it)
        scpSchools += it.value();
    CHECK(scpSchools >= 10);
    CHECK(scpSchools <= 14);
    // Mostly Grundschulen and Realschulen plus, one IGS, one BBS (domain §1.2), no Gymnasium.
    CHECK(scpByKind.value(QStringLiteral("GS")) + scpByKind.value(QStringLiteral("RSPLUS")) >= scpSchools - 2);
    CHECK(scpByKind.value(QStringLiteral("IGS")) == 1);
    CHECK(scpByKind.value(QStringLiteral("BBS")) == 1);
    CHECK(scpByKind.value(QStringLiteral("GYM")) == 0);
}

TEST_CASE("Demo registry: Schulträger administrations and both Jugendämter", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    QStringList expected = {Kreis, City};
    for (const Territory &area : require(registry->territoriesAtLevel(TerritoryLevel::Gemeindeverband, Kreis)))
        expected.append(area.rs);
    expected.removeDuplicates();
    REQUIRE(expected.size() == 7);

    ActorQuery query;
    query.typeCode = DomainCatalogue::SchoolAuthorityType;
    QStringList covered;
    for (const Actor &admin : require(registry->actors(query))) {
        REQUIRE(admin.responsibleFor.size() == 1);
        covered.append(admin.responsibleFor.first());
    }
    covered.sort();
    expected.sort();
    CHECK(covered == expected);

    query.typeCode = DomainCatalogue::YouthOfficeType;
    QStringList offices;
    for (const Actor &office : require(registry->actors(query)))
        offices += office.responsibleFor;
    offices.sort();
    CHECK(offices == QStringList({Kreis, City}));
}

TEST_CASE("Demo registry: committees with memberships", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<Committee> committees = require(registry->committees());
    REQUIRE(committees.size() == 2);
    QStringList kinds;
    for (const Committee &committee : committees) {
        const auto actor = require(registry->actor(committee.actor));
        REQUIRE(actor.has_value());
        CHECK(actor->typeCode == DomainCatalogue::CommitteeType);
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::CommitteeKind, committee.kind));
        CHECK_FALSE(committee.mandate.isEmpty());
        CHECK(committee.members.size() >= 5);
        for (const CommitteeMembership &member : committee.members) {
            CHECK_FALSE(member.role.isEmpty());
            CHECK(member.since.isValid());
            CHECK(require(registry->actor(member.member)).has_value());
        }
        kinds.append(committee.kind);
    }
    kinds.sort();
    CHECK(kinds == QStringList({QStringLiteral("SCHULTRAEGERAUSSCHUSS"), QStringLiteral("STEUERGRUPPE")}));
}

TEST_CASE("Demo registry: SCP school without Jugendhilfe is a real gap", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const auto byId = actorsById(*registry);
    const Actor gap = actorByMetaKey(*registry, "demo_gap_scp_without_youth_welfare");
    CHECK(gap.isSchool());
    CHECK(gap.scp);
    const auto links = neighbours(*registry, gap, byId);
    CHECK_FALSE(links.isEmpty()); // it is linked, only not to the Jugendhilfe
    for (const auto &[link, other] : links) {
        INFO(link.typeCode << " with " << other.name);
        CHECK_FALSE(isYouthWelfare(other.typeCode));
    }
    // Every other SCP school has an active link to the Jugendhilfe: the gap is the only one.
    ActorQuery query;
    query.scpOnly = true;
    for (const Actor &school : require(registry->actors(query))) {
        if (school.id == gap.id)
            continue;
        INFO(school.name);
        bool linked = false;
        for (const auto &[link, other] : neighbours(*registry, school, byId))
            linked = linked || (isYouthWelfare(other.typeCode) && link.isActiveAt(QDate(2026, 2, 15)));
        CHECK(linked);
    }
}

TEST_CASE("Demo registry: Grundschule without Kita is a real gap", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const auto byId = actorsById(*registry);
    const Actor gap = actorByMetaKey(*registry, "demo_gap_gs_without_kita");
    CHECK(gap.schoolKind == QStringLiteral("GS"));
    CHECK(gap.scp);
    for (const auto &[link, other] : neighbours(*registry, gap, byId)) {
        INFO(link.typeCode << " with " << other.name);
        CHECK(other.typeCode != QStringLiteral("KITA"));
    }
    // There is a Kita in the same Gemeinde: it is just not linked.
    ActorQuery query;
    query.typeCode = QStringLiteral("KITA");
    query.territoryRs = gap.seatRs;
    CHECK_FALSE(require(registry->actors(query)).isEmpty());
    // Every other SCP-Grundschule receives children from a Kita.
    query = {};
    query.scpOnly = true;
    for (const Actor &school : require(registry->actors(query))) {
        if (school.id == gap.id || school.schoolKind != u"GS")
            continue;
        INFO(school.name);
        bool linked = false;
        for (const auto &[link, other] : neighbours(*registry, school, byId))
            linked = linked || (link.typeCode == u"UEBERGANG_KITA_GS" && link.target == school.id);
        CHECK(linked);
    }
}

TEST_CASE("Demo registry: missing coordination between Schulträger and Jugendamt is a real gap", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const auto byId = actorsById(*registry);
    const Actor gap = actorByMetaKey(*registry, "demo_gap_missing_coordination");
    CHECK(gap.typeCode == DomainCatalogue::SchoolAuthorityType);
    REQUIRE(gap.responsibleFor.size() == 1);
    CHECK(gap.responsibleFor.first().size() == 9); // a Verbandsgemeinde

    // It runs an SCP school.
    ActorQuery query;
    query.scpOnly = true;
    bool runsScpSchool = false;
    for (const Actor &school : require(registry->actors(query)))
        runsScpSchool = runsScpSchool || school.schoolAuthorityRs == gap.responsibleFor.first();
    CHECK(runsScpSchool);

    // No ABSTIMMUNG with the Kreisjugendamt, although it has links.
    const auto links = neighbours(*registry, gap, byId);
    CHECK_FALSE(links.isEmpty());
    for (const auto &[link, other] : links) {
        INFO(link.typeCode << " with " << other.name);
        CHECK_FALSE((link.typeCode == u"ABSTIMMUNG" && other.typeCode == DomainCatalogue::YouthOfficeType &&
                     other.responsibleFor.contains(Kreis)));
    }
    // The other Verbandsgemeinden that run SCP schools do coordinate with it.
    query = {};
    query.typeCode = DomainCatalogue::SchoolAuthorityType;
    for (const Actor &admin : require(registry->actors(query))) {
        if (admin.id == gap.id || admin.responsibleFor.value(0).size() != 9 || admin.responsibleFor.value(0) == City)
            continue;
        INFO(admin.name);
        bool coordinated = false;
        for (const auto &[link, other] : neighbours(*registry, admin, byId))
            coordinated = coordinated || (link.typeCode == u"ABSTIMMUNG" && other.responsibleFor.contains(Kreis) &&
                                          other.typeCode == DomainCatalogue::YouthOfficeType);
        CHECK(coordinated);
    }
}

TEST_CASE("Demo registry: cross-boundary links", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const auto byId = actorsById(*registry);
    int outsideKreis = 0;
    int otherLand = 0;
    int primaryIntoCity = 0;
    QSet<QString> outsideTypes;
    for (const CooperationLink &link : require(registry->links())) {
        const Actor source = byId.value(link.source.value);
        const Actor target = byId.value(link.target.value);
        for (const Actor &endpoint : {source, target}) {
            if (!RegionalKey::contains(Kreis, endpoint.seatRs)) {
                ++outsideKreis;
                outsideTypes.insert(endpoint.typeCode);
            }
            if (RegionalKey::landOf(endpoint.seatRs) != QStringLiteral("07"))
                ++otherLand;
        }
        if (link.typeCode == u"UEBERGANG_GS_SEK1" && !RegionalKey::contains(City, source.seatRs) &&
            RegionalKey::contains(City, target.seatRs))
            ++primaryIntoCity;
    }
    CHECK(outsideKreis >= 20);
    CHECK(otherLand >= 1);
    CHECK(primaryIntoCity >= 1);
    for (const char *type : {"ADD", "BM", "PL", "HOCHSCHULE", "BETRIEB"}) {
        INFO(type);
        CHECK(outsideTypes.contains(QString::fromUtf8(type)));
    }
}

TEST_CASE("Demo registry: links are valid, typed and dated", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<CatalogueEntry> linkTypes = require(registry->catalogue(CatalogueKind::LinkType));
    const QList<CatalogueEntry> fields = require(registry->catalogue(CatalogueKind::ActionField));
    QHash<QString, bool> directed;
    for (const CatalogueEntry &type : linkTypes)
        directed.insert(type.code, type.directed);

    const QList<CooperationLink> links = require(registry->links());
    REQUIRE_FALSE(links.isEmpty());
    QSet<QString> usedTypes;
    int ended = 0;
    int endingThisSchoolYear = 0;
    int planned = 0;
    int withField = 0;
    int withMeasure = 0;
    for (const CooperationLink &link : links) {
        INFO("link " << link.id.value << " " << link.typeCode);
        CHECK_FALSE(Validation::hasErrors(Validation::checkLink(link, linkTypes, fields)));
        CHECK(link.direction == (directed.value(link.typeCode) ? LinkDirection::Directed : LinkDirection::Undirected));
        REQUIRE(link.validFrom.isValid());
        CHECK(link.validFrom >= QDate(2015, 1, 1));
        if (link.validUntil.isValid())
            CHECK(link.validUntil >= link.validFrom);
        if (link.status == u"GEPLANT") {
            ++planned;
            CHECK(link.validFrom >= QDate(2026, 8, 1));
        } else {
            CHECK(link.validFrom <= QDate(2025, 12, 31));
        }
        if (link.status == u"BEENDET") {
            ++ended;
            REQUIRE(link.validUntil.isValid());
            CHECK(link.validUntil < QDate(2026, 2, 15));
        }
        if (link.status == u"AKTIV" && link.validUntil == QDate(2026, 7, 31))
            ++endingThisSchoolYear;
        if (!link.actionField.isEmpty())
            ++withField;
        if (link.measure.isValid()) {
            ++withMeasure;
            const auto measure = require(registry->measure(link.measure));
            REQUIRE(measure.has_value());
            CHECK(measure->pillar == QStringLiteral("III"));
            CHECK(link.typeCode == QStringLiteral("MPT_PERSONAL"));
        }
        usedTypes.insert(link.typeCode);
    }
    for (const CatalogueEntry &type : linkTypes) {
        INFO("link type " << type.code);
        if (type.code != u"MITGLIED")
            CHECK(usedTypes.contains(type.code));
    }
    const double total = links.size();
    CHECK(ended / total >= 0.05);
    CHECK(ended / total <= 0.11);
    CHECK(endingThisSchoolYear / total >= 0.03);
    CHECK(endingThisSchoolYear / total <= 0.08);
    CHECK(planned >= 3);
    CHECK(withField / total >= 0.6);
    CHECK(withMeasure >= 5);
}

TEST_CASE("Demo registry: measures of all pillars in both school years", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<CatalogueEntry> fields = require(registry->catalogue(CatalogueKind::ActionField));
    QSet<QString> fieldCodes;
    for (const CatalogueEntry &field : fields)
        fieldCodes.insert(field.code);

    QSet<QString> seen;
    for (const Measure &m : require(registry->measures())) {
        INFO(m.key << " " << m.title);
        seen.insert(m.pillar + u' ' + m.schoolYear);
        CHECK(SchoolYears.contains(m.schoolYear));
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::Pillar, m.pillar));
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::MeasureArea, m.measureArea));
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::MeasureStatus, m.status));
        for (const QString &field : m.actionFields)
            CHECK(fieldCodes.contains(field));
        REQUIRE_FALSE(m.schools.isEmpty());
        for (const ActorId id : m.schools) {
            const auto school = require(registry->actor(id));
            REQUIRE(school.has_value());
            CHECK(school->scp);
        }
        CHECK(m.plannedCost > 0);
        CHECK(m.start.isValid());
        CHECK(m.end >= m.start);

        // The status history ends in the status, in workflow order, with rising dates.
        REQUIRE_FALSE(m.history.isEmpty());
        CHECK(m.history.first().status == QStringLiteral("IDEE"));
        CHECK(m.history.last().status == m.status);
        for (qsizetype i = 1; i < m.history.size(); ++i)
            CHECK(m.history[i - 1].date < m.history[i].date);
        CHECK(m.history.last().date <= QDate(2026, 2, 15));

        REQUIRE(m.yearCosts.size() == 1);
        const MeasureYearCost &cost = m.yearCosts.first();
        CHECK(cost.schoolYear == m.schoolYear);
        CHECK(cost.planned == m.plannedCost);
        CHECK(cost.spent == m.actualCost);
        CHECK(cost.spent <= cost.called);
        CHECK(cost.called <= cost.approved);
        CHECK(m.approvedDate.isValid() == (cost.approved > 0));

        if (m.pillar == u"I") {
            CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::InvestmentKind, m.investmentKind));
            CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::RoomType, m.roomType));
            CHECK(m.fundingRatePermille > 0);
            CHECK(m.ownShare > 0);
        } else if (m.pillar == u"III") {
            CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::OccupationGroup, m.occupationGroup));
            CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::EmploymentForm, m.employmentForm));
            REQUIRE_FALSE(m.tasks.isEmpty());
            for (const QString &task : m.tasks)
                CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::MptTask, task));
            CHECK(m.fte > 0.0);
            CHECK(m.staffPlanYear >= 2025);
            CHECK(m.provider.isValid());
        } else {
            CHECK(m.budgetPot ==
                  (m.pillar == u"II_SCHULE" ? QStringLiteral("SCHULE") : QStringLiteral("SCHULTRAEGER")));
        }
    }
    for (const char *pillar : {"I", "II_SCHULE", "II_TRAEGER", "III"}) {
        for (const QString &year : SchoolYears) {
            INFO(pillar << " " << year);
            CHECK(seen.contains(QString::fromUtf8(pillar) + u' ' + year));
        }
    }
}

TEST_CASE("Demo registry: budgets and the documented rule breaches", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<Budget> budgets = require(registry->budgets());
    const auto find = [&](ActorId holder, const QString &pillar, const QString &year) -> const Budget * {
        for (const Budget &budget : budgets) {
            if (budget.holder == holder && budget.pillar == pillar && budget.schoolYear == year)
                return &budget;
        }
        return nullptr;
    };
    ActorQuery query;
    query.scpOnly = true;
    for (const Actor &school : require(registry->actors(query))) {
        for (const QString &year : SchoolYears) {
            INFO(school.name << " " << year);
            CHECK(find(school.id, QStringLiteral("II_SCHULE"), year) != nullptr);
        }
    }
    query = {};
    query.typeCode = DomainCatalogue::SchoolAuthorityType;
    for (const Actor &admin : require(registry->actors(query))) {
        for (const QString &year : SchoolYears) {
            for (const char *pillar : {"I", "II_TRAEGER", "III"}) {
                INFO(admin.name << " " << pillar << " " << year);
                CHECK(find(admin.id, QString::fromUtf8(pillar), year) != nullptr);
            }
        }
    }

    // A Trägerbudget measure for a single school without partners.
    const QString measureKey = meta(*registry, "demo_rule_traeger_single_school");
    bool found = false;
    const QList<Measure> measures = require(registry->measures());
    for (const Measure &m : measures) {
        if (m.key != measureKey)
            continue;
        found = true;
        CHECK(m.pillar == QStringLiteral("II_TRAEGER"));
        CHECK(m.schools.size() == 1);
        CHECK(m.partners.isEmpty());
    }
    CHECK(found);

    // More spent than the budget holds.
    const Actor holder = actorByMetaKey(*registry, "demo_rule_budget_exceeded");
    const QString pillar = meta(*registry, "demo_rule_budget_exceeded_pillar");
    const QString year = meta(*registry, "demo_rule_budget_exceeded_year");
    const Budget *budget = find(holder.id, pillar, year);
    REQUIRE(budget != nullptr);
    Cents spent = 0;
    for (const Measure &m : measures) {
        if (m.pillar != pillar || m.schoolYear != year || m.schools.isEmpty())
            continue;
        const auto school = require(registry->actor(m.schools.first()));
        if (school && holder.responsibleFor.contains(school->schoolAuthorityRs))
            spent += m.actualCost;
    }
    CHECK(spent > budget->amount);
}

TEST_CASE("Demo registry: the same seed builds the same registry", "[io][demo][slow]")
{
    test::TempDir dir;
    QElapsedTimer timer;
    timer.start();
    auto first = buildFresh(dir, QStringLiteral("a.sqlite"), 20240801);
    auto second = buildFresh(dir, QStringLiteral("b.sqlite"), 20240801);
    INFO("two builds with territories took " << timer.elapsed() << " ms");

    const QList<Actor> actorsA = require(first->actors());
    const QList<Actor> actorsB = require(second->actors());
    REQUIRE(actorsA.size() == actorsB.size());
    for (qsizetype i = 0; i < actorsA.size(); ++i) {
        INFO(actorsA[i].key);
        CHECK(actorsA[i] == actorsB[i]);
    }
    const QList<CooperationLink> linksA = require(first->links());
    const QList<CooperationLink> linksB = require(second->links());
    REQUIRE(linksA.size() == linksB.size());
    for (qsizetype i = 0; i < linksA.size(); ++i) {
        INFO("link " << linksA[i].id.value);
        CHECK(linksA[i] == linksB[i]);
    }
    const QList<Measure> measuresA = require(first->measures());
    const QList<Measure> measuresB = require(second->measures());
    REQUIRE(measuresA.size() == measuresB.size());
    for (qsizetype i = 0; i < measuresA.size(); ++i) {
        INFO(measuresA[i].key);
        CHECK(measuresA[i] == measuresB[i]);
    }
    CHECK(require(first->budgets()) == require(second->budgets()));
    CHECK(require(first->committees()) == require(second->committees()));
    for (qsizetype i = 0; i < actorsA.size(); ++i)
        CHECK(require(first->contacts(actorsA[i].id)) == require(second->contacts(actorsB[i].id)));
    for (const char *key : {"title", "demo_note", "demo_gap_scp_without_youth_welfare", "demo_gap_gs_without_kita",
                            "demo_gap_missing_coordination", "demo_rule_traeger_single_school"})
        CHECK(meta(*first, key) == meta(*second, key));

    // Another seed draws another network on the same plan.
    auto other = buildFresh(dir, QStringLiteral("c.sqlite"), 7);
    CHECK(require(other->links()) != linksA);
}

TEST_CASE("Demo registry: needs the territories and leaves nothing behind without them", "[io][demo]")
{
    test::TempDir dir;
    auto registry = test::createRegistry(dir.file(QStringLiteral("empty.sqlite")));
    DemoRegistryBuilder builder(*registry);
    const Status status = builder.build();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("07133")));
    const RegistryCounts counts = require(registry->counts());
    CHECK(counts.actors == 0);
    CHECK(counts.links == 0);
}
