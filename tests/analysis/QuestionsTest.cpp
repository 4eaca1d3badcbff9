// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The coordinators' questions on a small fixture built to contain exactly the gaps and crossings each must
// find (see the map in fixture()).
#include <netzatlas/analysis/AnalysisJob.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace netzatlas;
using namespace netzatlas::analysis;

namespace {

const QDate Day(2025, 3, 1); // school year 2024/25; the next starts on 1 August 2025

struct Fixture
{
    std::shared_ptr<AnalysisInput> input = std::make_shared<AnalysisInput>();
    QHash<QString, ActorId> ids;
    QHash<QString, LinkId> links;

    ActorId add(const QString &key, const QString &type, const QString &seat, const QString &kind = {},
                bool scp = false, const QStringList &responsibleFor = {})
    {
        Actor a;
        a.id = ActorId(input->actors.size() + 1);
        a.key = key;
        a.name = key;
        a.typeCode = type;
        a.seatRs = seat;
        a.schoolKind = kind;
        a.scp = scp;
        a.responsibleFor = responsibleFor;
        input->actors.append(a);
        ids.insert(key, a.id);
        return a.id;
    }
    LinkId link(const QString &key, const QString &from, const QString &to, const QString &type,
                const QString &field = {}, QDate validFrom = QDate(2024, 1, 1), QDate validUntil = {},
                const QString &formality = QStringLiteral("REGELMAESSIG"))
    {
        CooperationLink l;
        l.id = LinkId(input->links.size() + 1);
        l.source = ids.value(from);
        l.target = ids.value(to);
        l.typeCode = type;
        l.actionField = field;
        l.validFrom = validFrom;
        l.validUntil = validUntil;
        l.formality = formality;
        input->links.append(l);
        links.insert(key, l.id);
        return l.id;
    }
};

// Landkreis 07133 with VG1 071335001 (Gemeinden …011 and …012) and VG2 071335010 (Gemeinde …001); the
// Kreis administration and the Jugendamt sit in the Stadt 071330006001; a BBS in Kreis 07134; a Verein in
// Baden-Württemberg.
//
//   kita1 → gs1 → rs1 → bbs          stv1 — ja — stvK — stv2 → gs2 — verein
//   ssa → gs1 ← stv1                        ja — rs1 (agreement ending in 30 days)
//   kita2 (its link to gs2 ended yesterday), gremium (no links), ssa → gs2 only from next week
Fixture fixture()
{
    Fixture f;
    const QString g11 = QStringLiteral("071335001011");
    const QString g12 = QStringLiteral("071335001012");
    const QString g21 = QStringLiteral("071335010001");
    const QString city = QStringLiteral("071330006001");
    f.input->youthOfficeTerritories = {QStringLiteral("07133"), QStringLiteral("07134")};
    f.input->territoryNames = {{QStringLiteral("07133"), QStringLiteral("Landkreis Bad Kreuznach")},
                               {QStringLiteral("07134"), QStringLiteral("Landkreis Birkenfeld")},
                               {QStringLiteral("071335001"), QStringLiteral("Verbandsgemeinde Eins")},
                               {QStringLiteral("071335010"), QStringLiteral("Verbandsgemeinde Zwei")},
                               {g11, QStringLiteral("Elfdorf")}};
    f.input->useSeedCatalogues();
    f.add(QStringLiteral("gs1"), QStringLiteral("SCHULE"), g11, QStringLiteral("GS"), true);
    f.add(QStringLiteral("gs2"), QStringLiteral("SCHULE"), g21, QStringLiteral("GS"), true);
    f.add(QStringLiteral("rs1"), QStringLiteral("SCHULE"), g12, QStringLiteral("RSPLUS"), true);
    f.input->actors.last().schoolAuthorityRs = QStringLiteral("07133"); // the Kreis runs this RS+
    f.add(QStringLiteral("kita1"), QStringLiteral("KITA"), g11);
    f.add(QStringLiteral("kita2"), QStringLiteral("KITA"), g11);
    f.add(QStringLiteral("ssa"), QStringLiteral("SSA_TEAM"), g12);
    f.add(QStringLiteral("stv1"), QStringLiteral("SCHULTRAEGER_VERW"), g11, {}, false, {QStringLiteral("071335001")});
    f.add(QStringLiteral("stv2"), QStringLiteral("SCHULTRAEGER_VERW"), g21, {}, false, {QStringLiteral("071335010")});
    f.add(QStringLiteral("stvK"), QStringLiteral("SCHULTRAEGER_VERW"), city, {}, false, {QStringLiteral("07133")});
    f.add(QStringLiteral("ja"), QStringLiteral("JUGENDAMT"), city, {}, false, {QStringLiteral("07133")});
    f.add(QStringLiteral("bbs"), QStringLiteral("SCHULE"), QStringLiteral("071345001001"), QStringLiteral("BBS"));
    f.add(QStringLiteral("verein"), QStringLiteral("VEREIN"), QStringLiteral("081110000000"));
    f.add(QStringLiteral("gremium"), QStringLiteral("GREMIUM"), g11);

    f.link(QStringLiteral("L1"), QStringLiteral("kita1"), QStringLiteral("gs1"), QStringLiteral("UEBERGANG_KITA_GS"),
           QStringLiteral("UEBERGAENGE"));
    f.link(QStringLiteral("L2"), QStringLiteral("gs1"), QStringLiteral("rs1"), QStringLiteral("UEBERGANG_GS_SEK1"),
           QStringLiteral("UEBERGAENGE"));
    f.link(QStringLiteral("L3"), QStringLiteral("ssa"), QStringLiteral("gs1"), QStringLiteral("SCHULSOZIALARBEIT"),
           QStringLiteral("SCHULSOZIALARBEIT"));
    f.link(QStringLiteral("L4"), QStringLiteral("rs1"), QStringLiteral("bbs"), QStringLiteral("UEBERGANG_SEK1_BBS"),
           QStringLiteral("UEBERGAENGE"));
    f.link(QStringLiteral("L5"), QStringLiteral("gs2"), QStringLiteral("verein"), QStringLiteral("LERNORT_NUTZUNG"));
    f.link(QStringLiteral("L6"), QStringLiteral("stv1"), QStringLiteral("ja"), QStringLiteral("ABSTIMMUNG"));
    f.link(QStringLiteral("L7"), QStringLiteral("stvK"), QStringLiteral("ja"), QStringLiteral("ABSTIMMUNG"));
    f.link(QStringLiteral("L8"), QStringLiteral("stv2"), QStringLiteral("stvK"), QStringLiteral("ABSTIMMUNG"));
    f.link(QStringLiteral("L9"), QStringLiteral("stv2"), QStringLiteral("gs2"), QStringLiteral("TRAEGER_VON"));
    f.link(QStringLiteral("L10"), QStringLiteral("stv1"), QStringLiteral("gs1"), QStringLiteral("TRAEGER_VON"));
    f.link(QStringLiteral("L11"), QStringLiteral("kita2"), QStringLiteral("gs2"), QStringLiteral("UEBERGANG_KITA_GS"),
           QStringLiteral("UEBERGAENGE"), QDate(2024, 1, 1), Day.addDays(-1)); // ended yesterday
    f.link(QStringLiteral("L12"), QStringLiteral("ja"), QStringLiteral("rs1"), QStringLiteral("PRAEVENTION"),
           QStringLiteral("PRAEVENTION"), QDate(2024, 1, 1), Day.addDays(30), QStringLiteral("VEREINBART"));
    f.link(QStringLiteral("L13"), QStringLiteral("ssa"), QStringLiteral("gs2"), QStringLiteral("SCHULSOZIALARBEIT"),
           QStringLiteral("SCHULSOZIALARBEIT"), Day.addDays(7)); // starts next week

    Committee committee;
    committee.id = CommitteeId(1);
    committee.actor = f.ids.value(QStringLiteral("gremium"));
    committee.kind = QStringLiteral("SCP_NETZWERK");
    committee.members = {CommitteeMembership{MembershipId(1),
                                             committee.id,
                                             f.ids.value(QStringLiteral("gs1")),
                                             QStringLiteral("Mitglied"),
                                             QDate(2024, 1, 1),
                                             {}},
                         CommitteeMembership{MembershipId(2), committee.id, f.ids.value(QStringLiteral("ja")),
                                             QStringLiteral("Mitglied"), QDate(2024, 1, 1), Day.addDays(-5)},
                         CommitteeMembership{MembershipId(3),
                                             committee.id,
                                             f.ids.value(QStringLiteral("stv2")),
                                             QStringLiteral("Mitglied"),
                                             Day.addDays(5),
                                             {}}};
    f.input->committees.append(committee);

    Measure spanning;
    spanning.id = MeasureId(1);
    spanning.pillar = QStringLiteral("II_TRAEGER");
    spanning.schoolYear = QStringLiteral("2024/25");
    spanning.title = QStringLiteral("Leseförderung im Verbund");
    spanning.actionFields = {QStringLiteral("SPRACHFOERDERUNG")};
    spanning.schools = {f.ids.value(QStringLiteral("gs1")), f.ids.value(QStringLiteral("gs2"))};
    spanning.partners = {f.ids.value(QStringLiteral("verein"))};
    spanning.plannedCost = 100000;
    f.input->measures.append(spanning);
    Measure overdue;
    overdue.id = MeasureId(2);
    overdue.pillar = QStringLiteral("II_SCHULE");
    overdue.schoolYear = QStringLiteral("2023/24");
    overdue.title = QStringLiteral("Ferienkurs");
    overdue.schools = {f.ids.value(QStringLiteral("rs1"))};
    overdue.end = Day.addDays(-10);
    overdue.status = QStringLiteral("UMGESETZT");
    f.input->measures.append(overdue);
    return f;
}

AnalysisReport run(const Fixture &f, const QStringList &analyses, QDate day = Day)
{
    AnalysisRequest request;
    request.analyses = analyses;
    request.snapshot.at = day;
    request.paths.mode = Metrics::PathMode::Exact;
    AnalysisJob job(f.input, request);
    auto report = job.run();
    if (!report.ok())
        FAIL(report.error().toString().toStdString());
    return std::move(report).value();
}

const ResultTable &table(const AnalysisReport &report, const char *id)
{
    const ResultTable *t = report.table(QString::fromLatin1(id));
    if (!t)
        FAIL("missing table " << id);
    return *t;
}

QVariant cell(const ResultTable &t, int row, const char *key)
{
    const int column = t.columnIndex(QString::fromLatin1(key));
    REQUIRE(column >= 0);
    return t.rows.at(row).cells.at(column);
}

QStringList columnValues(const ResultTable &t, const char *key)
{
    QStringList values;
    for (int r = 0; r < t.rows.size(); ++r)
        values.append(cell(t, r, key).toString());
    return values;
}

} // namespace

TEST_CASE("the date filter: a link that ended yesterday is absent today", "[analysis][questions]")
{
    const Fixture f = fixture();
    SnapshotOptions options;
    options.at = Day;
    const auto today = GraphSnapshot::build(f.input, options);
    options.at = Day.addDays(-1);
    const auto yesterday = GraphSnapshot::build(f.input, options);
    auto contains = [&](const GraphSnapshot &g, const QString &key) {
        for (const SnapshotLink &l : g.links()) {
            if (l.id == f.links.value(key))
                return true;
        }
        return false;
    };
    CHECK_FALSE(contains(today, QStringLiteral("L11")));
    CHECK(contains(yesterday, QStringLiteral("L11")));
    CHECK_FALSE(contains(today, QStringLiteral("L13"))); // not yet begun
    CHECK(today.links().size() == 11);
    CHECK(today.vertexCount() == 13);

    // Filters: link types, Handlungsfelder, formality, territory, memberships.
    options.at = Day;
    options.linkTypes = {QStringLiteral("ABSTIMMUNG")};
    CHECK(GraphSnapshot::build(f.input, options).links().size() == 3);
    options.linkTypes.clear();
    options.actionFields = {QStringLiteral("UEBERGAENGE")};
    CHECK(GraphSnapshot::build(f.input, options).links().size() == 3);
    options.actionFields.clear();
    options.formalities = {QStringLiteral("VEREINBART")};
    CHECK(GraphSnapshot::build(f.input, options).links().size() == 1);
    options.formalities.clear();
    options.territoryPrefix = QStringLiteral("071335001");
    const auto vg = GraphSnapshot::build(f.input, options);
    CHECK(vg.vertexCount() == 7); // gs1, rs1, kita1, kita2, ssa, stv1 and the Gremium
    options.territoryPrefix.clear();
    options.includeMemberships = true;
    const auto withMembers = GraphSnapshot::build(f.input, options);
    CHECK(withMembers.links().size() == 12); // only gs1's membership is active on the day
    CHECK(withMembers.linkType(11) == QStringLiteral("MITGLIED"));
}

TEST_CASE("question 1: SCP schools without a Jugendhilfe partner, with the shortest path", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("youth-welfare")});
    const ResultTable &t = table(report, "youth-welfare.schools");
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, "school").toString() == QStringLiteral("gs2"));
    CHECK(cell(t, 0, "steps").toInt() == 3);
    CHECK(cell(t, 0, "nearest").toString() == QStringLiteral("ja"));
    CHECK(cell(t, 0, "path").toString() == QStringLiteral("gs2 → stv2 → stvK → ja"));
    CHECK(t.rows[0].actors == QList<ActorId>{f.ids.value(QStringLiteral("gs2")), f.ids.value(QStringLiteral("stv2")),
                                             f.ids.value(QStringLiteral("stvK")), f.ids.value(QStringLiteral("ja"))});
    CHECK(t.rows[0].links.size() == 3);
    CHECK(t.figure(QStringLiteral("scpSchools")).toInt() == 3);
    CHECK(t.figure(QStringLiteral("direct")).toInt() == 2);
    CHECK(t.figure(QStringLiteral("unreachable")).toInt() == 0);
    CHECK_FALSE(t.explanation.isEmpty());
    CHECK_FALSE(t.advice.isEmpty());
}

TEST_CASE("question 2: gaps in the Bildungskette and the matrix per VG and Kreis", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("education-chain")});
    const ResultTable &gaps = table(report, "education-chain.gaps");
    QStringList found;
    for (int r = 0; r < gaps.rows.size(); ++r)
        found.append(cell(gaps, r, "actor").toString() + u':' + cell(gaps, r, "gap").toString());
    found.sort();
    CHECK(found == QStringList{QStringLiteral("gs1:nicht verbunden mit der Kita „kita2“ in derselben Gemeinde"),
                               QStringLiteral("gs2:keine Übergangsverbindung von einer Kita"),
                               QStringLiteral("gs2:keine Übergangsverbindung zu einer weiterführenden Schule"),
                               QStringLiteral("kita2:Kita ohne Übergangsverbindung zu einer Grundschule")});
    const ResultTable &m = table(report, "education-chain.matrix");
    CHECK(columnValues(m, "rs") ==
          QStringList{QStringLiteral("07133"), QStringLiteral("071335001"), QStringLiteral("071335010")});
    CHECK(cell(m, 0, "kitaGs").toString() == QStringLiteral("1 von 2"));
    CHECK(cell(m, 0, "sek1Beruf").toString() == QStringLiteral("1 von 1"));
    CHECK(cell(m, 1, "gsSek1").toString() == QStringLiteral("1 von 1"));
    CHECK(cell(m, 2, "kitaGs").toString() == QStringLiteral("0 von 1"));
    CHECK(cell(m, 2, "kitaGsMissing").toInt() == 1);
    CHECK(cell(m, 2, "sek1Beruf").toString().isEmpty());
    CHECK(m.rows[2].actors.contains(f.ids.value(QStringLiteral("gs2"))));
}

TEST_CASE("question 3: every link classified by reach and Schulträger", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("cross-boundary")});
    const ResultTable &t = table(report, "cross-boundary.links");
    CHECK(t.figure(QStringLiteral("GEMEINDE")).toInt() == 4);
    CHECK(t.figure(QStringLiteral("VG")).toInt() == 2);
    CHECK(t.figure(QStringLiteral("KREIS")).toInt() == 3);
    CHECK(t.figure(QStringLiteral("ANDERER_KREIS")).toInt() == 1);
    CHECK(t.figure(QStringLiteral("ANDERES_LAND")).toInt() == 1);
    CHECK(t.figure(QStringLiteral("UNBEKANNT")).toInt() == 0);
    CHECK(t.figure(QStringLiteral("differentAuthority")).toInt() == 2); // gs1 → rs1 (VG ↔ Kreis), rs1 → bbs
    QList<LinkId> listed;
    for (const ResultRow &row : t.rows)
        listed.append(row.links);
    std::sort(listed.begin(), listed.end());
    CHECK(listed == QList<LinkId>{f.links.value(QStringLiteral("L2")), f.links.value(QStringLiteral("L4")),
                                  f.links.value(QStringLiteral("L5")), f.links.value(QStringLiteral("L6")),
                                  f.links.value(QStringLiteral("L8")), f.links.value(QStringLiteral("L12"))});
    const ResultTable &k = table(report, "cross-boundary.kreis");
    REQUIRE(columnValues(k, "rs") ==
            QStringList{QStringLiteral("07133"), QStringLiteral("07134"), QStringLiteral("08111")});
    CHECK(cell(k, 2, "ANDERES_LAND").toInt() == 1);
    CHECK(cell(k, 0, "ANDERER_KREIS").toInt() == 1);
    CHECK(cell(k, 1, "ANDERER_KREIS").toInt() == 1);
    CHECK(cell(k, 0, "GEMEINDE").toInt() == 4);
    CHECK(cell(k, 0, "splitResponsibility").toInt() == 2); // gs1 and gs2: VG Schulträger, Kreis Jugendamt
}

TEST_CASE("question 4: the Zuständigkeits-check finds the missing Abstimmung", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("responsibility")});
    const ResultTable &t = table(report, "responsibility.schools");
    REQUIRE(columnValues(t, "school") ==
            QStringList{QStringLiteral("gs1"), QStringLiteral("gs2"), QStringLiteral("rs1")});
    CHECK(columnValues(t, "authorityActor") ==
          QStringList{QStringLiteral("stv1"), QStringLiteral("stv2"), QStringLiteral("stvK")});
    CHECK(columnValues(t, "youthOfficeActor") == QStringList(3, QStringLiteral("ja")));
    CHECK(cell(t, 0, "coordinated").toBool());
    CHECK_FALSE(cell(t, 1, "coordinated").toBool());
    CHECK(cell(t, 2, "coordinated").toBool());
    CHECK(cell(t, 0, "schoolSocialWork").toBool());
    CHECK_FALSE(cell(t, 1, "schoolSocialWork").toBool()); // only from next week
    CHECK_FALSE(cell(t, 2, "schoolSocialWork").toBool());
    CHECK(cell(t, 0, "split").toBool());
    CHECK_FALSE(cell(t, 2, "split").toBool());
    CHECK(t.figure(QStringLiteral("uncoordinated")).toInt() == 1);
    const ResultTable &p = table(report, "responsibility.administrations");
    CHECK(p.figure(QStringLiteral("uncoordinatedPairs")).toInt() == 1);
    for (int r = 0; r < p.rows.size(); ++r) {
        const bool coordinated = cell(p, r, "coordinated").toBool();
        CHECK(coordinated == (cell(p, r, "authorityActor").toString() != QStringLiteral("stv2")));
    }
}

TEST_CASE("question 5: coverage of schools × Handlungsfelder", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("coverage")});
    const ResultTable &t = table(report, "coverage.schools");
    REQUIRE(columnValues(t, "school") ==
            QStringList{QStringLiteral("gs1"), QStringLiteral("gs2"), QStringLiteral("rs1"), QStringLiteral("bbs")});
    CHECK(cell(t, 0, "UEBERGAENGE").toInt() == 2);
    CHECK(cell(t, 0, "SCHULSOZIALARBEIT").toInt() == 1);
    CHECK(cell(t, 0, "SPRACHFOERDERUNG").toInt() == 1); // the measure
    CHECK(cell(t, 0, "emptyFields").toInt() == 10);
    CHECK(cell(t, 1, "emptyFields").toInt() == 12);
    CHECK(cell(t, 2, "PRAEVENTION").toInt() == 1);
    CHECK(cell(t, 2, "emptyFields").toInt() == 11);
    CHECK(t.figure(QStringLiteral("SCHULSOZIALARBEIT")).toInt() == 2);
}

TEST_CASE("question 6: brokers, key actors and bridges with what they cut off", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("brokers")});
    const ResultTable &a = table(report, "brokers.articulation");
    QStringList points = columnValues(a, "actor");
    points.sort();
    CHECK(points == QStringList{QStringLiteral("gs1"), QStringLiteral("gs2"), QStringLiteral("ja"),
                                QStringLiteral("rs1"), QStringLiteral("stv2"), QStringLiteral("stvK")});
    // Losing the Jugendamt cuts off stvK, stv2, gs2 and the Verein (one school).
    const int ja = static_cast<int>(points.indexOf(QStringLiteral("ja")));
    REQUIRE(ja >= 0);
    for (int r = 0; r < a.rows.size(); ++r) {
        if (cell(a, r, "actor").toString() != QStringLiteral("ja"))
            continue;
        CHECK(cell(a, r, "cutOff").toInt() == 4);
        CHECK(cell(a, r, "schoolsCutOff").toInt() == 1);
        CHECK(a.rows[r].actors.contains(f.ids.value(QStringLiteral("gs2"))));
    }
    const ResultTable &b = table(report, "brokers.bridges");
    // kita1–gs1, ssa–gs1, rs1–bbs, gs2–verein, stvK–ja, stv2–stvK, stv2–gs2; the ring gs1–rs1–ja–stv1 holds.
    CHECK(b.rows.size() == 7);
    const ResultTable &iso = table(report, "brokers.isolated");
    CHECK(columnValues(iso, "actor") == QStringList{QStringLiteral("kita2"), QStringLiteral("gremium")});
    const ResultTable &top = table(report, "brokers.top");
    REQUIRE_FALSE(top.rows.isEmpty());
    CHECK(cell(top, 0, "actor").toString() == QStringLiteral("ja"));
}

TEST_CASE("questions 7 and 8: measures, what ends before the next school year, and the change", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("measures"), QStringLiteral("expiring"), QStringLiteral("change")});
    const ResultTable &traeger = table(report, "measures.traegerbudget");
    REQUIRE(traeger.rows.size() == 1);
    CHECK(cell(traeger, 0, "crossSchool").toBool());
    CHECK(traeger.figure(QStringLiteral("share")).toDouble() == 1.0);

    const ResultTable &links = table(report, "expiring.links");
    REQUIRE(links.rows.size() == 1);
    CHECK(links.rows[0].links == QList<LinkId>{f.links.value(QStringLiteral("L12"))});
    CHECK(cell(links, 0, "agreement").toBool());
    const ResultTable &proofs = table(report, "expiring.proofs");
    REQUIRE(proofs.rows.size() == 1);
    CHECK(cell(proofs, 0, "measure").toString() == QStringLiteral("Ferienkurs"));

    CHECK(report.compareWith == Day.addYears(-1));
    const ResultTable &changed = table(report, "change.links");
    REQUIRE(changed.rows.size() == 1);
    CHECK(changed.rows[0].links == QList<LinkId>{f.links.value(QStringLiteral("L11"))});
    CHECK(cell(changed, 0, "change").toString() == QStringLiteral("beendet"));
    const ResultTable &actors = table(report, "change.actors");
    REQUIRE(actors.rows.size() == 1);
    CHECK(cell(actors, 0, "actor").toString() == QStringLiteral("kita2"));
    const ResultTable &structure = table(report, "change.structure");
    CHECK(cell(structure, 1, "before").toInt() == 12);
    CHECK(cell(structure, 1, "after").toInt() == 11);
    CHECK(cell(structure, 1, "change").toInt() == -1);
}

TEST_CASE("question 9: committee members on the day and actors outside", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {QStringLiteral("committees")});
    const ResultTable &t = table(report, "committees.list");
    REQUIRE(t.rows.size() == 1);
    CHECK(cell(t, 0, "members").toInt() == 1); // the Jugendamt left, stv2 joins only later
    CHECK(cell(t, 0, "scpSchools").toInt() == 1);
    CHECK(cell(t, 0, "kind").toString() == QStringLiteral("kommunales SCP-Netzwerk"));
    const ResultTable &o = table(report, "committees.outside");
    CHECK(o.rows.size() == 11);
    CHECK(o.figure(QStringLiteral("scpSchoolsOutside")).toInt() == 2);
    CHECK(cell(o, 0, "actor").toString() == QStringLiteral("gs2"));
}

TEST_CASE("all analyses run on the fixture, and names are checked", "[analysis][questions]")
{
    const Fixture f = fixture();
    const auto report = run(f, {});
    CHECK(report.analyses.size() == availableAnalyses().size());
    CHECK(report.timings.size() == availableAnalyses().size());
    CHECK(report.actorCount == 13);
    CHECK(report.linkCount == 11);
    for (const ResultTable &t : report.tables) {
        INFO(t.id.toStdString());
        CHECK_FALSE(t.title.isEmpty());
        CHECK_FALSE(t.explanation.isEmpty());
        CHECK_FALSE(t.advice.isEmpty());
        for (const ResultRow &row : t.rows)
            CHECK(row.cells.size() == t.columns.size());
    }
    auto bad = resolveAnalyses({QStringLiteral("youth-welfare"), QStringLiteral("quatsch")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("„quatsch“")));
    auto ordered = resolveAnalyses({QStringLiteral("Brokers"), QStringLiteral("overview")});
    REQUIRE(ordered.ok());
    CHECK(*ordered == QStringList{QStringLiteral("overview"), QStringLiteral("brokers")});
}

TEST_CASE("empty and one-actor inputs give sensible output", "[analysis][questions]")
{
    Fixture empty;
    empty.input->useSeedCatalogues();
    const auto report = run(empty, {});
    const ResultTable &overview = table(report, "overview.network");
    CHECK(overview.figure(QStringLiteral("actors")).toInt() == 0);
    CHECK(overview.figure(QStringLiteral("density")).toDouble() == 0);
    CHECK(table(report, "youth-welfare.schools").rows.isEmpty());
    CHECK(table(report, "centrality.actors").rows.isEmpty());

    Fixture one;
    one.input->useSeedCatalogues();
    one.add(QStringLiteral("Einzige Schule"), QStringLiteral("SCHULE"), QStringLiteral("071335001011"),
            QStringLiteral("GS"), true);
    const auto single = run(one, {});
    CHECK(table(single, "overview.network").figure(QStringLiteral("actors")).toInt() == 1);
    const ResultTable &youth = table(single, "youth-welfare.schools");
    REQUIRE(youth.rows.size() == 1);
    CHECK(cell(youth, 0, "nearest").toString() == QStringLiteral("keiner erreichbar"));
    CHECK(table(single, "centrality.actors").rows.size() == 1);
    CHECK(table(single, "brokers.isolated").rows.size() == 1);
}

TEST_CASE("an analysis job reports progress and can be cancelled", "[analysis][questions]")
{
    const Fixture f = fixture();
    AnalysisRequest request;
    request.snapshot.at = Day;
    AnalysisJob job(f.input, request);
    CHECK(job.description().contains(QStringLiteral("01.03.2025")));
    QList<double> fractions;
    JobControl control;
    control.progress = [&](double fraction, const QString &) { fractions.append(fraction); };
    REQUIRE(job.run(control).ok());
    REQUIRE_FALSE(fractions.isEmpty());
    CHECK(fractions.last() == 1.0);
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));

    std::atomic<bool> cancel{true};
    control.cancel = &cancel;
    auto cancelled = job.run(control);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message == QStringLiteral("Die Analyse wurde abgebrochen."));
}

TEST_CASE("the path metrics run beside the other analyses, and tables, order and progress stay as before",
          "[analysis][questions]")
{
    const Fixture f = fixture();
    AnalysisRequest request;
    request.snapshot.at = Day;
    const AnalysisReport report = run(f, {});
    // Tables in the order of the analyses, although those needing path metrics ran last.
    QStringList seen;
    for (const ResultTable &t : report.tables) {
        if (seen.isEmpty() || seen.last() != t.analysis)
            seen.append(t.analysis);
    }
    CHECK(seen == report.analyses);
    QStringList timed;
    for (const auto &[id, seconds] : report.timings) {
        timed.append(id);
        CHECK(seconds >= 0.0);
    }
    CHECK(timed == report.analyses);
    // The same betweenness as a direct computation on the snapshot.
    const GraphSnapshot graph = GraphSnapshot::build(f.input, request.snapshot);
    auto paths = Metrics::pathMetrics(graph);
    REQUIRE(paths.ok());
    const ResultTable &centrality = table(report, "centrality.actors");
    const int column = centrality.columnIndex(QStringLiteral("betweenness"));
    REQUIRE(column >= 0);
    REQUIRE(centrality.rows.size() == graph.vertexCount());
    for (const ResultRow &row : centrality.rows) {
        REQUIRE(row.actors.size() == 1);
        const int v = graph.vertexOf(row.actors.first());
        REQUIRE(v >= 0);
        CHECK(row.cells.at(column).toDouble() == Approx(paths->betweenness[static_cast<std::size_t>(v)]).margin(1e-12));
    }

    // Progress comes from the calling thread only (the GUI forwards it with a queued signal), and a cancel
    // in the middle stops the job and its path thread.
    AnalysisJob job(f.input, request);
    std::atomic<bool> cancel{false};
    JobControl control;
    control.cancel = &cancel;
    const auto caller = std::this_thread::get_id();
    int calls = 0;
    bool otherThread = false;
    control.progress = [&](double, const QString &) {
        otherThread = otherThread || std::this_thread::get_id() != caller;
        if (++calls == 3)
            cancel = true;
    };
    auto cancelled = job.run(control);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message == QStringLiteral("Die Analyse wurde abgebrochen."));
    CHECK_FALSE(otherThread);
}

TEST_CASE("analysis input loads from a registry and the date filter works there too", "[analysis][questions]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    Actor school;
    school.typeCode = QStringLiteral("SCHULE");
    school.name = QStringLiteral("Grundschule am Bach");
    school.schoolKind = QStringLiteral("GS");
    school.scp = true;
    school.seatRs = QStringLiteral("071335010001");
    auto schoolId = registry->insertActor(school);
    REQUIRE(schoolId.ok());
    Actor office;
    office.typeCode = QStringLiteral("JUGENDAMT");
    office.name = QStringLiteral("Kreisjugendamt");
    office.seatRs = QStringLiteral("071330006006");
    office.responsibleFor = {QStringLiteral("07133")};
    auto officeId = registry->insertActor(office);
    REQUIRE(officeId.ok());
    CooperationLink link;
    link.source = *officeId;
    link.target = *schoolId;
    link.typeCode = QStringLiteral("SCHULSOZIALARBEIT");
    link.validUntil = QDate::currentDate().addDays(-1);
    REQUIRE(registry->insertLink(link).ok());

    auto input = AnalysisInput::load(*registry);
    REQUIRE(input.ok());
    CHECK(input->actors.size() == 2);
    CHECK(input->territoryName(QStringLiteral("071335010")) == QStringLiteral("Verbandsgemeinde Nahe-Glan"));
    CHECK(input->youthOfficeTerritories.contains(QStringLiteral("07133")));
    auto shared = std::make_shared<const AnalysisInput>(std::move(input).value());
    AnalysisRequest request; // today
    request.analyses = {QStringLiteral("youth-welfare"), QStringLiteral("responsibility")};
    auto report = AnalysisJob(shared, request).run();
    REQUIRE(report.ok());
    CHECK(report->linkCount == 0); // ended yesterday
    const ResultTable *youth = report->table(QStringLiteral("youth-welfare.schools"));
    REQUIRE(youth);
    REQUIRE(youth->rows.size() == 1);
    const ResultTable *responsibility = report->table(QStringLiteral("responsibility.schools"));
    REQUIRE(responsibility);
    REQUIRE(responsibility->rows.size() == 1);
    CHECK(responsibility->rows[0].cells[responsibility->columnIndex(QStringLiteral("youthOffice"))].toString() ==
          QStringLiteral("Landkreis Bad Kreuznach"));
    CHECK(responsibility->rows[0].cells[responsibility->columnIndex(QStringLiteral("youthOfficeActor"))].toString() ==
          QStringLiteral("Kreisjugendamt"));
    request.snapshot.at = QDate::currentDate().addDays(-1);
    auto yesterday = AnalysisJob(shared, request).run();
    REQUIRE(yesterday.ok());
    CHECK(yesterday->linkCount == 1);
    CHECK(yesterday->table(QStringLiteral("youth-welfare.schools"))->rows.isEmpty());
}
