// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `import REGISTRY (--actors FILE | --links FILE | --territories FILE | --measures FILE)... [--mapping FILE]
/// [--dry-run] [--on-conflict update|skip|fail]`: all-or-nothing import.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace netzatlas::cli
