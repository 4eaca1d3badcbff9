// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/XlsxExporter.h>
#include <netzatlas/io/XlsxReader.h>

#include "TestSupport.h"
#include "XlsxFixtures.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

namespace {

ImportReport runImport(RegistryRepository &registry, const QList<ImportSource> &sources,
                       const ImportOptions &options = {})
{
    ExchangeImporter importer(registry);
    auto report = importer.run(sources, options);
    REQUIRE(report.ok());
    return *report;
}

/// Actors by Schulnummer without ids and row versions, to compare two registries.
QMap<QString, Actor> actorsBySchoolNumber(RegistryRepository &registry)
{
    QMap<QString, Actor> out;
    const QList<Actor> actors = *registry.actors();
    for (Actor a : actors) {
        a.id = {};
        a.rowVersion = 0;
        a.key.clear();
        out.insert(a.schoolNumber, a);
    }
    return out;
}

} // namespace

TEST_CASE("The school list saved as XLSX imports like the CSV: Gemeinden resolved, twice changes nothing", "[io][xlsx]")
{
    test::TempDir dir;
    const QString xlsx = test::testData(QStringLiteral("schulliste-excel.xlsx"));
    auto names = XlsxReader::sheetNames(xlsx);
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("Hinweise"), QStringLiteral("Schulen")});

    auto byName = XlsxReader::readFile(xlsx, QStringLiteral("Schulen"));
    REQUIRE(byName.ok());
    auto byNumber = XlsxReader::readFile(xlsx, QStringLiteral("2"));
    REQUIRE(byNumber.ok());
    CHECK(byNumber->rows.size() == byName->rows.size());
    CHECK(byName->sheet == QStringLiteral("Schulen"));
    CHECK(byName->header == QStringList{QStringLiteral("Schul-Nr."), QStringLiteral("Schulart"), QStringLiteral("Name"),
                                        QStringLiteral("Straße"), QStringLiteral("PLZ"), QStringLiteral("Ort")});
    REQUIRE(byName->rows.size() == 7);
    CHECK(byName->rows.first().line == 2);
    CHECK(byName->rows.first().cells.first() == QStringLiteral("51001")); // a number cell, no ".0"
    CHECK(byName->rows.at(3).cells.at(2) == QStringLiteral("IGS Kirn – Schule für alle"));

    auto fromXlsx = test::createRegistryWithTerritories(dir.file(QStringLiteral("x.sqlite")));
    ImportSource source{ImportKind::Actors, *byName, std::nullopt};
    const ImportReport first = runImport(*fromXlsx, {source});
    INFO(first.details().toStdString());
    REQUIRE(first.accepted());
    CHECK(first.created == 7);
    const QList<Actor> imported = *fromXlsx->actors();
    for (const Actor &a : imported)
        CHECK(a.seatRs.startsWith(QStringLiteral("07133")));
    const ImportReport second = runImport(*fromXlsx, {source});
    CHECK(second.created == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 7);

    // The same registry as from the Windows-1252 CSV.
    auto fromCsv = test::createRegistryWithTerritories(dir.file(QStringLiteral("c.sqlite")));
    auto csv = CsvReader::readFile(test::testData(QStringLiteral("schulliste-excel-win1252.csv")));
    REQUIRE(csv.ok());
    REQUIRE(runImport(*fromCsv, {ImportSource{ImportKind::Actors, *csv, std::nullopt}}).accepted());
    CHECK(actorsBySchoolNumber(*fromCsv) == actorsBySchoolNumber(*fromXlsx));

    // Links with real date cells.
    auto links = XlsxReader::readFile(test::testData(QStringLiteral("verbindungen-excel.xlsx")));
    REQUIRE(links.ok());
    CHECK(links->rows.first().cells.at(5) == QStringLiteral("01.08.2020"));
    const ImportReport linked = runImport(*fromXlsx, {ImportSource{ImportKind::Links, *links, std::nullopt}});
    INFO(linked.details().toStdString());
    REQUIRE(linked.accepted());
    CHECK(linked.created == 3);
    CHECK(runImport(*fromXlsx, {ImportSource{ImportKind::Links, *links, std::nullopt}}).unchanged == 3);
}

TEST_CASE("XLSX cells: shared, rich and inline strings, numbers, booleans, dates, gaps", "[io][xlsx]")
{
    const QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Datum</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="str"><v>Wahr</v></c><c r="E1" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>46234</v></c><c r="C3"><v>1234.5</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" s="2"><v>46234</v></c></row>
<row r="4"><c r="C4"><v>5.1001E4</v></c><c r="B4" s="0"><v>7</v></c><c r="E4"><f>1+1</f><v>2</v></c></row>
<row r="5"><c r="A5" s="3"/></row>
</sheetData></worksheet>)";
    const QByteArray shared = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>Name</t></si><si><r><t>Grund</t></r><r><rPr><b/></rPr><t xml:space="preserve">schule </t></r><rPh><t>X</t></rPh></si><si><t>Uhrzeit</t></si></sst>)";
    const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="TT.MM.JJJJ"/><numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="0"/></cellXfs></styleSheet>)";
    const QByteArray bytes = test::xlsx::workbook({{QStringLiteral("Tabelle1"), sheet}}, shared, styles);
    auto table = XlsxReader::parse(bytes, QStringLiteral("zellen.xlsx"));
    INFO((table.ok() ? QString() : table.error().toString()).toStdString());
    REQUIRE(table.ok());
    CHECK(table->header == QStringList{QStringLiteral("Name"), QStringLiteral("Datum"), QStringLiteral("Grundschule"),
                                       QStringLiteral("Wahr"), QStringLiteral("Uhrzeit")});
    REQUIRE(table->rows.size() == 2); // the header is trimmed; row 2 and the row with an empty styled cell do not count
    const TableRow &r3 = table->rows.at(0);
    CHECK(r3.line == 3);
    CHECK(r3.cells == QStringList{QStringLiteral("Grundschule "), QStringLiteral("31.07.2026"),
                                  QStringLiteral("1234.5"), QStringLiteral("WAHR"),
                                  QStringLiteral("46234")}); // a time format is not a date
    const TableRow &r4 = table->rows.at(1);
    CHECK(r4.cells ==
          QStringList{QString(), QStringLiteral("7"), QStringLiteral("51001"), QString(), QStringLiteral("2")});

    // 1904 date system.
    const QByteArray bytes1904 =
        test::xlsx::workbook({{QStringLiteral("Tabelle1"), sheet}}, shared, styles, /*date1904=*/true);
    auto t1904 = XlsxReader::parse(bytes1904, QStringLiteral("mac.xlsx"));
    REQUIRE(t1904.ok());
    CHECK(t1904->rows.at(0).cells.at(1) == QStringLiteral("01.08.2030"));
}

TEST_CASE("Excel serial dates follow the 1900 system with its leap-year bug and the 1904 system", "[io][xlsx]")
{
    CHECK(XlsxReader::serialToDate(1) == QDate(1900, 1, 1));
    CHECK(XlsxReader::serialToDate(59) == QDate(1900, 2, 28));
    CHECK(XlsxReader::serialToDate(61) == QDate(1900, 3, 1));
    CHECK(XlsxReader::serialToDate(46234) == QDate(2026, 7, 31));
    CHECK(XlsxReader::serialToDate(46234.75) == QDate(2026, 7, 31));
    CHECK(XlsxReader::serialToDate(44772, true) == QDate(2026, 7, 31));
    CHECK_FALSE(XlsxReader::serialToDate(-1).isValid());
    CHECK_FALSE(XlsxReader::serialToDate(1e300).isValid());
}

TEST_CASE("Malformed workbooks are rejected with a German message naming file, sheet or cell", "[io][xlsx]")
{
    const QByteArray good = test::xlsx::simpleWorkbook(
        {{QStringLiteral("Name"), QStringLiteral("Typ")}, {QStringLiteral("Kita Regenbogen"), QStringLiteral("KITA")}});
    REQUIRE(XlsxReader::parse(good, QStringLiteral("gut.xlsx")).ok());

    const auto malformed = test::xlsx::malformedCorpus();
    REQUIRE(malformed.size() >= 6);
    for (const auto &[name, bytes, expected] : malformed) {
        INFO(name.toStdString());
        auto table = XlsxReader::parse(bytes, name);
        REQUIRE_FALSE(table.ok());
        INFO(table.error().toString().toStdString());
        CHECK(table.error().file == name);
        CHECK(table.error().toString().contains(expected));
    }
}

TEST_CASE("The XLSX exporter writes text as text, numbers and dates as such, and reads back", "[io][xlsx]")
{
    test::TempDir dir;
    SheetData sheet;
    sheet.name = QStringLiteral("Akteure: [Test]/2026 mit einem sehr langen Namen");
    sheet.header = {QStringLiteral("name"), QStringLiteral("betrag"), QStringLiteral("seit"), QStringLiteral("scp")};
    sheet.styles = {SheetData::NumberStyle::Plain, SheetData::NumberStyle::Euro};
    sheet.rows << QVariantList{QStringLiteral("=HYPERLINK(\"http://x\")"), 1234.5, QDate(2026, 7, 31), true}
               << QVariantList{QStringLiteral("@SUMME(A1)"), 0, QString(), false};
    const QString path = dir.file(QStringLiteral("out.xlsx"));
    REQUIRE(XlsxExporter::write({sheet}, path, QStringLiteral("Test")).ok());
    auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(names->first().size() <= 31);
    CHECK_FALSE(names->first().contains(u'['));
    auto table = XlsxReader::readFile(path);
    REQUIRE(table.ok());
    CHECK(table->rows.at(0).cells == QStringList{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("1234.5"),
                                                 QStringLiteral("31.07.2026"), QStringLiteral("ja")});
    CHECK(table->rows.at(1).cells.first() == QStringLiteral("@SUMME(A1)"));

    // An existing file stays intact when the export fails (a sheet with an over-long cell).
    const QByteArray before = test::readAll(path);
    SheetData bad = sheet;
    bad.rows << QVariantList{QString(40000, u'x')};
    auto failed = XlsxExporter::write({bad}, path);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("32.767")));
    CHECK(test::readAll(path) == before);
}
