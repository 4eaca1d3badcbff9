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
#include <QStringList>
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
    /// Pillars whose money is bound to its school year (no carry-over, domain §1.3/§1.4): the Chancenbudget.
    QStringList carryOverPillars = {QStringLiteral("II_SCHULE"), QStringLiteral("II_TRAEGER")};
    /// Actor types that do not count as a partner "aus dem Sozialraum" for the Trägerbudget rule
    /// (schools, administrations, Land bodies, committees).
    QStringList nonSozialraumTypes = {QStringLiteral("SCHULE"),
                                      QStringLiteral("SCHULTRAEGER_VERW"),
                                      QStringLiteral("KOMMUNE_SONST"),
                                      QStringLiteral("BILDUNGSBUERO"),
                                      QStringLiteral("SCP_KOORD"),
                                      QStringLiteral("ADD"),
                                      QStringLiteral("PL"),
                                      QStringLiteral("BM"),
                                      QStringLiteral("BEGLEITUNG"),
                                      QStringLiteral("GREMIUM")};
    /// Title words that suggest a purely administrative post (a hint only; the flag on the measure decides).
    QStringList administrativeKeywords = {QStringLiteral("Sekretariat"), QStringLiteral("Verwaltungskraft"),
                                          QStringLiteral("Verwaltungsstelle"), QStringLiteral("Sachbearbeitung")};
    /// Title words that suggest maintenance only in Säule I (a hint only; the flag on the measure decides).
    QStringList maintenanceKeywords = {QStringLiteral("Instandhaltung"), QStringLiteral("Instandsetzung"),
                                       QStringLiteral("Reparatur"), QStringLiteral("Werterhalt")};
    /// true: the recommended share is measured in planned euros; false: in number of measures.
    bool recommendedShareByCost = true;

    bool operator==(const PlanningSettings &) const = default;

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
    QString rule; ///< stable id: "uebertrag", "verwaltungsstelle", "traeger-eine-schule",
                  ///< "saeule1-instandhaltung", "budget-ueberschritten", "empfohlen-anteil"
                  ///< (ohne Budgetträger: "ohne-budgettraeger")
    Severity severity = Severity::Warnung;
    QString pillar;      ///< pillar of the budget line concerned (may be empty)
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
/// The returned error is the first problem; Error::details lists every problem as "Feld: Meldung".
Status validateMeasure(const Measure &measure, const QList<Actor> &actors);

/// Every problem of a measure (the list validateMeasure reports the first of), each with Error::field set.
[[nodiscard]] QList<Error> measureErrors(const Measure &measure, const QList<Actor> &actors);

/// The status workflow in order: IDEE, ENTWURF, ABGESTIMMT, BEANTRAGT, BEWILLIGT, ABGERUFEN, UMGESETZT,
/// NACHWEIS, ABGESCHLOSSEN (vocabulary MeasureStatus).
[[nodiscard]] QStringList measureStatusOrder();
/// Position of a status in the workflow (0 = Idee … 8 = abgeschlossen), -1 when unknown.
[[nodiscard]] int measureStatusRank(const QString &status);

/// Checks a status history (oldest step first):
///  - every status is a known workflow step and every step has a date;
///  - dates never decrease;
///  - steps move forward; skipping steps is allowed (a measure entered late), staying on the same step is
///    allowed (a correction), going back to an earlier step is allowed only with a note explaining why
///    (e.g. "Antrag zurückgezogen, neu abgestimmt").
/// Errors name the field "Statusverlauf" and the 1-based step.
Status validateStatusHistory(const QList<MeasureStatusStep> &history);

std::vector<BudgetFigures> deriveBudgetFigures(const QList<Measure> &measures, const QList<Budget> &budgets);

/// As above, with the actors to find a measure's budget holder (see budgetShares). Use this whenever the
/// actors are at hand: without them, measures of the Schulträger pillars can only be attributed to a provider,
/// school or partner that itself holds a budget line of the pillar.
std::vector<BudgetFigures> deriveBudgetFigures(const QList<Measure> &measures, const QList<Budget> &budgets,
                                               const QList<Actor> &actors);

/// One budget holder's share of a measure's cost (numerator / denominator of every amount).
struct BudgetShare
{
    ActorId holder; ///< invalid: no budget holder found
    int numerator = 1;
    int denominator = 1;
};

/// Who pays for a measure (docs/adr/0008-planning-rules.md):
///  - Säule II Schule: the participating schools, in equal shares (a measure of three schools costs each
///    school's Chancenbudget one third; the cents that do not divide go to the first schools listed);
///  - Säule I, Säule II Schulträger, Säule III: the whole cost to one Schulträger: the Schulträger
///    administration (SCHULTRAEGER_VERW) responsible for the first participating school (its area of
///    responsibility is the longest prefix of the school's Schulträger key); else the provider when it is a
///    Schulträger administration; else a provider, school or partner holding a budget line of the pillar.
[[nodiscard]] QList<BudgetShare> budgetShares(const Measure &measure, const QList<Budget> &budgets,
                                              const QList<Actor> &actors);

/// The Schulträger administration (SCHULTRAEGER_VERW) responsible for a school: the one whose area of
/// responsibility (or, lacking one, seat) is the longest prefix of the school's Schulträger key. Invalid when none.
[[nodiscard]] ActorId schoolAuthorityOf(const Actor &school, const QList<Actor> &actors);

/// The cost of a measure per school year: its year costs, or, when it has none, one year (its school year)
/// with planned = plannedCost, spent = actualCost and approved = plannedCost from status "bewilligt" on.
[[nodiscard]] QList<MeasureYearCost> effectiveYearCosts(const Measure &measure);

std::vector<RuleFinding> checkPlanningRules(const QList<Measure> &measures, const QList<Budget> &budgets,
                                            const QList<Actor> &actors, const PlanningSettings &settings);

/// German name of a rule id ("Kein Übertrag zwischen Schuljahren" …) and of a severity.
[[nodiscard]] QString planningRuleLabel(const QString &rule);
[[nodiscard]] QString findingSeverityLabel(RuleFinding::Severity severity);

/// The findings that block saving: with settings.blockOverBudget, every "budget-ueberschritten" finding of
/// severity Fehler (spending above budget plus tolerance). OK when nothing blocks; else an error whose
/// details list the findings.
Status blockingFindings(const std::vector<RuleFinding> &findings, const PlanningSettings &settings);

} // namespace netzatlas
