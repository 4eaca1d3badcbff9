// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/editing/RecordSet.h>
#include <netzatlas/editing/RegistryCommand.h>

namespace netzatlas {

/// Changes the content of stored records (actors, committees, links, contact persons, measures, budgets) from `before`
/// to `after`, all in one transaction: a single edit in an editor as well as a bulk edit of many rows (tags, status) is
/// one undo step. Like Tiled's ChangeValue, it stores both states; redo writes `after`, undo writes `before`.
class ChangeRecordsCommand : public RegistryCommand
{
public:
    ChangeRecordsCommand(RegistryDocument *document, const QString &text, RecordSet before, RecordSet after);

    /// "Akteur „X“ ändern" for one actor.
    [[nodiscard]] static ChangeRecordsCommand *changeActor(RegistryDocument *document, const Actor &before,
                                                           const Actor &after);
    [[nodiscard]] static ChangeRecordsCommand *changeLink(RegistryDocument *document, const CooperationLink &before,
                                                          const CooperationLink &after);
    [[nodiscard]] static ChangeRecordsCommand *changeContact(RegistryDocument *document, const ContactPerson &before,
                                                             const ContactPerson &after);
    [[nodiscard]] static ChangeRecordsCommand *changeCommittee(RegistryDocument *document, const Actor &actorBefore,
                                                               const Committee &before, const Actor &actorAfter,
                                                               const Committee &after);
    [[nodiscard]] static ChangeRecordsCommand *changeMeasure(RegistryDocument *document, const Measure &before,
                                                             const Measure &after);
    [[nodiscard]] static ChangeRecordsCommand *changeBudget(RegistryDocument *document, const Budget &before,
                                                            const Budget &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    RecordSet m_before;
    RecordSet m_after;
};

} // namespace netzatlas
