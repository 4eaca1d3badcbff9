// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What a diagram shows and how: filters, styling, layout and title. This is what a saved view stores
// (SavedView::filterJson / styleJson / layoutAlgorithm / title, positions in the repository); the JSON
// format is documented in docs/diagramme.md so that the map and the exports read the same views.

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/SavedView.h>
#include <netzatlas/render/Layout.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace netzatlas::render {

/// Which actors and links a diagram shows. Empty lists do not filter.
struct DiagramFilter
{
    QStringList actorTypes;    ///< actor type codes
    QStringList linkTypes;     ///< link type codes
    QStringList actionFields;  ///< Handlungsfeld codes of the links
    QStringList formalities;   ///< INFORMELL, REGELMAESSIG, VEREINBART, VERTRAGLICH
    QString territoryRs;       ///< only actors seated in this territory (Regionalschlüssel prefix)
    QDate at;                  ///< the network on that day; null = the registry's "today" (demo: its as-of date)
    bool scpOnly = false;      ///< only SCP schools and their direct partners
    bool hideIsolated = false; ///< leave out actors without a shown link
    QString centerKey;         ///< ego view / ring centre: actor key
    int egoSteps = 0;          ///< 1 or 2: only actors within that many steps of the centre; 0 = whole network

    bool operator==(const DiagramFilter &) const = default;
};

/// What the node size shows.
enum class SizeMeasure { None, Degree, Betweenness, Budget };
/// What the node fill shows.
enum class ColorMode { ActorType, Pillar };
/// Which name a node label shows.
enum class LabelMode { Name, ShortName, None };

struct DiagramStyle
{
    SizeMeasure sizeBy = SizeMeasure::Degree;
    ColorMode colorBy = ColorMode::ActorType;
    LabelMode labels = LabelMode::Name;
    bool anonymize = false;     ///< actors of `anonymizeTypes` appear as pseudonyms ("Kita 1", "GS 2")
    QStringList anonymizeTypes; ///< empty with anonymize = defaultAnonymizedTypes()
    bool showLegend = true;
    int groupLevel = 2; ///< grouped layout: 1 = Kreis, 2 = Verbandsgemeinde
    quint32 seed = 1;   ///< force-directed layout seed

    bool operator==(const DiagramStyle &) const = default;
};

/// Actor types pseudonymised when anonymisation is asked for without a list: schools, Kitas, Kindertagespflege
/// (a person's name) and Familienzentren.
[[nodiscard]] QStringList defaultAnonymizedTypes();

/// A position of an actor in a view (scene units), pinned when the user placed it.
struct NodePosition
{
    double x = 0.0;
    double y = 0.0;
    bool pinned = false;
};

/// Everything that defines one diagram.
struct DiagramSpec
{
    QString title;    ///< empty = generated from the registry title
    QString subtitle; ///< empty = generated (registry, filter, date)
    LayoutKind layout = LayoutKind::ForceDirected;
    DiagramFilter filter;
    DiagramStyle style;
    QHash<qint64, NodePosition> positions; ///< by ActorId value; saved positions of the view

    /// Serialised filter (SavedView::filterJson) and style (SavedView::styleJson), compact JSON.
    [[nodiscard]] QString filterJson() const;
    [[nodiscard]] QString styleJson() const;
    /// A SavedView carrying this spec (name, title, layout, JSON); positions go through setPositions().
    [[nodiscard]] SavedView toSavedView(const QString &name) const;
    [[nodiscard]] QList<LayoutPosition> layoutPositions() const;

    /// Reads a saved view; errors name the view and the field ("Ansicht „X“, Feld „sizeBy“: …").
    [[nodiscard]] static Result<DiagramSpec> fromSavedView(const SavedView &view,
                                                           const QList<LayoutPosition> &positions = {});
    [[nodiscard]] static Result<DiagramFilter> parseFilter(const QString &json, const QString &context = {});
    [[nodiscard]] static Result<DiagramStyle> parseStyle(const QString &json, const QString &context = {});
};

[[nodiscard]] QString sizeMeasureName(SizeMeasure measure); ///< "none", "degree", "betweenness", "budget"
[[nodiscard]] std::optional<SizeMeasure> sizeMeasureFromName(const QString &name);
[[nodiscard]] QString sizeMeasureLabel(SizeMeasure measure); ///< German: "Zahl der Partner" …

} // namespace netzatlas::render
