// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LayoutGraphBuilder.h"

#include <netzatlas/render/Diagram.h>

#include <catch2/catch.hpp>

#include <QHash>

#include <algorithm>
#include <numeric>

namespace netzatlas::test {

using namespace netzatlas::render;

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
        node.stage = chainStageOf(a.typeCode, a.schoolKind);
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

} // namespace netzatlas::test
