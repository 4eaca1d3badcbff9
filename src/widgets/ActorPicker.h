// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "RecordPicker.h"

#include <netzatlas/core/Ids.h>

namespace netzatlas {

/// Picks an actor by name, short name, key, Schulnummer or place; the popup shows type and Gemeinde.
class ActorPicker : public RecordPicker
{
    Q_OBJECT

public:
    explicit ActorPicker(QWidget *parent = nullptr);

    [[nodiscard]] ActorId currentActor() const { return ActorId(currentKey().toLongLong()); }
    void setCurrentActor(ActorId id) { setCurrentKey(id.isValid() ? QString::number(id.value) : QString()); }
    /// This actor is not offered (the other end of a link, the committee itself).
    void setExcluded(ActorId id) { m_excluded = id; }

protected:
    [[nodiscard]] QList<Match> findMatches(const QString &text) const override;
    [[nodiscard]] Match describe(const QString &key) const override;

private:
    ActorId m_excluded;
};

} // namespace netzatlas
