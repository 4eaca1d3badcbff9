// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/DiagramRenderer.h>

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace netzatlas::render {

namespace {

constexpr double LabelGap = 1.6;        // between symbol and label
constexpr double LabelPadding = 0.8;    // background box around label text
constexpr double ParallelSpacing = 5.0; // view units between parallel link curves
constexpr double ScpRing = 2.6;         // extra radius of the SCP ring

const QColor ScpColor(0xc8, 0x8a, 0x00);
const QColor SelectionColor(0x00, 0x78, 0xd7);
const QColor HighlightColor(0xe6, 0x55, 0x00);
const QColor LabelColor(0x22, 0x22, 0x22);

/// A 72-dpi device: font metrics on it are in pt, the unit every view of the renderer works in.
const QPaintDevice *metricsDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(qRound(72.0 / 0.0254));
        i.setDotsPerMeterY(qRound(72.0 / 0.0254));
        return i;
    }();
    return &image;
}

/// Font whose size is `units` in the painter's user space, whatever the device resolution.
QFont fontOn(const QPaintDevice *device, double units, bool bold)
{
    const double dpi = device ? device->logicalDpiY() : 72.0;
    return DiagramRenderer::font(units * 72.0 / dpi, bold);
}

/// QPainter::drawText in a rectangle, with the coordinate system shifted by whole units so that the rectangle never
/// starts left of or above the origin: Qt lays out text in a rectangle that starts there a fraction of a pixel
/// differently, and the tiles of the view cache (ViewCache) cut labels at their edges, so a label must look the
/// same wherever its rectangle starts. Device positions are unchanged.
void drawTextIn(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    const double dx = rect.left() < 0 ? std::floor(rect.left()) : 0.0;
    const double dy = rect.top() < 0 ? std::floor(rect.top()) : 0.0;
    if (dx == 0.0 && dy == 0.0) {
        painter.drawText(rect, flags, text);
        return;
    }
    painter.translate(dx, dy);
    painter.drawText(rect.translated(-dx, -dy), flags, text);
    painter.translate(-dx, -dy);
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

QPolygonF regularPolygon(int corners, double rotation, const QPointF &c, double r)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const double a = rotation + 2.0 * M_PI * i / corners;
        p << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
    }
    return p;
}

QPolygonF starPolygon(const QPointF &c, double r)
{
    QPolygonF p;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + M_PI * i / 5;
        const double rr = (i % 2 == 0) ? r : r * 0.5;
        p << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
    }
    return p;
}

QPolygonF crossPolygon(const QPointF &c, double r)
{
    const double a = r * 0.36;
    QPolygonF p;
    p << QPointF(-a, -r) << QPointF(a, -r) << QPointF(a, -a) << QPointF(r, -a) << QPointF(r, a) << QPointF(a, a)
      << QPointF(a, r) << QPointF(-a, r) << QPointF(-a, a) << QPointF(-r, a) << QPointF(-r, -a) << QPointF(-a, -a);
    p.translate(c);
    return p;
}

/// Label lines: the full label wrapped into at most two lines of `maxWidth`; a longer rest is elided.
QStringList wrapLabel(const QString &text, const QFontMetricsF &fm, double maxWidth)
{
    if (fm.horizontalAdvance(text) <= maxWidth)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate = first.isEmpty() ? words[i] : first + QLatin1Char(' ') + words[i];
        if (!first.isEmpty() && fm.horizontalAdvance(candidate) > maxWidth)
            break;
        first = candidate;
    }
    QString rest = words.mid(i).join(QLatin1Char(' '));
    if (rest.isEmpty())
        return {fm.elidedText(first, Qt::ElideRight, maxWidth)};
    return {fm.elidedText(first, Qt::ElideRight, maxWidth), fm.elidedText(rest, Qt::ElideRight, maxWidth)};
}

/// Uniform grid over rectangles for the collision tests of the label placement (the placement is greedy and
/// tests each candidate against what is already there: a grid keeps that linear in the number of labels).
class RectGrid
{
public:
    explicit RectGrid(double cell)
        : m_cell(cell)
    {}
    void insert(const QRectF &r)
    {
        const int id = static_cast<int>(m_rects.size());
        m_rects.push_back(r);
        forCells(r, [&](qint64 key) { m_cells[key].push_back(id); });
    }
    [[nodiscard]] bool intersects(const QRectF &r, int ignore = -1) const
    {
        bool hit = false;
        forCells(r, [&](qint64 key) {
            if (hit)
                return;
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return;
            for (int id : *it)
                if (id != ignore && m_rects[id].intersects(r)) {
                    hit = true;
                    return;
                }
        });
        return hit;
    }
    [[nodiscard]] int size() const { return static_cast<int>(m_rects.size()); }

private:
    template<typename F>
    void forCells(const QRectF &r, F &&f) const
    {
        const qint64 x0 = static_cast<qint64>(std::floor(r.left() / m_cell));
        const qint64 x1 = static_cast<qint64>(std::floor(r.right() / m_cell));
        const qint64 y0 = static_cast<qint64>(std::floor(r.top() / m_cell));
        const qint64 y1 = static_cast<qint64>(std::floor(r.bottom() / m_cell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                f((x << 32) ^ (y & 0xffffffff));
    }
    double m_cell;
    std::vector<QRectF> m_rects;
    QHash<qint64, std::vector<int>> m_cells;
};

double linkWidth(int intensity, double scale)
{
    static constexpr double widths[] = {0.6, 1.0, 1.7};
    return widths[std::clamp(intensity, 1, 3) - 1] * scale;
}

/// Group heading geometry in view units (shared by painting and label placement).
struct GroupHeading
{
    QRectF rect;
    QString text;
    bool bold = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QTransform Viewport::sceneToView() const
{
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.scale(zoom, zoom);
    t.translate(-center.x(), -center.y());
    return t;
}

QPointF Viewport::toView(const QPointF &scene) const
{
    return (scene - center) * zoom + QPointF(size.width() / 2.0, size.height() / 2.0);
}

QPointF Viewport::toScene(const QPointF &view) const
{
    return (view - QPointF(size.width() / 2.0, size.height() / 2.0)) / zoom + center;
}

QRectF Viewport::visibleScene() const
{
    return QRectF(toScene(QPointF(0, 0)), toScene(QPointF(size.width(), size.height())));
}

Viewport Viewport::fitting(const QRectF &scene, const QSizeF &size, double margin)
{
    Viewport v;
    v.size = size;
    v.center = scene.center();
    const double w = std::max(1.0, size.width() - 2 * margin);
    const double h = std::max(1.0, size.height() - 2 * margin);
    v.zoom = std::min(w / std::max(1.0, scene.width()), h / std::max(1.0, scene.height()));
    return v;
}

QString RenderOptions::placementKey(double zoom) const
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(zoom, 0, 'g', 12)
        .arg(symbolScale, 0, 'g', 12)
        .arg(fontSize)
        .arg(labels)
        .arg(groups);
}

// ---------------------------------------------------------------------------------------------------------------

struct DiagramRenderer::Cache
{
    QString placementKey;
    LabelLayout labels;
};

DiagramRenderer::DiagramRenderer(const Diagram &diagram)
    : m_diagram(diagram)
    , m_cache(std::make_unique<Cache>())
{}

DiagramRenderer::~DiagramRenderer() = default;

void DiagramRenderer::invalidate()
{
    m_cache->placementKey.clear();
    m_cache->labels = {};
}

QFont DiagramRenderer::font(double pointSize, bool bold)
{
    static QMutex mutex;
    static bool registered = false;
    {
        QMutexLocker lock(&mutex);
        if (!registered) {
            registered = true;
            for (const char *file : {":/netzatlas/fonts/Lato-Regular.ttf", ":/netzatlas/fonts/Lato-Bold.ttf"})
                QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        }
    }
    QFont f(QStringLiteral("Lato"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(std::max(0.5, pointSize));
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting); // same advances on screen, in PDF and in SVG
    return f;
}

QPen DiagramRenderer::linkPen(const QColor &color, const QString &formality, int intensity, double lineScale)
{
    const double width = linkWidth(intensity, lineScale);
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    // Dash lengths in absolute units (Qt measures them in pen widths): equal on thin and thick lines.
    if (formality == u"INFORMELL") {
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.4 * lineScale / width});
    } else if (formality == u"REGELMAESSIG") {
        pen.setDashPattern({4.0 * lineScale / width, 2.4 * lineScale / width});
    } else if (formality == u"VERTRAGLICH") {
        pen.setWidthF(width + 1.4 * lineScale);
    }
    return pen;
}

void DiagramRenderer::paintSymbol(QPainter &painter, const QPointF &c, double d, NodeShape shape, const QColor &fill,
                                  const QString &glyph, bool scp, double lineScale)
{
    const double r = d / 2.0;
    if (scp) {
        painter.setPen(QPen(ScpColor, 1.5 * lineScale));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r + ScpRing * lineScale, r + ScpRing * lineScale);
    }
    painter.setPen(QPen(fill.darker(150), 0.7 * lineScale));
    painter.setBrush(fill);
    switch (shape) {
    case NodeShape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case NodeShape::Square:
        painter.drawRect(QRectF(c.x() - r * 0.86, c.y() - r * 0.86, r * 1.72, r * 1.72));
        break;
    case NodeShape::RoundRect:
        painter.drawRoundedRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8), r * 0.35, r * 0.35);
        break;
    case NodeShape::Diamond:
        painter.drawPolygon(regularPolygon(4, -M_PI / 2, c, r * 1.08));
        break;
    case NodeShape::Triangle:
        painter.drawPolygon(regularPolygon(3, -M_PI / 2, c + QPointF(0, r * 0.18), r * 1.18));
        break;
    case NodeShape::Pentagon:
        painter.drawPolygon(regularPolygon(5, -M_PI / 2, c, r * 1.02));
        break;
    case NodeShape::Hexagon:
        painter.drawPolygon(regularPolygon(6, 0, c, r * 1.02));
        break;
    case NodeShape::Octagon:
        painter.drawPolygon(regularPolygon(8, M_PI / 8, c, r * 1.02));
        break;
    case NodeShape::Star:
        painter.drawPolygon(starPolygon(c, r * 1.2));
        break;
    case NodeShape::Cross:
        painter.drawPolygon(crossPolygon(c, r));
        break;
    }
    if (glyph.isEmpty() || d < 10.5)
        return;
    const double size = d * (glyph.size() >= 3 ? 0.30 : glyph.size() == 2 ? 0.38 : 0.48);
    painter.setFont(fontOn(painter.device(), size, true));
    painter.setPen(luminance(fill) > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xff, 0xff, 0xff));
    const QPointF offset = shape == NodeShape::Triangle ? QPointF(0, r * 0.25) : QPointF();
    drawTextIn(painter, QRectF(c.x() - r, c.y() - r, d, d).translated(offset), Qt::AlignCenter, glyph);
}

namespace {

/// Geometry of a link curve in view coordinates: straight for a single link, a quadratic curve bent to one side
/// for each of several links between one pair.
struct Curve
{
    QPointF a, control, b;
    bool straight = true;
};

// A template, not std::function: it runs for every link in every paint (and every tile of the view cache).
template<typename Map>
Curve curveOf(const Diagram &d, const DiagramLink &l, const Map &map)
{
    Curve c;
    c.a = map(d.nodes[l.source].position);
    c.b = map(d.nodes[l.target].position);
    if (l.parallelCount <= 1) {
        c.control = (c.a + c.b) / 2;
        return c;
    }
    // Normal of the pair in a direction independent of the link's own direction.
    const QPointF lo = l.source < l.target ? c.a : c.b;
    const QPointF hi = l.source < l.target ? c.b : c.a;
    const QPointF delta = hi - lo;
    const double len = std::hypot(delta.x(), delta.y());
    const QPointF normal = len > 0 ? QPointF(-delta.y() / len, delta.x() / len) : QPointF(0, 1);
    const double offset = (l.parallelIndex - (l.parallelCount - 1) / 2.0) * ParallelSpacing;
    c.control = (c.a + c.b) / 2 + normal * (2.0 * offset);
    c.straight = std::abs(offset) < 1e-9;
    return c;
}

/// Liang–Barsky: the part of segment a→b inside r; t0 is where it starts (0…1).
bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &r, QPointF *ca, QPointF *cb, double *t0)
{
    double lo = 0.0;
    double hi = 1.0;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            lo = std::max(lo, t);
        else
            hi = std::min(hi, t);
        if (lo > hi)
            return false;
    }
    *ca = a + (b - a) * lo;
    *cb = a + (b - a) * hi;
    *t0 = lo;
    return true;
}

/// The visible part of a curve as a path, and the length of the curve before it (for the dash phase). Qt's
/// dasher generates every dash of a line, also far outside the view: when panning a zoomed network that costs
/// seconds per frame, so lines are cut to the view first.
QPainterPath clippedPathOf(const Curve &c, const QRectF &clip, double *lengthBefore)
{
    *lengthBefore = 0.0;
    std::vector<QPointF> points;
    if (c.straight) {
        points = {c.a, c.b};
    } else {
        constexpr int steps = 24;
        points.reserve(steps + 1);
        for (int k = 0; k <= steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            points.push_back((1 - t) * (1 - t) * c.a + 2 * (1 - t) * t * c.control + t * t * c.b);
        }
    }
    QPainterPath path;
    double walked = 0.0;
    bool open = false;
    bool first = true;
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i];
        const QPointF b = points[i + 1];
        const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
        QPointF ca, cb;
        double t0 = 0;
        if (clipSegment(a, b, clip, &ca, &cb, &t0)) {
            if (first) {
                *lengthBefore = walked + t0 * len;
                first = false;
            }
            if (!open || t0 > 1e-9)
                path.moveTo(ca);
            path.lineTo(cb);
            open = (cb - b).manhattanLength() < 1e-9;
        } else {
            open = false;
        }
        walked += len;
    }
    return path;
}

/// Dashes as separate solid segments. Qt's PDF engine turns a dashed pen into filled outlines of every dash
/// (seconds and megabytes for a Kreis network); solid segments stay native stroke operators in PDF, SVG and on
/// screen, and look the same.
QPainterPath dashedPath(const QPainterPath &path, double on, double off, double phase)
{
    QPainterPath out;
    const double period = on + off;
    if (period <= 0.05)
        return path;
    for (const QPolygonF &poly : path.toSubpathPolygons()) {
        std::vector<double> at(static_cast<size_t>(poly.size()), 0.0); // arc length at each vertex
        for (int i = 1; i < poly.size(); ++i)
            at[i] = at[i - 1] + std::hypot(poly[i].x() - poly[i - 1].x(), poly[i].y() - poly[i - 1].y());
        const double total = at.back();
        auto pointAt = [&](double len) {
            const auto it = std::upper_bound(at.begin(), at.end(), len);
            const size_t i = std::clamp<size_t>(static_cast<size_t>(it - at.begin()), 1, at.size() - 1);
            const double seg = at[i] - at[i - 1];
            const double f = seg > 0 ? std::clamp((len - at[i - 1]) / seg, 0.0, 1.0) : 0.0;
            return poly[static_cast<int>(i) - 1] + (poly[static_cast<int>(i)] - poly[static_cast<int>(i) - 1]) * f;
        };
        // Dashes start at k·period − phase; corners inside one short dash are cut (invisible at these lengths).
        for (double start = -std::fmod(phase, period); start < total; start += period) {
            const double from = std::max(0.0, start);
            const double to = std::min(total, start + std::max(on, 0.01));
            if (to <= from)
                continue;
            out.moveTo(pointAt(from));
            out.lineTo(pointAt(to));
        }
    }
    return out;
}

QPainterPath pathOf(const Curve &c)
{
    QPainterPath p(c.a);
    if (c.straight)
        p.lineTo(c.b);
    else
        p.quadTo(c.control, c.b);
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

const LabelLayout &DiagramRenderer::labels(const Viewport &viewport, const RenderOptions &options)
{
    const QString key = options.placementKey(viewport.zoom);
    if (m_cache->placementKey == key)
        return m_cache->labels;

    LabelLayout out;
    const Diagram &d = m_diagram;
    const double zoom = viewport.zoom;
    const double s = options.symbolScale;
    const QFont labelFont = DiagramRenderer::font(options.fontSize, false);
    const QFontMetricsF fm(labelFont, const_cast<QPaintDevice *>(metricsDevice()));
    const double maxWidth = options.fontSize * 12.5;
    // The cell layouts reserve room measured at kDiagramLabelFont; at other sizes the metrics of that font are
    // scaled (metrics at a small size are rounded on the 72-dpi device and would not fit the reserved cells).
    const bool cells = d.layout == LayoutKind::GroupedByTerritory || d.layout == LayoutKind::BildungsketteLanes;
    // Measured at ten times the size: at a few pt the 72-dpi metrics come from a font rounded to whole pixels.
    const QFontMetricsF refFm(DiagramRenderer::font(kDiagramLabelFont * 10, false),
                              const_cast<QPaintDevice *>(metricsDevice()));
    const double refScale = options.fontSize / (kDiagramLabelFont * 10);
    const double lineHeight = cells ? refFm.height() * refScale : fm.height();
    auto advance = [&](const QString &text) {
        return cells ? refFm.horizontalAdvance(text) * refScale : fm.horizontalAdvance(text);
    };
    auto elideCell = [&](const QString &text) {
        return refFm.elidedText(text, Qt::ElideRight, kDiagramLabelFont * 10 * kCellLabelMaxEm);
    };
    // Page bounds in zoomed-scene coordinates (the placement is pan-independent otherwise).
    const QPointF panOffset =
        QPointF(viewport.size.width() / 2.0, viewport.size.height() / 2.0) - viewport.center * zoom;
    const QRectF allowed = options.labelBounds.isEmpty() ? QRectF() : options.labelBounds.translated(-panOffset);

    RectGrid obstacles(std::max(20.0, options.fontSize * 6));
    std::vector<QRectF> symbols(d.nodes.size());
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode &node = d.nodes[i];
        const double r = node.size * s / 2.0 + (node.scp ? ScpRing * s + 0.8 : 0.0);
        symbols[i] = QRectF(node.position * zoom - QPointF(r, r), QSizeF(2 * r, 2 * r));
        obstacles.insert(symbols[i]);
    }
    if (options.groups) {
        const QFontMetricsF gfm(DiagramRenderer::font(options.fontSize * 1.05, true),
                                const_cast<QPaintDevice *>(metricsDevice()));
        for (const LayoutGroup &g : d.groups) {
            const QRectF r(g.rect.topLeft() * zoom, g.rect.size() * zoom);
            const double w = gfm.horizontalAdvance(g.label) + 6;
            QRectF heading;
            if (g.shape == LayoutGroup::Shape::Ring)
                heading = QRectF(r.center().x() - w / 2, r.top() - gfm.height() / 2, w, gfm.height());
            else if (g.shape == LayoutGroup::Shape::Lane)
                heading = QRectF(r.center().x() - w / 2, r.top() + 2, w, gfm.height() + 2);
            else
                heading = QRectF(r.left() + 2, r.top() + 1, w, gfm.height() + 1);
            obstacles.insert(heading);
        }
    }

    // The grouped and Bildungskette layouts set actors in cells with room for the short name right of the
    // symbol: there the short form comes first (the box or lane already names the place), right of the
    // symbol first, and a label never leaves its actor's box or lane.
    std::vector<QRectF> container(d.nodes.size());
    if (cells) {
        for (size_t i = 0; i < d.nodes.size(); ++i) {
            double best = 0;
            for (const LayoutGroup &g : d.groups) {
                if (g.shape == LayoutGroup::Shape::Ring || !g.rect.contains(d.nodes[i].position))
                    continue;
                const double area = g.rect.width() * g.rect.height();
                if (container[i].isNull() || area < best) {
                    container[i] = QRectF(g.rect.topLeft() * zoom, g.rect.size() * zoom);
                    best = area;
                }
            }
        }
    }

    if (options.labels) {
        std::vector<int> order(d.nodes.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const DiagramNode &x = d.nodes[a];
            const DiagramNode &y = d.nodes[b];
            if (x.scp != y.scp)
                return x.scp;
            if (x.size != y.size)
                return x.size > y.size;
            return x.key < y.key;
        });
        RectGrid labelsPlaced(std::max(20.0, options.fontSize * 6));
        for (int i : order) {
            const DiagramNode &node = d.nodes[i];
            if (node.label.isEmpty())
                continue;
            const QRectF sym = symbols[i];
            const QPointF c = sym.center();
            auto tryPlace = [&](const QStringList &lines) -> std::optional<QRectF> {
                double w = 0;
                for (const QString &line : lines)
                    w = std::max(w, advance(line));
                w += 2 * LabelPadding;
                const double h = lineHeight * lines.size() + 2 * LabelPadding - (lines.size() > 1 ? 1.0 : 0.0);
                const double rx = sym.width() / 2 + LabelGap;
                const double ry = sym.height() / 2 + LabelGap;
                const QPointF candidates[] = {
                    // below, then right (the other way round in the cell layouts)
                    cells ? QPointF(c.x() + rx, c.y() - h / 2) : QPointF(c.x() - w / 2, c.y() + ry),
                    cells ? QPointF(c.x() - w / 2, c.y() + ry) : QPointF(c.x() + rx, c.y() - h / 2),
                    {c.x() - w / 2, c.y() - ry - h},             // above
                    {c.x() - rx - w, c.y() - h / 2},             // left
                    {c.x() + rx * 0.7, c.y() + ry * 0.7},        // below right
                    {c.x() - rx * 0.7 - w, c.y() + ry * 0.7},    // below left
                    {c.x() + rx * 0.7, c.y() - ry * 0.7 - h},    // above right
                    {c.x() - rx * 0.7 - w, c.y() - ry * 0.7 - h} // above left
                };
                for (const QPointF &p : candidates) {
                    const QRectF r(p, QSizeF(w, h));
                    if (!allowed.isEmpty() && !allowed.contains(r))
                        continue;
                    if (!container[i].isNull() && !container[i].contains(r))
                        continue;
                    if (!obstacles.intersects(r) && !labelsPlaced.intersects(r))
                        return r;
                }
                return std::nullopt;
            };
            PlacedLabel placed;
            placed.node = i;
            const bool shortFirst = cells && !node.shortLabel.isEmpty();
            QStringList lines =
                shortFirst ? QStringList{elideCell(node.shortLabel)} : wrapLabel(node.label, fm, maxWidth);
            auto rect = tryPlace(lines);
            placed.shortened = rect.has_value() && shortFirst && node.shortLabel != node.label;
            if (!rect && !shortFirst && !node.shortLabel.isEmpty() && node.shortLabel != node.label) {
                lines = {fm.elidedText(node.shortLabel, Qt::ElideRight, maxWidth)};
                rect = tryPlace(lines);
                placed.shortened = rect.has_value();
            }
            if (!rect) {
                ++out.hidden;
                continue;
            }
            placed.rect = *rect;
            placed.lines = lines;
            if (placed.shortened)
                ++out.shortened;
            labelsPlaced.insert(*rect);
            out.labels.push_back(std::move(placed));
        }
    }
    out.overlaps = countLabelOverlaps(out, symbols);
    m_cache->placementKey = key;
    m_cache->labels = std::move(out);
    return m_cache->labels;
}

int countLabelOverlaps(const LabelLayout &layout, const std::vector<QRectF> &symbolRects)
{
    // Independent of the placement: plain pairwise tests with a grid only as a pre-filter.
    constexpr double eps = 0.01;
    RectGrid symbols(40);
    for (const QRectF &r : symbolRects)
        symbols.insert(r);
    int overlaps = 0;
    std::vector<QRectF> rects;
    for (const PlacedLabel &l : layout.labels)
        rects.push_back(l.rect.adjusted(eps, eps, -eps, -eps));
    for (const QRectF &r : rects)
        if (symbols.intersects(r))
            ++overlaps;
    RectGrid labels(40);
    for (size_t i = 0; i < rects.size(); ++i) {
        if (labels.intersects(rects[i]))
            ++overlaps;
        labels.insert(rects[i]);
    }
    return overlaps;
}

// ---------------------------------------------------------------------------------------------------------------

void DiagramRenderer::paint(QPainter &painter, const Viewport &viewport, const RenderOptions &options)
{
    const Diagram &d = m_diagram;
    const double s = options.symbolScale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, options.antialias);
    painter.setRenderHint(QPainter::TextAntialiasing, options.antialias);
    const QRectF view(QPointF(0, 0), viewport.size);
    const double zoom = viewport.zoom;
    const QPointF offset = QPointF(viewport.size.width() / 2.0, viewport.size.height() / 2.0) - viewport.center * zoom;
    auto map = [&](const QPointF &p) { return p * zoom + offset; };
    const QRectF cull = view.adjusted(-40, -40, 40, 40);
    const bool highlighting =
        !options.highlightedNodes.isEmpty() || !options.highlightedLinks.isEmpty() || !options.selectedNodes.isEmpty();
    const bool dim = options.dimOthers && highlighting;
    auto nodeEmphasised = [&](int i) {
        return options.highlightedNodes.contains(i) || options.selectedNodes.contains(i);
    };

    // ---- groups: boxes, lanes, rings and their headings
    if (options.groups && !d.groups.empty()) {
        const QFont headingFont = fontOn(painter.device(), options.fontSize * 1.05, true);
        const QFontMetricsF gfm(DiagramRenderer::font(options.fontSize * 1.05, true),
                                const_cast<QPaintDevice *>(metricsDevice()));
        int lane = 0;
        for (const LayoutGroup &g : d.groups) {
            const QRectF r(map(g.rect.topLeft()), g.rect.size() * zoom);
            if (!r.intersects(cull) && g.shape != LayoutGroup::Shape::Ring)
                continue;
            painter.setFont(headingFont);
            if (g.shape == LayoutGroup::Shape::Box) {
                const bool outer = g.level <= 1;
                painter.setPen(QPen(outer ? QColor(0x8a, 0x94, 0xa6) : QColor(0xc3, 0xcb, 0xd6), outer ? 1.0 : 0.7));
                painter.setBrush(outer ? QColor(0xfa, 0xfb, 0xfc) : QColor(0xf1, 0xf4, 0xf8));
                painter.drawRoundedRect(r, 4, 4);
            } else if (g.shape == LayoutGroup::Shape::Lane) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(lane++ % 2 == 0 ? QColor(0xf2, 0xf4, 0xf7) : QColor(0xfa, 0xfb, 0xfc));
                painter.drawRect(r);
            } else {
                painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), 0.8, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(r);
                const double w = gfm.horizontalAdvance(g.label) + 6;
                const QRectF heading(r.center().x() - w / 2, r.top() - gfm.height() / 2, w, gfm.height());
                painter.setPen(Qt::NoPen);
                painter.setBrush(options.background);
                painter.drawRect(heading);
                painter.setPen(QColor(0x55, 0x60, 0x72));
                drawTextIn(painter, heading, Qt::AlignCenter, g.label);
            }
        }
    }

    // ---- links: intra-group links first and lighter, links across group boxes on top
    const bool grouped = std::any_of(d.groups.begin(), d.groups.end(),
                                     [](const LayoutGroup &g) { return g.shape == LayoutGroup::Shape::Box; });
    auto drawLink = [&](int i) {
        const DiagramLink &l = d.links[static_cast<size_t>(i)];
        const Curve c = curveOf(d, l, map);
        const QRectF box = QRectF(c.a, c.b).normalized().united(QRectF(c.control, QSizeF(0.1, 0.1)));
        if (!box.intersects(cull))
            return;
        QColor color = l.color;
        const bool emphasised =
            options.highlightedLinks.contains(i) || nodeEmphasised(l.source) || nodeEmphasised(l.target);
        double alpha = grouped && !l.crossesGroups ? 0.55 : 0.85;
        if (dim && !emphasised)
            alpha = 0.12;
        // Blended with the background instead of translucent: Qt's PDF engine strokes only opaque pens
        // natively (a translucent one becomes an outline per line: seconds and megabytes for a Kreis).
        color = QColor::fromRgbF(static_cast<float>(alpha * color.redF() + (1 - alpha) * options.background.redF()),
                                 static_cast<float>(alpha * color.greenF() + (1 - alpha) * options.background.greenF()),
                                 static_cast<float>(alpha * color.blueF() + (1 - alpha) * options.background.blueF()));
        QPen pen = linkPen(color, l.formality, l.intensity, s * (options.highlightedLinks.contains(i) ? 1.8 : 1.0));
        QPainterPath path;
        double phase = 0.0;
        // A curve is always drawn as the same 24-step polyline (within 0.02 view units of the curve), whether it is
        // cut to the view or not: Qt flattens a quadTo more coarsely, so a tile of the view cache (see ViewCache)
        // and a direct render would otherwise draw a curve crossing the tile's edge (and its dashes) differently.
        if (cull.contains(box) && c.straight) {
            path = pathOf(c);
        } else {
            double before = 0.0;
            path = clippedPathOf(c, cull, &before);
            if (path.isEmpty())
                return;
            phase = before;
        }
        if (pen.style() == Qt::CustomDashLine) {
            const QVector<qreal> pattern = pen.dashPattern();
            path = dashedPath(path, pattern.value(0) * pen.widthF(), pattern.value(1) * pen.widthF(), phase);
            pen.setStyle(Qt::SolidLine);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen);
        painter.drawPath(path);
        if (l.formality == u"VERTRAGLICH") { // a double line: the inner white stroke splits the wide one
            painter.setPen(
                QPen(options.background, std::max(0.35, pen.widthF() - 1.2 * s), Qt::SolidLine, Qt::FlatCap));
            painter.drawPath(path);
        }
        if (l.directed) {
            const DiagramNode &target = d.nodes[l.target];
            const double r = target.size * s / 2.0 + (target.scp ? ScpRing * s + 0.8 : 0.6);
            const QPointF from = c.straight ? c.a : c.control;
            const QPointF dir = c.b - from;
            const double len = std::hypot(dir.x(), dir.y());
            if (len > r + 6 * s) {
                const QPointF u = dir / len;
                const QPointF tip = c.b - u * r;
                const QPointF nrm(-u.y(), u.x());
                const double a = (3.2 + linkWidth(l.intensity, 1.0)) * s;
                QPolygonF head;
                head << tip << tip - u * a * 1.5 + nrm * a * 0.6 << tip - u * a * 1.5 - nrm * a * 0.6;
                QColor headColor = l.color;
                headColor.setAlphaF(static_cast<float>(std::min(1.0, alpha + 0.1)));
                painter.setPen(Qt::NoPen);
                painter.setBrush(headColor);
                painter.drawPolygon(head);
            }
        }
    };
    std::vector<int> top;
    for (size_t i = 0; i < d.links.size(); ++i) {
        const DiagramLink &l = d.links[i];
        if ((grouped && l.crossesGroups) || options.highlightedLinks.contains(static_cast<int>(i)))
            top.push_back(static_cast<int>(i));
        else
            drawLink(static_cast<int>(i));
    }
    for (int i : top)
        drawLink(i);

    // ---- headings of boxes and lanes: over the links (which would cross them out), on a light ground
    if (options.groups && !d.groups.empty()) {
        painter.setFont(fontOn(painter.device(), options.fontSize * 1.05, true));
        const QFontMetricsF gfm(DiagramRenderer::font(options.fontSize * 1.05, true),
                                const_cast<QPaintDevice *>(metricsDevice()));
        QColor ground = options.background;
        ground.setAlphaF(0.85f);
        for (const LayoutGroup &g : d.groups) {
            if (g.shape == LayoutGroup::Shape::Ring)
                continue;
            const QRectF r(map(g.rect.topLeft()), g.rect.size() * zoom);
            if (!r.intersects(cull))
                continue;
            const double w = gfm.horizontalAdvance(g.label) + 4;
            const QRectF heading = g.shape == LayoutGroup::Shape::Box
                                       ? QRectF(r.left() + 3, r.top() + 1, w, gfm.height() + 1)
                                       : QRectF(r.center().x() - w / 2, r.top() + 2, w, gfm.height() + 2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ground);
            painter.drawRoundedRect(heading.adjusted(-1, 0, 1, 0), 1.5, 1.5);
            const bool outer = g.shape == LayoutGroup::Shape::Lane || g.level <= 1;
            painter.setPen(outer ? QColor(0x3d, 0x48, 0x5a) : QColor(0x55, 0x60, 0x72));
            drawTextIn(painter, heading,
                       g.shape == LayoutGroup::Shape::Box ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter,
                       g.label);
        }
    }

    // ---- symbols
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode &node = d.nodes[i];
        const QPointF c = map(node.position);
        const double r = node.size * s / 2.0;
        // Skipped only when nothing of it (star points, SCP ring, halo) can reach the view: tiles of the view cache
        // must draw a big symbol that starts in the neighbouring tile.
        const double reach = r * 1.2 + (ScpRing + 6.0) * s;
        if (!cull.contains(c) && !QRectF(c - QPointF(reach, reach), c + QPointF(reach, reach)).intersects(view))
            continue;
        const int idx = static_cast<int>(i);
        painter.setOpacity(dim && !nodeEmphasised(idx) ? 0.25 : 1.0);
        if (options.selectedNodes.contains(idx) || options.highlightedNodes.contains(idx)) {
            const QColor halo = options.selectedNodes.contains(idx) ? SelectionColor : HighlightColor;
            QColor fill = halo;
            fill.setAlphaF(0.22f);
            painter.setPen(QPen(halo, 1.6 * s));
            painter.setBrush(fill);
            const double hr = r + (node.scp ? ScpRing * s : 0.0) + 4.0 * s;
            painter.drawEllipse(c, hr, hr);
        }
        paintSymbol(painter, c, node.size * s, node.shape, node.color, node.glyph, node.scp, s);
    }
    painter.setOpacity(1.0);

    // ---- labels
    if (options.labels) {
        const LabelLayout &placed = labels(viewport, options);
        const QFont labelFont = fontOn(painter.device(), options.fontSize, false);
        const QFontMetricsF fm(DiagramRenderer::font(options.fontSize, false),
                               const_cast<QPaintDevice *>(metricsDevice()));
        painter.setFont(labelFont);
        const bool cellLabels =
            d.layout == LayoutKind::GroupedByTerritory || d.layout == LayoutKind::BildungsketteLanes;
        const QFont bigFont = fontOn(painter.device(), options.fontSize * 10, false);
        for (const PlacedLabel &l : placed.labels) {
            const QRectF r = l.rect.translated(offset);
            if (!r.intersects(view))
                continue;
            painter.setOpacity(dim && !nodeEmphasised(l.node) ? 0.3 : 1.0);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 215));
            painter.drawRoundedRect(r, 1.5, 1.5);
            painter.setPen(LabelColor);
            if (cellLabels) {
                // One line, drawn at ten times the size into a painter scaled by a tenth: the device metrics of
                // a font of a few pt are rounded to whole units and would misplace the text in its cell.
                painter.save();
                painter.translate(r.left() + LabelPadding, r.top() + LabelPadding);
                painter.scale(0.1, 0.1);
                painter.setFont(bigFont);
                painter.drawText(QRectF(0, 0, (r.width() - LabelPadding) * 10 + 20, (r.height() - LabelPadding) * 10),
                                 Qt::AlignLeft | Qt::AlignTop, l.lines.value(0));
                painter.restore();
                continue;
            }
            double y = r.top() + LabelPadding;
            for (const QString &line : l.lines) {
                drawTextIn(painter, QRectF(r.left(), y, r.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop, line);
                y += fm.height() - 1.0;
            }
        }
        painter.setOpacity(1.0);
    }
    painter.restore();
}

// ---------------------------------------------------------------------------------------------------------------

QRectF DiagramRenderer::nodeRect(int node, const Viewport &viewport, const RenderOptions &options) const
{
    const DiagramNode &n = m_diagram.nodes.at(static_cast<size_t>(node));
    const double r = n.size * options.symbolScale / 2.0;
    const QPointF c = viewport.toView(n.position);
    return QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

int DiagramRenderer::nodeAt(const Viewport &viewport, const RenderOptions &options, const QPointF &viewPos) const
{
    // Later nodes are painted on top: search backwards.
    for (int i = static_cast<int>(m_diagram.nodes.size()) - 1; i >= 0; --i) {
        const QRectF r = nodeRect(i, viewport, options);
        const QPointF d = viewPos - r.center();
        const double rr = r.width() / 2 + 1.0;
        if (d.x() * d.x() + d.y() * d.y() <= rr * rr)
            return i;
    }
    return -1;
}

QPainterPath DiagramRenderer::linkPath(int link, const Viewport &viewport, const RenderOptions &) const
{
    const Curve c = curveOf(m_diagram, m_diagram.links.at(static_cast<size_t>(link)),
                            [&](const QPointF &p) { return viewport.toView(p); });
    return pathOf(c);
}

int DiagramRenderer::linkAt(const Viewport &viewport, const RenderOptions &options, const QPointF &viewPos,
                            double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (size_t i = 0; i < m_diagram.links.size(); ++i) {
        const Curve c = curveOf(m_diagram, m_diagram.links[i], [&](const QPointF &p) { return viewport.toView(p); });
        const QRectF box = QRectF(c.a, c.b).normalized().united(QRectF(c.control, QSizeF(0.1, 0.1)));
        if (!box.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(viewPos))
            continue;
        // Distance to the curve sampled in 24 steps: exact enough at screen scale.
        QPointF prev = c.a;
        for (int k = 1; k <= 24; ++k) {
            const double t = k / 24.0;
            const QPointF p = (1 - t) * (1 - t) * c.a + 2 * (1 - t) * t * c.control + t * t * c.b;
            const QPointF seg = p - prev;
            const double len2 = seg.x() * seg.x() + seg.y() * seg.y();
            double u = len2 > 0 ? QPointF::dotProduct(viewPos - prev, seg) / len2 : 0.0;
            u = std::clamp(u, 0.0, 1.0);
            const QPointF q = prev + seg * u;
            const double dist = std::hypot(viewPos.x() - q.x(), viewPos.y() - q.y());
            if (dist <= bestDistance) {
                bestDistance = dist;
                best = static_cast<int>(i);
            }
            prev = p;
        }
    }
    (void)options;
    return best;
}

std::vector<int> DiagramRenderer::nodesIn(const Viewport &viewport, const QRectF &viewRect) const
{
    std::vector<int> out;
    const QRectF r = viewRect.normalized();
    for (size_t i = 0; i < m_diagram.nodes.size(); ++i)
        if (r.contains(viewport.toView(m_diagram.nodes[i].position)))
            out.push_back(static_cast<int>(i));
    return out;
}

} // namespace netzatlas::render
