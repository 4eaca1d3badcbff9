// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ImportChanges.h>

#include <QHash>

namespace netzatlas {

namespace {

template<typename Record>
void compare(const QList<Record> &before, const QList<Record> &after, QList<Record> *created, QList<Record> *oldState,
             QList<Record> *newState)
{
    QHash<qint64, const Record *> previous;
    previous.reserve(before.size());
    for (const Record &record : before)
        previous.insert(record.id.value, &record);
    for (const Record &record : after) {
        const Record *old = previous.value(record.id.value, nullptr);
        if (!old) {
            created->append(record);
        } else if (!old->sameContent(record)) {
            oldState->append(*old);
            newState->append(record);
        }
    }
}

} // namespace

ImportChanges ImportChanges::diff(const QList<Actor> &actorsBefore, const QList<Actor> &actorsAfter,
                                  const QList<CooperationLink> &linksBefore, const QList<CooperationLink> &linksAfter)
{
    ImportChanges changes;
    compare(actorsBefore, actorsAfter, &changes.createdActors, &changes.actorsBefore, &changes.actorsAfter);
    compare(linksBefore, linksAfter, &changes.createdLinks, &changes.linksBefore, &changes.linksAfter);
    return changes;
}

} // namespace netzatlas
