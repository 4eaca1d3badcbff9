// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "RecordPicker.h"

#include <netzatlas/core/Territory.h>

#include <QList>

namespace netzatlas {

/// Picks a territory by name ("Hargesheim", "rudesheim"), AGS ("07133040") or Regionalschlüssel
/// ("071335006040"); the popup and the line below show the path Kreis › Verbandsgemeinde › Gemeinde.
class TerritoryPicker : public RecordPicker
{
    Q_OBJECT

public:
    explicit TerritoryPicker(QWidget *parent = nullptr);

    /// Only territories of these levels are offered (default: Gemeindeverband and Gemeinde, Kreis).
    void setLevels(const QList<TerritoryLevel> &levels) { m_levels = levels; }

protected:
    [[nodiscard]] QList<Match> findMatches(const QString &text) const override;
    [[nodiscard]] Match describe(const QString &key) const override;

private:
    QList<TerritoryLevel> m_levels;
};

} // namespace netzatlas
