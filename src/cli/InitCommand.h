// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `init REGISTRY [--demo] [--territories FILE] [--land 07] [--title TEXT]`: creates a registry.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
