// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/ExchangeExporter.h>
#include <netzatlas/io/ExchangeImporter.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace netzatlas;

namespace {

ImportSource source(ImportKind kind, const QString &path)
{
    auto table = CsvReader::readFile(path);
    if (!table.ok())
        FAIL(table.error().toString().toStdString());
    return ImportSource{kind, *table, std::nullopt};
}

ImportSource sourceFromBytes(ImportKind kind, const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    return source(kind, dir.write(name, bytes));
}

ImportReport runImport(RegistryRepository &registry, const QList<ImportSource> &sources, ImportOptions options = {})
{
    ExchangeImporter importer(registry);
    auto report = importer.run(sources, options);
    if (!report.ok())
        FAIL(report.error().toString().toStdString());
    return *report;
}

bool hasError(const ImportReport &report, int line, const QString &field)
{
    for (const Error &e : report.errors) {
        if (e.line == line && e.field == field)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A school list exported from Excel imports with Gemeinden resolved, and again changes nothing", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ImportSource schools = source(ImportKind::Actors, test::testData(QStringLiteral("schulliste-excel-win1252.csv")));
    CHECK(schools.table.encoding == QStringLiteral("Windows-1252"));

    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport trial = runImport(*registry, {schools}, dry);
    CHECK(trial.created == 7);
    CHECK(registry->actors()->isEmpty());

    const ImportReport first = runImport(*registry, {schools});
    REQUIRE(first.accepted());
    CHECK(first.created == 7);
    auto actors = *registry->actors();
    REQUIRE(actors.size() == 7);
    for (const Actor &a : actors) {
        CHECK(a.typeCode == QStringLiteral("SCHULE"));
        CHECK_FALSE(a.seatRs.isEmpty());
        CHECK(a.seatRs.startsWith(QStringLiteral("07133")));
    }
    auto igs = registry->actorBySchoolNumber(QStringLiteral("51004"));
    REQUIRE(igs->has_value());
    CHECK((*igs)->name == QStringLiteral("IGS Kirn – Schule für alle"));
    CHECK((*igs)->schoolKind == QStringLiteral("IGS"));
    CHECK((*igs)->street == QStringLiteral("Übergasse 7"));
    CHECK((*registry->actorBySchoolNumber(QStringLiteral("51006")))->schoolKind == QStringLiteral("FOES"));

    const ImportReport second = runImport(*registry, {schools});
    CHECK(second.created == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 7);
    CHECK(registry->actors()->size() == 7);

    // Links of the same kind of file refer to actors by Schulnummer.
    const ImportSource links = source(ImportKind::Links, test::testData(QStringLiteral("verbindungen-excel.csv")));
    const ImportReport linked = runImport(*registry, {links});
    INFO(linked.details().toStdString());
    REQUIRE(linked.accepted());
    CHECK(linked.created == 3);
    const ImportReport linkedAgain = runImport(*registry, {links});
    CHECK(linkedAgain.unchanged == 3);
    CHECK(registry->links()->size() == 3);
    auto all = *registry->links();
    const auto it = std::find_if(all.begin(), all.end(), [](const CooperationLink &l) { return l.intensity == 3; });
    REQUIRE(it != all.end());
    CHECK(it->validUntil == QDate(2026, 7, 31));
    CHECK(it->actionField == QStringLiteral("UEBERGAENGE"));
    CHECK(it->direction == LinkDirection::Directed);
}

TEST_CASE("A changed row updates the actor found by Schulnummer instead of duplicating it", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    runImport(*registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("a.csv"),
                                          "Schulnummer;Schulart;Name;AGS\n52001;GS;Grundschule Alt;07133006\n")});
    const ImportReport report = runImport(
        *registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("b.csv"),
                                    "Schulnummer;Schulart;Name;AGS\n52001;GS;Grundschule Neu;7133006\n")});
    CHECK(report.updated == 1);
    auto actors = *registry->actors();
    REQUIRE(actors.size() == 1);
    CHECK(actors.first().name == QStringLiteral("Grundschule Neu"));
    CHECK(actors.first().seatRs == QStringLiteral("071330006006")); // AGS without its leading zero

    ImportOptions skip;
    skip.onConflict = OnConflict::Skip;
    CHECK(runImport(*registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("c.csv"),
                                                "Schulnummer;Schulart;Name\n52001;GS;Anders\n")},
                    skip)
              .skipped == 1);
    ImportOptions fail;
    fail.onConflict = OnConflict::Fail;
    CHECK_FALSE(runImport(*registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("d.csv"),
                                                      "Schulnummer;Schulart;Name\n52001;GS;Anders\n")},
                          fail)
                    .accepted());
}

TEST_CASE("Each bad input is rejected naming line and field, and nothing is stored", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    runImport(*registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("base.csv"),
                                          "id;name;type\nV1;Sportverein;VEREIN_SPORT\n")});
    const auto before = *registry->actors();

    struct Case
    {
        const char *description;
        QByteArray csv;
        int line;
        const char *field;
    };
    const QList<Case> cases = {
        {"missing required column", "type;ort\nKITA;Kirn\n", 1, "name"},
        {"unknown type", "id;name;type\nN1;Neu eins;KITA\nN2;Raumstation;RAUMSTATION\n", 3, "type"},
        {"unknown AGS", "id;name;type;rs\nN1;Kita Nord;KITA;07133999\n", 2, "rs"},
        {"malformed key", "id;name;type;rs\nN1;Kita Nord;KITA;07-133\n", 2, "rs"},
        {"duplicate id", "id;name;type\nN1;Kita A;KITA\nN1;Kita B;KITA\n", 3, "id"},
        {"unknown Schulart", "name;schulart\nSchule X;Hogwarts\n", 2, "schulart"},
        {"bad yes/no", "name;type;scp\nGS Y;GS;vielleicht\n", 2, "scp"},
        {"missing name", "name;type\n;KITA\n", 2, "name"},
    };
    for (const Case &c : cases) {
        INFO(c.description);
        const ImportReport report = runImport(
            *registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("bad.csv"), c.csv)});
        INFO(report.details().toStdString());
        CHECK_FALSE(report.accepted());
        CHECK(hasError(report, c.line, QString::fromUtf8(c.field)));
        for (const Error &e : report.errors)
            CHECK(e.file.endsWith(QStringLiteral("bad.csv")));
        CHECK(*registry->actors() == before);
    }

    const QList<Case> linkCases = {
        {"unknown actor", "source;target;type\nV1;GIBTSNICHT;GANZTAG\n", 2, "target"},
        {"unknown link type", "source;target;type\nV1;V1;FREUNDSCHAFT\n", 2, "type"},
        {"end before start", "source;target;type;since;until\nV1;N9;GANZTAG;01.08.2025;31.07.2025\n", 2, "target"},
        {"bad date", "source;target;type;since\nV1;V1;GANZTAG;32.13.2025\n", 2, "since"},
        {"missing type column", "source;target\nV1;V1\n", 1, "type"},
    };
    for (const Case &c : linkCases) {
        INFO(c.description);
        const ImportReport report = runImport(
            *registry, {sourceFromBytes(ImportKind::Links, dir, QStringLiteral("bad.csv"), c.csv)});
        INFO(report.details().toStdString());
        CHECK_FALSE(report.accepted());
        CHECK(hasError(report, c.line, QString::fromUtf8(c.field)));
        CHECK(registry->links()->isEmpty());
    }
}

TEST_CASE("An import with some bad rows stores none of the good ones", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ImportReport report = runImport(
        *registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("mixed.csv"),
                                    "name;type\nKita eins;KITA\nKita zwei;KITA\nX;UNBEKANNT\nKita vier;KITA\n")});
    CHECK_FALSE(report.accepted());
    CHECK(report.errors.size() == 1);
    CHECK(report.created == 3); // counted in the run ...
    CHECK(registry->actors()->isEmpty()); // ... but rolled back
    CHECK(report.summary().contains(QStringLiteral("nichts gespeichert")));
}

TEST_CASE("A mapping file assigns columns the synonyms do not know", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ImportSource src = sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("m.csv"),
                                             "Einrichtungsname;Kategorie;Kennziffer\nKita Sonne;KITA;07133006\n");
    QJsonObject mapping{{QStringLiteral("Einrichtungsname"), QStringLiteral("name")},
                        {QStringLiteral("Kennziffer"), QStringLiteral("rs")}};
    auto m = ColumnMapping::fromJson(ImportKind::Actors, mapping, src.table.header, QStringLiteral("map.json"));
    REQUIRE(m.ok());
    ImportSource mapped = src;
    mapped.mapping = *m;
    const ImportReport report = runImport(*registry, {mapped});
    REQUIRE(report.accepted());
    CHECK((*registry->actors()).first().seatRs == QStringLiteral("071330006006"));

    QJsonObject wrong{{QStringLiteral("Einrichtungsname"), QStringLiteral("vorname")}};
    auto bad = ColumnMapping::fromJson(ImportKind::Actors, wrong, src.table.header, QStringLiteral("map.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file == QStringLiteral("map.json"));
}

TEST_CASE("Registry to exchange CSV to a new registry compares equal", "[io]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("a.sqlite")));
    const ImportReport actorsIn = runImport(
        *registry, {sourceFromBytes(ImportKind::Actors, dir, QStringLiteral("a.csv"),
                                    "id;name;type;schulart;rs;scp;schulnummer;tags;notiz;ganztag;scp_kohorte;schultraeger\n"
                                    "S1;\"'=Grundschule \"\"Am Bach\"\"\";SCHULE;GS;071330006006;ja;53001;MINT, Ganztag;"
                                    "\"Zeile 1\nZeile 2\";OFFEN;2024;071330006\n"
                                    "K1;\"Kita; Süd\";KITA;;;nein;;;;;;\n"
                                    "J1;Jugendamt Kreis Bad Kreuznach;JUGENDAMT;;07133;nein;;;\"'); DROP TABLE actor;--\";;;\n")});
    INFO(actorsIn.details().toStdString());
    REQUIRE(actorsIn.accepted());
    const ImportReport linksIn = runImport(
        *registry, {sourceFromBytes(ImportKind::Links, dir, QStringLiteral("l.csv"),
                                    "source;target;type;handlungsfeld;direction;intensity;formality;since;until;"
                                    "status;notiz\n"
                                    "K1;S1;UEBERGANG_KITA_GS;UEBERGAENGE;->;3;VEREINBART;2020-08-01;2026-07-31;"
                                    "AKTIV;-5\n"
                                    "J1;S1;FALLBERATUNG;;<->;1;INFORMELL;;;BEENDET;\n")});
    INFO(linksIn.details().toStdString());
    REQUIRE(linksIn.accepted());
    CHECK((*registry->actorByKey(QStringLiteral("S1")))->name == QStringLiteral("=Grundschule \"Am Bach\""));
    REQUIRE(registry->actors()->size() == 3);
    REQUIRE(registry->links()->size() == 2);

    auto written = ExchangeExporter::writeCsv(*registry, dir.file(QStringLiteral("export")), ExchangeExporter::Tables::Both);
    REQUIRE(written.ok());
    REQUIRE(written->size() == 2);
    auto copy = test::createRegistryWithTerritories(dir.file(QStringLiteral("b.sqlite")));
    const ImportReport report = runImport(*copy, {source(ImportKind::Actors, written->at(0)),
                                                  source(ImportKind::Links, written->at(1))});
    INFO(report.details().toStdString());
    REQUIRE(report.accepted());
    const auto original = *registry->actors();
    const auto imported = *copy->actors();
    REQUIRE(original.size() == imported.size());
    for (int i = 0; i < original.size(); ++i) {
        INFO(original.at(i).name.toStdString());
        CHECK(original.at(i).sameContent(imported.at(i)));
    }
    const auto originalLinks = *registry->links();
    const auto importedLinks = *copy->links();
    REQUIRE(originalLinks.size() == importedLinks.size());
    // Row ids differ between registries; compare with the endpoints as keys.
    auto keyOf = [](RegistryRepository &r, ActorId id) { return (*r.actor(id))->key; };
    for (int i = 0; i < originalLinks.size(); ++i) {
        CooperationLink a = originalLinks.at(i);
        CooperationLink b = importedLinks.at(i);
        CHECK(keyOf(*registry, a.source) == keyOf(*copy, b.source));
        CHECK(keyOf(*registry, a.target) == keyOf(*copy, b.target));
        b.source = a.source;
        b.target = a.target;
        CHECK(a.sameContent(b));
    }

    // Importing the export into the registry it came from changes nothing.
    const ImportReport again = runImport(*registry, {source(ImportKind::Actors, written->at(0)),
                                                     source(ImportKind::Links, written->at(1))});
    CHECK(again.unchanged == 5);
    CHECK(again.created + again.updated == 0);
}

TEST_CASE("Dates, yes/no values and keys are parsed the way users type them", "[io]")
{
    CHECK(ExchangeImporter::parseDate(QStringLiteral("31.07.2026")) == QDate(2026, 7, 31));
    CHECK(ExchangeImporter::parseDate(QStringLiteral("1.8.26")) == QDate(2026, 8, 1));
    CHECK(ExchangeImporter::parseDate(QStringLiteral("2026-07-31")) == QDate(2026, 7, 31));
    CHECK(ExchangeImporter::parseDate(QStringLiteral("46234")) == QDate(2026, 7, 31)); // Excel serial day
    CHECK_FALSE(ExchangeImporter::parseDate(QStringLiteral("31.02.2026")).has_value());
    CHECK(ExchangeImporter::parseBool(QStringLiteral("Ja")) == true);
    CHECK(ExchangeImporter::parseBool(QStringLiteral("x")) == true);
    CHECK(ExchangeImporter::parseBool(QString()) == false);
    CHECK_FALSE(ExchangeImporter::parseBool(QStringLiteral("vielleicht")).has_value());
    CHECK(ExchangeImporter::normalizeKey(QStringLiteral("7133006")) == QStringLiteral("07133006"));
    CHECK(ExchangeImporter::normalizeKey(QStringLiteral(" 071330006006 ")) == QStringLiteral("071330006006"));
}
