// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The Chancenbudget plan on a hand-computed fixture: XLSX read back by an independent reader
// (/usr/bin/python3 + openpyxl), PDF checked with pdfinfo/pdftotext.
#include <netzatlas/io/PlanReport.h>

#include "PlanTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace netzatlas;

namespace {

/// One Schulträger (VG Rüdesheim) with two schools and a club.
///  2025/26: M1 (school 1, title "=SUMME(A1)+1"), M2 (schools 1 and 2, split equally), M3 (Trägerbudget over two
///  years, title "@Ferienakademie"), M4 (Säule III, "+49 Beratung"), M5 (Säule I without year costs);
///  M6 only in 2024/25 (not in the plan).
struct Fixture
{
    QList<Actor> actors;
    QList<Measure> measures;
    QList<Budget> budgets;
};

Cents euro(double e)
{
    return static_cast<Cents>(std::llround(e * 100));
}

Fixture fixture()
{
    Fixture f;
    Actor admin;
    admin.id = ActorId(1);
    admin.key = QStringLiteral("VG-R");
    admin.typeCode = QStringLiteral("SCHULTRAEGER_VERW");
    admin.name = QStringLiteral("Verbandsgemeinde Rüdesheim");
    admin.responsibleFor = {QStringLiteral("071335006")};
    Actor s1;
    s1.id = ActorId(2);
    s1.key = QStringLiteral("S1");
    s1.typeCode = QStringLiteral("SCHULE");
    s1.name = QStringLiteral("Grundschule Am Rotenfels");
    s1.schoolAuthorityRs = QStringLiteral("071335006");
    Actor s2 = s1;
    s2.id = ActorId(3);
    s2.key = QStringLiteral("S2");
    s2.name = QStringLiteral("Grundschule Nahetal");
    Actor club;
    club.id = ActorId(4);
    club.key = QStringLiteral("V");
    club.typeCode = QStringLiteral("VEREIN");
    club.name = QStringLiteral("Leseverein Nahe");
    f.actors = {admin, s1, s2, club};

    const auto measure = [](qint64 id, const char *pillar, const char *title) {
        Measure m;
        m.id = MeasureId(id);
        m.key = QStringLiteral("M%1").arg(id);
        m.pillar = QString::fromLatin1(pillar);
        m.schoolYear = QStringLiteral("2025/26");
        m.title = QString::fromUtf8(title);
        m.measureArea = QStringLiteral("IND-POT");
        m.status = QStringLiteral("UMGESETZT");
        m.recommended = true;
        return m;
    };
    Measure m1 = measure(1, "II_SCHULE", "=SUMME(A1)+1");
    m1.schools = {ActorId(2)};
    m1.yearCosts = {{QStringLiteral("2025/26"), euro(10000), euro(9000), euro(5000), euro(4000.50)}};
    Measure m2 = measure(2, "II_SCHULE", "Elternabend");
    m2.schools = {ActorId(2), ActorId(3)};
    m2.yearCosts = {{QStringLiteral("2025/26"), euro(1000.01), euro(1000.01), euro(600), euro(300)}};
    Measure m3 = measure(3, "II_TRAEGER", "@Ferienakademie");
    m3.schoolYear = QStringLiteral("2024/25");
    m3.schools = {ActorId(2), ActorId(3)};
    m3.partners = {ActorId(4)};
    m3.yearCosts = {{QStringLiteral("2024/25"), euro(20000), euro(20000), euro(20000), euro(18000)},
                    {QStringLiteral("2025/26"), euro(25000), euro(25000), euro(10000), euro(8000.25)}};
    Measure m4 = measure(4, "III", "+49 Beratung");
    m4.schools = {ActorId(3)};
    m4.occupationGroup = QStringLiteral("SOZIALARBEIT");
    m4.tasks = {QStringLiteral("BERATUNG")};
    m4.employmentForm = QStringLiteral("ANSTELLUNG");
    m4.fte = 1.5;
    m4.yearCosts = {{QStringLiteral("2025/26"), euro(90000), euro(90000), euro(45000), euro(40000)}};
    Measure m5 = measure(5, "I", "Lernlabor");
    m5.schools = {ActorId(3)};
    m5.investmentKind = QStringLiteral("UMBAU");
    m5.status = QStringLiteral("BEWILLIGT");
    m5.plannedCost = euro(200000);
    m5.actualCost = euro(50000);
    m5.fundingRatePermille = 700;
    m5.ownShare = euro(60000);
    Measure m6 = measure(6, "II_SCHULE", "Nur im Vorjahr");
    m6.schoolYear = QStringLiteral("2024/25");
    m6.schools = {ActorId(3)};
    m6.yearCosts = {{QStringLiteral("2024/25"), euro(777), 0, 0, 0}};
    f.measures = {m1, m2, m3, m4, m5, m6};

    const auto budget = [&](qint64 holder, const char *pillar, const char *year, double amount) {
        Budget b;
        b.id = BudgetId(f.budgets.size() + 1);
        b.holder = ActorId(holder);
        b.pillar = QString::fromLatin1(pillar);
        b.schoolYear = QString::fromLatin1(year);
        b.amount = euro(amount);
        f.budgets.append(b);
    };
    budget(2, "II_SCHULE", "2025/26", 15000);
    budget(3, "II_SCHULE", "2025/26", 5000);
    budget(1, "II_TRAEGER", "2025/26", 30000);
    budget(1, "I", "2025/26", 250000);
    budget(1, "III", "2025/26", 100000);
    budget(1, "II_TRAEGER", "2024/25", 30000);
    budget(3, "II_SCHULE", "2024/25", 1000);
    return f;
}

ChancenbudgetPlan plan(const Fixture &f)
{
    PlanOptions options;
    options.schoolYear = QStringLiteral("2025/26");
    options.date = QDate(2026, 11, 23);
    options.registryTitle = QStringLiteral("Testregistry");
    auto result = buildChancenbudgetPlan(f.measures, f.budgets, f.actors, options);
    REQUIRE(result.ok());
    return *result;
}

/// The totals of 2025/26, computed by hand from the fixture.
QJsonObject expectedTotals()
{
    QJsonObject totals;
    totals.insert(
        QStringLiteral("Säule I"),
        test::numbers({{"Geplant", 200000.0}, {"Bewilligt", 200000.0}, {"Abgerufen", 0.0}, {"Ausgegeben", 50000.0}}));
    totals.insert(
        QStringLiteral("Säule II Schule"),
        test::numbers(
            {{"Geplant", 11000.01}, {"Bewilligt", 10000.01}, {"Abgerufen", 5600.0}, {"Ausgegeben", 4300.50}}));
    totals.insert(
        QStringLiteral("Säule II Schulträger"),
        test::numbers({{"Geplant", 25000.0}, {"Bewilligt", 25000.0}, {"Abgerufen", 10000.0}, {"Ausgegeben", 8000.25}}));
    totals.insert(
        QStringLiteral("Säule III"),
        test::numbers({{"Geplant", 90000.0}, {"Bewilligt", 90000.0}, {"Abgerufen", 45000.0}, {"Ausgegeben", 40000.0}}));
    // Budget 15.000 + 5.000 + 30.000 + 250.000 + 100.000; Rest = Budget − Ausgegeben.
    totals.insert(QStringLiteral("Übersicht"), test::numbers({{"Budget", 400000.0},
                                                              {"Geplant", 326000.01},
                                                              {"Bewilligt", 325000.01},
                                                              {"Abgerufen", 60600.0},
                                                              {"Ausgegeben", 102300.75},
                                                              {"Rest (Budget − ausgegeben)", 297699.25}}));
    return totals;
}

} // namespace

TEST_CASE("Plan: sections and sums of the school year from the fixture", "[report]")
{
    const ChancenbudgetPlan p = plan(fixture());
    REQUIRE(p.sections.size() == 4);
    CHECK(p.sections[0].pillar == QStringLiteral("I"));
    CHECK(p.sections[0].planned == euro(200000));
    CHECK(p.sections[0].approved == euro(200000));
    CHECK(p.sections[1].lines.size() == 2); // M6 of 2024/25 is not in the plan
    CHECK(p.sections[1].planned == euro(11000.01));
    CHECK(p.sections[1].spent == euro(4300.50));
    CHECK(p.sections[1].budget == euro(20000));
    CHECK(p.sections[2].planned == euro(25000)); // only the 2025/26 part of M3
    CHECK(p.sections[3].called == euro(45000));
    CHECK(p.figures.size() == 5);
    CHECK(p.traegerName == QStringLiteral("alle Schulträger der Registry"));
    CHECK(p.traegerNames == QStringList{QStringLiteral("Verbandsgemeinde Rüdesheim")});

    PlanOptions bad;
    bad.schoolYear = QStringLiteral("2025/27");
    const auto rejected = buildChancenbudgetPlan({}, {}, {}, bad);
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().field == QStringLiteral("--school-year"));
    PlanOptions school;
    school.schoolYear = QStringLiteral("2025/26");
    school.traeger = ActorId(2); // a school, not a Schulträger
    const Fixture f = fixture();
    CHECK_FALSE(buildChancenbudgetPlan(f.measures, f.budgets, f.actors, school).ok());
}

TEST_CASE("Plan XLSX: openpyxl reads the hand-computed totals, titles and text cells", "[report][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.xlsx"));
    const ChancenbudgetPlan p = plan(fixture());
    const Status written = writePlanXlsx(p, path);
    REQUIRE(written.ok());

    QJsonObject expected{
        {QStringLiteral("school_year"), QStringLiteral("2025/26")},
        {QStringLiteral("traeger"), QStringLiteral("alle Schulträger der Registry")},
        {QStringLiteral("date"), QStringLiteral("23.11.2026")},
        {QStringLiteral("totals"), expectedTotals()},
        {QStringLiteral("text_cells"), QJsonArray{QStringLiteral("=SUMME(A1)+1"), QStringLiteral("@Ferienakademie"),
                                                  QStringLiteral("+49 Beratung")}}};
    const auto check = test::checkPlanXlsx(dir, path, expected);
    INFO(check.second.toStdString());
    CHECK(check.first == 0);

    // The checker compares: a wrong expected total fails.
    QJsonObject wrongTotals = expectedTotals();
    QJsonObject pillar = wrongTotals.value(QStringLiteral("Säule III")).toObject();
    pillar.insert(QStringLiteral("Ausgegeben"), 40000.01);
    wrongTotals.insert(QStringLiteral("Säule III"), pillar);
    expected.insert(QStringLiteral("totals"), wrongTotals);
    const auto wrong = test::checkPlanXlsx(dir, path, expected);
    CHECK(wrong.first == 1);
    CHECK(wrong.second.contains(QStringLiteral("Säule III/Ausgegeben")));
}

TEST_CASE("Plan XLSX: an unwritable target is a German error naming the file", "[report][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("fehlt/plan.xlsx"));
    const Status status = writePlanXlsx(plan(fixture()), path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().file == path);
    CHECK(status.error().message.contains(QStringLiteral("Zielverzeichnis")));
}

TEST_CASE("Plan PDF: title page with Schulträger, school year and date, tables and sums", "[report][pdf]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.pdf"));
    const Status written = writePlanPdf(plan(fixture()), path);
    REQUIRE(written.ok());
    const int pages = test::pdfPages(path);
    // Title, summary with chart, four pillars, findings: at least 7 pages.
    CHECK(pages >= 7);
    const QString first = test::pdfText(path, 1, 1);
    CHECK(first.contains(QStringLiteral("Chancenbudget-Plan")));
    CHECK(first.contains(QStringLiteral("Schuljahr 2025/26")));
    CHECK(first.contains(QStringLiteral("Schulträger: alle Schulträger der Registry")));
    CHECK(first.contains(QStringLiteral("Verbandsgemeinde Rüdesheim")));
    CHECK(first.contains(QStringLiteral("Stand: 23.11.2026")));
    const QString all = test::pdfText(path, 1, pages);
    CHECK(all.contains(QStringLiteral("=SUMME(A1)+1")));
    CHECK(all.contains(QStringLiteral("11.000,01")));  // Säule II Schule planned
    CHECK(all.contains(QStringLiteral("326.000,01"))); // planned over all pillars
    CHECK(all.contains(QStringLiteral("Hinweise der Regelprüfung")));
}
