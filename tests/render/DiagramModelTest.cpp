// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramRenderer.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QSet>

using namespace netzatlas;
using namespace netzatlas::render;

namespace {

struct Demo
{
    test::TempDir dir;
    std::unique_ptr<RegistryRepository> registry;
    DiagramSource source;

    Demo()
    {
        registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
        auto loaded = DiagramSource::load(*registry);
        REQUIRE(loaded.ok());
        source = std::move(loaded).value();
    }
};

Diagram build(const DiagramSource &source, const DiagramSpec &spec)
{
    auto d = buildDiagram(source, spec);
    if (!d.ok())
        FAIL(d.error().toString().toStdString());
    return std::move(d).value();
}

/// Two actors with three links between them and one more actor: a hand-checkable multiplex network.
std::shared_ptr<analysis::AnalysisInput> smallInput()
{
    auto input = std::make_shared<analysis::AnalysisInput>();
    input->useSeedCatalogues();
    const char *types[] = {"SCHULE", "JUGENDAMT", "KITA"};
    for (int i = 0; i < 3; ++i) {
        Actor a;
        a.id = ActorId(i + 1);
        a.key = QStringLiteral("A%1").arg(i + 1);
        a.typeCode = QString::fromLatin1(types[i]);
        a.name = QStringLiteral("Akteur %1").arg(i + 1);
        a.schoolKind = i == 0 ? QStringLiteral("GS") : QString();
        a.scp = i == 0;
        a.seatRs = QStringLiteral("071335001001");
        input->actors.append(a);
    }
    auto link = [&](int id, int s, int t, const char *type, const char *formality) {
        CooperationLink l;
        l.id = LinkId(id);
        l.source = ActorId(s);
        l.target = ActorId(t);
        l.typeCode = QString::fromLatin1(type);
        l.formality = QString::fromLatin1(formality);
        l.intensity = 2;
        input->links.append(l);
    };
    link(1, 1, 2, "FALLBERATUNG", "INFORMELL");
    link(2, 2, 1, "SCHULSOZIALARBEIT", "VERTRAGLICH");
    link(3, 1, 2, "PRAEVENTION", "REGELMAESSIG");
    link(4, 3, 1, "UEBERGANG_KITA_GS", "VEREINBART");
    return input;
}

} // namespace

TEST_CASE("diagram of the demo registry: every actor and the active links and a legend of the shown types", "[render]")
{
    Demo demo;
    const Diagram d = build(demo.source, DiagramSpec{});
    const auto actors = demo.registry->actors();
    REQUIRE(actors.ok());
    CHECK(d.nodes.size() == static_cast<size_t>(actors->size()));
    REQUIRE_FALSE(d.links.empty());
    CHECK(d.demo);
    CHECK(d.sourceLine.contains(QStringLiteral("Demo-Daten, fiktiv")));
    CHECK(d.date == QDate(2026, 2, 15)); // the demo's as-of day, not the clock
    const auto links = demo.registry->links();
    REQUIRE(links.ok());
    int active = 0;
    for (const CooperationLink &l : *links)
        active += l.isActiveAt(d.date) ? 1 : 0;
    CHECK(d.links.size() == static_cast<size_t>(active));

    QSet<QString> shownTypes;
    for (const DiagramNode &n : d.nodes)
        shownTypes.insert(n.typeCode);
    REQUIRE(d.legend.front().title == QStringLiteral("Akteure"));
    CHECK(d.legend.front().entries.size() == static_cast<size_t>(shownTypes.size()));
    int counted = 0;
    for (const LegendEntry &e : d.legend.front().entries)
        counted += e.count;
    CHECK(counted == static_cast<int>(d.nodes.size()));
    // SCP schools are marked and the legend says so.
    CHECK(std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode &n) { return n.scp; }));
    bool scpInLegend = false;
    for (const LegendSection &s : d.legend)
        for (const LegendEntry &e : s.entries)
            scpInLegend = scpInLegend || e.kind == LegendEntry::Kind::ScpMark;
    CHECK(scpInLegend);
}

TEST_CASE("diagram filters: actor types and link types and territory and date and ego view", "[render]")
{
    Demo demo;
    SECTION("actor and link types")
    {
        DiagramSpec spec;
        spec.filter.actorTypes = {QStringLiteral("SCHULE"), QStringLiteral("KITA")};
        const Diagram d = build(demo.source, spec);
        REQUIRE_FALSE(d.nodes.empty());
        for (const DiagramNode &n : d.nodes)
            CHECK((n.typeCode == u"SCHULE" || n.typeCode == u"KITA"));
        CHECK(d.legend.front().entries.size() == 2);

        DiagramSpec links;
        links.filter.linkTypes = {QStringLiteral("UEBERGANG_KITA_GS")};
        links.filter.hideIsolated = true;
        const Diagram l = build(demo.source, links);
        REQUIRE_FALSE(l.links.empty());
        for (const DiagramLink &link : l.links)
            CHECK(link.typeCode == QStringLiteral("UEBERGANG_KITA_GS"));
        for (const DiagramNode &n : l.nodes)
            CHECK((n.typeCode == u"SCHULE" || n.typeCode == u"KITA"));
        CHECK(l.subtitle.contains(QStringLiteral("Übergang Kita → Grundschule")));
    }
    SECTION("territory subtree")
    {
        const auto vgs = demo.registry->territoriesAtLevel(TerritoryLevel::Gemeindeverband, QStringLiteral("07133"));
        REQUIRE(vgs.ok());
        REQUIRE_FALSE(vgs->isEmpty());
        DiagramSpec spec;
        spec.filter.territoryRs = vgs->constFirst().rs;
        const Diagram d = build(demo.source, spec);
        REQUIRE_FALSE(d.nodes.empty());
        for (const DiagramNode &n : d.nodes)
            CHECK(n.territoryPath.value(2) == spec.filter.territoryRs);
    }
    SECTION("valid at a date")
    {
        DiagramSpec spec;
        spec.filter.at = QDate(2019, 6, 1);
        const Diagram d = build(demo.source, spec);
        const auto links = demo.registry->links();
        REQUIRE(links.ok());
        QHash<qint64, CooperationLink> byId;
        for (const CooperationLink &l : *links)
            byId.insert(l.id.value, l);
        for (const DiagramLink &l : d.links)
            CHECK(byId.value(l.id.value).isActiveAt(spec.filter.at));
        CHECK(d.links.size() < build(demo.source, DiagramSpec{}).links.size());
    }
    SECTION("ego view one step around an actor")
    {
        const Diagram all = build(demo.source, DiagramSpec{});
        // The actor with most links.
        std::vector<int> degree(all.nodes.size(), 0);
        for (const DiagramLink &l : all.links) {
            ++degree[l.source];
            ++degree[l.target];
        }
        const int hub = static_cast<int>(std::max_element(degree.begin(), degree.end()) - degree.begin());
        DiagramSpec spec;
        spec.filter.centerKey = all.nodes[hub].key;
        spec.filter.egoSteps = 1;
        const Diagram ego = build(demo.source, spec);
        const int c = ego.nodeOfKey(spec.filter.centerKey);
        REQUIRE(c >= 0);
        QSet<int> neighbours;
        for (const DiagramLink &l : ego.links) {
            if (l.source == c)
                neighbours.insert(l.target);
            if (l.target == c)
                neighbours.insert(l.source);
        }
        CHECK(static_cast<int>(ego.nodes.size()) == neighbours.size() + 1);
        spec.filter.centerKey = QStringLiteral("GIBT-ES-NICHT");
        auto missing = buildDiagram(demo.source, spec);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.contains(QStringLiteral("GIBT-ES-NICHT")));
    }
    SECTION("unknown type codes are named")
    {
        DiagramSpec spec;
        spec.filter.actorTypes = {QStringLiteral("KITTA")};
        auto d = buildDiagram(demo.source, spec);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().message.contains(QStringLiteral("„KITTA“")));
    }
}

TEST_CASE("several links between one pair are separate curves and styled by type and formality", "[render]")
{
    const DiagramSource source = DiagramSource::fromInput(smallInput(), QStringLiteral("Test"));
    DiagramSpec spec;
    Diagram d = build(source, spec);
    REQUIRE(d.nodes.size() == 3);
    REQUIRE(d.links.size() == 4);
    d.nodes[0].position = QPointF(0, 0);
    d.nodes[1].position = QPointF(200, 0);
    d.nodes[2].position = QPointF(0, 150);
    d.bounds = QRectF(-20, -20, 240, 190);
    std::vector<int> pair;
    for (size_t i = 0; i < d.links.size(); ++i)
        if (d.links[i].parallelCount == 3)
            pair.push_back(static_cast<int>(i));
    REQUIRE(pair.size() == 3);
    QSet<int> indices;
    for (int i : pair)
        indices.insert(d.links[i].parallelIndex);
    CHECK(indices == QSet<int>{0, 1, 2});

    DiagramRenderer renderer(d);
    Viewport vp = Viewport::fitting(d.bounds, QSizeF(480, 380));
    RenderOptions options;
    // The curves of the three links leave the pair at different midpoints.
    QSet<int> midYs;
    for (int i : pair)
        midYs.insert(qRound(renderer.linkPath(i, vp, options).pointAtPercent(0.5).y() * 10));
    CHECK(midYs.size() == 3);
    // Each curve is found by hit testing at its own midpoint.
    for (int i : pair)
        CHECK(renderer.linkAt(vp, options, renderer.linkPath(i, vp, options).pointAtPercent(0.5), 1.0) == i);
    CHECK(renderer.nodeAt(vp, options, vp.toView(d.nodes[2].position)) == 2);
    CHECK(renderer.nodeAt(vp, options, QPointF(-50, -50)) == -1);
    CHECK(renderer.nodesIn(vp, QRectF(QPointF(0, 0), vp.size)).size() == 3);

    // Formality styles: dotted, dashed, solid, double.
    CHECK(DiagramRenderer::linkPen(Qt::black, QStringLiteral("INFORMELL"), 1).style() == Qt::CustomDashLine);
    CHECK(DiagramRenderer::linkPen(Qt::black, QStringLiteral("REGELMAESSIG"), 1).style() == Qt::CustomDashLine);
    CHECK(DiagramRenderer::linkPen(Qt::black, QStringLiteral("VEREINBART"), 1).style() == Qt::SolidLine);
    CHECK(DiagramRenderer::linkPen(Qt::black, QStringLiteral("VERTRAGLICH"), 1).widthF() >
          DiagramRenderer::linkPen(Qt::black, QStringLiteral("VEREINBART"), 1).widthF());
    // Width by intensity.
    CHECK(DiagramRenderer::linkPen(Qt::black, QStringLiteral("VEREINBART"), 3).widthF() >
          DiagramRenderer::linkPen(Qt::black, QStringLiteral("VEREINBART"), 1).widthF());

    // Selection and highlights paint (the selected node gets its halo colour).
    QImage image(480, 380, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    options.selectedNodes = {2};
    {
        QPainter painter(&image);
        renderer.paint(painter, vp, options);
    }
    const QPointF c = vp.toView(d.nodes[2].position);
    const double r = d.nodes[2].size / 2 + 2.5;
    const QColor halo = image.pixelColor(qRound(c.x() - r), qRound(c.y()));
    CHECK(halo.blue() > halo.red());
}

TEST_CASE("size measures and the Bildungskette stage of each type", "[render]")
{
    const DiagramSource source = DiagramSource::fromInput(smallInput(), QStringLiteral("Test"));
    DiagramSpec spec;
    spec.style.sizeBy = SizeMeasure::Degree;
    const Diagram d = build(source, spec);
    // Actor 1 has two partners, actors 2 and 3 one each.
    CHECK(d.nodes[0].measure == 2.0);
    CHECK(d.nodes[1].measure == 1.0);
    CHECK(d.nodes[0].size > d.nodes[1].size);
    spec.style.sizeBy = SizeMeasure::Betweenness;
    const Diagram b = build(source, spec);
    CHECK(b.nodes[0].measure > 0.0);
    CHECK(b.nodes[1].measure == 0.0);
    spec.style.sizeBy = SizeMeasure::None;
    const Diagram none = build(source, spec);
    CHECK(none.nodes[0].size == none.nodes[1].size);

    CHECK(chainStageOf(QStringLiteral("KITA"), {}) == ChainStage::Kita);
    CHECK(chainStageOf(QStringLiteral("SCHULE"), QStringLiteral("GS")) == ChainStage::Grundschule);
    CHECK(chainStageOf(QStringLiteral("SCHULE"), QStringLiteral("IGS")) == ChainStage::Sekundarstufe);
    CHECK(chainStageOf(QStringLiteral("SCHULE"), QStringLiteral("BBS")) == ChainStage::BerufAusbildung);
    CHECK(chainStageOf(QStringLiteral("BETRIEB"), {}) == ChainStage::BerufAusbildung);
    CHECK(chainStageOf(QStringLiteral("HOCHSCHULE"), {}) == ChainStage::StudiumWeiterbildung);
    CHECK(chainStageOf(QStringLiteral("JUGENDAMT"), {}) == ChainStage::Partner);
    const LayoutGraph graph = toLayoutGraph(d);
    REQUIRE(graph.nodes.size() == 3);
    CHECK(graph.nodes[0].stage == ChainStage::Grundschule);
    CHECK(graph.nodes[0].territoryPath == QStringList{QStringLiteral("07"), QStringLiteral("07133"),
                                                      QStringLiteral("071335001"), QStringLiteral("071335001001")});
    CHECK(graph.edges.size() == 2); // three links between 1 and 2 collapse into one weighted edge
    CHECK((graph.edges[0].weight == 6.0 || graph.edges[1].weight == 6.0));
}

TEST_CASE("pseudonyms: chosen types numbered deterministically and no names left", "[render]")
{
    Demo demo;
    DiagramSpec spec;
    spec.style.anonymize = true;
    spec.style.anonymizeTypes = {QStringLiteral("KITA")};
    const Diagram a = build(demo.source, spec);
    const Diagram b = build(demo.source, spec);
    const auto actors = demo.registry->actors();
    REQUIRE(actors.ok());
    QStringList kitaNames;
    for (const Actor &actor : *actors)
        if (actor.typeCode == u"KITA")
            kitaNames << actor.name;
    REQUIRE_FALSE(kitaNames.isEmpty());
    QStringList pseudonyms;
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        const DiagramNode &n = a.nodes[i];
        CHECK(n.label == b.nodes[i].label);
        if (n.typeCode == u"KITA") {
            CHECK(n.pseudonym);
            CHECK(n.label.startsWith(QStringLiteral("Kita ")));
            CHECK_FALSE(kitaNames.contains(n.label));
            pseudonyms << n.label;
        } else {
            CHECK_FALSE(n.pseudonym);
        }
    }
    pseudonyms.sort();
    CHECK(pseudonyms.contains(QStringLiteral("Kita 1")));
    CHECK(pseudonyms.contains(QStringLiteral("Kita %1").arg(kitaNames.size())));
    CHECK(a.sourceLine.contains(QStringLiteral("pseudonymisiert")));
}

TEST_CASE("saved view JSON: round trip and German errors", "[render]")
{
    DiagramSpec spec;
    spec.title = QStringLiteral("Übergänge im Kreis");
    spec.layout = LayoutKind::BildungsketteLanes;
    spec.filter.actorTypes = {QStringLiteral("SCHULE"), QStringLiteral("KITA")};
    spec.filter.formalities = {QStringLiteral("VEREINBART")};
    spec.filter.territoryRs = QStringLiteral("07133");
    spec.filter.at = QDate(2025, 9, 1);
    spec.filter.centerKey = QStringLiteral("DEMO-SCHULE-001");
    spec.filter.egoSteps = 2;
    spec.style.sizeBy = SizeMeasure::Budget;
    spec.style.colorBy = ColorMode::Pillar;
    spec.style.anonymize = true;
    spec.style.anonymizeTypes = {QStringLiteral("KITA")};
    spec.style.groupLevel = 1;
    spec.positions.insert(7, NodePosition{10.5, -3.0, true});
    const SavedView view = spec.toSavedView(QStringLiteral("Übergänge"));
    CHECK(view.layoutAlgorithm == QStringLiteral("bildungskette"));
    auto back = DiagramSpec::fromSavedView(view, spec.layoutPositions());
    REQUIRE(back.ok());
    CHECK(back->title == spec.title);
    CHECK(back->layout == spec.layout);
    CHECK(back->filter == spec.filter);
    CHECK(back->style == spec.style);
    REQUIRE(back->positions.contains(7));
    CHECK(back->positions.value(7).pinned);

    SavedView bad = view;
    bad.styleJson = QStringLiteral("{\"sizeBy\":\"umsatz\"}");
    auto error = DiagramSpec::fromSavedView(bad);
    REQUIRE_FALSE(error.ok());
    CHECK(error.error().message.contains(QStringLiteral("Ansicht „Übergänge“")));
    CHECK(error.error().message.contains(QStringLiteral("sizeBy")));
    bad.styleJson = QStringLiteral("{kaputt");
    CHECK_FALSE(DiagramSpec::fromSavedView(bad).ok());
    bad = view;
    bad.filterJson = QStringLiteral("{\"at\":\"31.02.2025\"}");
    CHECK_FALSE(DiagramSpec::fromSavedView(bad).ok());
    bad = view;
    bad.layoutAlgorithm = QStringLiteral("spirale");
    CHECK_FALSE(DiagramSpec::fromSavedView(bad).ok());
}
