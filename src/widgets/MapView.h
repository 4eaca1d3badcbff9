// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/SavedView.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramRenderer.h>
#include <netzatlas/render/ViewCache.h>

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace netzatlas {

/// The interactive network map: a plain QWidget that paints the diagram through the one DiagramRenderer and
/// hit-tests through it.
///
/// Why a custom widget rather than QGraphicsView items: the renderer places all labels of a zoom level at once
/// (greedy, without overlaps) and draws parallel links as separate curves from the whole diagram; splitting the
/// diagram into independent scene items would either duplicate that logic or paint each item with incomplete
/// knowledge. The widget keeps one Viewport (centre, zoom) and lets the renderer do painting and hit-testing.
///
/// Painting goes through a render::ViewCache (tiles of the rendered diagram): panning blits cached tiles; during
/// a drag or a wheel zoom, areas not cached yet show the background (or the scaled tiles of the previous zoom) and
/// are rendered in small slices once the mouse pauses (IdleDelay) or is released; at rest the picture is complete
/// and equals a direct render. Every state change that alters the picture invalidates the cache: the diagram and
/// node positions explicitly, zoom, selection, highlights and options through the cache's own comparison. While a
/// node is dragged the view repaints the whole diagram directly each frame (the picture changes anyway).
///
/// Mouse: click selects (Ctrl toggles), drag a node moves it (nodesMoved() on release), drag on empty space or
/// Space+drag pans, the wheel zooms around the cursor. Keys: +/- zoom, Ctrl+0 fits the network to the window.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Shows a diagram (nullptr: none). Keeps the selection and highlights of actors still shown.
    /// `fit`: fit the view to the network, otherwise keep zoom and centre.
    void setDiagram(std::shared_ptr<render::Diagram> diagram, bool fit);
    [[nodiscard]] const render::Diagram *diagram() const { return m_diagram.get(); }
    /// Text shown when there is no diagram ("Layout wird berechnet …").
    void setPlaceholder(const QString &text);

    [[nodiscard]] QList<ActorId> selectedActors() const;
    /// Selects these actors (those not shown are ignored); emits no signal.
    void setSelectedActors(const QList<ActorId> &actors);
    /// Marks analysis results; links by LinkId.
    void setHighlight(const QList<ActorId> &actors, const QList<LinkId> &links);
    [[nodiscard]] QList<ActorId> highlightedActors() const;

    /// Moves nodes to the given positions (undo/redo of a drag, restored views).
    void setPositions(const QList<LayoutPosition> &positions);
    /// Current position of every shown node (pinned flag as in the diagram).
    [[nodiscard]] QList<LayoutPosition> positions() const;
    [[nodiscard]] std::optional<QPointF> scenePosition(ActorId actor) const;
    /// Centre of the actor's symbol in widget coordinates (tests, tooltips).
    [[nodiscard]] std::optional<QPointF> viewPosition(ActorId actor) const;

    [[nodiscard]] const render::Viewport &viewport() const { return m_viewport; }
    [[nodiscard]] const render::RenderOptions &renderOptions() const { return m_options; }
    /// Node under a widget position (-1: none), as a click would hit it.
    [[nodiscard]] int nodeAt(const QPointF &pos) const
    {
        return m_renderer ? m_renderer->nodeAt(m_viewport, m_options, pos) : -1;
    }
    /// Tooltip text of the actor: name, type, Gemeinde, degree (never contact persons).
    [[nodiscard]] QString toolTipFor(int node) const;
    /// True while tiles of the visible area are still to be rendered after a drag or a wheel zoom.
    [[nodiscard]] bool renderPending() const { return m_interacting; }
    [[nodiscard]] const render::ViewCache &viewCache() const { return m_cache; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

Q_SIGNALS:
    /// The user changed the selection on the map.
    void selectionChanged(const QList<netzatlas::ActorId> &actors);
    /// The user dragged nodes: positions before and after (after: pinned).
    void nodesMoved(const QList<netzatlas::LayoutPosition> &before, const QList<netzatlas::LayoutPosition> &after);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomBy(double factor, const QPointF &anchor);
    void applySelection();
    void applyHighlight();
    [[nodiscard]] int degreeOf(int node) const;
    /// A drag or wheel zoom happened: show cached tiles only, render the rest after a pause.
    void interacted();
    void renderWhenIdle();

    std::shared_ptr<render::Diagram> m_diagram;
    std::unique_ptr<render::DiagramRenderer> m_renderer;
    render::Viewport m_viewport;
    render::RenderOptions m_options;
    QString m_placeholder;
    QSet<qint64> m_selected; ///< ActorId values
    QSet<qint64> m_highlightActors;
    QSet<qint64> m_highlightLinks;

    enum class Drag { None, Pan, Node };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_spaceHeld = false;
    bool m_moved = false;
    QList<LayoutPosition> m_dragBefore;

    render::ViewCache m_cache;
    QTimer m_idleTimer;         ///< renders missing tiles in slices once the user pauses
    bool m_interacting = false; ///< tiles of the view may be missing (drag or wheel zoom in progress)
};

} // namespace netzatlas
