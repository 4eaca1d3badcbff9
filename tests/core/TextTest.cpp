// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Text.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

TEST_CASE("fold spells out umlauts and lowers case", "[core]")
{
    CHECK(Text::fold(QStringLiteral("Rüdesheim")) == QStringLiteral("ruedesheim"));
    CHECK(Text::fold(QStringLiteral("STRASSE  Straße")) == QStringLiteral("strasse strasse"));
    CHECK(Text::base(QStringLiteral("Rüdesheim")) == QStringLiteral("rudesheim"));
    CHECK(Text::fold(QStringLiteral("Café")) == QStringLiteral("cafe"));
}

TEST_CASE("containsFolded finds names however umlauts are typed", "[core]")
{
    const QString name = QStringLiteral("Verbandsgemeinde Rüdesheim");
    CHECK(Text::containsFolded(name, QStringLiteral("rudesheim")));
    CHECK(Text::containsFolded(name, QStringLiteral("RUEDESHEIM")));
    CHECK(Text::containsFolded(name, QStringLiteral("Rüdes")));
    CHECK_FALSE(Text::containsFolded(name, QStringLiteral("Kreuznach")));
}

TEST_CASE("headerKey drops punctuation so Excel headers match", "[core]")
{
    CHECK(Text::headerKey(QStringLiteral("Schul-Nr.")) == QStringLiteral("schulnr"));
    CHECK(Text::headerKey(QStringLiteral(" Gültig ab ")) == QStringLiteral("gueltigab"));
    CHECK(Text::headerKey(QStringLiteral("RS+")) == QStringLiteral("rs+"));
}
