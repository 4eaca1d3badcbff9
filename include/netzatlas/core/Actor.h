// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QString>
#include <QStringList>

namespace netzatlas {

/// An organisation or organisational unit of the local network (never a person).
/// Schools carry school attributes; the other fields are common to all actor types.
struct Actor
{
    ActorId id;
    QString key;      ///< stable exchange key ("id" column of the exchange CSV); unique per registry
    QString typeCode; ///< code from the actor type catalogue (SCHULE, KITA, JUGENDAMT, …)
    QString name;
    QString shortName;

    // Seat and address
    QString seatRs; ///< Regionalschlüssel of the Gemeinde (or higher unit) the actor sits in; may be empty
    QString street;
    QString postcode;
    QString city;

    // School attributes (meaningful when typeCode == SCHULE)
    QString schoolKind;        ///< Schulart code (GS, RSPLUS, IGS, …)
    QString schoolNumber;      ///< Schulnummer of the Land
    bool scp = false;          ///< school in the Startchancen-Programm
    int scpCohort = 0;         ///< year the school joined the programme (2024, 2025 …), 0 = unknown
    QString schoolAuthorityRs; ///< Schulträger: the Gebietskörperschaft that runs the school
    QString youthOfficeRs;     ///< responsible Jugendamt: the Gebietskörperschaft whose Jugendamt is responsible
    QString allDay;            ///< Ganztag: keine, offen, Angebotsform, verpflichtend
    QString legalStatus;       ///< öffentlich, privat
    QString specialNeedsFocus; ///< Förderschwerpunkte, e.g. "L,S"
    QString kitaOperator;      ///< kommunal, kirchlich, frei

    QStringList tags;
    QStringList responsibleFor; ///< area of responsibility as Regionalschlüssel (e.g. a Jugendamtsbezirk)
    QString notes;

    int rowVersion = 0; ///< optimistic concurrency: incremented on every stored update

    [[nodiscard]] bool isSchool() const;
    /// Equality of the user-visible content (ignores id and rowVersion).
    [[nodiscard]] bool sameContent(const Actor &other) const;
    bool operator==(const Actor &) const = default;
};

/// A filter for actor queries; empty members do not filter.
struct ActorQuery
{
    QString territoryRs; ///< seat within this territory (prefix test)
    QString typeCode;
    QString text;        ///< case- and umlaut-insensitive substring of name, key, school number, city, tags
    bool scpOnly = false;
    int limit = 0;       ///< 0 = no limit
};

} // namespace netzatlas
