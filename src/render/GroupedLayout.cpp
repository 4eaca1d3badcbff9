// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2

// Grouped by territory: a box per Kreis holding a box per Verbandsgemeinde (groupLevel 2) or the actors
// directly (groupLevel 1). Inside a leaf box the actors get a compact force layout of the links among
// them; boxes are shelf-packed, the tallest first, their sizes taken from their content. Links between
// boxes are left to the renderer: they are the "geteilte Zuständigkeiten" the picture is about.

#include "Layouts.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace netzatlas::render::detail {

namespace {

constexpr double kPad = 8.0;
constexpr double kBoxGap = 14.0;

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

/// Gives the box its size and its content relative positions. Returns false when cancelled.
bool layoutBox(Box &box, const Canonical &input, quint32 seed, Monitor::Range progress, double &done, double total)
{
    const double labelWidth = estimateTextWidth(box.label);
    Vec content;
    if (box.children.empty()) {
        const auto &m = box.members;
        std::vector<int> local(static_cast<std::size_t>(input.size()), -1);
        for (std::size_t i = 0; i < m.size(); ++i)
            local[m[i]] = static_cast<int>(i);
        std::vector<std::pair<std::pair<int, int>, double>> edges;
        std::vector<Footprint> fps(m.size());
        for (std::size_t i = 0; i < m.size(); ++i) {
            const int v = m[i];
            fps[i] = input.footprints[v];
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
        std::vector<int> all(m.size());
        for (std::size_t i = 0; i < m.size(); ++i)
            all[i] = static_cast<int>(i);
        const QRectF b = footprintBounds(pos, fps, all);
        content = Vec{b.width(), b.height()};
        const double width = std::max(content.x, labelWidth) + 2 * kPad;
        const double dx = kPad + (width - 2 * kPad - content.x) / 2 - b.left();
        const double dy = kGroupLabelHeight + kPad - b.top();
        box.local.resize(m.size());
        for (std::size_t i = 0; i < m.size(); ++i)
            box.local[i] = Vec{pos[i].x + dx, pos[i].y + dy};
        box.size = Vec{width, kGroupLabelHeight + content.y + 2 * kPad};
        return true;
    }
    std::vector<Vec> sizes;
    double area = 0, widest = 0;
    for (Box &child : box.children) {
        if (!layoutBox(child, input, seed, progress, done, total))
            return false;
        sizes.push_back(child.size);
        area += (child.size.x + kBoxGap) * (child.size.y + kBoxGap);
        widest = std::max(widest, child.size.x);
    }
    const auto origins = packShelves(sizes, std::max(widest, std::sqrt(area) * 1.3), kBoxGap);
    for (std::size_t i = 0; i < box.children.size(); ++i) {
        content.x = std::max(content.x, origins[i].x + sizes[i].x);
        content.y = std::max(content.y, origins[i].y + sizes[i].y);
    }
    const double width = std::max(content.x, labelWidth) + 2 * kPad;
    const double dx = kPad + (width - 2 * kPad - content.x) / 2;
    for (std::size_t i = 0; i < box.children.size(); ++i)
        box.children[i].origin = Vec{origins[i].x + dx, origins[i].y + kGroupLabelHeight + kPad};
    box.size = Vec{width, kGroupLabelHeight + content.y + 2 * kPad};
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
    g.labelRect = QRectF(o.x + kPad / 2, o.y + 1, std::min(box.size.x - kPad, estimateTextWidth(box.label)),
                         kGroupLabelHeight - 2);
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
    double area = 0, widest = 0;
    for (Box &box : root.children) {
        if (!layoutBox(box, input, options.seed, range, done, total))
            return cancelledError();
        sizes.push_back(box.size);
        area += (box.size.x + kBoxGap) * (box.size.y + kBoxGap);
        widest = std::max(widest, box.size.x);
    }
    const auto origins = packShelves(sizes, std::max(widest, std::sqrt(area) * 1.4), 2 * kBoxGap);
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
