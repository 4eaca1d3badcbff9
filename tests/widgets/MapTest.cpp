// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/MainWindow.h"
#include "widgets/MapPanel.h"
#include "widgets/MapView.h"

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/storage/RegistryStore.h>

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace netzatlas;

namespace {

/// A demo registry opened in a MainWindow, with the first layout of the map done.
struct MapFixture
{
    MapFixture()
    {
        path = dir.file(QStringLiteral("Demo.sqlite"));
        test::createDemoRegistry(path);
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        panel = window.mapPanel();
        REQUIRE(panel);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("mapDock"));
        REQUIRE(dock);
        dock->show(); // hidden until the user opens it (Ansicht › Karte)
        window.resizeDocks({dock}, {650}, Qt::Vertical);
        view = panel->view();
        QSignalSpy done(panel, &MapPanel::layoutFinished);
        REQUIRE(window.openRegistry(path));
        waitForLayout(done);
        REQUIRE(view->diagram());
    }

    static void waitForLayout(QSignalSpy &spy)
    {
        if (spy.isEmpty())
            REQUIRE(spy.wait(60000));
        REQUIRE(spy.constLast().at(0).toBool());
    }

    void relayoutAndWait(const std::function<void()> &change)
    {
        QSignalSpy done(panel, &MapPanel::layoutFinished);
        change();
        waitForLayout(done);
    }

    [[nodiscard]] RegistryDocument &document() const { return *window.document(); }

    [[nodiscard]] QSet<qint64> shownActors() const
    {
        QSet<qint64> ids;
        for (const render::DiagramNode &n : view->diagram()->nodes)
            ids.insert(n.actor.value);
        return ids;
    }

    /// An actor with at least `minDegree` neighbours on the map.
    [[nodiscard]] ActorId actorWithNeighbours(int minDegree) const
    {
        const render::Diagram &d = *view->diagram();
        std::vector<QSet<int>> neighbours(d.nodes.size());
        for (const render::DiagramLink &l : d.links) {
            neighbours[std::size_t(l.source)].insert(l.target);
            neighbours[std::size_t(l.target)].insert(l.source);
        }
        for (std::size_t i = 0; i < d.nodes.size(); ++i)
            if (neighbours[i].size() >= minDegree)
                return d.nodes[i].actor;
        FAIL("no actor with enough neighbours");
        return {};
    }

    /// Shown actors whose symbol a click at its centre hits (not covered by another one).
    [[nodiscard]] QList<ActorId> clickableActors() const
    {
        QList<ActorId> result;
        const render::Diagram &d = *view->diagram();
        for (int i = 0; i < int(d.nodes.size()); ++i) {
            const auto pos = view->viewPosition(d.nodes[std::size_t(i)].actor);
            if (pos && QRectF(view->rect()).contains(*pos) && view->nodeAt(*pos) == i)
                result.append(d.nodes[std::size_t(i)].actor);
        }
        return result;
    }

    void sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons) const
    {
        QMouseEvent event(type, pos, view->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(view, &event);
    }

    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    QString path;
    MainWindow window;
    MapPanel *panel = nullptr;
    MapView *view = nullptr;
};

} // namespace

TEST_CASE("The map shows the demo registry", "[widgets][map]")
{
    MapFixture f;
    // Every actor of the registry that the diagram shows exists, and no shown actor is missing from the map's
    // node list: the default view filters nothing but the date.
    const QList<Actor> &actors = f.document().actors();
    const QSet<qint64> shown = f.shownActors();
    REQUIRE(shown.size() > 10);
    for (qint64 id : shown)
        CHECK(f.document().actor(ActorId(id)) != nullptr);
    CHECK(shown.size() >= actors.size() * 8 / 10);
    CHECK(!f.view->diagram()->links.empty());
    // Nodes lie inside the visible area after fitting.
    const auto pos = f.view->viewPosition(f.view->diagram()->nodes.front().actor);
    REQUIRE(pos);
    CHECK(QRectF(f.view->rect()).contains(*pos));
    // Tooltip: name, type, degree; never a contact person.
    const QString tip = f.view->toolTipFor(0);
    CHECK(tip.contains(f.view->diagram()->nodes.front().label.toHtmlEscaped()));
    CHECK(tip.contains(QStringLiteral("Partner im Bild")));
}

TEST_CASE("A closed map computes nothing until it is opened", "[widgets][map]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Demo.sqlite"));
    test::createDemoRegistry(path);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("mapDock"));
    REQUIRE(dock);
    REQUIRE(dock->isHidden()); // closed by default
    MapPanel *panel = window.mapPanel();
    QSignalSpy done(panel, &MapPanel::layoutFinished);
    REQUIRE(window.openRegistry(path));
    QTest::qWait(300);
    CHECK(!panel->isLayoutRunning());
    CHECK(panel->isLayoutPending());
    CHECK(done.isEmpty());
    CHECK(panel->view()->diagram() == nullptr);
    // Opening the map (Ansicht › Karte) lays it out.
    dock->show();
    if (done.isEmpty())
        REQUIRE(done.wait(60000));
    CHECK(done.constLast().at(0).toBool());
    CHECK(!panel->isLayoutPending());
    REQUIRE(panel->view()->diagram() != nullptr);
    CHECK(panel->view()->diagram()->nodes.size() == 194);
}

TEST_CASE("Selection is synchronised between the Akteure table and the map", "[widgets][map]")
{
    MapFixture f;
    const QList<ActorId> clickable = f.clickableActors();
    REQUIRE(clickable.size() >= 2);
    const ActorId first = clickable[0];
    const ActorId second = clickable[1];

    // Table → map.
    f.window.selectActor(first);
    CHECK(f.view->selectedActors() == QList<ActorId>{first});
    CHECK(f.view->renderOptions().selectedNodes.size() == 1);

    // Map → table: a click on the second actor's symbol.
    const auto pos = f.view->viewPosition(second);
    REQUIRE(pos);
    f.sendMouse(QEvent::MouseButtonPress, *pos, Qt::LeftButton, Qt::LeftButton);
    f.sendMouse(QEvent::MouseButtonRelease, *pos, Qt::LeftButton, Qt::NoButton);
    CHECK(f.view->selectedActors() == QList<ActorId>{second});
    CHECK(f.window.selectedActors() == QList<ActorId>{second});
}

TEST_CASE("Dragging a node moves it, stores the position in the view and undo restores it", "[widgets][map]")
{
    MapFixture f;
    REQUIRE(f.panel->saveView(QStringLiteral("Arbeitsstand")).ok());
    const ViewId viewId = f.panel->currentView();
    REQUIRE(viewId.isValid());
    const int commands = f.document().undoStack()->count();

    const QList<ActorId> clickable = f.clickableActors();
    REQUIRE(!clickable.isEmpty());
    const ActorId actor = clickable.constFirst();
    const QPointF before = *f.view->scenePosition(actor);
    const QPointF start = *f.view->viewPosition(actor);
    const QPointF delta(60.0, 40.0);
    f.sendMouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    f.sendMouse(QEvent::MouseMove, start + delta / 2, Qt::NoButton, Qt::LeftButton);
    f.sendMouse(QEvent::MouseMove, start + delta, Qt::NoButton, Qt::LeftButton);
    f.sendMouse(QEvent::MouseButtonRelease, start + delta, Qt::LeftButton, Qt::NoButton);

    const QPointF after = *f.view->scenePosition(actor);
    const double zoom = f.view->viewport().zoom;
    CHECK(after.x() == Approx(before.x() + delta.x() / zoom));
    CHECK(after.y() == Approx(before.y() + delta.y() / zoom));
    REQUIRE(f.document().undoStack()->count() == commands + 1);

    auto storedPosition = [&]() -> std::optional<LayoutPosition> {
        const auto positions = f.document().viewPositions(viewId);
        REQUIRE(positions.ok());
        for (const LayoutPosition &p : positions.value())
            if (p.actor == actor)
                return p;
        return std::nullopt;
    };
    auto stored = storedPosition();
    REQUIRE(stored);
    CHECK(stored->x == Approx(after.x()));
    CHECK(stored->y == Approx(after.y()));
    CHECK(stored->pinned);

    f.document().undoStack()->undo();
    CHECK(f.view->scenePosition(actor)->x() == Approx(before.x()));
    CHECK(f.view->scenePosition(actor)->y() == Approx(before.y()));
    stored = storedPosition();
    REQUIRE(stored);
    CHECK(stored->x == Approx(before.x()));
    CHECK(!stored->pinned);

    f.document().undoStack()->redo();
    CHECK(f.view->scenePosition(actor)->x() == Approx(after.x()));
}

TEST_CASE("Saving and restoring a named view restores filters, layout and positions", "[widgets][map]")
{
    MapFixture f;
    const QString type = f.view->diagram()->nodes.front().typeCode;
    render::DiagramSpec spec = f.panel->spec();
    spec.filter.actorTypes = {type};
    spec.style.sizeBy = render::SizeMeasure::Betweenness;
    f.relayoutAndWait([&] { f.panel->setSpec(spec); });
    for (const render::DiagramNode &n : f.view->diagram()->nodes)
        CHECK(n.typeCode == type);
    REQUIRE(f.panel->saveView(QStringLiteral("Nur eine Art")).ok());
    const ViewId saved = f.panel->currentView();
    const QList<LayoutPosition> positions = f.view->positions();
    REQUIRE(!positions.isEmpty());
    CHECK(f.panel->savedViews().size() == 1);

    // Something else, then back.
    f.relayoutAndWait([&] { f.panel->setSpec(render::DiagramSpec{}); });
    CHECK(f.shownActors().size() > positions.size());
    f.relayoutAndWait([&] { REQUIRE(f.panel->restoreView(saved).ok()); });
    CHECK(f.panel->spec().filter.actorTypes == QStringList{type});
    CHECK(f.panel->spec().style.sizeBy == render::SizeMeasure::Betweenness);
    CHECK(f.panel->findChild<QComboBox *>(QStringLiteral("mapSizeMeasure"))->currentData().toInt() ==
          int(render::SizeMeasure::Betweenness));
    const QList<LayoutPosition> restored = f.view->positions();
    REQUIRE(restored.size() == positions.size());
    for (const LayoutPosition &p : positions) {
        const auto now = f.view->scenePosition(p.actor);
        REQUIRE(now);
        CHECK(now->x() == Approx(p.x));
        CHECK(now->y() == Approx(p.y));
    }

    // Rename and delete are undoable.
    REQUIRE(f.panel->renameView(saved, QStringLiteral("Umbenannt")).ok());
    CHECK(f.panel->savedViews().constFirst().name == QStringLiteral("Umbenannt"));
    REQUIRE(f.panel->removeView(saved).ok());
    CHECK(f.panel->savedViews().isEmpty());
    f.document().undoStack()->undo();
    REQUIRE(f.panel->savedViews().size() == 1);
    CHECK(f.panel->savedViews().constFirst().name == QStringLiteral("Umbenannt"));
    f.document().undoStack()->undo();
    CHECK(f.panel->savedViews().constFirst().name == QStringLiteral("Nur eine Art"));
}

TEST_CASE("The ego view shows only the neighbourhood of the selected actor", "[widgets][map]")
{
    MapFixture f;
    const ActorId center = f.actorWithNeighbours(2);
    const int all = int(f.shownActors().size());
    // Neighbours on the full map (same day, same filters).
    QSet<qint64> expected{center.value};
    const render::Diagram &full = *f.view->diagram();
    const int c = full.nodeOf(center);
    for (const render::DiagramLink &l : full.links) {
        if (l.source == c)
            expected.insert(full.nodes[std::size_t(l.target)].actor.value);
        if (l.target == c)
            expected.insert(full.nodes[std::size_t(l.source)].actor.value);
    }
    f.window.selectActor(center);
    auto *ego = f.panel->findChild<QComboBox *>(QStringLiteral("mapEgo"));
    REQUIRE(ego);
    f.relayoutAndWait([&] { ego->setCurrentIndex(ego->findData(1)); });
    CHECK(f.shownActors() == expected);
    CHECK(int(expected.size()) < all);

    f.relayoutAndWait([&] { ego->setCurrentIndex(ego->findData(0)); });
    CHECK(int(f.shownActors().size()) == all);
}

TEST_CASE("The map colours actors by the pillars of the measures they carry", "[widgets][map]")
{
    MapFixture f;
    auto *colorBy = f.panel->findChild<QComboBox *>(QStringLiteral("mapColorBy"));
    REQUIRE(colorBy);
    const render::Diagram &byType = *f.view->diagram();
    QHash<qint64, QColor> typeColours;
    int carrying = 0;
    for (const render::DiagramNode &n : byType.nodes) {
        typeColours.insert(n.actor.value, n.color);
        carrying += n.pillars.isEmpty() ? 0 : 1;
    }
    REQUIRE(carrying > 0); // the demo's measures involve schools and partners
    f.relayoutAndWait([&] { colorBy->setCurrentIndex(colorBy->findData(int(render::ColorMode::Pillar))); });
    const render::Diagram &byPillar = *f.view->diagram();
    int changed = 0;
    for (const render::DiagramNode &n : byPillar.nodes)
        changed += (!n.pillars.isEmpty() && n.color != typeColours.value(n.actor.value)) ? 1 : 0;
    CHECK(changed > 0);
    // Back to the actor types: every colour as before.
    f.relayoutAndWait([&] { colorBy->setCurrentIndex(colorBy->findData(int(render::ColorMode::ActorType))); });
    for (const render::DiagramNode &n : f.view->diagram()->nodes)
        CHECK(n.color == typeColours.value(n.actor.value));
}

TEST_CASE("The highlight slot and the quick buttons mark analysis results", "[widgets][map]")
{
    MapFixture f;
    const ActorId a = f.view->diagram()->nodes[0].actor;
    const ActorId b = f.view->diagram()->nodes[3].actor;
    f.panel->highlight({b, a}, {}, QStringLiteral("Testauswahl"));
    QList<ActorId> expected{a, b};
    std::sort(expected.begin(), expected.end(), [](ActorId x, ActorId y) { return x.value < y.value; });
    CHECK(f.view->highlightedActors() == expected);
    CHECK(f.view->renderOptions().dimOthers);
    auto *caption = f.panel->findChild<QLabel *>(QStringLiteral("mapHighlightCaption"));
    REQUIRE(caption);
    CHECK(caption->isVisible());
    CHECK(caption->text().contains(QStringLiteral("Testauswahl")));

    // „Lücken“: the gaps of the Bildungskette, as the analysis library reports them.
    auto input = analysis::AnalysisInput::load(f.document().repository());
    REQUIRE(input.ok());
    analysis::AnalysisRequest request;
    request.analyses = {QStringLiteral("education-chain")};
    request.snapshot.at = f.view->diagram()->date;
    auto report = analysis::AnalysisJob(std::make_shared<analysis::AnalysisInput>(input.value()), request).run();
    REQUIRE(report.ok());
    const analysis::ResultTable *gaps = report.value().table(QStringLiteral("education-chain.gaps"));
    REQUIRE(gaps);
    QSet<qint64> gapActors;
    for (const analysis::ResultRow &row : gaps->rows)
        for (ActorId id : row.actors)
            if (f.shownActors().contains(id.value))
                gapActors.insert(id.value);
    REQUIRE(!gapActors.isEmpty());
    QSignalSpy finished(f.panel, &MapPanel::analysisFinished);
    f.panel->showGaps();
    REQUIRE(finished.wait(30000));
    QSet<qint64> marked;
    for (ActorId id : f.view->highlightedActors())
        marked.insert(id.value);
    CHECK(marked == gapActors);

    f.panel->clearHighlight();
    CHECK(f.view->highlightedActors().isEmpty());
    CHECK(!caption->isVisible());
}

TEST_CASE("The layout job runs off the GUI thread and can be cancelled", "[widgets][map]")
{
    MapFixture f;
    const render::Diagram *before = f.view->diagram();
    auto *progress = f.panel->findChild<QProgressBar *>(QStringLiteral("mapProgress"));
    REQUIRE(progress);

    // relayout() returns at once: the job runs on a worker while the window keeps the old map.
    QSignalSpy done(f.panel, &MapPanel::layoutFinished);
    f.panel->relayout();
    CHECK(f.panel->isLayoutRunning());
    CHECK(progress->isVisible());
    CHECK(f.view->diagram() == before);
    f.panel->cancelLayout();
    REQUIRE((!done.isEmpty() || done.wait(60000)));
    CHECK(!done.constLast().at(0).toBool());
    CHECK(!f.panel->isLayoutRunning());
    CHECK(!progress->isVisible());
    CHECK(f.view->diagram() == before); // the cancelled result is not applied
    CHECK(f.panel->findChild<QLabel *>(QStringLiteral("mapStatus"))->text().contains(QStringLiteral("abgebrochen")));

    // Meanwhile the event loop kept running: a timer ticks while the next job is under way.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(0);
    QSignalSpy again(f.panel, &MapPanel::layoutFinished);
    f.panel->relayout();
    REQUIRE(again.wait(60000));
    CHECK(again.constLast().at(0).toBool());
    CHECK(ticks > 0);
}

TEST_CASE("Export from the map writes the chosen format", "[widgets][map]")
{
    MapFixture f;
    MapPanel::ExportRequest request;
    request.path = f.dir.file(QStringLiteral("karte.svg"));
    request.options.format = render::ExportFormat::Svg;
    request.title = QStringLiteral("Netz für den Ausschuss");
    QSignalSpy finished(f.panel, &MapPanel::exportFinished);
    f.panel->exportMap(request);
    REQUIRE(finished.wait(60000));
    CHECK(finished.constLast().at(0).toBool());
    const QByteArray svg = test::readAll(request.path);
    CHECK(svg.contains("<svg"));
    CHECK(svg.contains("Netz für den Ausschuss"));
}

TEST_CASE("Screenshot of the map: grouped layout with the gaps highlighted", "[widgets][map][map-screenshot]")
{
    test::SettingsSandbox settings;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Demo.sqlite"));
    test::createDemoRegistry(path);
    auto document = RegistryDocument::open(path);
    REQUIRE(document.ok());
    MapPanel panel;
    panel.resize(1400, 900);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy done(&panel, &MapPanel::layoutFinished);
    panel.setDocument(document.value().get());
    REQUIRE(done.wait(60000));
    render::DiagramSpec spec = panel.spec();
    spec.layout = render::LayoutKind::GroupedByTerritory;
    QSignalSpy grouped(&panel, &MapPanel::layoutFinished);
    panel.setSpec(spec);
    REQUIRE(grouped.wait(60000));
    QSignalSpy analysed(&panel, &MapPanel::analysisFinished);
    panel.showGaps();
    REQUIRE(analysed.wait(30000));
    CHECK(!panel.view()->highlightedActors().isEmpty());
    QCoreApplication::processEvents();
    test::saveScreenshot(panel, QStringLiteral("karte.png"));
    panel.setDocument(nullptr);
}

namespace {

/// The picture of a MapView as a direct DiagramRenderer::paint of its viewport draws it (no cache).
QImage directRender(const MapView &view)
{
    const double dpr = view.devicePixelRatioF();
    QImage image(view.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(view.renderOptions().background);
    render::DiagramRenderer renderer(*view.diagram());
    QPainter painter(&image);
    renderer.paint(painter, view.viewport(), view.renderOptions());
    return image;
}

/// Share of pixels whose largest channel difference exceeds `threshold`.
double differingShare(const QImage &a, const QImage &b, int threshold = 24)
{
    REQUIRE(a.size() == b.size());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            if (d > threshold)
                ++differing;
        }
    }
    return static_cast<double>(differing) / (static_cast<double>(x.width()) * x.height());
}

/// An empty spot of the map to start a pan drag from.
QPointF emptySpot(const MapView &view)
{
    for (int y = 40; y < view.height() - 40; y += 17)
        for (int x = 40; x < view.width() - 40; x += 17)
            if (view.nodeAt(QPointF(x, y)) < 0)
                return QPointF(x, y);
    FAIL("no empty spot on the map");
    return {};
}

} // namespace

TEST_CASE("Panning the map blits cached tiles and the picture at rest equals a direct render",
          "[widgets][map][viewcache]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("Demo.sqlite")));
    auto source = render::DiagramSource::load(*registry);
    REQUIRE(source.ok());
    auto diagram = render::buildLaidOutDiagram(*source, render::DiagramSpec{});
    REQUIRE(diagram.ok());
    MapView view;
    view.resize(900, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setDiagram(std::make_shared<render::Diagram>(std::move(diagram).value()), true);
    for (int i = 0; i < 4; ++i)
        view.zoomIn();
    const QImage first = view.grab().toImage();
    CHECK(differingShare(first, directRender(view)) < 0.0002);
    // The margin around the view is rendered ahead at idle time.
    QTRY_COMPARE_WITH_TIMEOUT(view.viewCache().missingTiles(true), 0, 20000);
    const qint64 tiles = view.viewCache().tilesRenderedTotal();

    auto drag = [&](QPointF from, QPointF by, int steps) {
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from.toPoint());
        for (int i = 1; i <= steps; ++i) {
            const QPointF at = from + by * i / steps;
            QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&view, &move);
            view.repaint(); // one frame per mouse move, as on screen
        }
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, (from + by).toPoint());
    };

    // A drag within the margin: blits only, no tile rendered; at rest the same picture as a direct render.
    const QPointF start = emptySpot(view);
    const QPointF centre = view.viewport().center;
    drag(start, QPointF(-120, 72), 20);
    CHECK(view.viewport().center.x() == Approx(centre.x() + 120 / view.viewport().zoom).margin(1.0));
    CHECK(view.viewCache().tilesRenderedTotal() == tiles);
    CHECK_FALSE(view.renderPending());
    const QImage panned = view.grab().toImage();
    CHECK(differingShare(panned, first) > 0.001); // the picture moved
    CHECK(differingShare(panned, directRender(view)) < 0.0002);

    // A long drag beyond the margin: the uncovered part is rendered after the release, then equals a direct render.
    drag(emptySpot(view), QPointF(700, 420), 40);
    CHECK(view.viewCache().missingTiles(false) > 0); // the drag uncovered uncached area
    QTRY_VERIFY_WITH_TIMEOUT(!view.renderPending(), 20000);
    CHECK(view.viewCache().tilesRenderedTotal() > tiles);
    const QImage far = view.grab().toImage();
    QImage background(far.size(), QImage::Format_ARGB32_Premultiplied);
    background.fill(view.renderOptions().background);
    CHECK(differingShare(far, background) > 0.02); // the network is in view, not just empty paper
    CHECK(differingShare(far, directRender(view)) < 0.0002);
    test::saveScreenshot(view, QStringLiteral("karte-verschoben.png"));

    // Selection and wheel zoom invalidate the tiles: at rest still the direct picture.
    view.setSelectedActors({view.diagram()->nodes.front().actor});
    CHECK(differingShare(view.grab().toImage(), directRender(view)) < 0.0002);
    QWheelEvent wheel(QPointF(300, 200), view.mapToGlobal(QPointF(300, 200)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    CHECK(view.renderPending());
    QTRY_VERIFY_WITH_TIMEOUT(!view.renderPending(), 20000);
    CHECK(differingShare(view.grab().toImage(), directRender(view)) < 0.0002);
}
