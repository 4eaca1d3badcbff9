// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The Chancenbudget plan of one school year (issue 6, domain.md §1.3/§1.4): the measures per pillar with their
// cost in that year, the budget lines with their derived figures and the rule findings, written as XLSX
// (libxlsxwriter) or PDF (QPdfWriter). Library netzatlas_report (Qt Core + Gui, no Widgets), used by the CLI
// (`netzatlas-cli report --kind plan`) and the GUI.

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/Measure.h>
#include <netzatlas/core/MeasurePlanning.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace netzatlas {

/// One measure of the plan with its cost in the plan's school year.
struct PlanLine
{
    Measure measure;
    MeasureYearCost cost; ///< the year cost of the plan's school year (effectiveYearCosts)
    QStringList holders;  ///< budget holders' names (several for a Säule II Schule measure of several schools)
    QStringList schools;  ///< participating schools' names
    QStringList partners; ///< partners' names
};

/// The measures of one pillar with their sums.
struct PlanSection
{
    QString pillar; ///< I, II_SCHULE, II_TRAEGER, III
    QString label;  ///< "Säule I – Investitionsprogramm" …
    QList<PlanLine> lines;
    Cents planned = 0;
    Cents approved = 0;
    Cents called = 0;
    Cents spent = 0;
    Cents budget = 0; ///< sum of the budget lines of this pillar in scope
};

struct ChancenbudgetPlan
{
    QString schoolYear;
    QDate date;                         ///< "Stand"
    ActorId traeger;                    ///< invalid: all Schulträger of the registry
    QString traegerName;                ///< the Schulträger, or "alle Schulträger der Registry"
    QStringList traegerNames;           ///< the Schulträger administrations in the plan
    QString registryTitle;              ///< meta "title"
    QString demoNote;                   ///< meta "demo_note" of a demo registry, else empty
    QList<PlanSection> sections;        ///< the four pillars in order (empty ones included)
    std::vector<BudgetFigures> figures; ///< budget lines of the school year in scope
    std::vector<RuleFinding> findings;  ///< findings of the school year in scope
    QHash<ActorId, QString> names;      ///< actor names for holders and findings
    PlanningSettings settings;

    [[nodiscard]] QString nameOf(ActorId id) const;
};

struct PlanOptions
{
    QString schoolYear; ///< "2025/26"
    ActorId traeger;    ///< restrict to one Schulträger (its own budget lines and its schools'); invalid = all
    QDate date = QDate::currentDate();
    PlanningSettings settings;
    QString registryTitle;
    QString demoNote;
};

/// Builds the plan from loaded records. Rejects a malformed school year and a traeger that is not a
/// Schulträger administration (German messages naming the field).
Result<ChancenbudgetPlan> buildChancenbudgetPlan(const QList<Measure> &measures, const QList<Budget> &budgets,
                                                 const QList<Actor> &actors, const PlanOptions &options);
/// Loads measures, budgets, actors and the meta title/demo note from a registry and builds the plan.
Result<ChancenbudgetPlan> loadChancenbudgetPlan(RegistryRepository &registry, PlanOptions options);

/// Writes the plan as XLSX: a sheet "Übersicht" (budget lines: budget, planned, approved, called, spent, rest),
/// one sheet per pillar and a sheet "Hinweise" (rule findings); title rows with Schulträger, school year and
/// date; euro amounts as numbers with a German currency format; sums as SUM formulas with their computed values
/// cached; every text through worksheet_write_string, so that no title ever becomes a formula; frozen header,
/// autofilter, column widths.
Status writePlanXlsx(const ChancenbudgetPlan &plan, const QString &path);

/// Writes the plan as PDF (A4): title page with Schulträger, school year and date; budget against planned and
/// spent per pillar as a table and a bar chart; the measures per pillar with sums; the rule findings.
/// Needs a QGuiApplication (fonts); the CLI and the tests create one.
Status writePlanPdf(const ChancenbudgetPlan &plan, const QString &path);

} // namespace netzatlas
