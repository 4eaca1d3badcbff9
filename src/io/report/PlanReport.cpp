// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/io/PlanReport.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::PlanReport", text);
}

const QStringList Pillars = {QStringLiteral("I"), QStringLiteral("II_SCHULE"), QStringLiteral("II_TRAEGER"),
                             QStringLiteral("III")};

QStringList namesOf(const QList<ActorId> &ids, const QHash<ActorId, QString> &names)
{
    QStringList result;
    for (const ActorId id : ids)
        result.append(names.value(id, tr("Akteur Nr. %1").arg(id.value)));
    return result;
}

} // namespace

QString ChancenbudgetPlan::nameOf(ActorId id) const
{
    if (!id.isValid())
        return tr("ohne Budgetträger");
    return names.value(id, tr("Akteur Nr. %1").arg(id.value));
}

Result<ChancenbudgetPlan> buildChancenbudgetPlan(const QList<Measure> &measures, const QList<Budget> &budgets,
                                                 const QList<Actor> &actors, const PlanOptions &options)
{
    const auto year = SchoolYear::parse(options.schoolYear);
    if (!year)
        return Error{tr("„%1“ ist kein Schuljahr; erwartet wird die Form „2025/26“.").arg(options.schoolYear),
                     {},
                     0,
                     QStringLiteral("--school-year"),
                     {}};
    ChancenbudgetPlan plan;
    plan.schoolYear = year->toString();
    plan.date = options.date;
    plan.traeger = options.traeger;
    plan.registryTitle = options.registryTitle;
    plan.demoNote = options.demoNote;
    plan.settings = options.settings;
    for (const Actor &actor : actors)
        plan.names.insert(actor.id, actor.name);

    // Scope: the Schulträger's own budget lines and those of its schools.
    QSet<ActorId> scope;
    if (options.traeger.isValid()) {
        const auto it =
            std::find_if(actors.begin(), actors.end(), [&](const Actor &a) { return a.id == options.traeger; });
        if (it == actors.end() || it->typeCode != DomainCatalogue::SchoolAuthorityType)
            return Error{
                tr("Der gewählte Akteur ist keine Schulträger-Verwaltung."), {}, 0, QStringLiteral("--traeger"), {}};
        plan.traegerName = it->name;
        plan.traegerNames = {it->name};
        scope.insert(options.traeger);
        for (const Actor &actor : actors) {
            if (actor.isSchool() && schoolAuthorityOf(actor, actors) == options.traeger)
                scope.insert(actor.id);
        }
    }
    const auto inScope = [&](ActorId holder) { return !options.traeger.isValid() || scope.contains(holder); };

    for (const BudgetFigures &f : deriveBudgetFigures(measures, budgets, actors)) {
        if (f.schoolYear == plan.schoolYear && inScope(f.holder))
            plan.figures.push_back(f);
    }
    QSet<MeasureId> planMeasures;
    for (const QString &pillar : Pillars) {
        PlanSection section;
        section.pillar = pillar;
        section.label = DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, pillar);
        for (const Measure &m : measures) {
            if (m.pillar != pillar)
                continue;
            const QList<BudgetShare> shares = budgetShares(m, budgets, actors);
            const bool covered =
                std::any_of(shares.begin(), shares.end(), [&](const BudgetShare &s) { return inScope(s.holder); });
            if (!covered)
                continue;
            for (const MeasureYearCost &cost : effectiveYearCosts(m)) {
                if (cost.schoolYear != plan.schoolYear)
                    continue;
                PlanLine line;
                line.measure = m;
                line.cost = cost;
                for (const BudgetShare &share : shares)
                    line.holders.append(plan.nameOf(share.holder));
                line.schools = namesOf(m.schools, plan.names);
                line.partners = namesOf(m.partners, plan.names);
                section.planned += cost.planned;
                section.approved += cost.approved;
                section.called += cost.called;
                section.spent += cost.spent;
                section.lines.append(line);
                planMeasures.insert(m.id);
            }
        }
        std::sort(section.lines.begin(), section.lines.end(), [](const PlanLine &a, const PlanLine &b) {
            return std::tie(a.holders, a.measure.title) < std::tie(b.holders, b.measure.title);
        });
        for (const BudgetFigures &f : plan.figures) {
            if (f.pillar == pillar)
                section.budget += f.budget;
        }
        plan.sections.append(section);
    }

    if (!options.traeger.isValid()) {
        plan.traegerName = tr("alle Schulträger der Registry");
        QSet<QString> names;
        for (const BudgetFigures &f : plan.figures) {
            for (const Actor &actor : actors) {
                if (actor.id == f.holder && actor.typeCode == DomainCatalogue::SchoolAuthorityType)
                    names.insert(actor.name);
            }
        }
        plan.traegerNames = QStringList(names.begin(), names.end());
        plan.traegerNames.sort(Qt::CaseInsensitive);
    }

    for (const RuleFinding &finding : checkPlanningRules(measures, budgets, actors, options.settings)) {
        if (!finding.schoolYear.isEmpty() && finding.schoolYear != plan.schoolYear)
            continue;
        const bool concerns = !options.traeger.isValid() || scope.contains(finding.actor) ||
                              std::any_of(finding.measures.begin(), finding.measures.end(),
                                          [&](MeasureId id) { return planMeasures.contains(id); });
        if (concerns)
            plan.findings.push_back(finding);
    }
    return plan;
}

Result<ChancenbudgetPlan> loadChancenbudgetPlan(RegistryRepository &registry, PlanOptions options)
{
    NETZATLAS_TRY_ASSIGN(measures, registry.measures());
    NETZATLAS_TRY_ASSIGN(budgets, registry.budgets());
    NETZATLAS_TRY_ASSIGN(actors, registry.actors());
    if (options.registryTitle.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(title, registry.metaValue(QStringLiteral("title")));
        options.registryTitle = title;
    }
    if (options.demoNote.isEmpty()) {
        NETZATLAS_TRY_ASSIGN(demo, registry.metaValue(QStringLiteral("demo")));
        if (demo == u"1") {
            NETZATLAS_TRY_ASSIGN(note, registry.metaValue(QStringLiteral("demo_note")));
            options.demoNote = note.isEmpty() ? tr("Demo-Daten, fiktiv.") : note;
        }
    }
    return buildChancenbudgetPlan(measures, budgets, actors, options);
}

} // namespace netzatlas
