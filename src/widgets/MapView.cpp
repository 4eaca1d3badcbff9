// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MapView.h"

#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace netzatlas {

namespace {
constexpr double minZoom = 0.02;
constexpr double maxZoom = 40.0;
constexpr double zoomStep = 1.25;
constexpr double fitMargin = 24.0;
/// Pause of the mouse (ms) after which tiles missing from a drag or a wheel zoom are rendered.
constexpr int idleDelay = 120;
/// Work per slice of idle rendering (ms, at least one tile): the event loop runs between slices.
constexpr double sliceMs = 25.0;
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Netzwerkkarte"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_options.fontSize = 9.0;
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &MapView::renderWhenIdle);
}

MapView::~MapView() = default;

void MapView::setDiagram(std::shared_ptr<render::Diagram> diagram, bool fit)
{
    m_renderer.reset();
    m_diagram = std::move(diagram);
    if (m_diagram)
        m_renderer = std::make_unique<render::DiagramRenderer>(*m_diagram);
    m_cache.setRenderer(m_renderer.get());
    applySelection();
    applyHighlight();
    if (fit || m_viewport.size.isEmpty())
        fitToWindow();
    update();
}

void MapView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QList<ActorId> MapView::selectedActors() const
{
    QList<ActorId> result;
    if (!m_diagram)
        return result;
    for (const render::DiagramNode &node : m_diagram->nodes)
        if (m_selected.contains(node.actor.value))
            result.append(node.actor);
    return result;
}

void MapView::setSelectedActors(const QList<ActorId> &actors)
{
    m_selected.clear();
    for (ActorId id : actors)
        m_selected.insert(id.value);
    applySelection();
    update();
}

void MapView::setHighlight(const QList<ActorId> &actors, const QList<LinkId> &links)
{
    m_highlightActors.clear();
    m_highlightLinks.clear();
    for (ActorId id : actors)
        m_highlightActors.insert(id.value);
    for (LinkId id : links)
        m_highlightLinks.insert(id.value);
    applyHighlight();
    update();
}

QList<ActorId> MapView::highlightedActors() const
{
    QList<ActorId> result;
    if (!m_diagram)
        return result;
    for (int node : m_options.highlightedNodes)
        result.append(m_diagram->nodes[std::size_t(node)].actor);
    std::sort(result.begin(), result.end(), [](ActorId a, ActorId b) { return a.value < b.value; });
    return result;
}

void MapView::applySelection()
{
    m_options.selectedNodes.clear();
    if (!m_diagram)
        return;
    for (int i = 0; i < int(m_diagram->nodes.size()); ++i)
        if (m_selected.contains(m_diagram->nodes[std::size_t(i)].actor.value))
            m_options.selectedNodes.insert(i);
}

void MapView::applyHighlight()
{
    m_options.highlightedNodes.clear();
    m_options.highlightedLinks.clear();
    if (!m_diagram)
        return;
    for (int i = 0; i < int(m_diagram->nodes.size()); ++i)
        if (m_highlightActors.contains(m_diagram->nodes[std::size_t(i)].actor.value))
            m_options.highlightedNodes.insert(i);
    for (int i = 0; i < int(m_diagram->links.size()); ++i)
        if (m_highlightLinks.contains(m_diagram->links[std::size_t(i)].id.value))
            m_options.highlightedLinks.insert(i);
    m_options.dimOthers = !m_options.highlightedNodes.isEmpty() || !m_options.highlightedLinks.isEmpty();
}

void MapView::setPositions(const QList<LayoutPosition> &positions)
{
    if (!m_diagram)
        return;
    for (const LayoutPosition &p : positions) {
        const int node = m_diagram->nodeOf(p.actor);
        if (node < 0)
            continue;
        render::DiagramNode &n = m_diagram->nodes[std::size_t(node)];
        n.position = QPointF(p.x, p.y);
        n.pinned = p.pinned;
    }
    if (m_renderer)
        m_renderer->invalidate();
    m_cache.invalidate();
    update();
}

QList<LayoutPosition> MapView::positions() const
{
    QList<LayoutPosition> result;
    if (!m_diagram)
        return result;
    for (const render::DiagramNode &n : m_diagram->nodes)
        result.append(LayoutPosition{n.actor, n.position.x(), n.position.y(), n.pinned});
    return result;
}

std::optional<QPointF> MapView::scenePosition(ActorId actor) const
{
    if (!m_diagram)
        return std::nullopt;
    const int node = m_diagram->nodeOf(actor);
    if (node < 0)
        return std::nullopt;
    return m_diagram->nodes[std::size_t(node)].position;
}

std::optional<QPointF> MapView::viewPosition(ActorId actor) const
{
    const auto scene = scenePosition(actor);
    if (!scene)
        return std::nullopt;
    return m_viewport.toView(*scene);
}

int MapView::degreeOf(int node) const
{
    QSet<int> neighbours;
    for (const render::DiagramLink &l : m_diagram->links) {
        if (l.source == node)
            neighbours.insert(l.target);
        else if (l.target == node)
            neighbours.insert(l.source);
    }
    return int(neighbours.size());
}

QString MapView::toolTipFor(int node) const
{
    if (!m_diagram || node < 0 || node >= int(m_diagram->nodes.size()))
        return {};
    const render::DiagramNode &n = m_diagram->nodes[std::size_t(node)];
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(n.label.toHtmlEscaped(), n.typeLabel.toHtmlEscaped());
    if (n.scp)
        text += tr(" · Startchancen-Schule");
    if (!n.territoryNames.isEmpty())
        text += QStringLiteral("<br>") + tr("Gemeinde: %1").arg(n.territoryNames.constLast().toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Partner im Bild: %1").arg(degreeOf(node));
    return text;
}

void MapView::zoomIn()
{
    zoomBy(zoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapView::zoomOut()
{
    zoomBy(1.0 / zoomStep, QPointF(width() / 2.0, height() / 2.0));
}

void MapView::fitToWindow()
{
    m_viewport.size = QSizeF(size());
    if (m_diagram && !m_diagram->bounds.isEmpty()) {
        m_viewport = render::Viewport::fitting(m_diagram->bounds, QSizeF(size()), fitMargin);
        m_viewport.zoom = std::clamp(m_viewport.zoom, minZoom, maxZoom);
    }
    update();
    Q_EMIT zoomChanged(m_viewport.zoom);
}

void MapView::zoomBy(double factor, const QPointF &anchor)
{
    // Keep the scene point under the anchor where it is.
    const QPointF sceneAnchor = m_viewport.toScene(anchor);
    const double zoom = std::clamp(m_viewport.zoom * factor, minZoom, maxZoom);
    m_viewport.zoom = zoom;
    const QPointF moved = m_viewport.toView(sceneAnchor) - anchor;
    m_viewport.center += moved / zoom;
    update();
    Q_EMIT zoomChanged(zoom);
}

void MapView::interacted()
{
    m_interacting = true;
    m_idleTimer.start(idleDelay);
}

void MapView::renderWhenIdle()
{
    if (!m_renderer) {
        m_interacting = false;
        return;
    }
    int visible = 0;
    m_cache.prefetch(sliceMs, &visible);
    // At rest the view shows the snapshot of the cache, which the new tiles equal: no repaint needed then.
    if (m_interacting && m_cache.missingTiles(false) == 0) {
        m_interacting = false;
        update();
    } else if (m_interacting && visible > 0) {
        update();
    }
    if (m_cache.missingTiles(true) > 0)
        m_idleTimer.start(0); // next slice after pending events
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_diagram || !m_renderer) {
        painter.fillRect(rect(), m_options.background);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    m_viewport.size = QSizeF(size());
    // On the device pixel grid, so that blitting cached tiles equals a direct render.
    m_viewport = render::ViewCache::snapped(m_viewport, devicePixelRatioF());
    if (m_drag == Drag::Node && m_moved) {
        // Dragging nodes changes the picture every frame: a full repaint, no tiles.
        painter.fillRect(rect(), m_options.background);
        m_renderer->paint(painter, m_viewport, m_options);
    } else {
        const auto missing =
            m_interacting ? render::ViewCache::Missing::Background : render::ViewCache::Missing::Render;
        m_cache.paint(painter, m_viewport, m_options, missing);
        // Render the margin around the view ahead (or what the drag uncovered) once the user pauses.
        if (m_cache.missingTiles(true) > 0 && !m_idleTimer.isActive())
            m_idleTimer.start(idleDelay);
    }
    if (!m_placeholder.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignBottom, m_placeholder);
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    const bool first = m_viewport.size.isEmpty();
    m_viewport.size = QSizeF(size());
    QWidget::resizeEvent(event);
    if (first)
        fitToWindow();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return;
    const int node = (m_renderer && !m_spaceHeld && event->button() == Qt::LeftButton)
                         ? m_renderer->nodeAt(m_viewport, m_options, event->position())
                         : -1;
    if (node < 0) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    const ActorId actor = m_diagram->nodes[std::size_t(node)].actor;
    if (event->modifiers() & Qt::ControlModifier) {
        if (m_selected.contains(actor.value))
            m_selected.remove(actor.value);
        else
            m_selected.insert(actor.value);
    } else if (!m_selected.contains(actor.value)) {
        m_selected = {actor.value};
    }
    applySelection();
    update();
    Q_EMIT selectionChanged(selectedActors());
    m_drag = m_selected.contains(actor.value) ? Drag::Node : Drag::None;
    m_dragBefore.clear();
    if (m_drag == Drag::Node)
        for (const render::DiagramNode &n : m_diagram->nodes)
            if (m_selected.contains(n.actor.value))
                m_dragBefore.append(LayoutPosition{n.actor, n.position.x(), n.position.y(), n.pinned});
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastPos;
    m_lastPos = event->position();
    if ((event->position() - m_pressPos).manhattanLength() >= 3)
        m_moved = true;
    if (m_drag == Drag::Pan) {
        m_viewport.center -= delta / m_viewport.zoom;
        if (m_moved)
            interacted();
        update();
    } else if (m_drag == Drag::Node && m_moved) {
        for (render::DiagramNode &n : m_diagram->nodes)
            if (m_selected.contains(n.actor.value))
                n.position += delta / m_viewport.zoom;
        m_renderer->invalidate();
        m_cache.invalidate();
        update();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (m_interacting) {
        if (m_cache.missingTiles(false) == 0)
            m_interacting = false; // everything visible is cached: the picture is complete
        m_idleTimer.start(0);      // the drag is over: fill what it uncovered (and the margin) now
    }
    if (drag == Drag::Node && m_moved)
        update(); // back to the cached picture (rendered afresh: the positions changed)
    if (drag == Drag::Pan && !m_moved && event->button() == Qt::LeftButton && !m_selected.isEmpty() &&
        !(event->modifiers() & Qt::ControlModifier)) {
        // A click on empty space clears the selection.
        m_selected.clear();
        applySelection();
        update();
        Q_EMIT selectionChanged({});
    }
    if (drag == Drag::Node && m_moved && !m_dragBefore.isEmpty()) {
        QList<LayoutPosition> after;
        for (const LayoutPosition &before : std::as_const(m_dragBefore)) {
            const auto scene = scenePosition(before.actor);
            if (scene)
                after.append(LayoutPosition{before.actor, scene->x(), scene->y(), true});
        }
        const QList<LayoutPosition> before = m_dragBefore;
        m_dragBefore.clear();
        Q_EMIT nodesMoved(before, after);
    }
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        interacted(); // the scaled picture of the previous zoom until the mouse pauses
        zoomBy(std::pow(zoomStep, steps), event->position());
    }
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier)) {
        fitToWindow();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        unsetCursor();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = m_renderer ? m_renderer->nodeAt(m_viewport, m_options, QPointF(help->pos())) : -1;
        if (node >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace netzatlas
