// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;

namespace netzatlas {

class RegistryDocument;

/// Qt Charts of the SCP measures and budgets with German labels and number formats (domain.md §6.7):
/// budget by pillar and school year (Budget, geplant, bewilligt, ausgegeben as grouped bars), measures per status,
/// per school, per Maßnahmenbereich, and VZÄ by Berufsgruppe. No personal data appear in any chart.
namespace MeasureCharts {
enum class Kind { BudgetByPillarYear, MeasuresPerStatus, MeasuresPerSchool, MeasuresPerArea, FteByOccupation };
/// A new chart of this kind for the document; the caller owns it. `schoolYear` empty = all years.
[[nodiscard]] QChart *create(Kind kind, const RegistryDocument &document, const QString &schoolYear = {});
[[nodiscard]] QString title(Kind kind);
/// Writes the chart as PNG (`size` in pixels, rendered at 2× for sharp text) or SVG, atomically (QSaveFile):
/// an existing file is replaced only when the new one is complete.
[[nodiscard]] Status exportPng(QChart *chart, const QString &path, const QSize &size);
[[nodiscard]] Status exportSvg(QChart *chart, const QString &path, const QSize &size);
} // namespace MeasureCharts

/// One chart in a view with a context menu and a button „Exportieren …“ (PNG or SVG by the file name chosen).
/// Object name: chart_<kind number>.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(MeasureCharts::Kind kind, QWidget *parent = nullptr);

    void rebuild(const RegistryDocument *document, const QString &schoolYear);
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] QChartView *view() const { return m_view; }
    [[nodiscard]] MeasureCharts::Kind kind() const { return m_kind; }
    /// Asks for a file name and writes PNG or SVG (by the suffix); shows a message when that fails.
    void exportInteractively();

private:
    MeasureCharts::Kind m_kind;
    QChartView *m_view;
};

/// The chart page of the budgets view: the five charts in a grid with a school year filter; they follow every
/// change of measures and budgets. Object names: chartsPanel, chartYearFilter.
class MeasureChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureChartsPanel(QWidget *parent = nullptr);

    void setDocument(RegistryDocument *document);
    [[nodiscard]] QList<ChartPanel *> charts() const { return m_charts; }
    void rebuild();

private:
    void scheduleRebuild();

    QPointer<RegistryDocument> m_document;
    QComboBox *m_year;
    QList<ChartPanel *> m_charts;
    bool m_pending = false;
};

} // namespace netzatlas
