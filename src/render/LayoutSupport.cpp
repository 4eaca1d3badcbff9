// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LayoutSupport.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace netzatlas::render::detail {

double Footprint::radius() const
{
    const double dx = std::max(-left, right);
    const double dy = std::max(-top, bottom);
    return std::sqrt(dx * dx + dy * dy);
}

Footprint footprintOf(const LayoutNode &node, double margin)
{
    const double w = std::max(1.0, node.size.width());
    const double h = std::max(1.0, node.size.height());
    Footprint f;
    f.left = -w / 2;
    f.right = w / 2;
    f.top = -h / 2;
    f.bottom = h / 2;
    if (!node.labelSize.isEmpty()) {
        f.left = std::min(f.left, -node.labelSize.width() / 2);
        f.right = std::max(f.right, node.labelSize.width() / 2);
        f.bottom = h / 2 + kLabelGap + node.labelSize.height();
    }
    f.left -= margin;
    f.right += margin;
    f.top -= margin;
    f.bottom += margin;
    return f;
}

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool Monitor::report(int percent)
{
    if (m_cancelled)
        return false;
    if (!m_callback)
        return true;
    percent = std::clamp(percent, 0, 100);
    const auto now = std::chrono::steady_clock::now();
    if (percent == m_last && now - m_lastTime < std::chrono::milliseconds(50))
        return true;
    m_last = percent;
    m_lastTime = now;
    if (!m_callback(percent))
        m_cancelled = true;
    return !m_cancelled;
}

bool Monitor::Range::report(double fraction) const
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    return monitor->report(from + static_cast<int>(std::lround((to - from) * fraction)));
}

Monitor::Range Monitor::Range::sub(double a, double b) const
{
    const double span = to - from;
    return Range{monitor, from + static_cast<int>(std::lround(span * a)),
                 from + static_cast<int>(std::lround(span * b))};
}

CsrGraph CsrGraph::build(int n, std::vector<std::pair<std::pair<int, int>, double>> edges)
{
    std::vector<std::pair<std::pair<int, int>, double>> arcs;
    arcs.reserve(edges.size() * 2);
    for (const auto &[uv, w] : edges) {
        if (uv.first == uv.second)
            continue;
        arcs.push_back({{uv.first, uv.second}, w});
        arcs.push_back({{uv.second, uv.first}, w});
    }
    std::sort(arcs.begin(), arcs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    CsrGraph g;
    g.n = n;
    g.offs.assign(static_cast<std::size_t>(n) + 1, 0);
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        double w = 0;
        while (j < arcs.size() && arcs[j].first == arcs[i].first)
            w += arcs[j++].second;
        g.nbr.push_back(arcs[i].first.second);
        g.wt.push_back(w);
        ++g.offs[static_cast<std::size_t>(arcs[i].first.first) + 1];
        i = j;
    }
    for (int v = 0; v < n; ++v)
        g.offs[v + 1] += g.offs[v];
    return g;
}

// Overlap removal: sweep along x over the footprints sorted by their left edge, each overlapping
// pair pushed apart along the axis of the smaller penetration (half each, all of it for the free one
// of a pinned pair). Jacobi steps until nothing overlaps. Written by hand because neither Qt nor Boost
// offers rectangle overlap removal (Graphviz' prism is a separate C library we do not link).
bool removeOverlaps(std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                    const std::vector<char> &pinned, Monitor::Range progress)
{
    const std::size_t n = positions.size();
    if (n < 2)
        return true;
    std::vector<int> order(n);
    std::vector<Vec> delta(n);
    constexpr int maxRounds = 400;
    for (int round = 0; round < maxRounds; ++round) {
        std::iota(order.begin(), order.end(), 0);
        auto left = [&](int i) { return positions[i].x + footprints[i].left; };
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const double la = left(a), lb = left(b);
            return la < lb || (la == lb && a < b);
        });
        std::fill(delta.begin(), delta.end(), Vec{});
        std::size_t overlaps = 0;
        for (std::size_t oi = 0; oi < n; ++oi) {
            const int i = order[oi];
            const double ri = positions[i].x + footprints[i].right;
            const double ti = positions[i].y + footprints[i].top;
            const double bi = positions[i].y + footprints[i].bottom;
            for (std::size_t oj = oi + 1; oj < n; ++oj) {
                const int j = order[oj];
                const double lj = left(j);
                if (lj >= ri)
                    break;
                const double tj = positions[j].y + footprints[j].top;
                const double bj = positions[j].y + footprints[j].bottom;
                if (tj >= bi || ti >= bj)
                    continue;
                if (pinned[i] && pinned[j])
                    continue;
                ++overlaps;
                const double ox = std::min(ri, positions[j].x + footprints[j].right) - std::max(left(i), lj);
                const double oy = std::min(bi, bj) - std::max(ti, tj);
                const double wi = pinned[i] ? 0.0 : (pinned[j] ? 1.0 : 0.5);
                const double wj = 1.0 - wi;
                if (ox <= oy) {
                    // i is left of j in the sweep order unless the centres say otherwise
                    double dir = (positions[j].x + (footprints[j].left + footprints[j].right) / 2) >=
                                         (positions[i].x + (footprints[i].left + footprints[i].right) / 2)
                                     ? 1.0
                                     : -1.0;
                    const double push = ox + 0.01;
                    delta[i].x -= dir * push * wi;
                    delta[j].x += dir * push * wj;
                } else {
                    const double ci = positions[i].y + (footprints[i].top + footprints[i].bottom) / 2;
                    const double cj = positions[j].y + (footprints[j].top + footprints[j].bottom) / 2;
                    double dir = cj > ci || (cj == ci && i < j) ? 1.0 : -1.0;
                    const double push = oy + 0.01;
                    delta[i].y -= dir * push * wi;
                    delta[j].y += dir * push * wj;
                }
            }
        }
        if (overlaps == 0)
            return true;
        // Several pushes on one node add up; damping keeps the Jacobi step from overshooting.
        const double damping = round < maxRounds / 2 ? 0.6 : 0.9;
        for (std::size_t i = 0; i < n; ++i) {
            if (pinned[i])
                continue;
            positions[i].x += delta[i].x * damping;
            positions[i].y += delta[i].y * damping;
        }
        if (!progress.report(static_cast<double>(round) / 50.0))
            return false;
    }
    return true;
}

std::vector<Vec> packShelves(const std::vector<Vec> &sizes, double targetWidth, double gap)
{
    std::vector<int> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[a].y > sizes[b].y; });
    std::vector<Vec> out(sizes.size());
    double x = 0, y = 0, rowHeight = 0;
    for (int i : order) {
        if (x > 0 && x + sizes[i].x > targetWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        out[i] = Vec{x, y};
        x += sizes[i].x + gap;
        rowHeight = std::max(rowHeight, sizes[i].y);
    }
    return out;
}

double estimateTextWidth(const QString &text)
{
    // About 0.6 em per character at the renderer's 11 pt group-label font, plus padding.
    return 6.8 * static_cast<double>(text.size()) + 12.0;
}

QRectF footprintBounds(const std::vector<Vec> &positions, const std::vector<Footprint> &footprints,
                       const std::vector<int> &members)
{
    if (members.empty())
        return {};
    double l = 1e300, t = 1e300, r = -1e300, b = -1e300;
    for (int i : members) {
        l = std::min(l, positions[i].x + footprints[i].left);
        t = std::min(t, positions[i].y + footprints[i].top);
        r = std::max(r, positions[i].x + footprints[i].right);
        b = std::max(b, positions[i].y + footprints[i].bottom);
    }
    return QRectF(QPointF(l, t), QPointF(r, b));
}

} // namespace netzatlas::render::detail
