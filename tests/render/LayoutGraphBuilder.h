// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A minimal LayoutGraph builder for the layout tests (the production one lives with the diagram model).

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/Layout.h>

namespace netzatlas::test {

/// One node per actor (label sized from its short name or name), one edge per link with intensity as
/// weight, territory path and names from the actor's seat, Bildungskette stage from type and Schulart.
render::LayoutGraph layoutGraphFromRegistry(RegistryRepository &registry);

/// Fails the running test unless no two of the nodes' shapes and labels overlap; returns the count.
int countOverlaps(const render::LayoutGraph &graph, const render::LayoutResult &result, bool withGroupLabels);

} // namespace netzatlas::test
