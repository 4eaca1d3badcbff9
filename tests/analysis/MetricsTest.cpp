// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Every structure measure on hand-checkable graphs (values worked out on paper, see the comments) and on
// Zachary's karate club (published values: Girvan & Newman 2002; modularity of the Louvain partition).
#include <netzatlas/analysis/StructureMetrics.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace netzatlas;
using namespace netzatlas::analysis;
using Catch::Detail::Approx;

namespace {

struct AllMetrics
{
    Metrics::Degrees degrees;
    double density = 0;
    Metrics::PathMetrics paths;
    std::vector<double> eigenvector;
    Metrics::Components components;
    Metrics::Biconnectivity biconnected;
    Metrics::CutAnalysis cuts;
    std::vector<int> cores;
    Metrics::Clustering clustering;
    std::vector<double> constraint;
    Metrics::Communities communities;
};

AllMetrics computeAll(const GraphSnapshot &g)
{
    AllMetrics m;
    m.degrees = Metrics::degrees(g);
    m.density = Metrics::density(g);
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Exact;
    auto paths = Metrics::pathMetrics(g, options);
    REQUIRE(paths.ok());
    m.paths = *paths;
    m.eigenvector = Metrics::eigenvectorCentrality(g);
    m.components = Metrics::connectedComponents(g);
    m.biconnected = Metrics::biconnectivity(g);
    m.cuts = Metrics::cutAnalysis(g);
    m.cores = Metrics::coreNumbers(g);
    m.clustering = Metrics::clustering(g);
    m.constraint = Metrics::burtConstraint(g);
    m.communities = Metrics::louvain(g);
    return m;
}

template<typename T>
std::vector<double> asDoubles(const std::vector<T> &values)
{
    return std::vector<double>(values.begin(), values.end());
}

void checkValues(const std::vector<double> &actual, const std::vector<double> &expected, double margin = 1e-9)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        INFO("index " << i);
        if (std::isnan(expected[i]))
            CHECK(std::isnan(actual[i]));
        else
            CHECK(actual[i] == Approx(expected[i]).margin(margin));
    }
}

const std::vector<std::pair<int, int>> KarateEdges = {
    {0, 1},   {0, 2},   {0, 3},   {0, 4},   {0, 5},   {0, 6},   {0, 7},   {0, 8},   {0, 10},  {0, 11},
    {0, 12},  {0, 13},  {0, 17},  {0, 19},  {0, 21},  {0, 31},  {1, 2},   {1, 3},   {1, 7},   {1, 13},
    {1, 17},  {1, 19},  {1, 21},  {1, 30},  {2, 3},   {2, 7},   {2, 8},   {2, 9},   {2, 13},  {2, 27},
    {2, 28},  {2, 32},  {3, 7},   {3, 12},  {3, 13},  {4, 6},   {4, 10},  {5, 6},   {5, 10},  {5, 16},
    {6, 16},  {8, 30},  {8, 32},  {8, 33},  {9, 33},  {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33},
    {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29},
    {23, 32}, {23, 33}, {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31},
    {28, 33}, {29, 32}, {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};

} // namespace

TEST_CASE("path of four actors: every measure by hand", "[analysis]")
{
    // 0 - 1 - 2 - 3
    const auto g = GraphSnapshot::fromEdges(4, {{0, 1}, {1, 2}, {2, 3}});
    const AllMetrics m = computeAll(g);
    checkValues(asDoubles(m.degrees.degree), {1, 2, 2, 1});
    checkValues(m.degrees.weightedDegree, {1, 2, 2, 1});
    CHECK(m.density == Approx(0.5));                                          // 3 of 6 pairs
    checkValues(m.paths.betweennessRaw, {0, 2, 2, 0});                        // 1 lies on 0–2 and 0–3
    checkValues(m.paths.betweenness, {0, 2.0 / 3, 2.0 / 3, 0});               // / ((n−1)(n−2)/2) = 3
    checkValues(m.paths.closeness, {11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18}); // (1 + 1/2 + 1/3) / 3
    CHECK(m.paths.diameter == 3);
    CHECK(m.paths.averagePathLength == Approx(10.0 / 6)); // distances 1,2,3,1,2,1
    const double phi = (1 + std::sqrt(5.0)) / 2;
    checkValues(m.eigenvector, {1 / phi, 1, 1, 1 / phi}, 1e-7); // (sin π/5, sin 2π/5, …) scaled
    CHECK(m.components.sizes == std::vector<int>{4});
    CHECK(m.biconnected.componentCount == 3);
    CHECK(m.biconnected.articulationPoints == std::vector<int>{1, 2});
    CHECK(m.biconnected.bridges == std::vector<int>{0, 1, 2});
    CHECK(m.cuts.articulationPoints == std::vector<int>{1, 2});
    CHECK(m.cuts.articulationImpact[0].cutOff == 1); // losing 1 cuts 0 off from 2–3
    CHECK(m.cuts.articulationImpact[0].cutOffVertices == std::vector<int>{0});
    CHECK(m.cuts.bridges == std::vector<int>{0, 1, 2});
    CHECK(m.cuts.bridgeImpact[1].cutOff == 2); // the middle link splits 2 | 2
    CHECK(m.cores == std::vector<int>{1, 1, 1, 1});
    checkValues(m.clustering.local, {0, 0, 0, 0});
    CHECK(m.clustering.transitivity == 0);
    checkValues(m.constraint, {1, 0.5, 0.5, 1}); // ends depend on one contact; inner: 2 · (1/2)²
    CHECK(m.communities.sizes == std::vector<int>{2, 2});
    CHECK(m.communities.modularity == Approx(1.0 / 6)); // 2 · (2/6 − (3/6)²)
    CHECK(m.communities.communityOf[0] == m.communities.communityOf[1]);
}

TEST_CASE("star of five actors: every measure by hand", "[analysis]")
{
    const auto g = GraphSnapshot::fromEdges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    const AllMetrics m = computeAll(g);
    checkValues(asDoubles(m.degrees.degree), {4, 1, 1, 1, 1});
    CHECK(m.density == Approx(0.4));
    checkValues(m.paths.betweennessRaw, {6, 0, 0, 0, 0}); // all 6 leaf pairs pass the centre
    checkValues(m.paths.betweenness, {1, 0, 0, 0, 0});
    checkValues(m.paths.closeness, {1, 0.625, 0.625, 0.625, 0.625}); // leaf: (1 + 3 · 1/2) / 4
    CHECK(m.paths.diameter == 2);
    CHECK(m.paths.averagePathLength == Approx(1.6));           // 4 · 1 + 6 · 2 over 10 pairs
    checkValues(m.eigenvector, {1, 0.5, 0.5, 0.5, 0.5}, 1e-7); // λ = 2
    CHECK(m.components.sizes == std::vector<int>{5});
    CHECK(m.biconnected.articulationPoints == std::vector<int>{0});
    CHECK(m.biconnected.bridges.size() == 4);
    CHECK(m.biconnected.componentCount == 4);
    REQUIRE(m.cuts.articulationPoints == std::vector<int>{0});
    CHECK(m.cuts.articulationImpact[0].cutOff == 3); // one leaf stays "the network", three are cut off
    CHECK(m.cuts.articulationImpact[0].pieces == 4);
    CHECK(m.cores == std::vector<int>{1, 1, 1, 1, 1});
    checkValues(m.clustering.local, {0, 0, 0, 0, 0});
    checkValues(m.constraint, {0.25, 1, 1, 1, 1}); // centre: 4 · (1/4)²
    CHECK(m.communities.sizes == std::vector<int>{5});
    CHECK(m.communities.modularity == Approx(0.0).margin(1e-12));
}

TEST_CASE("two triangles joined by a bridge: every measure by hand", "[analysis]")
{
    // 0,1,2 and 3,4,5 are triangles; 2 – 3 is the bridge (edge index 3 in (u, v) order).
    const auto g = GraphSnapshot::fromEdges(6, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}});
    const AllMetrics m = computeAll(g);
    checkValues(asDoubles(m.degrees.degree), {2, 2, 3, 3, 2, 2});
    CHECK(m.density == Approx(7.0 / 15));
    checkValues(m.paths.betweennessRaw, {0, 0, 6, 6, 0, 0}); // {0,1,2} × {4,5} and {0,1} × {3,4,5}
    checkValues(m.paths.betweenness, {0, 0, 0.6, 0.6, 0, 0});
    checkValues(m.paths.closeness, {19.0 / 30, 19.0 / 30, 0.8, 0.8, 19.0 / 30, 19.0 / 30});
    CHECK(m.paths.diameter == 3);
    CHECK(m.paths.averagePathLength == Approx(27.0 / 15)); // 7 · 1 + 4 · 2 + 4 · 3
    const double r = 1 / std::sqrt(2.0);
    checkValues(m.eigenvector, {r, r, 1, 1, r, r}, 1e-7);
    CHECK(m.components.sizes == std::vector<int>{6});
    CHECK(m.biconnected.componentCount == 3);
    CHECK(m.biconnected.articulationPoints == std::vector<int>{2, 3});
    CHECK(m.biconnected.bridges == std::vector<int>{3});
    CHECK(g.edges()[3].u == 2);
    CHECK(g.edges()[3].v == 3);
    REQUIRE(m.cuts.articulationPoints == std::vector<int>{2, 3});
    CHECK(m.cuts.articulationImpact[0].cutOff == 2); // losing 2 cuts 0 and 1 off
    CHECK(m.cuts.bridges == std::vector<int>{3});
    CHECK(m.cuts.bridgeImpact[0].cutOff == 3);
    CHECK(m.cores == std::vector<int>{2, 2, 2, 2, 2, 2});
    checkValues(m.clustering.local, {1, 1, 1.0 / 3, 1.0 / 3, 1, 1});
    CHECK(m.clustering.averageLocal == Approx(7.0 / 9));
    CHECK(m.clustering.transitivity == Approx(0.6)); // 6 closed of 10 triples
    // 0: (1/2 + 1/2 · 1/3)² + (1/2 + 1/2 · 1/2)²; 2: 2 · (1/3 + 1/3 · 1/2)² + (1/3)²
    checkValues(m.constraint, {1.0069444444, 1.0069444444, 0.6111111111, 0.6111111111, 1.0069444444, 1.0069444444},
                1e-9);
    CHECK(m.communities.sizes == std::vector<int>{3, 3});
    CHECK(m.communities.modularity == Approx(5.0 / 14)); // 2 · (6/14 − (7/14)²)
}

TEST_CASE("disconnected pair: two actors without a link", "[analysis]")
{
    const auto g = GraphSnapshot::fromEdges(2, {});
    const AllMetrics m = computeAll(g);
    checkValues(asDoubles(m.degrees.degree), {0, 0});
    CHECK(m.density == 0);
    checkValues(m.paths.betweenness, {0, 0});
    checkValues(m.paths.closeness, {0, 0});
    CHECK(m.paths.diameter == 0);
    CHECK(m.paths.averagePathLength == 0);
    CHECK(m.paths.connectedPairs == 0);
    checkValues(m.eigenvector, {0, 0});
    CHECK(m.components.sizes == std::vector<int>{1, 1});
    CHECK(m.biconnected.componentCount == 0);
    CHECK(m.biconnected.articulationPoints.empty());
    CHECK(m.cuts.bridges.empty());
    CHECK(m.cores == std::vector<int>{0, 0});
    checkValues(m.constraint, {NAN, NAN});
    CHECK(m.communities.sizes == std::vector<int>{1, 1});
    CHECK(m.communities.modularity == 0);
}

TEST_CASE("disconnected pair of links", "[analysis]")
{
    const auto g = GraphSnapshot::fromEdges(4, {{0, 1}, {2, 3}});
    const AllMetrics m = computeAll(g);
    CHECK(m.density == Approx(1.0 / 3));
    checkValues(m.paths.betweenness, {0, 0, 0, 0});
    checkValues(m.paths.closeness, {1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3}); // one neighbour at distance 1, of 3
    CHECK(m.paths.diameter == 1);
    CHECK(m.paths.averagePathLength == 1);
    CHECK(m.paths.connectedPairs == 4);
    checkValues(m.eigenvector, {1, 1, 1, 1});
    CHECK(m.components.sizes == std::vector<int>{2, 2});
    CHECK(m.components.componentOf == std::vector<int>{0, 0, 1, 1});
    CHECK(m.biconnected.bridges == std::vector<int>{0, 1});
    CHECK(m.biconnected.articulationPoints.empty());
    CHECK(m.cuts.bridges == std::vector<int>{0, 1});
    CHECK(m.cuts.bridgeImpact[0].cutOff == 1);
    CHECK(m.cores == std::vector<int>{1, 1, 1, 1});
    checkValues(m.constraint, {1, 1, 1, 1});
    CHECK(m.communities.sizes == std::vector<int>{2, 2});
    CHECK(m.communities.modularity == Approx(0.5));
}

TEST_CASE("multiplex links collapse with summed intensity", "[analysis]")
{
    // Three links between 0 and 1 (intensities 1, 2, 3), one between 1 and 2, and a self-loop on 2.
    const auto g = GraphSnapshot::fromEdges(3, {{0, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 2}}, {1, 2, 3, 1, 2});
    CHECK(g.links().size() == 5);
    REQUIRE(g.edgeCount() == 2);
    CHECK(g.edges()[0].weight == 6);
    CHECK(g.edges()[0].linkCount == 3);
    CHECK(g.edgeLinkIds(0) == QList<LinkId>{LinkId(1), LinkId(2), LinkId(3)});
    CHECK(g.links()[4].edge == -1);
    const auto d = Metrics::degrees(g);
    CHECK(d.degree == std::vector<int>{1, 2, 1});
    CHECK(d.linkCount == std::vector<int>{3, 4, 1});
    CHECK(d.weightedDegree == std::vector<double>{6, 7, 1});
    CHECK(g.edgeBetween(0, 1) == 0);
    CHECK(g.edgeBetween(0, 2) == -1);
}

TEST_CASE("Zachary karate club: published betweenness and communities", "[analysis]")
{
    const auto g = GraphSnapshot::fromEdges(34, KarateEdges);
    Metrics::PathOptions options;
    options.mode = Metrics::PathMode::Exact;
    auto paths = Metrics::pathMetrics(g, options);
    REQUIRE(paths.ok());
    // Girvan & Newman (2002); normalised as in networkx.
    CHECK(paths->betweennessRaw[0] == Approx(231.0714).margin(1e-4));
    CHECK(paths->betweennessRaw[33] == Approx(160.5516).margin(1e-4));
    CHECK(paths->betweennessRaw[32] == Approx(76.6905).margin(1e-4));
    CHECK(paths->betweennessRaw[2] == Approx(75.8508).margin(1e-4));
    CHECK(paths->betweennessRaw[31] == Approx(73.0095).margin(1e-4));
    CHECK(paths->betweenness[0] == Approx(0.43763528).margin(1e-8));
    CHECK(paths->betweenness[33] == Approx(0.30407498).margin(1e-8));
    CHECK(paths->diameter == 5);
    CHECK(paths->averagePathLength == Approx(2.408199643).margin(1e-9));
    CHECK(paths->closeness[0] == Approx(0.70202).margin(1e-5));

    const auto clustering = Metrics::clustering(g);
    CHECK(clustering.transitivity == Approx(0.2556818182).margin(1e-9));
    CHECK(clustering.averageLocal == Approx(0.5706384782).margin(1e-9));
    const auto cores = Metrics::coreNumbers(g);
    CHECK(*std::max_element(cores.begin(), cores.end()) == 4);
    const auto constraint = Metrics::burtConstraint(g);
    CHECK(constraint[0] == Approx(0.155423).margin(1e-6));
    CHECK(constraint[4] == Approx(0.529417).margin(1e-6));
    const auto eigen = Metrics::eigenvectorCentrality(g);
    CHECK(eigen[33] == Approx(1.0));
    CHECK(eigen[0] == Approx(0.952132).margin(1e-5));

    const auto communities = Metrics::louvain(g);
    // Louvain finds 4 communities with modularity ≈ 0.42 (the optimum is 0.4198); the instructor (0)
    // and the president (33) end up apart.
    CHECK(communities.modularity == Approx(0.4188).margin(0.002));
    CHECK(communities.modularity == Approx(Metrics::modularity(g, communities.communityOf)));
    CHECK(communities.sizes.size() >= 3);
    CHECK(communities.sizes.size() <= 5);
    CHECK(communities.communityOf[0] != communities.communityOf[33]);
    CHECK(communities.communityOf[0] == communities.communityOf[1]);
    CHECK(communities.communityOf[32] == communities.communityOf[33]);
}
