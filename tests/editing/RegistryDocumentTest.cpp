// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DocumentFixture.h"

#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QUndoStack>

#include <unistd.h>

using namespace netzatlas;
using test::SampleNetwork;

TEST_CASE("RegistryDocument opens a registry file and caches what the models need", "[editing]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Kreis Bad Kreuznach.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        SampleNetwork::insert(*registry);
        REQUIRE(registry->setMetaValue(QStringLiteral("title"), QStringLiteral("Netzwerk Nahe")).ok());
    }

    auto opened = RegistryDocument::open(path);
    REQUIRE(opened.ok());
    RegistryDocument &document = **opened;

    CHECK(document.path() == QFileInfo(path).absoluteFilePath());
    CHECK(document.fileName() == QStringLiteral("Kreis Bad Kreuznach.sqlite"));
    CHECK(document.title() == QStringLiteral("Netzwerk Nahe"));
    CHECK_FALSE(document.isDemo());
    CHECK_FALSE(document.isReadOnly());
    REQUIRE(document.undoStack());
    CHECK(document.undoStack()->count() == 0);

    CHECK(document.actors().size() == SampleNetwork::actors);
    CHECK(document.counts().actors == SampleNetwork::actors);
    CHECK(document.counts().links == SampleNetwork::links);
    CHECK(document.counts().scpSchools == SampleNetwork::scpSchools);

    const Territory *vg = document.territory(SampleNetwork::vgRuedesheimRs());
    REQUIRE(vg);
    CHECK(vg->qualifiedName() == QStringLiteral("Verbandsgemeinde Rüdesheim"));
    CHECK(document.territory(QStringLiteral("999999999999")) == nullptr);

    CHECK(document.actorTypeLabel(QStringLiteral("KITA")) == QStringLiteral("Kindertagesstätte"));
    CHECK(document.actorTypeLabel(QStringLiteral("UNBEKANNT")) == QStringLiteral("UNBEKANNT"));
    CHECK(document.actorTypeColor(QStringLiteral("SCHULE")) == QColor(QStringLiteral("#1f5fa8")));
    CHECK(document.actorTypeColor(QStringLiteral("UNBEKANNT")).isValid());
    CHECK(document.vocabularyLabel(Vocabulary::SchoolKind, QStringLiteral("RSPLUS")) ==
          QStringLiteral("Realschule plus"));
    CHECK(document.vocabularyLabel(Vocabulary::SchoolKind, QString()).isEmpty());
}

TEST_CASE("RegistryDocument falls back to the file name as title and reads the demo flag", "[editing]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Meine Registry.sqlite"));
    {
        auto registry = test::createRegistry(path);
        REQUIRE(registry->setMetaValue(QStringLiteral("demo"), QStringLiteral("1")).ok());
    }
    auto opened = RegistryDocument::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->title() == QStringLiteral("Meine Registry"));
    CHECK((*opened)->isDemo());
    CHECK((*opened)->actors().isEmpty());
}

TEST_CASE("RegistryDocument refuses missing, foreign and damaged files without changing them", "[editing]")
{
    test::TempDir dir;

    SECTION("missing")
    {
        auto opened = RegistryDocument::open(dir.file(QStringLiteral("fehlt.sqlite")));
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().toString().isEmpty());
        CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("fehlt.sqlite"))));
    }
    SECTION("not a database")
    {
        const QByteArray bytes("Name;Typ\nGrundschule;SCHULE\n");
        const QString path = dir.write(QStringLiteral("akteure.csv"), bytes);
        auto opened = RegistryDocument::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().toString().contains(QStringLiteral("keine Netzatlas-Registry")));
        CHECK(test::readAll(path) == bytes);
    }
    SECTION("damaged registry")
    {
        const QString path = dir.file(QStringLiteral("kaputt.sqlite"));
        {
            auto registry = test::createRegistryWithTerritories(path);
            REQUIRE(registry->metaValue(QStringLiteral("title")).ok());
        }
        QByteArray bytes = test::readAll(path);
        REQUIRE(bytes.size() > 8192);
        // Keep the header (so it still looks like a registry) and overwrite pages behind it.
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xA5);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QString damaged = dir.write(QStringLiteral("kaputt.sqlite"), bytes);
        auto opened = RegistryDocument::open(damaged);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().toString().isEmpty());
    }
}

TEST_CASE("RegistryDocument creates a new registry with the territories", "[editing]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("neu/Kreis Birkenfeld.sqlite"));
    InitOptions options;
    options.title = QStringLiteral("Kreis Birkenfeld");
    auto created = RegistryDocument::create(path, options);
    REQUIRE(created.ok());
    CHECK((*created)->title() == QStringLiteral("Kreis Birkenfeld"));
    CHECK_FALSE((*created)->isDemo());
    CHECK((*created)->actors().isEmpty());
    CHECK((*created)->territory(QStringLiteral("07134")) != nullptr);
    CHECK((*created)->territories().size() > 2000);
    CHECK(QFileInfo::exists(path));

    SECTION("never over an existing registry")
    {
        const QByteArray before = test::readAll(path);
        auto again = RegistryDocument::create(path, options);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().toString().contains(QStringLiteral("gibt es bereits")));
        CHECK(test::readAll(path) == before);
    }
}

TEST_CASE("RegistryDocument removes a registry whose set-up failed", "[editing]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("halb.sqlite"));
    InitOptions options;
    options.territoriesFile = dir.write(QStringLiteral("gebiete.csv"), "rs,name\n07,Rheinland-Pfalz\n");
    auto created = RegistryDocument::create(path, options);
    REQUIRE_FALSE(created.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("RegistryDocument opens a file it may not write read-only", "[editing]")
{
    if (::geteuid() == 0) {
        WARN("skipped: file permissions do not apply to root");
        return;
    }
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("geschuetzt.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        SampleNetwork::insert(*registry);
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    auto opened = RegistryDocument::open(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(opened.ok());
    CHECK((*opened)->isReadOnly());
    CHECK((*opened)->actors().size() == SampleNetwork::actors);
}

TEST_CASE("RegistryDocument reloads and announces what changed", "[editing]")
{
    test::DocumentFixture fixture;
    RegistryDocument &document = *fixture.document;
    QSignalSpy actorsReset(&document, &RegistryDocument::actorsReset);
    QSignalSpy countsChanged(&document, &RegistryDocument::countsChanged);
    QSignalSpy territoriesReset(&document, &RegistryDocument::territoriesReset);

    Actor actor;
    actor.typeCode = QStringLiteral("VHS");
    actor.name = QStringLiteral("Volkshochschule Kirn");
    actor.seatRs = QStringLiteral("071335009052");
    REQUIRE(document.repository().insertActor(actor).ok());
    CHECK(document.actors().size() == SampleNetwork::actors); // cached until reloaded

    REQUIRE(document.reloadActors().ok());
    CHECK(document.actors().size() == SampleNetwork::actors + 1);
    CHECK(document.counts().actors == SampleNetwork::actors + 1);
    CHECK(actorsReset.count() == 1);
    CHECK(countsChanged.count() == 1);
    CHECK(territoriesReset.count() == 0);

    REQUIRE(document.reload().ok());
    CHECK(actorsReset.count() == 2);
    CHECK(territoriesReset.count() == 1);
}

TEST_CASE("RegistryDocument saves a consistent copy elsewhere", "[editing]")
{
    test::DocumentFixture fixture;
    const QString target = fixture.dir.file(QStringLiteral("Kopie.sqlite"));
    REQUIRE(fixture.document->saveCopy(target).ok());
    auto copy = RegistryDocument::open(target);
    REQUIRE(copy.ok());
    CHECK((*copy)->actors().size() == SampleNetwork::actors);

    auto self = fixture.document->saveCopy(fixture.document->path());
    REQUIRE_FALSE(self.ok());
    CHECK(fixture.document->actors().size() == SampleNetwork::actors);
}

TEST_CASE("RegistryDocument reports a repository opened read-only", "[editing]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("nur-lesen.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        SampleNetwork::insert(*registry);
    }
    OpenOptions options;
    options.readOnly = true;
    auto repository = RegistryStore::openSqlite(path, options);
    REQUIRE(repository.ok());
    auto document = RegistryDocument::fromRepository(std::move(repository).value());
    REQUIRE(document.ok());
    CHECK((*document)->isReadOnly());
    CHECK((*document)->actors().size() == SampleNetwork::actors);
}
