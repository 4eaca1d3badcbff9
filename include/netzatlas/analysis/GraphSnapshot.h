// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/core/Ids.h>

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace netzatlas::analysis {

/// Which part of the registry a snapshot shows. Empty lists do not filter.
struct SnapshotOptions
{
    QDate at;                        ///< the network as it was on that day (CooperationLink::isActiveAt); null = today
    QStringList linkTypes;           ///< only links of these types
    QStringList actionFields;        ///< only links of these Handlungsfelder
    QStringList formalities;         ///< only links of these formalities (INFORMELL … VERTRAGLICH)
    QString territoryPrefix;         ///< only actors whose seat Regionalschlüssel starts with this
    bool includeMemberships = false; ///< committee memberships (active on `at`) as MITGLIED edges
};

/// One link of the snapshot (a cooperation link, or a committee membership when `membership` is valid).
/// Several links between the same pair are kept (multiplex) and share one collapsed edge.
struct SnapshotLink
{
    LinkId id;               ///< the cooperation link; invalid for a membership
    MembershipId membership; ///< the committee membership; invalid for a cooperation link
    int inputIndex = -1;     ///< index into AnalysisInput::links, -1 for a membership
    int source = -1;         ///< vertex index
    int target = -1;         ///< vertex index
    int edge = -1;           ///< collapsed edge, -1 for a self-loop
    int intensity = 1;
};

/// A pair of adjacent actors with all links between them collapsed (undirected, summed intensity).
/// This is the graph the structure metrics run on.
struct SnapshotEdge
{
    int u = -1;          ///< smaller vertex index
    int v = -1;          ///< larger vertex index
    double weight = 0.0; ///< sum of the intensities of the links between u and v
    int firstLink = 0;   ///< into GraphSnapshot::edgeLinkIndices()
    int linkCount = 0;
};

/// The network of a registry on one day, built on demand. Vertices are the (filtered) actors in the order
/// of the input; results of the metrics are vectors indexed by vertex and are mapped back to ActorId and
/// LinkId through this class.
///
/// Immutable after construction; safe to read from several threads. Holds a shared reference to its input.
class GraphSnapshot
{
public:
    GraphSnapshot();

    /// Builds the snapshot of `input` with `options`.
    [[nodiscard]] static GraphSnapshot build(std::shared_ptr<const AnalysisInput> input,
                                             const SnapshotOptions &options);
    /// A plain undirected graph with `vertexCount` anonymous actors (ids 1…n, names "v0" …) and one link of
    /// intensity `weights[i]` (default 1) per edge. For tests and benchmarks.
    [[nodiscard]] static GraphSnapshot fromEdges(int vertexCount, const std::vector<std::pair<int, int>> &edges,
                                                 const std::vector<int> &weights = {});

    [[nodiscard]] const AnalysisInput &input() const { return *m_input; }
    [[nodiscard]] std::shared_ptr<const AnalysisInput> sharedInput() const { return m_input; }
    [[nodiscard]] const SnapshotOptions &options() const { return m_options; }
    [[nodiscard]] QDate date() const { return m_date; }

    [[nodiscard]] int vertexCount() const { return static_cast<int>(m_actorIndex.size()); }
    [[nodiscard]] const Actor &actor(int vertex) const;
    [[nodiscard]] ActorId actorId(int vertex) const { return actor(vertex).id; }
    /// Vertex of an actor, -1 when the actor is not in the snapshot.
    [[nodiscard]] int vertexOf(ActorId id) const;

    [[nodiscard]] const std::vector<SnapshotLink> &links() const { return m_links; }
    /// The cooperation link behind a snapshot link (nullptr for memberships).
    [[nodiscard]] const CooperationLink *cooperationLink(int snapshotLink) const;
    /// Link type code of a snapshot link ("MITGLIED" for memberships).
    [[nodiscard]] QString linkType(int snapshotLink) const;

    [[nodiscard]] int edgeCount() const { return static_cast<int>(m_edges.size()); }
    [[nodiscard]] const std::vector<SnapshotEdge> &edges() const { return m_edges; }
    /// Snapshot link indices of a collapsed edge.
    [[nodiscard]] std::span<const int> edgeLinks(int edge) const;
    [[nodiscard]] const std::vector<int> &edgeLinkIndices() const { return m_edgeLinks; }
    /// LinkIds behind a collapsed edge (memberships left out).
    [[nodiscard]] QList<LinkId> edgeLinkIds(int edge) const;

    // Compressed sparse rows of the collapsed graph: the neighbours of v are
    // neighbours()[offsets()[v] … offsets()[v+1]), sorted, each with its collapsed edge in arcEdges().
    [[nodiscard]] const std::vector<std::uint32_t> &offsets() const { return m_offsets; }
    [[nodiscard]] const std::vector<std::uint32_t> &neighbours() const { return m_neighbours; }
    [[nodiscard]] const std::vector<std::uint32_t> &arcEdges() const { return m_arcEdges; }
    [[nodiscard]] int degree(int vertex) const { return static_cast<int>(m_offsets[vertex + 1] - m_offsets[vertex]); }
    [[nodiscard]] std::span<const std::uint32_t> neighboursOf(int vertex) const;
    /// Collapsed edge between two vertices, -1 when not adjacent (binary search).
    [[nodiscard]] int edgeBetween(int a, int b) const;

private:
    void buildCsr();

    std::shared_ptr<const AnalysisInput> m_input;
    SnapshotOptions m_options;
    QDate m_date;
    std::vector<int> m_actorIndex; ///< vertex → index into input().actors
    QHash<qint64, int> m_vertexOfActor;
    std::vector<SnapshotLink> m_links;
    std::vector<SnapshotEdge> m_edges;
    std::vector<int> m_edgeLinks;
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_neighbours;
    std::vector<std::uint32_t> m_arcEdges;
};

} // namespace netzatlas::analysis
