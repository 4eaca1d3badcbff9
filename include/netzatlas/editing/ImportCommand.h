// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/ImportChanges.h>
#include <netzatlas/editing/RegistryCommand.h>

namespace netzatlas {

/// An import as one undo step. The import itself runs elsewhere (a worker thread with its own connection, see
/// ImportJob); this command is pushed afterwards with what it changed. Its first redo only re-reads the document;
/// undo removes what the import created and restores what it updated; a later redo writes the import's result
/// again with the same ids.
class ImportCommand : public RegistryCommand
{
public:
    ImportCommand(RegistryDocument *document, const QString &text, ImportChanges changes);

    [[nodiscard]] const ImportChanges &changes() const { return m_changes; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ImportChanges m_changes;
    bool m_applied = true; ///< the import has already written its result when the command is made
};

} // namespace netzatlas
