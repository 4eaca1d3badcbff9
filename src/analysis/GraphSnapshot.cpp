// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/GraphSnapshot.h>

#include <algorithm>
#include <numeric>

namespace netzatlas::analysis {

namespace {

bool activeOn(const CommitteeMembership &m, const QDate &day)
{
    return (!m.since.isValid() || m.since <= day) && (!m.until.isValid() || m.until >= day);
}

const QString MembershipType = QStringLiteral("MITGLIED");

} // namespace

GraphSnapshot::GraphSnapshot()
    : m_input(std::make_shared<AnalysisInput>())
    , m_offsets(1, 0)
{}

GraphSnapshot GraphSnapshot::build(std::shared_ptr<const AnalysisInput> input, const SnapshotOptions &options)
{
    GraphSnapshot s;
    s.m_input = std::move(input);
    s.m_options = options;
    s.m_date = options.at.isValid() ? options.at : QDate::currentDate();
    const AnalysisInput &in = *s.m_input;

    s.m_actorIndex.reserve(in.actors.size());
    s.m_vertexOfActor.reserve(in.actors.size());
    for (qsizetype i = 0; i < in.actors.size(); ++i) {
        const Actor &a = in.actors.at(i);
        if (!options.territoryPrefix.isEmpty() && !a.seatRs.startsWith(options.territoryPrefix))
            continue;
        s.m_vertexOfActor.insert(a.id.value, static_cast<int>(s.m_actorIndex.size()));
        s.m_actorIndex.push_back(static_cast<int>(i));
    }

    s.m_links.reserve(in.links.size());
    for (qsizetype i = 0; i < in.links.size(); ++i) {
        const CooperationLink &l = in.links.at(i);
        if (!l.isActiveAt(s.m_date))
            continue;
        if (!options.linkTypes.isEmpty() && !options.linkTypes.contains(l.typeCode))
            continue;
        if (!options.actionFields.isEmpty() && !options.actionFields.contains(l.actionField))
            continue;
        if (!options.formalities.isEmpty() && !options.formalities.contains(l.formality))
            continue;
        const int a = s.vertexOf(l.source);
        const int b = s.vertexOf(l.target);
        if (a < 0 || b < 0)
            continue;
        SnapshotLink link;
        link.id = l.id;
        link.inputIndex = static_cast<int>(i);
        link.source = a;
        link.target = b;
        link.intensity = std::clamp(l.intensity, 1, 3);
        s.m_links.push_back(link);
    }
    if (options.includeMemberships && (options.linkTypes.isEmpty() || options.linkTypes.contains(MembershipType))) {
        for (const Committee &c : in.committees) {
            const int committee = s.vertexOf(c.actor);
            if (committee < 0)
                continue;
            for (const CommitteeMembership &m : c.members) {
                const int member = s.vertexOf(m.member);
                if (member < 0 || !activeOn(m, s.m_date))
                    continue;
                SnapshotLink link;
                link.membership = m.id;
                link.source = member;
                link.target = committee;
                s.m_links.push_back(link);
            }
        }
    }
    s.buildCsr();
    return s;
}

GraphSnapshot GraphSnapshot::fromEdges(int vertexCount, const std::vector<std::pair<int, int>> &edges,
                                       const std::vector<int> &weights)
{
    auto input = std::make_shared<AnalysisInput>();
    input->actors.reserve(vertexCount);
    for (int v = 0; v < vertexCount; ++v) {
        Actor a;
        a.id = ActorId(v + 1);
        a.key = QStringLiteral("v%1").arg(v);
        a.name = a.key;
        input->actors.append(a);
    }
    input->links.reserve(static_cast<qsizetype>(edges.size()));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        CooperationLink l;
        l.id = LinkId(static_cast<qint64>(i) + 1);
        l.source = ActorId(edges[i].first + 1);
        l.target = ActorId(edges[i].second + 1);
        l.typeCode = QStringLiteral("ABSTIMMUNG");
        l.intensity = i < weights.size() ? weights[i] : 1;
        input->links.append(l);
    }
    input->useSeedCatalogues();
    return build(std::move(input), SnapshotOptions{});
}

void GraphSnapshot::buildCsr()
{
    const int n = vertexCount();
    // Collapse parallel links: sort (u, v) keys of all non-loop links.
    std::vector<std::pair<std::uint64_t, int>> keyed;
    keyed.reserve(m_links.size());
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        const SnapshotLink &l = m_links[i];
        if (l.source == l.target)
            continue;
        const auto u = static_cast<std::uint64_t>(std::min(l.source, l.target));
        const auto v = static_cast<std::uint64_t>(std::max(l.source, l.target));
        keyed.emplace_back((u << 32) | v, static_cast<int>(i));
    }
    std::sort(keyed.begin(), keyed.end());
    m_edges.clear();
    m_edgeLinks.clear();
    m_edgeLinks.reserve(keyed.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        if (i == 0 || keyed[i].first != keyed[i - 1].first) {
            SnapshotEdge e;
            e.u = static_cast<int>(keyed[i].first >> 32);
            e.v = static_cast<int>(keyed[i].first & 0xffffffffu);
            e.firstLink = static_cast<int>(m_edgeLinks.size());
            m_edges.push_back(e);
        }
        SnapshotEdge &e = m_edges.back();
        SnapshotLink &l = m_links[static_cast<std::size_t>(keyed[i].second)];
        l.edge = static_cast<int>(m_edges.size()) - 1;
        e.weight += l.intensity;
        ++e.linkCount;
        m_edgeLinks.push_back(keyed[i].second);
    }

    m_offsets.assign(static_cast<std::size_t>(n) + 1, 0);
    for (const SnapshotEdge &e : m_edges) {
        ++m_offsets[static_cast<std::size_t>(e.u) + 1];
        ++m_offsets[static_cast<std::size_t>(e.v) + 1];
    }
    std::partial_sum(m_offsets.begin(), m_offsets.end(), m_offsets.begin());
    m_neighbours.assign(m_offsets.back(), 0);
    m_arcEdges.assign(m_offsets.back(), 0);
    std::vector<std::uint32_t> fill(m_offsets.begin(), m_offsets.end() - 1);
    // Edges are sorted by (u, v): writing every vertex's smaller neighbours first (in edge order) and then its
    // larger ones leaves every neighbour list sorted without a sort.
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        const auto v = static_cast<std::size_t>(m_edges[e].v);
        const std::uint32_t pos = fill[v]++;
        m_neighbours[pos] = static_cast<std::uint32_t>(m_edges[e].u);
        m_arcEdges[pos] = static_cast<std::uint32_t>(e);
    }
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        const auto u = static_cast<std::size_t>(m_edges[e].u);
        const std::uint32_t pos = fill[u]++;
        m_neighbours[pos] = static_cast<std::uint32_t>(m_edges[e].v);
        m_arcEdges[pos] = static_cast<std::uint32_t>(e);
    }
}

const Actor &GraphSnapshot::actor(int vertex) const
{
    return m_input->actors.at(m_actorIndex[static_cast<std::size_t>(vertex)]);
}

int GraphSnapshot::vertexOf(ActorId id) const
{
    return m_vertexOfActor.value(id.value, -1);
}

const CooperationLink *GraphSnapshot::cooperationLink(int snapshotLink) const
{
    const int index = m_links[static_cast<std::size_t>(snapshotLink)].inputIndex;
    return index < 0 ? nullptr : &m_input->links.at(index);
}

QString GraphSnapshot::linkType(int snapshotLink) const
{
    const CooperationLink *l = cooperationLink(snapshotLink);
    return l ? l->typeCode : MembershipType;
}

std::span<const int> GraphSnapshot::edgeLinks(int edge) const
{
    const SnapshotEdge &e = m_edges[static_cast<std::size_t>(edge)];
    return {m_edgeLinks.data() + e.firstLink, static_cast<std::size_t>(e.linkCount)};
}

QList<LinkId> GraphSnapshot::edgeLinkIds(int edge) const
{
    QList<LinkId> ids;
    for (const int l : edgeLinks(edge)) {
        if (m_links[static_cast<std::size_t>(l)].id.isValid())
            ids.append(m_links[static_cast<std::size_t>(l)].id);
    }
    return ids;
}

std::span<const std::uint32_t> GraphSnapshot::neighboursOf(int vertex) const
{
    const auto begin = m_offsets[static_cast<std::size_t>(vertex)];
    const auto end = m_offsets[static_cast<std::size_t>(vertex) + 1];
    return {m_neighbours.data() + begin, end - begin};
}

int GraphSnapshot::edgeBetween(int a, int b) const
{
    const auto list = neighboursOf(a);
    const auto it = std::lower_bound(list.begin(), list.end(), static_cast<std::uint32_t>(b));
    if (it == list.end() || *it != static_cast<std::uint32_t>(b))
        return -1;
    return static_cast<int>(m_arcEdges[m_offsets[static_cast<std::size_t>(a)] + (it - list.begin())]);
}

} // namespace netzatlas::analysis
