// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Budget figures and the SCP planning rules on a hand-built fixture (docs/adr/0008-planning-rules.md).
#include <netzatlas/core/MeasurePlanning.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace netzatlas;

namespace {

constexpr qint64 AdminA = 1;
constexpr qint64 AdminB = 2;
constexpr qint64 School1 = 11;
constexpr qint64 School2 = 12;
constexpr qint64 School3 = 13;
constexpr qint64 Club = 21;
constexpr qint64 EducationOffice = 22;

Cents euro(qint64 e)
{
    return e * 100;
}

Actor actor(qint64 id, const char *type, const char *name)
{
    Actor a;
    a.id = ActorId(id);
    a.key = QStringLiteral("A%1").arg(id);
    a.typeCode = QString::fromUtf8(type);
    a.name = QString::fromUtf8(name);
    return a;
}

/// Two Schulträger (A: VG 071335001 with schools 1 and 2; B: VG 071335002 with school 3), a club and an
/// education office. The measures and budgets of `clean()` break no rule; each test breaks one.
struct Fixture
{
    QList<Actor> actors;
    QList<Measure> measures;
    QList<Budget> budgets;

    Measure &measure(qint64 id)
    {
        auto it = std::find_if(measures.begin(), measures.end(), [&](const Measure &m) { return m.id.value == id; });
        REQUIRE(it != measures.end());
        return *it;
    }
    Budget &budget(qint64 holder, const char *pillar, const char *year)
    {
        auto it = std::find_if(budgets.begin(), budgets.end(), [&](const Budget &b) {
            return b.holder.value == holder && b.pillar == QLatin1String(pillar) && b.schoolYear == QLatin1String(year);
        });
        REQUIRE(it != budgets.end());
        return *it;
    }
    void addBudget(qint64 holder, const char *pillar, const char *year, Cents amount)
    {
        Budget b;
        b.id = BudgetId(budgets.size() + 1);
        b.holder = ActorId(holder);
        b.pillar = QString::fromLatin1(pillar);
        b.schoolYear = QString::fromLatin1(year);
        b.amount = amount;
        budgets.append(b);
    }
};

Measure baseMeasure(qint64 id, const char *pillar, const char *year, const char *title)
{
    Measure m;
    m.id = MeasureId(id);
    m.key = QStringLiteral("M%1").arg(id);
    m.pillar = QString::fromLatin1(pillar);
    m.schoolYear = QString::fromLatin1(year);
    m.title = QString::fromUtf8(title);
    m.measureArea = QStringLiteral("IND-POT");
    m.status = QStringLiteral("UMGESETZT");
    return m;
}

Fixture clean()
{
    Fixture f;
    Actor adminA = actor(AdminA, "SCHULTRAEGER_VERW", "VG Ahrtal");
    adminA.responsibleFor = {QStringLiteral("071335001")};
    Actor adminB = actor(AdminB, "SCHULTRAEGER_VERW", "VG Bachtal");
    adminB.responsibleFor = {QStringLiteral("071335002")};
    Actor s1 = actor(School1, "SCHULE", "Grundschule Eins");
    s1.schoolAuthorityRs = QStringLiteral("071335001");
    Actor s2 = actor(School2, "SCHULE", "Grundschule Zwei");
    s2.schoolAuthorityRs = QStringLiteral("071335001");
    Actor s3 = actor(School3, "SCHULE", "Realschule plus Drei");
    s3.schoolAuthorityRs = QStringLiteral("071335002");
    f.actors = {adminA,
                adminB,
                s1,
                s2,
                s3,
                actor(Club, "VEREIN", "Leseverein"),
                actor(EducationOffice, "BILDUNGSBUERO", "Bildungsbüro")};

    // M1: school budget of school 1, 2025/26.
    Measure m1 = baseMeasure(1, "II_SCHULE", "2025/26", "Leseband");
    m1.budgetPot = QStringLiteral("SCHULE");
    m1.schools = {ActorId(School1)};
    m1.recommended = true;
    m1.start = QDate(2025, 9, 1);
    m1.end = QDate(2026, 7, 15);
    m1.history = {{QStringLiteral("IDEE"), QDate(2025, 5, 1), {}},
                  {QStringLiteral("BEWILLIGT"), QDate(2025, 8, 20), {}},
                  {QStringLiteral("ABGERUFEN"), QDate(2025, 10, 1), {}},
                  {QStringLiteral("UMGESETZT"), QDate(2026, 7, 15), {}}};
    m1.yearCosts = {{QStringLiteral("2025/26"), euro(10000), euro(9000), euro(5000), euro(4000)}};
    // M2: one measure of schools 1 and 2, shared equally: 1.000,01 € → 500,01 € + 500,00 €.
    Measure m2 = baseMeasure(2, "II_SCHULE", "2025/26", "Gemeinsamer Elternabend");
    m2.budgetPot = QStringLiteral("SCHULE");
    m2.schools = {ActorId(School1), ActorId(School2)};
    m2.recommended = true;
    m2.start = QDate(2025, 10, 1);
    m2.end = QDate(2025, 12, 1);
    m2.yearCosts = {{QStringLiteral("2025/26"), euro(1000) + 1, euro(1000) + 1, euro(600) + 1, euro(300) + 1}};
    // M3: Trägerbudget of A over two school years with two schools and a club.
    Measure m3 = baseMeasure(3, "II_TRAEGER", "2024/25", "Ferienakademie");
    m3.budgetPot = QStringLiteral("SCHULTRAEGER");
    m3.schools = {ActorId(School1), ActorId(School2)};
    m3.partners = {ActorId(Club)};
    m3.start = QDate(2024, 10, 1);
    m3.end = QDate(2026, 7, 31);
    m3.yearCosts = {{QStringLiteral("2024/25"), euro(20000), euro(20000), euro(20000), euro(18000)},
                    {QStringLiteral("2025/26"), euro(25000), euro(25000), euro(10000), euro(8000)}};
    // M4: Säule III of B.
    Measure m4 = baseMeasure(4, "III", "2025/26", "Schulsozialarbeit");
    m4.schools = {ActorId(School3)};
    m4.occupationGroup = QStringLiteral("SOZIALARBEIT");
    m4.tasks = {QStringLiteral("BERATUNG")};
    m4.employmentForm = QStringLiteral("ANSTELLUNG");
    m4.fte = 1.5;
    m4.yearCosts = {{QStringLiteral("2025/26"), euro(90000), euro(90000), euro(45000), euro(40000)}};
    // M5: Säule I of A without year costs: plannedCost and actualCost count in its school year.
    Measure m5 = baseMeasure(5, "I", "2025/26", "Lernlabor");
    m5.schools = {ActorId(School2)};
    m5.investmentKind = QStringLiteral("UMBAU");
    m5.status = QStringLiteral("BEWILLIGT");
    m5.plannedCost = euro(200000);
    m5.actualCost = euro(50000);
    m5.fundingRatePermille = 700;
    f.measures = {m1, m2, m3, m4, m5};

    f.addBudget(School1, "II_SCHULE", "2025/26", euro(15000));
    f.addBudget(School2, "II_SCHULE", "2025/26", euro(5000));
    f.addBudget(AdminA, "II_TRAEGER", "2024/25", euro(30000));
    f.addBudget(AdminA, "II_TRAEGER", "2025/26", euro(30000));
    f.addBudget(AdminA, "I", "2025/26", euro(250000));
    f.addBudget(AdminB, "III", "2025/26", euro(100000));
    return f;
}

const BudgetFigures &line(const std::vector<BudgetFigures> &figures, qint64 holder, const char *pillar,
                          const char *year)
{
    auto it = std::find_if(figures.begin(), figures.end(), [&](const BudgetFigures &b) {
        return b.holder.value == holder && b.pillar == QLatin1String(pillar) && b.schoolYear == QLatin1String(year);
    });
    REQUIRE(it != figures.end());
    return *it;
}

std::vector<RuleFinding> findings(const Fixture &f, const PlanningSettings &settings = {})
{
    return checkPlanningRules(f.measures, f.budgets, f.actors, settings);
}

int count(const std::vector<RuleFinding> &all, const char *rule)
{
    return static_cast<int>(
        std::count_if(all.begin(), all.end(), [&](const RuleFinding &r) { return r.rule == QLatin1String(rule); }));
}

const RuleFinding &only(const std::vector<RuleFinding> &all, const char *rule)
{
    REQUIRE(count(all, rule) == 1);
    return *std::find_if(all.begin(), all.end(), [&](const RuleFinding &r) { return r.rule == QLatin1String(rule); });
}

QString describe(const std::vector<RuleFinding> &all)
{
    QStringList lines;
    for (const RuleFinding &r : all)
        lines.append(r.rule + QStringLiteral(": ") + r.title);
    return lines.join(u'\n');
}

bool hasErrorOn(const Measure &m, const QList<Actor> &actors, const QString &field)
{
    for (const Error &e : measureErrors(m, actors)) {
        if (e.field == field)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Budget figures per holder, pillar and school year match hand-computed sums", "[core][planning]")
{
    const Fixture f = clean();
    const auto figures = deriveBudgetFigures(f.measures, f.budgets, f.actors);
    REQUIRE(figures.size() == 6);

    // School 1: M1 fully, M2 half with the odd cent: 10.000 + 500,01 planned.
    const BudgetFigures &s1 = line(figures, School1, "II_SCHULE", "2025/26");
    CHECK(s1.budget == euro(15000));
    CHECK(s1.hasBudget);
    CHECK(s1.planned == euro(10500) + 1);
    CHECK(s1.approved == euro(9500) + 1);
    CHECK(s1.called == euro(5300) + 1);
    CHECK(s1.spent == euro(4150) + 1);
    CHECK(s1.measures == QList<MeasureId>{MeasureId(1), MeasureId(2)});
    const BudgetFigures &s2 = line(figures, School2, "II_SCHULE", "2025/26");
    CHECK(s2.planned == euro(500));
    CHECK(s2.approved == euro(500));
    CHECK(s2.called == euro(300));
    CHECK(s2.spent == euro(150));

    // Trägerbudget of A per school year from the year costs of M3.
    const BudgetFigures &a24 = line(figures, AdminA, "II_TRAEGER", "2024/25");
    CHECK(a24.planned == euro(20000));
    CHECK(a24.spent == euro(18000));
    CHECK(a24.budget == euro(30000));
    const BudgetFigures &a25 = line(figures, AdminA, "II_TRAEGER", "2025/26");
    CHECK(a25.planned == euro(25000));
    CHECK(a25.called == euro(10000));
    CHECK(a25.spent == euro(8000));

    // Säule I without year costs: planned cost, approved from "bewilligt" on, actual cost as spent.
    const BudgetFigures &aI = line(figures, AdminA, "I", "2025/26");
    CHECK(aI.planned == euro(200000));
    CHECK(aI.approved == euro(200000));
    CHECK(aI.called == 0);
    CHECK(aI.spent == euro(50000));
    // Säule III to the Schulträger of school 3.
    const BudgetFigures &bIII = line(figures, AdminB, "III", "2025/26");
    CHECK(bIII.planned == euro(90000));
    CHECK(bIII.spent == euro(40000));

    // Sums per pillar and year add up to the measures' costs (nothing lost in the split).
    Cents schoolPlanned = 0;
    for (const BudgetFigures &b : figures) {
        if (b.pillar == u"II_SCHULE" && b.schoolYear == u"2025/26")
            schoolPlanned += b.planned;
    }
    CHECK(schoolPlanned == euro(11000) + 1);

    // A budget line without measures is still listed.
    Fixture more = f;
    more.addBudget(AdminB, "II_TRAEGER", "2025/26", euro(12345));
    const auto withEmpty = deriveBudgetFigures(more.measures, more.budgets, more.actors);
    const BudgetFigures &empty = line(withEmpty, AdminB, "II_TRAEGER", "2025/26");
    CHECK(empty.budget == euro(12345));
    CHECK(empty.planned == 0);
    CHECK(empty.measures.isEmpty());
}

TEST_CASE("Budget figures without actors attribute Schulträger measures through the budget holders", "[core][planning]")
{
    Fixture f = clean();
    f.measure(3).provider = ActorId(AdminA); // the administration carries it out itself
    const auto figures = deriveBudgetFigures(f.measures, f.budgets);
    CHECK(line(figures, AdminA, "II_TRAEGER", "2025/26").planned == euro(25000));
    CHECK(line(figures, School1, "II_SCHULE", "2025/26").planned == euro(10500) + 1);
    // Without actors and without a provider holding a budget, a Säule III measure has no holder.
    const auto unattributed = std::find_if(figures.begin(), figures.end(), [](const BudgetFigures &b) {
        return b.pillar == u"III" && !b.holder.isValid();
    });
    REQUIRE(unattributed != figures.end());
    CHECK(unattributed->planned == euro(90000));
}

TEST_CASE("The clean fixture breaks no planning rule", "[core][planning]")
{
    const auto all = findings(clean());
    INFO(describe(all));
    CHECK(all.empty());
}

TEST_CASE("Rule uebertrag: costs in a school year without budget", "[core][planning]")
{
    Fixture f = clean();
    f.budgets.removeIf([](const Budget &b) { return b.holder.value == School2; });
    const auto all = findings(f);
    const RuleFinding &r = only(all, "uebertrag");
    CHECK(r.actor == ActorId(School2));
    CHECK(r.schoolYear == QStringLiteral("2025/26"));
    CHECK(r.title.contains(QStringLiteral("ohne Budget")));
    CHECK(r.explanation.contains(QStringLiteral("nicht übertragen")));
}

TEST_CASE("Rule uebertrag: a measure running past the end of its school year", "[core][planning]")
{
    Fixture f = clean();
    f.measure(1).end = QDate(2026, 9, 30);
    const RuleFinding &r = only(findings(f), "uebertrag");
    CHECK(r.measures == QList<MeasureId>{MeasureId(1)});
    CHECK(r.explanation.contains(QStringLiteral("31.07.2026")));
}

TEST_CASE("Rule uebertrag: funds called after the school year ended", "[core][planning]")
{
    Fixture f = clean();
    f.measure(1).history[2].date = QDate(2026, 8, 10);
    f.measure(1).history[3].date = QDate(2026, 8, 11);
    const RuleFinding &r = only(findings(f), "uebertrag");
    CHECK(r.title.contains(QStringLiteral("abgerufen")));
}

TEST_CASE("Rule uebertrag: spending of year N is not covered by money left over from N-1", "[core][planning]")
{
    Fixture f = clean();
    f.measure(3).yearCosts[1].spent = euro(35000); // budget 2025/26 is 30.000; 2024/25 left 12.000
    const auto all = findings(f);
    const RuleFinding &r = only(all, "uebertrag");
    CHECK(r.schoolYear == QStringLiteral("2025/26"));
    CHECK(r.explanation.contains(QStringLiteral("12.000,00")));
    CHECK(count(all, "budget-ueberschritten") == 1);
    // Without leftover in 2024/25 only the overrun is reported.
    f.measure(3).yearCosts[0].spent = euro(30000);
    CHECK(count(findings(f), "uebertrag") == 0);
}

TEST_CASE("Rule verwaltungsstelle: no purely administrative post from Säule II", "[core][planning]")
{
    Fixture f = clean();
    f.measure(1).administrativePost = true;
    const RuleFinding &r = only(findings(f), "verwaltungsstelle");
    CHECK(r.severity == RuleFinding::Severity::Fehler);
    CHECK(r.actor == ActorId(School1));

    Fixture hint = clean();
    hint.measure(3).title = QStringLiteral("Zusätzliche Sekretariatsstunden");
    CHECK(only(findings(hint), "verwaltungsstelle").severity == RuleFinding::Severity::Hinweis);
    PlanningSettings noKeywords;
    noKeywords.administrativeKeywords.clear();
    CHECK(count(findings(hint, noKeywords), "verwaltungsstelle") == 0);

    // Säule III staff is not concerned.
    Fixture staff = clean();
    staff.measure(4).administrativePost = true;
    CHECK(count(findings(staff), "verwaltungsstelle") == 0);
}

TEST_CASE("Rule traeger-eine-schule: a Trägerbudget measure works across schools or with the Sozialraum",
          "[core][planning]")
{
    Fixture f = clean();
    f.measure(3).schools = {ActorId(School1)};
    // One school, but a club as partner: fine by default.
    CHECK(count(findings(f), "traeger-eine-schule") == 0);
    // An education office is administration, not Sozialraum.
    f.measure(3).partners = {ActorId(EducationOffice)};
    const RuleFinding &r = only(findings(f), "traeger-eine-schule");
    CHECK(r.actor == ActorId(AdminA));
    CHECK(r.explanation.contains(QStringLiteral("schulübergreifend")));

    Fixture club = clean();
    club.measure(3).schools = {ActorId(School1)};
    PlanningSettings strict;
    strict.traegerPartnerSuffices = false;
    CHECK(count(findings(club, strict), "traeger-eine-schule") == 1);

    PlanningSettings three;
    three.traegerMinSchools = 3;
    Fixture two = clean();
    two.measure(3).partners.clear();
    CHECK(count(findings(two), "traeger-eine-schule") == 0);
    CHECK(count(findings(two, three), "traeger-eine-schule") == 1);
}

TEST_CASE("Rule saeule1-instandhaltung: Säule I is not maintenance alone", "[core][planning]")
{
    Fixture f = clean();
    f.measure(5).maintenanceOnly = true;
    const RuleFinding &r = only(findings(f), "saeule1-instandhaltung");
    CHECK(r.severity == RuleFinding::Severity::Warnung);
    CHECK(r.actor == ActorId(AdminA));

    Fixture hint = clean();
    hint.measure(5).title = QStringLiteral("Reparatur der Fenster");
    CHECK(only(findings(hint), "saeule1-instandhaltung").severity == RuleFinding::Severity::Hinweis);
}

TEST_CASE("Rule budget-ueberschritten: spending above the budget, tolerance and blocking are settings",
          "[core][planning]")
{
    Fixture f = clean();
    f.measure(1).yearCosts[0].spent = euro(15000); // school 1: 15.150,01 spent of 15.000
    const auto all = findings(f);
    const RuleFinding &r = only(all, "budget-ueberschritten");
    CHECK(r.actor == ActorId(School1));
    CHECK(r.pillar == QStringLiteral("II_SCHULE"));
    CHECK(r.severity == RuleFinding::Severity::Warnung);
    CHECK(r.explanation.contains(QStringLiteral("150,01")));
    CHECK(blockingFindings(all, PlanningSettings{}).ok());

    PlanningSettings block;
    block.blockOverBudget = true;
    const auto blocked = findings(f, block);
    CHECK(only(blocked, "budget-ueberschritten").severity == RuleFinding::Severity::Fehler);
    const Status status = blockingFindings(blocked, block);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().field == QStringLiteral("Budget"));

    PlanningSettings tolerant;
    tolerant.overBudgetTolerance = 0.05;
    CHECK(count(findings(f, tolerant), "budget-ueberschritten") == 0);

    // Approved above the budget while spending is not: a warning about the approvals.
    Fixture approved = clean();
    approved.measure(4).yearCosts[0].approved = euro(120000);
    CHECK(only(findings(approved), "budget-ueberschritten").title.contains(QStringLiteral("Bewilligungen")));
}

TEST_CASE("Rule empfohlen-anteil: recommended measures below two thirds of a school's budget", "[core][planning]")
{
    Fixture f = clean();
    f.measure(2).recommended = false;
    // School 2 has only M2 (0 % recommended); school 1 has 10.000 of 10.500,01 recommended (95 %).
    const RuleFinding &r = only(findings(f), "empfohlen-anteil");
    CHECK(r.actor == ActorId(School2));
    CHECK(r.title.contains(QStringLiteral("0\u00a0%")));
    CHECK(r.explanation.contains(QStringLiteral("66,7\u00a0%")));

    PlanningSettings high;
    high.recommendedShareMin = 0.96;
    CHECK(count(findings(f, high), "empfohlen-anteil") == 2);
    PlanningSettings byCount;
    byCount.recommendedShareByCost = false;
    byCount.recommendedShareMin = 0.5; // school 1: one of two measures recommended
    CHECK(count(findings(f, byCount), "empfohlen-anteil") == 1);
}

TEST_CASE("Planning settings round-trip through a variant map", "[core][planning]")
{
    PlanningSettings s;
    s.recommendedShareMin = 0.75;
    s.traegerMinSchools = 3;
    s.traegerPartnerSuffices = false;
    s.blockOverBudget = true;
    s.overBudgetTolerance = 0.1;
    s.carryOverPillars = {QStringLiteral("II_SCHULE")};
    s.administrativeKeywords = {QStringLiteral("Büro")};
    s.recommendedShareByCost = false;
    CHECK(PlanningSettings::fromVariantMap(s.toVariantMap()) == s);
    CHECK(PlanningSettings::fromVariantMap({}) == PlanningSettings{});
    // Nonsense is clamped, not taken over.
    const PlanningSettings clamped = PlanningSettings::fromVariantMap(
        {{QStringLiteral("recommendedShareMin"), 7.0}, {QStringLiteral("traegerMinSchools"), -2}});
    CHECK(clamped.recommendedShareMin == 1.0);
    CHECK(clamped.traegerMinSchools == 1);
}

TEST_CASE("Measure validation rejects bad input and names the field", "[core][planning]")
{
    const Fixture f = clean();
    for (const Measure &m : f.measures) {
        const Status status = validateMeasure(m, f.actors);
        INFO(m.title << (status.ok() ? QString() : status.error().details.join(u'\n')));
        CHECK(status.ok());
    }
    const Measure good = f.measures.first();

    Measure negative = good;
    negative.plannedCost = -1;
    CHECK(hasErrorOn(negative, f.actors, QStringLiteral("Kosten geplant")));
    Measure negativeYear = good;
    negativeYear.yearCosts[0].spent = -500;
    CHECK(hasErrorOn(negativeYear, f.actors, QStringLiteral("Kosten 2025/26 – ausgegeben")));
    Measure endBeforeStart = good;
    endBeforeStart.end = QDate(2025, 8, 1);
    CHECK(hasErrorOn(endBeforeStart, f.actors, QStringLiteral("Ende")));
    Measure badYear = good;
    badYear.schoolYear = QStringLiteral("2025/27");
    CHECK(hasErrorOn(badYear, f.actors, QStringLiteral("Schuljahr")));
    Measure badCostYear = good;
    badCostYear.yearCosts[0].schoolYear = QStringLiteral("2025/27");
    CHECK(hasErrorOn(badCostYear, f.actors, QStringLiteral("Kosten je Schuljahr")));
    Measure noSchool = good;
    noSchool.schools.clear();
    CHECK(hasErrorOn(noSchool, f.actors, QStringLiteral("Beteiligte Schulen")));
    Measure clubAsSchool = good;
    clubAsSchool.schools = {ActorId(Club)};
    CHECK(hasErrorOn(clubAsSchool, f.actors, QStringLiteral("Beteiligte Schulen")));
    Measure unknownArea = good;
    unknownArea.measureArea = QStringLiteral("XYZ");
    CHECK(hasErrorOn(unknownArea, f.actors, QStringLiteral("Maßnahmenbereich")));
    Measure noArea = good;
    noArea.measureArea.clear();
    CHECK(hasErrorOn(noArea, f.actors, QStringLiteral("Maßnahmenbereich")));
    Measure unknownStatus = good;
    unknownStatus.status = QStringLiteral("VERGESSEN");
    CHECK(hasErrorOn(unknownStatus, f.actors, QStringLiteral("Status")));
    Measure wrongPot = good;
    wrongPot.budgetPot = QStringLiteral("SCHULTRAEGER");
    CHECK(hasErrorOn(wrongPot, f.actors, QStringLiteral("Budgettopf")));

    const Measure staff = f.measures[3];
    Measure unknownGroup = staff;
    unknownGroup.occupationGroup = QStringLiteral("ASTRONAUT");
    const Status groupStatus = validateMeasure(unknownGroup, f.actors);
    REQUIRE_FALSE(groupStatus.ok());
    CHECK(groupStatus.error().field == QStringLiteral("Berufsgruppe"));
    CHECK(groupStatus.error().message.contains(QStringLiteral("ASTRONAUT")));
    Measure noGroup = staff;
    noGroup.occupationGroup.clear();
    CHECK(hasErrorOn(noGroup, f.actors, QStringLiteral("Berufsgruppe")));
    Measure badTask = staff;
    badTask.tasks = {QStringLiteral("KAFFEE")};
    CHECK(hasErrorOn(badTask, f.actors, QStringLiteral("Aufgaben")));
    Measure noForm = staff;
    noForm.employmentForm.clear();
    CHECK(hasErrorOn(noForm, f.actors, QStringLiteral("Beschäftigungsform")));
    for (const double fte : {0.0, -1.0, 450.0, std::numeric_limits<double>::quiet_NaN()}) {
        Measure badFte = staff;
        badFte.fte = fte;
        CHECK(hasErrorOn(badFte, f.actors, QStringLiteral("VZÄ")));
    }

    const Measure investment = f.measures[4];
    Measure noKind = investment;
    noKind.investmentKind.clear();
    CHECK(hasErrorOn(noKind, f.actors, QStringLiteral("Investitionsart")));
    Measure badRoom = investment;
    badRoom.roomType = QStringLiteral("KELLER");
    CHECK(hasErrorOn(badRoom, f.actors, QStringLiteral("Raumtyp")));
    for (const int rate : {-10, 1001}) {
        Measure badRate = investment;
        badRate.fundingRatePermille = rate;
        CHECK(hasErrorOn(badRate, f.actors, QStringLiteral("Förderquote")));
    }
    Measure ownShare = investment;
    ownShare.ownShare = euro(300000);
    CHECK(hasErrorOn(ownShare, f.actors, QStringLiteral("Eigenanteil")));

    // validateMeasure reports the first problem and lists all of them.
    Measure many = good;
    many.title.clear();
    many.plannedCost = -5;
    const Status status = validateMeasure(many, f.actors);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().field == QStringLiteral("Titel"));
    CHECK(status.error().details.size() == 2);
}

TEST_CASE("Status history: dates not decreasing, steps in order, going back only with a note", "[core][planning]")
{
    QList<MeasureStatusStep> history = {{QStringLiteral("IDEE"), QDate(2025, 1, 1), {}},
                                        {QStringLiteral("ENTWURF"), QDate(2025, 2, 1), {}},
                                        {QStringLiteral("BEANTRAGT"), QDate(2025, 2, 1), {}}};
    CHECK(validateStatusHistory(history).ok()); // skipping "abgestimmt" and the same day are fine
    CHECK(measureStatusOrder().size() == 9);
    CHECK(measureStatusRank(QStringLiteral("ABGESCHLOSSEN")) == 8);
    CHECK(measureStatusRank(QStringLiteral("X")) == -1);

    auto earlier = history;
    earlier[2].date = QDate(2025, 1, 15);
    Status status = validateStatusHistory(earlier);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().field == QStringLiteral("Statusverlauf"));
    CHECK(status.error().message.contains(QStringLiteral("Schritt 3")));

    auto back = history;
    back.append({QStringLiteral("ENTWURF"), QDate(2025, 3, 1), {}});
    CHECK_FALSE(validateStatusHistory(back).ok());
    back.last().note = QStringLiteral("Antrag zurückgezogen, wird überarbeitet");
    CHECK(validateStatusHistory(back).ok());

    auto noDate = history;
    noDate[1].date = QDate();
    CHECK_FALSE(validateStatusHistory(noDate).ok());
    auto unknown = history;
    unknown[1].status = QStringLiteral("TRAUM");
    CHECK_FALSE(validateStatusHistory(unknown).ok());

    // The measure's status must be the last step of its history.
    const Fixture f = clean();
    Measure m = f.measures.first();
    m.status = QStringLiteral("ABGESCHLOSSEN");
    CHECK(hasErrorOn(m, f.actors, QStringLiteral("Status")));
    Measure badHistory = f.measures.first();
    badHistory.history[1].date = QDate(2024, 1, 1);
    CHECK(hasErrorOn(badHistory, f.actors, QStringLiteral("Statusverlauf")));
}
