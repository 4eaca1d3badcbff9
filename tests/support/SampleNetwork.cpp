// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SampleNetwork.h"

#include <catch2/catch.hpp>

#include <QHash>

#include <iterator>

namespace netzatlas::test {

namespace {

struct ActorSpec
{
    const char *key;
    const char *type;
    const char *name;
    const char *seatRs;
    const char *city;
    const char *schoolKind = "";
    const char *schoolNumber = "";
    bool scp = false;
    const char *tags = "";
    const char *notes = "";
};

} // namespace

void SampleNetwork::insert(RegistryRepository &registry)
{
    // Names are fictional. Seats are real Gemeinden: Rüdesheim, Hargesheim and Bockenau (VG Rüdesheim), Kirn and
    // Oberhausen bei Kirn (VG Kirner Land), Bad Kreuznach (verbandsfrei), Bretzenheim and Langenlonsheim
    // (VG Langenlonsheim-Stromberg), Mainz (kreisfrei).
    const ActorSpec specs[] = {
        {"GS-RUE", "SCHULE", "Grundschule Rüdesheim", "071335006117", "Rüdesheim", "GS", "12345", true, "Ganztag"},
        {"KITA-HAR", "KITA", "Kita Sonnenschein Hargesheim", "071335006040", "Hargesheim", "", "", false,
         "Sprach-Kita"},
        {"JT-BOC", "JUGENDEINRICHTUNG", "Jugendtreff Bockenau", "071335006013", "Bockenau"},
        {"RSP-KIRN", "SCHULE", "Realschule plus Kirn", "071335009052", "Kirn", "RSPLUS", "23456", true},
        {"GS-OBH", "SCHULE", "Grundschule Oberhausen bei Kirn", "071335009073", "Oberhausen bei Kirn", "GS", "3456"},
        {"ST-KH", "SCHULTRAEGER_VERW", "Stadtverwaltung Bad Kreuznach, Schulverwaltung", "071330006006",
         "Bad Kreuznach"},
        {"JA-KH", "JUGENDAMT", "Kreisjugendamt Bad Kreuznach", "071330006006", "Bad Kreuznach", "", "", false, "",
         "Zuständig für Hilfen zur Erziehung"},
        {"IGS-KH", "SCHULE", "Integrierte Gesamtschule am Salinental", "071330006006", "Bad Kreuznach", "IGS", "45678",
         true},
        {"FBS-KH", "FAMILIENBILDUNG", "Ökumenische Familienbildungsstätte", "071330006006", "Bad Kreuznach"},
        {"SV-BRE", "VEREIN_SPORT", "Sportverein Bretzenheim 1920", "071335011018", "Bretzenheim", "", "", false,
         "Bewegung,Ganztag"},
        {"GS-BRE", "SCHULE", "Grundschule Bretzenheim", "071335011018", "Bretzenheim", "GS", "56789"},
        {"BIB-LAL", "BIBLIOTHEK", "Bibliothek Langenlonsheim", "071335011054", "Langenlonsheim"},
        {"MS-NAHE", "MUSIKSCHULE", "Musikschule Untere Nahe", "071335011054", "Langenlonsheim"},
        {"GYM-MZ", "SCHULE", "Gymnasium am Römerkastell", "073150000000", "Mainz", "GYM", "67890"},
        {"BER-X", "BERATUNGSSTELLE", "Beratungsstelle Lebenswege", "", ""},
    };
    static_assert(std::size(specs) == actors);

    QHash<QString, ActorId> ids;
    for (const ActorSpec &spec : specs) {
        Actor actor;
        actor.key = QString::fromUtf8(spec.key);
        actor.typeCode = QString::fromUtf8(spec.type);
        actor.name = QString::fromUtf8(spec.name);
        actor.seatRs = QString::fromUtf8(spec.seatRs);
        actor.city = QString::fromUtf8(spec.city);
        actor.schoolKind = QString::fromUtf8(spec.schoolKind);
        actor.schoolNumber = QString::fromUtf8(spec.schoolNumber);
        actor.scp = spec.scp;
        actor.scpCohort = spec.scp ? 2024 : 0;
        actor.tags = QString::fromUtf8(spec.tags).split(u',', Qt::SkipEmptyParts);
        actor.notes = QString::fromUtf8(spec.notes);
        auto id = registry.insertActor(actor);
        if (!id.ok())
            FAIL(id.error().toString().toStdString());
        ids.insert(actor.key, *id);
    }

    struct LinkSpec
    {
        const char *source;
        const char *target;
        const char *type;
        LinkDirection direction;
    };
    const LinkSpec linkSpecs[] = {
        {"KITA-HAR", "GS-RUE", "UEBERGANG_KITA_GS", LinkDirection::Directed},
        {"GS-RUE", "IGS-KH", "UEBERGANG_GS_SEK1", LinkDirection::Directed},
        {"JA-KH", "JT-BOC", "FALLBERATUNG", LinkDirection::Undirected},
    };
    static_assert(std::size(linkSpecs) == links);
    for (const LinkSpec &spec : linkSpecs) {
        CooperationLink link;
        link.source = ids.value(QString::fromUtf8(spec.source));
        link.target = ids.value(QString::fromUtf8(spec.target));
        link.typeCode = QString::fromUtf8(spec.type);
        link.direction = spec.direction;
        auto id = registry.insertLink(link);
        if (!id.ok())
            FAIL(id.error().toString().toStdString());
    }
}

} // namespace netzatlas::test
