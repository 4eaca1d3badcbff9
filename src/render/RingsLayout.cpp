// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Concentric rings around one actor by territorial distance, from the inside out: same Gemeinde,
// Nachbargemeinde, same Kreis, same Land, beyond, unknown territory. The registry holds no adjacency of
// Gemeinden, so "Nachbargemeinde" is approximated as "another Gemeinde of the same Verbandsgemeinde"
// (docs/adr/0006-layouts.md). The rings are filled from the inside out; each actor wants the mean angle
// of its neighbours already placed, the actors of a ring keep that order and are pushed apart along the
// ring just enough not to overlap. A gap at the top of every ring holds its label.

#include "Layouts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace netzatlas::render::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kRings = 6;

QString ringLabel(int ring)
{
    switch (ring) {
    case 0:
        return tr("gleiche Gemeinde");
    case 1:
        return tr("Nachbargemeinde (gleiche VG)");
    case 2:
        return tr("gleicher Kreis");
    case 3:
        return tr("gleiches Land");
    case 4:
        return tr("außerhalb des Landes");
    default:
        return tr("Gebiet unbekannt");
    }
}

QString ringKey(int ring)
{
    static const char *const keys[kRings] = {"gemeinde", "nachbargemeinde", "kreis", "land", "ausserhalb", "unbekannt"};
    return QString::fromLatin1(keys[ring]);
}

int territorialRing(const QStringList &centre, const QStringList &other)
{
    if (centre.isEmpty() || other.isEmpty())
        return 5;
    int common = 0;
    const auto len = std::min<qsizetype>({centre.size(), other.size(), 4});
    while (common < len && !centre[common].isEmpty() && centre[common] == other[common])
        ++common;
    switch (common) {
    case 0:
        return 4;
    case 1:
        return 3;
    case 2:
        return 2;
    case 3:
        return 1;
    default:
        return 0;
    }
}

} // namespace

Result<Placement> ringsLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor)
{
    const int n = input.size();
    if (options.centerNode < 0)
        return Error::make(tr("Für das Ringlayout fehlt die Mitte: bitte einen Akteur als Mittelpunkt wählen."));
    if (options.centerNode >= n)
        return Error::make(
            tr("Die Mitte des Ringlayouts (Nummer %1) ist kein Akteur dieses Netzes.").arg(options.centerNode + 1));
    const int centre = input.rank[options.centerNode];
    const QStringList &centrePath = input.nodes[centre]->territoryPath;
    std::vector<std::vector<int>> rings(kRings);
    std::vector<int> ringOf(static_cast<std::size_t>(n), -1);
    for (int v = 0; v < n; ++v) {
        if (v == centre)
            continue;
        ringOf[v] = territorialRing(centrePath, input.nodes[v]->territoryPath);
        rings[ringOf[v]].push_back(v);
    }
    if (!monitor.report(5))
        return cancelledError();
    double rMax = 0;
    for (int v = 0; v < n; ++v)
        rMax = std::max(rMax, input.footprints[v].radius());
    const Vec origin = input.pinned[centre] ? input.start[centre] : Vec{};

    Placement out;
    out.positions.assign(static_cast<std::size_t>(n), origin);
    std::vector<char> placed(static_cast<std::size_t>(n), 0);
    std::vector<double> angle(static_cast<std::size_t>(n), 0.0);
    placed[centre] = 1;
    const double spacing = 2 * rMax + kGroupLabelHeight + 12;
    double radius = input.footprints[centre].radius() + rMax + kGroupLabelHeight / 2 + 12;
    double previous = 0;
    for (int r = 0; r < kRings; ++r) {
        const auto &ring = rings[r];
        if (ring.empty())
            continue;
        const QString label = ringLabel(r);
        const double labelWidth = estimateTextWidth(label);
        // Arc needed: every node's circle plus the label gap.
        double arc = labelWidth + 2 * rMax + 8;
        for (int v : ring)
            arc += 2 * input.footprints[v].radius() * 1.15 + 4;
        radius = std::max({radius, previous + spacing, arc / (2 * kPi)});
        // Minimum angular distance between neighbours on the ring (chord ≥ sum of circle radii).
        auto separation = [&](int a, int b) {
            const double need = (input.footprints[a].radius() + input.footprints[b].radius()) * 1.15 + 4;
            return 2 * std::asin(std::min(1.0, need / (2 * radius)));
        };
        auto gapAngleAt = [&]() { return (labelWidth / 2 + rMax + 4) / radius * 2; };
        for (int grow = 0; grow < 60; ++grow) {
            double needed = gapAngleAt() + 2 * rMax * 1.15 / radius;
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)
                needed += separation(ring[i], ring[i + 1]) * 1.02;
            // any order: use the largest footprints as the bound
            if (ring.size() > 1)
                needed +=
                    2 * std::asin(std::min(1.0, (2 * rMax * 1.15 + 4) / (2 * radius))) - separation(ring[0], ring[1]);
            if (needed <= 2 * kPi)
                break;
            radius *= 1.1;
        }
        previous = radius;
        const double gapAngle = gapAngleAt();
        const double start = -kPi / 2 + gapAngle / 2; // just right of the label at the top, clockwise
        const double span = 2 * kPi - gapAngle;

        // Wanted angle (relative to start, in [0, span)) from the neighbours placed so far.
        std::vector<std::pair<double, int>> wanted;
        std::vector<int> free;
        for (int v : ring) {
            double sx = 0, sy = 0;
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (placed[u] && u != centre) {
                    sx += input.graph.wt[k] * std::cos(angle[u]);
                    sy += input.graph.wt[k] * std::sin(angle[u]);
                }
            }
            if (sx * sx + sy * sy > 1e-12) {
                double a = std::atan2(sy, sx) - start;
                while (a < 0)
                    a += 2 * kPi;
                while (a >= 2 * kPi)
                    a -= 2 * kPi;
                wanted.push_back({std::min(a, span), v});
            } else {
                free.push_back(v);
            }
        }
        // Actors without placed neighbours take evenly spread slots in key order.
        for (std::size_t i = 0; i < free.size(); ++i)
            wanted.push_back({span * (static_cast<double>(i) + 0.5) / static_cast<double>(free.size()), free[i]});
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const std::size_t m = wanted.size();
        std::vector<double> a(m);
        const double first = input.footprints[wanted[0].second].radius() * 1.15 / radius;
        for (std::size_t i = 0; i < m; ++i) {
            a[i] = std::max(wanted[i].first,
                            i == 0 ? first : a[i - 1] + separation(wanted[i - 1].second, wanted[i].second));
        }
        const double last = span - input.footprints[wanted[m - 1].second].radius() * 1.15 / radius;
        for (std::size_t i = m; i-- > 0;) {
            const double limit = i + 1 == m ? last : a[i + 1] - separation(wanted[i].second, wanted[i + 1].second);
            a[i] = std::min(a[i], limit);
        }
        for (std::size_t i = 0; i < m; ++i) {
            const int v = wanted[i].second;
            angle[v] = start + a[i];
            placed[v] = 1;
            out.positions[v] = Vec{origin.x + radius * std::cos(angle[v]), origin.y + radius * std::sin(angle[v])};
        }
        LayoutGroup g;
        g.shape = LayoutGroup::Shape::Ring;
        g.key = ringKey(r);
        g.label = label;
        g.level = r + 1;
        g.rect = QRectF(origin.x - radius, origin.y - radius, 2 * radius, 2 * radius);
        g.labelRect =
            QRectF(origin.x - labelWidth / 2, origin.y - radius - kGroupLabelHeight / 2, labelWidth, kGroupLabelHeight);
        out.groups.push_back(g);
        if (!monitor.report(10 + 80 * (r + 1) / kRings))
            return cancelledError();
    }
    if (!applyPins(input, out.positions, monitor.range(90, 100)))
        return cancelledError();
    return out;
}

} // namespace netzatlas::render::detail
