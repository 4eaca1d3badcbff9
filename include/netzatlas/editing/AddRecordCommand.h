// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RecordSet.h>
#include <netzatlas/editing/RegistryCommand.h>

namespace netzatlas {

/// Adds one record: an actor, a cooperation link, a contact person, a measure, a budget, or a committee with the
/// actor that represents it. The first redo inserts it and keeps what was stored (id, generated key); undo removes it,
/// a later redo puts it back with the same id and key.
class AddRecordCommand : public RegistryCommand
{
public:
    AddRecordCommand(RegistryDocument *document, const Actor &actor);
    AddRecordCommand(RegistryDocument *document, const CooperationLink &link);
    AddRecordCommand(RegistryDocument *document, const ContactPerson &contact);
    AddRecordCommand(RegistryDocument *document, const Actor &actor, const Committee &committee);
    AddRecordCommand(RegistryDocument *document, const Measure &measure);
    AddRecordCommand(RegistryDocument *document, const Budget &budget);

    /// The records as stored (valid after the first redo).
    [[nodiscard]] const RecordSet &created() const { return m_created; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordSet m_pending;
    RecordSet m_created;
    bool m_inserted = false;
};

} // namespace netzatlas
