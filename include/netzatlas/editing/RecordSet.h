// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Committee.h>
#include <netzatlas/core/ContactPerson.h>
#include <netzatlas/core/CooperationLink.h>
#include <netzatlas/core/Measure.h>
#include <netzatlas/core/SavedView.h>

#include <QList>

namespace netzatlas {

/// The positions of actors in one saved view.
struct ViewPositions
{
    ViewId view;
    QList<LayoutPosition> positions;

    bool operator==(const ViewPositions &) const = default;
};

/// A set of records of a registry, as they are (or were) stored. It is
/// - the snapshot of a removal: the actors, the records the store removes with them (links, contact persons, the
///   committees they represent, budgets, layout positions) and the records that only lose a reference (other
///   committees' memberships, measures), taken before, so that it names the dependents in the confirmation and
///   the undo puts every row back with its id;
/// - what an addition created (restored with the same ids on redo);
/// - the content before and after a change (actors, committees, links, contact persons, measures, budgets);
/// - the measures removed themselves (removedMeasures) with the links that named them (otherLinks), and budgets
///   removed on their own (budgets, when no actor is removed).
struct RecordSet
{
    QList<Actor> actors;
    QList<CooperationLink> links;
    QList<ContactPerson> contacts;
    QList<Committee> committees;       ///< committees represented by the actors (removed with them)
    QList<Committee> otherCommittees;  ///< removal: further committees with a removed actor as member, before
    QList<Measure> measures;           ///< removal: measures that refer to a removed actor, before
    QList<Budget> budgets;             ///< removal: budgets held by removed actors
    QList<ViewPositions> positions;    ///< removal: layout positions of removed actors
    QList<Measure> removedMeasures;    ///< measures removed (or added) themselves, with id and key
    QList<CooperationLink> otherLinks; ///< removal of measures: links that named a removed measure, before

    /// True when a removal of the actors affects further records.
    [[nodiscard]] bool hasDependents() const
    {
        return !links.isEmpty() || !contacts.isEmpty() || !committees.isEmpty() || !otherCommittees.isEmpty() ||
               !measures.isEmpty() || !budgets.isEmpty() || !positions.isEmpty() || !otherLinks.isEmpty();
    }
    [[nodiscard]] bool isEmpty() const { return actors.isEmpty() && removedMeasures.isEmpty() && !hasDependents(); }
};

} // namespace netzatlas
