// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Budget figures derived from the measures and the SCP planning rules (domain.md §1.3, §1.4, §5.4;
// docs/adr/0008-planning-rules.md).
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/MeasurePlanning.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::MeasurePlanning", text);
}

QString percent(double share)
{
    static const QLocale german(QLocale::German, QLocale::Germany);
    return german.toString(share * 100.0, 'f', share * 100.0 == std::round(share * 100.0) ? 0 : 1) +
           QStringLiteral("\u00a0%");
}

QString pillarLabel(const QString &pillar)
{
    return DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, pillar);
}

int pillarRank(const QString &pillar)
{
    static const QStringList order = {QStringLiteral("I"), QStringLiteral("II_SCHULE"), QStringLiteral("II_TRAEGER"),
                                      QStringLiteral("III")};
    const auto index = order.indexOf(pillar);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

/// End of a school year ("2025/26" → 31.07.2026); invalid for a malformed year.
QDate schoolYearEnd(const QString &schoolYear)
{
    const auto year = SchoolYear::parse(schoolYear);
    return year ? QDate(year->startYear + 1, 7, 31) : QDate();
}

QString previousSchoolYear(const QString &schoolYear)
{
    const auto year = SchoolYear::parse(schoolYear);
    return year ? SchoolYear{year->startYear - 1}.toString() : QString();
}

QString date(const QDate &day)
{
    return day.toString(QStringLiteral("dd.MM.yyyy"));
}

/// `amount` split into `parts` exact shares; the cents that do not divide go to the first parts.
Cents shareOf(Cents amount, int index, int parts)
{
    if (parts <= 1)
        return amount;
    const Cents base = amount / parts;
    const Cents rest = amount % parts;
    return base + (index < rest ? 1 : 0);
}

struct ActorIndex
{
    explicit ActorIndex(const QList<Actor> &actors)
    {
        for (const Actor &actor : actors)
            byId.insert(actor.id, &actor);
    }
    [[nodiscard]] const Actor *find(ActorId id) const { return byId.value(id); }
    [[nodiscard]] QString name(ActorId id) const
    {
        const Actor *actor = find(id);
        return actor ? actor->name : id.isValid() ? tr("Akteur Nr. %1").arg(id.value) : tr("ohne Budgetträger");
    }
    QHash<ActorId, const Actor *> byId;
};

} // namespace

ActorId schoolAuthorityOf(const Actor &school, const QList<Actor> &actors)
{
    const QString rs = school.schoolAuthorityRs;
    if (rs.isEmpty())
        return {};
    ActorId best;
    qsizetype bestLength = 0;
    for (const Actor &actor : actors) {
        if (actor.typeCode != DomainCatalogue::SchoolAuthorityType)
            continue;
        QStringList areas = actor.responsibleFor;
        if (areas.isEmpty() && !actor.seatRs.isEmpty())
            areas = {actor.seatRs};
        for (const QString &area : std::as_const(areas)) {
            if (!area.isEmpty() && rs.startsWith(area) && area.size() > bestLength) {
                best = actor.id;
                bestLength = area.size();
            }
        }
    }
    return best;
}

namespace {

QList<BudgetShare> sharesOf(const Measure &m, const QList<Budget> &budgets, const QList<Actor> &actors,
                            const ActorIndex &index)
{
    if (m.pillar == u"II_SCHULE") {
        QList<ActorId> schools;
        for (const ActorId school : m.schools) {
            if (school.isValid() && !schools.contains(school))
                schools.append(school);
        }
        if (schools.isEmpty())
            return {BudgetShare{}};
        QList<BudgetShare> shares;
        for (const ActorId school : std::as_const(schools))
            shares.append(BudgetShare{school, 1, static_cast<int>(schools.size())});
        return shares;
    }
    for (const ActorId school : m.schools) {
        if (const Actor *actor = index.find(school)) {
            if (const ActorId authority = schoolAuthorityOf(*actor, actors); authority.isValid())
                return {BudgetShare{authority, 1, 1}};
        }
    }
    if (const Actor *provider = index.find(m.provider);
        provider && provider->typeCode == DomainCatalogue::SchoolAuthorityType)
        return {BudgetShare{m.provider, 1, 1}};
    QSet<ActorId> holders;
    for (const Budget &budget : budgets) {
        if (budget.pillar == m.pillar)
            holders.insert(budget.holder);
    }
    QList<ActorId> candidates{m.provider};
    candidates.append(m.schools);
    candidates.append(m.partners);
    for (const ActorId candidate : std::as_const(candidates)) {
        if (candidate.isValid() && holders.contains(candidate))
            return {BudgetShare{candidate, 1, 1}};
    }
    return {BudgetShare{}};
}

using FigureKey = std::tuple<int, QString, qint64>; // pillar rank, school year, holder

std::vector<BudgetFigures> derive(const QList<Measure> &measures, const QList<Budget> &budgets,
                                  const QList<Actor> &actors)
{
    const ActorIndex index(actors);
    std::map<FigureKey, BudgetFigures> figures;
    const auto figureFor = [&](ActorId holder, const QString &pillar, const QString &year) -> BudgetFigures & {
        auto [it, inserted] = figures.try_emplace(FigureKey{pillarRank(pillar), year, holder.value});
        if (inserted) {
            it->second.holder = holder;
            it->second.pillar = pillar;
            it->second.schoolYear = year;
        }
        return it->second;
    };
    for (const Budget &budget : budgets) {
        BudgetFigures &f = figureFor(budget.holder, budget.pillar, budget.schoolYear);
        f.budget += budget.amount;
        f.hasBudget = true;
    }
    for (const Measure &m : measures) {
        const QList<BudgetShare> shares = sharesOf(m, budgets, actors, index);
        const QList<MeasureYearCost> costs = effectiveYearCosts(m);
        for (int i = 0; i < shares.size(); ++i) {
            const int parts = static_cast<int>(shares.size());
            for (const MeasureYearCost &cost : costs) {
                BudgetFigures &f = figureFor(shares[i].holder, m.pillar, cost.schoolYear);
                f.planned += shareOf(cost.planned, i, parts);
                f.approved += shareOf(cost.approved, i, parts);
                f.called += shareOf(cost.called, i, parts);
                f.spent += shareOf(cost.spent, i, parts);
                if (!f.measures.contains(m.id))
                    f.measures.append(m.id);
            }
        }
    }
    std::vector<BudgetFigures> result;
    result.reserve(figures.size());
    for (auto &entry : figures)
        result.push_back(std::move(entry.second));
    return result;
}

RuleFinding finding(const QString &rule, RuleFinding::Severity severity, const QString &title,
                    const QString &explanation, ActorId actor, const QString &pillar, const QString &schoolYear,
                    QList<MeasureId> measures)
{
    RuleFinding f;
    f.rule = rule;
    f.severity = severity;
    f.title = title;
    f.explanation = explanation;
    f.actor = actor;
    f.pillar = pillar;
    f.schoolYear = schoolYear;
    f.measures = std::move(measures);
    return f;
}

bool containsKeyword(const QString &text, const QStringList &keywords)
{
    for (const QString &keyword : keywords) {
        if (!keyword.trimmed().isEmpty() && text.contains(keyword.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Settings

QVariantMap PlanningSettings::toVariantMap() const
{
    return {
        {QStringLiteral("recommendedShareMin"), recommendedShareMin},
        {QStringLiteral("traegerMinSchools"), traegerMinSchools},
        {QStringLiteral("traegerPartnerSuffices"), traegerPartnerSuffices},
        {QStringLiteral("blockOverBudget"), blockOverBudget},
        {QStringLiteral("overBudgetTolerance"), overBudgetTolerance},
        {QStringLiteral("carryOverPillars"), carryOverPillars},
        {QStringLiteral("nonSozialraumTypes"), nonSozialraumTypes},
        {QStringLiteral("administrativeKeywords"), administrativeKeywords},
        {QStringLiteral("maintenanceKeywords"), maintenanceKeywords},
        {QStringLiteral("recommendedShareByCost"), recommendedShareByCost},
    };
}

PlanningSettings PlanningSettings::fromVariantMap(const QVariantMap &map)
{
    PlanningSettings s;
    const auto number = [&](const char *key, double fallback, double low, double high) {
        bool ok = false;
        const double value = map.value(QLatin1String(key)).toDouble(&ok);
        return ok && std::isfinite(value) ? std::clamp(value, low, high) : fallback;
    };
    s.recommendedShareMin = number("recommendedShareMin", s.recommendedShareMin, 0.0, 1.0);
    s.traegerMinSchools = static_cast<int>(number("traegerMinSchools", s.traegerMinSchools, 1, 1000));
    s.overBudgetTolerance = number("overBudgetTolerance", s.overBudgetTolerance, 0.0, 10.0);
    const auto flag = [&](const char *key, bool fallback) {
        const QVariant value = map.value(QLatin1String(key));
        return value.isValid() ? value.toBool() : fallback;
    };
    s.traegerPartnerSuffices = flag("traegerPartnerSuffices", s.traegerPartnerSuffices);
    s.blockOverBudget = flag("blockOverBudget", s.blockOverBudget);
    s.recommendedShareByCost = flag("recommendedShareByCost", s.recommendedShareByCost);
    const auto list = [&](const char *key, const QStringList &fallback) {
        const QVariant value = map.value(QLatin1String(key));
        return value.isValid() ? value.toStringList() : fallback;
    };
    s.carryOverPillars = list("carryOverPillars", s.carryOverPillars);
    s.nonSozialraumTypes = list("nonSozialraumTypes", s.nonSozialraumTypes);
    s.administrativeKeywords = list("administrativeKeywords", s.administrativeKeywords);
    s.maintenanceKeywords = list("maintenanceKeywords", s.maintenanceKeywords);
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

QList<MeasureYearCost> effectiveYearCosts(const Measure &m)
{
    if (!m.yearCosts.isEmpty())
        return m.yearCosts;
    MeasureYearCost cost;
    cost.schoolYear = m.schoolYear;
    cost.planned = m.plannedCost;
    cost.approved = measureStatusRank(m.status) >= measureStatusRank(QStringLiteral("BEWILLIGT")) ? m.plannedCost : 0;
    cost.spent = m.actualCost;
    return {cost};
}

QList<BudgetShare> budgetShares(const Measure &measure, const QList<Budget> &budgets, const QList<Actor> &actors)
{
    return sharesOf(measure, budgets, actors, ActorIndex(actors));
}

std::vector<BudgetFigures> deriveBudgetFigures(const QList<Measure> &measures, const QList<Budget> &budgets)
{
    return derive(measures, budgets, {});
}

std::vector<BudgetFigures> deriveBudgetFigures(const QList<Measure> &measures, const QList<Budget> &budgets,
                                               const QList<Actor> &actors)
{
    return derive(measures, budgets, actors);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

QString planningRuleLabel(const QString &rule)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("uebertrag"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Kein Übertrag zwischen Schuljahren")},
        {QStringLiteral("verwaltungsstelle"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Keine reine Verwaltungsstelle aus Säule II")},
        {QStringLiteral("traeger-eine-schule"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning",
                           "Trägerbudget: schulübergreifend oder mit Sozialraum-Partner")},
        {QStringLiteral("saeule1-instandhaltung"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Säule I: nicht nur Instandhaltung")},
        {QStringLiteral("budget-ueberschritten"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Ausgaben innerhalb des Budgets")},
        {QStringLiteral("empfohlen-anteil"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Anteil empfohlener Maßnahmen je Schule")},
        {QStringLiteral("ohne-budgettraeger"),
         QT_TRANSLATE_NOOP("netzatlas::MeasurePlanning", "Maßnahme ohne Budgetträger")},
    };
    const char *label = labels.value(rule);
    return label ? tr(label) : rule;
}

QString findingSeverityLabel(RuleFinding::Severity severity)
{
    switch (severity) {
    case RuleFinding::Severity::Hinweis:
        return tr("Hinweis");
    case RuleFinding::Severity::Warnung:
        return tr("Warnung");
    case RuleFinding::Severity::Fehler:
        return tr("Fehler");
    }
    return {};
}

std::vector<RuleFinding> checkPlanningRules(const QList<Measure> &measures, const QList<Budget> &budgets,
                                            const QList<Actor> &actors, const PlanningSettings &settings)
{
    using Severity = RuleFinding::Severity;
    const ActorIndex index(actors);
    const std::vector<BudgetFigures> figures = derive(measures, budgets, actors);
    std::vector<RuleFinding> findings;
    const auto limitOf = [&](Cents budget) {
        return budget + static_cast<Cents>(std::llround(static_cast<double>(budget) * settings.overBudgetTolerance));
    };
    const QString toleranceText =
        settings.overBudgetTolerance > 0.0
            ? tr(" (mit der eingestellten Toleranz von %1)").arg(percent(settings.overBudgetTolerance))
            : QString();

    // ---- 1. No carry-over between school years
    std::map<std::tuple<qint64, QString, QString>, const BudgetFigures *> byLine;
    for (const BudgetFigures &f : figures)
        byLine[{f.holder.value, f.pillar, f.schoolYear}] = &f;
    for (const BudgetFigures &f : figures) {
        if (!settings.carryOverPillars.contains(f.pillar))
            continue;
        const bool hasCosts = f.planned > 0 || f.approved > 0 || f.called > 0 || f.spent > 0;
        if (!f.hasBudget && hasCosts && f.holder.isValid()) {
            findings.push_back(finding(
                QStringLiteral("uebertrag"), Severity::Warnung,
                tr("%1: Kosten im Schuljahr %2 ohne Budget (%3)")
                    .arg(index.name(f.holder), f.schoolYear, pillarLabel(f.pillar)),
                tr("Für %1 ist in „%2“ für das Schuljahr %3 kein Budget eingetragen, es sind aber %4 geplant und %5 "
                   "ausgegeben. Mittel des Chancenbudgets gelten nur in ihrem Schuljahr und werden nicht übertragen: "
                   "Geld eines anderen Schuljahres kann diese Kosten nicht decken. Tragen Sie das Budget des "
                   "Schuljahres ein oder ordnen Sie die Kosten dem richtigen Schuljahr zu.")
                    .arg(index.name(f.holder), pillarLabel(f.pillar), f.schoolYear, Money::format(f.planned),
                         Money::format(f.spent)),
                f.holder, f.pillar, f.schoolYear, f.measures));
        }
        if (f.hasBudget && f.spent > limitOf(f.budget)) {
            const auto previous = byLine.find({f.holder.value, f.pillar, previousSchoolYear(f.schoolYear)});
            if (previous != byLine.end() && previous->second->hasBudget &&
                previous->second->budget > previous->second->spent) {
                const BudgetFigures &p = *previous->second;
                findings.push_back(finding(
                    QStringLiteral("uebertrag"), Severity::Warnung,
                    tr("%1: Restmittel aus %2 decken nicht die Ausgaben %3 (%4)")
                        .arg(index.name(f.holder), p.schoolYear, f.schoolYear, pillarLabel(f.pillar)),
                    tr("Im Schuljahr %1 sind %2 ausgegeben, das Budget beträgt %3. Aus dem Schuljahr %4 sind %5 "
                       "nicht ausgegeben; diese Restmittel verfallen am Ende des Schuljahres und dürfen die "
                       "Überschreitung nicht ausgleichen. Kürzen Sie die Ausgaben %1 oder klären Sie eine "
                       "Aufstockung mit der ADD.")
                        .arg(f.schoolYear, Money::format(f.spent), Money::format(f.budget), p.schoolYear,
                             Money::format(p.budget - p.spent)),
                    f.holder, f.pillar, f.schoolYear, f.measures));
            }
        }
    }
    for (const Measure &m : measures) {
        if (!settings.carryOverPillars.contains(m.pillar))
            continue;
        QString lastYear;
        for (const MeasureYearCost &cost : effectiveYearCosts(m)) {
            if (SchoolYear::parse(cost.schoolYear) && (lastYear.isEmpty() || cost.schoolYear > lastYear))
                lastYear = cost.schoolYear;
        }
        const QDate yearEnd = schoolYearEnd(lastYear);
        if (!yearEnd.isValid())
            continue;
        const ActorId holder = sharesOf(m, budgets, actors, index).value(0).holder;
        if (m.end.isValid() && m.end > yearEnd) {
            findings.push_back(finding(
                QStringLiteral("uebertrag"), Severity::Warnung,
                tr("„%1“ läuft über das Ende des Schuljahres %2 hinaus").arg(m.title, lastYear),
                tr("Die Maßnahme endet am %1, ihre Kosten sind aber nur bis zum Schuljahr %2 eingetragen, das am %3 "
                   "endet. Mittel des Chancenbudgets werden nicht in das nächste Schuljahr übertragen. Teilen Sie die "
                   "Kosten auf die Schuljahre auf (Kosten je Schuljahr) oder beenden Sie die Maßnahme am %3.")
                    .arg(date(m.end), lastYear, date(yearEnd)),
                holder, m.pillar, lastYear, {m.id}));
        }
        for (const MeasureStatusStep &step : m.history) {
            if (step.status == u"ABGERUFEN" && step.date.isValid() && step.date > yearEnd) {
                findings.push_back(finding(
                    QStringLiteral("uebertrag"), Severity::Warnung,
                    tr("„%1“: Mittel nach Ende des Schuljahres %2 abgerufen").arg(m.title, lastYear),
                    tr("Die Mittel wurden am %1 abgerufen, das Schuljahr %2 endete am %3. Nicht abgerufene Mittel "
                       "verfallen am Schuljahresende; ein späterer Abruf braucht Mittel des neuen Schuljahres. "
                       "Tragen Sie die Kosten im Schuljahr des Abrufs ein.")
                        .arg(date(step.date), lastYear, date(yearEnd)),
                    holder, m.pillar, lastYear, {m.id}));
                break;
            }
        }
    }

    // ---- 2. No purely administrative post from Säule II
    for (const Measure &m : measures) {
        if (m.pillar != u"II_SCHULE" && m.pillar != u"II_TRAEGER")
            continue;
        const ActorId holder = sharesOf(m, budgets, actors, index).value(0).holder;
        if (m.administrativePost) {
            findings.push_back(finding(
                QStringLiteral("verwaltungsstelle"), Severity::Fehler,
                tr("„%1“ ist als reine Verwaltungsstelle markiert").arg(m.title),
                tr("Aus dem Chancenbudget (Säule II) dürfen keine rein administrativen Stellen („Overhead“) bezahlt "
                   "werden. Pädagogisches Personal, das schulübergreifende oder kommunale Maßnahmen plant und "
                   "durchführt, ist dagegen möglich. Finanzieren Sie die Stelle anders oder beschreiben Sie die "
                   "pädagogischen Aufgaben und entfernen Sie die Markierung."),
                holder, m.pillar, m.schoolYear, {m.id}));
        } else if (containsKeyword(m.title, settings.administrativeKeywords)) {
            findings.push_back(finding(
                QStringLiteral("verwaltungsstelle"), Severity::Hinweis,
                tr("„%1“ klingt nach einer Verwaltungsstelle").arg(m.title),
                tr("Der Titel enthält einen Begriff, der auf Verwaltungsarbeit hinweist (Einstellung: %1). Rein "
                   "administrative Stellen sind aus Säule II nicht förderfähig. Prüfen Sie, ob die Maßnahme "
                   "pädagogische Aufgaben hat, und halten Sie sie in der Beschreibung fest.")
                    .arg(settings.administrativeKeywords.join(QStringLiteral(", "))),
                holder, m.pillar, m.schoolYear, {m.id}));
        }
    }

    // ---- 3. A Trägerbudget measure works across schools or with a partner from the Sozialraum
    for (const Measure &m : measures) {
        if (m.pillar != u"II_TRAEGER")
            continue;
        QSet<ActorId> schools;
        for (const ActorId school : m.schools)
            schools.insert(school);
        if (schools.size() >= settings.traegerMinSchools)
            continue;
        bool sozialraumPartner = false;
        for (const ActorId partner : m.partners) {
            const Actor *actor = index.find(partner);
            sozialraumPartner = sozialraumPartner || (actor && !settings.nonSozialraumTypes.contains(actor->typeCode));
        }
        if (settings.traegerPartnerSuffices && sozialraumPartner)
            continue;
        const ActorId holder = sharesOf(m, budgets, actors, index).value(0).holder;
        findings.push_back(finding(
            QStringLiteral("traeger-eine-schule"), Severity::Warnung,
            (settings.traegerPartnerSuffices
                 ? tr("Trägerbudget-Maßnahme „%1“: zu wenige Schulen und kein Partner aus dem Sozialraum")
                 : tr("Trägerbudget-Maßnahme „%1“: zu wenige Schulen"))
                .arg(m.title),
            (settings.traegerPartnerSuffices
                 ? tr("Mittel des Trägerbudgets sollen vorwiegend für schulübergreifende Angebote eingesetzt werden. "
                      "Die Maßnahme erreicht weniger als %1 Schulen und hat keinen Partner aus dem Sozialraum "
                      "(Verein, Jugendhilfe, außerschulischer Lernort …). Beteiligen Sie weitere Schulen oder einen "
                      "Partner, oder finanzieren Sie die Maßnahme aus dem Budget der Schule.")
                 : tr("Mittel des Trägerbudgets sollen vorwiegend für schulübergreifende Angebote eingesetzt werden. "
                      "Die Maßnahme erreicht weniger als %1 Schulen. Beteiligen Sie weitere Schulen oder finanzieren "
                      "Sie die Maßnahme aus dem Budget der Schule."))
                .arg(settings.traegerMinSchools),
            holder, m.pillar, m.schoolYear, {m.id}));
    }

    // ---- 4. Säule I is not maintenance alone
    for (const Measure &m : measures) {
        if (m.pillar != u"I")
            continue;
        const ActorId holder = sharesOf(m, budgets, actors, index).value(0).holder;
        if (m.maintenanceOnly) {
            findings.push_back(finding(
                QStringLiteral("saeule1-instandhaltung"), Severity::Warnung,
                tr("„%1“ dient nur der Instandhaltung").arg(m.title),
                tr("Das Investitionsprogramm (Säule I) fördert Neubau, Umbau, Erweiterung, Modernisierung und "
                   "Ausstattung für eine bessere Lernumgebung, nicht Maßnahmen, die nur der Instandhaltung oder dem "
                   "Werterhalt dienen. Beschreiben Sie, was die Maßnahme pädagogisch verbessert, oder finanzieren "
                   "Sie sie aus dem Bauunterhalt."),
                holder, m.pillar, m.schoolYear, {m.id}));
        } else if (containsKeyword(m.title, settings.maintenanceKeywords)) {
            findings.push_back(finding(
                QStringLiteral("saeule1-instandhaltung"), Severity::Hinweis,
                tr("„%1“ klingt nach Instandhaltung").arg(m.title),
                tr("Der Titel enthält einen Begriff, der auf Instandhaltung hinweist (Einstellung: %1). Säule I "
                   "fördert keine reine Instandhaltung. Prüfen Sie, ob die Maßnahme über den Werterhalt hinausgeht.")
                    .arg(settings.maintenanceKeywords.join(QStringLiteral(", "))),
                holder, m.pillar, m.schoolYear, {m.id}));
        }
    }

    // ---- 5. Spending within the budget
    for (const BudgetFigures &f : figures) {
        const QString who = index.name(f.holder);
        if (!f.hasBudget) {
            if (!settings.carryOverPillars.contains(f.pillar) && f.holder.isValid() && (f.planned > 0 || f.spent > 0))
                findings.push_back(finding(
                    QStringLiteral("budget-ueberschritten"), Severity::Hinweis,
                    tr("%1: kein Budget für %2 im Schuljahr %3").arg(who, pillarLabel(f.pillar), f.schoolYear),
                    tr("Es sind %1 geplant, aber kein Budget eingetragen. Ohne Budget lässt sich nicht prüfen, ob die "
                       "Ausgaben gedeckt sind. Tragen Sie das Budget laut Bescheid ein.")
                        .arg(Money::format(f.planned)),
                    f.holder, f.pillar, f.schoolYear, f.measures));
            continue;
        }
        const Cents limit = limitOf(f.budget);
        if (f.spent > limit) {
            findings.push_back(finding(
                QStringLiteral("budget-ueberschritten"),
                settings.blockOverBudget ? Severity::Fehler : Severity::Warnung,
                tr("%1: Budget %2 %3 überschritten").arg(who, pillarLabel(f.pillar), f.schoolYear),
                tr("Ausgegeben sind %1, das Budget beträgt %2%3; das sind %4 zu viel. Die Ausgaben je Budget und "
                   "Schuljahr dürfen das Verfügbare nicht übersteigen. Prüfen Sie die Ausgaben der Maßnahmen oder "
                   "klären Sie die Finanzierung des Rests.")
                    .arg(Money::format(f.spent), Money::format(f.budget), toleranceText,
                         Money::format(f.spent - f.budget)),
                f.holder, f.pillar, f.schoolYear, f.measures));
        } else if (f.approved > limit) {
            findings.push_back(finding(
                QStringLiteral("budget-ueberschritten"), Severity::Warnung,
                tr("%1: Bewilligungen über dem Budget %2 %3").arg(who, pillarLabel(f.pillar), f.schoolYear),
                tr("Bewilligt sind %1, das Budget beträgt %2%3. Werden alle bewilligten Mittel ausgegeben, ist das "
                   "Budget um %4 überschritten.")
                    .arg(Money::format(f.approved), Money::format(f.budget), toleranceText,
                         Money::format(f.approved - f.budget)),
                f.holder, f.pillar, f.schoolYear, f.measures));
        } else if (f.planned > limit) {
            findings.push_back(
                finding(QStringLiteral("budget-ueberschritten"), Severity::Hinweis,
                        tr("%1: Planung über dem Budget %2 %3").arg(who, pillarLabel(f.pillar), f.schoolYear),
                        tr("Geplant sind %1, das Budget beträgt %2%3. Die Planung liegt %4 über dem Budget; setzen Sie "
                           "Prioritäten, bevor Anträge gestellt werden.")
                            .arg(Money::format(f.planned), Money::format(f.budget), toleranceText,
                                 Money::format(f.planned - f.budget)),
                        f.holder, f.pillar, f.schoolYear, f.measures));
        }
    }

    // ---- 6. Share of recommended measures per school and school year
    struct Share
    {
        double total = 0;
        double recommended = 0;
        QList<MeasureId> measures;
    };
    std::map<std::pair<qint64, QString>, Share> shares;
    for (const Measure &m : measures) {
        if (m.pillar != u"II_SCHULE")
            continue;
        const QList<BudgetShare> holders = sharesOf(m, budgets, actors, index);
        for (int i = 0; i < holders.size(); ++i) {
            if (!holders[i].holder.isValid())
                continue;
            if (settings.recommendedShareByCost) {
                for (const MeasureYearCost &cost : effectiveYearCosts(m)) {
                    Share &s = shares[{holders[i].holder.value, cost.schoolYear}];
                    const auto amount = static_cast<double>(shareOf(cost.planned, i, static_cast<int>(holders.size())));
                    s.total += amount;
                    s.recommended += m.recommended ? amount : 0.0;
                    if (!s.measures.contains(m.id))
                        s.measures.append(m.id);
                }
            } else {
                Share &s = shares[{holders[i].holder.value, m.schoolYear}];
                s.total += 1.0;
                s.recommended += m.recommended ? 1.0 : 0.0;
                s.measures.append(m.id);
            }
        }
    }
    for (const auto &[key, s] : shares) {
        if (s.total <= 0.0)
            continue;
        const double share = s.recommended / s.total;
        if (share + 1e-9 >= settings.recommendedShareMin)
            continue;
        const ActorId school(key.first);
        findings.push_back(finding(
            QStringLiteral("empfohlen-anteil"), Severity::Warnung,
            tr("%1: nur %2 empfohlene Maßnahmen im Schuljahr %3").arg(index.name(school), percent(share), key.second),
            (settings.recommendedShareByCost
                 ? tr("Von den geplanten Mitteln des Schulbudgets im Schuljahr %1 entfallen %2 auf Maßnahmen aus der "
                      "Empfehlung des Landes (Orientierungspapier); erwartet werden mindestens %3. Prüfen Sie mit der "
                      "Schule, welche Maßnahmen den Empfehlungen folgen, oder verschieben Sie Mittel dorthin.")
                 : tr("Von den Maßnahmen des Schulbudgets im Schuljahr %1 folgen %2 der Empfehlung des Landes "
                      "(Orientierungspapier); erwartet werden mindestens %3. Prüfen Sie mit der Schule, welche "
                      "Maßnahmen den Empfehlungen folgen."))
                .arg(key.second, percent(share), percent(settings.recommendedShareMin)),
            school, QStringLiteral("II_SCHULE"), key.second, s.measures));
    }

    // ---- Measures that no budget holder could be found for
    if (!actors.isEmpty()) {
        for (const Measure &m : measures) {
            if (sharesOf(m, budgets, actors, index).value(0).holder.isValid())
                continue;
            findings.push_back(finding(
                QStringLiteral("ohne-budgettraeger"), Severity::Hinweis,
                tr("„%1“ ist keinem Budget zugeordnet").arg(m.title),
                tr("Für die Maßnahme ließ sich kein Budgetträger bestimmen: Säule-II-Schule-Maßnahmen zählen zum "
                   "Budget der beteiligten Schulen, die anderen zum Schulträger der ersten beteiligten Schule. "
                   "Tragen Sie eine Schule mit Schulträger ein."),
                {}, m.pillar, m.schoolYear, {m.id}));
        }
    }
    return findings;
}

Status blockingFindings(const std::vector<RuleFinding> &findings, const PlanningSettings &settings)
{
    if (!settings.blockOverBudget)
        return {};
    Error error;
    for (const RuleFinding &f : findings) {
        if (f.rule == u"budget-ueberschritten" && f.severity == RuleFinding::Severity::Fehler)
            error.details.append(f.title);
    }
    if (error.details.isEmpty())
        return {};
    error.field = tr("Budget");
    error.message = tr("Die Ausgaben überschreiten das Budget; laut Einstellung wird dann nicht gespeichert: %1")
                        .arg(error.details.join(QStringLiteral("; ")));
    return error;
}

} // namespace netzatlas
