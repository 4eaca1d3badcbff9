// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The one QPainter renderer of Netzatlas: the map on screen, the SVG, PDF and PNG exports and the CLI all
// paint through it, so that what a committee sees on paper is what the coordinator saw on screen.
//
// Geometry: node positions are in scene units (1 unit = 1 pt at zoom 1). A Viewport maps the scene to the
// view (zoom and centre). Symbols, lines and labels keep their size in view units (pt on paper, px on
// screen) times RenderOptions::symbolScale, like the symbols of a map: zooming in spreads the network out,
// it does not blow the type up. Labels are placed greedily per zoom level without overlapping each other,
// the symbols or the group headings; what does not fit is shortened, then hidden (counted, never silent).

#include <netzatlas/render/Diagram.h>

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QStringList>
#include <QTransform>

#include <memory>
#include <vector>

class QPainter;

namespace netzatlas::render {

/// The part of the scene a view shows.
struct Viewport
{
    QPointF center;    ///< scene point shown in the middle of the view
    double zoom = 1.0; ///< view units per scene unit
    QSizeF size;       ///< view size (px on screen, pt on paper)

    [[nodiscard]] QTransform sceneToView() const;
    [[nodiscard]] QPointF toView(const QPointF &scene) const;
    [[nodiscard]] QPointF toScene(const QPointF &view) const;
    [[nodiscard]] QRectF visibleScene() const;
    /// The viewport that shows `scene` inside a view of `size` with `margin` view units left free on each side.
    [[nodiscard]] static Viewport fitting(const QRectF &scene, const QSizeF &size, double margin = 0.0);
};

/// How to paint. Node, link and group indices refer to the Diagram.
struct RenderOptions
{
    double symbolScale = 1.0; ///< symbol size multiplier (Diagram node sizes are in pt at scale 1)
    double fontSize = 7.0;    ///< label font size in view units
    bool labels = true;
    bool groups = true;
    bool antialias = true;
    QColor background = QColor(255, 255, 255);
    QSet<int> selectedNodes;    ///< drawn with a selection halo
    QSet<int> highlightedNodes; ///< analysis results (articulation points, gaps …): accent halo
    QSet<int> highlightedLinks; ///< e.g. cross-boundary links: drawn on top, wider
    bool dimOthers = false;     ///< with highlights: everything else faded

    /// Key of everything that changes label placement (not the pan position).
    [[nodiscard]] QString placementKey(double zoom) const;
};

/// A label as placed in view coordinates relative to the view origin of a zoom level (see LabelLayout).
struct PlacedLabel
{
    int node = -1;
    QRectF rect;       ///< in "zoomed scene" coordinates: scene × zoom, before the pan offset
    QStringList lines; ///< one or two lines
    bool shortened = false;
};

/// Result of the greedy label placement for one zoom level.
struct LabelLayout
{
    std::vector<PlacedLabel> labels;
    int hidden = 0;    ///< labels left out for lack of room
    int shortened = 0; ///< labels shown with the short form
    /// Measured afterwards on the final geometry: label/label and label/symbol intersections. 0 by construction;
    /// tests check it independently of the placement code.
    int overlaps = 0;
};

/// Paints a Diagram; caches label placement per zoom level so that panning repaints without re-placing.
/// Not thread-safe; one instance per view. The Diagram must outlive the renderer.
class DiagramRenderer
{
public:
    explicit DiagramRenderer(const Diagram &diagram);
    ~DiagramRenderer();
    DiagramRenderer(const DiagramRenderer &) = delete;
    DiagramRenderer &operator=(const DiagramRenderer &) = delete;

    [[nodiscard]] const Diagram &diagram() const { return m_diagram; }

    /// Paints groups, links, symbols and labels of the viewport into the painter's current coordinate system
    /// (view units, origin at the top left of the view). Leaves the painter state as it found it.
    void paint(QPainter &painter, const Viewport &viewport, const RenderOptions &options);

    /// Label placement for a zoom level (cached).
    const LabelLayout &labels(const Viewport &viewport, const RenderOptions &options);
    /// Drops the caches (after positions or labels of the diagram changed).
    void invalidate();

    // ---- hit testing (view coordinates), for the interactive map
    /// Topmost node under `viewPos`, -1 if none.
    [[nodiscard]] int nodeAt(const Viewport &viewport, const RenderOptions &options, const QPointF &viewPos) const;
    /// Link whose curve passes within `tolerance` view units of `viewPos`, -1 if none.
    [[nodiscard]] int linkAt(const Viewport &viewport, const RenderOptions &options, const QPointF &viewPos,
                             double tolerance = 4.0) const;
    /// Nodes whose centre lies in `viewRect` (rubber-band selection).
    [[nodiscard]] std::vector<int> nodesIn(const Viewport &viewport, const QRectF &viewRect) const;
    /// Symbol rectangle of a node in view coordinates.
    [[nodiscard]] QRectF nodeRect(int node, const Viewport &viewport, const RenderOptions &options) const;
    /// Curve of a link in view coordinates (separate curves for parallel links).
    [[nodiscard]] QPainterPath linkPath(int link, const Viewport &viewport, const RenderOptions &options) const;

    /// The fonts of diagrams (Lato, bundled); registers them on first use. Needs a QGuiApplication.
    [[nodiscard]] static QFont font(double pointSize, bool bold = false);
    /// Paints one node symbol (also used by the legend).
    static void paintSymbol(QPainter &painter, const QPointF &center, double diameter, NodeShape shape,
                            const QColor &fill, const QString &glyph, bool scp, double lineScale = 1.0);
    /// Pen of a link of that formality, colour and intensity (width in view units).
    [[nodiscard]] static QPen linkPen(const QColor &color, const QString &formality, int intensity,
                                      double lineScale = 1.0);

private:
    struct Cache;
    const Diagram &m_diagram;
    std::unique_ptr<Cache> m_cache;
};

/// Counts intersections between placed labels and between labels and node symbols (all of them).
[[nodiscard]] int countLabelOverlaps(const LabelLayout &layout, const std::vector<QRectF> &symbolRects);

} // namespace netzatlas::render
