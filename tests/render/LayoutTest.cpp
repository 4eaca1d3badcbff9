// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LayoutGraphBuilder.h"
#include "TestSupport.h"

#include <netzatlas/render/Layout.h>

#include "../../src/render/LayoutSupport.h" // detail::expandToFit, a private step of the force layout

#include <catch2/catch.hpp>

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

using namespace netzatlas;
using namespace netzatlas::render;
using namespace netzatlas::test;

namespace {

const std::vector<LayoutKind> allKinds = {LayoutKind::ForceDirected, LayoutKind::GroupedByTerritory,
                                          LayoutKind::BildungsketteLanes, LayoutKind::ConcentricRings};

LayoutGraph demoGraph()
{
    static LayoutGraph graph;
    if (graph.nodes.empty()) {
        TempDir dir;
        auto registry = createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
        graph = layoutGraphFromRegistry(*registry);
        REQUIRE(graph.nodes.size() > 50);
        REQUIRE(graph.edges.size() > 50);
    }
    return graph;
}

/// Index of the node with the most links (a good centre for the rings).
int busiestNode(const LayoutGraph &graph)
{
    std::vector<int> degree(graph.nodes.size(), 0);
    for (const LayoutEdge &e : graph.edges) {
        ++degree[static_cast<std::size_t>(e.source)];
        ++degree[static_cast<std::size_t>(e.target)];
    }
    return static_cast<int>(std::max_element(degree.begin(), degree.end()) - degree.begin());
}

LayoutOptions optionsFor(LayoutKind kind, const LayoutGraph &graph)
{
    LayoutOptions options;
    options.kind = kind;
    options.seed = 7;
    if (kind == LayoutKind::ConcentricRings)
        options.centerNode = busiestNode(graph);
    return options;
}

LayoutResult layout(const LayoutGraph &graph, const LayoutOptions &options)
{
    auto result = computeLayout(graph, options);
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    REQUIRE(result->positions.size() == graph.nodes.size());
    for (const QPointF &p : result->positions) {
        REQUIRE(std::isfinite(p.x()));
        REQUIRE(std::isfinite(p.y()));
    }
    return std::move(result).value();
}

/// The same graph with nodes in another order (edges renumbered and shuffled too).
LayoutGraph shuffled(const LayoutGraph &graph, unsigned seed)
{
    std::vector<int> order(graph.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> newIndex(order.size());
    LayoutGraph out;
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        out.nodes.push_back(graph.nodes[static_cast<std::size_t>(order[i])]);
    }
    for (const LayoutEdge &e : graph.edges)
        out.edges.push_back(LayoutEdge{newIndex[static_cast<std::size_t>(e.target)],
                                       newIndex[static_cast<std::size_t>(e.source)], e.weight});
    std::shuffle(out.edges.begin(), out.edges.end(), rng);
    return out;
}

QHash<QString, QPointF> byKey(const LayoutGraph &graph, const LayoutResult &result)
{
    QHash<QString, QPointF> map;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        map.insert(graph.nodes[i].key, result.positions[i]);
    return map;
}

/// A random graph of n nodes with labels, made of communities, some isolated nodes.
LayoutGraph randomGraph(int n, int m, unsigned seed)
{
    LayoutGraph graph;
    std::mt19937 rng(seed);
    for (int i = 0; i < n; ++i) {
        LayoutNode node;
        node.key = QStringLiteral("A%1").arg(i, 6, 10, QLatin1Char('0'));
        node.labelSize = QSizeF(30 + static_cast<double>(rng() % 90), 14);
        graph.nodes.push_back(node);
    }
    // Communities of 50 (19 links in 20 inside), 5 % isolated actors: structure a layout can show.
    const int connected = n - n / 20;
    for (int e = 0; e < m; ++e) {
        const int a = static_cast<int>(rng() % static_cast<unsigned>(connected));
        const int b = rng() % 20 < 19 ? std::min(connected - 1, (a / 50) * 50 + static_cast<int>(rng() % 50))
                                      : static_cast<int>(rng() % static_cast<unsigned>(connected));
        if (a != b)
            graph.edges.push_back(LayoutEdge{a, b, 1.0 + static_cast<double>(rng() % 3)});
    }
    return graph;
}

bool inside(const QRectF &outer, const QRectF &inner)
{
    constexpr double eps = 1e-6;
    return inner.left() >= outer.left() - eps && inner.right() <= outer.right() + eps &&
           inner.top() >= outer.top() - eps && inner.bottom() <= outer.bottom() + eps;
}

/// Shape and label of a node (the label below it, or beside it in the cell layouts).
QRectF footprint(const LayoutNode &node, QPointF p, LayoutKind kind = LayoutKind::ForceDirected)
{
    QRectF r = layoutNodeRect(node, p);
    const QRectF label = labelsBeside(kind) ? layoutCellLabelRect(node, p) : layoutLabelRect(node, p);
    return label.isEmpty() ? r : r.united(label);
}

} // namespace

TEST_CASE("Layout kinds have stable names for views and the command line")
{
    for (LayoutKind kind : allKinds) {
        const QString name = layoutKindName(kind);
        REQUIRE_FALSE(name.isEmpty());
        REQUIRE(layoutKindFromName(name) == kind);
        REQUIRE(layoutKindFromName(name.toUpper()) == kind);
    }
    CHECK(layoutKindName(LayoutKind::GroupedByTerritory) == QStringLiteral("gebiete"));
    CHECK_FALSE(layoutKindFromName(QStringLiteral("kreise")).has_value());
}

TEST_CASE("Every layout is deterministic for a seed and independent of the input order")
{
    const LayoutGraph graph = demoGraph();
    for (LayoutKind kind : allKinds) {
        INFO("Layout " << layoutKindName(kind));
        const LayoutOptions options = optionsFor(kind, graph);
        const LayoutResult first = layout(graph, options);
        const LayoutResult second = layout(graph, options);
        REQUIRE(first.positions == second.positions);

        const LayoutGraph other = shuffled(graph, 99);
        LayoutOptions otherOptions = options;
        if (kind == LayoutKind::ConcentricRings) {
            const QString centreKey = graph.nodes[static_cast<std::size_t>(options.centerNode)].key;
            for (std::size_t i = 0; i < other.nodes.size(); ++i)
                if (other.nodes[i].key == centreKey)
                    otherOptions.centerNode = static_cast<int>(i);
        }
        const LayoutResult third = layout(other, otherOptions);
        const auto a = byKey(graph, first);
        const auto b = byKey(other, third);
        int differing = 0;
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            if (b.value(it.key()) != it.value())
                ++differing;
        CHECK(differing == 0);
        REQUIRE(first.groups.size() == third.groups.size());
        for (std::size_t g = 0; g < first.groups.size(); ++g) {
            CHECK(first.groups[g].key == third.groups[g].key);
            CHECK(first.groups[g].rect == third.groups[g].rect);
        }
    }
}

TEST_CASE("Another seed gives another force-directed picture")
{
    const LayoutGraph graph = demoGraph();
    LayoutOptions options;
    options.seed = 1;
    const LayoutResult a = layout(graph, options);
    options.seed = 2;
    const LayoutResult b = layout(graph, options);
    CHECK(a.positions != b.positions);
}

TEST_CASE("Pinned nodes keep their exact position in every layout")
{
    LayoutGraph graph = demoGraph();
    const std::vector<std::pair<int, QPointF>> pins = {{0, {-500.25, 120.5}}, {7, {300, 300}}, {20, {0, -800}}};
    for (const auto &[index, p] : pins) {
        graph.nodes[static_cast<std::size_t>(index)].pinned = true;
        graph.nodes[static_cast<std::size_t>(index)].position = p;
    }
    for (LayoutKind kind : allKinds) {
        INFO("Layout " << layoutKindName(kind));
        const LayoutResult result = layout(graph, optionsFor(kind, graph));
        for (const auto &[index, p] : pins)
            CHECK(result.positions[static_cast<std::size_t>(index)] == p);
        CHECK(countOverlaps(graph, result, false, kind) == 0);
    }
    // Incremental: start from the positions of a previous run, pins stay.
    LayoutOptions options;
    options.useStartPositions = true;
    const LayoutResult before = layout(graph, LayoutOptions{});
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (!graph.nodes[i].pinned)
            graph.nodes[i].position = before.positions[i];
    const LayoutResult after = layout(graph, options);
    for (const auto &[index, p] : pins)
        CHECK(after.positions[static_cast<std::size_t>(index)] == p);
    CHECK(countOverlaps(graph, after, false) == 0);
}

TEST_CASE("No node or label overlaps another in any layout of the demo registry")
{
    const LayoutGraph graph = demoGraph();
    for (LayoutKind kind : allKinds) {
        INFO("Layout " << layoutKindName(kind));
        const LayoutResult result = layout(graph, optionsFor(kind, graph));
        CHECK(countOverlaps(graph, result, true, kind) == 0);
        for (std::size_t i = 0; i < graph.nodes.size(); ++i)
            CHECK(inside(result.bounds, footprint(graph.nodes[i], result.positions[i], kind)));
        for (const LayoutGroup &g : result.groups) {
            CHECK(inside(result.bounds, g.rect));
            CHECK_FALSE(g.label.isEmpty());
        }
    }
}

TEST_CASE("Force-directed layout of a larger generated network has no overlaps")
{
    const LayoutGraph graph = randomGraph(3000, 9000, 5);
    const LayoutResult result = layout(graph, LayoutOptions{});
    CHECK(countOverlaps(graph, result, false) == 0);
    // Linked nodes end up nearer to each other than random pairs.
    double linked = 0, random = 0;
    std::mt19937 rng(3);
    for (const LayoutEdge &e : graph.edges) {
        linked += QLineF(result.positions[e.source], result.positions[e.target]).length();
        random += QLineF(result.positions[rng() % 2850], result.positions[rng() % 2850]).length();
    }
    CHECK(linked < random / 3);
}

TEST_CASE("A layout far denser than its labels is scaled up uniformly before overlaps are removed")
{
    // 2,000 footprints of 60 × 20 crammed into a 300 × 300 square: nearly all overlap. The step must find
    // a factor at which at most n / 50 pairs overlap, keep the relative picture (a uniform scale about the
    // centroid) and leave a sparse layout alone.
    using namespace netzatlas::render::detail;
    const int n = 2000;
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> coordinate(0.0, 300.0);
    std::vector<Vec> positions(n);
    for (Vec &p : positions)
        p = Vec{coordinate(random), coordinate(random)};
    const std::vector<Footprint> footprints(n, Footprint{-30, -10, 30, 10});
    auto overlaps = [&](const std::vector<Vec> &pos) {
        int count = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                count += std::abs(pos[i].x - pos[j].x) < 60 && std::abs(pos[i].y - pos[j].y) < 20;
        return count;
    };
    REQUIRE(overlaps(positions) > n);
    const std::vector<Vec> before = positions;
    const double factor = expandToFit(positions, footprints);
    CHECK(factor > 4.0);
    CHECK(overlaps(positions) <= n / 50);
    // Uniform: every vector between two nodes grows by the same factor.
    for (int i = 1; i < n; i += 97) {
        CHECK(positions[i].x - positions[0].x == Approx((before[i].x - before[0].x) * factor));
        CHECK(positions[i].y - positions[0].y == Approx((before[i].y - before[0].y) * factor));
    }
    // Bisection: at half the way from 1 the tolerance is not yet met.
    std::vector<Vec> half = before;
    for (Vec &p : half)
        p = Vec{p.x * (factor * 0.9), p.y * (factor * 0.9)};
    CHECK(overlaps(half) > n / 50);
    // Already sparse: untouched.
    std::vector<Vec> sparse(n);
    for (int i = 0; i < n; ++i)
        sparse[i] = Vec{(i % 50) * 100.0, (i / 50) * 40.0};
    const std::vector<Vec> sparseBefore = sparse;
    CHECK(expandToFit(sparse, footprints) == 1.0);
    CHECK(sparse[1234].x == sparseBefore[1234].x);
}

TEST_CASE("Grouped layout puts every actor inside its Verbandsgemeinde box inside its Kreis box")
{
    const LayoutGraph graph = demoGraph();
    LayoutOptions options = optionsFor(LayoutKind::GroupedByTerritory, graph);
    const LayoutResult result = layout(graph, options);
    std::map<QString, const LayoutGroup *> boxes;
    for (const LayoutGroup &g : result.groups) {
        CHECK(g.shape == LayoutGroup::Shape::Box);
        CHECK_FALSE(g.label.isEmpty());
        CHECK(inside(g.rect, g.labelRect));
        boxes[QString::number(g.level) + g.key] = &g;
    }
    int unknown = 0;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const LayoutNode &node = graph.nodes[i];
        const QRectF f = footprint(node, result.positions[i], LayoutKind::GroupedByTerritory);
        if (node.territoryPath.size() < 2) {
            ++unknown;
            REQUIRE(boxes.count(QStringLiteral("1")));
            CHECK(boxes[QStringLiteral("1")]->label == QStringLiteral("ohne Gebietszuordnung"));
            CHECK(inside(boxes[QStringLiteral("1")]->rect, f));
            continue;
        }
        const QString kreis = node.territoryPath[1];
        REQUIRE(boxes.count(QStringLiteral("1") + kreis));
        CHECK(inside(boxes[QStringLiteral("1") + kreis]->rect, f));
        CHECK(boxes[QStringLiteral("1") + kreis]->label == node.territoryNames[1]);
        if (node.territoryPath.size() >= 3 && node.territoryPath[2] != kreis) {
            const QString vg = QStringLiteral("2") + node.territoryPath[2];
            REQUIRE(boxes.count(vg));
            CHECK(inside(boxes[vg]->rect, f));
            CHECK(boxes[vg]->label == node.territoryNames[2]);
            CHECK_FALSE(f.intersects(boxes[vg]->labelRect));
        }
    }
    // Boxes of one level never overlap; each VG box lies inside a Kreis box.
    for (const LayoutGroup &a : result.groups)
        for (const LayoutGroup &b : result.groups) {
            if (&a == &b || a.level != b.level)
                continue;
            CHECK_FALSE(a.rect.intersects(b.rect));
        }
    for (const LayoutGroup &g : result.groups)
        if (g.level == 2) {
            bool contained = false;
            for (const LayoutGroup &k : result.groups)
                contained = contained || (k.level == 1 && inside(k.rect, g.rect));
            CHECK(contained);
        }
    CHECK(countOverlaps(graph, result, true, LayoutKind::GroupedByTerritory) == 0);

    // Level 1: Kreis boxes only.
    options.groupLevel = 1;
    const LayoutResult kreise = layout(graph, options);
    for (const LayoutGroup &g : kreise.groups)
        CHECK(g.level == 1);
    CHECK(kreise.groups.size() < result.groups.size());
    CHECK(countOverlaps(graph, kreise, true, LayoutKind::GroupedByTerritory) == 0);
    for (const LayoutGroup &a : kreise.groups)
        for (const LayoutGroup &b : kreise.groups)
            CHECK((&a == &b || !a.rect.intersects(b.rect)));
}

TEST_CASE("Grouped layout collects actors without a territory in their own box")
{
    LayoutGraph graph;
    for (int i = 0; i < 6; ++i) {
        LayoutNode node;
        node.key = QStringLiteral("n%1").arg(i);
        node.labelSize = QSizeF(60, 14);
        if (i < 4) {
            node.territoryPath = {QStringLiteral("07"), QStringLiteral("07133"),
                                  i < 2 ? QStringLiteral("071335006") : QStringLiteral("071335011")};
            node.territoryNames = {QStringLiteral("Rheinland-Pfalz"), QStringLiteral("Bad Kreuznach"),
                                   i < 2 ? QStringLiteral("Rüdesheim") : QStringLiteral("Langenlonsheim-Stromberg")};
        }
        graph.nodes.push_back(node);
    }
    graph.edges = {{0, 1, 1}, {1, 2, 1}, {3, 4, 1}};
    LayoutOptions options;
    options.kind = LayoutKind::GroupedByTerritory;
    const LayoutResult result = layout(graph, options);
    QStringList labels;
    for (const LayoutGroup &g : result.groups)
        labels << g.label;
    CHECK(labels.contains(QStringLiteral("ohne Gebietszuordnung")));
    CHECK(labels.contains(QStringLiteral("Bad Kreuznach")));
    CHECK(labels.contains(QStringLiteral("Rüdesheim")));
    CHECK(labels.contains(QStringLiteral("Langenlonsheim-Stromberg")));
    for (const LayoutGroup &g : result.groups)
        if (g.label == u"ohne Gebietszuordnung") {
            CHECK(inside(g.rect, footprint(graph.nodes[4], result.positions[4], LayoutKind::GroupedByTerritory)));
            CHECK(inside(g.rect, footprint(graph.nodes[5], result.positions[5], LayoutKind::GroupedByTerritory)));
        }
}

namespace {

/// Crossings between links of neighbouring lanes in a lane layout.
int laneCrossings(const LayoutGraph &graph, const LayoutResult &result)
{
    int crossings = 0;
    for (std::size_t i = 0; i < graph.edges.size(); ++i)
        for (std::size_t j = i + 1; j < graph.edges.size(); ++j) {
            const auto &a = graph.edges[i];
            const auto &b = graph.edges[j];
            auto ordered = [&](const LayoutEdge &e) {
                QPointF p = result.positions[e.source], q = result.positions[e.target];
                return p.x() < q.x() ? std::pair{p, q} : std::pair{q, p};
            };
            const auto [a0, a1] = ordered(a);
            const auto [b0, b1] = ordered(b);
            if (std::abs(a0.x() - b0.x()) > 1e-6 || std::abs(a1.x() - b1.x()) > 1e-6)
                continue; // only links between the same two lanes
            if ((a0.y() - b0.y()) * (a1.y() - b1.y()) < 0)
                ++crossings;
        }
    return crossings;
}

} // namespace

TEST_CASE("Bildungskette lanes hold their actors, partners sit below, sweeps remove crossings")
{
    const LayoutGraph graph = demoGraph();
    const LayoutResult result = layout(graph, optionsFor(LayoutKind::BildungsketteLanes, graph));
    const QStringList expected = {QStringLiteral("Kita (1+)"), QStringLiteral("Grundschule (6+)"),
                                  QStringLiteral("weiterführende Schule (10+)"), QStringLiteral("BBS/Ausbildung (16+)"),
                                  QStringLiteral("Studium/Weiterbildung (18+)")};
    std::vector<const LayoutGroup *> lanes;
    const LayoutGroup *band = nullptr;
    for (const LayoutGroup &g : result.groups) {
        if (g.shape == LayoutGroup::Shape::Lane)
            lanes.push_back(&g);
        else
            band = &g;
    }
    REQUIRE(lanes.size() == 5);
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        CHECK(lanes[l]->label == expected[static_cast<int>(l)]);
        if (l > 0)
            CHECK(lanes[l]->rect.left() >= lanes[l - 1]->rect.right());
    }
    REQUIRE(band != nullptr);
    int partners = 0;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const QRectF f = footprint(graph.nodes[i], result.positions[i], LayoutKind::BildungsketteLanes);
        const int stage = static_cast<int>(graph.nodes[i].stage);
        if (graph.nodes[i].stage == ChainStage::Partner) {
            ++partners;
            CHECK(inside(band->rect, f));
            CHECK(f.top() > lanes[0]->rect.bottom());
        } else {
            CHECK(inside(lanes[static_cast<std::size_t>(stage)]->rect, f));
            CHECK_FALSE(f.intersects(lanes[static_cast<std::size_t>(stage)]->labelRect));
        }
    }
    CHECK(partners > 0);

    // A chain whose key order crosses everywhere: Kita k0…k3 linked to Grundschulen g3…g0.
    LayoutGraph chain;
    for (int i = 0; i < 4; ++i) {
        LayoutNode kita;
        kita.key = QStringLiteral("k%1").arg(i);
        kita.stage = ChainStage::Kita;
        LayoutNode school;
        school.key = QStringLiteral("g%1").arg(i);
        school.stage = ChainStage::Grundschule;
        chain.nodes.push_back(kita);
        chain.nodes.push_back(school);
    }
    for (int i = 0; i < 4; ++i)
        chain.edges.push_back(LayoutEdge{2 * i, 2 * (3 - i) + 1, 1});
    const LayoutResult sorted = layout(chain, LayoutOptions{LayoutKind::BildungsketteLanes, 1, 2, -1, false});
    CHECK(laneCrossings(chain, sorted) == 0);
}

TEST_CASE("Bildungskette lanes of a Land-sized chain are searched by bisection and stay free of overlaps")
{
    // 1,600 Kitas, 900 Grundschulen and 600 partners: lanes beyond the exhaustive search (256 actors), so the
    // column counts are found by bisection and the candidate heights thinned out.
    LayoutGraph graph;
    std::mt19937 rng(5);
    auto add = [&](ChainStage stage, int count, const QString &prefix) {
        for (int i = 0; i < count; ++i) {
            LayoutNode node;
            node.key = prefix + QString::number(i);
            node.stage = stage;
            node.size = QSizeF(10 + rng() % 8, 10 + rng() % 8);
            node.cellLabelSize = QSizeF(30 + rng() % 60, 9);
            graph.nodes.push_back(node);
        }
    };
    add(ChainStage::Kita, 1600, QStringLiteral("k"));
    add(ChainStage::Grundschule, 900, QStringLiteral("g"));
    add(ChainStage::Partner, 600, QStringLiteral("p"));
    for (int i = 0; i < 2500; ++i)
        graph.edges.push_back(LayoutEdge{static_cast<int>(rng() % 1600), 1600 + static_cast<int>(rng() % 900), 1});
    const LayoutResult result = layout(graph, LayoutOptions{LayoutKind::BildungsketteLanes, 1, 2, -1, false});
    CHECK(countOverlaps(graph, result, false, LayoutKind::BildungsketteLanes) == 0);
    std::vector<const LayoutGroup *> lanes;
    const LayoutGroup *band = nullptr;
    for (const LayoutGroup &g : result.groups)
        (g.shape == LayoutGroup::Shape::Lane ? lanes.push_back(&g) : void(band = &g));
    REQUIRE(lanes.size() == 5);
    REQUIRE(band != nullptr);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const QRectF f = footprint(graph.nodes[i], result.positions[i], LayoutKind::BildungsketteLanes);
        if (graph.nodes[i].stage == ChainStage::Partner)
            CHECK(inside(band->rect, f));
        else
            CHECK(inside(lanes[static_cast<std::size_t>(graph.nodes[i].stage)]->rect, f));
    }
    // The page is used: the chain is neither one tall column nor one long row.
    QRectF all;
    for (const LayoutGroup &g : result.groups)
        all = all.united(g.rect);
    CHECK(all.width() / all.height() > 0.5);
    CHECK(all.width() / all.height() < 3.0);
}

TEST_CASE("Concentric rings order actors by territorial distance from the centre")
{
    const QString land = QStringLiteral("07"), kreis = QStringLiteral("07133"), vg = QStringLiteral("071335006"),
                  gemeinde = QStringLiteral("071335006117");
    struct Spec
    {
        QStringList path;
        QString ring; ///< expected ring key, empty for the centre
    };
    const std::vector<Spec> specs = {
        {{land, kreis, vg, gemeinde}, QString()},
        {{land, kreis, vg, gemeinde}, QStringLiteral("gemeinde")},
        {{land, kreis, vg, gemeinde}, QStringLiteral("gemeinde")},
        {{land, kreis, vg, QStringLiteral("071335006001")}, QStringLiteral("nachbargemeinde")},
        {{land, kreis, vg}, QStringLiteral("nachbargemeinde")},
        {{land, kreis, QStringLiteral("071330006"), QStringLiteral("071330006006")}, QStringLiteral("kreis")},
        {{land, kreis}, QStringLiteral("kreis")},
        {{land, QStringLiteral("07315"), QStringLiteral("073150000"), QStringLiteral("073150000000")},
         QStringLiteral("land")},
        {{QStringLiteral("08"), QStringLiteral("08221")}, QStringLiteral("ausserhalb")},
        {{}, QStringLiteral("unbekannt")},
        {{}, QStringLiteral("unbekannt")},
    };
    LayoutGraph graph;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        LayoutNode node;
        node.key = QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0'));
        node.labelSize = QSizeF(70, 14);
        node.territoryPath = specs[i].path;
        graph.nodes.push_back(node);
        if (i > 0)
            graph.edges.push_back(LayoutEdge{0, static_cast<int>(i), 1});
    }
    LayoutOptions options;
    options.kind = LayoutKind::ConcentricRings;
    options.centerNode = 0;
    const LayoutResult result = layout(graph, options);
    std::map<QString, const LayoutGroup *> rings;
    for (const LayoutGroup &g : result.groups) {
        CHECK(g.shape == LayoutGroup::Shape::Ring);
        rings[g.key] = &g;
    }
    CHECK(rings.size() == 6);
    CHECK(rings[QStringLiteral("nachbargemeinde")]->label == QStringLiteral("Nachbargemeinde (gleiche VG)"));
    const QPointF centre = result.positions[0];
    double previous = 0;
    for (const char *key : {"gemeinde", "nachbargemeinde", "kreis", "land", "ausserhalb", "unbekannt"}) {
        const LayoutGroup *ring = rings[QString::fromLatin1(key)];
        REQUIRE(ring != nullptr);
        CHECK(ring->rect.center().x() == Approx(centre.x()));
        CHECK(ring->rect.width() / 2 > previous);
        previous = ring->rect.width() / 2;
    }
    for (std::size_t i = 1; i < specs.size(); ++i) {
        INFO("Actor " << i);
        const LayoutGroup *ring = rings[specs[i].ring];
        REQUIRE(ring != nullptr);
        CHECK(QLineF(centre, result.positions[i]).length() == Approx(ring->rect.width() / 2).epsilon(1e-9));
    }
    CHECK(countOverlaps(graph, result, true) == 0);

    options.centerNode = -1;
    auto missing = computeLayout(graph, options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("Mitte")));
    options.centerNode = 99;
    auto invalid = computeLayout(graph, options);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().message.contains(QStringLiteral("kein Akteur")));
}

TEST_CASE("Layouts report progress and stop when cancelled")
{
    const LayoutGraph graph = randomGraph(6000, 20000, 11);
    for (LayoutKind kind : allKinds) {
        INFO("Layout " << layoutKindName(kind));
        LayoutOptions options;
        options.kind = kind;
        options.centerNode = 0;
        int calls = 0;
        int callsAfterCancel = 0;
        bool cancelled = false;
        auto result = computeLayout(graph, options, [&](int percent) {
            REQUIRE(percent >= 0);
            REQUIRE(percent <= 100);
            if (cancelled)
                ++callsAfterCancel;
            if (++calls == 2)
                cancelled = true;
            return !cancelled;
        });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message == QStringLiteral("Layout abgebrochen."));
        CHECK(callsAfterCancel == 0);
    }
    // Without cancelling, progress rises to 100.
    std::vector<int> seen;
    auto done = computeLayout(graph, LayoutOptions{}, [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    REQUIRE(done.ok());
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back() == 100);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
}

TEST_CASE("A link to a missing actor is rejected with a German message")
{
    LayoutGraph graph;
    graph.nodes.resize(2);
    graph.nodes[0].key = QStringLiteral("a");
    graph.nodes[1].key = QStringLiteral("b");
    graph.edges = {{0, 1, 1}, {1, 5, 1}};
    auto result = computeLayout(graph, LayoutOptions{});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("Verbindung 2")));
    // Empty and single-node graphs are fine.
    CHECK(computeLayout(LayoutGraph{}, LayoutOptions{}).ok());
    graph.edges.clear();
    graph.nodes.resize(1);
    for (LayoutKind kind : allKinds) {
        LayoutOptions options;
        options.kind = kind;
        options.centerNode = 0;
        CHECK(computeLayout(graph, options).ok());
    }
}
