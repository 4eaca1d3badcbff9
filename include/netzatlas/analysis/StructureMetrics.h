// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/GraphSnapshot.h>
#include <netzatlas/analysis/JobControl.h>
#include <netzatlas/core/Result.h>

#include <cstdint>
#include <vector>

/// Structure metrics of a GraphSnapshot. Every function works on the collapsed, undirected graph
/// (parallel links merged, weight = summed intensity); vectors are indexed by vertex. Path-based measures
/// (betweenness, closeness, diameter, path length) count steps and ignore weights; weighted degree,
/// eigenvector centrality, Burt's constraint and communities use the weights.
namespace netzatlas::analysis::Metrics {

/// Links per actor.
struct Degrees
{
    std::vector<int> degree;            ///< number of distinct neighbours
    std::vector<int> linkCount;         ///< number of links (multiplex links counted one by one)
    std::vector<double> weightedDegree; ///< sum of the intensities of the actor's links
};
[[nodiscard]] Degrees degrees(const GraphSnapshot &graph);

/// 2·E / (n·(n−1)) of the collapsed graph; 0 for fewer than two actors.
[[nodiscard]] double density(const GraphSnapshot &graph);

enum class PathMode {
    Auto,    ///< exact up to PathOptions::exactLimit actors, sampled above
    Exact,   ///< one breadth-first search from every actor (Brandes)
    Sampled, ///< from a uniform random sample of source actors, with an error bound
};

struct PathOptions
{
    PathMode mode = PathMode::Auto;
    int exactLimit = 60000; ///< Auto: exact up to this many actors
    int samples = 0;        ///< Sampled: number of source draws; 0 = 1000
    double delta = 0.05;    ///< error probability of the stated bounds (confidence 1 − delta)
    unsigned threads = 0;   ///< 0 = all cores
    std::uint64_t seed = 20240801;
    int diameterBudget = 50;     ///< sampled mode: at most this many extra searches for the exact diameter
    bool portableKernel = false; ///< never the AVX2 build of the sweep (the tests compare both builds)
};

/// Betweenness, harmonic closeness and the distance statistics, all from one sweep of breadth-first
/// searches over a CSR copy of the graph relabelled in BFS order.
struct PathMetrics
{
    bool exact = true;
    bool avx2Kernel = false;              ///< the sweep ran in its AVX2 build
    int sources = 0;                      ///< number of source actors searched from
    std::vector<double> betweenness;      ///< normalised: pairs through v / ((n−1)(n−2)/2), in [0, 1]
    std::vector<double> betweennessRaw;   ///< unnormalised (number of shortest-path pairs through v)
    std::vector<double> betweennessError; ///< sampled: bound on |estimate − exact| of the normalised value
    std::vector<double> closeness;        ///< harmonic: Σ 1/d(v, t) / (n − 1), in [0, 1]
    std::vector<double> closenessError;   ///< sampled: bound on the closeness error
    double uniformBetweennessError = 0.0; ///< sampled: bound for all actors at once (Hoeffding + union)
    double uniformClosenessError = 0.0;   ///< sampled: bound for all actors at once
    double confidence = 1.0;              ///< probability that the bounds hold
    int diameter = 0;                     ///< longest shortest path between connected actors
    bool diameterExact = true;            ///< false: diameter is a lower bound (search budget exhausted)
    int diameterUpperBound = 0;
    double averagePathLength = 0.0; ///< mean over connected ordered pairs (estimated when sampled)
    double connectedPairs = 0.0;    ///< ordered pairs with a path (estimated when sampled)
};
/// Fails only when cancelled.
[[nodiscard]] Result<PathMetrics> pathMetrics(const GraphSnapshot &graph, const PathOptions &options = {},
                                              const JobControl &control = {});

/// Power iteration on the weighted adjacency matrix (shifted by the identity so that bipartite graphs
/// converge); scaled so that the largest value is 1. All zeros for a graph without edges.
[[nodiscard]] std::vector<double> eigenvectorCentrality(const GraphSnapshot &graph, int maxIterations = 1000,
                                                        double tolerance = 1e-10);

struct Components
{
    std::vector<int> componentOf; ///< component per vertex, numbered by size (0 = largest)
    std::vector<int> sizes;       ///< actors per component, descending
};
[[nodiscard]] Components connectedComponents(const GraphSnapshot &graph);

struct Biconnectivity
{
    std::vector<int> edgeComponent; ///< biconnected component per collapsed edge
    int componentCount = 0;
    std::vector<int> articulationPoints; ///< vertices, ascending
    std::vector<int> bridges;            ///< collapsed edges whose removal disconnects their ends, ascending
};
[[nodiscard]] Biconnectivity biconnectivity(const GraphSnapshot &graph);

/// What the loss of an articulation point or a bridge would cut off.
struct CutImpact
{
    int cutOff = 0;        ///< actors no longer connected to the largest remaining part of their component
    int schoolsCutOff = 0; ///< of these, schools
    int pieces = 0;        ///< parts the component falls into (without the removed actor)
    std::vector<int> cutOffVertices;
};
struct CutAnalysis
{
    std::vector<int> articulationPoints;       ///< ascending
    std::vector<CutImpact> articulationImpact; ///< parallel to articulationPoints
    std::vector<int> bridges;                  ///< collapsed edges, ascending
    std::vector<CutImpact> bridgeImpact;       ///< parallel to bridges
};
/// Depth-first search with low links; `isSchool` marks schools (may be empty).
[[nodiscard]] CutAnalysis cutAnalysis(const GraphSnapshot &graph, const std::vector<char> &isSchool = {});

/// Core number of every vertex (k-core decomposition, Batagelj–Zaversnik).
[[nodiscard]] std::vector<int> coreNumbers(const GraphSnapshot &graph);

struct Clustering
{
    std::vector<double> local; ///< triangles / (d(d−1)/2); 0 for degree < 2
    std::vector<std::int64_t> triangles;
    double averageLocal = 0.0; ///< mean of `local` over all actors (degree < 2 counts as 0)
    double transitivity = 0.0; ///< 3 · triangles / connected triples
};
[[nodiscard]] Clustering clustering(const GraphSnapshot &graph);

/// Burt's constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² with p_ij = w_ij / Σ_k w_ik. Low values mark
/// brokers between otherwise unconnected actors. NaN for actors without links.
[[nodiscard]] std::vector<double> burtConstraint(const GraphSnapshot &graph);

struct Communities
{
    std::vector<int> communityOf; ///< numbered by size (0 = largest)
    std::vector<int> sizes;
    double modularity = 0.0;
    int levels = 0; ///< aggregation levels of the Louvain run
};
/// Louvain (Blondel et al. 2008) on the weighted graph; communities that come out disconnected are split
/// into their connected parts (never lowers modularity). Deterministic for a seed.
[[nodiscard]] Communities louvain(const GraphSnapshot &graph, std::uint64_t seed = 20240801, double resolution = 1.0);
/// Weighted modularity of a partition.
[[nodiscard]] double modularity(const GraphSnapshot &graph, const std::vector<int> &communityOf,
                                double resolution = 1.0);

/// For every actor the nearest actor with `isTarget` set, by steps: one multi-source breadth-first search
/// (Boost.Graph) from all targets at once.
struct NearestTargets
{
    std::vector<int> distance; ///< steps to the nearest target, -1 when none is reachable
    std::vector<int> next;     ///< next vertex on a shortest path towards it, -1 at a target or when unreachable
    /// Vertices from `from` to its nearest target (both included); empty when none is reachable.
    [[nodiscard]] std::vector<int> pathFrom(int from) const;
};
[[nodiscard]] NearestTargets nearestTargets(const GraphSnapshot &graph, const std::vector<char> &isTarget);

/// Number of worker threads used for "all cores".
[[nodiscard]] unsigned defaultThreadCount();

} // namespace netzatlas::analysis::Metrics
