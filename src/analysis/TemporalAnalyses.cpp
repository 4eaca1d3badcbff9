// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// The coordinators' questions 7–9 of domain.md §6: measures and budgets, what ends before the next school
// year, the change between two days, and committee coverage.
#include "AnalysisContext.h"

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Money.h>

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>

namespace netzatlas::analysis {

namespace {

KeyFigure figure(const char *key, const QString &label, const QVariant &value)
{
    return KeyFigure{QString::fromLatin1(key), label, value};
}

double euros(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

bool agreement(const QString &formality)
{
    return formality == u"VEREINBART" || formality == u"VERTRAGLICH";
}

struct StructureSummary
{
    int actorsWithLinks = 0;
    int links = 0;
    int pairs = 0;
    double density = 0;
    int components = 0; ///< among actors with links
    double largestShare = 0;
    double transitivity = 0;
    int articulationPoints = 0;
    int bridges = 0;
    int communities = 0;
    double modularity = 0;
};

/// The structure figures of a snapshot from its metrics (computed by the caller, or taken from the run's
/// cache for the snapshot day so that nothing is computed twice).
StructureSummary summarize(const GraphSnapshot &g, const Metrics::Degrees &degrees,
                           const Metrics::Components &components, const Metrics::Clustering &clustering,
                           const Metrics::Biconnectivity &bic, const Metrics::Communities &communities)
{
    StructureSummary s;
    for (const int d : degrees.degree)
        s.actorsWithLinks += d > 0 ? 1 : 0;
    for (const SnapshotLink &l : g.links())
        s.links += l.id.isValid() ? 1 : 0;
    s.pairs = g.edgeCount();
    s.density = Metrics::density(g);
    for (const int size : components.sizes)
        s.components += size > 1 ? 1 : 0;
    s.largestShare = s.actorsWithLinks > 0 && !components.sizes.empty()
                         ? static_cast<double>(components.sizes.front()) / s.actorsWithLinks
                         : 0.0;
    s.transitivity = clustering.transitivity;
    s.articulationPoints = static_cast<int>(bic.articulationPoints.size());
    s.bridges = static_cast<int>(bic.bridges.size());
    for (const int size : communities.sizes)
        s.communities += size > 1 ? 1 : 0;
    s.modularity = communities.modularity;
    return s;
}

} // namespace

Status runMeasures(AnalysisContext &c, QList<ResultTable> &tables)
{
    const AnalysisInput &in = c.input;
    QHash<qint64, QString> actorNames;
    QHash<qint64, const Actor *> actors;
    for (const Actor &a : in.actors) {
        actorNames.insert(a.id.value, a.name);
        actors.insert(a.id.value, &a);
    }

    // Budget use per holder, pillar and school year.
    struct Use
    {
        Cents budget = 0;
        Cents planned = 0;
        Cents spent = 0;
        QList<qint64> measures;
    };
    std::map<std::tuple<qint64, QString, QString>, Use> use;
    for (const Budget &b : in.budgets)
        use[{b.holder.value, b.pillar, b.schoolYear}].budget += b.amount;
    auto holderOf = [&](const Measure &m) -> qint64 {
        if (m.pillar == u"II_TRAEGER" || m.pillar == u"I" || m.pillar == u"III") {
            if (m.provider.isValid() && actors.contains(m.provider.value) &&
                actors.value(m.provider.value)->typeCode == DomainCatalogue::SchoolAuthorityType)
                return m.provider.value;
        }
        return m.schools.isEmpty() ? 0 : m.schools.constFirst().value;
    };
    for (const Measure &m : in.measures) {
        if (!m.yearCosts.isEmpty()) {
            for (const MeasureYearCost &y : m.yearCosts) {
                Use &u = use[{holderOf(m), m.pillar, y.schoolYear}];
                u.planned += y.planned;
                u.spent += y.spent;
                u.measures.append(m.id.value);
            }
        } else {
            Use &u = use[{holderOf(m), m.pillar, m.schoolYear}];
            u.planned += m.plannedCost;
            u.spent += m.actualCost;
            u.measures.append(m.id.value);
        }
    }
    ResultTable b;
    b.id = QStringLiteral("measures.budgets");
    b.analysis = QStringLiteral("measures");
    b.title = tr("Budgetnutzung je Säule und Schuljahr");
    b.explanation = tr("Je Budgetinhaber (Schule oder Schulträger), Säule und Schuljahr: das eingetragene Budget, "
                       "die geplanten und die ausgegebenen Mittel der Maßnahmen. Chancenbudget kann nicht ins "
                       "nächste Schuljahr übertragen werden.");
    b.advice = tr("Überschreitungen vor der Bewilligung klären; nicht verplante Mittel des laufenden Schuljahres "
                  "rechtzeitig einsetzen, sonst fließen sie zurück.");
    b.columns = {column("holder", tr("Budgetinhaber")),
                 column("pillar", tr("Säule")),
                 column("schoolYear", tr("Schuljahr")),
                 column("budget", tr("Budget (€)"), ColumnType::Number),
                 column("planned", tr("geplant (€)"), ColumnType::Number),
                 column("spent", tr("ausgegeben (€)"), ColumnType::Number),
                 column("plannedShare", tr("verplant (Anteil)"), ColumnType::Number),
                 column("overBudget", tr("über Budget"), ColumnType::Boolean)};
    int over = 0;
    for (const auto &[key, u] : use) {
        const auto &[holder, pillar, year] = key;
        const bool isOver = u.budget > 0 && std::max(u.planned, u.spent) > u.budget;
        over += isOver ? 1 : 0;
        QList<ActorId> refs;
        if (holder > 0)
            refs.append(ActorId(holder));
        b.rows.append(ResultRow{
            {holder > 0 ? actorNames.value(holder) : tr("ohne Schule"),
             DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, pillar), year, euros(u.budget), euros(u.planned),
             euros(u.spent),
             u.budget > 0 ? QVariant(static_cast<double>(u.planned) / static_cast<double>(u.budget)) : QVariant(),
             isOver},
            refs,
            {}});
    }
    b.figures = {figure("overBudget", tr("Budgets überschritten"), over)};
    tables.append(std::move(b));

    // Trägerbudget: schulübergreifend (≥ 2 schools) or sozialraumbezogen (a partner that is not a school).
    ResultTable t;
    t.id = QStringLiteral("measures.traegerbudget");
    t.analysis = QStringLiteral("measures");
    t.title = tr("Trägerbudget: schulübergreifend oder sozialraumbezogen?");
    t.explanation = tr("Maßnahmen aus dem Chancenbudget des Schulträgers sollen vorwiegend schulübergreifend "
                       "(mindestens zwei Schulen) oder sozialraumbezogen (mit einem außerschulischen Partner) sein.");
    t.advice = tr("Maßnahmen für eine einzelne Schule ohne Partner prüfen: weitere Schulen oder einen Partner aus dem "
                  "Sozialraum einbeziehen.");
    t.columns = {column("measure", tr("Maßnahme")),
                 column("schoolYear", tr("Schuljahr")),
                 column("schools", tr("Schulen"), ColumnType::Integer),
                 column("crossSchool", tr("schulübergreifend"), ColumnType::Boolean),
                 column("neighbourhood", tr("sozialraumbezogen"), ColumnType::Boolean),
                 column("planned", tr("geplant (€)"), ColumnType::Number)};
    Cents total = 0;
    Cents fitting = 0;
    int single = 0;
    for (const Measure &m : in.measures) {
        if (m.pillar != u"II_TRAEGER")
            continue;
        const bool cross = m.schools.size() >= 2;
        bool neighbourhood = false;
        for (const ActorId p : m.partners) {
            const Actor *a = actors.value(p.value);
            neighbourhood = neighbourhood || (a && a->typeCode != DomainCatalogue::SchoolType);
        }
        total += m.plannedCost;
        if (cross || neighbourhood)
            fitting += m.plannedCost;
        else
            ++single;
        QList<ActorId> refs = m.schools;
        refs.append(m.partners);
        t.rows.append(ResultRow{
            {m.title, m.schoolYear, static_cast<int>(m.schools.size()), cross, neighbourhood, euros(m.plannedCost)},
            refs,
            {}});
    }
    t.figures = {figure("share", tr("Anteil schulübergreifend oder sozialraumbezogen (nach Kosten)"),
                        total > 0 ? static_cast<double>(fitting) / static_cast<double>(total) : 0.0),
                 figure("singleSchool", tr("Maßnahmen für eine Schule ohne Partner"), single)};
    tables.append(std::move(t));

    // Säule III: VZÄ per school and Berufsgruppe.
    ResultTable s;
    s.id = QStringLiteral("measures.staff");
    s.analysis = QStringLiteral("measures");
    s.title = tr("Säule III: Personal je Schule und Berufsgruppe");
    s.explanation = tr("Vollzeitäquivalente (VZÄ) des Startchancen-Personals je Einsatzschule und Berufsgruppe; "
                       "eine Stelle an mehreren Schulen wird gleichmäßig aufgeteilt.");
    s.advice = tr("Schulen ohne multiprofessionelles Personal und Berufsgruppen, die fehlen, mit den Schulen und "
                  "dem Jugendamt besprechen.");
    s.columns = {column("school", tr("Schule")), column("occupationGroup", tr("Berufsgruppe")),
                 column("fte", tr("VZÄ"), ColumnType::Number)};
    std::map<std::pair<qint64, QString>, double> fte;
    for (const Measure &m : in.measures) {
        if (m.pillar != u"III" || m.schools.isEmpty())
            continue;
        for (const ActorId school : m.schools)
            fte[{school.value, m.occupationGroup}] += m.fte / static_cast<double>(m.schools.size());
    }
    for (const auto &[key, value] : fte) {
        s.rows.append(ResultRow{{actorNames.value(key.first),
                                 DomainCatalogue::vocabularyLabel(Vocabulary::OccupationGroup, key.second), value},
                                {ActorId(key.first)},
                                {}});
    }
    tables.append(std::move(s));
    return {};
}

Status runExpiring(AnalysisContext &c, QList<ResultTable> &tables)
{
    const QDate day = c.graph.date();
    const QDate next = nextSchoolYearStart(day);
    QHash<qint64, QString> names;
    for (const Actor &a : c.input.actors)
        names.insert(a.id.value, a.name);

    ResultTable t;
    t.id = QStringLiteral("expiring.links");
    t.analysis = QStringLiteral("expiring");
    t.title = tr("Verbindungen und Vereinbarungen, die vor dem nächsten Schuljahr enden");
    t.explanation = tr("Aktive Verbindungen, deren Gültigkeit zwischen dem Stichtag und dem Beginn des nächsten "
                       "Schuljahres (%1) endet; Kooperationsvereinbarungen und Verträge sind markiert.")
                        .arg(QLocale(QLocale::German).toString(next, QStringLiteral("dd.MM.yyyy")));
    t.advice = tr("Rechtzeitig über die Verlängerung sprechen – besonders bei Vereinbarungen, an denen Personal "
                  "oder Finanzierung hängt.");
    t.columns = {column("from", tr("Von")),
                 column("to", tr("Nach")),
                 column("type", tr("Verbindungsart")),
                 column("formality", tr("Formalität")),
                 column("until", tr("gültig bis"), ColumnType::Date),
                 column("agreement", tr("Vereinbarung/Vertrag"), ColumnType::Boolean)};
    int agreements = 0;
    for (const CooperationLink &l : c.input.links) {
        if (!l.isActiveAt(day) || !l.validUntil.isValid() || l.validUntil >= next)
            continue;
        const bool isAgreement = agreement(l.formality);
        agreements += isAgreement ? 1 : 0;
        t.rows.append(
            ResultRow{{names.value(l.source.value), names.value(l.target.value), c.linkTypeLabel(l.typeCode),
                       DomainCatalogue::vocabularyLabel(Vocabulary::Formality, l.formality), l.validUntil, isAgreement},
                      {l.source, l.target},
                      {l.id}});
    }
    std::stable_sort(t.rows.begin(), t.rows.end(),
                     [](const ResultRow &a, const ResultRow &b) { return a.cells[4].toDate() < b.cells[4].toDate(); });
    t.figures = {figure("links", tr("endende Verbindungen"), static_cast<int>(t.rows.size())),
                 figure("agreements", tr("davon Vereinbarungen/Verträge"), agreements)};
    tables.append(std::move(t));

    ResultTable m;
    m.id = QStringLiteral("expiring.proofs");
    m.analysis = QStringLiteral("expiring");
    m.title = tr("Maßnahmen ohne Verwendungsnachweis nach Ende");
    m.explanation = tr("Maßnahmen, deren Ende vor dem Stichtag liegt und für die noch kein Verwendungsnachweis "
                       "eingetragen ist.");
    m.advice = tr("Verwendungsnachweise einholen und eintragen; offene Nachweise gefährden die Mittel.");
    m.columns = {column("measure", tr("Maßnahme")), column("pillar", tr("Säule")),
                 column("end", tr("Ende"), ColumnType::Date), column("status", tr("Status"))};
    for (const Measure &me : c.input.measures) {
        if (!me.end.isValid() || me.end >= day || me.proofDate.isValid() || me.status == u"NACHWEIS" ||
            me.status == u"ABGESCHLOSSEN")
            continue;
        QList<ActorId> refs = me.schools;
        m.rows.append(ResultRow{{me.title, DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, me.pillar), me.end,
                                 DomainCatalogue::vocabularyLabel(Vocabulary::MeasureStatus, me.status)},
                                refs,
                                {}});
    }
    m.figures = {figure("measures", tr("Maßnahmen ohne Nachweis"), static_cast<int>(m.rows.size()))};
    tables.append(std::move(m));
    return {};
}

Status runChange(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &after = c.graph;
    const QDate before = c.request.compareWith.isValid() ? c.request.compareWith : after.date().addYears(-1);
    SnapshotOptions options = after.options();
    options.at = before;
    const GraphSnapshot earlier = GraphSnapshot::build(after.sharedInput(), options);
    if (c.control.cancelled())
        return Error::make(tr("Die Analyse wurde abgebrochen."));
    const auto degreesBefore = Metrics::degrees(earlier);
    const StructureSummary a =
        summarize(earlier, degreesBefore, Metrics::connectedComponents(earlier), Metrics::clustering(earlier),
                  Metrics::biconnectivity(earlier), Metrics::louvain(earlier, c.request.paths.seed));
    const auto &degreesAfter = c.degrees();
    const StructureSummary b =
        summarize(after, degreesAfter, c.components(), c.clustering(), c.biconnectivity(), c.communities());
    const QLocale german(QLocale::German);
    const QString beforeText = german.toString(before, QStringLiteral("dd.MM.yyyy"));
    const QString afterText = german.toString(after.date(), QStringLiteral("dd.MM.yyyy"));

    ResultTable s;
    s.id = QStringLiteral("change.structure");
    s.analysis = QStringLiteral("change");
    s.title = tr("Veränderung des Netzes vom %1 zum %2").arg(beforeText, afterText);
    s.explanation = tr("Kennzahlen des Netzes an beiden Tagen (mit denselben Filtern) und ihre Veränderung – für "
                       "Berichte an Gremien.");
    s.advice = tr("Wachsende Verbindungszahl bei sinkender Zahl von Schlüsselakteuren und Brücken heißt: das Netz "
                  "wird belastbarer. Ein Rückgang zeigt, wo Kooperationen ausgelaufen sind (Liste unten).");
    s.columns = {column("measure", tr("Kennzahl")), column("before", tr("vorher"), ColumnType::Number),
                 column("after", tr("nachher"), ColumnType::Number),
                 column("change", tr("Veränderung"), ColumnType::Number)};
    auto add = [&](const QString &label, double x, double y) {
        s.rows.append(ResultRow{{label, x, y, y - x}, {}, {}});
    };
    add(tr("Akteure mit Verbindungen"), a.actorsWithLinks, b.actorsWithLinks);
    add(tr("aktive Verbindungen"), a.links, b.links);
    add(tr("verbundene Paare"), a.pairs, b.pairs);
    add(tr("Dichte"), a.density, b.density);
    add(tr("Teilnetze (ohne Einzelne)"), a.components, b.components);
    add(tr("Anteil des größten Teilnetzes"), a.largestShare, b.largestShare);
    add(tr("Clusterung (Transitivität)"), a.transitivity, b.transitivity);
    add(tr("Schlüsselakteure"), a.articulationPoints, b.articulationPoints);
    add(tr("Brücken"), a.bridges, b.bridges);
    add(tr("Gruppen (Louvain)"), a.communities, b.communities);
    add(tr("Modularität"), a.modularity, b.modularity);
    s.figures = {KeyFigure{QStringLiteral("before"), tr("früherer Tag"), before},
                 KeyFigure{QStringLiteral("after"), tr("Stichtag"), after.date()}};
    tables.append(std::move(s));

    // Links added and ended.
    QSet<qint64> earlierLinks;
    for (const SnapshotLink &l : earlier.links()) {
        if (l.id.isValid())
            earlierLinks.insert(l.id.value);
    }
    QSet<qint64> laterLinks;
    for (const SnapshotLink &l : after.links()) {
        if (l.id.isValid())
            laterLinks.insert(l.id.value);
    }
    QHash<qint64, QString> names;
    for (const Actor &actor : c.input.actors)
        names.insert(actor.id.value, actor.name);
    ResultTable l;
    l.id = QStringLiteral("change.links");
    l.analysis = QStringLiteral("change");
    l.title = tr("Neue und beendete Verbindungen");
    l.explanation = tr("Verbindungen, die am %1 aktiv sind und am %2 nicht waren (neu), und umgekehrt (beendet).")
                        .arg(afterText, beforeText);
    l.advice = tr("Beendete Verbindungen mit Schulen nachfragen: Wurde die Kooperation ersetzt?");
    l.columns = {column("change", tr("Veränderung")), column("from", tr("Von")), column("to", tr("Nach")),
                 column("type", tr("Verbindungsart"))};
    int added = 0;
    int ended = 0;
    for (const CooperationLink &link : c.input.links) {
        const bool inLater = laterLinks.contains(link.id.value);
        const bool inEarlier = earlierLinks.contains(link.id.value);
        if (inLater == inEarlier)
            continue;
        (inLater ? added : ended) += 1;
        l.rows.append(ResultRow{{inLater ? tr("neu") : tr("beendet"), names.value(link.source.value),
                                 names.value(link.target.value), c.linkTypeLabel(link.typeCode)},
                                {link.source, link.target},
                                {link.id}});
    }
    l.figures = {figure("added", tr("neue Verbindungen"), added), figure("ended", tr("beendete Verbindungen"), ended)};
    tables.append(std::move(l));

    // Actors that joined or left the network (had no link before / have none now).
    ResultTable ac;
    ac.id = QStringLiteral("change.actors");
    ac.analysis = QStringLiteral("change");
    ac.title = tr("Akteure, die ins Netz gekommen sind oder es verlassen haben");
    ac.explanation = tr("Akteure mit mindestens einer aktiven Verbindung an nur einem der beiden Tage.");
    ac.advice = tr("Neue Akteure begrüßen und einbinden; bei Akteuren ohne Verbindungen nachfragen.");
    ac.columns = {column("change", tr("Veränderung")), column("actor", tr("Akteur")), column("type", tr("Typ"))};
    int joined = 0;
    int left = 0;
    for (int v = 0; v < after.vertexCount(); ++v) {
        const int w = earlier.vertexOf(after.actorId(v));
        const bool now = degreesAfter.linkCount[static_cast<std::size_t>(v)] > 0;
        const bool then = w >= 0 && degreesBefore.linkCount[static_cast<std::size_t>(w)] > 0;
        if (now == then)
            continue;
        (now ? joined : left) += 1;
        ac.rows.append(ResultRow{
            {now ? tr("hinzugekommen") : tr("ausgeschieden"), c.name(v), c.typeLabel(v)}, {after.actorId(v)}, {}});
    }
    ac.figures = {figure("joined", tr("hinzugekommen"), joined), figure("left", tr("ausgeschieden"), left)};
    tables.append(std::move(ac));
    return {};
}

Status runCommittees(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const QDate day = g.date();
    // Members per committee actor: memberships active on the day plus MITGLIED links to a GREMIUM.
    std::map<int, std::set<int>> members;
    std::map<int, const Committee *> records;
    for (const Committee &committee : c.input.committees) {
        const int cv = g.vertexOf(committee.actor);
        if (cv < 0)
            continue;
        records[cv] = &committee;
        members[cv];
        for (const CommitteeMembership &m : committee.members) {
            const int mv = g.vertexOf(m.member);
            if (mv >= 0 && (!m.since.isValid() || m.since <= day) && (!m.until.isValid() || m.until >= day))
                members[cv].insert(mv);
        }
    }
    for (const SnapshotLink &l : g.links()) {
        if (g.actor(l.target).typeCode == DomainCatalogue::CommitteeType && l.source != l.target &&
            (l.membership.isValid() || g.linkType(static_cast<int>(&l - g.links().data())) == u"MITGLIED"))
            members[l.target].insert(l.source);
    }
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (g.actor(v).typeCode == DomainCatalogue::CommitteeType)
            members[v];
    }

    ResultTable t;
    t.id = QStringLiteral("committees.list");
    t.analysis = QStringLiteral("committees");
    t.title = tr("Gremien: Mitglieder, Schulen und Handlungsfelder");
    t.explanation = tr("Je Gremium die Mitglieder am Stichtag, die Schulen unter ihnen und die Handlungsfelder der "
                       "Verbindungen des Gremiums und seiner Mitglieder untereinander.");
    t.advice = tr("Gremien ohne Schulen oder ohne Jugendhilfe erreichen die Schnittstelle nicht; fehlende "
                  "Handlungsfelder zeigen, wofür das Gremium (noch) nicht steht.");
    t.columns = {column("committee", tr("Gremium")),
                 column("kind", tr("Art")),
                 column("members", tr("Mitglieder"), ColumnType::Integer),
                 column("schools", tr("Schulen"), ColumnType::Integer),
                 column("scpSchools", tr("SCP-Schulen"), ColumnType::Integer),
                 column("youthWelfare", tr("Jugendhilfe-Akteure"), ColumnType::Integer),
                 column("fields", tr("Handlungsfelder"))};
    std::vector<char> isMember(static_cast<std::size_t>(g.vertexCount()), 0);
    for (const auto &[committee, set] : members) {
        int schools = 0;
        int scp = 0;
        int youth = 0;
        QSet<QString> fields;
        QList<ActorId> refs{g.actorId(committee)};
        for (const int m : set) {
            isMember[static_cast<std::size_t>(m)] = 1;
            schools += c.isSchool(m) ? 1 : 0;
            scp += c.isScpSchool(m) ? 1 : 0;
            youth += isYouthWelfareType(g.actor(m).typeCode) ? 1 : 0;
            refs.append(g.actorId(m));
        }
        for (const int l : c.linksOf(committee)) {
            if (const CooperationLink *coop = g.cooperationLink(l); coop && !coop->actionField.isEmpty())
                fields.insert(coop->actionField);
        }
        for (const int m : set) {
            for (const int l : c.linksOf(m)) {
                const SnapshotLink &link = g.links()[static_cast<std::size_t>(l)];
                const int other = link.source == m ? link.target : link.source;
                const CooperationLink *coop = g.cooperationLink(l);
                if (coop && !coop->actionField.isEmpty() && set.count(other))
                    fields.insert(coop->actionField);
            }
        }
        QStringList fieldLabels;
        for (const QString &f : c.input.actionFieldOrder) {
            if (fields.contains(f))
                fieldLabels.append(c.fieldLabel(f));
        }
        const auto record = records.find(committee);
        const QString kind = record != records.end()
                                 ? DomainCatalogue::vocabularyLabel(Vocabulary::CommitteeKind, record->second->kind)
                                 : QString();
        t.rows.append(ResultRow{{c.name(committee), kind, static_cast<int>(set.size()), schools, scp, youth,
                                 fieldLabels.join(QStringLiteral(", "))},
                                refs,
                                {}});
    }
    t.figures = {figure("committees", tr("Gremien"), static_cast<int>(t.rows.size()))};
    tables.append(std::move(t));

    ResultTable o;
    o.id = QStringLiteral("committees.outside");
    o.analysis = QStringLiteral("committees");
    o.title = tr("Akteure ohne Gremium");
    o.explanation = tr("Akteure, die am Stichtag in keinem Gremium vertreten sind (Gremien selbst ausgenommen). "
                       "SCP-Schulen, Schulen und Verwaltungen stehen oben.");
    o.advice = tr("SCP-Schulen und Jugendhilfe-Akteure ohne Gremium verpassen Abstimmungen: in ein passendes "
                  "Gremium (kommunales SCP-Netzwerk, Netzwerk Übergänge, Arbeitskreis) einladen.");
    o.columns = {column("actor", tr("Akteur")), column("type", tr("Typ")),
                 column("scp", tr("SCP-Schule"), ColumnType::Boolean), column("place", tr("Ort"))};
    std::vector<int> outside;
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (!isMember[static_cast<std::size_t>(v)] && g.actor(v).typeCode != DomainCatalogue::CommitteeType)
            outside.push_back(v);
    }
    auto rank = [&](int v) {
        if (c.isScpSchool(v))
            return 0;
        if (c.isSchool(v))
            return 1;
        const QString &type = g.actor(v).typeCode;
        if (type == DomainCatalogue::SchoolAuthorityType || type == DomainCatalogue::YouthOfficeType)
            return 2;
        return isYouthWelfareType(type) ? 3 : 4;
    };
    std::stable_sort(outside.begin(), outside.end(), [&](int x, int y) { return rank(x) < rank(y); });
    int scpOutside = 0;
    for (const int v : outside) {
        scpOutside += c.isScpSchool(v) ? 1 : 0;
        o.rows.append(ResultRow{{c.name(v), c.typeLabel(v), c.isScpSchool(v), c.gemeindeName(v)}, {g.actorId(v)}, {}});
    }
    o.figures = {figure("outside", tr("Akteure ohne Gremium"), static_cast<int>(outside.size())),
                 figure("scpSchoolsOutside", tr("SCP-Schulen ohne Gremium"), scpOutside)};
    tables.append(std::move(o));
    return {};
}

} // namespace netzatlas::analysis
