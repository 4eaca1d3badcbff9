// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RecordSet.h>
#include <netzatlas/editing/RegistryCommand.h>

namespace netzatlas {

/// Removes actors (with everything that depends on them: take the snapshot with
/// RegistryDocument::removalSnapshot()), links or contact persons in one transaction. Undo puts every record back
/// with its id, and the references that other records had to them.
class RemoveRecordsCommand : public RegistryCommand
{
public:
    RemoveRecordsCommand(RegistryDocument *document, const QString &text, RecordSet snapshot);

    [[nodiscard]] const RecordSet &snapshot() const { return m_snapshot; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordSet m_snapshot;
};

} // namespace netzatlas
