// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ActorPicker.h"

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryDocument.h>

namespace netzatlas {

ActorPicker::ActorPicker(QWidget *parent)
    : RecordPicker(parent)
{
    setPlaceholderText(tr("Name, Ort, Schlüssel oder Schulnummer eingeben …"));
}

QList<RecordPicker::Match> ActorPicker::findMatches(const QString &text) const
{
    QList<Match> matches;
    if (!document())
        return matches;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString folded = Text::fold(text);
    for (const Actor &a : document()->actors()) {
        if (a.id == m_excluded)
            continue;
        const QString haystack =
            QStringList{a.name, a.shortName, a.key, a.schoolNumber, a.city, document()->actorTypeLabel(a.typeCode)}
                .join(u' ');
        bool all = !words.isEmpty();
        for (const QString &word : words)
            all = all && Text::containsFolded(haystack, word);
        if (!all)
            continue;
        Match match = describe(QString::number(a.id.value));
        const QString name = Text::fold(a.name);
        match.rank = name == folded ? 0 : (name.startsWith(folded) || a.key == text ? 1 : 2);
        matches.append(match);
    }
    return matches;
}

RecordPicker::Match ActorPicker::describe(const QString &key) const
{
    Match match;
    match.key = key;
    const Actor *a = document() ? document()->actor(ActorId(key.toLongLong())) : nullptr;
    if (!a)
        return match;
    match.title = a->name;
    QStringList parts{document()->actorTypeLabel(a->typeCode)};
    if (const Territory *t = document()->territory(a->seatRs))
        parts << t->displayName();
    else if (!a->city.isEmpty())
        parts << a->city;
    match.subtitle = parts.join(QStringLiteral(", "));
    return match;
}

} // namespace netzatlas
