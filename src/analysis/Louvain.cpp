// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre 2008) on a weighted CSR graph:
// local moving in a seeded random order, then aggregation, until no vertex moves. Boost.Graph has no
// community detection that scales, so this is one of the hand-written kernels.
#include <netzatlas/analysis/StructureMetrics.h>

#include "MetricsSupport.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <random>

namespace netzatlas::analysis::Metrics {

namespace {

struct WeightedGraph
{
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> adjacency;
    std::vector<double> weights;
    std::vector<double> selfWeight; ///< weight of the edges inside an aggregated vertex
    [[nodiscard]] std::size_t size() const { return selfWeight.size(); }
};

/// Local moving phase; returns the number of moves and fills `community` (labels 0…count−1 afterwards).
int moveVertices(const WeightedGraph &g, double m2, double resolution, std::mt19937_64 &random,
                 std::vector<std::uint32_t> &community)
{
    const std::size_t n = g.size();
    std::vector<double> strength(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        double s = 2.0 * g.selfWeight[v];
        for (std::uint32_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a)
            s += g.weights[a];
        strength[v] = s;
    }
    community.resize(n);
    std::iota(community.begin(), community.end(), 0u);
    std::vector<double> total = strength;
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    // Fisher–Yates with a fully specified engine: the same seed gives the same order everywhere.
    for (std::size_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);

    std::vector<double> toCommunity(n, 0.0);
    std::vector<std::uint32_t> touched;
    int moves = 0;
    for (int pass = 0; pass < 1000; ++pass) {
        int passMoves = 0;
        for (const std::uint32_t v : order) {
            const std::uint32_t old = community[v];
            const double k = strength[v];
            touched.clear();
            for (std::uint32_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                const std::uint32_t c = community[g.adjacency[a]];
                if (toCommunity[c] == 0.0)
                    touched.push_back(c);
                toCommunity[c] += g.weights[a];
            }
            total[old] -= k;
            std::uint32_t best = old;
            double bestGain = toCommunity[old] - resolution * total[old] * k / m2;
            for (const std::uint32_t c : touched) {
                const double gain = toCommunity[c] - resolution * total[c] * k / m2;
                if (gain > bestGain + 1e-12) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[best] += k;
            community[v] = best;
            for (const std::uint32_t c : touched)
                toCommunity[c] = 0.0;
            if (best != old)
                ++passMoves;
        }
        moves += passMoves;
        if (passMoves == 0)
            break;
    }
    // Compact labels.
    std::vector<std::uint32_t> label(n, std::numeric_limits<std::uint32_t>::max());
    std::uint32_t next = 0;
    for (std::uint32_t &c : community) {
        if (label[c] == std::numeric_limits<std::uint32_t>::max())
            label[c] = next++;
        c = label[c];
    }
    return moves;
}

WeightedGraph aggregate(const WeightedGraph &g, const std::vector<std::uint32_t> &community, std::uint32_t count)
{
    WeightedGraph h;
    h.selfWeight.assign(count, 0.0);
    std::vector<std::vector<std::uint32_t>> members(count);
    for (std::uint32_t v = 0; v < g.size(); ++v) {
        members[community[v]].push_back(v);
        h.selfWeight[community[v]] += g.selfWeight[v];
    }
    std::vector<double> toCommunity(count, 0.0);
    std::vector<std::uint32_t> touched;
    h.offsets.assign(count + 1, 0);
    for (std::uint32_t c = 0; c < count; ++c) {
        touched.clear();
        for (const std::uint32_t v : members[c]) {
            for (std::uint32_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                const std::uint32_t d = community[g.adjacency[a]];
                if (d == c) {
                    h.selfWeight[c] += g.weights[a] / 2.0; // every inner edge is seen from both ends
                    continue;
                }
                if (toCommunity[d] == 0.0)
                    touched.push_back(d);
                toCommunity[d] += g.weights[a];
            }
        }
        std::sort(touched.begin(), touched.end());
        for (const std::uint32_t d : touched) {
            h.adjacency.push_back(d);
            h.weights.push_back(toCommunity[d]);
            toCommunity[d] = 0.0;
        }
        h.offsets[c + 1] = static_cast<std::uint32_t>(h.adjacency.size());
    }
    return h;
}

} // namespace

Communities louvain(const GraphSnapshot &graph, std::uint64_t seed, double resolution)
{
    Communities result;
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    result.communityOf.assign(n, 0);
    if (n == 0)
        return result;
    WeightedGraph g;
    g.offsets = graph.offsets();
    g.adjacency = graph.neighbours();
    g.weights.resize(g.adjacency.size());
    for (std::size_t a = 0; a < g.weights.size(); ++a)
        g.weights[a] = graph.edges()[graph.arcEdges()[a]].weight;
    g.selfWeight.assign(n, 0.0);
    double totalWeight = 0.0;
    for (const SnapshotEdge &e : graph.edges())
        totalWeight += e.weight;

    std::vector<int> membership(n);
    std::iota(membership.begin(), membership.end(), 0);
    if (totalWeight > 0) {
        const double m2 = 2.0 * totalWeight;
        std::mt19937_64 random(seed);
        std::vector<std::uint32_t> community;
        for (int level = 0; level < 100; ++level) {
            const int moves = moveVertices(g, m2, resolution, random, community);
            if (moves == 0)
                break;
            ++result.levels;
            const std::uint32_t count = *std::max_element(community.begin(), community.end()) + 1;
            for (int &m : membership)
                m = static_cast<int>(community[static_cast<std::size_t>(m)]);
            if (count == g.size())
                break;
            g = aggregate(g, community, count);
        }
    }

    // Split communities that are not connected in the original graph (Louvain can produce such), by a
    // breadth-first search restricted to each community.
    std::vector<int> label(n, -1);
    int labels = 0;
    std::vector<std::uint32_t> queue;
    const auto &off = graph.offsets();
    const auto &nb = graph.neighbours();
    for (std::size_t s = 0; s < n; ++s) {
        if (label[s] >= 0)
            continue;
        label[s] = labels;
        queue.assign(1, static_cast<std::uint32_t>(s));
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::uint32_t v = queue[head];
            for (std::uint32_t a = off[v]; a < off[v + 1]; ++a) {
                const std::uint32_t u = nb[a];
                if (label[u] < 0 && membership[u] == membership[s]) {
                    label[u] = labels;
                    queue.push_back(u);
                }
            }
        }
        ++labels;
    }
    result.communityOf = std::move(label);
    result.sizes = renumberLabelsBySize(result.communityOf, labels);
    result.modularity = modularity(graph, result.communityOf, resolution);
    return result;
}

} // namespace netzatlas::analysis::Metrics
