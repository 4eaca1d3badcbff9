// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QString>

namespace netzatlas {

/// Position of an actor in a saved view's layout.
struct LayoutPosition
{
    ActorId actor;
    double x = 0.0;
    double y = 0.0;
    bool pinned = false;

    bool operator==(const LayoutPosition &) const = default;
};

/// A named view of the network: filters, styling, layout algorithm, title and positions.
/// Filters and styling are JSON documents owned by the render/editing layers.
struct SavedView
{
    ViewId id;
    QString name;
    QString title;
    QString subtitle;
    QString layoutAlgorithm;
    QString filterJson;
    QString styleJson;
    QDateTime modified;
    int rowVersion = 0;

    bool operator==(const SavedView &) const = default;
};

} // namespace netzatlas
