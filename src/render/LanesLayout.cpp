// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Bildungskette: five labelled lanes from left to right by age stage; the actors of a lane are ordered by
// barycentre sweeps (Sugiyama's layer-by-layer heuristic) and the order with the fewest crossings between
// neighbouring lanes is kept. Partners of the Sozialraum sit in a band below, each as close as possible
// to the mean horizontal position of its neighbours on the chain.

#include "Layouts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace netzatlas::render::detail {

namespace {

constexpr int kLanes = 5;
constexpr double kPad = 10.0;
constexpr double kLaneGap = 16.0;
constexpr double kNodeGap = 6.0;

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

    // Geometry: lanes side by side, as tall as the fullest one; a lane's actors spread over its height.
    Placement out;
    out.positions.resize(static_cast<std::size_t>(n));
    double laneHeight = 0;
    for (const auto &l : lanes) {
        double h = 0;
        for (int v : l)
            h += input.footprints[v].height() + kNodeGap;
        laneHeight = std::max(laneHeight, h);
    }
    laneHeight = std::max(laneHeight, 60.0);
    const double top = kGroupLabelHeight + kPad;
    double x = 0;
    for (int l = 0; l < kLanes; ++l) {
        const QString label = laneLabel(l);
        double width = estimateTextWidth(label);
        double used = 0;
        for (int v : lanes[l]) {
            width = std::max(width, input.footprints[v].width());
            used += input.footprints[v].height();
        }
        width += 2 * kPad;
        const auto count = static_cast<double>(lanes[l].size());
        const double gap = count > 0 ? (laneHeight - used) / count : 0;
        double y = top + gap / 2;
        for (int v : lanes[l]) {
            const Footprint &f = input.footprints[v];
            out.positions[v] = Vec{x + width / 2 - (f.left + f.right) / 2, y - f.top};
            y += f.height() + gap;
        }
        LayoutGroup g;
        g.shape = LayoutGroup::Shape::Lane;
        g.key = laneKey(l);
        g.label = label;
        g.level = 1;
        g.rect = QRectF(x, 0, width, top + laneHeight + kPad);
        g.labelRect = QRectF(x + kPad / 2, 1, width - kPad, kGroupLabelHeight - 2);
        out.groups.push_back(g);
        x += width + kLaneGap;
    }
    const double chainWidth = x - kLaneGap;

    // Partners: wanted x from their chain neighbours (else from partner neighbours already placed, else
    // appended in key order), then packed into as few rows as keep them near that x.
    if (!partners.empty()) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> wanted(static_cast<std::size_t>(n), nan);
        for (int v : partners) {
            double sum = 0, weight = 0;
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (laneOf[u] >= 0) {
                    sum += input.graph.wt[k] * out.positions[u].x;
                    weight += input.graph.wt[k];
                }
            }
            if (weight > 0)
                wanted[v] = sum / weight;
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
        std::vector<int> order = partners;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const bool na = std::isnan(wanted[a]), nb = std::isnan(wanted[b]);
            if (na != nb)
                return nb; // placed ones first
            return !na && wanted[a] < wanted[b];
        });
        const double bandTop = top + laneHeight + kPad + 24.0;
        const int maxRows =
            std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(partners.size()) / 3.0))));
        std::vector<double> rowRight; // right edge of the last footprint in each row
        std::vector<int> rowOf(static_cast<std::size_t>(n), 0);
        std::vector<double> left(static_cast<std::size_t>(n), 0);
        const double tolerance = 40.0;
        double tail = chainWidth + kNodeGap; // where partners without a wanted x go
        for (int v : order) {
            const Footprint &f = input.footprints[v];
            const double want = std::isnan(wanted[v]) ? tail : wanted[v] + (f.left + f.right) / 2 - f.width() / 2;
            int row = -1;
            double bestLeft = 0, bestShift = 1e300;
            for (std::size_t r = 0; r < rowRight.size(); ++r) {
                const double l = std::max(want, rowRight[r] + kNodeGap);
                const double shift = l - want;
                if (shift <= tolerance) {
                    row = static_cast<int>(r);
                    bestLeft = l;
                    break;
                }
                if (shift < bestShift) {
                    bestShift = shift;
                    bestLeft = l;
                    row = static_cast<int>(r);
                }
            }
            if (row < 0 || (bestLeft - want > tolerance && static_cast<int>(rowRight.size()) < maxRows)) {
                row = static_cast<int>(rowRight.size());
                rowRight.push_back(-1e300);
                bestLeft = want;
            }
            rowRight[row] = bestLeft + f.width();
            rowOf[v] = row;
            left[v] = bestLeft;
            if (std::isnan(wanted[v]))
                tail = std::max(tail, bestLeft + f.width() + kNodeGap);
        }
        if (!monitor.report(85))
            return cancelledError();
        double rowHeight = 0;
        for (int v : partners)
            rowHeight = std::max(rowHeight, input.footprints[v].height());
        rowHeight += kNodeGap;
        double minLeft = 0, maxRight = chainWidth;
        for (int v : partners) {
            const Footprint &f = input.footprints[v];
            out.positions[v] = Vec{left[v] - f.left, bandTop + kGroupLabelHeight + kPad + rowOf[v] * rowHeight - f.top};
            minLeft = std::min(minLeft, left[v] - kPad);
            maxRight = std::max(maxRight, left[v] + f.width() + kPad);
        }
        LayoutGroup band;
        band.shape = LayoutGroup::Shape::Box;
        band.key = QStringLiteral("partner");
        band.label = tr("Partner im Sozialraum");
        band.level = 1;
        band.rect = QRectF(minLeft, bandTop, maxRight - minLeft,
                           kGroupLabelHeight + 2 * kPad + static_cast<double>(rowRight.size()) * rowHeight);
        band.labelRect = QRectF(minLeft + kPad / 2, bandTop + 1, estimateTextWidth(band.label), kGroupLabelHeight - 2);
        out.groups.push_back(band);
    }
    if (!applyPins(input, out.positions, monitor.range(90, 100)))
        return cancelledError();
    return out;
}

} // namespace netzatlas::render::detail
