// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Territory.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

TEST_CASE("Regionalschlüssel containment is a prefix test", "[core]")
{
    const QString kaisersesch = QStringLiteral("071355002045");
    CHECK(RegionalKey::kreisOf(kaisersesch) == QStringLiteral("07135"));
    CHECK(RegionalKey::gemeindeverbandOf(kaisersesch) == QStringLiteral("071355002"));
    CHECK(RegionalKey::sameKreis(kaisersesch, QStringLiteral("071355001001")));
    CHECK_FALSE(RegionalKey::sameGemeindeverband(kaisersesch, QStringLiteral("071355001001")));
    CHECK(RegionalKey::contains(QStringLiteral("07135"), kaisersesch));
    CHECK(RegionalKey::agsOfGemeinde(kaisersesch) == QStringLiteral("07135045"));
    CHECK(RegionalKey::isValid(QStringLiteral("07")));
    CHECK_FALSE(RegionalKey::isValid(QStringLiteral("0713")));
    CHECK_FALSE(RegionalKey::isValid(QStringLiteral("07x35")));
    CHECK(RegionalKey::isAgs(QStringLiteral("07135045")));
    CHECK_FALSE(RegionalKey::sameKreis(QString(), QString()));
}

TEST_CASE("Territory names drop the Destatis suffix and are qualified by type", "[core]")
{
    Territory city;
    city.name = QStringLiteral("Bad Kreuznach, Stadt");
    city.level = TerritoryLevel::Gemeindeverband;
    city.typeCode = TerritoryType::VerbandsfreieGemeinde;
    CHECK(city.displayName() == QStringLiteral("Bad Kreuznach"));
    CHECK(city.qualifiedName() == QStringLiteral("Stadt Bad Kreuznach"));
    Territory vg;
    vg.name = QStringLiteral("Rüdesheim");
    vg.level = TerritoryLevel::Gemeindeverband;
    vg.typeCode = TerritoryType::Verbandsgemeinde;
    CHECK(vg.qualifiedName() == QStringLiteral("Verbandsgemeinde Rüdesheim"));
    Territory kreis;
    kreis.name = QStringLiteral("Bad Kreuznach");
    kreis.level = TerritoryLevel::Kreis;
    kreis.typeCode = TerritoryType::Landkreis;
    CHECK(kreis.qualifiedName() == QStringLiteral("Landkreis Bad Kreuznach"));
    TerritoryLevel level;
    CHECK(territoryLevelFromCode(QStringLiteral("gemeindeverband"), &level));
    CHECK(level == TerritoryLevel::Gemeindeverband);
    CHECK_FALSE(territoryLevelFromCode(QStringLiteral("bezirk"), &level));
}

TEST_CASE("The responsible Jugendamt is the longest matching territory with its own office", "[core]")
{
    const QStringList offices = {QStringLiteral("07133"), QStringLiteral("071330006"), QStringLiteral("07111")};
    CHECK(Responsibility::youthOfficeFor(QStringLiteral("071330006006"), offices) == QStringLiteral("071330006"));
    CHECK(Responsibility::youthOfficeFor(QStringLiteral("071335006117"), offices) == QStringLiteral("07133"));
    CHECK(Responsibility::youthOfficeFor(QStringLiteral("071110000000"), offices) == QStringLiteral("07111"));
    CHECK(Responsibility::youthOfficeFor(QStringLiteral("073150000000"), offices).isEmpty());
}

TEST_CASE("Schulträger suggestions follow § 76 SchulG", "[core]")
{
    const QString vgGemeinde = QStringLiteral("071335006117"); // a Gemeinde of VG Rüdesheim
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("GS"), {}, vgGemeinde) == QStringLiteral("071335006"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("RSPLUS"), {}, vgGemeinde) == QStringLiteral("071335006"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("GYM"), {}, vgGemeinde) == QStringLiteral("07133"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("IGS"), {}, vgGemeinde) == QStringLiteral("07133"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("FOES"), QStringLiteral("L"), vgGemeinde)
          == QStringLiteral("071335006"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("FOES"), QStringLiteral("G"), vgGemeinde)
          == QStringLiteral("07133"));
    // A kreisfreie Stadt is the Träger of every school in it.
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("GS"), {}, QStringLiteral("073150000000"))
          == QStringLiteral("07315"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("GYM"), {}, QStringLiteral("073150000000"))
          == QStringLiteral("07315"));
    CHECK(Responsibility::suggestSchoolAuthority(QStringLiteral("SONST"), {}, vgGemeinde).isEmpty());
}
