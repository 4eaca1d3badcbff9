// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Committee.h>
#include <netzatlas/core/ContactPerson.h>
#include <netzatlas/core/CooperationLink.h>

#include <QList>
#include <QString>

namespace netzatlas {

/// A finding of a validation: errors block a write, warnings are shown and can be accepted.
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field;   ///< field name as shown to the user (German)
    QString message; ///< translated sentence

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

namespace Validation {

/// Required fields, value ranges and vocabulary membership of an actor. `actorTypes` is the registry's
/// catalogue (retired types are accepted for existing records).
[[nodiscard]] QList<ValidationIssue> checkActor(const Actor &actor, const QList<CatalogueEntry> &actorTypes);
/// Required fields, date order, intensity range and vocabulary membership of a link.
[[nodiscard]] QList<ValidationIssue> checkLink(const CooperationLink &link, const QList<CatalogueEntry> &linkTypes,
                                               const QList<CatalogueEntry> &actionFields);
/// Probable duplicates of `actor` among `others` (the actor itself, same id, is skipped), as warnings the user
/// can accept: the same Schulnummer; the same name (case- and umlaut-insensitive) in the same Gemeinde.
[[nodiscard]] QList<ValidationIssue> findProbableDuplicates(const Actor &actor, const QList<Actor> &others);
/// Name required; e-mail must look like one; warns when purpose or review date is missing (DSGVO).
[[nodiscard]] QList<ValidationIssue> checkContact(const ContactPerson &contact);
/// Kind from the vocabulary, each member at most once and not the committee itself, date order of memberships.
[[nodiscard]] QList<ValidationIssue> checkCommittee(const Committee &committee);
[[nodiscard]] bool hasErrors(const QList<ValidationIssue> &issues);
/// The error messages joined for display.
[[nodiscard]] QString describe(const QList<ValidationIssue> &issues);

} // namespace Validation

} // namespace netzatlas
