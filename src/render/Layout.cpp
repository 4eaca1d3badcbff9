// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/Layout.h>

#include "Layouts.h"

#include <algorithm>
#include <numeric>

namespace netzatlas::render {

namespace detail {

Error cancelledError()
{
    return Error::make(tr("Layout abgebrochen."));
}

bool applyPins(const Canonical &input, std::vector<Vec> &positions, Monitor::Range progress)
{
    bool any = false;
    for (int v = 0; v < input.size(); ++v)
        if (input.pinned[v]) {
            positions[v] = input.start[v];
            any = true;
        }
    if (!any)
        return true;
    return removeOverlaps(positions, input.footprints, input.pinned, progress);
}

Result<Placement> forceDirectedLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor)
{
    Placement out;
    const bool anyPinned = std::any_of(input.pinned.begin(), input.pinned.end(), [](char p) { return p != 0; });
    const auto range = monitor.range(0, 100);
    if (!anyPinned && !options.useStartPositions) {
        // From scratch: components laid out one by one and packed side by side.
        if (!compactLayout(input.graph, input.footprints, options.seed, out.positions, range))
            return cancelledError();
        return out;
    }
    // Pinned nodes or an incremental layout: one frame for everything, a weak pull keeps components together.
    ForceParams params;
    params.seed = options.seed;
    params.pinned = input.pinned;
    params.start = input.start;
    params.useStart = options.useStartPositions;
    params.gravity = 0.05;
    params.radius.resize(static_cast<std::size_t>(input.size()));
    for (int v = 0; v < input.size(); ++v)
        params.radius[v] = input.footprints[v].radius();
    if (!forceLayout(input.graph, params, out.positions, range.sub(0, 0.85)))
        return cancelledError();
    if (!removeOverlaps(out.positions, input.footprints, input.pinned, range.sub(0.85, 1)))
        return cancelledError();
    return out;
}

} // namespace detail

using namespace detail;

int countLayoutOverlaps(const LayoutGraph &graph, const LayoutResult &result, LayoutKind kind, bool withGroupLabels)
{
    struct Item
    {
        QRectF rect;
        int owner;
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        items.push_back({layoutNodeRect(graph.nodes[i], result.positions[i]), static_cast<int>(i)});
        const QRectF label = labelsBeside(kind) ? layoutCellLabelRect(graph.nodes[i], result.positions[i])
                                                : layoutLabelRect(graph.nodes[i], result.positions[i]);
        if (!label.isEmpty())
            items.push_back({label, static_cast<int>(i)});
    }
    if (withGroupLabels)
        for (const LayoutGroup &g : result.groups)
            if (!g.labelRect.isEmpty())
                items.push_back({g.labelRect, -1});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.rect.left() < b.rect.left(); });
    int overlaps = 0;
    constexpr double eps = 1e-6;
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = i + 1; j < items.size() && items[j].rect.left() < items[i].rect.right() - eps; ++j) {
            if (items[i].owner == items[j].owner && items[i].owner >= 0)
                continue;
            if (items[i].owner < 0 && items[j].owner < 0)
                continue; // group labels of nested boxes may share a band
            const QRectF &a = items[i].rect, &b = items[j].rect;
            if (a.top() < b.bottom() - eps && b.top() < a.bottom() - eps)
                ++overlaps;
        }
    return overlaps;
}

QString layoutKindName(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::ForceDirected:
        return QStringLiteral("kraefte");
    case LayoutKind::GroupedByTerritory:
        return QStringLiteral("gebiete");
    case LayoutKind::BildungsketteLanes:
        return QStringLiteral("bildungskette");
    case LayoutKind::ConcentricRings:
        return QStringLiteral("ringe");
    }
    return QStringLiteral("kraefte");
}

std::optional<LayoutKind> layoutKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (LayoutKind kind : {LayoutKind::ForceDirected, LayoutKind::GroupedByTerritory, LayoutKind::BildungsketteLanes,
                            LayoutKind::ConcentricRings})
        if (n == layoutKindName(kind))
            return kind;
    return std::nullopt;
}

Result<LayoutResult> computeLayout(const LayoutGraph &graph, const LayoutOptions &options,
                                   const LayoutProgress &progress)
{
    const int n = static_cast<int>(graph.nodes.size());
    Monitor monitor(progress);
    if (!monitor.report(0))
        return cancelledError();

    // Canonical order: by key (ties by input position, only relevant for duplicate keys).
    Canonical input;
    input.original.resize(static_cast<std::size_t>(n));
    std::iota(input.original.begin(), input.original.end(), 0);
    std::stable_sort(input.original.begin(), input.original.end(),
                     [&](int a, int b) { return graph.nodes[a].key < graph.nodes[b].key; });
    input.rank.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        input.rank[input.original[i]] = i;
    const auto &rank = input.rank;
    input.nodes.resize(static_cast<std::size_t>(n));
    input.footprints.resize(static_cast<std::size_t>(n));
    input.pinned.resize(static_cast<std::size_t>(n));
    input.start.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const LayoutNode &node = graph.nodes[input.original[i]];
        input.nodes[i] = &node;
        input.footprints[i] = footprintOf(node, 4.0, labelsBeside(options.kind));
        input.pinned[i] = node.pinned ? 1 : 0;
        input.start[i] = Vec{node.position.x(), node.position.y()};
    }
    std::vector<std::pair<std::pair<int, int>, double>> edges;
    edges.reserve(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const LayoutEdge &edge = graph.edges[e];
        if (edge.source < 0 || edge.source >= n || edge.target < 0 || edge.target >= n)
            return Error::make(
                tr("Die Verbindung %1 des Layouts verweist auf einen Akteur, den es nicht gibt.").arg(e + 1));
        // Summed intensities grow with parallel links; the springs only get moderately stronger.
        const double w = std::clamp(edge.weight, 0.1, 4.0);
        const int a = rank[edge.source], b = rank[edge.target];
        edges.push_back({{std::min(a, b), std::max(a, b)}, w});
    }
    input.graph = CsrGraph::build(n, std::move(edges));

    Result<Placement> placed = Error::make(QString());
    switch (options.kind) {
    case LayoutKind::ForceDirected:
        placed = forceDirectedLayout(input, options, monitor);
        break;
    case LayoutKind::GroupedByTerritory:
        placed = groupedLayout(input, options, monitor);
        break;
    case LayoutKind::BildungsketteLanes:
        placed = lanesLayout(input, options, monitor);
        break;
    case LayoutKind::ConcentricRings:
        placed = ringsLayout(input, options, monitor);
        break;
    }
    if (!placed.ok())
        return placed.error();
    if (!monitor.report(100))
        return cancelledError();

    LayoutResult result;
    result.positions.resize(static_cast<std::size_t>(n));
    QRectF bounds;
    for (int i = 0; i < n; ++i) {
        const QPointF p(placed->positions[i].x, placed->positions[i].y);
        result.positions[input.original[i]] = p;
        bounds |= layoutNodeRect(*input.nodes[i], p);
        const QRectF label =
            labelsBeside(options.kind) ? layoutCellLabelRect(*input.nodes[i], p) : layoutLabelRect(*input.nodes[i], p);
        if (!label.isEmpty())
            bounds |= label;
    }
    for (const LayoutGroup &g : placed->groups) {
        bounds |= g.rect;
        if (!g.labelRect.isEmpty())
            bounds |= g.labelRect;
    }
    result.groups = std::move(placed->groups);
    result.bounds = bounds;
    return result;
}

} // namespace netzatlas::render
