// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Contract of the SCP planning rules (domain.md §1.3, §1.4, §5.4): validation of one measure, the sums
// derived from the measures per budget, and the rule checks shown as explained warnings.
// Pure functions over records already loaded; the GUI, the CLI report and the tests share them.

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Measure.h>
#include <netzatlas/core/Result.h>

#include <QList>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace netzatlas {

/// Thresholds of the rule checks: settings, never constants in the rules.
struct PlanningSettings
{
    double recommendedShareMin = 2.0 / 3.0; ///< share of recommended measures per school and year
    int traegerMinSchools = 2;              ///< a Trägerbudget measure should involve this many schools…
    bool traegerPartnerSuffices = true;     ///< …or a partner from the Sozialraum
    bool blockOverBudget = false;           ///< the user decides whether spending above budget blocks saving
    double overBudgetTolerance = 0.0;       ///< share above the budget still accepted (0.05 = 5 %)

    QVariantMap toVariantMap() const;
    static PlanningSettings fromVariantMap(const QVariantMap &map);
};

/// Planned, approved, called and spent sums of one budget line (holder × pillar × school year),
/// derived from the measures' year costs; `budget` is the user-entered amount (0 if none entered).
struct BudgetFigures
{
    ActorId holder;
    QString pillar;
    QString schoolYear;
    Cents budget = 0;
    bool hasBudget = false;
    Cents planned = 0;
    Cents approved = 0;
    Cents called = 0;
    Cents spent = 0;
    QList<MeasureId> measures; ///< the measures behind the sums
};

struct RuleFinding
{
    enum class Severity { Hinweis, Warnung, Fehler };
    QString rule;        ///< stable id: "uebertrag", "verwaltungsstelle", "traeger-eine-schule",
                         ///< "saeule1-instandhaltung", "budget-ueberschritten", "empfohlen-anteil"
    Severity severity = Severity::Warnung;
    QString title;       ///< short German sentence
    QString explanation; ///< plain German: what it means and what the coordinator can do
    ActorId actor;       ///< school or Schulträger concerned (may be invalid)
    QString schoolYear;
    QList<MeasureId> measures;
};

/// Validates one measure before it is written: German messages naming the field (Error::field),
/// e.g. negative or non-numeric amounts, end before start, malformed school year ("2025/27"),
/// no school, unknown Berufsgruppe (school years through SchoolYear::parse in Money.h).
/// `actors` resolves the participating schools.
Status validateMeasure(const Measure &measure, const QList<Actor> &actors);

std::vector<BudgetFigures> deriveBudgetFigures(const QList<Measure> &measures, const QList<Budget> &budgets);

std::vector<RuleFinding> checkPlanningRules(const QList<Measure> &measures, const QList<Budget> &budgets,
                                            const QList<Actor> &actors, const PlanningSettings &settings);

} // namespace netzatlas
