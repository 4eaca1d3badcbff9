// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// The coordinators' questions 1–5 of domain.md §6: Jugendhilfe partners of SCP schools, gaps in the
// Bildungskette, cross-boundary links, the Zuständigkeits-check, and Handlungsfeld coverage.
#include "AnalysisContext.h"

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Territory.h>

#include <QMap>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace netzatlas::analysis {

namespace {

KeyFigure figure(const char *key, const QString &label, const QVariant &value)
{
    return KeyFigure{QString::fromLatin1(key), label, value};
}

/// True when the vertex has a snapshot link of one of `types` (either direction) to a vertex accepted by
/// `partner` (any partner when null). Collects the link ids.
template<typename Partner>
bool hasLinkOfType(AnalysisContext &c, int v, std::initializer_list<const char16_t *> types, Partner partner,
                   QList<LinkId> *found = nullptr)
{
    bool any = false;
    for (const int l : c.linksOf(v)) {
        const QString type = c.graph.linkType(l);
        bool typeMatches = false;
        for (const char16_t *t : types)
            typeMatches = typeMatches || type == QStringView(t);
        if (!typeMatches)
            continue;
        const SnapshotLink &link = c.graph.links()[static_cast<std::size_t>(l)];
        const int other = link.source == v ? link.target : link.source;
        if (!partner(other))
            continue;
        any = true;
        if (found && link.id.isValid())
            found->append(link.id);
        else if (!found)
            return true;
    }
    return any;
}

} // namespace

Status runYouthWelfare(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const int n = g.vertexCount();
    std::vector<char> youthWelfare(static_cast<std::size_t>(n), 0);
    for (int v = 0; v < n; ++v)
        youthWelfare[static_cast<std::size_t>(v)] = isYouthWelfareType(g.actor(v).typeCode) ? 1 : 0;
    const auto nearest = Metrics::nearestTargets(g, youthWelfare);

    ResultTable t;
    t.id = QStringLiteral("youth-welfare.schools");
    t.analysis = QStringLiteral("youth-welfare");
    t.title = tr("SCP-Schulen ohne Partner der Jugendhilfe");
    t.explanation = tr("SCP-Schulen ohne direkte aktive Verbindung zu einem Akteur der Jugendhilfe (Jugendamt, "
                       "Jugendhilfeplanung, freier Träger, Schulsozialarbeit, Jugendeinrichtung, Beratungsstelle). "
                       "Gibt es einen indirekten Weg durch das Netz, zeigt die Tabelle den kürzesten mit seiner "
                       "Länge in Schritten; 2 Schritte heißt: ein Partner der Schule arbeitet mit der Jugendhilfe.");
    t.advice = tr("Diese Schulen gezielt mit der Jugendhilfe verbinden – Schulsozialarbeit, Kooperation mit einem "
                  "freien Träger oder einer Beratungsstelle, Abstimmung mit dem Jugendamt. Der gezeigte Weg nennt, "
                  "wer den Kontakt vermitteln kann.");
    t.columns = {column("school", tr("Schule")),
                 column("schoolKind", tr("Schulart")),
                 column("gemeinde", tr("Gemeinde")),
                 column("kreis", tr("Kreis")),
                 column("steps", tr("Schritte zur Jugendhilfe"), ColumnType::Integer),
                 column("nearest", tr("nächster Jugendhilfe-Akteur")),
                 column("path", tr("kürzester Weg"))};
    int scpSchools = 0;
    int direct = 0;
    int withinTwo = 0;
    int unreachable = 0;
    for (int v = 0; v < n; ++v) {
        if (!c.isScpSchool(v))
            continue;
        ++scpSchools;
        const int distance = nearest.distance[static_cast<std::size_t>(v)];
        if (distance == 1) {
            ++direct;
            continue;
        }
        const std::vector<int> path = nearest.pathFrom(v);
        QList<ActorId> refs;
        for (const int p : path)
            refs.append(g.actorId(p));
        if (refs.isEmpty())
            refs.append(g.actorId(v));
        QList<LinkId> links;
        for (std::size_t i = 0; i + 1 < path.size(); ++i) {
            const int edge = g.edgeBetween(path[i], path[i + 1]);
            if (edge >= 0)
                links.append(g.edgeLinkIds(edge));
        }
        if (distance < 0)
            ++unreachable;
        else if (distance == 2)
            ++withinTwo;
        t.rows.append(ResultRow{{c.name(v), c.typeLabel(v), c.gemeindeName(v), c.kreisName(v),
                                 distance < 0 ? QVariant() : QVariant(distance),
                                 path.empty() ? tr("keiner erreichbar") : c.name(path.back()),
                                 path.empty() ? QString() : c.joinNames(path)},
                                refs,
                                links});
    }
    t.figures = {figure("scpSchools", tr("SCP-Schulen"), scpSchools),
                 figure("direct", tr("mit direktem Jugendhilfe-Partner"), direct),
                 figure("withoutPartner", tr("ohne direkten Jugendhilfe-Partner"), static_cast<int>(t.rows.size())),
                 figure("withinTwoSteps", tr("davon über einen Partner erreichbar (2 Schritte)"), withinTwo),
                 figure("unreachable", tr("davon ohne jeden Weg zur Jugendhilfe"), unreachable)};
    tables.append(std::move(t));
    return {};
}

Status runEducationChain(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const int n = g.vertexCount();
    auto isKita = [&](int v) { return g.actor(v).typeCode == u"KITA"; };
    auto isSchoolOf = [&](bool (*kind)(const QString &)) {
        return [&c, kind](int v) { return c.isSchool(v) && kind(c.graph.actor(v).schoolKind); };
    };
    const auto isPrimary = isSchoolOf(&isPrimaryKind);
    auto any = [](int) { return true; };

    enum Stage { KitaGs, GsSek1, Sek1Beruf, StageCount };
    const std::array<QString, StageCount> stageLabels = {tr("Kita → Grundschule"), tr("Grundschule → Sek I"),
                                                         tr("Sek I → Ausbildung/Beruf")};
    const std::array<QString, StageCount> stageKeys = {QStringLiteral("kitaGs"), QStringLiteral("gsSek1"),
                                                       QStringLiteral("sek1Beruf")};
    // Per territory (VG or verbandsfreie Gemeinde, and Kreis): schools of the stage, and those linked.
    struct Cell
    {
        int total = 0;
        int linked = 0;
        QList<ActorId> missing;
    };
    std::map<QString, std::array<Cell, StageCount>> matrix; // territory RS → cells

    ResultTable gaps;
    gaps.id = QStringLiteral("education-chain.gaps");
    gaps.analysis = QStringLiteral("education-chain");
    gaps.title = tr("Lücken in der Bildungskette");
    gaps.explanation =
        tr("Grundschulen ohne Übergangsverbindung von einer Kita oder zu einer weiterführenden "
           "Schule, weiterführende Schulen (Realschule plus, IGS, KGS) ohne Verbindung in Ausbildung und "
           "Beruf (Übergang Sek I → BBS, Berufsorientierung, Übergang Beruf), Kitas ohne "
           "Übergangsverbindung zu einer Grundschule – diese auch bei jeder Grundschule derselben "
           "Gemeinde, die sie aufnehmen könnte.");
    gaps.advice = tr("Übergänge sind die Stellen, an denen Kinder verloren gehen. Für jede Lücke einen Partner "
                     "benennen und eine Übergangskooperation vereinbaren (gemeinsame Termine, Anmeldeabgleich, "
                     "Hospitationen).");
    gaps.columns = {column("actor", tr("Akteur")),
                    column("kind", tr("Art")),
                    column("scp", tr("SCP"), ColumnType::Boolean),
                    column("gap", tr("Lücke")),
                    column("verband", tr("Verbandsgemeinde")),
                    column("kreis", tr("Kreis"))};
    auto addGap = [&](int v, const QString &gap, QList<ActorId> extra = {}) {
        QList<ActorId> refs{g.actorId(v)};
        refs.append(extra);
        gaps.rows.append(
            ResultRow{{c.name(v), c.typeLabel(v), c.isScpSchool(v), gap, c.verbandName(v), c.kreisName(v)}, refs, {}});
    };
    auto countCell = [&](int v, Stage stage, bool linked) {
        const QString &seat = g.actor(v).seatRs;
        for (const QString &rs : {RegionalKey::gemeindeverbandOf(seat), RegionalKey::kreisOf(seat)}) {
            if (rs.isEmpty())
                continue;
            Cell &cell = matrix[rs][stage];
            ++cell.total;
            if (linked)
                ++cell.linked;
            else
                cell.missing.append(g.actorId(v));
        }
    };

    // Kitas per Gemeinde, for "Kita in the GS's Gemeinde not linked to it".
    QHash<QString, std::vector<int>> kitasByGemeinde;
    for (int v = 0; v < n; ++v) {
        if (isKita(v) && g.actor(v).seatRs.size() >= 12)
            kitasByGemeinde[g.actor(v).seatRs.left(12)].push_back(v);
    }
    int gapCount[StageCount] = {0, 0, 0};
    for (int v = 0; v < n; ++v) {
        if (!c.isSchool(v))
            continue;
        const QString &kind = g.actor(v).schoolKind;
        if (isPrimaryKind(kind)) {
            const bool fromKita = hasLinkOfType(c, v, {u"UEBERGANG_KITA_GS"}, isKita);
            countCell(v, KitaGs, fromKita);
            if (!fromKita) {
                addGap(v, tr("keine Übergangsverbindung von einer Kita"));
                ++gapCount[KitaGs];
            }
            const bool toSek1 = hasLinkOfType(c, v, {u"UEBERGANG_GS_SEK1"}, any);
            countCell(v, GsSek1, toSek1);
            if (!toSek1) {
                addGap(v, tr("keine Übergangsverbindung zu einer weiterführenden Schule"));
                ++gapCount[GsSek1];
            }
            // Kitas in the same Gemeinde without any transition partner and without a link to this school.
            const QString gemeinde = g.actor(v).seatRs.left(12);
            if (gemeinde.size() == 12) {
                for (const int k : kitasByGemeinde.value(gemeinde)) {
                    if (g.edgeBetween(v, k) < 0 && !hasLinkOfType(c, k, {u"UEBERGANG_KITA_GS"}, isPrimary))
                        addGap(v, tr("nicht verbunden mit der Kita „%1“ in derselben Gemeinde").arg(c.name(k)),
                               {g.actorId(k)});
                }
            }
        }
        if (isSecondaryKind(kind) && kind != u"GHS") {
            const bool toWork =
                hasLinkOfType(c, v, {u"UEBERGANG_SEK1_BBS", u"BERUFSORIENTIERUNG", u"UEBERGANG_BERUF"}, any);
            countCell(v, Sek1Beruf, toWork);
            if (!toWork) {
                addGap(v, tr("keine Verbindung in Ausbildung und Beruf"));
                ++gapCount[Sek1Beruf];
            }
        }
    }
    int kitasWithout = 0;
    for (int v = 0; v < n; ++v) {
        if (isKita(v) && !hasLinkOfType(c, v, {u"UEBERGANG_KITA_GS"}, isPrimary)) {
            addGap(v, tr("Kita ohne Übergangsverbindung zu einer Grundschule"));
            ++kitasWithout;
        }
    }
    for (int s = 0; s < StageCount; ++s)
        gaps.figures.append(figure(qPrintable(stageKeys[static_cast<std::size_t>(s)] + QStringLiteral("Gaps")),
                                   tr("Schulen ohne Verbindung %1").arg(stageLabels[static_cast<std::size_t>(s)]),
                                   gapCount[s]));
    gaps.figures.append(figure("kitasWithoutSchool", tr("Kitas ohne Übergang zur Grundschule"), kitasWithout));
    tables.append(std::move(gaps));

    ResultTable m;
    m.id = QStringLiteral("education-chain.matrix");
    m.analysis = QStringLiteral("education-chain");
    m.title = tr("Bildungskette je Verbandsgemeinde und Kreis");
    m.explanation = tr("Je Verbandsgemeinde (oder verbandsfreier Gemeinde, kreisfreier Stadt) und je Kreis: wie "
                       "viele Schulen einer Stufe ihre Übergangsverbindung haben („verbunden von gesamt“). Leere "
                       "Zellen: keine Schule dieser Stufe im Gebiet.");
    m.advice = tr("Gebiete mit vielen fehlenden Übergängen sind Kandidaten für ein Netzwerk Übergänge oder eine "
                  "Trägerbudget-Maßnahme „Gestaltung von Übergängen“.");
    m.columns = {column("territory", tr("Gebiet")), column("level", tr("Ebene")),
                 column("rs", tr("Regionalschlüssel"))};
    for (int s = 0; s < StageCount; ++s) {
        m.columns.append(ResultColumn{stageKeys[static_cast<std::size_t>(s)], stageLabels[static_cast<std::size_t>(s)],
                                      ColumnType::Text});
        m.columns.append(ResultColumn{stageKeys[static_cast<std::size_t>(s)] + QStringLiteral("Missing"),
                                      tr("%1 fehlt").arg(stageLabels[static_cast<std::size_t>(s)]),
                                      ColumnType::Integer});
    }
    for (const auto &[rs, cells] : matrix) {
        ResultRow row;
        row.cells = {c.input.territoryName(rs), rs.size() == 5 ? tr("Kreis") : tr("Verbandsgemeinde"), rs};
        for (int s = 0; s < StageCount; ++s) {
            const Cell &cell = cells[static_cast<std::size_t>(s)];
            row.cells.append(cell.total == 0 ? QString() : tr("%1 von %2").arg(cell.linked).arg(cell.total));
            row.cells.append(cell.total == 0 ? QVariant() : QVariant(cell.total - cell.linked));
            row.actors.append(cell.missing);
        }
        m.rows.append(row);
    }
    tables.append(std::move(m));
    return {};
}

Status runCrossBoundary(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    constexpr int reachCount = 6;
    const std::array<Reach, reachCount> reaches = {Reach::SameGemeinde, Reach::SameVerband, Reach::SameKreis,
                                                   Reach::OtherKreis,   Reach::OtherLand,   Reach::Unknown};
    std::map<QString, std::array<int, reachCount>> perKreis;
    std::map<QString, std::array<int, 2>> authorityPerKreis; // [different Schulträger, split Zuständigkeit]
    std::array<int, reachCount> totals{};
    int differentAuthority = 0;

    ResultTable t;
    t.id = QStringLiteral("cross-boundary.links");
    t.analysis = QStringLiteral("cross-boundary");
    t.title = tr("Verbindungen über Verwaltungsgrenzen");
    t.explanation = tr("Jede aktive Verbindung ist nach dem Sitz ihrer beiden Akteure eingeordnet: gleiche "
                       "Gemeinde, gleiche Verbandsgemeinde, gleicher Kreis (andere VG), anderer Kreis, anderes Land. "
                       "Die Liste zeigt die Verbindungen über VG- und Kreisgrenzen sowie die zwischen Schulen "
                       "verschiedener Schulträger (z. B. Grundschule der VG ↔ Realschule plus des Kreises); die "
                       "Zählung je Kreis umfasst alle.");
    t.advice = tr("Verbindungen über Grenzen und zwischen Schulträgern brauchen Abstimmung zwischen den "
                  "Verwaltungen (geteilte Zuständigkeiten): Ansprechpartner auf beiden Seiten benennen und die "
                  "Zusammenarbeit im Trägerbudget schulübergreifend planen.");
    t.columns = {column("from", tr("Von")),
                 column("to", tr("Nach")),
                 column("type", tr("Verbindungsart")),
                 column("reach", tr("Reichweite")),
                 column("reachCode", tr("Reichweite (Code)")),
                 column("fromKreis", tr("Kreis von")),
                 column("toKreis", tr("Kreis nach")),
                 column("differentAuthority", tr("verschiedene Schulträger"), ColumnType::Boolean)};
    QStringList kreisKeys;
    QHash<QString, int> kreisIndex;
    std::vector<int> kreisOfVertex(static_cast<std::size_t>(g.vertexCount()), -1);
    for (int v = 0; v < g.vertexCount(); ++v) {
        const QString kreis = RegionalKey::kreisOf(g.actor(v).seatRs);
        if (kreis.isEmpty())
            continue;
        auto it = kreisIndex.find(kreis);
        if (it == kreisIndex.end()) {
            it = kreisIndex.insert(kreis, static_cast<int>(kreisKeys.size()));
            kreisKeys.append(kreis);
        }
        kreisOfVertex[static_cast<std::size_t>(v)] = *it;
    }
    std::vector<std::array<int, reachCount>> kreisCounts(static_cast<std::size_t>(kreisKeys.size()),
                                                         std::array<int, reachCount>{});
    std::vector<int> kreisAuthority(static_cast<std::size_t>(kreisKeys.size()), 0);
    for (std::size_t i = 0; i < g.links().size(); ++i) {
        const SnapshotLink &l = g.links()[i];
        if (!l.id.isValid() || l.source == l.target)
            continue;
        const Actor &a = g.actor(l.source);
        const Actor &b = g.actor(l.target);
        const Reach reach = reachOf(a.seatRs, b.seatRs);
        const auto r = static_cast<std::size_t>(std::find(reaches.begin(), reaches.end(), reach) - reaches.begin());
        ++totals[r];
        bool authorityDiffers = false;
        if (c.isSchool(l.source) && c.isSchool(l.target)) {
            const QString sa = c.schoolAuthorityRs(l.source);
            const QString sb = c.schoolAuthorityRs(l.target);
            authorityDiffers = !sa.isEmpty() && !sb.isEmpty() && sa != sb;
        }
        differentAuthority += authorityDiffers ? 1 : 0;
        // Kreis of each end, counted once per Kreis (per-vertex indices: no strings per link).
        const int ka = kreisOfVertex[static_cast<std::size_t>(l.source)];
        const int kb = kreisOfVertex[static_cast<std::size_t>(l.target)];
        if (ka >= 0) {
            ++kreisCounts[static_cast<std::size_t>(ka)][r];
            kreisAuthority[static_cast<std::size_t>(ka)] += authorityDiffers ? 1 : 0;
        }
        if (kb >= 0 && kb != ka) {
            ++kreisCounts[static_cast<std::size_t>(kb)][r];
            kreisAuthority[static_cast<std::size_t>(kb)] += authorityDiffers ? 1 : 0;
        }
        if (reach == Reach::SameGemeinde || (reach == Reach::SameVerband && !authorityDiffers))
            continue;
        t.rows.append(ResultRow{{c.name(l.source), c.name(l.target), c.linkTypeLabel(g.linkType(static_cast<int>(i))),
                                 reachLabel(reach), reachCode(reach), c.kreisName(l.source), c.kreisName(l.target),
                                 authorityDiffers},
                                {g.actorId(l.source), g.actorId(l.target)},
                                {l.id}});
    }
    for (qsizetype k = 0; k < kreisKeys.size(); ++k) {
        perKreis[kreisKeys.at(k)] = kreisCounts[static_cast<std::size_t>(k)];
        authorityPerKreis[kreisKeys.at(k)][0] = kreisAuthority[static_cast<std::size_t>(k)];
    }
    for (std::size_t r = 0; r < reachCount; ++r)
        t.figures.append(KeyFigure{reachCode(reaches[r]), reachLabel(reaches[r]), totals[r]});
    t.figures.append(
        figure("differentAuthority", tr("zwischen Schulen verschiedener Schulträger"), differentAuthority));
    tables.append(std::move(t));

    // Schools whose Schulträger and Jugendamt are different Gebietskörperschaften, per Kreis.
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (!c.isSchool(v))
            continue;
        const QString authority = c.schoolAuthorityRs(v);
        const QString office = c.youthOfficeRs(v);
        if (!authority.isEmpty() && !office.isEmpty() && authority != office)
            ++authorityPerKreis[RegionalKey::kreisOf(g.actor(v).seatRs)][1];
    }

    ResultTable k;
    k.id = QStringLiteral("cross-boundary.kreis");
    k.analysis = QStringLiteral("cross-boundary");
    k.title = tr("Reichweite der Verbindungen je Kreis");
    k.explanation = tr("Zahl der aktiven Verbindungen je Kreis und Reichweite (eine Verbindung zwischen zwei Kreisen "
                       "zählt in beiden). Dazu: Verbindungen zwischen Schulen verschiedener Schulträger und Schulen, "
                       "deren Schulträger und Jugendamt verschiedene Gebietskörperschaften sind (geteilte "
                       "Zuständigkeit).");
    k.advice = tr("Kreise mit vielen Verbindungen über Grenzen und vielen geteilten Zuständigkeiten brauchen "
                  "verbindliche Abstimmungsformate zwischen Kreis-, VG- und Stadtverwaltungen.");
    k.columns = {column("kreis", tr("Kreis")), column("rs", tr("Regionalschlüssel"))};
    for (const Reach r : reaches)
        k.columns.append(ResultColumn{reachCode(r), reachLabel(r), ColumnType::Integer});
    k.columns.append(column("differentAuthority", tr("zwischen Schulträgern"), ColumnType::Integer));
    k.columns.append(column("splitResponsibility", tr("Schulen mit geteilter Zuständigkeit"), ColumnType::Integer));
    std::set<QString> kreise;
    for (const auto &[kreis, counts] : perKreis)
        kreise.insert(kreis);
    for (const auto &[kreis, counts] : authorityPerKreis)
        kreise.insert(kreis);
    for (const QString &kreis : kreise) {
        if (kreis.isEmpty())
            continue;
        ResultRow row;
        row.cells = {c.input.territoryName(kreis), kreis};
        const auto counts = perKreis.count(kreis) ? perKreis.at(kreis) : std::array<int, reachCount>{};
        for (const int count : counts)
            row.cells.append(count);
        const auto authority = authorityPerKreis.count(kreis) ? authorityPerKreis.at(kreis) : std::array<int, 2>{};
        row.cells.append(authority[0]);
        row.cells.append(authority[1]);
        k.rows.append(row);
    }
    tables.append(std::move(k));
    return {};
}

Status runResponsibility(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    auto coordinated = [&](int a, int b, QList<LinkId> &ids) {
        if (a < 0 || b < 0)
            return false;
        if (a == b)
            return true; // one administration for both tasks
        bool found = false;
        for (const int l : c.linksBetween(a, b)) {
            if (g.linkType(l) == u"ABSTIMMUNG") {
                found = true;
                ids.append(g.links()[static_cast<std::size_t>(l)].id);
            }
        }
        return found;
    };
    auto schoolSocialWork = [&](int v) {
        for (const int l : c.linksOf(v)) {
            const SnapshotLink &link = g.links()[static_cast<std::size_t>(l)];
            const int other = link.source == v ? link.target : link.source;
            const CooperationLink *coop = g.cooperationLink(l);
            if (g.linkType(l) == u"SCHULSOZIALARBEIT" || g.actor(other).typeCode == u"SSA_TEAM" ||
                (coop && coop->actionField == u"SCHULSOZIALARBEIT"))
                return true;
        }
        return false;
    };

    ResultTable t;
    t.id = QStringLiteral("responsibility.schools");
    t.analysis = QStringLiteral("responsibility");
    t.title = tr("Zuständigkeits-Check der SCP-Schulen");
    t.explanation = tr("Für jede SCP-Schule: ihr Schulträger (§ 76 SchulG) und ihr Jugendamt, die zuständigen "
                       "Verwaltungen im Netz, ob zwischen beiden eine aktive Abstimmung besteht, und ob die Schule "
                       "Schulsozialarbeit hat. „Geteilte Zuständigkeit“: Schulträger und Jugendamt gehören zu "
                       "verschiedenen Gebietskörperschaften (z. B. VG und Kreis).");
    t.advice = tr("Fehlt die Abstimmung, ein gemeinsames Gespräch von Schulträger und Jugendamt zur Schule "
                  "vereinbaren (Säule III, Schulsozialarbeit, Ganztag). Fehlt eine Verwaltung im Netz, sie als "
                  "Akteur mit ihrem Zuständigkeitsgebiet erfassen.");
    t.columns = {column("school", tr("Schule")),
                 column("authority", tr("Schulträger")),
                 column("authorityActor", tr("Schulträger-Verwaltung im Netz")),
                 column("youthOffice", tr("Jugendamt (Gebiet)")),
                 column("youthOfficeActor", tr("Jugendamt im Netz")),
                 column("split", tr("geteilte Zuständigkeit"), ColumnType::Boolean),
                 column("coordinated", tr("Abstimmung Schulträger–Jugendamt"), ColumnType::Boolean),
                 column("schoolSocialWork", tr("Schulsozialarbeit"), ColumnType::Boolean)};
    struct Pair
    {
        int schools = 0;
        int scpSchools = 0;
        QList<ActorId> schoolIds;
    };
    std::map<std::pair<int, int>, Pair> pairs;
    int scp = 0;
    int uncoordinated = 0;
    int withoutSocialWork = 0;
    int missingAdministration = 0;
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (!c.isSchool(v))
            continue;
        const QString authority = c.schoolAuthorityRs(v);
        const QString office = c.youthOfficeRs(v);
        const int authorityActor = c.administrationFor(DomainCatalogue::SchoolAuthorityType, authority);
        const int officeActor = c.administrationFor(DomainCatalogue::YouthOfficeType, office);
        if (authorityActor >= 0 && officeActor >= 0) {
            Pair &p = pairs[{authorityActor, officeActor}];
            ++p.schools;
            p.scpSchools += c.isScpSchool(v) ? 1 : 0;
            p.schoolIds.append(g.actorId(v));
        }
        if (!c.isScpSchool(v))
            continue;
        ++scp;
        QList<LinkId> ids;
        const bool ok = coordinated(authorityActor, officeActor, ids);
        const bool social = schoolSocialWork(v);
        uncoordinated += ok ? 0 : 1;
        withoutSocialWork += social ? 0 : 1;
        missingAdministration += authorityActor < 0 || officeActor < 0 ? 1 : 0;
        QList<ActorId> refs{g.actorId(v)};
        if (authorityActor >= 0)
            refs.append(g.actorId(authorityActor));
        if (officeActor >= 0)
            refs.append(g.actorId(officeActor));
        t.rows.append(ResultRow{{c.name(v), authority.isEmpty() ? tr("unbekannt") : c.input.territoryName(authority),
                                 authorityActor >= 0 ? c.name(authorityActor) : tr("nicht erfasst"),
                                 office.isEmpty() ? tr("unbekannt") : c.input.territoryName(office),
                                 officeActor >= 0 ? c.name(officeActor) : tr("nicht erfasst"),
                                 !authority.isEmpty() && !office.isEmpty() && authority != office, ok, social},
                                refs,
                                ids});
    }
    t.figures = {figure("scpSchools", tr("SCP-Schulen"), scp),
                 figure("uncoordinated", tr("ohne Abstimmung Schulträger–Jugendamt"), uncoordinated),
                 figure("withoutSchoolSocialWork", tr("ohne Schulsozialarbeit"), withoutSocialWork),
                 figure("missingAdministration", tr("Verwaltung nicht im Netz erfasst"), missingAdministration)};
    tables.append(std::move(t));

    ResultTable p;
    p.id = QStringLiteral("responsibility.administrations");
    p.analysis = QStringLiteral("responsibility");
    p.title = tr("Schulträger und Jugendämter: Abstimmung je Paar");
    p.explanation = tr("Jedes Paar aus Schulträger-Verwaltung und Jugendamt, das gemeinsam für mindestens eine Schule "
                       "zuständig ist, mit der Zahl dieser Schulen und ob eine aktive Abstimmung (ABSTIMMUNG) "
                       "zwischen beiden besteht.");
    p.advice = tr("Paare ohne Abstimmung mit vielen (SCP-)Schulen zuerst angehen: eine regelmäßige "
                  "Planungsrunde oder Kooperationsvereinbarung zwischen Schulverwaltung und Jugendamt.");
    p.columns = {column("authorityActor", tr("Schulträger-Verwaltung")), column("youthOfficeActor", tr("Jugendamt")),
                 column("schools", tr("Schulen"), ColumnType::Integer),
                 column("scpSchools", tr("SCP-Schulen"), ColumnType::Integer),
                 column("coordinated", tr("Abstimmung"), ColumnType::Boolean)};
    int pairsWithout = 0;
    for (const auto &[key, pair] : pairs) {
        QList<LinkId> ids;
        const bool ok = coordinated(key.first, key.second, ids);
        pairsWithout += ok ? 0 : 1;
        QList<ActorId> refs{g.actorId(key.first), g.actorId(key.second)};
        refs.append(pair.schoolIds);
        p.rows.append(ResultRow{{c.name(key.first), c.name(key.second), pair.schools, pair.scpSchools, ok}, refs, ids});
    }
    p.figures = {figure("pairs", tr("Paare"), static_cast<int>(pairs.size())),
                 figure("uncoordinatedPairs", tr("Paare ohne Abstimmung"), pairsWithout)};
    tables.append(std::move(p));
    return {};
}

Status runCoverage(AnalysisContext &c, QList<ResultTable> &tables)
{
    const GraphSnapshot &g = c.graph;
    const QStringList fields = c.input.actionFieldOrder;
    const QString schoolYear = schoolYearOf(g.date());
    // Measures per school and Handlungsfeld (those of the snapshot's school year, or running on the day).
    QHash<qint64, QHash<QString, int>> measureCount;
    QHash<qint64, QList<qint64>> measureIds;
    for (const Measure &m : c.input.measures) {
        const bool inYear = m.schoolYear == schoolYear;
        const bool running = m.schoolYear.isEmpty() && (!m.start.isValid() || m.start <= g.date()) &&
                             (!m.end.isValid() || m.end >= g.date());
        if (!inYear && !running)
            continue;
        for (const ActorId school : m.schools) {
            for (const QString &field : m.actionFields)
                ++measureCount[school.value][field];
            measureIds[school.value].append(m.id.value);
        }
    }

    ResultTable t;
    t.id = QStringLiteral("coverage.schools");
    t.analysis = QStringLiteral("coverage");
    t.title = tr("Abdeckung: Schulen × Handlungsfelder");
    t.explanation = tr("Je Schule und Handlungsfeld die Zahl der aktiven Verbindungen und der Maßnahmen des "
                       "Schuljahres %1 in diesem Feld. Eine 0 zeigt ein Feld ohne Partner und ohne Maßnahme. "
                       "SCP-Schulen stehen oben.")
                        .arg(schoolYear);
    t.advice = tr("Felder mit 0 bei vielen SCP-Schulen sind Kandidaten für schulübergreifende Maßnahmen aus dem "
                  "Trägerbudget; einzelne Lücken lassen sich oft über vorhandene Partner im Netz schließen.");
    t.columns = {column("school", tr("Schule")), column("scp", tr("SCP"), ColumnType::Boolean)};
    for (const QString &field : fields)
        t.columns.append(ResultColumn{field, c.fieldLabel(field), ColumnType::Integer});
    t.columns.append(column("emptyFields", tr("Felder ohne Partner und Maßnahme"), ColumnType::Integer));
    std::vector<int> schools;
    for (int v = 0; v < g.vertexCount(); ++v) {
        if (c.isSchool(v))
            schools.push_back(v);
    }
    std::stable_sort(schools.begin(), schools.end(),
                     [&](int a, int b) { return c.isScpSchool(a) && !c.isScpSchool(b); });
    QMap<QString, int> emptyPerField;
    for (const int v : schools) {
        QHash<QString, int> count = measureCount.value(g.actorId(v).value);
        QList<LinkId> links;
        for (const int l : c.linksOf(v)) {
            const CooperationLink *coop = g.cooperationLink(l);
            if (coop && !coop->actionField.isEmpty()) {
                ++count[coop->actionField];
                links.append(coop->id);
            }
        }
        ResultRow row;
        row.cells = {c.name(v), c.isScpSchool(v)};
        int empty = 0;
        for (const QString &field : fields) {
            const int value = count.value(field);
            row.cells.append(value);
            if (value == 0) {
                ++empty;
                if (c.isScpSchool(v))
                    ++emptyPerField[field];
            }
        }
        row.cells.append(empty);
        row.actors = {g.actorId(v)};
        row.links = links;
        t.rows.append(row);
    }
    for (const QString &field : fields)
        t.figures.append(
            KeyFigure{field, tr("SCP-Schulen ohne %1").arg(c.fieldLabel(field)), emptyPerField.value(field)});
    tables.append(std::move(t));
    return {};
}

} // namespace netzatlas::analysis
