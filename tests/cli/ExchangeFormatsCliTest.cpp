// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CliRunner.h"

#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/XlsxReader.h>
#include <netzatlas/storage/RegistryStore.h>

#include "TestSupport.h"
#include "XlsxFixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>

using namespace netzatlas;

TEST_CASE("CLI: the school list as XLSX and as Windows-1252 CSV imports with Gemeinden, and twice changes nothing",
          "[cli][xlsx]")
{
    test::TempDir dir;
    for (const QString &fixture :
         {QStringLiteral("schulliste-excel.xlsx"), QStringLiteral("schulliste-excel-win1252.csv")}) {
        INFO(fixture.toStdString());
        const QString path = dir.file(fixture + QStringLiteral(".sqlite"));
        REQUIRE(test::runCli({QStringLiteral("init"), path}).code == cli::Success);
        QStringList args = {QStringLiteral("import"), path, QStringLiteral("--actors"), test::testData(fixture)};
        if (fixture.endsWith(QStringLiteral(".xlsx")))
            args << QStringLiteral("--sheet") << QStringLiteral("Schulen");
        const QString report = dir.file(fixture + QStringLiteral(".bericht.csv"));
        test::CliRun first = test::runCli(args + QStringList{QStringLiteral("--report"), report});
        INFO(first.err.toStdString());
        REQUIRE(first.code == cli::Success);
        CHECK(first.out.contains(QStringLiteral("7 neu")));
        CHECK(QFile::exists(report));
        test::CliRun second = test::runCli(args);
        REQUIRE(second.code == cli::Success);
        CHECK(second.out.contains(QStringLiteral("0 neu, 0 geändert, 7 unverändert")));
        auto registry = RegistryStore::openSqlite(path);
        REQUIRE(registry.ok());
        const QList<Actor> actors = *(*registry)->actors();
        for (const Actor &a : actors)
            CHECK(a.seatRs.startsWith(QStringLiteral("07133")));
    }
}

TEST_CASE("CLI: each malformed input is rejected with a message and leaves the registry unchanged", "[cli][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("init"), path}).code == cli::Success);
    REQUIRE(test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"),
                          test::testData(QStringLiteral("schulliste-excel-win1252.csv"))})
                .code == cli::Success);
    const QByteArray before = test::registryBytes(path);

    QList<std::pair<QString, QString>> files; // path, expected message part
    for (const auto &[name, bytes, expected] : test::xlsx::malformedCorpus())
        files.append({dir.write(name, bytes), expected});
    // A 10 MB single cell in a CSV file.
    QByteArray cell(10 * 1024 * 1024, 'x');
    files.append(
        {dir.write(QStringLiteral("riesenzelle.csv"), "Name;Typ\n" + cell + ";KITA\n"), QStringLiteral("zu lang")});
    QByteArray garbage(4096, '\0');
    for (char &c : garbage)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    files.append({dir.write(QStringLiteral("muell.csv"), garbage), QStringLiteral("Datei „muell.csv“")});
    files.append(
        {dir.write(
             QStringLiteral("bombe.graphml"),
             R"(<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><graphml><graph><node id="&b;"/></graph></graphml>)"),
         QStringLiteral("XML-Bombe")});

    for (const auto &[file, expected] : files) {
        INFO(file.toStdString());
        const QString option =
            file.endsWith(QStringLiteral(".graphml")) ? QStringLiteral("--graphml") : QStringLiteral("--actors");
        test::CliRun run = test::runCli({QStringLiteral("import"), path, option, file});
        INFO(run.err.toStdString());
        CHECK(run.code == cli::Rejected);
        CHECK(run.err.contains(expected));
        CHECK(test::registryBytes(path) == before);
    }

    // A sheet that the workbook does not have.
    test::CliRun wrongSheet = test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"),
                                            test::testData(QStringLiteral("schulliste-excel.xlsx")),
                                            QStringLiteral("--sheet"), QStringLiteral("Akteure 2025")});
    CHECK(wrongSheet.code == cli::Rejected);
    CHECK(wrongSheet.err.contains(QStringLiteral("kein Blatt „Akteure 2025“")));
    CHECK(wrongSheet.err.contains(QStringLiteral("Hinweise, Schulen")));
    CHECK(test::registryBytes(path) == before);
    test::CliRun sheetForCsv = test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"),
                                             test::testData(QStringLiteral("schulliste-excel-win1252.csv")),
                                             QStringLiteral("--sheet"), QStringLiteral("2")});
    CHECK(sheetForCsv.code == cli::Rejected);
    CHECK(test::registryBytes(path) == before);
}

TEST_CASE("CLI: export xlsx, graphml, gexf and dot, and the XLSX and GraphML exports import again unchanged",
          "[cli][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("init"), path, QStringLiteral("--demo")}).code == cli::Success);
    for (const QString &format :
         {QStringLiteral("xlsx"), QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("dot")}) {
        const QString out = dir.file(QStringLiteral("netz.") + format);
        test::CliRun run = test::runCli(
            {QStringLiteral("export"), path, QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.code == cli::Success);
        CHECK(QFile(out).size() > 1000);
    }
    auto sheets = XlsxReader::sheetNames(dir.file(QStringLiteral("netz.xlsx")));
    REQUIRE(sheets.ok());
    CHECK(sheets->size() > 5); // registry sheets plus analysis results
    CHECK_FALSE(sheets->contains(QStringLiteral("Kontaktpersonen")));

    // Without --sheet the importer takes the sheets named Akteure and Verbindungen.
    test::CliRun xlsx =
        test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"), dir.file(QStringLiteral("netz.xlsx")),
                      QStringLiteral("--links"), dir.file(QStringLiteral("netz.xlsx"))});
    INFO(xlsx.err.toStdString());
    REQUIRE(xlsx.code == cli::Success);
    CHECK(xlsx.out.contains(QStringLiteral("0 neu, 0 geändert")));
    test::CliRun graphml = test::runCli(
        {QStringLiteral("import"), path, QStringLiteral("--graphml"), dir.file(QStringLiteral("netz.graphml"))});
    INFO(graphml.err.toStdString());
    REQUIRE(graphml.code == cli::Success);
    CHECK(graphml.out.contains(QStringLiteral("0 neu, 0 geändert")));

    test::CliRun contacts = test::runCli(
        {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
         dir.file(QStringLiteral("kontakte.xlsx")), QStringLiteral("--with-contacts")});
    REQUIRE(contacts.code == cli::Success);
    CHECK(
        XlsxReader::sheetNames(dir.file(QStringLiteral("kontakte.xlsx")))->contains(QStringLiteral("Kontaktpersonen")));

    test::CliRun unknownView = test::runCli(
        {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("--out"),
         dir.file(QStringLiteral("x.gexf")), QStringLiteral("--view"), QStringLiteral("Gibt es nicht")});
    CHECK(unknownView.code == cli::Rejected);
    CHECK(unknownView.err.contains(QStringLiteral("Gibt es nicht")));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.gexf"))));
}
