// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// netzatlas-cli analyze in-process: summary, JSON against the schema's required keys, CSV, exit codes.
#include "CliRunner.h"

#include <netzatlas/analysis/AnalysisJob.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace netzatlas;

namespace {

/// A small registry: an SCP Grundschule without Jugendhilfe partner, a Kita linked to it, a Jugendamt.
QString smallRegistry(const test::TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("netz.sqlite"));
    auto registry = test::createRegistryWithTerritories(path);
    Actor school;
    school.typeCode = QStringLiteral("SCHULE");
    school.name = QStringLiteral("Grundschule am Bach");
    school.schoolKind = QStringLiteral("GS");
    school.scp = true;
    school.seatRs = QStringLiteral("071335010001");
    auto schoolId = registry->insertActor(school);
    Actor kita;
    kita.typeCode = QStringLiteral("KITA");
    kita.name = QStringLiteral("Kita Regenbogen");
    kita.seatRs = QStringLiteral("071335010001");
    auto kitaId = registry->insertActor(kita);
    Actor office;
    office.typeCode = QStringLiteral("JUGENDAMT");
    office.name = QStringLiteral("Kreisjugendamt");
    office.seatRs = QStringLiteral("071330006006");
    office.responsibleFor = {QStringLiteral("07133")};
    REQUIRE(registry->insertActor(office).ok());
    REQUIRE(schoolId.ok());
    REQUIRE(kitaId.ok());
    CooperationLink link;
    link.source = *kitaId;
    link.target = *schoolId;
    link.typeCode = QStringLiteral("UEBERGANG_KITA_GS");
    link.actionField = QStringLiteral("UEBERGAENGE");
    REQUIRE(registry->insertLink(link).ok());
    return path;
}

/// The "required" keys of an object schema in docs/analysis.schema.json, found by a JSON pointer path.
QStringList requiredKeys(const QJsonObject &schema)
{
    QStringList keys;
    for (const QJsonValue &v : schema.value(QStringLiteral("required")).toArray())
        keys.append(v.toString());
    return keys;
}

} // namespace

TEST_CASE("analyze prints a German summary of the questions", "[cli][analysis]")
{
    test::TempDir dir;
    const QString path = smallRegistry(dir);
    test::CliRun run = test::runCli({QStringLiteral("analyze"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::Success);
    CHECK(run.out.contains(QStringLiteral("SCP-Schulen ohne Partner der Jugendhilfe")));
    CHECK(run.out.contains(QStringLiteral("Grundschule am Bach")));
    CHECK(run.out.contains(QStringLiteral("Was tun?")));
    CHECK(run.out.contains(QStringLiteral("3 Akteure")));
}

TEST_CASE("analyze prints numbers with at most three decimals and a German decimal comma", "[cli][analysis]")
{
    test::TempDir dir;
    const QString path = smallRegistry(dir);
    test::CliRun run =
        test::runCli({QStringLiteral("analyze"), path, QStringLiteral("--only"), QStringLiteral("overview")});
    INFO(run.out.toStdString());
    REQUIRE(run.code == cli::Success);
    // Dichte of 3 actors with 1 pair: 1/3.
    CHECK(run.out.contains(QStringLiteral("0,333")));
    CHECK_FALSE(run.out.contains(QStringLiteral("0,3333")));
    const QRegularExpression longNumber(QStringLiteral("\\d,\\d{4,}"));
    CHECK_FALSE(longNumber.match(run.out).hasMatch());
}

TEST_CASE("analyze --json matches the schema's required keys and --csv writes one file per table", "[cli][analysis]")
{
    test::TempDir dir;
    const QString path = smallRegistry(dir);
    const QString json = dir.file(QStringLiteral("out.json"));
    const QString csv = dir.file(QStringLiteral("csv"));
    test::CliRun run =
        test::runCli({QStringLiteral("analyze"), path, QStringLiteral("--at"), QStringLiteral("2025-03-01"),
                      QStringLiteral("--only"), QStringLiteral("youth-welfare,education-chain,overview"),
                      QStringLiteral("--json"), json, QStringLiteral("--csv"), csv});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::Success);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readAll(json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QJsonDocument schemaDoc = QJsonDocument::fromJson(
        test::readAll(test::sourceDir() + QStringLiteral("/docs/analysis.schema.json")), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject schema = schemaDoc.object();
    for (const QString &key : requiredKeys(schema))
        CHECK(root.contains(key));
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    for (const QString &key : requiredKeys(
             schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("network")).toObject()))
        CHECK(root.value(QStringLiteral("network")).toObject().contains(key));
    const QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() >= 4);
    for (const QJsonValue &t : tables) {
        const QJsonObject table = t.toObject();
        for (const QString &key : requiredKeys(defs.value(QStringLiteral("table")).toObject()))
            CHECK(table.contains(key));
        const int columns = static_cast<int>(table.value(QStringLiteral("columns")).toArray().size());
        for (const QJsonValue &r : table.value(QStringLiteral("rows")).toArray()) {
            for (const QString &key : requiredKeys(defs.value(QStringLiteral("row")).toObject()))
                CHECK(r.toObject().contains(key));
            CHECK(r.toObject().value(QStringLiteral("cells")).toArray().size() == columns);
        }
    }
    CHECK(root.value(QStringLiteral("date")).toString() == QStringLiteral("2025-03-01"));
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("netzatlas-analysis"));
    CHECK(root.value(QStringLiteral("analyses")).toArray().size() == 3);
    // The SCP school without Jugendhilfe partner is in the youth-welfare table.
    bool found = false;
    for (const QJsonValue &t : tables) {
        if (t.toObject().value(QStringLiteral("id")).toString() == u"youth-welfare.schools")
            found = t.toObject().value(QStringLiteral("rows")).toArray().size() == 1;
    }
    CHECK(found);

    const QStringList files = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files);
    CHECK(files.size() == tables.size());
    CHECK(files.contains(QStringLiteral("youth-welfare.schools.csv")));
    const QString text =
        QString::fromUtf8(test::readAll(QDir(csv).filePath(QStringLiteral("youth-welfare.schools.csv"))));
    CHECK(text.contains(QStringLiteral("Grundschule am Bach")));
    CHECK(text.contains(QStringLiteral("Akteur-IDs")));

    // JSON to stdout prints nothing else there.
    test::CliRun toStdout = test::runCli({QStringLiteral("analyze"), path, QStringLiteral("--only"),
                                          QStringLiteral("overview"), QStringLiteral("--json"), QStringLiteral("-")});
    REQUIRE(toStdout.code == cli::Success);
    CHECK(QJsonDocument::fromJson(toStdout.out.toUtf8(), &error).isObject());
    CHECK(error.error == QJsonParseError::NoError);
}

TEST_CASE("analyze exit codes: usage and rejected registry", "[cli][analysis]")
{
    test::TempDir dir;
    const QString path = smallRegistry(dir);
    CHECK(test::runCli({QStringLiteral("analyze")}).code == cli::Usage);
    test::CliRun badDate =
        test::runCli({QStringLiteral("analyze"), path, QStringLiteral("--at"), QStringLiteral("1.3.2025")});
    CHECK(badDate.code == cli::Usage);
    CHECK(badDate.err.contains(QStringLiteral("JJJJ-MM-TT")));
    test::CliRun badName =
        test::runCli({QStringLiteral("analyze"), path, QStringLiteral("--only"), QStringLiteral("zentralitaet")});
    CHECK(badName.code == cli::Usage);
    CHECK(badName.err.contains(QStringLiteral("„zentralitaet“")));
    test::CliRun missing = test::runCli({QStringLiteral("analyze"), dir.file(QStringLiteral("fehlt.sqlite"))});
    CHECK(missing.code == cli::Rejected);
    const QString notRegistry = dir.write(QStringLiteral("text.sqlite"), "kein SQLite");
    CHECK(test::runCli({QStringLiteral("analyze"), notRegistry}).code == cli::Rejected);
}

TEST_CASE("analyze on an empty registry and on a registry with one actor", "[cli][analysis]")
{
    test::TempDir dir;
    const QString empty = dir.file(QStringLiteral("leer.sqlite"));
    test::createRegistryWithTerritories(empty);
    test::CliRun run = test::runCli({QStringLiteral("analyze"), empty});
    INFO(run.err.toStdString());
    REQUIRE(run.code == cli::Success);
    CHECK(run.out.contains(QStringLiteral("0 Akteure")));
    CHECK(run.out.contains(QStringLiteral("(keine Einträge)")));

    const QString one = dir.file(QStringLiteral("eins.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(one);
        Actor school;
        school.typeCode = QStringLiteral("SCHULE");
        school.name = QStringLiteral("Einzige Schule");
        school.schoolKind = QStringLiteral("GS");
        school.scp = true;
        school.seatRs = QStringLiteral("071335010001");
        REQUIRE(registry->insertActor(school).ok());
    }
    test::CliRun single = test::runCli({QStringLiteral("analyze"), one, QStringLiteral("--json"), QStringLiteral("-")});
    INFO(single.err.toStdString());
    REQUIRE(single.code == cli::Success);
    const QJsonObject root = QJsonDocument::fromJson(single.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("network")).toObject().value(QStringLiteral("actors")).toInt() == 1);
    CHECK(root.value(QStringLiteral("network")).toObject().value(QStringLiteral("links")).toInt() == 0);
    CHECK(root.value(QStringLiteral("tables")).toArray().size() > 20);
}

TEST_CASE("bench times one run of every analysis, and each metric alone beside it", "[cli][analysis]")
{
    test::TempDir dir;
    const QString json = dir.file(QStringLiteral("bench.json"));
    const auto run =
        test::runCli({QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("vg"),
                      QStringLiteral("--memory"), QStringLiteral("--out"), dir.path(), QStringLiteral("--json"), json});
    INFO(run.out.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("alle Analysen wie „analyze“ (ein Lauf)")));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // The total is the job with every analysis, timed per analysis in the order they are reported.
    const QJsonObject questions = root.value(QStringLiteral("questions")).toObject();
    for (const auto &info : analysis::availableAnalyses())
        CHECK(questions.contains(info.id));
    CHECK(root.value(QStringLiteral("analysesSeconds")).toDouble() > 0.0);
    CHECK(root.value(QStringLiteral("analysesJobCpuSeconds")).toDouble() > 0.0);
    // The single measurements (for igraph) stay, but are not added to the total.
    const QJsonObject metrics = root.value(QStringLiteral("analyses")).toObject();
    for (const char *key : {"degrees", "components", "louvain", "paths"})
        CHECK(metrics.contains(QLatin1String(key)));
    CHECK(root.value(QStringLiteral("metricsSeconds")).toDouble() > 0.0);
    const QString kernel = root.value(QStringLiteral("betweennessKernel")).toString();
    CHECK((kernel == u"avx2" || kernel == u"portable"));
    // --portable-kernel is honoured.
    const auto portable = test::runCli({QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("vg"),
                                        QStringLiteral("--memory"), QStringLiteral("--portable-kernel"),
                                        QStringLiteral("--out"), dir.path(), QStringLiteral("--json"), json});
    REQUIRE(portable.code == 0);
    QFile again(json);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(again.readAll()).object().value(QStringLiteral("betweennessKernel")).toString() ==
          QStringLiteral("portable"));
}
