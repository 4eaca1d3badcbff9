// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `report REGISTRY --kind plan --school-year 2025/26 --out plan.xlsx|plan.pdf [--traeger KEY]`: writes the
/// Chancenbudget plan of a school year (docs/cli.md).
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
