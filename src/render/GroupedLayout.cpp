// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Grouped by territory: a box per Kreis holding a box per Verbandsgemeinde (groupLevel 2) or the actors
// directly (groupLevel 1). Inside a leaf box the actors get a compact force layout of the links among
// them, read row by row into rows of cells (symbol plus short name right of it); boxes are packed with a
// skyline packer towards the aspect of the page's network area. Links between boxes are left to the
// renderer: they are the "geteilte Zuständigkeiten" the picture is about.

#include "Layouts.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace netzatlas::render::detail {

namespace {

constexpr double kPad = 6.0;
constexpr double kBoxGap = 8.0;
constexpr double kHeading = 13.0; ///< heading band of a box: one line at 1.05 × kDiagramLabelFont, bold
/// Width/height aimed at: leaf boxes a little wide (they pack well), the whole about the network area an A4
/// page leaves beside (landscape) or above (portrait) the legend.
constexpr double kLeafAspect = 1.6;
constexpr double kPageAspect = 1.0;

/// FNV-1a over the UTF-16 code units: the same on every platform and Qt version (unlike qHash).
std::uint64_t stableHash(const QString &text)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

struct Box
{
    QString key;
    QString label;
    int level = 1;
    std::vector<int> members; ///< canonical node indices (leaf boxes only)
    std::vector<Box> children;
    Vec size;               ///< width, height
    Vec origin;             ///< top-left, relative to the parent's top-left until placed
    std::vector<Vec> local; ///< member centres relative to the box's top-left (leaf boxes)
};

/// Width of a box heading (bold, 1.05 × the label font) with its inset; a generous estimate per character.
double headingWidth(const QString &label)
{
    return 3.9 * static_cast<double>(label.size()) + 10.0;
}

/// Gives the box its size and its content relative positions. Returns false when cancelled.
bool layoutBox(Box &box, const Canonical &input, quint32 seed, Monitor::Range progress, double &done, double total)
{
    const double labelWidth = headingWidth(box.label);
    Vec content;
    if (box.children.empty()) {
        // Actors in a table of cells (symbol, short name to its right): every label has its reserved place,
        // so none is hidden and none overlaps. The order comes from a compact force layout of the links in
        // the box (read row by row), so linked actors stay near each other.
        const auto &m = box.members;
        std::vector<int> local(static_cast<std::size_t>(input.size()), -1);
        for (std::size_t i = 0; i < m.size(); ++i)
            local[m[i]] = static_cast<int>(i);
        std::vector<std::pair<std::pair<int, int>, double>> edges;
        std::vector<Footprint> fps(m.size());
        std::vector<const LayoutNode *> nodes(m.size());
        for (std::size_t i = 0; i < m.size(); ++i) {
            const int v = m[i];
            fps[i] = input.footprints[v];
            nodes[i] = input.nodes[v];
            for (int k = input.graph.offs[v]; k < input.graph.offs[v + 1]; ++k) {
                const int u = input.graph.nbr[k];
                if (v < u && local[u] >= 0)
                    edges.push_back({{static_cast<int>(i), local[u]}, input.graph.wt[k]});
            }
        }
        const auto range = progress.sub(done / total, (done + static_cast<double>(m.size())) / total);
        done += static_cast<double>(m.size());
        std::vector<Vec> pos;
        const std::uint64_t boxSeed = seed ^ stableHash(box.key);
        if (!compactLayout(CsrGraph::build(static_cast<int>(m.size()), std::move(edges)), fps, boxSeed, pos, range))
            return false;
        // Rows from top to bottom, each read from left to right: sorted by y, then flowed.
        std::vector<int> order(m.size());
        for (std::size_t i = 0; i < m.size(); ++i)
            order[i] = static_cast<int>(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return pos[a].y < pos[b].y; });
        std::vector<const LayoutNode *> ordered(m.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            ordered[i] = nodes[order[i]];
        CellBlock block = bestFlow(ordered, kLeafAspect, labelWidth);
        // Within each row, left to right as in the force layout.
        for (std::size_t r = 0; r < order.size();) {
            std::size_t e = r;
            while (e < order.size() && block.centres[e].y == block.centres[r].y)
                ++e;
            std::vector<int> row(order.begin() + static_cast<std::ptrdiff_t>(r),
                                 order.begin() + static_cast<std::ptrdiff_t>(e));
            std::stable_sort(row.begin(), row.end(), [&](int a, int b) { return pos[a].x < pos[b].x; });
            std::copy(row.begin(), row.end(), order.begin() + static_cast<std::ptrdiff_t>(r));
            r = e;
        }
        for (std::size_t i = 0; i < order.size(); ++i)
            ordered[i] = nodes[order[i]];
        // Re-flow in the final order at the same width (every row still fits; a row may take one more cell).
        block = cellFlow(ordered, block.size.x);
        content = block.size;
        const double width = std::max(content.x, labelWidth) + 2 * kPad;
        const double dx = kPad + (width - 2 * kPad - content.x) / 2;
        const double dy = kHeading + kPad / 2;
        box.local.resize(m.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            box.local[order[i]] = Vec{block.centres[i].x + dx, block.centres[i].y + dy};
        box.size = Vec{width, kHeading + content.y + kPad};
        return true;
    }
    std::vector<Vec> sizes;
    for (Box &child : box.children) {
        if (!layoutBox(child, input, seed, progress, done, total))
            return false;
        sizes.push_back(child.size);
    }
    const auto origins = packToAspect(sizes, kPageAspect, kBoxGap);
    for (std::size_t i = 0; i < box.children.size(); ++i) {
        content.x = std::max(content.x, origins[i].x + sizes[i].x);
        content.y = std::max(content.y, origins[i].y + sizes[i].y);
    }
    const double width = std::max(content.x, labelWidth) + 2 * kPad;
    const double dx = kPad + (width - 2 * kPad - content.x) / 2;
    for (std::size_t i = 0; i < box.children.size(); ++i)
        box.children[i].origin = Vec{origins[i].x + dx, origins[i].y + kHeading + kPad / 2};
    box.size = Vec{width, kHeading + content.y + kPad};
    return true;
}

void emitBox(const Box &box, Vec parentOrigin, std::vector<Vec> &positions, std::vector<LayoutGroup> &groups)
{
    const Vec o{parentOrigin.x + box.origin.x, parentOrigin.y + box.origin.y};
    LayoutGroup g;
    g.shape = LayoutGroup::Shape::Box;
    g.key = box.key;
    g.label = box.label;
    g.level = box.level;
    g.rect = QRectF(o.x, o.y, box.size.x, box.size.y);
    g.labelRect = QRectF(o.x + kPad / 2, o.y + 1, std::min(box.size.x - kPad, headingWidth(box.label)), kHeading - 2);
    groups.push_back(g);
    for (std::size_t i = 0; i < box.members.size(); ++i)
        positions[box.members[i]] = Vec{o.x + box.local[i].x, o.y + box.local[i].y};
    for (const Box &child : box.children)
        emitBox(child, o, positions, groups);
}

QString nameAt(const LayoutNode &node, int index)
{
    if (index < node.territoryNames.size() && !node.territoryNames[index].trimmed().isEmpty())
        return node.territoryNames[index];
    return node.territoryPath.value(index);
}

} // namespace

Result<Placement> groupedLayout(const Canonical &input, const LayoutOptions &options, Monitor &monitor)
{
    const int level = std::clamp(options.groupLevel, 1, 2);
    // Kreis key → (VG key → members); the empty Kreis key collects actors without a territory.
    std::map<QString, std::map<QString, std::vector<int>>> tree;
    std::map<QString, QString> labels;
    for (int v = 0; v < input.size(); ++v) {
        const LayoutNode &node = *input.nodes[v];
        const QStringList &path = node.territoryPath;
        const QString kreis = path.size() >= 2 ? path[1] : QString();
        QString vg;
        if (!kreis.isEmpty()) {
            labels[kreis] = nameAt(node, 1);
            if (level == 2) {
                if (path.size() >= 3 && path[2] != kreis) {
                    vg = path[2];
                    labels[vg] = nameAt(node, 2);
                } else if (path.size() < 3) {
                    vg = kreis + QStringLiteral("/ohne-vg");
                    labels[vg] = tr("ohne Verbandsgemeinde");
                }
            }
        }
        tree[kreis][vg].push_back(v);
    }
    Box root;
    for (auto &[kreis, vgs] : tree) {
        Box kreisBox;
        kreisBox.key = kreis;
        kreisBox.level = 1;
        kreisBox.label = kreis.isEmpty() ? tr("ohne Gebietszuordnung") : labels[kreis];
        for (auto &[vg, members] : vgs) {
            if (vg.isEmpty()) {
                // Actors of a kreisfreie Stadt (its VG is the Kreis itself), of level 1 or without territory.
                if (vgs.size() == 1) {
                    kreisBox.members = members;
                    continue;
                }
                Box direct;
                direct.key = kreis;
                direct.level = 2;
                direct.label = kreisBox.label;
                direct.members = members;
                kreisBox.children.push_back(std::move(direct));
                continue;
            }
            Box vgBox;
            vgBox.key = vg;
            vgBox.level = 2;
            vgBox.label = labels[vg];
            vgBox.members = members;
            kreisBox.children.push_back(std::move(vgBox));
        }
        root.children.push_back(std::move(kreisBox));
    }
    // "ohne Gebietszuordnung" last (the empty key sorts first in the map).
    if (!root.children.empty() && root.children.front().key.isEmpty())
        std::rotate(root.children.begin(), root.children.begin() + 1, root.children.end());

    double done = 0;
    const double total = std::max(1, input.size());
    const auto range = monitor.range(0, 95);
    std::vector<Vec> sizes;
    for (Box &box : root.children) {
        if (!layoutBox(box, input, options.seed, range, done, total))
            return cancelledError();
        sizes.push_back(box.size);
    }
    const auto origins = packToAspect(sizes, kPageAspect, kBoxGap);
    Placement out;
    out.positions.resize(static_cast<std::size_t>(input.size()));
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        root.children[i].origin = origins[i];
        emitBox(root.children[i], Vec{}, out.positions, out.groups);
    }
    if (!applyPins(input, out.positions, monitor.range(95, 100)))
        return cancelledError();
    return out;
}

} // namespace netzatlas::render::detail
