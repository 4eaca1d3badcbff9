// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// `netzatlas-cli report --kind plan` and `netzatlas-cli import --measures`, in-process.
#include "CliRunner.h"

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/MeasurePlanning.h>

#include "PlanTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace netzatlas;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

/// Sums over the budget lines of a school year, computed in C++ (the reference for the XLSX read back).
QJsonObject overviewTotals(RegistryRepository &registry, const QString &year)
{
    const auto figures =
        deriveBudgetFigures(require(registry.measures()), require(registry.budgets()), require(registry.actors()));
    Cents budget = 0, planned = 0, approved = 0, called = 0, spent = 0;
    for (const BudgetFigures &f : figures) {
        if (f.schoolYear != year)
            continue;
        budget += f.budget;
        planned += f.planned;
        approved += f.approved;
        called += f.called;
        spent += f.spent;
    }
    const auto e = [](Cents c) { return static_cast<double>(c) / 100.0; };
    return QJsonObject{{QStringLiteral("Übersicht"), test::numbers({{"Budget", e(budget)},
                                                                    {"Geplant", e(planned)},
                                                                    {"Bewilligt", e(approved)},
                                                                    {"Abgerufen", e(called)},
                                                                    {"Ausgegeben", e(spent)}})}};
}

} // namespace

TEST_CASE("CLI report: the plan of the demo registry as XLSX adds up", "[report][cli]")
{
    test::TempDir dir;
    const QString registryPath = dir.file(QStringLiteral("demo.sqlite"));
    auto registry = test::createDemoRegistry(registryPath);
    const QString out = dir.file(QStringLiteral("plan.xlsx"));
    const test::CliRun run =
        test::runCli({QStringLiteral("report"), registryPath, QStringLiteral("--kind"), QStringLiteral("plan"),
                      QStringLiteral("--school-year"), QStringLiteral("2025/26"), QStringLiteral("--out"), out,
                      QStringLiteral("--date"), QStringLiteral("23.11.2026")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Chancenbudget-Plan 2025/26 geschrieben")));
    const QJsonObject expected{{QStringLiteral("school_year"), QStringLiteral("2025/26")},
                               {QStringLiteral("traeger"), QStringLiteral("alle Schulträger der Registry")},
                               {QStringLiteral("date"), QStringLiteral("23.11.2026")},
                               {QStringLiteral("totals"), overviewTotals(*registry, QStringLiteral("2025/26"))}};
    const auto check = test::checkPlanXlsx(dir, out, expected);
    INFO(check.second.toStdString());
    CHECK(check.first == 0);
}

TEST_CASE("CLI report: one Schulträger only, as PDF", "[report][cli][pdf]")
{
    test::TempDir dir;
    const QString registryPath = dir.file(QStringLiteral("demo.sqlite"));
    auto registry = test::createDemoRegistry(registryPath);
    const QString overrun = require(registry->metaValue(QStringLiteral("demo_rule_budget_exceeded")));
    const auto admin = require(registry->actorByKey(overrun));
    REQUIRE(admin.has_value());
    const QString out = dir.file(QStringLiteral("plan.pdf"));
    const test::CliRun run =
        test::runCli({QStringLiteral("report"), registryPath, QStringLiteral("--kind"), QStringLiteral("plan"),
                      QStringLiteral("--school-year"), QStringLiteral("2024/25"), QStringLiteral("--out"), out,
                      QStringLiteral("--traeger"), overrun, QStringLiteral("--date"), QStringLiteral("23.11.2026")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const int pages = test::pdfPages(out);
    CHECK(pages >= 7);
    const QString first = test::pdfText(out, 1, 1);
    CHECK(first.contains(QStringLiteral("Schuljahr 2024/25")));
    CHECK(first.contains(QStringLiteral("Schulträger: ") + admin->name));
    CHECK(first.contains(QStringLiteral("Stand: 23.11.2026")));
    CHECK(first.contains(QStringLiteral("Demo-Daten"))); // the demo note (pdftotext keeps the "fi" ligature)
    // The deliberate overrun of this Schulträger is among the findings of the plan.
    const QString all = test::pdfText(out, 1, pages);
    CHECK(all.contains(QStringLiteral("überschritten")));
}

TEST_CASE("CLI report: bad arguments are rejected with German messages", "[report][cli]")
{
    test::TempDir dir;
    const QString registryPath = dir.file(QStringLiteral("demo.sqlite"));
    auto registry = test::createDemoRegistry(registryPath);
    const QStringList base = {QStringLiteral("report"), registryPath, QStringLiteral("--kind"), QStringLiteral("plan")};
    test::CliRun run = test::runCli(base + QStringList{QStringLiteral("--school-year"), QStringLiteral("2025/27"),
                                                       QStringLiteral("--out"), dir.file(QStringLiteral("p.xlsx"))});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("--school-year")));
    CHECK(run.err.contains(QStringLiteral("2025/27")));
    run = test::runCli(base + QStringList{QStringLiteral("--school-year"), QStringLiteral("2025/26"),
                                          QStringLiteral("--out"), dir.file(QStringLiteral("p.docx"))});
    CHECK(run.code == 2);
    run = test::runCli(base + QStringList{QStringLiteral("--school-year"), QStringLiteral("2025/26"),
                                          QStringLiteral("--out"), dir.file(QStringLiteral("p.xlsx")),
                                          QStringLiteral("--traeger"), QStringLiteral("GIBT-ES-NICHT")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("GIBT-ES-NICHT")));
    run = test::runCli({QStringLiteral("report"), registryPath, QStringLiteral("--kind"), QStringLiteral("bilanz"),
                        QStringLiteral("--school-year"), QStringLiteral("2025/26"), QStringLiteral("--out"),
                        dir.file(QStringLiteral("p.xlsx"))});
    CHECK(run.code == 2);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("p.xlsx"))));
}

TEST_CASE("CLI import --measures: all or nothing, dry run, German errors with line and field", "[report][cli][import]")
{
    test::TempDir dir;
    const QString registryPath = dir.file(QStringLiteral("demo.sqlite"));
    auto registry = test::createDemoRegistry(registryPath);
    // Two programme schools of one Schulträger, and a club.
    QList<Actor> schools;
    Actor club;
    for (const Actor &a : require(registry->actors())) {
        if (a.isSchool() && a.scp && schools.size() < 2 &&
            (schools.isEmpty() || a.schoolAuthorityRs == schools.first().schoolAuthorityRs))
            schools.append(a);
        if (a.typeCode == u"VEREIN" && club.key.isEmpty())
            club = a;
    }
    REQUIRE(schools.size() == 2);
    REQUIRE_FALSE(club.key.isEmpty());
    const int before = static_cast<int>(require(registry->measures()).size());

    const QByteArray good =
        QStringLiteral(
            "Schlüssel;Säule;Schuljahr;Titel;Maßnahmenbereich;Schulen;Partner;Kosten geplant;Bewilligt;"
            "Ausgegeben;Status;Beginn;Ende;Empfohlen;Berufsgruppe;Aufgaben;Beschäftigungsform;VZÄ;Bemerkung intern\n"
            "IMP-1;II Schule;2025/26;Lesewerkstatt;IND-POT;%1;%3;\"4.500,00\";4500;\"1.200,50\";bewilligt;"
            "01.09.2025;15.07.2026;ja;;;;;egal\n"
            "IMP-2;Säule II "
            "Schulträger;2025/26;=SUMME(A1);INS-SOZ;%1|%2;%3;12000;;;Idee;01.10.2025;31.07.2026;ja;;;;;\n"
            "IMP-2;Säule II Schulträger;2026/27;=SUMME(A1);INS-SOZ;%1|%2;%3;8000;;;Idee;01.10.2025;31.07.2027;ja;;;;;\n"
            "IMP-3;III;2025/26;Schulsozialarbeit;IND-POT;%1;;60000;;;Entwurf;01.08.2025;31.07.2026;;"
            "Sozialarbeit/Sozialpädagogik;BERATUNG|ELTERNARBEIT;Anstellung;\"1,5\";\n")
            .arg(schools[0].key, schools[1].key, club.key)
            .toUtf8();
    const QString goodFile = dir.write(QStringLiteral("massnahmen.csv"), good);

    // Dry run: counted, nothing stored.
    QByteArray bytes = test::registryBytes(registryPath);
    test::CliRun run = test::runCli(
        {QStringLiteral("import"), registryPath, QStringLiteral("--measures"), goodFile, QStringLiteral("--dry-run")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("3 neu")));
    CHECK(run.err.contains(QStringLiteral("Bemerkung intern"))); // unknown column: a remark, not an error
    CHECK(test::registryBytes(registryPath) == bytes);

    run = test::runCli({QStringLiteral("import"), registryPath, QStringLiteral("--measures"), goodFile});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    auto stored = require(registry->measures());
    CHECK(stored.size() == before + 3);
    const auto find = [&](const char *key) {
        const auto it =
            std::find_if(stored.begin(), stored.end(), [&](const Measure &m) { return m.key == QLatin1String(key); });
        REQUIRE(it != stored.end());
        return *it;
    };
    const Measure m1 = find("IMP-1");
    CHECK(m1.pillar == QStringLiteral("II_SCHULE"));
    CHECK(m1.status == QStringLiteral("BEWILLIGT"));
    CHECK(m1.yearCosts.value(0).spent == 120050);
    CHECK(m1.partners == QList<ActorId>{club.id});
    const Measure m2 = find("IMP-2");
    CHECK(m2.title == QStringLiteral("=SUMME(A1)"));
    CHECK(m2.schools.size() == 2);
    CHECK(m2.yearCosts.size() == 2); // two rows, two school years
    CHECK(m2.plannedCost == 2000000);
    const Measure m3 = find("IMP-3");
    CHECK(m3.occupationGroup == QStringLiteral("SOZIALARBEIT"));
    CHECK(m3.fte == 1.5);
    CHECK(m3.tasks.size() == 2);

    // Bad rows: everything rejected, each with line and field, nothing stored.
    const QByteArray bad =
        QStringLiteral(
            "Schlüssel;Säule;Schuljahr;Titel;Maßnahmenbereich;Schulen;Kosten geplant;Beginn;Ende;Berufsgruppe;Aufgaben;"
            "Beschäftigungsform;VZÄ\n"
            "BAD-1;II Schule;2025/26;Gut;IND-POT;%1;100;;;;;;\n"
            "BAD-2;II Schule;2025/26;Negativ;IND-POT;%1;-50;;;;;;\n"
            "BAD-3;II Schule;2025/26;Keine Zahl;IND-POT;%1;viel;;;;;;\n"
            "BAD-4;II Schule;2025/27;Schuljahr;IND-POT;%1;100;;;;;;\n"
            "BAD-5;II Schule;2025/26;Ende vor Beginn;IND-POT;%1;100;01.03.2026;01.02.2026;;;;\n"
            "BAD-6;II Schule;2025/26;Ohne Schule;IND-POT;;100;;;;;;\n"
            "BAD-7;III;2025/26;Unbekannte Gruppe;IND-POT;%1;100;;;Astronautik;BERATUNG;Anstellung;1\n")
            .arg(schools[0].key)
            .toUtf8();
    const QString badFile = dir.write(QStringLiteral("fehler.csv"), bad);
    bytes = test::registryBytes(registryPath);
    run = test::runCli({QStringLiteral("import"), registryPath, QStringLiteral("--measures"), badFile});
    CHECK(run.code == 1);
    CHECK(run.out.contains(QStringLiteral("nichts gespeichert")));
    const QString file = QStringLiteral("fehler.csv");
    CHECK(run.err.contains(QStringLiteral("Zeile 3, Feld „Kosten geplant“")));
    CHECK(run.err.contains(QStringLiteral("Zeile 4, Feld „Kosten geplant“")));
    CHECK(run.err.contains(QStringLiteral("Zeile 5, Feld „Schuljahr“")));
    CHECK(run.err.contains(QStringLiteral("Zeile 6, Feld „Ende“")));
    CHECK(run.err.contains(QStringLiteral("Zeile 7, Feld „Beteiligte Schulen“")));
    CHECK(run.err.contains(QStringLiteral("Zeile 8, Feld „Berufsgruppe“")));
    CHECK(run.err.contains(file));
    CHECK_FALSE(run.err.contains(QStringLiteral("Zeile 2,")));
    CHECK(test::registryBytes(registryPath) == bytes);

    // Measures are imported on their own.
    run = test::runCli({QStringLiteral("import"), registryPath, QStringLiteral("--measures"), goodFile,
                        QStringLiteral("--actors"), goodFile});
    CHECK(run.code == 2);
}
