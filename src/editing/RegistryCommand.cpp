// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/RegistryCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

namespace netzatlas {

RegistryCommand::RegistryCommand(RegistryDocument *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

void RegistryCommand::redo()
{
    const bool firstRun = m_firstRun;
    m_firstRun = false;
    if (Status status = apply(); !status.ok()) {
        setObsolete(true);
        m_document->commandFailed(text(), status.error(), firstRun);
    }
}

void RegistryCommand::undo()
{
    if (Status status = revert(); !status.ok()) {
        setObsolete(true);
        m_document->commandFailed(text(), status.error(), false);
    }
}

} // namespace netzatlas
