// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `stats REGISTRY [--json]`: counts of the registry.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
