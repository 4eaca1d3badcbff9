// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QDate>
#include <QList>
#include <QString>

namespace netzatlas {

/// Membership of an actor in a committee.
struct CommitteeMembership
{
    MembershipId id;
    CommitteeId committee;
    ActorId member;
    QString role; ///< Vorsitz, Mitglied, beratend, Geschäftsführung …
    QDate since;
    QDate until;

    bool operator==(const CommitteeMembership &) const = default;
};

/// A Gremium. It is also an actor (type GREMIUM) so that it appears in the network; this record holds
/// what only committees have.
struct Committee
{
    CommitteeId id;
    ActorId actor;  ///< the actor of type GREMIUM that represents the committee
    QString kind;   ///< vocabulary CommitteeKind
    QString mandate;
    QString meetingRhythm;
    QList<CommitteeMembership> members;
    int rowVersion = 0;

    bool operator==(const Committee &) const = default;
};

} // namespace netzatlas
