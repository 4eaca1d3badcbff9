// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CliRunner.h"

#include <netzatlas/storage/RegistryStore.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace netzatlas;

TEST_CASE("init and stats report the counts", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("neu.sqlite"));
    test::CliRun init = test::runCli({QStringLiteral("init"), path});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Success);
    CHECK(init.out.contains(QStringLiteral("2513 Gebiete")));

    test::CliRun stats = test::runCli({QStringLiteral("stats"), path});
    REQUIRE(stats.code == cli::Success);
    CHECK(stats.out.contains(QStringLiteral("Gebiete: 2513")));
    CHECK(stats.out.contains(QStringLiteral("Akteure: 0")));

    test::CliRun json = test::runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(json.code == cli::Success);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(doc.object().value(QStringLiteral("territories")).toInt() == 2513);
    CHECK(doc.object().value(QStringLiteral("schemaVersion")).toInt() == 1);

    test::CliRun again = test::runCli({QStringLiteral("init"), path});
    CHECK(again.code == cli::Rejected);
    CHECK(again.err.contains(QStringLiteral("nicht überschrieben")));
}

TEST_CASE("import, dry run and export through the CLI", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("init"), path}).code == cli::Success);
    const QString schools = test::testData(QStringLiteral("schulliste-excel-win1252.csv"));

    const QByteArray before = test::registryBytes(path);
    test::CliRun dry = test::runCli(
        {QStringLiteral("import"), path, QStringLiteral("--actors"), schools, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == cli::Success);
    CHECK(dry.out.contains(QStringLiteral("7 neu")));
    CHECK(test::registryBytes(path) == before);

    test::CliRun first =
        test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"), schools, QStringLiteral("--links"),
                      test::testData(QStringLiteral("verbindungen-excel.csv"))});
    INFO(first.err.toStdString());
    REQUIRE(first.code == cli::Success);
    CHECK(first.out.contains(QStringLiteral("10 neu")));
    test::CliRun second = test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"), schools});
    REQUIRE(second.code == cli::Success);
    CHECK(second.out.contains(QStringLiteral("0 neu, 0 geändert, 7 unverändert")));

    const QString out = dir.file(QStringLiteral("akteure.csv"));
    test::CliRun exported = test::runCli({QStringLiteral("export"), path, QStringLiteral("--format"),
                                          QStringLiteral("csv"), QStringLiteral("--out"), out});
    REQUIRE(exported.code == cli::Success);
    const QByteArray csv = test::readAll(out);
    CHECK(csv.startsWith("\xEF\xBB\xBFid;name;type;schulart;rs;scp;schulnummer;strasse;plz;ort;tags;notiz"));
    CHECK(csv.count('\n') == 8);

    test::CliRun links = test::runCli(
        {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
         dir.file(QStringLiteral("v.csv")), QStringLiteral("--table"), QStringLiteral("links")});
    REQUIRE(links.code == cli::Success);
    CHECK(
        test::readAll(dir.file(QStringLiteral("v.csv")))
            .startsWith(
                "\xEF\xBB\xBFsource;target;type;handlungsfeld;direction;intensity;formality;since;until;status;notiz"));
}

TEST_CASE("Rejected imports exit with 1, name file, line and field, and leave the registry byte-for-byte unchanged",
          "[cli]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("r.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("init"), path}).code == cli::Success);
    REQUIRE(test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"),
                          dir.write(QStringLiteral("ok.csv"), "id;name;type\nV1;Sportverein;VEREIN_SPORT\n")})
                .code == cli::Success);

    QByteArray utf16;
    const QString utf16Text = QStringLiteral("name;type\nKita;KITA\n");
    utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    struct Case
    {
        const char *what;
        QByteArray csv;
        QString expected; ///< part of the message
    };
    const QList<Case> cases = {
        {"wrong encoding", utf16, QStringLiteral("Nullbytes")},
        {"missing required column", "typ;ort\nKITA;Kirn\n", QStringLiteral("Feld „name“")},
        {"unknown type", "name;type\nKita;KITA\nMond;MONDBASIS\n", QStringLiteral("Zeile 3, Feld „type“")},
        {"unknown AGS", "name;type;AGS\nKita;KITA;07133999\n", QStringLiteral("Zeile 2, Feld „rs“")},
        {"duplicate id", "id;name;type\nX1;A;KITA\nX1;B;KITA\n", QStringLiteral("Zeile 3, Feld „id“")},
        {"broken quoting", "name;type\n\"Kita;KITA\n", QStringLiteral("Zeile 2")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QByteArray before = test::registryBytes(path);
        const QString file = dir.write(QStringLiteral("eingabe.csv"), c.csv);
        test::CliRun run = test::runCli({QStringLiteral("import"), path, QStringLiteral("--actors"), file});
        INFO(run.err.toStdString());
        CHECK(run.code == cli::Rejected);
        CHECK(run.err.contains(QStringLiteral("Datei „eingabe.csv“")));
        CHECK(run.err.contains(c.expected));
        CHECK(test::registryBytes(path) == before);
    }
}

TEST_CASE("Damaged or foreign registries are refused with exit code 1", "[cli]")
{
    test::TempDir dir;
    const QByteArray zip("PK\x03\x04 not a registry");
    const QString foreign = dir.write(QStringLiteral("tabelle.xlsx"), zip);
    test::CliRun run = test::runCli({QStringLiteral("stats"), foreign});
    CHECK(run.code == cli::Rejected);
    CHECK(run.err.contains(QStringLiteral("keine Netzatlas-Registry")));
    CHECK(test::readAll(foreign) == zip);
    CHECK(test::runCli({QStringLiteral("stats"), dir.file(QStringLiteral("fehlt.sqlite"))}).code == cli::Rejected);
}

TEST_CASE("Wrong usage exits with 2 and prints the usage", "[cli]")
{
    CHECK(test::runCli({}).code == cli::Usage);
    test::CliRun unknown = test::runCli({QStringLiteral("zaubern")});
    CHECK(unknown.code == cli::Usage);
    CHECK(unknown.err.contains(QStringLiteral("Unbekannter Befehl")));
    CHECK(test::runCli({QStringLiteral("init")}).code == cli::Usage);
    CHECK(test::runCli({QStringLiteral("stats"), QStringLiteral("a"), QStringLiteral("--gibtsnicht")}).code ==
          cli::Usage);
    CHECK(test::runCli({QStringLiteral("import"), QStringLiteral("r.sqlite")}).code == cli::Usage);
    CHECK(test::runCli({QStringLiteral("import"), QStringLiteral("r.sqlite"), QStringLiteral("--actors"),
                        QStringLiteral("a.csv"), QStringLiteral("--on-conflict"), QStringLiteral("ignorieren")})
              .code == cli::Usage);
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("r.sqlite"), QStringLiteral("--format"),
                        QStringLiteral("bmp"), QStringLiteral("--out"), QStringLiteral("x")})
              .code == cli::Usage);
    test::CliRun help = test::runCli({QStringLiteral("--help")});
    CHECK(help.code == cli::Success);
    CHECK(help.out.contains(QStringLiteral("netzatlas-cli init")));
}

TEST_CASE("init --demo builds the labelled demo network and stats prints its counts", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    test::CliRun init = test::runCli({QStringLiteral("init"), path, QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Success);
    CHECK(init.out.contains(QStringLiteral("Demo-Daten (fiktiv)")));
    test::CliRun stats = test::runCli({QStringLiteral("stats"), path, QStringLiteral("--json")});
    REQUIRE(stats.code == cli::Success);
    const QJsonObject root = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("title")).toString().contains(QStringLiteral("Demo-Daten, fiktiv")));
    const int actors = root.value(QStringLiteral("actors")).toObject().value(QStringLiteral("total")).toInt();
    CHECK(actors >= 150);
    CHECK(actors <= 300);
    const int links = root.value(QStringLiteral("links")).toObject().value(QStringLiteral("total")).toInt();
    CHECK(links >= 550);
    CHECK(links <= 650);
    CHECK(root.value(QStringLiteral("committees")).toInt() == 2);
    CHECK(root.value(QStringLiteral("measures")).toObject().value(QStringLiteral("byPillar")).toObject().size() == 4);
}
