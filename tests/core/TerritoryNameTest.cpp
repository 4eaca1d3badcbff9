// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Territory.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

namespace {

Territory kreis(int typeCode, const char *name)
{
    Territory t;
    t.level = TerritoryLevel::Kreis;
    t.typeCode = typeCode;
    t.name = QString::fromUtf8(name);
    return t;
}

} // namespace

TEST_CASE("Kreis names are qualified once, by the kind of Kreis", "[core]")
{
    CHECK(kreis(TerritoryType::Landkreis, "Bad Kreuznach").qualifiedName() ==
          QStringLiteral("Landkreis Bad Kreuznach"));
    CHECK(kreis(TerritoryType::KreisfreieStadtKreis, "Koblenz, kreisfreie Stadt").qualifiedName() ==
          QStringLiteral("Stadt Koblenz"));
    CHECK(kreis(TerritoryType::Stadtkreis, "Stuttgart, Stadtkreis").qualifiedName() ==
          QStringLiteral("Stadt Stuttgart"));
    CHECK(kreis(TerritoryType::Kreis, "Dithmarschen").qualifiedName() == QStringLiteral("Kreis Dithmarschen"));

    // Names that already say "Kreis" or "Region" are not prefixed a second time.
    CHECK(kreis(TerritoryType::Landkreis, "Rhein-Hunsrück-Kreis").qualifiedName() ==
          QStringLiteral("Rhein-Hunsrück-Kreis"));
    CHECK(kreis(TerritoryType::Landkreis, "Westerwaldkreis").qualifiedName() == QStringLiteral("Westerwaldkreis"));
    CHECK(kreis(TerritoryType::Landkreis, "Eifelkreis Bitburg-Prüm").qualifiedName() ==
          QStringLiteral("Eifelkreis Bitburg-Prüm"));
    CHECK(kreis(TerritoryType::Landkreis, "Region Hannover").qualifiedName() == QStringLiteral("Region Hannover"));
    CHECK(kreis(TerritoryType::Kreis, "Städteregion Aachen").qualifiedName() == QStringLiteral("Städteregion Aachen"));
    CHECK(kreis(45, "Regionalverband Saarbrücken").qualifiedName() == QStringLiteral("Regionalverband Saarbrücken"));
}
