// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace netzatlas::cli {

/// netzatlas-cli: dispatches the verb to its command. `arguments` excludes the program name.
class CliApplication
{
public:
    CliApplication();
    int run(const QStringList &arguments, CliContext &context);
    [[nodiscard]] QString help() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace netzatlas::cli
