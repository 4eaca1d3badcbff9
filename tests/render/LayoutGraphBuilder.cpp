// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LayoutGraphBuilder.h"

#include <catch2/catch.hpp>

#include <QHash>

#include <algorithm>
#include <numeric>

namespace netzatlas::test {

using namespace netzatlas::render;

namespace {

ChainStage stageOf(const Actor &actor)
{
    if (actor.typeCode == u"KITA")
        return ChainStage::Kita;
    if (actor.typeCode == u"SCHULE") {
        if (actor.schoolKind == u"GS" || actor.schoolKind == u"GS_RSPLUS" || actor.schoolKind == u"GHS")
            return ChainStage::Grundschule;
        if (actor.schoolKind == u"BBS")
            return ChainStage::BerufAusbildung;
        return ChainStage::Sekundarstufe;
    }
    if (actor.typeCode == u"HOCHSCHULE" || actor.typeCode == u"VHS")
        return ChainStage::StudiumWeiterbildung;
    return ChainStage::Partner;
}

} // namespace

LayoutGraph layoutGraphFromRegistry(RegistryRepository &registry)
{
    LayoutGraph graph;
    auto actors = registry.actors();
    REQUIRE(actors.ok());
    QHash<qint64, int> index;
    QHash<QString, QString> names;
    auto nameOf = [&](const QString &rs) {
        if (!names.contains(rs)) {
            auto t = registry.territory(rs);
            names.insert(rs, t.ok() && t->has_value() ? (*t)->displayName() : rs);
        }
        return names.value(rs);
    };
    for (const Actor &a : *actors) {
        LayoutNode node;
        node.key = a.key;
        const QString label = a.shortName.isEmpty() ? a.name : a.shortName;
        node.labelSize = QSizeF(std::min(160.0, 6.0 * static_cast<double>(label.size()) + 4), 14);
        node.stage = stageOf(a);
        const QString rs = a.seatRs;
        for (int len : {2, 5, 9, 12}) {
            if (rs.size() < len)
                break;
            node.territoryPath << rs.left(len);
            node.territoryNames << nameOf(rs.left(len));
        }
        index.insert(a.id.value, static_cast<int>(graph.nodes.size()));
        graph.nodes.push_back(node);
    }
    auto links = registry.links();
    REQUIRE(links.ok());
    for (const CooperationLink &l : *links) {
        if (!index.contains(l.source.value) || !index.contains(l.target.value))
            continue;
        graph.edges.push_back(
            LayoutEdge{index.value(l.source.value), index.value(l.target.value), static_cast<double>(l.intensity)});
    }
    return graph;
}

int countOverlaps(const LayoutGraph &graph, const LayoutResult &result, bool withGroupLabels, LayoutKind kind)
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

} // namespace netzatlas::test
