// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
//
// The metrics for which Boost.Graph's algorithms fit as they are: connected components, biconnected
// components with articulation points, k-core and breadth-first shortest paths. Boost types stay in here.
#include <netzatlas/analysis/StructureMetrics.h>

#include "MetricsSupport.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <numeric>

namespace netzatlas::analysis::Metrics {

namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_index_t, std::size_t>>;

UndirectedGraph toBoost(const GraphSnapshot &graph)
{
    UndirectedGraph g(static_cast<std::size_t>(graph.vertexCount()));
    std::size_t index = 0;
    for (const SnapshotEdge &e : graph.edges())
        boost::add_edge(static_cast<std::size_t>(e.u), static_cast<std::size_t>(e.v), index++, g);
    return g;
}

/// Renumbers labels so that 0 is the most frequent (ties: the label seen first); returns the sizes.
std::vector<int> renumberBySize(std::vector<int> &labels, int labelCount)
{
    std::vector<int> sizes(static_cast<std::size_t>(labelCount), 0);
    std::vector<int> firstSeen(static_cast<std::size_t>(labelCount), -1);
    for (std::size_t v = 0; v < labels.size(); ++v) {
        const auto l = static_cast<std::size_t>(labels[v]);
        ++sizes[l];
        if (firstSeen[l] < 0)
            firstSeen[l] = static_cast<int>(v);
    }
    std::vector<int> order(static_cast<std::size_t>(labelCount));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto ua = static_cast<std::size_t>(a);
        const auto ub = static_cast<std::size_t>(b);
        return sizes[ua] != sizes[ub] ? sizes[ua] > sizes[ub] : firstSeen[ua] < firstSeen[ub];
    });
    std::vector<int> newLabel(static_cast<std::size_t>(labelCount));
    std::vector<int> newSizes(static_cast<std::size_t>(labelCount));
    for (int i = 0; i < labelCount; ++i) {
        newLabel[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = i;
        newSizes[static_cast<std::size_t>(i)] = sizes[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
    }
    for (int &l : labels)
        l = newLabel[static_cast<std::size_t>(l)];
    return newSizes;
}

} // namespace

std::vector<int> renumberLabelsBySize(std::vector<int> &labels, int labelCount)
{
    return renumberBySize(labels, labelCount);
}

Components connectedComponents(const GraphSnapshot &graph)
{
    Components result;
    const UndirectedGraph g = toBoost(graph);
    result.componentOf.assign(static_cast<std::size_t>(graph.vertexCount()), 0);
    if (graph.vertexCount() == 0)
        return result;
    const int count = static_cast<int>(boost::connected_components(
        g, boost::make_iterator_property_map(result.componentOf.begin(), boost::get(boost::vertex_index, g))));
    result.sizes = renumberBySize(result.componentOf, count);
    return result;
}

Biconnectivity biconnectivity(const GraphSnapshot &graph)
{
    Biconnectivity result;
    const UndirectedGraph g = toBoost(graph);
    result.edgeComponent.assign(static_cast<std::size_t>(graph.edgeCount()), 0);
    std::vector<std::size_t> points;
    const auto [count, out] = boost::biconnected_components(
        g, boost::make_iterator_property_map(result.edgeComponent.begin(), boost::get(boost::edge_index, g)),
        std::back_inserter(points));
    Q_UNUSED(out);
    result.componentCount = static_cast<int>(count);
    for (const std::size_t p : points)
        result.articulationPoints.push_back(static_cast<int>(p));
    std::sort(result.articulationPoints.begin(), result.articulationPoints.end());
    result.articulationPoints.erase(std::unique(result.articulationPoints.begin(), result.articulationPoints.end()),
                                    result.articulationPoints.end());
    // A biconnected component of a single edge is a bridge.
    std::vector<int> edgesPerComponent(count, 0);
    for (const int c : result.edgeComponent)
        ++edgesPerComponent[static_cast<std::size_t>(c)];
    for (std::size_t e = 0; e < result.edgeComponent.size(); ++e) {
        if (edgesPerComponent[static_cast<std::size_t>(result.edgeComponent[e])] == 1)
            result.bridges.push_back(static_cast<int>(e));
    }
    return result;
}

std::vector<int> coreNumbers(const GraphSnapshot &graph)
{
    const UndirectedGraph g = toBoost(graph);
    std::vector<int> core(static_cast<std::size_t>(graph.vertexCount()), 0);
    if (graph.vertexCount() == 0)
        return core;
    boost::core_numbers(g, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, g)));
    return core;
}

NearestTargets nearestTargets(const GraphSnapshot &graph, const std::vector<char> &isTarget)
{
    NearestTargets result;
    const auto n = static_cast<std::size_t>(graph.vertexCount());
    result.distance.assign(n, -1);
    result.next.assign(n, -1);
    std::vector<std::size_t> sources;
    for (std::size_t v = 0; v < n; ++v) {
        if (v < isTarget.size() && isTarget[v])
            sources.push_back(v);
    }
    if (sources.empty())
        return result;
    const UndirectedGraph g = toBoost(graph);
    std::vector<std::size_t> predecessor(n);
    std::iota(predecessor.begin(), predecessor.end(), std::size_t{0});
    std::vector<int> distance(n, 0);
    std::vector<boost::default_color_type> colour(n, boost::white_color);
    boost::queue<std::size_t> buffer;
    const auto index = boost::get(boost::vertex_index, g);
    boost::breadth_first_search(
        g, sources.begin(), sources.end(), buffer,
        boost::make_bfs_visitor(
            std::make_pair(boost::record_predecessors(boost::make_iterator_property_map(predecessor.begin(), index),
                                                      boost::on_tree_edge()),
                           boost::record_distances(boost::make_iterator_property_map(distance.begin(), index),
                                                   boost::on_tree_edge()))),
        boost::make_iterator_property_map(colour.begin(), index));
    for (std::size_t v = 0; v < n; ++v) {
        if (colour[v] == boost::white_color)
            continue;
        result.distance[v] = distance[v];
        result.next[v] = predecessor[v] == v ? -1 : static_cast<int>(predecessor[v]);
    }
    return result;
}

std::vector<int> NearestTargets::pathFrom(int from) const
{
    std::vector<int> path;
    if (from < 0 || static_cast<std::size_t>(from) >= distance.size() || distance[static_cast<std::size_t>(from)] < 0)
        return path;
    for (int v = from; v >= 0; v = next[static_cast<std::size_t>(v)])
        path.push_back(v);
    return path;
}

} // namespace netzatlas::analysis::Metrics
