// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Money.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

TEST_CASE("Money parses German and international notation into cents", "[core]")
{
    CHECK(Money::parse(QStringLiteral("1.234,50")) == 123450);
    CHECK(Money::parse(QStringLiteral("1234,5")) == 123450);
    CHECK(Money::parse(QStringLiteral("1,234.50")) == 123450);
    CHECK(Money::parse(QStringLiteral("1234.5")) == 123450);
    CHECK(Money::parse(QStringLiteral("12 €")) == 1200);
    CHECK(Money::parse(QStringLiteral("-3")) == -300);
    CHECK_FALSE(Money::parse(QStringLiteral("zwölf")).has_value());
    CHECK_FALSE(Money::parse(QStringLiteral("1,2,3")).has_value());
    CHECK_FALSE(Money::parse(QString()).has_value());
    CHECK(Money::format(123450) == QStringLiteral("1.234,50\u00a0€"));
}

TEST_CASE("School years are consecutive and start in August", "[core]")
{
    REQUIRE(SchoolYear::parse(QStringLiteral("2025/26")).has_value());
    CHECK(SchoolYear::parse(QStringLiteral("2025/26"))->startYear == 2025);
    CHECK(SchoolYear::parse(QStringLiteral("2025/2026"))->toString() == QStringLiteral("2025/26"));
    CHECK(SchoolYear::parse(QStringLiteral("2099/00"))->toString() == QStringLiteral("2099/00"));
    CHECK_FALSE(SchoolYear::parse(QStringLiteral("2025/27")).has_value());
    CHECK_FALSE(SchoolYear::parse(QStringLiteral("25/26")).has_value());
    CHECK(SchoolYear::containing(2026, 7).toString() == QStringLiteral("2025/26"));
    CHECK(SchoolYear::containing(2026, 8).toString() == QStringLiteral("2026/27"));
}
