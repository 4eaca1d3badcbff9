// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RemoveRecordsCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

namespace netzatlas {

RemoveRecordsCommand::RemoveRecordsCommand(RegistryDocument *document, const QString &text, RecordSet snapshot)
    : RegistryCommand(document, text)
    , m_snapshot(std::move(snapshot))
{}

Status RemoveRecordsCommand::apply()
{
    return document()->applyRemove(m_snapshot);
}

Status RemoveRecordsCommand::revert()
{
    return document()->applyRestore(m_snapshot);
}

} // namespace netzatlas
