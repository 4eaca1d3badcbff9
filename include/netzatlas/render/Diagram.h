// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The diagram model: the filtered network with everything the renderer needs (labels, colours, shapes,
// sizes, legend, title) and nothing it must not show (contact persons are never loaded; pseudonymised
// actors carry no name). Plain data, built off the GUI thread if needed, then painted by DiagramRenderer.

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/render/DiagramSpec.h>
#include <netzatlas/render/Layout.h>

#include <QColor>
#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace netzatlas {
class RegistryRepository;
namespace analysis {
struct AnalysisInput;
}
} // namespace netzatlas

namespace netzatlas::render {

enum class NodeShape { Circle, Square, Diamond, Triangle, Pentagon, Hexagon, Octagon, Star, Cross, RoundRect };
/// Catalogue shape name ("circle", "diamond" …) → shape; unknown names give a circle.
[[nodiscard]] NodeShape nodeShapeFromName(const QString &name);

/// Bildungskette lane of an actor type / Schulart (domain §4: Kita 1+, GS 6+, Sek I 10+, BBS 16+, 18+).
[[nodiscard]] ChainStage chainStageOf(const QString &actorType, const QString &schoolKind);

struct DiagramNode
{
    ActorId actor;
    QString key;
    QString label;      ///< full label (name, or pseudonym)
    QString shortLabel; ///< short name, abbreviation or pseudonym: used when the full label does not fit
    bool pseudonym = false;
    QString typeCode;
    QString typeLabel;
    QColor color; ///< fill (actor type colour, or pillar colour)
    NodeShape shape = NodeShape::Circle;
    QString glyph; ///< 1–3 letters drawn inside the symbol (Schulart for schools)
    QString schoolKind;
    bool scp = false;
    QStringList pillars;  ///< pillars of the measures the actor takes part in (I, II, III)
    double measure = 0.0; ///< value of the size measure
    double size = 14.0;   ///< symbol diameter in pt at symbol scale 1
    ChainStage stage = ChainStage::Partner;
    QStringList territoryPath;  ///< [Land, Kreis, VG, Gemeinde] Regionalschlüssel
    QStringList territoryNames; ///< short display names, same length
    QPointF position;           ///< scene units (pt at zoom 1), set by the layout
    bool pinned = false;
};

struct DiagramLink
{
    LinkId id;
    int source = 0; ///< node index
    int target = 0;
    QString typeCode;
    QString typeLabel;
    QColor color;
    QString formality; ///< INFORMELL, REGELMAESSIG, VEREINBART, VERTRAGLICH
    int intensity = 1; ///< 1…3
    bool directed = false;
    int parallelIndex = 0; ///< position among the links between the same pair (separate curves)
    int parallelCount = 1;
    bool crossesGroups = false; ///< grouped layout: the ends sit in different boxes
};

/// One line of the legend.
struct LegendEntry
{
    enum class Kind { ActorType, LinkType, Formality, ScpMark, Size, Pillar, Pseudonym };
    Kind kind = Kind::ActorType;
    QString label;
    QColor color;
    NodeShape shape = NodeShape::Circle;
    QString glyph;
    QString formality;
    double size = 0.0; ///< Kind::Size: symbol diameter
    int count = 0;     ///< how many shown actors/links it stands for
};

struct LegendSection
{
    QString title;
    std::vector<LegendEntry> entries;
};

/// A filtered, styled and laid-out network.
struct Diagram
{
    QString title;
    QString subtitle;
    QString sourceLine;
    LayoutKind layout = LayoutKind::ForceDirected;
    SizeMeasure sizeBy = SizeMeasure::Degree;
    QDate date;
    std::vector<DiagramNode> nodes;
    std::vector<DiagramLink> links;
    std::vector<LayoutGroup> groups;
    std::vector<LegendSection> legend;
    QRectF bounds; ///< scene bounds of nodes and groups
    bool demo = false;

    /// Node index of an actor, -1 when not shown.
    [[nodiscard]] int nodeOf(ActorId actor) const;
    [[nodiscard]] int nodeOfKey(const QString &key) const;
};

/// What the builder reads from a registry: the analysis input (actors, links, measures, budgets, territory
/// names; no contact persons) plus catalogue colours and shapes and the registry's metadata.
struct DiagramSource
{
    std::shared_ptr<const analysis::AnalysisInput> input;
    QList<CatalogueEntry> actorTypes;
    QList<CatalogueEntry> linkTypes;
    QString registryName; ///< registry title, or the file name
    bool demo = false;
    QDate today; ///< the demo's as-of date, otherwise the current date
    QString territoryAttribution;

    /// Loads everything from an open registry (on the thread that owns it).
    [[nodiscard]] static Result<DiagramSource> load(RegistryRepository &registry);
    /// A source around an in-memory input (benchmarks, tests) with the seed catalogues.
    [[nodiscard]] static DiagramSource fromInput(std::shared_ptr<const analysis::AnalysisInput> input,
                                                 const QString &name);
};

/// Filters and styles the network; positions come from the spec (or stay at 0 until a layout runs).
[[nodiscard]] Result<Diagram> buildDiagram(const DiagramSource &source, const DiagramSpec &spec);

/// The layout input of a diagram (keys, sizes, label boxes, pins, Bildungskette stage, territory path).
[[nodiscard]] LayoutGraph toLayoutGraph(const Diagram &diagram);
/// Takes over positions and groups and marks the links that cross group boxes.
void applyLayout(Diagram &diagram, const LayoutResult &layout);
/// buildDiagram + computeLayout + applyLayout; pinned saved positions are respected.
[[nodiscard]] Result<Diagram> buildLaidOutDiagram(const DiagramSource &source, const DiagramSpec &spec,
                                                  const LayoutProgress &progress = {});

} // namespace netzatlas::render
