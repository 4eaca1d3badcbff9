// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/ExchangeExporter.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/GraphFormats.h>
#include <netzatlas/io/XlsxExporter.h>
#include <netzatlas/io/XlsxReader.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QXmlStreamReader>

using namespace netzatlas;

namespace {

ImportReport runImport(RegistryRepository &registry, const QList<ImportSource> &sources)
{
    ExchangeImporter importer(registry);
    auto report = importer.run(sources, ImportOptions{});
    REQUIRE(report.ok());
    return *report;
}

Table csvTable(const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    auto table = CsvReader::readFile(dir.write(name, bytes));
    REQUIRE(table.ok());
    return *table;
}

/// A registry with the awkward content a round trip must survive: formula-looking and quoted names, line breaks,
/// separators, SQL, umlauts, both directions, dates, every optional field.
std::unique_ptr<RegistryRepository> awkwardRegistry(const test::TempDir &dir, const QString &file)
{
    auto registry = test::createRegistryWithTerritories(dir.file(file));
    const ImportReport actors = runImport(
        *registry,
        {ImportSource{ImportKind::Actors,
                      csvTable(dir, QStringLiteral("a.csv"),
                               "id;name;type;schulart;rs;scp;schulnummer;strasse;plz;ort;tags;notiz;kurzname;"
                               "schultraeger;jugendamt;ganztag;scp_kohorte;rechtsstatus;foerderschwerpunkte;"
                               "kita_traeger\n"
                               "S1;\"'=Grundschule \"\"Am Bach\"\"\";SCHULE;GS;071330006006;ja;53001;Übergasse 7;"
                               "05545;Bad Kreuznach;MINT, Ganztag;\"Zeile 1\nZeile 2\";GS Bach;071330006;07133;"
                               "OFFEN;2024;öffentlich;L,S;\n"
                               "K1;\"Kita; Süd <&>\";KITA;;;nein;;;;;;;;;;;;;;KIRCHLICH\n"
                               "J1;Jugendamt Kreis Bad Kreuznach;JUGENDAMT;;07133;nein;;;;;;"
                               "\"'); DROP TABLE actor;--\";;;;;;;;\n"
                               "V1;'@Verein +1;VEREIN;;;nein;;;;;;'-5;;;;;;;;\n"),
                      std::nullopt}});
    INFO(actors.details().toStdString());
    REQUIRE(actors.accepted());
    const ImportReport links = runImport(
        *registry, {ImportSource{ImportKind::Links,
                                 csvTable(dir, QStringLiteral("l.csv"),
                                          "source;target;type;handlungsfeld;direction;intensity;formality;since;"
                                          "until;status;notiz\n"
                                          "K1;S1;UEBERGANG_KITA_GS;UEBERGAENGE;->;3;VEREINBART;2020-08-01;"
                                          "2026-07-31;AKTIV;-5\n"
                                          "J1;S1;FALLBERATUNG;;<->;1;INFORMELL;;;BEENDET;\n"
                                          "V1;S1;FALLBERATUNG;;<->;2;REGELMAESSIG;2024-02-29;;RUHEND;\"a\tb\"\n"),
                                 std::nullopt}});
    INFO(links.details().toStdString());
    REQUIRE(links.accepted());
    REQUIRE(registry->links()->size() == 3);
    return registry;
}

void requireEqual(RegistryRepository &original, RegistryRepository &copy)
{
    const auto a = *original.actors();
    const auto b = *copy.actors();
    REQUIRE(a.size() == b.size());
    QHash<QString, Actor> byKey;
    for (const Actor &actor : b)
        byKey.insert(actor.key, actor);
    for (const Actor &actor : a) {
        INFO(actor.key.toStdString());
        REQUIRE(byKey.contains(actor.key));
        CHECK(actor.sameContent(byKey.value(actor.key)));
    }
    auto keyOf = [](RegistryRepository &r, ActorId id) { return (*r.actor(id))->key; };
    const auto la = *original.links();
    const auto lb = *copy.links();
    REQUIRE(la.size() == lb.size());
    for (const CooperationLink &l : la) {
        bool found = false;
        for (CooperationLink m : lb) {
            if (keyOf(original, l.source) != keyOf(copy, m.source) ||
                keyOf(original, l.target) != keyOf(copy, m.target) || m.typeCode != l.typeCode)
                continue;
            m.source = l.source;
            m.target = l.target;
            found = l.sameContent(m);
            if (found)
                break;
        }
        INFO(l.typeCode.toStdString());
        CHECK(found);
    }
}

} // namespace

TEST_CASE("Registry to GraphML to a new registry compares equal, and importing it again changes nothing",
          "[io][graphml]")
{
    test::TempDir dir;
    auto registry = awkwardRegistry(dir, QStringLiteral("a.sqlite"));
    const QString path = dir.file(QStringLiteral("netz.graphml"));
    REQUIRE(GraphFormats::write(*registry, QStringLiteral("graphml"), path).ok());
    auto sources = GraphFormats::readGraphMlFile(path);
    REQUIRE(sources.ok());
    REQUIRE(sources->size() == 2);

    auto copy = test::createRegistryWithTerritories(dir.file(QStringLiteral("b.sqlite")));
    const ImportReport first = runImport(*copy, *sources);
    INFO(first.details().toStdString());
    REQUIRE(first.accepted());
    CHECK(first.created == 7);
    requireEqual(*registry, *copy);

    const ImportReport second = runImport(*copy, *sources);
    CHECK(second.created == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 7);
    const ImportReport intoOriginal = runImport(*registry, *sources);
    CHECK(intoOriginal.unchanged == 7);
}

TEST_CASE("The demo network survives GraphML into itself unchanged", "[io][graphml]")
{
    test::TempDir dir;
    auto demo = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    auto bytes = GraphFormats::graphMl(*demo);
    REQUIRE(bytes.ok());
    auto sources = GraphFormats::readGraphMl(*bytes, QStringLiteral("demo.graphml"));
    REQUIRE(sources.ok());
    const ImportReport report = runImport(*demo, *sources);
    INFO(report.details().toStdString());
    REQUIRE(report.accepted());
    CHECK(report.created == 0);
    CHECK(report.updated == 0);
    CHECK(report.unchanged == static_cast<int>(demo->actors()->size() + demo->links()->size()));
}

TEST_CASE("Registry to XLSX to a new registry compares equal", "[io][xlsx]")
{
    test::TempDir dir;
    auto registry = awkwardRegistry(dir, QStringLiteral("a.sqlite"));
    auto sheets = XlsxExporter::registrySheets(*registry, false);
    REQUIRE(sheets.ok());
    const QString path = dir.file(QStringLiteral("netz.xlsx"));
    REQUIRE(XlsxExporter::write(*sheets, path, QStringLiteral("Test")).ok());
    auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(names->contains(QStringLiteral("Akteure")));
    CHECK(names->contains(QStringLiteral("Verbindungen")));
    CHECK(names->contains(QStringLiteral("Maßnahmen")));
    CHECK_FALSE(names->contains(QStringLiteral("Kontaktpersonen")));
    auto actors = XlsxReader::readFile(path, QStringLiteral("Akteure"));
    auto links = XlsxReader::readFile(path, QStringLiteral("Verbindungen"));
    REQUIRE(actors.ok());
    REQUIRE(links.ok());
    auto copy = test::createRegistryWithTerritories(dir.file(QStringLiteral("b.sqlite")));
    const ImportReport report = runImport(*copy, {ImportSource{ImportKind::Actors, *actors, std::nullopt},
                                                  ImportSource{ImportKind::Links, *links, std::nullopt}});
    INFO(report.details().toStdString());
    REQUIRE(report.accepted());
    requireEqual(*registry, *copy);
    const ImportReport again = runImport(*copy, {ImportSource{ImportKind::Actors, *actors, std::nullopt},
                                                 ImportSource{ImportKind::Links, *links, std::nullopt}});
    CHECK(again.unchanged == 7);
}

TEST_CASE("GEXF 1.3 carries viz colours, sizes and positions and DOT quotes names", "[io][gexf]")
{
    test::TempDir dir;
    auto registry = awkwardRegistry(dir, QStringLiteral("a.sqlite"));
    auto gexf = GraphFormats::gexf(*registry);
    REQUIRE(gexf.ok());
    QXmlStreamReader xml(*gexf);
    int nodes = 0;
    int colours = 0;
    int positions = 0;
    int sizes = 0;
    int edges = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"gexf")
            CHECK(xml.attributes().value(QLatin1String("version")) == u"1.3");
        if (xml.name() == u"node")
            ++nodes;
        if (xml.name() == u"edge")
            ++edges;
        if (xml.namespaceUri() == u"http://gexf.net/1.3/viz") {
            colours += xml.name() == u"color" ? 1 : 0;
            positions += xml.name() == u"position" ? 1 : 0;
            sizes += xml.name() == u"size" ? 1 : 0;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(nodes == 4);
    CHECK(edges == 3);
    CHECK(colours >= 4);
    CHECK(positions == 4);
    CHECK(sizes == 4);

    auto dot = GraphFormats::dot(*registry);
    REQUIRE(dot.ok());
    const QString text = QString::fromUtf8(*dot);
    CHECK(text.startsWith(QStringLiteral("digraph")));
    CHECK(text.contains(QStringLiteral("label=\"=Grundschule \\\"Am Bach\\\"\"")));
    CHECK(text.contains(QStringLiteral("dir=none")));
    CHECK(text.count(QStringLiteral(" -> ")) == 3);
}

TEST_CASE("Contact persons are exported only when asked for", "[io][graphml]")
{
    test::TempDir dir;
    auto registry = awkwardRegistry(dir, QStringLiteral("a.sqlite"));
    ContactPerson contact;
    contact.actor = (*registry->actorByKey(QStringLiteral("S1")))->id;
    contact.name = QStringLiteral("Erika Mustermann");
    contact.email = QStringLiteral("erika@example.org");
    contact.purpose = QStringLiteral("Koordination");
    contact.reviewDate = QDate(2027, 1, 1);
    REQUIRE(registry->insertContact(contact).ok());
    for (const QString &format : {QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("dot")}) {
        INFO(format.toStdString());
        const QString without = dir.file(QStringLiteral("ohne.") + format);
        const QString with = dir.file(QStringLiteral("mit.") + format);
        REQUIRE(GraphFormats::write(*registry, format, without).ok());
        GraphExportOptions options;
        options.withContacts = true;
        REQUIRE(GraphFormats::write(*registry, format, with, options).ok());
        CHECK_FALSE(test::readAll(without).contains("Mustermann"));
        CHECK(test::readAll(with).contains("Erika Mustermann"));
    }
    auto without = XlsxExporter::registrySheets(*registry, false);
    auto with = XlsxExporter::registrySheets(*registry, true);
    REQUIRE(without.ok());
    REQUIRE(with.ok());
    CHECK(with->size() == without->size() + 1);
    CHECK(with->last().rows.first().contains(QStringLiteral("erika@example.org")));
}

TEST_CASE("GraphML with a DTD, broken XML or another root is rejected with a message", "[io][graphml]")
{
    const QByteArray bomb = R"(<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&b;"/></graph></graphml>)";
    auto rejected = GraphFormats::readGraphMl(bomb, QStringLiteral("bombe.graphml"));
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(QStringLiteral("XML-Bombe")));
    CHECK(rejected.error().file == QStringLiteral("bombe.graphml"));

    auto broken = GraphFormats::readGraphMl("<graphml><graph><node id=\"a\">", QStringLiteral("kaputt.graphml"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("XML")));
    auto other = GraphFormats::readGraphMl("<gexf/>", QStringLiteral("x.graphml"));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("GraphML")));
}

TEST_CASE("German numbers are understood and the per-line report is a CSV", "[io]")
{
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("1.234,50")) == 1234.5);
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("1234,5")) == 1234.5);
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("1234.5")) == 1234.5);
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("1.234")) == 1234.0);
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("-2.000.000,25 €")) == -2000000.25);
    CHECK(ExchangeImporter::parseNumber(QStringLiteral("3")) == 3.0);
    CHECK_FALSE(ExchangeImporter::parseNumber(QStringLiteral("1,234.5")).has_value());
    CHECK_FALSE(ExchangeImporter::parseNumber(QStringLiteral("zwei")).has_value());

    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    const ImportReport report = runImport(
        *registry, {ImportSource{ImportKind::Links,
                                 csvTable(dir, QStringLiteral("v.csv"),
                                          "Von;Nach;Typ;Gewicht\nX;Y;FALLBERATUNG;2,0\nX;Y;FALLBERATUNG;1.5\n"),
                                 std::nullopt}});
    REQUIRE_FALSE(report.accepted());
    const QString path = dir.file(QStringLiteral("bericht.csv"));
    REQUIRE(report.saveReport(path).ok());
    auto table = CsvReader::readFile(path);
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("Art"), QStringLiteral("Datei"), QStringLiteral("Zeile"),
                                       QStringLiteral("Feld"), QStringLiteral("Meldung")});
    CHECK(table->rows.size() == report.errors.size() + report.warnings.size() + 1);
    CHECK(table->rows.first().cells.at(0) == QStringLiteral("Fehler"));
    CHECK(table->rows.first().cells.at(2) == QStringLiteral("2"));
    CHECK(table->rows.first().cells.at(3) == QStringLiteral("source"));
    bool intensityRejected = false;
    for (const TableRow &row : table->rows)
        intensityRejected |= row.cells.at(2) == u"3" && row.cells.at(3) == u"intensity";
    CHECK(intensityRejected); // 1.5 is no intensity; 2,0 is
    CHECK(table->rows.last().cells.at(0) == QStringLiteral("Zusammenfassung"));
}
