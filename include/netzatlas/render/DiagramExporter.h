// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A diagram on a page (title, subtitle, diagram, legend, source line) and its export to SVG, PDF and PNG.
// All three paint the page through DiagramRenderer; files are written atomically (QSaveFile).
// Needs a QGuiApplication (fonts); runs in any thread that does not share the Diagram with a writer.

#include <netzatlas/core/Result.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramRenderer.h>

#include <QByteArray>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <optional>

class QPainter;

namespace netzatlas::render {

enum class ExportFormat { Svg, Pdf, Png };
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(const QString &name); ///< "svg", "pdf", "png"

struct PageOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool landscape = true;
    QMarginsF marginsMm{12.0, 12.0, 12.0, 10.0};
    bool legend = true;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    PageOptions page;
    int dpi = 300;     ///< PNG resolution
    bool pdfA = false; ///< PDF/A-1b
};

/// What ended up on the page: for the CLI's message and for tests.
struct PageReport
{
    QSizeF pageSizePt;
    int nodes = 0;
    int links = 0;
    int labelsShown = 0;
    int labelsShortened = 0;
    int labelsHidden = 0;
    int labelOverlaps = 0;
    double symbolScale = 1.0;
    double labelFont = 0.0; ///< size of the actors' labels on the page, pt
    double zoom = 1.0;      ///< scale of the layout on the page
};

/// Lays out and paints a whole page: the painter's coordinate system must be pt with the origin at the page's
/// top left corner.
class DiagramPage
{
public:
    DiagramPage(const Diagram &diagram, const PageOptions &options);

    [[nodiscard]] QSizeF pageSizePt() const;
    /// Paints the page and reports what was placed.
    PageReport paint(QPainter &painter);

private:
    const Diagram &m_diagram;
    PageOptions m_options;
};

/// Writes the diagram page to `path` in the chosen format. Errors are German and name the file.
[[nodiscard]] Result<PageReport> exportDiagram(const Diagram &diagram, const QString &path,
                                               const ExportOptions &options);
/// The bytes of the export without writing a file (tests, clipboard).
[[nodiscard]] Result<QByteArray> renderDiagram(const Diagram &diagram, const ExportOptions &options,
                                               PageReport *report = nullptr);

} // namespace netzatlas::render
