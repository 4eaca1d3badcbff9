// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/RegistrySetup.h>
#include <netzatlas/io/TerritoryReference.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

namespace {

int countType(const QList<Territory> &list, int typeCode)
{
    return static_cast<int>(std::count_if(list.begin(), list.end(), [&](const Territory &t) { return t.typeCode == typeCode; }));
}

} // namespace

TEST_CASE("Rhineland-Palatinate has 36 Kreise, 171 Gemeindeverbände and 2,302 Gemeinden", "[storage][territories]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    auto kreise = registry->territoriesAtLevel(TerritoryLevel::Kreis, QStringLiteral("07"));
    REQUIRE(kreise->size() == 36);
    CHECK(countType(*kreise, TerritoryType::Landkreis) == 24);
    CHECK(countType(*kreise, TerritoryType::KreisfreieStadtKreis) == 12);
    auto verbaende = registry->territoriesAtLevel(TerritoryLevel::Gemeindeverband, QStringLiteral("07"));
    REQUIRE(verbaende->size() == 171);
    CHECK(countType(*verbaende, TerritoryType::Verbandsgemeinde) == 129);
    CHECK(registry->territoriesAtLevel(TerritoryLevel::Gemeinde, QStringLiteral("07"))->size() == 2302);
    CHECK(registry->counts()->territories == 1 + 3 + 36 + 171 + 2302);
    // Curated status (data, not code): 5 cities with their own Jugendamt besides the 36 Kreise.
    CHECK(registry->youthOfficeTerritories()->size() == 41);
    CHECK(registry->youthOfficeTerritories()->contains(QStringLiteral("071330006")));
    CHECK(registry->largeCityTerritories()->contains(QStringLiteral("073390005")));
}

TEST_CASE("Territory queries: children, ancestors, AGS, names", "[storage][territories]")
{
    test::TempDir dir;
    auto registry = test::createRegistryWithTerritories(dir.file(QStringLiteral("r.sqlite")));
    auto vgs = registry->childTerritories(QStringLiteral("07133"));
    REQUIRE(vgs->size() == 6); // 5 Verbandsgemeinden + the city of Bad Kreuznach
    auto ruedesheim = registry->childTerritories(QStringLiteral("071335006"));
    CHECK(ruedesheim->size() > 20);

    auto ancestors = registry->ancestorTerritories(QStringLiteral("071355002045"));
    REQUIRE(ancestors->size() == 4);
    CHECK(ancestors->at(0).rs == QStringLiteral("07"));
    CHECK(ancestors->at(1).rs == QStringLiteral("071"));
    CHECK(ancestors->at(2).rs == QStringLiteral("07135"));
    CHECK(ancestors->at(3).rs == QStringLiteral("071355002"));

    auto byAgs = registry->territoryByAgs(QStringLiteral("07135045"));
    REQUIRE(byAgs->has_value());
    CHECK((*byAgs)->rs == QStringLiteral("071355002045"));
    CHECK((*registry->territory(QStringLiteral("07133")))->name == QStringLiteral("Bad Kreuznach"));

    for (const QString &query : {QStringLiteral("rüdesheim"), QStringLiteral("RUEDESHEIM"), QStringLiteral("Rudesheim")}) {
        auto found = registry->findTerritories(query);
        REQUIRE_FALSE(found->isEmpty());
        CHECK(found->first().displayName() == QStringLiteral("Rüdesheim"));
        CHECK(found->first().level == TerritoryLevel::Gemeindeverband); // the VG before the Gemeinde
    }
    auto byKey = registry->findTerritories(QStringLiteral("07135045"));
    REQUIRE_FALSE(byKey->isEmpty());
    CHECK(byKey->first().rs == QStringLiteral("071355002045"));
    CHECK(registry->findTerritories(QStringLiteral("'); DROP TABLE territory; --"))->isEmpty());
    CHECK(registry->counts()->territories > 2000);
}

TEST_CASE("All of Germany can be loaded and other Länder load on demand", "[storage][territories][slow]")
{
    test::TempDir dir;
    auto registry = test::createRegistry(dir.file(QStringLiteral("r.sqlite")));
    InitOptions options;
    options.land = QStringLiteral("all");
    REQUIRE(RegistrySetup::initialize(*registry, options).ok());
    CHECK(registry->counts()->territories == 16023);
    CHECK(registry->territoriesAtLevel(TerritoryLevel::Land)->size() == 16);

    auto small = test::createRegistryWithTerritories(dir.file(QStringLiteral("s.sqlite")));
    CHECK_FALSE(small->territory(QStringLiteral("064140000000"))->has_value());
    auto loaded = TerritoryReference::ensureLoaded(*small, QStringLiteral("064140000000"));
    REQUIRE(loaded.ok());
    CHECK(*loaded);
    CHECK(small->territory(QStringLiteral("064140000000"))->has_value());
    CHECK(small->territory(QStringLiteral("06"))->has_value());
    CHECK_FALSE(*TerritoryReference::ensureLoaded(*small, QStringLiteral("999999999999")));
    CHECK(TerritoryReference::rsForAgs(QStringLiteral("07133006")) == QStringLiteral("071330006006"));
}

TEST_CASE("A territory file with a missing column or unknown Land is refused", "[storage][territories]")
{
    test::TempDir dir;
    const QString bad = dir.write(QStringLiteral("gebiete.csv"), "rs,name\n07,Rheinland-Pfalz\n");
    auto result = TerritoryReference::read(bad, QStringLiteral("07"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().file == bad);
    CHECK_FALSE(result.error().field.isEmpty());
    auto wrongLand = TerritoryReference::read(TerritoryReference::bundledPath(), QStringLiteral("7x"));
    REQUIRE_FALSE(wrongLand.ok());
    CHECK(wrongLand.error().field == QStringLiteral("--land"));
}
