// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/DiagramExporter.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace netzatlas::render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::render::DiagramExporter", text);
}

constexpr double MmToPt = 72.0 / 25.4;
/// Smallest label type of the cell layouts on paper (pt): smaller is not legible in print.
constexpr double MinCellFont = 4.5;

const QColor TitleColor(0x1a, 0x20, 0x2c);
const QColor MutedColor(0x5a, 0x64, 0x73);
const QColor RuleColor(0xc8, 0xcf, 0xd8);

/// Font whose size is `pt` in the painter's user space (pt) on any device.
QFont pageFont(const QPainter &painter, double pt, bool bold)
{
    const double dpi = painter.device() ? painter.device()->logicalDpiY() : 72.0;
    return DiagramRenderer::font(pt * 72.0 / dpi, bold);
}

QFontMetricsF metrics(double pt, bool bold)
{
    static QImage device = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(qRound(72.0 / 0.0254));
        i.setDotsPerMeterY(qRound(72.0 / 0.0254));
        return i;
    }();
    return QFontMetricsF(DiagramRenderer::font(pt, bold), &device);
}

/// Splits text into lines of at most `width` at word boundaries (hand-written because QTextLayout measures on
/// the screen's resolution; these metrics are on a 72-dpi device so that PDF, SVG and PNG break alike).
QStringList wrap(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

struct LegendMetrics
{
    // Compact: on an A4 page the legend of the demo registry needs two columns beside the network.
    double entryFont = 6.3;
    double titleFont = 7.0;
    double rowHeight = 9.8;
    double titleHeight = 12.0;
    double sectionGap = 4.0;
    double columnWidth = 132.0;
    double sampleWidth = 17.0;
};

/// One row of the laid-out legend.
struct LegendRow
{
    const LegendSection *section = nullptr;
    const LegendEntry *entry = nullptr; ///< nullptr: the section title
    QStringList lines;
    double height = 0;
};

std::vector<LegendRow> legendRows(const Diagram &d, const LegendMetrics &m)
{
    std::vector<LegendRow> rows;
    const QFontMetricsF fm = metrics(m.entryFont, false);
    for (const LegendSection &section : d.legend) {
        if (section.entries.empty())
            continue;
        rows.push_back(LegendRow{&section, nullptr, {section.title}, m.titleHeight});
        for (const LegendEntry &entry : section.entries) {
            QString label = entry.label;
            if (entry.count > 0 && entry.kind != LegendEntry::Kind::Size)
                label += QStringLiteral(" (%1)").arg(entry.count);
            const QStringList lines = wrap(label, fm, m.columnWidth - m.sampleWidth - 4);
            const double h = std::max(m.rowHeight, lines.size() * (fm.height() - 0.5) + 2.5);
            const double sizeRow = entry.kind == LegendEntry::Kind::Size ? entry.size + 3 : 0.0;
            rows.push_back(LegendRow{&section, &entry, lines, std::max(h, sizeRow)});
        }
        rows.back().height += m.sectionGap;
    }
    return rows;
}

/// Columns of rows that fit `height`; returns the column count.
int layoutColumns(const std::vector<LegendRow> &rows, double height, std::vector<int> *columnOf)
{
    int column = 0;
    double y = 0;
    columnOf->assign(rows.size(), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        // Never leave a section title alone at the bottom of a column; keep short sections together.
        double need = rows[i].height + (rows[i].entry == nullptr && i + 1 < rows.size() ? rows[i + 1].height : 0);
        if (rows[i].entry == nullptr) {
            double section = rows[i].height;
            size_t j = i + 1;
            for (; j < rows.size() && rows[j].entry != nullptr; ++j)
                section += rows[j].height;
            if (j - i <= 6 && section <= height)
                need = section;
        }
        if (y > 0 && y + need > height) {
            ++column;
            y = 0;
        }
        (*columnOf)[i] = column;
        y += rows[i].height;
    }
    return rows.empty() ? 0 : column + 1;
}

void paintLegendSample(QPainter &painter, const LegendEntry &e, const QRectF &cell, double symbolScale)
{
    const QPointF c = cell.center();
    switch (e.kind) {
    case LegendEntry::Kind::ActorType:
        DiagramRenderer::paintSymbol(painter, c, 9.2, e.shape, e.color, QString(), false);
        break;
    case LegendEntry::Kind::Pillar:
        DiagramRenderer::paintSymbol(painter, c, 9.2, NodeShape::Circle, e.color, QString(), false);
        break;
    case LegendEntry::Kind::ScpMark:
        DiagramRenderer::paintSymbol(painter, c, 8.0, NodeShape::Circle, e.color, QString(), true);
        break;
    case LegendEntry::Kind::Size:
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.7));
        painter.setBrush(QColor(0xe4, 0xe7, 0xeb));
        // As large as the symbols are drawn in the network on this page.
        painter.drawEllipse(c, e.size * symbolScale / 2, e.size * symbolScale / 2);
        break;
    case LegendEntry::Kind::LinkType:
    case LegendEntry::Kind::Formality: {
        const QLineF line(cell.left() + 1, c.y(), cell.right() - 1, c.y());
        const QPen pen = DiagramRenderer::linkPen(e.color, e.formality, 2);
        painter.setPen(pen);
        painter.drawLine(line);
        if (e.formality == u"VERTRAGLICH") {
            painter.setPen(QPen(QColor(255, 255, 255), std::max(0.35, pen.widthF() - 1.2)));
            painter.drawLine(line);
        }
        break;
    }
    case LegendEntry::Kind::Pseudonym:
        painter.setPen(MutedColor);
        painter.setFont(pageFont(painter, 6.8, true));
        painter.drawText(cell, Qt::AlignCenter, QStringLiteral("1, 2"));
        break;
    }
}

void paintLegend(QPainter &painter, const std::vector<LegendRow> &rows, const std::vector<int> &columnOf,
                 const QPointF &origin, const LegendMetrics &m, double symbolScale)
{
    const QFontMetricsF fm = metrics(m.entryFont, false);
    int column = -1;
    double y = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (columnOf[i] != column) {
            column = columnOf[i];
            y = origin.y();
        }
        const double x = origin.x() + column * (m.columnWidth + 10);
        const LegendRow &row = rows[i];
        if (!row.entry) {
            painter.setFont(pageFont(painter, m.titleFont, true));
            painter.setPen(TitleColor);
            painter.drawText(QRectF(x, y, m.columnWidth, m.titleHeight - 2), Qt::AlignLeft | Qt::AlignVCenter,
                             row.lines.value(0));
        } else {
            const double content =
                row.height - (i + 1 == rows.size() || rows[i + 1].entry == nullptr ? m.sectionGap : 0);
            paintLegendSample(painter, *row.entry, QRectF(x, y, m.sampleWidth, content), symbolScale);
            painter.setFont(pageFont(painter, m.entryFont, false));
            painter.setPen(QColor(0x2d, 0x33, 0x3d));
            const double textHeight = row.lines.size() * (fm.height() - 0.5);
            double ty = y + (content - textHeight) / 2;
            for (const QString &line : row.lines) {
                painter.drawText(QRectF(x + m.sampleWidth + 4, ty, m.columnWidth - m.sampleWidth - 4, fm.height()),
                                 Qt::AlignLeft | Qt::AlignTop, line);
                ty += fm.height() - 0.5;
            }
        }
        y += row.height;
    }
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"svg")
        return ExportFormat::Svg;
    if (n == u"pdf")
        return ExportFormat::Pdf;
    if (n == u"png")
        return ExportFormat::Png;
    return std::nullopt;
}

DiagramPage::DiagramPage(const Diagram &diagram, const PageOptions &options)
    : m_diagram(diagram)
    , m_options(options)
{}

QSizeF DiagramPage::pageSizePt() const
{
    // From millimetres: QPageSize rounds its point sizes to whole points (A4 595 × 842 instead of 595.28 × 841.89).
    const QSizeF portrait = QPageSize(m_options.paper).size(QPageSize::Millimeter) * MmToPt;
    return m_options.landscape ? QSizeF(portrait.height(), portrait.width()) : portrait;
}

PageReport DiagramPage::paint(QPainter &painter)
{
    const Diagram &d = m_diagram;
    const QSizeF page = pageSizePt();
    const bool large = m_options.paper == QPageSize::A3 || m_options.paper == QPageSize::A2;
    const double k = large ? 1.2 : 1.0; // type grows a little on larger paper
    const QMarginsF margins = m_options.marginsMm * MmToPt;
    const QRectF content(margins.left(), margins.top(), page.width() - margins.left() - margins.right(),
                         page.height() - margins.top() - margins.bottom());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), page), QColor(255, 255, 255));

    // ---- header: title, subtitle, rule
    double y = content.top();
    const double titlePt = 15.0 * k;
    const QFontMetricsF titleFm = metrics(titlePt, true);
    painter.setFont(pageFont(painter, titlePt, true));
    painter.setPen(TitleColor);
    const QString title = titleFm.elidedText(d.title, Qt::ElideRight, content.width());
    painter.drawText(QRectF(content.left(), y, content.width(), titleFm.height()), Qt::AlignLeft | Qt::AlignTop, title);
    y += titleFm.height() + 1;
    const double subPt = 8.0 * k;
    const QFontMetricsF subFm = metrics(subPt, false);
    painter.setFont(pageFont(painter, subPt, false));
    painter.setPen(MutedColor);
    for (const QString &line : wrap(d.subtitle, subFm, content.width()).mid(0, 2)) {
        painter.drawText(QRectF(content.left(), y, content.width(), subFm.height()), Qt::AlignLeft | Qt::AlignTop,
                         line);
        y += subFm.height();
    }
    y += 4;
    painter.setPen(QPen(RuleColor, 0.6));
    painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
    y += 6;

    // ---- footer: source line
    const double footPt = 6.2 * k;
    const QFontMetricsF footFm = metrics(footPt, false);
    const QStringList footLines = wrap(d.sourceLine, footFm, content.width());
    const double footHeight = footLines.size() * footFm.height() + 5;
    const double footTop = content.bottom() - footHeight;
    painter.setPen(QPen(RuleColor, 0.6));
    painter.drawLine(QPointF(content.left(), footTop + 1), QPointF(content.right(), footTop + 1));
    painter.setFont(pageFont(painter, footPt, false));
    painter.setPen(MutedColor);
    double fy = footTop + 4;
    for (const QString &line : footLines) {
        painter.drawText(QRectF(content.left(), fy, content.width(), footFm.height()), Qt::AlignLeft | Qt::AlignTop,
                         line);
        fy += footFm.height();
    }

    // ---- legend: a column on the right (landscape) or a band at the bottom (portrait)
    QRectF area(content.left(), y, content.width(), footTop - 6 - y);
    LegendMetrics lm;
    lm.entryFont *= k;
    lm.titleFont *= k;
    lm.rowHeight *= k;
    lm.titleHeight *= k;
    lm.columnWidth *= k;
    lm.sampleWidth *= k;
    // Painted once the symbol scale of the network is known (the size samples are drawn at that scale).
    std::function<void(double)> paintLegendLater;
    if (m_options.legend && !d.legend.empty()) {
        const std::vector<LegendRow> rows = legendRows(d, lm);
        std::vector<int> columnOf;
        if (m_options.landscape) {
            const int columns = layoutColumns(rows, area.height(), &columnOf);
            const double width = columns * lm.columnWidth + (columns - 1) * 10;
            const QPointF origin(area.right() - width, area.top());
            paintLegendLater = [&painter, rows, columnOf, origin, lm](double scale) {
                paintLegend(painter, rows, columnOf, origin, lm, scale);
            };
            painter.setPen(QPen(RuleColor, 0.6));
            painter.drawLine(QPointF(area.right() - width - 8, area.top()),
                             QPointF(area.right() - width - 8, area.bottom()));
            area.setRight(area.right() - width - 16);
        } else {
            const int perRow = std::max(1, static_cast<int>((area.width() + 10) / (lm.columnWidth + 10)));
            double bandHeight = 0;
            for (double h = 60; h < area.height() * 0.6; h += 10) {
                if (layoutColumns(rows, h, &columnOf) <= perRow) {
                    bandHeight = h;
                    break;
                }
            }
            if (bandHeight == 0) {
                bandHeight = area.height() * 0.6;
                layoutColumns(rows, bandHeight, &columnOf);
            }
            const double top = area.bottom() - bandHeight;
            const QPointF origin(area.left(), top);
            paintLegendLater = [&painter, rows, columnOf, origin, lm](double scale) {
                paintLegend(painter, rows, columnOf, origin, lm, scale);
            };
            painter.setPen(QPen(RuleColor, 0.6));
            painter.drawLine(QPointF(area.left(), top - 6), QPointF(area.right(), top - 6));
            area.setBottom(top - 12);
        }
    }

    // ---- the network, fitted into what is left
    PageReport report;
    report.pageSizePt = page;
    report.nodes = static_cast<int>(d.nodes.size());
    report.links = static_cast<int>(d.links.size());
    RenderOptions options;
    options.fontSize = kDiagramLabelFont * k;
    double symbolScale = k;
    // A force-directed picture has no preferred orientation: turn a tall one on a wide page (and vice versa)
    // by a quarter so that it uses the paper. Pinned positions and structured layouts stay as they are.
    std::optional<Diagram> turned;
    const bool tall = d.bounds.height() > d.bounds.width() * 1.15;
    const bool wide = d.bounds.width() > d.bounds.height() * 1.15;
    const bool anyPinned = std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode &n) { return n.pinned; });
    if (d.layout == LayoutKind::ForceDirected && d.groups.empty() && !anyPinned &&
        ((tall && area.width() > area.height()) || (wide && area.height() > area.width()))) {
        turned = d;
        const QPointF c = d.bounds.center();
        for (DiagramNode &n : turned->nodes)
            n.position = c + QPointF(n.position.y() - c.y(), -(n.position.x() - c.x()));
        turned->bounds =
            QRectF(c.x() - d.bounds.height() / 2, c.y() - d.bounds.width() / 2, d.bounds.height(), d.bounds.width());
    }
    const Diagram &shown = turned ? *turned : d;
    if (!shown.nodes.empty() && area.width() > 10 && area.height() > 10) {
        // The grouped and Bildungskette layouts reserve a cell for each symbol and its label (at
        // kDiagramLabelFont, zoom 1): drawn to scale, symbols and type shrink with the layout, down to a
        // legible minimum (below it labels that no longer fit are shortened or left out, and counted).
        const bool cells =
            shown.layout == LayoutKind::GroupedByTerritory || shown.layout == LayoutKind::BildungsketteLanes;
        // Labels hang over the outermost symbols: leave room for half a label on each side.
        const double sideRoom = cells ? 1.0 : options.fontSize * 5.0;
        const double topRoom = cells ? 1.0 : options.fontSize * 1.6;
        Viewport viewport = Viewport::fitting(shown.bounds, area.size(), 0);
        const double zoomX = (area.width() - 2 * sideRoom) / std::max(1.0, shown.bounds.width());
        const double zoomY = (area.height() - 2 * topRoom) / std::max(1.0, shown.bounds.height());
        viewport.zoom = std::max(0.01, std::min(zoomX, zoomY));
        if (cells) {
            const double scale = std::min(viewport.zoom, k);
            options.fontSize = std::max(MinCellFont * k, kDiagramLabelFont * scale);
            options.symbolScale = std::max(0.45, scale);
        } else {
            // Symbols shrink with the layout when it is scaled down a lot, but stay recognisable.
            options.symbolScale = std::clamp(std::sqrt(viewport.zoom) * 1.05, 0.6, 1.0) * k;
        }
        options.labelBounds = QRectF(QPointF(0, 0), area.size());
        DiagramRenderer renderer(shown);
        painter.save();
        painter.translate(area.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), area.size()));
        renderer.paint(painter, viewport, options);
        painter.restore();
        const LabelLayout &labels = renderer.labels(viewport, options);
        report.labelsShown = static_cast<int>(labels.labels.size());
        report.labelsHidden = labels.hidden;
        report.labelsShortened = labels.shortened;
        report.labelOverlaps = labels.overlaps;
        report.symbolScale = options.symbolScale;
        report.labelFont = options.fontSize;
        symbolScale = options.symbolScale;
        report.zoom = viewport.zoom;
    }
    if (paintLegendLater)
        paintLegendLater(symbolScale);
    painter.restore();
    return report;
}

Result<QByteArray> renderDiagram(const Diagram &diagram, const ExportOptions &options, PageReport *report)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(tr("Diagramme brauchen die Schriften der Qt-Oberfläche (QGuiApplication)."));
    DiagramPage page(diagram, options.page);
    const QSizeF size = page.pageSizePt();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PageReport pageReport;
    switch (options.format) {
    case ExportFormat::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Netzatlas"));
        writer.setTitle(diagram.title);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(options.page.paper),
                                         options.page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::make(tr("Das PDF kann nicht angelegt werden."));
        pageReport = page.paint(painter);
        painter.end();
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(72);
        generator.setSize(QSize(qRound(size.width()), qRound(size.height())));
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(diagram.title);
        generator.setDescription(diagram.subtitle + QStringLiteral(" — ") + diagram.sourceLine);
        QPainter painter;
        if (!painter.begin(&generator))
            return Error::make(tr("Das SVG kann nicht angelegt werden."));
        pageReport = page.paint(painter);
        painter.end();
        break;
    }
    case ExportFormat::Png: {
        if (options.dpi < 50 || options.dpi > 1200)
            return Error::at(QString(), 0, QStringLiteral("dpi"),
                             tr("Die Auflösung %1 dpi liegt außerhalb von 50 bis 1200 dpi.").arg(options.dpi));
        const double f = options.dpi / 72.0;
        const QSize pixels(qRound(size.width() * f), qRound(size.height() * f));
        if (static_cast<qint64>(pixels.width()) * pixels.height() > 250'000'000)
            return Error::at(QString(), 0, QStringLiteral("dpi"),
                             tr("Das Bild wäre mit %1 × %2 Pixeln zu groß; bitte eine kleinere Auflösung wählen.")
                                 .arg(pixels.width())
                                 .arg(pixels.height()));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return Error::make(tr("Für das Bild ist nicht genug Speicher frei."));
        image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
        image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(f, f);
            pageReport = page.paint(painter);
        }
        image.setText(QStringLiteral("Title"), diagram.title);
        image.setText(QStringLiteral("Description"), diagram.subtitle);
        image.setText(QStringLiteral("Source"), diagram.sourceLine);
        image.setText(QStringLiteral("Software"), QStringLiteral("Netzatlas"));
        if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG"))
            return Error::make(tr("Das PNG kann nicht kodiert werden."));
        break;
    }
    }
    buffer.close();
    if (report)
        *report = pageReport;
    return bytes;
}

Result<PageReport> exportDiagram(const Diagram &diagram, const QString &path, const ExportOptions &options)
{
    PageReport report;
    NETZATLAS_TRY_ASSIGN(bytes, renderDiagram(diagram, options, &report));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(path, 0, QString(),
                         tr("Die Datei „%1“ kann nicht geschrieben werden: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::at(path, 0, QString(),
                         tr("Die Datei „%1“ kann nicht geschrieben werden: %2").arg(path, file.errorString()));
    return report;
}

} // namespace netzatlas::render
