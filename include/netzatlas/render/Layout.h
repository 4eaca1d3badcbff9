// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Contract between the layout algorithms and their users (diagram builder, map, CLI export).
// The layouts work on this plain graph so that they know nothing of the registry or of painting.

#include <netzatlas/core/Result.h>

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace netzatlas::render {

enum class LayoutKind {
    ForceDirected,      ///< multilevel / grid force-directed, deterministic for a seed, pins respected
    GroupedByTerritory, ///< actors clustered in labelled boxes per Verbandsgemeinde or Kreis
    BildungsketteLanes, ///< columns by age stage, Sozialraum partners around them
    ConcentricRings,    ///< rings around one actor by territorial distance
};

/// Lane of an actor in the Bildungskette layout, from left to right; Partner = not on the chain.
enum class ChainStage { Kita, Grundschule, Sekundarstufe, BerufAusbildung, StudiumWeiterbildung, Partner };

struct LayoutNode
{
    QString key;             ///< stable key of the actor (determinism does not depend on input order)
    QSizeF size{24.0, 24.0}; ///< node shape, in scene units (1 unit = 1 pt at zoom 1)
    QSizeF labelSize;        ///< label box below the node (empty if none): layouts leave room for it
    /// One-line label box right of the node (the short form at kDiagramLabelFont pt, zoom 1): the grouped and
    /// Bildungskette layouts set actors in cells of symbol plus this label (empty if no label).
    QSizeF cellLabelSize;
    double ring = 0.0;   ///< extra radius drawn around the shape (the SCP ring), in scene units
    QPointF position;    ///< in: start or pinned position; out: see LayoutResult
    bool pinned = false; ///< a pinned node keeps `position` exactly
    ChainStage stage = ChainStage::Partner;
    /// Regionalschlüssel from the Land down to the Gemeinde: [Land, Kreis, VG, Gemeinde]
    /// (for a verbandsfreie Gemeinde the VG entry equals the Gemeinde); shorter when unknown.
    QStringList territoryPath;
    QStringList territoryNames; ///< display names, same length as territoryPath
};

struct LayoutEdge
{
    int source = 0; ///< index into LayoutGraph::nodes
    int target = 0;
    double weight = 1.0; ///< summed intensity of the links between the pair
};

struct LayoutGraph
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
};

struct LayoutOptions
{
    LayoutKind kind = LayoutKind::ForceDirected;
    quint32 seed = 1;
    int groupLevel = 2;             ///< grouped layout: 1 = Kreis, 2 = Verbandsgemeinde
    int centerNode = -1;            ///< concentric rings: index of the centre actor
    bool useStartPositions = false; ///< force-directed: start from the given positions (incremental)
};

/// A labelled region drawn behind the nodes: a territory box, a Bildungskette lane or a ring.
struct LayoutGroup
{
    enum class Shape { Box, Lane, Ring };
    Shape shape = Shape::Box;
    QString key;   ///< Regionalschlüssel, lane or ring id
    QString label; ///< German label, e.g. "VG Rüdesheim", "Grundschule (6+)", "gleiche Gemeinde"
    QRectF rect;   ///< box or lane rectangle; for a ring the bounding square of the circle
    int level = 0; ///< nesting level (Kreis box = 1, VG box = 2)
    /// Where the label goes (inside the top band of a box or lane, on top of a ring); the layouts keep
    /// nodes and their labels out of it. Sized from an estimate of the text (kGroupLabelHeight high).
    QRectF labelRect;
};

/// Gap between the bottom of a node's shape and the top of its label box.
inline constexpr double kLabelGap = 2.0;
/// Height of the band reserved for a group label (box, lane, ring).
inline constexpr double kGroupLabelHeight = 20.0;
/// Label font size (pt at zoom 1) of an exported page; group headings are 1.05 times as large, bold.
inline constexpr double kDiagramLabelFont = 6.3;
/// Gap between a node's shape (with its ring) and its label, and the padding around the label text, as the
/// renderer draws them (the cell layouts reserve exactly this room).
inline constexpr double kRenderLabelGap = 1.6;
inline constexpr double kRenderLabelPadding = 0.8;
/// Symbols of the cell layouts (grouped, Bildungskette) are drawn at this share of their size.
inline constexpr double kCellSymbolScale = 0.65;
/// Longest cell label, in em of the label font (longer short forms are elided).
inline constexpr double kCellLabelMaxEm = 20.0;

/// The node's shape rectangle around its centre.
inline QRectF layoutNodeRect(const LayoutNode &node, QPointF centre)
{
    return {centre.x() - node.size.width() / 2, centre.y() - node.size.height() / 2, node.size.width(),
            node.size.height()};
}

/// The node's label rectangle: centred below the shape, kLabelGap apart (empty when the node has no label).
inline QRectF layoutLabelRect(const LayoutNode &node, QPointF centre)
{
    if (node.labelSize.isEmpty())
        return {};
    return {centre.x() - node.labelSize.width() / 2, centre.y() + node.size.height() / 2 + kLabelGap,
            node.labelSize.width(), node.labelSize.height()};
}

/// Whether the layout sets its actors in cells, the label right of the shape (grouped, Bildungskette).
inline bool labelsBeside(LayoutKind kind)
{
    return kind == LayoutKind::GroupedByTerritory || kind == LayoutKind::BildungsketteLanes;
}

/// The label box a cell layout reserves: cellLabelSize, else labelSize (empty when the node has no label).
inline QSizeF layoutCellLabelSize(const LayoutNode &node)
{
    return node.cellLabelSize.isEmpty() ? node.labelSize : node.cellLabelSize;
}

/// The label rectangle in a cell layout: right of the shape and its ring, kRenderLabelGap apart, centred.
inline QRectF layoutCellLabelRect(const LayoutNode &node, QPointF centre)
{
    const QSizeF size = layoutCellLabelSize(node);
    if (size.isEmpty())
        return {};
    const double r = std::max(node.size.width(), node.size.height()) / 2 + node.ring;
    return {centre.x() + r + kRenderLabelGap, centre.y() - size.height() / 2, size.width(), size.height()};
}

struct LayoutResult
{
    std::vector<QPointF> positions; ///< centre of each node, same order as LayoutGraph::nodes
    std::vector<LayoutGroup> groups;
    QRectF bounds; ///< bounding box of nodes, labels and groups
};

/// Called now and then with 0…100; returning false cancels the layout (result: error "Layout abgebrochen.").
/// Always called on the thread that runs computeLayout.
using LayoutProgress = std::function<bool(int percent)>;

/// Computes a layout. Thread-safe for distinct inputs; runs on the calling thread (callers put it in
/// a job). Errors: invalid options (centre missing for rings), cancellation.
Result<LayoutResult> computeLayout(const LayoutGraph &graph, const LayoutOptions &options,
                                   const LayoutProgress &progress = {});

/// Pairs of node shapes and labels (below the shape, or beside it in the cell layouts `kind` names) that
/// overlap; boxes that only touch do not count. With `withGroupLabels` the headings of boxes and lanes take part
/// (headings of nested boxes may share a band). For the benchmark and the tests.
int countLayoutOverlaps(const LayoutGraph &graph, const LayoutResult &result, LayoutKind kind,
                        bool withGroupLabels = false);

/// Name used in saved views and on the command line: "kraefte", "gebiete", "bildungskette", "ringe".
QString layoutKindName(LayoutKind kind);
std::optional<LayoutKind> layoutKindFromName(const QString &name);

} // namespace netzatlas::render
