// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `export REGISTRY --format csv --out FILE [--table actors|links|all] …`: writes the registry in a file format.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
