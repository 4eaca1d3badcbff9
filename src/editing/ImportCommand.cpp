// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ImportCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

namespace netzatlas {

ImportCommand::ImportCommand(RegistryDocument *document, const QString &text, ImportChanges changes)
    : RegistryCommand(document, text)
    , m_changes(std::move(changes))
{}

Status ImportCommand::apply()
{
    if (m_applied) {
        m_applied = false;
        return document()->reloadRecords();
    }
    return document()->applyImportChanges(m_changes, false);
}

Status ImportCommand::revert()
{
    return document()->applyImportChanges(m_changes, true);
}

} // namespace netzatlas
