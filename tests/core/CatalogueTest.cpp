// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Catalogue.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace netzatlas;

TEST_CASE("Catalogues hold the vocabulary of domain.md §5 with unique codes and colours", "[core]")
{
    CHECK(DomainCatalogue::actorTypes().size() == 35);
    CHECK(DomainCatalogue::linkTypes().size() == 20);
    CHECK(DomainCatalogue::actionFields().size() == 13);
    const QRegularExpression colour(QStringLiteral("^#[0-9a-f]{6}$"));
    for (CatalogueKind kind : {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField}) {
        QSet<QString> codes;
        for (const CatalogueEntry &e : DomainCatalogue::seed(kind)) {
            CHECK_FALSE(codes.contains(e.code));
            codes.insert(e.code);
            CHECK_FALSE(e.label.isEmpty());
            CHECK_FALSE(e.labelEn.isEmpty());
            CHECK(colour.match(e.color).hasMatch());
        }
    }
    // Every Handlungsfeld maps to one of the 7 Maßnahmenbereiche.
    for (const CatalogueEntry &field : DomainCatalogue::actionFields())
        CHECK(DomainCatalogue::isVocabularyCode(Vocabulary::MeasureArea, field.group));
    CHECK(DomainCatalogue::vocabulary(Vocabulary::MeasureArea).size() == 7);
    CHECK(DomainCatalogue::vocabulary(Vocabulary::OccupationGroup).size() == 14);
    CHECK(DomainCatalogue::vocabulary(Vocabulary::MptTask).size() == 4);
    CHECK(DomainCatalogue::vocabulary(Vocabulary::MeasureStatus).size() == 9);
}

TEST_CASE("Schularten resolve from names and abbreviations", "[core]")
{
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("Grundschule")) == QStringLiteral("GS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("GS")) == QStringLiteral("GS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("RS+")) == QStringLiteral("RSPLUS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("Realschule plus")) == QStringLiteral("RSPLUS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("Förderschule")) == QStringLiteral("FOES"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("FÖS")) == QStringLiteral("FOES"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("gymnasium")) == QStringLiteral("GYM"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("BBS")) == QStringLiteral("BBS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("Integrierte Gesamtschule")) == QStringLiteral("IGS"));
    CHECK(DomainCatalogue::resolveSchoolKind(QStringLiteral("Kita")).isEmpty());
    CHECK(DomainCatalogue::resolveVocabulary(Vocabulary::LinkStatus, QStringLiteral("beendet")) == QStringLiteral("BEENDET"));
    CHECK(DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, QStringLiteral("III"))
          == QStringLiteral("Säule III – Multiprofessionelle Teams"));
}
