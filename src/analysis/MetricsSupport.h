// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <vector>

namespace netzatlas::analysis::Metrics {

/// Renumbers labels 0…labelCount−1 so that 0 is the largest group (ties: the group seen first); returns
/// the group sizes in the new order.
std::vector<int> renumberLabelsBySize(std::vector<int> &labels, int labelCount);

} // namespace netzatlas::analysis::Metrics
