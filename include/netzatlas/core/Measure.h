// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Money.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace netzatlas {

/// One step of the measure status workflow with its date.
struct MeasureStatusStep
{
    QString status; ///< vocabulary MeasureStatus
    QDate date;
    QString note;

    bool operator==(const MeasureStatusStep &) const = default;
};

/// Cost of a measure in one school year (Säule II measures can span several).
struct MeasureYearCost
{
    QString schoolYear; ///< "2025/26"
    Cents planned = 0;
    Cents approved = 0;
    Cents called = 0; ///< Mittel abgerufen
    Cents spent = 0;

    bool operator==(const MeasureYearCost &) const = default;
};

/// An SCP measure of one pillar. Pillar-specific fields are empty for the other pillars.
struct Measure
{
    MeasureId id;
    QString key;         ///< stable exchange key
    QString pillar;      ///< vocabulary Pillar: I, II_SCHULE, II_TRAEGER, III
    QString schoolYear;  ///< "2025/26"
    QString title;
    QString measureArea; ///< Maßnahmenbereich code (IND-POT …)
    QStringList actionFields;
    QString goal;        ///< Ziel / Zielvereinbarung
    QList<ActorId> schools;  ///< participating schools (≥ 1)
    QList<ActorId> partners; ///< partner actors
    ActorId provider;        ///< who carries it out, may be invalid
    Cents plannedCost = 0;
    Cents actualCost = 0;
    QString status = QStringLiteral("IDEE"); ///< vocabulary MeasureStatus
    QDate start;
    QDate end;
    QDate appliedDate;
    QDate approvedDate;
    QString approvedBy;
    QDate proofDate;     ///< Verwendungsnachweis
    QList<MeasureStatusStep> history;
    QList<MeasureYearCost> yearCosts;

    // Säule I
    QString investmentKind;
    QString roomType;
    int fundingRatePermille = 0; ///< 700 = 70 %
    Cents ownShare = 0;
    bool maintenanceOnly = false;

    // Säule II
    QString budgetPot;          ///< SCHULE or SCHULTRAEGER
    bool recommended = false;   ///< follows the recommended measures (Orientierungspapier)
    bool administrativePost = false; ///< a purely administrative post (not fundable from Säule II)

    // Säule III
    QString occupationGroup;
    QStringList tasks;
    QString employmentForm;
    double fte = 0.0;           ///< VZÄ
    int staffPlanYear = 0;

    QString notes;
    int rowVersion = 0;

    bool operator==(const Measure &) const = default;
};

/// Budget of a school or Schulträger for one pillar and school year (user-entered, never a constant).
struct Budget
{
    BudgetId id;
    ActorId holder;     ///< school or SCHULTRAEGER_VERW actor
    QString pillar;
    QString schoolYear;
    Cents amount = 0;
    QString note;
    int rowVersion = 0;

    bool operator==(const Budget &) const = default;
};

} // namespace netzatlas
