// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Validation.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace netzatlas;

namespace {

bool hasErrorOn(const QList<ValidationIssue> &issues, const QString &field)
{
    for (const ValidationIssue &i : issues) {
        if (i.isError() && i.field == field)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Actor validation names the field", "[core]")
{
    Actor a;
    a.typeCode = QStringLiteral("SCHULE");
    a.name = QStringLiteral("Grundschule Am Bach");
    a.schoolKind = QStringLiteral("GS");
    CHECK(Validation::checkActor(a, DomainCatalogue::actorTypes()).isEmpty());

    Actor noName = a;
    noName.name = QStringLiteral("   ");
    CHECK(hasErrorOn(Validation::checkActor(noName, DomainCatalogue::actorTypes()), QStringLiteral("Name")));

    Actor unknownType = a;
    unknownType.typeCode = QStringLiteral("RAUMSCHIFF");
    CHECK(hasErrorOn(Validation::checkActor(unknownType, DomainCatalogue::actorTypes()), QStringLiteral("Typ")));

    Actor kitaScp;
    kitaScp.typeCode = QStringLiteral("KITA");
    kitaScp.name = QStringLiteral("Kita");
    kitaScp.scp = true;
    CHECK(hasErrorOn(Validation::checkActor(kitaScp, DomainCatalogue::actorTypes()), QStringLiteral("SCP")));

    Actor badSeat = a;
    badSeat.seatRs = QStringLiteral("0713");
    CHECK(hasErrorOn(Validation::checkActor(badSeat, DomainCatalogue::actorTypes()), QStringLiteral("Sitz")));
}

TEST_CASE("Link validation checks date order, intensity and catalogues", "[core]")
{
    CooperationLink l;
    l.source = ActorId(1);
    l.target = ActorId(2);
    l.typeCode = QStringLiteral("GANZTAG");
    l.actionField = QStringLiteral("GANZTAG");
    CHECK(Validation::checkLink(l, DomainCatalogue::linkTypes(), DomainCatalogue::actionFields()).isEmpty());

    CooperationLink reversed = l;
    reversed.validFrom = QDate(2026, 8, 1);
    reversed.validUntil = QDate(2026, 7, 31);
    const auto issues = Validation::checkLink(reversed, DomainCatalogue::linkTypes(), DomainCatalogue::actionFields());
    REQUIRE(hasErrorOn(issues, QStringLiteral("gültig bis")));
    CHECK(Validation::describe(issues).contains(QStringLiteral("31.07.2026")));

    CooperationLink self = l;
    self.target = l.source;
    CHECK(Validation::hasErrors(Validation::checkLink(self, DomainCatalogue::linkTypes(), DomainCatalogue::actionFields())));
    CooperationLink strong = l;
    strong.intensity = 4;
    CHECK(hasErrorOn(Validation::checkLink(strong, DomainCatalogue::linkTypes(), DomainCatalogue::actionFields()),
                     QStringLiteral("Intensität")));
}

TEST_CASE("A link is active between its dates unless planned, dormant or ended", "[core]")
{
    CooperationLink l;
    l.validFrom = QDate(2024, 8, 1);
    l.validUntil = QDate(2026, 11, 22);
    CHECK(l.isActiveAt(QDate(2026, 11, 22)));
    CHECK_FALSE(l.isActiveAt(QDate(2026, 11, 23))); // ended yesterday: absent today
    CHECK_FALSE(l.isActiveAt(QDate(2024, 7, 31)));
    l.status = QStringLiteral("BEENDET");
    CHECK(l.isActiveAt(QDate(2025, 1, 1))); // ended later, active then
    l.validUntil = QDate();
    CHECK_FALSE(l.isActiveAt(QDate(2025, 1, 1)));
    l.status = QStringLiteral("GEPLANT");
    CHECK_FALSE(l.isActiveAt(QDate(2025, 1, 1)));
}
