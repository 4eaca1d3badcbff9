// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// Tables of the structure measures: overview, per-actor centralities, components, communities, and the
// coordinators' question 6 (brokers and single points of failure).
#include "AnalysisContext.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace netzatlas::analysis {

namespace {

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

KeyFigure figure(const char *key, const QString &label, const QVariant &value)
{
    return KeyFigure{QString::fromLatin1(key), label, value};
}

QList<ActorId> actorIds(const GraphSnapshot &graph, const std::vector<int> &vertices, std::size_t limit = 1000)
{
    QList<ActorId> ids;
    for (std::size_t i = 0; i < vertices.size() && i < limit; ++i)
        ids.append(graph.actorId(vertices[i]));
    return ids;
}

} // namespace

Status runOverview(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const auto &degrees = c.degrees();
    const int n = g.vertexCount();
    const int isolated = static_cast<int>(std::count(degrees.degree.begin(), degrees.degree.end(), 0));
    NETZATLAS_TRY_ASSIGN(paths, c.paths());
    const auto &components = c.components();
    const auto &bic = c.biconnectivity();
    const auto &clustering = c.clustering();
    const auto &communities = c.communities();
    const auto &cores = c.cores();
    const int largest = components.sizes.empty() ? 0 : components.sizes.front();
    int links = 0;
    for (const SnapshotLink &l : g.links())
        links += l.id.isValid() ? 1 : 0;

    ResultTable t;
    t.id = QStringLiteral("overview.network");
    t.analysis = QStringLiteral("overview");
    t.title = tr("Netz im Überblick");
    t.explanation = tr("Kennzahlen des ganzen Netzes am Stichtag. Die Dichte ist der Anteil der möglichen Paare, "
                       "die verbunden sind; die Komponenten sind Teilnetze ohne Verbindung untereinander; der "
                       "Durchmesser ist der längste kürzeste Weg zwischen zwei verbundenen Akteuren; die Modularität "
                       "(0 bis 1) misst, wie deutlich das Netz in Gruppen zerfällt.");
    t.advice = tr("Viele Komponenten oder isolierte Akteure heißen: Teile des Netzes wissen nichts voneinander. "
                  "Eine niedrige Clusterung bei hoher Modularität spricht für Gruppen, die nur über wenige "
                  "Personen verbunden sind – dort lohnen gemeinsame Formate (Netzwerktreffen, Gremien).");
    t.columns = {column("measure", tr("Kennzahl")), column("value", tr("Wert"), ColumnType::Number),
                 column("note", tr("Hinweis"))};
    auto add = [&](const char *key, const QString &label, const QVariant &value, const QString &note = {}) {
        t.rows.append(ResultRow{{label, value, note}, {}, {}});
        t.figures.append(figure(key, label, value));
    };
    add("actors", tr("Akteure"), n);
    add("actorsWithLinks", tr("Akteure mit Verbindungen"), n - isolated);
    add("isolated", tr("Akteure ohne Verbindung"), isolated);
    add("links", tr("aktive Verbindungen"), links);
    add("pairs", tr("verbundene Paare"), g.edgeCount(), tr("mehrere Verbindungen eines Paares zählen einmal"));
    add("density", tr("Dichte"), Metrics::density(g));
    add("averageDegree", tr("mittlere Zahl der Partner"), n > 0 ? 2.0 * g.edgeCount() / n : 0.0);
    add("components", tr("Komponenten"), static_cast<int>(components.sizes.size()));
    add("largestComponentShare", tr("Anteil der größten Komponente"), n > 0 ? static_cast<double>(largest) / n : 0.0);
    add("diameter", tr("Durchmesser (Schritte)"), paths->diameter,
        paths->diameterExact ? QString() : tr("untere Schranke; höchstens %1").arg(paths->diameterUpperBound));
    add("averagePathLength", tr("mittlere Weglänge (Schritte)"), paths->averagePathLength,
        paths->exact ? QString() : tr("geschätzt aus %1 Startakteuren").arg(paths->sources));
    add("transitivity", tr("Clusterung (Transitivität)"), clustering.transitivity);
    add("averageClustering", tr("mittlere lokale Clusterung"), clustering.averageLocal);
    add("communities", tr("Gruppen (Louvain)"), static_cast<int>(communities.sizes.size()));
    add("modularity", tr("Modularität"), communities.modularity);
    add("maxCore", tr("höchster k-Kern"), cores.empty() ? 0 : *std::max_element(cores.begin(), cores.end()));
    add("articulationPoints", tr("Schlüsselakteure (Artikulationspunkte)"),
        static_cast<int>(bic.articulationPoints.size()));
    add("bridges", tr("Brücken (unersetzliche Verbindungen)"), static_cast<int>(bic.bridges.size()));
    add("biconnectedComponents", tr("zweifach zusammenhängende Blöcke"), bic.componentCount);
    add("betweennessExact", tr("Betweenness exakt berechnet"), paths->exact,
        paths->exact ? QString()
                     : tr("Stichprobe aus %1 Startakteuren, Fehler höchstens %2 (Wahrscheinlichkeit %3 %)")
                           .arg(paths->sources)
                           .arg(paths->uniformBetweennessError, 0, 'f', 4)
                           .arg(paths->confidence * 100, 0, 'f', 0));
    tables.append(std::move(t));
    return {};
}

Status runCentrality(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    NETZATLAS_TRY_ASSIGN(paths, c.paths());
    const auto &d = c.degrees();
    const auto &eigen = c.eigenvector();
    const auto &cores = c.cores();
    const auto &clustering = c.clustering();
    const auto &constraint = c.constraint();
    const auto &communities = c.communities();
    const auto &components = c.components();
    if (c.control.cancelled())
        return Error::make(tr("Die Analyse wurde abgebrochen."));

    ResultTable t;
    t.id = QStringLiteral("centrality.actors");
    t.analysis = QStringLiteral("centrality");
    t.title = tr("Zentralität der Akteure");
    t.explanation =
        tr("Je Akteur: Zahl der Partner (Grad), Zahl der Verbindungen und ihre Intensität (gewichteter Grad); "
           "Betweenness (0 bis 1) = Anteil der kürzesten Wege zwischen anderen Akteuren, die über diesen Akteur "
           "laufen; Closeness (harmonisch, 0 bis 1) = wie nah der Akteur allen anderen ist; Eigenvektor = "
           "verbunden mit anderen gut verbundenen Akteuren; k-Kern = Teil eines Kerns, in dem jeder mindestens k "
           "Partner hat; Constraint nach Burt = wie sehr die Partner eines Akteurs untereinander verbunden sind "
           "(niedrig = Vermittler zwischen sonst getrennten Kreisen).");
    t.advice = tr("Akteure mit hoher Betweenness halten das Netz zusammen: ihre Arbeit sichtbar machen, absichern "
                  "und Vertretungen regeln. Akteure mit geringem Grad brauchen Anschluss.");
    t.columns = {column("actor", tr("Akteur")),
                 column("type", tr("Typ")),
                 column("degree", tr("Partner"), ColumnType::Integer),
                 column("links", tr("Verbindungen"), ColumnType::Integer),
                 column("weightedDegree", tr("gewichteter Grad"), ColumnType::Number),
                 column("betweenness", tr("Betweenness"), ColumnType::Number),
                 column("betweennessError", tr("Betweenness ± Fehler"), ColumnType::Number),
                 column("closeness", tr("Closeness"), ColumnType::Number),
                 column("eigenvector", tr("Eigenvektor"), ColumnType::Number),
                 column("core", tr("k-Kern"), ColumnType::Integer),
                 column("clustering", tr("Clusterung"), ColumnType::Number),
                 column("constraint", tr("Constraint"), ColumnType::Number),
                 column("community", tr("Gruppe"), ColumnType::Integer),
                 column("component", tr("Komponente"), ColumnType::Integer)};
    std::vector<int> order(static_cast<std::size_t>(g.vertexCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return paths->betweenness[static_cast<std::size_t>(a)] > paths->betweenness[static_cast<std::size_t>(b)];
    });
    t.rows.reserve(static_cast<qsizetype>(order.size()));
    for (const int v : order) {
        const auto i = static_cast<std::size_t>(v);
        t.rows.append(
            ResultRow{{c.name(v), c.typeLabel(v), d.degree[i], d.linkCount[i], d.weightedDegree[i],
                       paths->betweenness[i], paths->exact ? QVariant(0.0) : QVariant(paths->betweennessError[i]),
                       paths->closeness[i], eigen[i], cores[i], clustering.local[i], number(constraint[i]),
                       communities.communityOf[i] + 1, components.componentOf[i] + 1},
                      {g.actorId(v)},
                      {}});
    }
    t.figures.append(figure("exact", tr("Betweenness exakt"), paths->exact));
    if (!paths->exact) {
        t.figures.append(figure("samples", tr("Startakteure der Stichprobe"), paths->sources));
        t.figures.append(figure("uniformError", tr("Fehlerschranke für alle Akteure"), paths->uniformBetweennessError));
        t.figures.append(figure("confidence", tr("Wahrscheinlichkeit der Schranke"), paths->confidence));
    }
    tables.append(std::move(t));
    return {};
}

Status runComponents(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const auto &components = c.components();
    const auto &bic = c.biconnectivity();
    std::vector<std::vector<int>> members(components.sizes.size());
    for (int v = 0; v < g.vertexCount(); ++v)
        members[static_cast<std::size_t>(components.componentOf[static_cast<std::size_t>(v)])].push_back(v);

    ResultTable t;
    t.id = QStringLiteral("components.list");
    t.analysis = QStringLiteral("components");
    t.title = tr("Komponenten (Teilnetze)");
    t.explanation = tr("Teilnetze, zwischen denen es keinen Weg gibt, nach Größe. Die erste ist das Hauptnetz; "
                       "einzelne Akteure ohne jede Verbindung bilden eine Komponente für sich.");
    t.advice = tr("Kleine Teilnetze und einzelne Akteure an das Hauptnetz anbinden, z. B. über ein Gremium oder "
                  "einen Träger, der schon im Hauptnetz arbeitet.");
    t.columns = {column("component", tr("Komponente"), ColumnType::Integer),
                 column("actors", tr("Akteure"), ColumnType::Integer),
                 column("schools", tr("Schulen"), ColumnType::Integer),
                 column("scpSchools", tr("SCP-Schulen"), ColumnType::Integer), column("examples", tr("Beispiele"))};
    for (std::size_t i = 0; i < members.size(); ++i) {
        int schools = 0;
        int scp = 0;
        QStringList examples;
        for (const int v : members[i]) {
            schools += c.isSchool(v) ? 1 : 0;
            scp += c.isScpSchool(v) ? 1 : 0;
            if (examples.size() < 3)
                examples.append(c.name(v));
        }
        if (members[i].size() > 3)
            examples.append(QStringLiteral("…"));
        t.rows.append(ResultRow{{static_cast<int>(i) + 1, static_cast<int>(members[i].size()), schools, scp,
                                 examples.join(QStringLiteral(", "))},
                                actorIds(g, members[i]),
                                {}});
    }
    t.figures.append(figure("components", tr("Komponenten"), static_cast<int>(members.size())));
    t.figures.append(figure("isolated", tr("Akteure ohne Verbindung"),
                            static_cast<int>(std::count(components.sizes.begin(), components.sizes.end(), 1))));
    tables.append(std::move(t));

    // Biconnected blocks: parts that stay connected when any one actor drops out.
    std::vector<std::vector<int>> blockEdges(static_cast<std::size_t>(bic.componentCount));
    for (std::size_t e = 0; e < bic.edgeComponent.size(); ++e)
        blockEdges[static_cast<std::size_t>(bic.edgeComponent[e])].push_back(static_cast<int>(e));
    std::sort(blockEdges.begin(), blockEdges.end(),
              [](const auto &a, const auto &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    ResultTable b;
    b.id = QStringLiteral("components.biconnected");
    b.analysis = QStringLiteral("components");
    b.title = tr("Stabile Blöcke (zweifach zusammenhängend)");
    b.explanation = tr("Blöcke, die verbunden bleiben, wenn ein einzelner Akteur ausfällt. Blöcke aus einer "
                       "einzigen Verbindung sind Brücken. Akteure in mehreren Blöcken sind Schlüsselakteure.");
    b.advice = tr("Große stabile Blöcke sind belastbar; ein Netz aus vielen kleinen Blöcken hängt an wenigen "
                  "Personen und Verbindungen.");
    b.columns = {column("block", tr("Block"), ColumnType::Integer),
                 column("actors", tr("Akteure"), ColumnType::Integer),
                 column("pairs", tr("verbundene Paare"), ColumnType::Integer)};
    for (std::size_t i = 0; i < blockEdges.size(); ++i) {
        std::vector<int> vertices;
        QList<LinkId> links;
        for (const int e : blockEdges[i]) {
            vertices.push_back(g.edges()[static_cast<std::size_t>(e)].u);
            vertices.push_back(g.edges()[static_cast<std::size_t>(e)].v);
            if (links.size() < 1000)
                links.append(g.edgeLinkIds(e));
        }
        std::sort(vertices.begin(), vertices.end());
        vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
        b.rows.append(ResultRow{
            {static_cast<int>(i) + 1, static_cast<int>(vertices.size()), static_cast<int>(blockEdges[i].size())},
            actorIds(g, vertices),
            links});
    }
    b.figures.append(figure("blocks", tr("Blöcke"), bic.componentCount));
    tables.append(std::move(b));
    return {};
}

Status runCommunities(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const auto &communities = c.communities();
    const auto &d = c.degrees();
    std::vector<std::vector<int>> members(communities.sizes.size());
    for (int v = 0; v < g.vertexCount(); ++v)
        members[static_cast<std::size_t>(communities.communityOf[static_cast<std::size_t>(v)])].push_back(v);
    std::vector<int> inner(members.size(), 0);
    for (const SnapshotEdge &e : g.edges()) {
        const int cu = communities.communityOf[static_cast<std::size_t>(e.u)];
        if (cu == communities.communityOf[static_cast<std::size_t>(e.v)])
            ++inner[static_cast<std::size_t>(cu)];
    }
    ResultTable t;
    t.id = QStringLiteral("communities.list");
    t.analysis = QStringLiteral("communities");
    t.title = tr("Gruppen im Netz (Louvain)");
    t.explanation = tr("Gruppen von Akteuren, die untereinander deutlich dichter verbunden sind als mit dem Rest "
                       "(Louvain-Verfahren, Modularität %1). Gruppen folgen oft Orten oder Handlungsfeldern.")
                        .arg(communities.modularity, 0, 'f', 3);
    t.advice = tr("Gruppen, die kaum Verbindungen zueinander haben, sind Anknüpfungspunkte für gemeinsame "
                  "Formate; die zentralen Akteure einer Gruppe sind gute Ansprechpartner für sie.");
    t.columns = {column("community", tr("Gruppe"), ColumnType::Integer),
                 column("actors", tr("Akteure"), ColumnType::Integer),
                 column("schools", tr("Schulen"), ColumnType::Integer),
                 column("innerPairs", tr("verbundene Paare innen"), ColumnType::Integer),
                 column("central", tr("zentraler Akteur")),
                 column("place", tr("häufigster Ort"))};
    for (std::size_t i = 0; i < members.size(); ++i) {
        int schools = 0;
        int central = members[i].front();
        QHash<QString, int> places;
        for (const int v : members[i]) {
            schools += c.isSchool(v) ? 1 : 0;
            if (d.degree[static_cast<std::size_t>(v)] > d.degree[static_cast<std::size_t>(central)])
                central = v;
            const QString place = c.verbandName(v);
            if (!place.isEmpty())
                ++places[place];
        }
        QString place;
        int best = 0;
        for (auto it = places.constBegin(); it != places.constEnd(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < place)) {
                best = it.value();
                place = it.key();
            }
        }
        t.rows.append(ResultRow{
            {static_cast<int>(i) + 1, static_cast<int>(members[i].size()), schools, inner[i], c.name(central), place},
            actorIds(g, members[i]),
            {}});
    }
    t.figures.append(figure("communities", tr("Gruppen"), static_cast<int>(members.size())));
    t.figures.append(figure("modularity", tr("Modularität"), communities.modularity));
    tables.append(std::move(t));
    return {};
}

Status runBrokers(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    NETZATLAS_TRY_ASSIGN(paths, c.paths());
    const auto &constraint = c.constraint();
    const auto &cuts = c.cuts();
    const auto &d = c.degrees();

    // Brokers: highest betweenness.
    ResultTable b;
    b.id = QStringLiteral("brokers.top");
    b.analysis = QStringLiteral("brokers");
    b.title = tr("Vermittler (höchste Betweenness)");
    b.explanation = tr("Die Akteure, über die die meisten kürzesten Wege zwischen anderen laufen – zum Beispiel ein "
                       "freier Träger, der viele Schulen bedient. Ein niedriger Constraint-Wert zeigt zusätzlich, "
                       "dass ihre Partner untereinander kaum verbunden sind.");
    b.advice = tr("Diese Akteure halten das Netz zusammen. Ihre Arbeit absichern (Vertretung, Übergaben, "
                  "Finanzierung) und ihre Partner auch direkt miteinander ins Gespräch bringen.");
    b.columns = {column("actor", tr("Akteur")),
                 column("type", tr("Typ")),
                 column("betweenness", tr("Betweenness"), ColumnType::Number),
                 column("constraint", tr("Constraint"), ColumnType::Number),
                 column("partners", tr("Partner"), ColumnType::Integer),
                 column("schools", tr("verbundene Schulen"), ColumnType::Integer)};
    std::vector<int> order(static_cast<std::size_t>(g.vertexCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return paths->betweenness[static_cast<std::size_t>(x)] > paths->betweenness[static_cast<std::size_t>(y)];
    });
    for (int i = 0; i < std::min<int>(c.request.topCount, static_cast<int>(order.size())); ++i) {
        const int v = order[static_cast<std::size_t>(i)];
        if (paths->betweenness[static_cast<std::size_t>(v)] <= 0)
            break;
        int schools = 0;
        for (const std::uint32_t u : g.neighboursOf(v))
            schools += c.isSchool(static_cast<int>(u)) ? 1 : 0;
        b.rows.append(ResultRow{{c.name(v), c.typeLabel(v), paths->betweenness[static_cast<std::size_t>(v)],
                                 std::isfinite(constraint[static_cast<std::size_t>(v)])
                                     ? QVariant(constraint[static_cast<std::size_t>(v)])
                                     : QVariant(),
                                 d.degree[static_cast<std::size_t>(v)], schools},
                                {g.actorId(v)},
                                {}});
    }
    tables.append(std::move(b));

    // Single points of failure: articulation points, by what their loss cuts off.
    ResultTable a;
    a.id = QStringLiteral("brokers.articulation");
    a.analysis = QStringLiteral("brokers");
    a.title = tr("Schlüsselakteure: ohne sie zerfällt das Netz");
    a.explanation = tr("Fällt einer dieser Akteure weg (Stellenwechsel, Trägerwechsel, Auflösung), sind andere "
                       "Akteure vom Netz abgeschnitten. Gezählt sind die Akteure und Schulen außerhalb des größten "
                       "verbleibenden Teils; die Liste der betroffenen Akteure hängt an der Zeile.");
    a.advice = tr("Für jeden Schlüsselakteur eine zweite Verbindung der abgeschnittenen Akteure schaffen, z. B. "
                  "direkte Kontakte zur Schulsozialarbeit oder zur Koordination, oder Vertretungen regeln.");
    a.columns = {column("actor", tr("Akteur")), column("type", tr("Typ")),
                 column("cutOff", tr("abgeschnittene Akteure"), ColumnType::Integer),
                 column("schoolsCutOff", tr("davon Schulen"), ColumnType::Integer),
                 column("pieces", tr("Teile danach"), ColumnType::Integer)};
    std::vector<std::size_t> byImpact(cuts.articulationPoints.size());
    std::iota(byImpact.begin(), byImpact.end(), std::size_t{0});
    std::stable_sort(byImpact.begin(), byImpact.end(), [&](std::size_t x, std::size_t y) {
        const auto &ix = cuts.articulationImpact[x];
        const auto &iy = cuts.articulationImpact[y];
        return ix.schoolsCutOff != iy.schoolsCutOff ? ix.schoolsCutOff > iy.schoolsCutOff : ix.cutOff > iy.cutOff;
    });
    for (const std::size_t i : byImpact) {
        const int v = cuts.articulationPoints[i];
        const auto &impact = cuts.articulationImpact[i];
        QList<ActorId> refs{g.actorId(v)};
        refs.append(actorIds(g, impact.cutOffVertices));
        a.rows.append(
            ResultRow{{c.name(v), c.typeLabel(v), impact.cutOff, impact.schoolsCutOff, impact.pieces}, refs, {}});
    }
    a.figures.append(figure("articulationPoints", tr("Schlüsselakteure"), static_cast<int>(a.rows.size())));
    tables.append(std::move(a));

    ResultTable br;
    br.id = QStringLiteral("brokers.bridges");
    br.analysis = QStringLiteral("brokers");
    br.title = tr("Brücken: Verbindungen ohne Ersatz");
    br.explanation = tr("Endet eine dieser Verbindungen, zerfällt ihr Teilnetz in zwei Teile. Gezählt ist der "
                        "kleinere Teil, der abgeschnitten wird.");
    br.advice = tr("Brücken mit vielen abgeschnittenen Schulen durch eine zweite Verbindung absichern oder "
                   "formalisieren (Kooperationsvereinbarung).");
    br.columns = {column("from", tr("Akteur A")), column("to", tr("Akteur B")), column("types", tr("Verbindungsarten")),
                  column("cutOff", tr("abgeschnittene Akteure"), ColumnType::Integer),
                  column("schoolsCutOff", tr("davon Schulen"), ColumnType::Integer)};
    std::vector<std::size_t> bridgeOrder(cuts.bridges.size());
    std::iota(bridgeOrder.begin(), bridgeOrder.end(), std::size_t{0});
    std::stable_sort(bridgeOrder.begin(), bridgeOrder.end(), [&](std::size_t x, std::size_t y) {
        const auto &ix = cuts.bridgeImpact[x];
        const auto &iy = cuts.bridgeImpact[y];
        return ix.schoolsCutOff != iy.schoolsCutOff ? ix.schoolsCutOff > iy.schoolsCutOff : ix.cutOff > iy.cutOff;
    });
    for (const std::size_t i : bridgeOrder) {
        const SnapshotEdge &e = g.edges()[static_cast<std::size_t>(cuts.bridges[i])];
        QStringList types;
        for (const int l : g.edgeLinks(cuts.bridges[i])) {
            const QString label = c.linkTypeLabel(g.linkType(l));
            if (!types.contains(label))
                types.append(label);
        }
        QList<ActorId> refs{g.actorId(e.u), g.actorId(e.v)};
        refs.append(actorIds(g, cuts.bridgeImpact[i].cutOffVertices));
        br.rows.append(ResultRow{{c.name(e.u), c.name(e.v), types.join(QStringLiteral(", ")),
                                  cuts.bridgeImpact[i].cutOff, cuts.bridgeImpact[i].schoolsCutOff},
                                 refs,
                                 g.edgeLinkIds(cuts.bridges[i])});
    }
    br.figures.append(figure("bridges", tr("Brücken"), static_cast<int>(br.rows.size())));
    tables.append(std::move(br));

    ResultTable iso;
    iso.id = QStringLiteral("brokers.isolated");
    iso.analysis = QStringLiteral("brokers");
    iso.title = tr("Akteure ohne Verbindung");
    iso.explanation = tr("Akteure, die am Stichtag keine aktive Verbindung haben.");
    iso.advice = tr("Prüfen, ob Verbindungen fehlen (nicht erfasst) oder der Akteur tatsächlich allein arbeitet – "
                    "dann Anschluss an passende Partner oder Gremien suchen.");
    iso.columns = {column("actor", tr("Akteur")), column("type", tr("Typ")), column("place", tr("Ort")),
                   column("scp", tr("SCP-Schule"), ColumnType::Boolean)};
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (d.degree[static_cast<std::size_t>(v)] == 0)
            iso.rows.append(
                ResultRow{{c.name(v), c.typeLabel(v), c.gemeindeName(v), c.isScpSchool(v)}, {g.actorId(v)}, {}});
    }
    iso.figures.append(figure("isolated", tr("Akteure ohne Verbindung"), static_cast<int>(iso.rows.size())));
    tables.append(std::move(iso));
    return {};
}

} // namespace netzatlas::analysis
