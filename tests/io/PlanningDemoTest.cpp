// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The planning rules on the demo registry: its documented rule breaks are found, its measures are valid.
#include <netzatlas/core/MeasurePlanning.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace netzatlas;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

} // namespace

TEST_CASE("Demo registry: the deliberate rule breaks are found", "[io][demo][planning]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<Measure> measures = require(registry->measures());
    const QList<Budget> budgets = require(registry->budgets());
    const QList<Actor> actors = require(registry->actors());
    const auto findings = checkPlanningRules(measures, budgets, actors, PlanningSettings{});

    std::map<QString, int> perRule;
    for (const RuleFinding &f : findings)
        ++perRule[f.rule];
    for (const auto &[rule, count] : perRule)
        UNSCOPED_INFO(rule.toStdString() << ": " << count);

    // A Trägerbudget measure for one school without partners.
    const QString singleKey = require(registry->metaValue(QStringLiteral("demo_rule_traeger_single_school")));
    const auto single =
        std::find_if(measures.begin(), measures.end(), [&](const Measure &m) { return m.key == singleKey; });
    REQUIRE(single != measures.end());
    const bool singleFound = std::any_of(findings.begin(), findings.end(), [&](const RuleFinding &f) {
        return f.rule == u"traeger-eine-schule" && f.measures.contains(single->id);
    });
    CHECK(singleFound);

    // The Trägerbudget of one administration spent above its budget in the first school year.
    const QString overrunKey = require(registry->metaValue(QStringLiteral("demo_rule_budget_exceeded")));
    const QString pillar = require(registry->metaValue(QStringLiteral("demo_rule_budget_exceeded_pillar")));
    const QString year = require(registry->metaValue(QStringLiteral("demo_rule_budget_exceeded_year")));
    const auto admin = require(registry->actorByKey(overrunKey));
    REQUIRE(admin.has_value());
    const auto overrun = std::find_if(findings.begin(), findings.end(), [&](const RuleFinding &f) {
        return f.rule == u"budget-ueberschritten" && f.actor == admin->id && f.pillar == pillar && f.schoolYear == year;
    });
    REQUIRE(overrun != findings.end());
    CHECK(overrun->severity == RuleFinding::Severity::Warnung);
    CHECK(overrun->title.contains(admin->name));
    // Only this budget line is spent above its budget: the others are generous by construction.
    CHECK(std::count_if(findings.begin(), findings.end(), [](const RuleFinding &f) {
              return f.rule == u"budget-ueberschritten" && f.severity != RuleFinding::Severity::Hinweis;
          }) == 1);

    // Blocking is the user's choice.
    PlanningSettings block;
    block.blockOverBudget = true;
    CHECK_FALSE(blockingFindings(checkPlanningRules(measures, budgets, actors, block), block).ok());
    // Every finding is explained in German and every measure has a budget holder.
    for (const RuleFinding &f : findings) {
        CHECK_FALSE(f.title.isEmpty());
        CHECK(f.explanation.size() > 40);
        CHECK(f.rule != u"ohne-budgettraeger");
    }
}

TEST_CASE("Demo registry: every measure passes validation and the figures add up", "[io][demo][planning]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    const QList<Measure> measures = require(registry->measures());
    const QList<Budget> budgets = require(registry->budgets());
    const QList<Actor> actors = require(registry->actors());
    for (const Measure &m : measures) {
        const Status status = validateMeasure(m, actors);
        INFO(m.key.toStdString() << " "
                                 << (status.ok() ? std::string() : status.error().details.join(u'\n').toStdString()));
        CHECK(status.ok());
    }
    // Nothing is lost or doubled between the measures and the budget lines.
    Cents planned = 0;
    for (const Measure &m : measures) {
        for (const MeasureYearCost &c : effectiveYearCosts(m))
            planned += c.planned;
    }
    Cents derived = 0;
    Cents budgetSum = 0;
    int lines = 0;
    for (const BudgetFigures &f : deriveBudgetFigures(measures, budgets, actors)) {
        derived += f.planned;
        budgetSum += f.budget;
        CHECK(f.holder.isValid());
        lines += f.hasBudget ? 1 : 0;
    }
    CHECK(derived == planned);
    CHECK(lines == budgets.size());
    Cents entered = 0;
    for (const Budget &b : budgets)
        entered += b.amount;
    CHECK(budgetSum == entered);
}
