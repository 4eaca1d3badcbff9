// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MeasureCharts.h"

#include <netzatlas/core/MeasurePlanning.h>
#include <netzatlas/core/Money.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::MeasureCharts", text);
}

QLocale chartLocale()
{
    // German number formats unless the interface is English.
    return RegistryDocument::usesEnglishLabels() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                 : QLocale(QLocale::German, QLocale::Germany);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(chartLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

/// A value axis from 0 with a "nice" maximum and whole-number ticks.
QValueAxis *valueAxis(double maximum, const QString &title, int decimals = 0)
{
    auto *axis = new QValueAxis;
    double top = maximum <= 0 ? 1.0 : maximum * 1.08;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    top = std::ceil(top / magnitude * 2) / 2 * magnitude; // 1, 1.5, 2, 2.5 … × 10^n
    if (decimals == 0)
        top = std::max(1.0, std::ceil(top));
    axis->setRange(0, top);
    axis->setTickCount(6);
    axis->setLabelFormat(decimals == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.%1f").arg(decimals));
    if (decimals == 0 && top <= 5)
        axis->setTickCount(static_cast<int>(top) + 1);
    axis->setTitleText(title);
    return axis;
}

/// Counts measures by a key (in the order of `order`, keys not in it after), one bar per key.
QChart *countChart(const QString &title, const QStringList &order, const QMap<QString, int> &counts,
                   const std::function<QString(const QString &)> &label, bool horizontal, const QColor &color)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(tr("Maßnahmen"));
    set->setColor(color);
    set->setLabelColor(Qt::black);
    QStringList categories;
    QStringList keys = order;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    int maximum = 0;
    for (const QString &key : std::as_const(keys)) {
        if (!counts.contains(key) && !order.contains(key))
            continue;
        categories << label(key);
        *set << counts.value(key);
        maximum = std::max(maximum, counts.value(key));
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *values = valueAxis(maximum, tr("Anzahl der Maßnahmen"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

bool inYear(const Measure &m, const QString &schoolYear)
{
    if (schoolYear.isEmpty() || m.schoolYear == schoolYear)
        return true;
    for (const MeasureYearCost &c : m.yearCosts) {
        if (c.schoolYear == schoolYear)
            return true;
    }
    return false;
}

QString shortPillar(const QString &code)
{
    if (code == u"I")
        return tr("Säule I");
    if (code == u"II_SCHULE")
        return tr("Säule II Schule");
    if (code == u"II_TRAEGER")
        return tr("Säule II Träger");
    if (code == u"III")
        return tr("Säule III");
    return code;
}

} // namespace

QString MeasureCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::BudgetByPillarYear:
        return tr("Budget und Mittel nach Säule und Schuljahr");
    case Kind::MeasuresPerStatus:
        return tr("Maßnahmen nach Status");
    case Kind::MeasuresPerSchool:
        return tr("Maßnahmen je Schule");
    case Kind::MeasuresPerArea:
        return tr("Maßnahmen nach Maßnahmenbereich");
    case Kind::FteByOccupation:
        return tr("VZÄ nach Berufsgruppe (Säule III)");
    }
    return {};
}

QChart *MeasureCharts::create(Kind kind, const RegistryDocument &document, const QString &schoolYear)
{
    QList<Measure> measures;
    for (const Measure &m : document.measures()) {
        if (inYear(m, schoolYear))
            measures.append(m);
    }
    const QString heading = schoolYear.isEmpty() ? title(kind) : QStringLiteral("%1 – %2").arg(title(kind), schoolYear);
    switch (kind) {
    case Kind::BudgetByPillarYear: {
        QChart *chart = newChart(heading);
        // Sums over every holder, per pillar and school year; amounts in thousand euro.
        struct Sums
        {
            double budget = 0, planned = 0, approved = 0, spent = 0;
        };
        QMap<QString, Sums> sums; // key "year|pillar" sorts by year, then pillar
        for (const BudgetFigures &f : deriveBudgetFigures(document.measures(), document.budgets(), document.actors())) {
            if (!schoolYear.isEmpty() && f.schoolYear != schoolYear)
                continue;
            Sums &s = sums[f.schoolYear + u'|' + f.pillar];
            s.budget += f.budget / 100.0 / 1000.0;
            s.planned += f.planned / 100.0 / 1000.0;
            s.approved += f.approved / 100.0 / 1000.0;
            s.spent += f.spent / 100.0 / 1000.0;
        }
        auto *budget = new QBarSet(tr("Budget"));
        auto *planned = new QBarSet(tr("geplant"));
        auto *approved = new QBarSet(tr("bewilligt"));
        auto *spent = new QBarSet(tr("ausgegeben"));
        budget->setColor(QColor(0x9e, 0x9e, 0x9e));
        planned->setColor(QColor(0x42, 0x85, 0xf4));
        approved->setColor(QColor(0x0f, 0x9d, 0x58));
        spent->setColor(QColor(0xf4, 0xb4, 0x00));
        QStringList categories;
        double maximum = 0;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const QStringList parts = it.key().split(u'|');
            categories << QStringLiteral("%1 %2").arg(shortPillar(parts.value(1)), parts.value(0));
            *budget << it->budget;
            *planned << it->planned;
            *approved << it->approved;
            *spent << it->spent;
            maximum = std::max({maximum, it->budget, it->planned, it->approved, it->spent});
        }
        auto *series = new QHorizontalBarSeries;
        // Horizontal bars keep the long category names readable; the first set is drawn at the bottom.
        series->append({spent, approved, planned, budget});
        series->setBarWidth(0.85);
        chart->addSeries(series);
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        QValueAxis *values = valueAxis(maximum, tr("Tsd. €"));
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(values);
        chart->legend()->setReverseMarkers(true);
        return chart;
    }
    case Kind::MeasuresPerStatus: {
        QMap<QString, int> counts;
        for (const Measure &m : measures)
            ++counts[m.status];
        QStringList order;
        for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureStatus))
            order << e.code;
        return countChart(
            heading, order, counts,
            [&](const QString &code) { return document.vocabularyLabel(Vocabulary::MeasureStatus, code); }, true,
            QColor(0x42, 0x85, 0xf4));
    }
    case Kind::MeasuresPerSchool: {
        QMap<QString, int> counts;
        for (const Measure &m : measures) {
            for (ActorId school : m.schools)
                ++counts[QString::number(school.value)];
        }
        // The schools with the most measures, at most 12, most first (bottom-up in a horizontal chart).
        QList<QPair<int, QString>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ranked.append({it.value(), document.actorName(ActorId(it.key().toLongLong()))});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        if (ranked.size() > 12)
            ranked = ranked.mid(ranked.size() - 12);
        QMap<QString, int> named;
        QStringList order;
        for (const auto &[count, name] : ranked) {
            named.insert(name, count);
            order << name;
        }
        return countChart(
            counts.size() > 12 ? tr("%1 (die 12 mit den meisten)").arg(heading) : heading, order, named,
            [](const QString &name) { return name.size() > 38 ? name.left(36) + QStringLiteral("…") : name; }, true,
            QColor(0x0f, 0x9d, 0x58));
    }
    case Kind::MeasuresPerArea: {
        QMap<QString, int> counts;
        for (const Measure &m : measures) {
            if (!m.measureArea.isEmpty())
                ++counts[m.measureArea];
        }
        QStringList order;
        for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureArea))
            order << e.code;
        QChart *chart = countChart(
            heading, order, counts, [](const QString &code) { return code; }, true, QColor(0xab, 0x47, 0xbc));
        return chart;
    }
    case Kind::FteByOccupation: {
        QChart *chart = newChart(heading);
        QMap<QString, double> fte;
        for (const Measure &m : measures) {
            if (m.pillar == u"III" && !m.occupationGroup.isEmpty())
                fte[m.occupationGroup] += m.fte;
        }
        auto *set = new QBarSet(tr("VZÄ"));
        set->setColor(QColor(0xf4, 0x51, 0x1e));
        set->setLabelColor(Qt::black);
        QStringList categories;
        double maximum = 0;
        const QList<VocabularyEntry> &groups = DomainCatalogue::vocabulary(Vocabulary::OccupationGroup);
        for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
            if (!fte.contains(it->code))
                continue;
            categories << document.vocabularyLabel(Vocabulary::OccupationGroup, it->code);
            *set << fte.value(it->code);
            maximum = std::max(maximum, fte.value(it->code));
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(categories);
        QValueAxis *values = valueAxis(maximum, tr("Vollzeitäquivalente"), 1);
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(values);
        chart->legend()->hide();
        return chart;
    }
    }
    return newChart(heading);
}

namespace {

/// Renders the chart alone (not the view's background) at `size` into any paint device.
void render(QChart *chart, QPainter &painter, const QSize &size)
{
    const QRectF old = chart->geometry();
    chart->resize(size);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate(); // lay the chart out for the new size now, not at the next event loop turn
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (QGraphicsScene *scene = chart->scene()) {
        scene->render(&painter, QRectF(QPointF(0, 0), size), chart->sceneBoundingRect());
    }
    if (old.isValid())
        chart->setGeometry(old);
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht geschrieben werden: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::at(path, 0, {},
                         tr("Die Datei konnte nicht vollständig geschrieben werden: %1").arg(file.errorString()));
    return {};
}

/// A chart without a view has no scene; lend it one for rendering.
struct SceneGuard
{
    explicit SceneGuard(QChart *chart)
        : chart(chart)
    {
        if (!chart->scene()) {
            scene = new QGraphicsScene;
            scene->addItem(chart);
        }
    }
    ~SceneGuard()
    {
        if (scene) {
            scene->removeItem(chart);
            delete scene;
        }
    }
    QChart *chart;
    QGraphicsScene *scene = nullptr;
};

} // namespace

Status MeasureCharts::exportPng(QChart *chart, const QString &path, const QSize &size)
{
    SceneGuard guard(chart);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(chart, painter, size);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Error::at(path, 0, {},
                         tr("Das Diagramm konnte nicht als PNG erzeugt werden: %1").arg(writer.errorString()));
    return writeAtomically(path, buffer.data());
}

Status MeasureCharts::exportSvg(QChart *chart, const QString &path, const QSize &size)
{
    SceneGuard guard(chart);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart->title());
    generator.setDescription(tr("Netzatlas – Diagramm der Startchancen-Maßnahmen"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        render(chart, painter, size);
    }
    return writeAtomically(path, buffer.data());
}

// ------------------------------------------------------------------------------------------------ ChartPanel

namespace {

class ExportingChartView : public QChartView
{
public:
    ExportingChartView(ChartPanel *panel)
        : QChartView(panel)
        , m_panel(panel)
    {}

protected:
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        QMenu menu(this);
        menu.addAction(QCoreApplication::translate("netzatlas::MeasureCharts", "Diagramm exportieren (PNG oder SVG) …"),
                       m_panel, &ChartPanel::exportInteractively);
        menu.exec(event->globalPos());
    }

private:
    ChartPanel *m_panel;
};

} // namespace

ChartPanel::ChartPanel(MeasureCharts::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_view(new ExportingChartView(this))
{
    setObjectName(QStringLiteral("chart_%1").arg(static_cast<int>(kind)));
    m_view->setRenderHint(QPainter::Antialiasing);
    // Tall enough that every category label of a horizontal bar chart fits its band (Qt Charts elides the
    // labels of bands lower than a line of text).
    m_view->setMinimumSize(420, kind == MeasureCharts::Kind::BudgetByPillarYear ? 560 : 380);
    m_view->setAccessibleName(MeasureCharts::title(kind));
    auto *exportButton = new QPushButton(tr("Exportieren …"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Dieses Diagramm als PNG oder SVG speichern"));
    exportButton->setAccessibleName(tr("%1 exportieren").arg(MeasureCharts::title(kind)));
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportInteractively);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(exportButton, 0, Qt::AlignRight);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::rebuild(const RegistryDocument *document, const QString &schoolYear)
{
    QChart *old = m_view->chart();
    m_view->setChart(document ? MeasureCharts::create(m_kind, *document, schoolYear) : new QChart);
    delete old;
}

void ChartPanel::exportInteractively()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Diagramm exportieren"),
                                                      MeasureCharts::title(m_kind) + QStringLiteral(".png"),
                                                      tr("PNG-Bild (*.png);;SVG-Grafik (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    const QSize size = m_view->size().expandedTo(QSize(900, 560));
    const Status written = QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0
                               ? MeasureCharts::exportSvg(chart(), path, size)
                               : MeasureCharts::exportPng(chart(), path, size);
    if (!written.ok())
        QMessageBox::warning(this, tr("Diagramm exportieren"), written.error().toString());
}

// ------------------------------------------------------------------------------------------------ panel

MeasureChartsPanel::MeasureChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_year(new QComboBox(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_year->setObjectName(QStringLiteral("chartYearFilter"));
    m_year->setAccessibleName(tr("Schuljahr der Diagramme"));
    connect(m_year, &QComboBox::currentIndexChanged, this, &MeasureChartsPanel::rebuild);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Schuljahr:"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    auto *grid = new QGridLayout;
    using K = MeasureCharts::Kind;
    const K kinds[] = {K::BudgetByPillarYear, K::MeasuresPerStatus, K::MeasuresPerSchool, K::MeasuresPerArea,
                       K::FteByOccupation};
    for (K kind : kinds)
        m_charts.append(new ChartPanel(kind, this));
    grid->addWidget(m_charts.at(0), 0, 0, 1, 2);
    grid->addWidget(m_charts.at(1), 1, 0);
    grid->addWidget(m_charts.at(2), 1, 1);
    grid->addWidget(m_charts.at(3), 2, 0);
    grid->addWidget(m_charts.at(4), 2, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 2);
    // The charts keep a legible size and scroll when the window is small.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setLayout(grid);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
}

void MeasureChartsPanel::setDocument(RegistryDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        for (auto signal :
             {&RegistryDocument::measuresReset, &RegistryDocument::budgetsReset, &RegistryDocument::actorsReset})
            connect(m_document, signal, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::measureAdded, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::measureChanged, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::measureRemoved, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::budgetAdded, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::budgetChanged, this, &MeasureChartsPanel::scheduleRebuild);
        connect(m_document, &RegistryDocument::budgetRemoved, this, &MeasureChartsPanel::scheduleRebuild);
    }
    rebuild();
}

void MeasureChartsPanel::scheduleRebuild()
{
    // A bulk change announces many measures: build the charts once, after the change.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        rebuild();
    });
}

void MeasureChartsPanel::rebuild()
{
    // Refill the year filter with the years in use, keeping the choice.
    const QString current = m_year->currentData().toString();
    QStringList years;
    if (m_document) {
        for (const Measure &m : m_document->measures()) {
            if (!years.contains(m.schoolYear))
                years << m.schoolYear;
        }
        for (const Budget &b : m_document->budgets()) {
            if (!years.contains(b.schoolYear))
                years << b.schoolYear;
        }
    }
    years.sort();
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        m_year->addItem(tr("alle Schuljahre"), QString());
        for (const QString &y : std::as_const(years))
            m_year->addItem(y, y);
        m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
    }
    for (ChartPanel *panel : std::as_const(m_charts))
        panel->rebuild(m_document, m_year->currentData().toString());
}

} // namespace netzatlas
