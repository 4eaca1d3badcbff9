// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TerritoryPicker.h"

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <algorithm>

namespace netzatlas {

TerritoryPicker::TerritoryPicker(QWidget *parent)
    : RecordPicker(parent)
    , m_levels{TerritoryLevel::Kreis, TerritoryLevel::Gemeindeverband, TerritoryLevel::Gemeinde}
{
    setPlaceholderText(tr("Gemeinde, AGS oder Regionalschlüssel eingeben …"));
}

QList<RecordPicker::Match> TerritoryPicker::findMatches(const QString &text) const
{
    QList<Match> matches;
    if (!document())
        return matches;
    QString digits = text;
    digits.remove(u' ');
    const bool numeric =
        !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
    const QString folded = Text::fold(text);
    for (const Territory &t : document()->territories()) {
        if (!m_levels.contains(t.level))
            continue;
        int rank = -1;
        if (numeric) {
            if (t.rs == digits || t.ags == digits)
                rank = 0;
            else if (t.rs.startsWith(digits) || (!t.ags.isEmpty() && t.ags.startsWith(digits)))
                rank = 10 + static_cast<int>(t.rs.size());
        } else {
            const QString name = Text::fold(t.displayName());
            if (name == folded)
                rank = 0;
            else if (name.startsWith(folded))
                rank = 1;
            else if (Text::containsFolded(t.name, text) || Text::containsFolded(t.qualifiedName(), text))
                rank = 2;
            if (rank >= 0)
                rank = rank * 10 + static_cast<int>(t.level); // Gemeinden after their Verbandsgemeinde
        }
        if (rank < 0)
            continue;
        Match match = describe(t.rs);
        match.rank = rank;
        matches.append(match);
    }
    return matches;
}

RecordPicker::Match TerritoryPicker::describe(const QString &key) const
{
    Match match;
    match.key = key;
    const Territory *t = document() ? document()->territory(key) : nullptr;
    if (!t)
        return match;
    match.title = t->level == TerritoryLevel::Gemeinde ? t->displayName() : t->qualifiedName();
    match.subtitle = tr("%1 · RS %2").arg(document()->territoryPath(key), key);
    return match;
}

} // namespace netzatlas
