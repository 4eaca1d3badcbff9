// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

namespace netzatlas::cli {

/// `import REGISTRY --measures FILE… [--dry-run] [--on-conflict update|skip|fail]`, called by ImportCommand:
/// imports SCP measures (MeasureImporter), all files in one all-or-nothing run. `otherInputs`: the call also
/// names actor, link or territory files (rejected: measures are imported on their own, after the actors).
int runMeasureImport(const QString &registryPath, const QStringList &files, bool dryRun, const QString &onConflict,
                     bool otherInputs, CliContext &context);

} // namespace netzatlas::cli
