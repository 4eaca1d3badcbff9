// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>
#include <netzatlas/core/CooperationLink.h>

#include <QList>

namespace netzatlas {

/// What an import changed, for its undo: records it created (removed on undo, restored with their ids on redo)
/// and records it updated (before and after).
struct ImportChanges
{
    QList<Actor> createdActors;
    QList<Actor> actorsBefore;
    QList<Actor> actorsAfter;
    QList<CooperationLink> createdLinks;
    QList<CooperationLink> linksBefore;
    QList<CooperationLink> linksAfter;

    [[nodiscard]] bool isEmpty() const
    {
        return createdActors.isEmpty() && actorsAfter.isEmpty() && createdLinks.isEmpty() && linksAfter.isEmpty();
    }
    /// Compares the records before and after an import by id (content, not row versions).
    [[nodiscard]] static ImportChanges diff(const QList<Actor> &actorsBefore, const QList<Actor> &actorsAfter,
                                            const QList<CooperationLink> &linksBefore,
                                            const QList<CooperationLink> &linksAfter);
};

} // namespace netzatlas
