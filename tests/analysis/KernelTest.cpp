// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The hand-written CSR kernels against Boost.Graph on random graphs.
#include <netzatlas/analysis/StructureMetrics.h>

#include "TestSupport.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace netzatlas;
using namespace netzatlas::analysis;
using Catch::Detail::Approx;

namespace {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// A random graph with local structure: a few dense clusters, random long links, a tail of leaves and
/// some isolated vertices; parallel links and loops included (the snapshot collapses them).
std::vector<std::pair<int, int>> randomEdges(int n, int m, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<std::pair<int, int>> edges;
    const int isolated = n / 20;
    const int active = n - isolated;
    for (int i = 0; i < m; ++i) {
        const int a = static_cast<int>(random() % static_cast<std::uint64_t>(active));
        int b;
        if (random() % 4 == 0)
            b = static_cast<int>(random() % static_cast<std::uint64_t>(active));
        else
            b = std::clamp(a + static_cast<int>(random() % 21) - 10, 0, active - 1);
        edges.emplace_back(a, b);
    }
    return edges;
}

BoostGraph toBoost(const GraphSnapshot &g)
{
    BoostGraph b(static_cast<std::size_t>(g.vertexCount()));
    for (const SnapshotEdge &e : g.edges())
        boost::add_edge(static_cast<std::size_t>(e.u), static_cast<std::size_t>(e.v), b);
    return b;
}

std::vector<double> boostBetweenness(const GraphSnapshot &g)
{
    const BoostGraph b = toBoost(g);
    std::vector<double> centrality(static_cast<std::size_t>(g.vertexCount()), 0.0);
    boost::brandes_betweenness_centrality(b, boost::centrality_map(boost::make_iterator_property_map(
                                                 centrality.begin(), boost::get(boost::vertex_index, b))));
    return centrality;
}

std::vector<double> boostHarmonic(const GraphSnapshot &g)
{
    const BoostGraph b = toBoost(g);
    const auto n = static_cast<std::size_t>(g.vertexCount());
    std::vector<double> harmonic(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<int> distance(n, 0);
        std::vector<boost::default_color_type> colour(n, boost::white_color);
        boost::breadth_first_search(
            b, s,
            boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                               boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, b)),
                               boost::on_tree_edge())))
                .color_map(boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, b))));
        for (std::size_t t = 0; t < n; ++t) {
            if (t != s && colour[t] != boost::white_color)
                harmonic[s] += 1.0 / distance[t];
        }
    }
    return harmonic;
}

} // namespace

TEST_CASE("CSR Brandes equals Boost.Graph's brandes_betweenness_centrality on random graphs", "[analysis][kernel]")
{
    for (const auto &[n, m, seed] : {std::tuple{50, 80, 1ull}, std::tuple{300, 900, 2ull}, std::tuple{800, 1600, 3ull},
                                     std::tuple{400, 4000, 4ull}}) {
        INFO("n=" << n << " m=" << m);
        const auto g = GraphSnapshot::fromEdges(n, randomEdges(n, m, seed));
        const std::vector<double> expected = boostBetweenness(g);
        for (const auto &[threads, portable] :
             {std::pair{1u, false}, std::pair{2u, false}, std::pair{3u, false}, std::pair{2u, true}}) {
            INFO("threads " << threads << (portable ? ", portable kernel" : ""));
            Metrics::PathOptions options;
            options.mode = Metrics::PathMode::Exact;
            options.threads = threads;
            options.portableKernel = portable;
            auto result = Metrics::pathMetrics(g, options);
            REQUIRE(result.ok());
            if (portable)
                CHECK_FALSE(result->avx2Kernel);
            for (int v = 0; v < n; ++v) {
                // Boost halves the sums on undirected graphs, as we do: each unordered pair counts once.
                INFO("vertex " << v);
                REQUIRE(result->betweennessRaw[static_cast<std::size_t>(v)] ==
                        Approx(expected[static_cast<std::size_t>(v)]).margin(1e-7).epsilon(1e-9));
            }
        }
    }
}

TEST_CASE("the wide (32-bit) kernel agrees with Boost.Graph too", "[analysis][kernel]")
{
    // Above 32,766 actors the kernel switches to 32-bit indices and levels: a sparse graph with many
    // components keeps Boost's reference run short.
    const int n = 33000;
    std::vector<std::pair<int, int>> edges;
    for (int v = 0; v + 1 < n; ++v) {
        if (v % 40 != 39)
            edges.emplace_back(v, v + 1 + (v % 3 == 0 && v + 3 < n && (v + 3) % 40 > v % 40 ? 2 : 0));
    }
    const auto g = GraphSnapshot::fromEdges(n, edges);
    const std::vector<double> expected = boostBetweenness(g);
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Exact;
    auto result = Metrics::pathMetrics(g, options);
    REQUIRE(result.ok());
    for (std::size_t v = 0; v < static_cast<std::size_t>(n); ++v)
        REQUIRE(result->betweennessRaw[v] == Approx(expected[v]).margin(1e-7));
}

TEST_CASE("path counts beyond 32 bits (a chain of 40 diamonds) give Boost.Graph's betweenness", "[analysis][kernel]")
{
    // Hub h_i joins h_{i+1} through two middle actors, so the hubs at both ends have 2^40 shortest paths
    // between them: more than 32-bit path counts hold (the kernel counts in double precision).
    const int diamonds = 40;
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i < diamonds; ++i) {
        const int hub = 3 * i;
        const int next = 3 * (i + 1);
        edges.emplace_back(hub, hub + 1);
        edges.emplace_back(hub, hub + 2);
        edges.emplace_back(hub + 1, next);
        edges.emplace_back(hub + 2, next);
    }
    edges.emplace_back(0, 3 * diamonds + 1); // a leaf at each end, folded into its hub's search
    edges.emplace_back(3 * diamonds, 3 * diamonds + 2);
    const int n = 3 * diamonds + 3;
    const auto g = GraphSnapshot::fromEdges(n, edges);
    const std::vector<double> expected = boostBetweenness(g);
    for (const auto &[threads, portable] : {std::pair{1u, false}, std::pair{2u, false}, std::pair{1u, true}}) {
        Metrics::PathOptions options;
        options.mode = Metrics::PathMode::Exact;
        options.threads = threads;
        options.portableKernel = portable;
        auto result = Metrics::pathMetrics(g, options);
        REQUIRE(result.ok());
        for (std::size_t v = 0; v < static_cast<std::size_t>(n); ++v) {
            INFO("vertex " << v);
            REQUIRE(result->betweennessRaw[v] == Approx(expected[v]).epsilon(1e-9));
        }
    }
}

TEST_CASE("a long path (more levels than a batch has lanes or a byte counts) gives Boost.Graph's values",
          "[analysis][kernel]")
{
    // 700 actors in a row, plus a triangle: a search reaches up to 699 levels, and batches of 8 sources
    // mix both components.
    const int n = 703;
    std::vector<std::pair<int, int>> edges;
    for (int v = 0; v + 1 < 700; ++v)
        edges.emplace_back(v, v + 1);
    edges.emplace_back(700, 701);
    edges.emplace_back(701, 702);
    edges.emplace_back(702, 700);
    const auto g = GraphSnapshot::fromEdges(n, edges);
    const std::vector<double> expected = boostBetweenness(g);
    const std::vector<double> harmonic = boostHarmonic(g);
    for (const bool portable : {false, true}) {
        Metrics::PathOptions options;
        options.mode = Metrics::PathMode::Exact;
        options.portableKernel = portable;
        auto result = Metrics::pathMetrics(g, options);
        REQUIRE(result.ok());
        for (std::size_t v = 0; v < static_cast<std::size_t>(n); ++v) {
            INFO("vertex " << v);
            REQUIRE(result->betweennessRaw[v] == Approx(expected[v]).margin(1e-7));
            REQUIRE(result->closeness[v] * (n - 1) == Approx(harmonic[v]).margin(1e-9));
        }
        CHECK(result->diameter == 699);
        // Mean over connected ordered pairs: Σ_{d=1}^{699} 2·(700 − d)·d / (700·699 + 3·2) in the path, plus
        // the triangle's 6 pairs at distance 1.
        double sum = 6.0;
        for (int d = 1; d < 700; ++d)
            sum += 2.0 * (700 - d) * d;
        CHECK(result->averagePathLength == Approx(sum / (700.0 * 699.0 + 6.0)).epsilon(1e-12));
    }
}

TEST_CASE("the portable and the AVX2 build of the kernel give the same numbers, bit for bit", "[analysis][kernel]")
{
    // Without AVX2 on this processor both runs take the portable build and the test compares it with itself.
    const int n = 2000;
    const auto g = GraphSnapshot::fromEdges(n, randomEdges(n, 6000, 31));
    for (const auto mode : {Metrics::PathMode::Exact, Metrics::PathMode::Sampled}) {
        Metrics::PathOptions options;
        options.mode = mode;
        options.samples = 300;
        options.threads = 1; // the same order of summation in both runs
        auto fast = Metrics::pathMetrics(g, options);
        options.portableKernel = true;
        auto portable = Metrics::pathMetrics(g, options);
        REQUIRE(fast.ok());
        REQUIRE(portable.ok());
        CHECK_FALSE(portable->avx2Kernel);
        CHECK(fast->betweenness == portable->betweenness);
        CHECK(fast->betweennessError == portable->betweennessError);
        CHECK(fast->closeness == portable->closeness);
        CHECK(fast->averagePathLength == portable->averagePathLength);
        CHECK(fast->diameter == portable->diameter);
    }
}

TEST_CASE("harmonic closeness and distances equal Boost.Graph breadth-first searches", "[analysis][kernel]")
{
    const int n = 400;
    const auto g = GraphSnapshot::fromEdges(n, randomEdges(n, 700, 7));
    const std::vector<double> harmonic = boostHarmonic(g);
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Exact;
    auto result = Metrics::pathMetrics(g, options);
    REQUIRE(result.ok());
    for (std::size_t v = 0; v < static_cast<std::size_t>(n); ++v)
        REQUIRE(result->closeness[v] * (n - 1) == Approx(harmonic[v]).margin(1e-9));
}

TEST_CASE("sampled betweenness stays within its stated error bounds", "[analysis][kernel]")
{
    const int n = 2000;
    const auto g = GraphSnapshot::fromEdges(n, randomEdges(n, 6000, 11));
    Metrics::PathOptions exactOptions;
    exactOptions.mode = Metrics::PathMode::Exact;
    auto exact = Metrics::pathMetrics(g, exactOptions);
    REQUIRE(exact.ok());
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Sampled;
    options.samples = 400;
    auto sampled = Metrics::pathMetrics(g, options);
    REQUIRE(sampled.ok());
    CHECK_FALSE(sampled->exact);
    CHECK(sampled->confidence == Approx(0.95));
    CHECK(sampled->uniformBetweennessError > 0);
    int outside = 0;
    int outsideCloseness = 0;
    for (std::size_t v = 0; v < static_cast<std::size_t>(n); ++v) {
        const double error = std::abs(sampled->betweenness[v] - exact->betweenness[v]);
        CHECK(error <= sampled->uniformBetweennessError);
        if (error > sampled->betweennessError[v])
            ++outside;
        if (std::abs(sampled->closeness[v] - exact->closeness[v]) > sampled->closenessError[v])
            ++outsideCloseness;
    }
    // Per-actor bounds hold with probability 0.95 each: far fewer than 5 % may miss.
    CHECK(outside <= n / 20);
    CHECK(outsideCloseness <= n / 20);
    // The diameter search (iFUB within a budget) brackets the diameter of the full sweep.
    INFO("diameter " << sampled->diameter << " … " << sampled->diameterUpperBound << ", exact " << exact->diameter);
    CHECK(sampled->diameter <= exact->diameter);
    CHECK(exact->diameter <= sampled->diameterUpperBound);
    if (sampled->diameterExact)
        CHECK(sampled->diameter == exact->diameter);
    CHECK(sampled->averagePathLength == Approx(exact->averagePathLength).epsilon(0.05));
}

TEST_CASE("articulation points and bridges of the cut analysis equal Boost.Graph's", "[analysis][kernel]")
{
    for (const std::uint64_t seed : {21ull, 22ull, 23ull, 24ull}) {
        const int n = 500;
        const auto g = GraphSnapshot::fromEdges(n, randomEdges(n, 650, seed));
        const auto boostResult = Metrics::biconnectivity(g);
        const auto cuts = Metrics::cutAnalysis(g);
        CHECK(cuts.articulationPoints == boostResult.articulationPoints);
        CHECK(cuts.bridges == boostResult.bridges);
        // The cut-off counts agree with removing the actor and recounting components.
        const auto components = Metrics::connectedComponents(g);
        for (std::size_t i = 0; i < std::min<std::size_t>(cuts.articulationPoints.size(), 10); ++i) {
            const int removed = cuts.articulationPoints[i];
            std::vector<std::pair<int, int>> rest;
            for (const SnapshotEdge &e : g.edges()) {
                if (e.u != removed && e.v != removed)
                    rest.emplace_back(e.u, e.v);
            }
            const auto after = Metrics::connectedComponents(GraphSnapshot::fromEdges(n, rest));
            const int component = components.componentOf[static_cast<std::size_t>(removed)];
            std::map<int, int> pieces;
            for (int v = 0; v < n; ++v) {
                if (v != removed && components.componentOf[static_cast<std::size_t>(v)] == component)
                    ++pieces[after.componentOf[static_cast<std::size_t>(v)]];
            }
            int largest = 0;
            int total = 0;
            for (const auto &[piece, size] : pieces) {
                largest = std::max(largest, size);
                total += size;
            }
            CHECK(cuts.articulationImpact[i].pieces == static_cast<int>(pieces.size()));
            CHECK(cuts.articulationImpact[i].cutOff == total - largest);
        }
    }
}

TEST_CASE("Louvain finds planted communities and reports their modularity", "[analysis][kernel]")
{
    // 8 cliques of 10 actors, each joined to the next by one link.
    std::vector<std::pair<int, int>> edges;
    for (int c = 0; c < 8; ++c) {
        for (int i = 0; i < 10; ++i) {
            for (int j = i + 1; j < 10; ++j)
                edges.emplace_back(c * 10 + i, c * 10 + j);
        }
        edges.emplace_back(c * 10, ((c + 1) % 8) * 10 + 5);
    }
    const auto g = GraphSnapshot::fromEdges(80, edges);
    const auto communities = Metrics::louvain(g, 5);
    REQUIRE(communities.sizes == std::vector<int>(8, 10));
    for (int v = 0; v < 80; ++v)
        CHECK(communities.communityOf[static_cast<std::size_t>(v)] ==
              communities.communityOf[static_cast<std::size_t>(v / 10 * 10)]);
    CHECK(communities.modularity == Approx(Metrics::modularity(g, communities.communityOf)));
    // Same seed, same result.
    CHECK(Metrics::louvain(g, 5).communityOf == communities.communityOf);
    // On random graphs the result is a valid partition whose reported modularity is recomputable.
    const auto r = GraphSnapshot::fromEdges(1000, randomEdges(1000, 3000, 9));
    const auto rc = Metrics::louvain(r);
    CHECK(rc.modularity == Approx(Metrics::modularity(r, rc.communityOf)));
    CHECK(rc.modularity > 0.5);
}

TEST_CASE("path metrics can be cancelled and report progress", "[analysis][kernel]")
{
    const auto g = GraphSnapshot::fromEdges(3000, randomEdges(3000, 9000, 13));
    std::atomic<bool> cancel{false};
    int reports = 0;
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&](double fraction, const QString &step) {
        CHECK(fraction >= 0);
        CHECK(fraction <= 1);
        CHECK_FALSE(step.isEmpty());
        if (++reports == 2)
            cancel = true;
    };
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Exact;
    options.threads = 2;
    auto result = Metrics::pathMetrics(g, options, control);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("abgebrochen")));
    CHECK(reports >= 2);
}

TEST_CASE("nearest targets give shortest paths", "[analysis][kernel]")
{
    // 0 - 1 - 2 - 3 and 4 - 5; targets 3 and 5.
    const auto g = GraphSnapshot::fromEdges(6, {{0, 1}, {1, 2}, {2, 3}, {4, 5}});
    const auto nearest = Metrics::nearestTargets(g, {0, 0, 0, 1, 0, 1});
    CHECK(nearest.distance == std::vector<int>{3, 2, 1, 0, 1, 0});
    CHECK(nearest.pathFrom(0) == std::vector<int>{0, 1, 2, 3});
    CHECK(nearest.pathFrom(4) == std::vector<int>{4, 5});
    const auto none = Metrics::nearestTargets(g, {0, 0, 0, 0, 0, 0});
    CHECK(none.pathFrom(0).empty());
}

TEST_CASE("sampled mode finds the exact diameter of a long path", "[analysis][kernel]")
{
    const int n = 5000;
    std::vector<std::pair<int, int>> edges;
    for (int v = 0; v + 1 < n; ++v)
        edges.emplace_back(v, v + 1);
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Sampled;
    options.samples = 50;
    auto result = Metrics::pathMetrics(GraphSnapshot::fromEdges(n, edges), options);
    REQUIRE(result.ok());
    CHECK(result->diameterExact);
    CHECK(result->diameter == n - 1);
}
