// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Bildungskette: five labelled lanes from left to right by age stage; the actors of a lane are ordered by
// barycentre sweeps (Sugiyama's layer-by-layer heuristic) and the order with the fewest crossings between
// neighbouring lanes is kept. Each lane is a table of cells (symbol, short name right of it); partners of the
// Sozialraum sit in a band below, ordered by the mean horizontal position of their neighbours on the chain.

#include "Layouts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace netzatlas::render::detail {

namespace {

constexpr int kLanes = 5;
constexpr double kPad = 6.0;
constexpr double kLaneGap = 6.0;
constexpr double kBandGap = 8.0;
constexpr double kHeading = 13.0;   ///< heading band: one line at 1.05 × kDiagramLabelFont, bold
constexpr double kPageAspect = 1.0; ///< width/height aimed at (see GroupedLayout.cpp)

QString laneLabel(int lane)
{
    switch (lane) {
    case 0:
        return tr("Kita (1+)");
    case 1:
        return tr("Grundschule (6+)");
    case 2:
        return tr("weiterführende Schule (10+)");
    case 3:
        return tr("BBS/Ausbildung (16+)");
    default:
        return tr("Studium/Weiterbildung (18+)");
    }
}

QString laneKey(int lane)
{
    static const char *const keys[kLanes] = {"kita", "grundschule", "sekundarstufe", "bbs-ausbildung",
                                             "studium-weiterbildung"};
    return QString::fromLatin1(keys[lane]);
}

/// Crossings between two neighbouring lanes: inversions among the edges sorted by their left end
/// (counted with a Fenwick tree, O(E log V)).
long long crossings(const std::vector<std::pair<int, int>> &edges, int rightCount)
{
    std::vector<std::pair<int, int>> sorted = edges;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> tree(static_cast<std::size_t>(rightCount) + 1, 0);
    long long count = 0;
    long long seen = 0;
    for (const auto &[l, r] : sorted) {
        // edges seen so far with a right end greater than r cross this one
        int sum = 0;
        for (int i = r + 1; i > 0; i -= i & -i)
            sum += tree[i];
        count += seen - sum;
        for (int i = r + 1; i <= rightCount; i += i & -i)
            ++tree[i];
        ++seen;
    }
    return count;
}

} // namespace

Result<Placement> lanesLayout(const Canonical &input, const LayoutOptions &, Monitor &monitor)
{
    const int n = input.size();
    std::vector<int> laneOf(static_cast<std::size_t>(n), -1);
    std::vector<std::vector<int>> lanes(kLanes);
    std::vector<int> partners;
    for (int v = 0; v < n; ++v) {
        const int stage = static_cast<int>(input.nodes[v]->stage);
        if (stage >= 0 && stage < kLanes) {
            laneOf[v] = stage;
            lanes[stage].push_back(v);
        } else {
            partners.push_back(v);
        }
    }
    if (!monitor.report(5))
        return cancelledError();
    // Rank of each chain node within its lane, normalised to [0, 1] for the barycentres.
    std::vector<double> rank(static_cast<std::size_t>(n), 0.0);
    auto updateRanks = [&](int lane) {
        const auto &l = lanes[lane];
        for (std::size_t i = 0; i < l.size(); ++i)
            rank[l[i]] = (static_cast<double>(i) + 0.5) / static_cast<double>(l.size());
    };
    for (int l = 0; l < kLanes; ++l)
        updateRanks(l);
    auto totalCrossings = [&]() {
        std::vector<int> index(static_cast<std::size_t>(n), 0);
        for (const auto &l : lanes)
            for (std::size_t i = 0; i < l.size(); ++i)
                index[l[i]] = static_cast<int>(i);
        long long total = 0;
        for (int l = 0; l + 1 < kLanes; ++l) {
            std::vector<std::pair<int, int>> edges;
            for (int v : lanes[l])
                for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k)
                    if (laneOf[input.graph.nbr[k]] == l + 1)
                        edges.push_back({index[v], index[input.graph.nbr[k]]});
            total += crossings(edges, static_cast<int>(lanes[l + 1].size()));
        }
        return total;
    };
    auto sweepLane = [&](int lane) {
        std::vector<std::pair<double, int>> keyed;
        for (int v : lanes[lane]) {
            double sum = 0;
            double weight = 0;
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (laneOf[u] >= 0 && laneOf[u] != lane) {
                    // nearer lanes count more
                    const double w = input.graph.wt[k] / std::abs(laneOf[u] - lane);
                    sum += w * rank[u];
                    weight += w;
                }
            }
            keyed.push_back({weight > 0 ? sum / weight : rank[v], v});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            lanes[lane][i] = keyed[i].second;
        updateRanks(lane);
    };
    long long best = totalCrossings();
    auto bestLanes = lanes;
    constexpr int sweeps = 12;
    for (int s = 0; s < sweeps && best > 0; ++s) {
        if (s % 2 == 0)
            for (int l = 1; l < kLanes; ++l)
                sweepLane(l);
        else
            for (int l = kLanes - 2; l >= 0; --l)
                sweepLane(l);
        const long long c = totalCrossings();
        if (c < best) {
            best = c;
            bestLanes = lanes;
        }
        if (!monitor.report(5 + 60 * (s + 1) / sweeps))
            return cancelledError();
    }
    lanes = bestLanes;
    if (!monitor.report(70))
        return cancelledError();

    // Geometry: lanes side by side and equally tall, each a table of cells (symbol, short name right of it)
    // read row by row in the barycentre order, so that every label has its place. The lane height is searched
    // so that lanes plus the partner band below come closest to the aspect of a page's network area.
    std::vector<std::vector<const LayoutNode *>> laneNodes(kLanes);
    for (int l = 0; l < kLanes; ++l)
        for (int v : lanes[l])
            laneNodes[l].push_back(input.nodes[v]);
    std::vector<double> headingWidth(kLanes);
    for (int l = 0; l < kLanes; ++l)
        headingWidth[l] = 3.9 * static_cast<double>(laneLabel(l).size()) + 10.0;
    const double top = kHeading + kPad / 2;
    // Partners, ordered by where their chain neighbours are (else by their partner neighbours, else last).
    std::vector<int> partnerOrder = partners;
    std::vector<double> wanted(static_cast<std::size_t>(n), std::numeric_limits<double>::quiet_NaN());
    auto orderPartners = [&](const std::vector<double> &laneCentre, const std::vector<Vec> &chainPos) {
        for (int v : partners) {
            double sum = 0, weight = 0;
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (laneOf[u] >= 0) {
                    sum += input.graph.wt[k] * (chainPos.empty() ? laneCentre[laneOf[u]] : chainPos[u].x);
                    weight += input.graph.wt[k];
                }
            }
            wanted[v] = weight > 0 ? sum / weight : std::numeric_limits<double>::quiet_NaN();
        }
        for (int v : partners) {
            if (!std::isnan(wanted[v]))
                continue;
            double sum = 0, weight = 0;
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (laneOf[u] < 0 && !std::isnan(wanted[u])) {
                    sum += wanted[u];
                    weight += 1;
                }
            }
            if (weight > 0)
                wanted[v] = sum / weight;
        }
        partnerOrder = partners;
        std::stable_sort(partnerOrder.begin(), partnerOrder.end(), [&](int a, int b) {
            const bool na = std::isnan(wanted[a]), nb = std::isnan(wanted[b]);
            if (na != nb)
                return nb; // placed ones first
            return !na && wanted[a] < wanted[b];
        });
    };
    std::vector<double> laneCentre(kLanes, 0.0);
    for (int l = 0; l < kLanes; ++l)
        laneCentre[l] = l;
    orderPartners(laneCentre, {});
    std::vector<const LayoutNode *> partnerNodes;
    for (int v : partnerOrder)
        partnerNodes.push_back(input.nodes[v]);

    struct Choice
    {
        std::vector<int> columns = std::vector<int>(kLanes, 1);
        int partnerColumns = 1;
        double scale = 1e300;
    };
    // Candidate lane heights: every height one lane can have. Each candidate costs a pass over the lane, so
    // for big lanes (Land scale) only column counts in steps of about 5 % are tried, and at most 160 heights in
    // all: the search stays near-linear instead of cubic in the lane size.
    constexpr int exhaustive = 256;
    auto columnCandidates = [](int count) {
        std::vector<int> out;
        for (int c = 1; c <= count; c = count <= exhaustive ? c + 1 : std::max(c + 1, static_cast<int>(c * 1.05)))
            out.push_back(c);
        return out;
    };
    std::vector<double> heights;
    for (int l = 0; l < kLanes; ++l)
        for (int c : columnCandidates(static_cast<int>(laneNodes[l].size())))
            heights.push_back(cellBlock(laneNodes[l], c).size.y);
    if (heights.empty())
        heights.push_back(40.0);
    std::sort(heights.begin(), heights.end());
    heights.erase(std::unique(heights.begin(), heights.end()), heights.end());
    if (heights.size() > 160) {
        std::vector<double> thinned;
        for (std::size_t i = 0; i < 160; ++i)
            thinned.push_back(heights[i * (heights.size() - 1) / 159]);
        heights = std::move(thinned);
    }
    // Fewest columns whose block is at most `h` high (more columns, fewer rows: the height falls with k, so
    // big lanes are searched by bisection; small ones one by one, which is exact for any row mix).
    auto columnsFor = [](const std::vector<const LayoutNode *> &nodes, double h) {
        const int count = static_cast<int>(nodes.size());
        if (count <= exhaustive) {
            for (int k = 1; k <= count; ++k)
                if (cellBlock(nodes, k).size.y <= h + 1e-9)
                    return k;
            return std::max(1, count);
        }
        int lo = 1, hi = count;
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (cellBlock(nodes, mid).size.y <= h + 1e-9)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    // Most columns (fewest rows) of the partner band that fit `width`; its width grows with k.
    auto partnerColumnsFor = [](const std::vector<const LayoutNode *> &nodes, double width) {
        const int count = static_cast<int>(nodes.size());
        if (count <= exhaustive) {
            for (int k = count; k >= 1; --k)
                if (cellBlock(nodes, k, true).size.x + 2 * kPad <= width || k == 1)
                    return k;
            return 1;
        }
        int lo = 1, hi = count;
        while (lo < hi) {
            const int mid = lo + (hi - lo + 1) / 2;
            if (cellBlock(nodes, mid, true).size.x + 2 * kPad <= width)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    Choice chosen;
    for (double h : heights) {
        Choice c;
        double width = 0, laneHeight = 0;
        bool fits = true;
        for (int l = 0; l < kLanes; ++l) {
            const int cols = columnsFor(laneNodes[l], h);
            c.columns[l] = cols;
            const CellBlock b = cellBlock(laneNodes[l], cols);
            if (b.size.y > h + 1e-9)
                fits = false;
            laneHeight = std::max(laneHeight, b.size.y);
            width += std::max(b.size.x, headingWidth[l]) + 2 * kPad + (l > 0 ? kLaneGap : 0);
        }
        if (!fits)
            continue;
        double height = top + laneHeight + kPad;
        if (!partnerNodes.empty()) {
            // As few rows as fit the width of the chain.
            const int cols = partnerColumnsFor(partnerNodes, width);
            c.partnerColumns = cols;
            const CellBlock b = cellBlock(partnerNodes, cols, true);
            width = std::max(width, b.size.x + 2 * kPad);
            height += kBandGap + top + b.size.y + kPad;
        }
        c.scale = std::max(width / kPageAspect, height);
        if (c.scale < chosen.scale - 1e-9)
            chosen = c;
    }

    Placement out;
    out.positions.resize(static_cast<std::size_t>(n));
    double laneHeight = 0;
    for (int l = 0; l < kLanes; ++l)
        laneHeight = std::max(laneHeight, cellBlock(laneNodes[l], chosen.columns[l]).size.y);
    laneHeight = std::max(laneHeight, 30.0);
    double x = 0;
    for (int l = 0; l < kLanes; ++l) {
        const CellBlock b = cellBlock(laneNodes[l], chosen.columns[l]);
        const double width = std::max(b.size.x, headingWidth[l]) + 2 * kPad;
        const double dx = x + (width - b.size.x) / 2;
        for (std::size_t i = 0; i < lanes[l].size(); ++i)
            out.positions[lanes[l][i]] = Vec{dx + b.centres[i].x, top + b.centres[i].y};
        LayoutGroup g;
        g.shape = LayoutGroup::Shape::Lane;
        g.key = laneKey(l);
        g.label = laneLabel(l);
        g.level = 1;
        g.rect = QRectF(x, 0, width, top + laneHeight + kPad);
        g.labelRect = QRectF(x + (width - headingWidth[l]) / 2, 1, headingWidth[l], kHeading - 2);
        out.groups.push_back(g);
        laneCentre[l] = x + width / 2;
        x += width + kLaneGap;
    }
    const double chainWidth = x - kLaneGap;
    if (!monitor.report(85))
        return cancelledError();

    // Partners of the Sozialraum in a band below, column by column from left to right in the order of where
    // their chain neighbours sit (now with the real positions).
    if (!partners.empty()) {
        std::vector<Vec> chainPos(out.positions);
        orderPartners(laneCentre, chainPos);
        partnerNodes.clear();
        for (int v : partnerOrder)
            partnerNodes.push_back(input.nodes[v]);
        const CellBlock b = cellBlock(partnerNodes, chosen.partnerColumns, true);
        const double bandTop = top + laneHeight + kPad + kBandGap;
        const double width = std::max(chainWidth, b.size.x + 2 * kPad);
        const double dx = (width - b.size.x) / 2;
        for (std::size_t i = 0; i < partnerOrder.size(); ++i)
            out.positions[partnerOrder[i]] = Vec{dx + b.centres[i].x, bandTop + top + b.centres[i].y};
        LayoutGroup band;
        band.shape = LayoutGroup::Shape::Box;
        band.key = QStringLiteral("partner");
        band.label = tr("Partner im Sozialraum");
        band.level = 1;
        band.rect = QRectF(0, bandTop, width, top + b.size.y + kPad);
        band.labelRect =
            QRectF(kPad / 2, bandTop + 1, 3.9 * static_cast<double>(band.label.size()) + 10.0, kHeading - 2);
        out.groups.push_back(band);
    }
    if (!applyPins(input, out.positions, monitor.range(90, 100)))
        return cancelledError();
    return out;
}

} // namespace netzatlas::render::detail
