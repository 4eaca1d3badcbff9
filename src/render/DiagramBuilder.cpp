// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/Diagram.h>

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/analysis/GraphSnapshot.h>
#include <netzatlas/analysis/StructureMetrics.h>
#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Territory.h>
#include <netzatlas/io/TerritoryReference.h>

#include <netzatlas/render/DiagramRenderer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace netzatlas::render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::render::Diagram", text);
}

QString pillarGroup(const QString &pillar)
{
    if (pillar.startsWith(u"II"))
        return QStringLiteral("II");
    return pillar; // I, III
}

/// Short, readable territory names for box headings: "VG Rüdesheim", "Kreis Bad Kreuznach", "Bad Kreuznach".
QString shortTerritoryName(QString name)
{
    static const std::pair<const char *, const char *> prefixes[] = {
        {"Verbandsgemeinde ", "VG "}, {"Verbandsfreie Gemeinde ", ""}, {"verbandsfreie Gemeinde ", ""},
        {"Landkreis ", "Kreis "},     {"Kreisfreie Stadt ", "Stadt "}, {"kreisfreie Stadt ", "Stadt "},
        {"Ortsgemeinde ", ""},
    };
    for (const auto &[from, to] : prefixes) {
        const QString f = QString::fromUtf8(from);
        if (name.startsWith(f))
            return QString::fromUtf8(to) + name.mid(f.size());
    }
    return name;
}

/// Glyphs of the catalogue's actor types: 1–3 letters that survive at small sizes and in black and white.
QString typeGlyph(const QString &type, const QString &schoolKind)
{
    if (type == u"SCHULE") {
        static const QHash<QString, QString> kinds = {
            {QStringLiteral("GS"), QStringLiteral("GS")},          {QStringLiteral("RSPLUS"), QStringLiteral("RS+")},
            {QStringLiteral("RSPLUS_FOS"), QStringLiteral("RS+")}, {QStringLiteral("GS_RSPLUS"), QStringLiteral("GR")},
            {QStringLiteral("GHS"), QStringLiteral("GH")},         {QStringLiteral("IGS"), QStringLiteral("IGS")},
            {QStringLiteral("KGS"), QStringLiteral("KGS")},        {QStringLiteral("GYM"), QStringLiteral("GY")},
            {QStringLiteral("FOES"), QStringLiteral("FÖ")},        {QStringLiteral("BBS"), QStringLiteral("BBS")},
        };
        return kinds.value(schoolKind, QStringLiteral("S"));
    }
    static const QHash<QString, QString> glyphs = {
        {QStringLiteral("KITA"), QStringLiteral("K")},
        {QStringLiteral("KINDERTAGESPFLEGE"), QStringLiteral("TP")},
        {QStringLiteral("FAMILIENZENTRUM"), QStringLiteral("FZ")},
        {QStringLiteral("SCHULTRAEGER_VERW"), QStringLiteral("ST")},
        {QStringLiteral("JUGENDAMT"), QStringLiteral("JA")},
        {QStringLiteral("JHP"), QStringLiteral("JP")},
        {QStringLiteral("BILDUNGSBUERO"), QStringLiteral("BB")},
        {QStringLiteral("SCP_KOORD"), QStringLiteral("SK")},
        {QStringLiteral("KOMMUNE_SONST"), QStringLiteral("V")},
        {QStringLiteral("FREIER_TRAEGER"), QStringLiteral("FT")},
        {QStringLiteral("SSA_TEAM"), QStringLiteral("SA")},
        {QStringLiteral("JUGENDEINRICHTUNG"), QStringLiteral("JZ")},
        {QStringLiteral("BERATUNGSSTELLE"), QStringLiteral("B")},
        {QStringLiteral("FAMILIENBILDUNG"), QStringLiteral("FB")},
        {QStringLiteral("VHS"), QStringLiteral("VHS")},
        {QStringLiteral("BIBLIOTHEK"), QStringLiteral("Bi")},
        {QStringLiteral("MUSIKSCHULE"), QStringLiteral("M")},
        {QStringLiteral("VEREIN_SPORT"), QStringLiteral("SV")},
        {QStringLiteral("VEREIN"), QStringLiteral("V")},
        {QStringLiteral("KIRCHE"), QStringLiteral("Ki")},
        {QStringLiteral("LERNORT"), QStringLiteral("L")},
        {QStringLiteral("AGENTUR_ARBEIT"), QStringLiteral("AA")},
        {QStringLiteral("JOBCENTER"), QStringLiteral("JC")},
        {QStringLiteral("JBA"), QStringLiteral("JBA")},
        {QStringLiteral("KAMMER"), QStringLiteral("K")},
        {QStringLiteral("BETRIEB"), QStringLiteral("Be")},
        {QStringLiteral("HOCHSCHULE"), QStringLiteral("H")},
        {QStringLiteral("GESUNDHEIT"), QStringLiteral("G")},
        {QStringLiteral("SCHULPSYCH"), QStringLiteral("SP")},
        {QStringLiteral("ADD"), QStringLiteral("ADD")},
        {QStringLiteral("PL"), QStringLiteral("PL")},
        {QStringLiteral("BM"), QStringLiteral("BM")},
        {QStringLiteral("BEGLEITUNG"), QStringLiteral("WB")},
        {QStringLiteral("GREMIUM"), QStringLiteral("G")},
    };
    return glyphs.value(type, type.left(1));
}

/// Base of a pseudonym: "GS", "RS+", "Kita", "Tagespflege" …; numbered per base.
QString pseudonymBase(const QString &type, const QString &typeLabel, const QString &schoolKind)
{
    if (type == u"SCHULE") {
        static const QHash<QString, QString> kinds = {
            {QStringLiteral("GS"), QStringLiteral("Grundschule")},
            {QStringLiteral("RSPLUS"), QStringLiteral("Realschule plus")},
            {QStringLiteral("RSPLUS_FOS"), QStringLiteral("Realschule plus")},
            {QStringLiteral("IGS"), QStringLiteral("IGS")},
            {QStringLiteral("GYM"), QStringLiteral("Gymnasium")},
            {QStringLiteral("BBS"), QStringLiteral("BBS")},
            {QStringLiteral("FOES"), QStringLiteral("Förderschule")},
            {QStringLiteral("GS_RSPLUS"), QStringLiteral("GS/RS+")},
        };
        return kinds.value(schoolKind, tr("Schule"));
    }
    static const QHash<QString, QString> bases = {
        {QStringLiteral("KITA"), QStringLiteral("Kita")},
        {QStringLiteral("KINDERTAGESPFLEGE"), QStringLiteral("Tagespflege")},
        {QStringLiteral("FAMILIENZENTRUM"), QStringLiteral("Familienzentrum")},
        {QStringLiteral("FREIER_TRAEGER"), QStringLiteral("Träger")},
        {QStringLiteral("VEREIN_SPORT"), QStringLiteral("Sportverein")},
        {QStringLiteral("VEREIN"), QStringLiteral("Verein")},
        {QStringLiteral("KIRCHE"), QStringLiteral("Kirchengemeinde")},
        {QStringLiteral("BETRIEB"), QStringLiteral("Betrieb")},
        {QStringLiteral("GESUNDHEIT"), QStringLiteral("Praxis")},
    };
    if (bases.contains(type))
        return bases.value(type);
    QString base = typeLabel.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('('), 0, 0).trimmed();
    return base.isEmpty() ? type : base;
}

/// Short form of a long name for crowded places: the short name, else the name elided at a word boundary.
QString shortFormOf(const Actor &a)
{
    if (!a.shortName.trimmed().isEmpty())
        return a.shortName.trimmed();
    const QString name = a.name.trimmed();
    if (name.size() <= 18)
        return name;
    QString out;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty() && out.size() + 1 + word.size() > 16)
            break;
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out.size() < name.size() ? out + QStringLiteral("…") : out;
}

QString formalityLabel(const QString &code)
{
    return DomainCatalogue::vocabularyLabel(Vocabulary::Formality, code);
}

QString listLabels(const QStringList &codes, const QHash<QString, QString> &labels)
{
    QStringList out;
    for (const QString &c : codes)
        out.append(labels.value(c, c));
    return out.join(QStringLiteral(", "));
}

QColor pillarColor(const QStringList &pillars)
{
    if (pillars.isEmpty())
        return QColor(0xd9, 0xd9, 0xd9);
    if (pillars.size() > 1)
        return QColor(0x6a, 0x3d, 0x9a);
    if (pillars.constFirst() == u"I")
        return QColor(0x1b, 0x9e, 0x77);
    if (pillars.constFirst() == u"II")
        return QColor(0xd9, 0x5f, 0x02);
    return QColor(0x75, 0x70, 0xb3);
}

QString pillarLegendLabel(const QStringList &pillars)
{
    if (pillars.isEmpty())
        return tr("keine SCP-Maßnahme");
    if (pillars.size() > 1)
        return tr("mehrere Säulen");
    if (pillars.constFirst() == u"I")
        return tr("Säule I – Investitionen");
    if (pillars.constFirst() == u"II")
        return tr("Säule II – Chancenbudget");
    return tr("Säule III – Personal");
}

} // namespace

NodeShape nodeShapeFromName(const QString &name)
{
    static const QHash<QString, NodeShape> shapes = {
        {QStringLiteral("circle"), NodeShape::Circle},     {QStringLiteral("square"), NodeShape::Square},
        {QStringLiteral("diamond"), NodeShape::Diamond},   {QStringLiteral("triangle"), NodeShape::Triangle},
        {QStringLiteral("pentagon"), NodeShape::Pentagon}, {QStringLiteral("hexagon"), NodeShape::Hexagon},
        {QStringLiteral("octagon"), NodeShape::Octagon},   {QStringLiteral("star"), NodeShape::Star},
        {QStringLiteral("cross"), NodeShape::Cross},       {QStringLiteral("roundrect"), NodeShape::RoundRect},
    };
    return shapes.value(name.toLower(), NodeShape::Circle);
}

ChainStage chainStageOf(const QString &type, const QString &schoolKind)
{
    if (type == u"KITA" || type == u"KINDERTAGESPFLEGE" || type == u"FAMILIENZENTRUM")
        return ChainStage::Kita;
    if (type == u"SCHULE") {
        if (schoolKind == u"GS" || schoolKind == u"GHS" || schoolKind == u"GS_RSPLUS")
            return ChainStage::Grundschule;
        if (schoolKind == u"BBS")
            return ChainStage::BerufAusbildung;
        return ChainStage::Sekundarstufe;
    }
    if (type == u"AGENTUR_ARBEIT" || type == u"JOBCENTER" || type == u"JBA" || type == u"KAMMER" || type == u"BETRIEB")
        return ChainStage::BerufAusbildung;
    if (type == u"HOCHSCHULE" || type == u"VHS")
        return ChainStage::StudiumWeiterbildung;
    return ChainStage::Partner;
}

int Diagram::nodeOf(ActorId actor) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].actor == actor)
            return static_cast<int>(i);
    return -1;
}

int Diagram::nodeOfKey(const QString &key) const
{
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].key == key)
            return static_cast<int>(i);
    return -1;
}

Result<DiagramSource> DiagramSource::load(RegistryRepository &registry)
{
    NETZATLAS_TRY_ASSIGN(input, analysis::AnalysisInput::load(registry));
    DiagramSource source;
    source.input = std::make_shared<const analysis::AnalysisInput>(std::move(input));
    NETZATLAS_TRY_ASSIGN(actorTypes, registry.catalogue(CatalogueKind::ActorType));
    NETZATLAS_TRY_ASSIGN(linkTypes, registry.catalogue(CatalogueKind::LinkType));
    source.actorTypes = actorTypes;
    source.linkTypes = linkTypes;
    source.registryName = source.input->registryTitle.trimmed();
    if (source.registryName.isEmpty())
        source.registryName = QFileInfo(registry.location()).completeBaseName();
    NETZATLAS_TRY_ASSIGN(demo, registry.metaValue(QStringLiteral("demo")));
    source.demo = demo == u"1";
    NETZATLAS_TRY_ASSIGN(asOf, registry.metaValue(QStringLiteral("demo_as_of")));
    source.today = QDate::fromString(asOf, Qt::ISODate);
    if (!source.today.isValid())
        source.today = QDate::currentDate();
    source.territoryAttribution = TerritoryReference::attribution();
    return source;
}

DiagramSource DiagramSource::fromInput(std::shared_ptr<const analysis::AnalysisInput> input, const QString &name)
{
    DiagramSource source;
    source.input = std::move(input);
    source.actorTypes = DomainCatalogue::actorTypes();
    source.linkTypes = DomainCatalogue::linkTypes();
    source.registryName = name;
    source.today = QDate::currentDate();
    source.territoryAttribution = TerritoryReference::attribution();
    return source;
}

Result<Diagram> buildDiagram(const DiagramSource &source, const DiagramSpec &spec)
{
    if (!source.input)
        return Error::make(tr("Keine Registry geladen."));
    const analysis::AnalysisInput &in = *source.input;
    const DiagramFilter &filter = spec.filter;
    const DiagramStyle &style = spec.style;

    analysis::SnapshotOptions snapshotOptions;
    snapshotOptions.at = filter.at.isValid() ? filter.at : source.today;
    snapshotOptions.linkTypes = filter.linkTypes;
    snapshotOptions.actionFields = filter.actionFields;
    snapshotOptions.formalities = filter.formalities;
    snapshotOptions.territoryPrefix = filter.territoryRs;
    const analysis::GraphSnapshot snapshot = analysis::GraphSnapshot::build(source.input, snapshotOptions);

    QHash<QString, const CatalogueEntry *> actorTypes;
    for (const CatalogueEntry &e : source.actorTypes)
        actorTypes.insert(e.code, &e);
    QHash<QString, const CatalogueEntry *> linkTypes;
    for (const CatalogueEntry &e : source.linkTypes)
        linkTypes.insert(e.code, &e);
    for (const QString &code : filter.actorTypes)
        if (!actorTypes.contains(code))
            return Error::at(QString(), 0, QStringLiteral("actorTypes"),
                             tr("Unbekannter Akteurstyp „%1“ im Filter.").arg(code));
    for (const QString &code : filter.linkTypes)
        if (!linkTypes.contains(code))
            return Error::at(QString(), 0, QStringLiteral("linkTypes"),
                             tr("Unbekannter Verbindungstyp „%1“ im Filter.").arg(code));

    // ---- which vertices and links are shown
    const int n = snapshot.vertexCount();
    std::vector<char> keep(static_cast<size_t>(n), 1);
    for (int v = 0; v < n; ++v)
        if (!filter.actorTypes.isEmpty() && !filter.actorTypes.contains(snapshot.actor(v).typeCode))
            keep[v] = 0;
    auto linkShown = [&](const analysis::SnapshotLink &l) {
        return l.id.isValid() && keep[l.source] && keep[l.target] && l.source != l.target;
    };
    auto neighbourhood = [&](const std::vector<int> &seeds, int steps) {
        std::vector<char> reached(static_cast<size_t>(n), 0);
        std::vector<int> frontier = seeds;
        for (int s : seeds)
            reached[s] = 1;
        std::vector<std::vector<int>> adjacency(static_cast<size_t>(n));
        for (const auto &l : snapshot.links())
            if (linkShown(l)) {
                adjacency[l.source].push_back(l.target);
                adjacency[l.target].push_back(l.source);
            }
        for (int step = 0; step < steps; ++step) {
            std::vector<int> next;
            for (int v : frontier)
                for (int w : adjacency[v])
                    if (!reached[w]) {
                        reached[w] = 1;
                        next.push_back(w);
                    }
            frontier = std::move(next);
        }
        return reached;
    };
    if (filter.scpOnly) {
        std::vector<int> seeds;
        for (int v = 0; v < n; ++v)
            if (keep[v] && snapshot.actor(v).scp)
                seeds.push_back(v);
        const auto near = neighbourhood(seeds, 1);
        for (int v = 0; v < n; ++v)
            keep[v] = keep[v] && near[v];
    }
    if (filter.egoSteps > 0 || (!filter.centerKey.isEmpty() && spec.layout == LayoutKind::ConcentricRings)) {
        int center = -1;
        for (int v = 0; v < n; ++v)
            if (snapshot.actor(v).key == filter.centerKey)
                center = v;
        if (center < 0)
            return Error::at(
                QString(), 0, QStringLiteral("center"),
                tr("Der Akteur „%1“ (Mitte der Ansicht) ist nicht in der gefilterten Registry.").arg(filter.centerKey));
        keep[center] = 1;
        if (filter.egoSteps > 0) {
            const auto near = neighbourhood({center}, filter.egoSteps);
            for (int v = 0; v < n; ++v)
                keep[v] = keep[v] && near[v];
        }
    }
    if (filter.hideIsolated) {
        std::vector<char> linked(static_cast<size_t>(n), 0);
        for (const auto &l : snapshot.links())
            if (linkShown(l))
                linked[l.source] = linked[l.target] = 1;
        for (int v = 0; v < n; ++v)
            keep[v] = keep[v] && (linked[v] || snapshot.actor(v).key == filter.centerKey);
    }

    Diagram d;
    d.layout = spec.layout;
    d.sizeBy = style.sizeBy;
    d.date = snapshot.date();
    d.demo = source.demo;
    std::vector<int> nodeOfVertex(static_cast<size_t>(n), -1);
    for (int v = 0; v < n; ++v) {
        if (!keep[v])
            continue;
        const Actor &a = snapshot.actor(v);
        DiagramNode node;
        node.actor = a.id;
        node.key = a.key;
        node.typeCode = a.typeCode;
        const CatalogueEntry *type = actorTypes.value(a.typeCode);
        node.typeLabel = type ? type->label : in.actorTypeLabels.value(a.typeCode, a.typeCode);
        node.color =
            type && QColor::isValidColorName(type->color) ? QColor::fromString(type->color) : QColor(0x9e, 0x9e, 0x9e);
        node.shape = type ? nodeShapeFromName(type->shape) : NodeShape::Circle;
        node.schoolKind = a.isSchool() ? a.schoolKind : QString();
        node.glyph = typeGlyph(a.typeCode, node.schoolKind);
        node.scp = a.isSchool() && a.scp;
        node.stage = chainStageOf(a.typeCode, node.schoolKind);
        node.label = style.labels == LabelMode::ShortName && !a.shortName.trimmed().isEmpty() ? a.shortName.trimmed()
                                                                                              : a.name.trimmed();
        node.shortLabel = shortFormOf(a);
        if (style.labels == LabelMode::None)
            node.label = node.shortLabel = QString();
        const QString rs = a.seatRs;
        for (int len : {2, 5, 9, 12}) {
            if (rs.size() < len)
                break;
            const QString part = rs.left(len);
            node.territoryPath.append(part);
            node.territoryNames.append(shortTerritoryName(in.territoryName(part)));
        }
        const auto pinned = spec.positions.constFind(a.id.value);
        if (pinned != spec.positions.cend()) {
            node.position = QPointF(pinned->x, pinned->y);
            node.pinned = pinned->pinned;
        }
        nodeOfVertex[v] = static_cast<int>(d.nodes.size());
        d.nodes.push_back(std::move(node));
    }

    // ---- pseudonyms: numbered per base in the order of seat and key, so that the numbers read geographically
    // and stay the same from one export to the next
    if (style.anonymize) {
        const QStringList types = style.anonymizeTypes.isEmpty() ? defaultAnonymizedTypes() : style.anonymizeTypes;
        std::vector<int> order;
        for (size_t i = 0; i < d.nodes.size(); ++i)
            if (types.contains(d.nodes[i].typeCode))
                order.push_back(static_cast<int>(i));
        std::sort(order.begin(), order.end(), [&](int x, int y) {
            const QString sx = d.nodes[x].territoryPath.value(d.nodes[x].territoryPath.size() - 1);
            const QString sy = d.nodes[y].territoryPath.value(d.nodes[y].territoryPath.size() - 1);
            return std::tie(sx, d.nodes[x].key) < std::tie(sy, d.nodes[y].key);
        });
        QHash<QString, int> counters;
        for (int i : order) {
            DiagramNode &node = d.nodes[i];
            const QString base = pseudonymBase(node.typeCode, node.typeLabel, node.schoolKind);
            node.label = node.shortLabel = QStringLiteral("%1 %2").arg(base).arg(++counters[base]);
            node.pseudonym = true;
        }
    }

    // ---- links: one curve per cooperation link; parallel links of a pair in a stable order
    QMap<std::pair<int, int>, std::vector<int>> pairs;
    for (size_t i = 0; i < snapshot.links().size(); ++i) {
        const analysis::SnapshotLink &l = snapshot.links()[i];
        if (!linkShown(l))
            continue;
        const int s = nodeOfVertex[l.source];
        const int t = nodeOfVertex[l.target];
        if (s < 0 || t < 0)
            continue;
        const CooperationLink *c = snapshot.cooperationLink(static_cast<int>(i));
        DiagramLink link;
        link.id = c->id;
        link.source = s;
        link.target = t;
        link.typeCode = c->typeCode;
        const CatalogueEntry *type = linkTypes.value(c->typeCode);
        link.typeLabel = type ? type->label : in.linkTypeLabels.value(c->typeCode, c->typeCode);
        link.color =
            type && QColor::isValidColorName(type->color) ? QColor::fromString(type->color) : QColor(0x80, 0x80, 0x80);
        link.directed = c->direction == LinkDirection::Directed;
        link.formality = c->formality;
        link.intensity = std::clamp(c->intensity, 1, 3);
        pairs[{std::min(s, t), std::max(s, t)}].push_back(static_cast<int>(d.links.size()));
        d.links.push_back(std::move(link));
    }
    for (auto &indices : pairs) {
        std::sort(indices.begin(), indices.end(), [&](int x, int y) {
            return std::tie(d.links[x].typeCode, d.links[x].id.value) <
                   std::tie(d.links[y].typeCode, d.links[y].id.value);
        });
        for (size_t k = 0; k < indices.size(); ++k) {
            d.links[indices[k]].parallelIndex = static_cast<int>(k);
            d.links[indices[k]].parallelCount = static_cast<int>(indices.size());
        }
    }

    // ---- pillars of the measures each actor takes part in
    QHash<qint64, QSet<QString>> pillarsOf;
    for (const Measure &m : in.measures) {
        const QString p = pillarGroup(m.pillar);
        for (ActorId id : m.schools)
            pillarsOf[id.value].insert(p);
        for (ActorId id : m.partners)
            pillarsOf[id.value].insert(p);
        if (m.provider.isValid())
            pillarsOf[m.provider.value].insert(p);
    }
    for (DiagramNode &node : d.nodes) {
        QStringList pillars = pillarsOf.value(node.actor.value).values();
        std::sort(pillars.begin(), pillars.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b; // I, II, III
        });
        node.pillars = pillars;
        if (style.colorBy == ColorMode::Pillar)
            node.color = pillarColor(pillars);
    }

    // ---- size measure
    const int shown = static_cast<int>(d.nodes.size());
    std::vector<double> values(static_cast<size_t>(shown), 0.0);
    if (style.sizeBy == SizeMeasure::Degree || style.sizeBy == SizeMeasure::Betweenness) {
        std::vector<QSet<int>> neighbours(static_cast<size_t>(shown));
        std::vector<std::pair<int, int>> edges;
        for (const DiagramLink &l : d.links) {
            if (!neighbours[l.source].contains(l.target)) {
                edges.emplace_back(l.source, l.target);
                neighbours[l.source].insert(l.target);
                neighbours[l.target].insert(l.source);
            }
        }
        if (style.sizeBy == SizeMeasure::Degree) {
            for (int i = 0; i < shown; ++i)
                values[i] = neighbours[i].size();
        } else {
            const auto graph = analysis::GraphSnapshot::fromEdges(shown, edges);
            auto paths = analysis::Metrics::pathMetrics(graph);
            if (paths.ok())
                for (int i = 0; i < shown; ++i)
                    values[i] = paths->betweenness[i];
        }
    } else if (style.sizeBy == SizeMeasure::Budget) {
        QHash<qint64, double> budget;
        for (const Budget &b : in.budgets)
            budget[b.holder.value] += static_cast<double>(b.amount) / 100.0;
        for (int i = 0; i < shown; ++i)
            values[i] = budget.value(d.nodes[i].actor.value);
    }
    const double maxValue = shown > 0 ? *std::max_element(values.begin(), values.end()) : 0.0;
    constexpr double minSize = 9.0;
    constexpr double maxSize = 26.0;
    for (int i = 0; i < shown; ++i) {
        d.nodes[i].measure = values[i];
        if (style.sizeBy == SizeMeasure::None || maxValue <= 0)
            d.nodes[i].size = 13.0;
        else // area proportional to the value: readers compare areas
            d.nodes[i].size = minSize + (maxSize - minSize) * std::sqrt(values[i] / maxValue);
    }

    // ---- legend from what is actually shown
    const QLocale german(QLocale::German, QLocale::Germany);
    {
        LegendSection section{tr("Akteure"), {}};
        QMap<int, LegendEntry> byOrder;
        QHash<QString, int> counts;
        for (const DiagramNode &node : d.nodes)
            ++counts[node.typeCode];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const CatalogueEntry *type = actorTypes.value(it.key());
            LegendEntry e;
            e.kind = LegendEntry::Kind::ActorType;
            e.label = type ? type->label : it.key();
            e.color = type && style.colorBy == ColorMode::ActorType ? QColor::fromString(type->color)
                                                                    : QColor(0xff, 0xff, 0xff);
            e.shape = type ? nodeShapeFromName(type->shape) : NodeShape::Circle;
            e.glyph = it.key() == u"SCHULE" ? QString() : typeGlyph(it.key(), {});
            e.count = it.value();
            byOrder.insert((type ? type->sortOrder : 9999) * 1000 + static_cast<int>(byOrder.size()), e);
        }
        for (const LegendEntry &e : byOrder)
            section.entries.push_back(e);
        d.legend.push_back(std::move(section));
    }
    if (style.colorBy == ColorMode::Pillar) {
        LegendSection section{tr("SCP-Maßnahmen (Füllfarbe)"), {}};
        QMap<QString, int> classes;
        for (const DiagramNode &node : d.nodes)
            ++classes[node.pillars.size() > 1 ? QStringLiteral("Z") : node.pillars.value(0, QStringLiteral("0"))];
        for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
            const QStringList pillars = it.key() == u"Z"   ? QStringList{QStringLiteral("I"), QStringLiteral("II")}
                                        : it.key() == u"0" ? QStringList()
                                                           : QStringList{it.key()};
            LegendEntry e;
            e.kind = LegendEntry::Kind::Pillar;
            e.label = pillarLegendLabel(pillars);
            e.color = pillarColor(pillars);
            e.count = it.value();
            section.entries.push_back(e);
        }
        d.legend.push_back(std::move(section));
    }
    bool anyScp = false;
    bool anyPseudonym = false;
    for (const DiagramNode &node : d.nodes) {
        anyScp = anyScp || node.scp;
        anyPseudonym = anyPseudonym || node.pseudonym;
    }
    if (anyScp || anyPseudonym) {
        LegendSection section{tr("Markierungen"), {}};
        if (anyScp) {
            LegendEntry e;
            e.kind = LegendEntry::Kind::ScpMark;
            e.label = tr("Startchancen-Schule");
            e.color = QColor(0x1f, 0x5f, 0xa8);
            e.count = static_cast<int>(
                std::count_if(d.nodes.begin(), d.nodes.end(), [](const DiagramNode &x) { return x.scp; }));
            section.entries.push_back(e);
        }
        if (anyPseudonym) {
            LegendEntry e;
            e.kind = LegendEntry::Kind::Pseudonym;
            e.label = tr("„Kita 1“ usw.: pseudonymisiert");
            section.entries.push_back(e);
        }
        d.legend.push_back(std::move(section));
    }
    if (style.sizeBy != SizeMeasure::None && maxValue > 0) {
        // Reference sizes with round values: the smallest, a middle one and the largest shown.
        LegendSection section{tr("Größe: %1").arg(sizeMeasureLabel(style.sizeBy)), {}};
        for (double f : {0.15, 0.5, 1.0}) {
            double value = maxValue * f;
            if (style.sizeBy == SizeMeasure::Degree)
                value = std::max(1.0, std::round(value));
            LegendEntry e;
            e.kind = LegendEntry::Kind::Size;
            e.size = minSize + (maxSize - minSize) * std::sqrt(std::min(1.0, value / maxValue));
            if (style.sizeBy == SizeMeasure::Degree)
                e.label = tr("%1 Partner").arg(static_cast<int>(value));
            else if (style.sizeBy == SizeMeasure::Budget)
                e.label = german.toCurrencyString(std::round(value / 1000.0) * 1000.0, QStringLiteral("€"), 0);
            else
                e.label = german.toString(value, 'f', 2);
            if (section.entries.empty() || section.entries.back().label != e.label)
                section.entries.push_back(e);
        }
        d.legend.push_back(std::move(section));
    }
    {
        LegendSection section{tr("Verbindungen"), {}};
        QMap<int, LegendEntry> byOrder;
        QHash<QString, int> counts;
        for (const DiagramLink &l : d.links)
            ++counts[l.typeCode];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const CatalogueEntry *type = linkTypes.value(it.key());
            LegendEntry e;
            e.kind = LegendEntry::Kind::LinkType;
            e.label = type ? type->label : it.key();
            e.color = type ? QColor::fromString(type->color) : QColor(0x80, 0x80, 0x80);
            e.formality = QStringLiteral("VEREINBART");
            e.count = it.value();
            byOrder.insert((type ? type->sortOrder : 9999) * 1000 + static_cast<int>(byOrder.size()), e);
        }
        for (const LegendEntry &e : byOrder)
            section.entries.push_back(e);
        if (!section.entries.empty())
            d.legend.push_back(std::move(section));
    }
    {
        LegendSection section{tr("Verbindlichkeit"), {}};
        for (const VocabularyEntry &f : DomainCatalogue::vocabulary(Vocabulary::Formality)) {
            const int count = static_cast<int>(std::count_if(
                d.links.begin(), d.links.end(), [&](const DiagramLink &l) { return l.formality == f.code; }));
            if (count == 0)
                continue;
            LegendEntry e;
            e.kind = LegendEntry::Kind::Formality;
            e.label = f.label;
            e.color = QColor(0x40, 0x40, 0x40);
            e.formality = f.code;
            e.count = count;
            section.entries.push_back(e);
        }
        if (!section.entries.empty())
            d.legend.push_back(std::move(section));
    }

    // ---- texts
    d.title = spec.title.trimmed();
    if (d.title.isEmpty())
        d.title = tr("Kooperationsnetz – %1").arg(source.registryName);
    QStringList filterParts;
    if (!filter.territoryRs.isEmpty())
        filterParts << shortTerritoryName(in.territoryName(filter.territoryRs));
    if (!filter.actorTypes.isEmpty())
        filterParts << tr("Akteure: %1").arg(listLabels(filter.actorTypes, in.actorTypeLabels));
    if (!filter.linkTypes.isEmpty())
        filterParts << tr("Verbindungen: %1").arg(listLabels(filter.linkTypes, in.linkTypeLabels));
    if (!filter.actionFields.isEmpty())
        filterParts << tr("Handlungsfelder: %1").arg(listLabels(filter.actionFields, in.actionFieldLabels));
    if (!filter.formalities.isEmpty()) {
        QStringList labels;
        for (const QString &f : filter.formalities)
            labels << formalityLabel(f);
        filterParts << tr("Verbindlichkeit: %1").arg(labels.join(QStringLiteral(", ")));
    }
    if (filter.scpOnly)
        filterParts << tr("nur SCP-Schulen und ihre Partner");
    if (filter.egoSteps > 0) {
        const int c = d.nodeOfKey(filter.centerKey);
        filterParts << tr("%1 Schritt(e) um %2").arg(filter.egoSteps).arg(c >= 0 ? d.nodes[c].label : filter.centerKey);
    }
    if (filterParts.isEmpty())
        filterParts << tr("alle Akteure und Verbindungen");
    d.subtitle = spec.subtitle.trimmed();
    if (d.subtitle.isEmpty()) {
        d.subtitle =
            tr("%1 · Stand %2 · %3 Akteure, %4 Verbindungen")
                .arg(filterParts.join(QStringLiteral("; ")), german.toString(d.date, QStringLiteral("dd.MM.yyyy")))
                .arg(d.nodes.size())
                .arg(d.links.size());
        if (!d.title.contains(source.registryName))
            d.subtitle = source.registryName + QStringLiteral(" · ") + d.subtitle;
    }
    d.sourceLine = tr("Quelle: Netzatlas-Registry „%1“, Stand %2")
                       .arg(source.registryName, german.toString(d.date, QStringLiteral("dd.MM.yyyy")));
    if (source.demo)
        d.sourceLine += tr(" · Demo-Daten, fiktiv");
    if (style.anonymize)
        d.sourceLine += tr(" · pseudonymisiert, ohne Kontaktpersonen");
    if (!source.territoryAttribution.isEmpty())
        d.sourceLine += tr(" · Gebiete: %1").arg(source.territoryAttribution);
    if (labelsBeside(spec.layout)) {
        // In the cell layouts the names carry the picture: symbols (and the size key) are drawn smaller so
        // that rows are about as high as a line of type.
        for (DiagramNode &node : d.nodes)
            node.size *= kCellSymbolScale;
        for (LegendSection &section : d.legend)
            for (LegendEntry &entry : section.entries)
                if (entry.kind == LegendEntry::Kind::Size)
                    entry.size *= kCellSymbolScale;
    }
    return d;
}

namespace {

/// The one-line cell label of a node (its short form) at the page label font, measured with the diagram font
/// on a 72-dpi device like the renderer does; without a QGuiApplication (no fonts) an estimate.
QSizeF measuredCellLabel(const DiagramNode &node)
{
    const QString text = node.shortLabel.isEmpty() ? node.label : node.shortLabel;
    if (text.isEmpty())
        return {};
    const double maxWidth = kDiagramLabelFont * kCellLabelMaxEm; // the renderer elides longer labels
    double width = std::min(maxWidth, 3.4 * static_cast<double>(text.size()));
    double height = kDiagramLabelFont * 1.25;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        static const QImage device = [] {
            QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
            i.setDotsPerMeterX(qRound(72.0 / 0.0254));
            i.setDotsPerMeterY(qRound(72.0 / 0.0254));
            return i;
        }();
        // Measured at ten times the size: at a few pt the metrics come from a font rounded to whole pixels.
        const QFontMetricsF fm(DiagramRenderer::font(kDiagramLabelFont * 10, false), &device);
        width = std::min(maxWidth, fm.horizontalAdvance(text) / 10);
        height = fm.height() / 10;
    }
    // A little slack: fonts are hinted differently on other devices and fm.height() is not exactly linear in size.
    return {width * 1.04 + 2 * kRenderLabelPadding + 1.0, height + 2 * kRenderLabelPadding + 0.4};
}

} // namespace

LayoutGraph toLayoutGraph(const Diagram &diagram)
{
    LayoutGraph graph;
    graph.nodes.reserve(diagram.nodes.size());
    for (const DiagramNode &node : diagram.nodes) {
        LayoutNode l;
        l.key = node.key;
        l.size = QSizeF(node.size, node.size);
        l.ring = node.scp ? 3.4 : 0.0;
        // Room for a two-line label of about 16 characters at 7 pt below the node.
        if (!node.label.isEmpty())
            l.labelSize = QSizeF(std::min(90.0, 4.0 * node.label.size() + 6.0), node.label.size() > 22 ? 18.0 : 10.0);
        l.cellLabelSize = measuredCellLabel(node);
        l.position = node.position;
        l.pinned = node.pinned;
        l.stage = node.stage;
        l.territoryPath = node.territoryPath;
        l.territoryNames = node.territoryNames;
        graph.nodes.push_back(std::move(l));
    }
    QMap<std::pair<int, int>, double> weights;
    for (const DiagramLink &link : diagram.links)
        weights[{std::min(link.source, link.target), std::max(link.source, link.target)}] += link.intensity;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        graph.edges.push_back(LayoutEdge{it.key().first, it.key().second, it.value()});
    return graph;
}

void applyLayout(Diagram &diagram, const LayoutResult &layout)
{
    for (size_t i = 0; i < diagram.nodes.size() && i < layout.positions.size(); ++i)
        diagram.nodes[i].position = layout.positions[i];
    diagram.groups = layout.groups;
    // Innermost box of each node: the smallest group rectangle of the box kind that contains it.
    std::vector<int> groupOf(diagram.nodes.size(), -1);
    for (size_t i = 0; i < diagram.nodes.size(); ++i) {
        double best = 0;
        for (size_t g = 0; g < diagram.groups.size(); ++g) {
            const LayoutGroup &group = diagram.groups[g];
            if (group.shape != LayoutGroup::Shape::Box || !group.rect.contains(diagram.nodes[i].position))
                continue;
            const double area = group.rect.width() * group.rect.height();
            if (groupOf[i] < 0 || area < best) {
                groupOf[i] = static_cast<int>(g);
                best = area;
            }
        }
    }
    for (DiagramLink &link : diagram.links)
        link.crossesGroups = groupOf[link.source] != groupOf[link.target];
    QRectF bounds = layout.bounds;
    for (const DiagramNode &node : diagram.nodes)
        bounds = bounds.united(QRectF(node.position - QPointF(node.size, node.size) / 2, QSizeF(node.size, node.size)));
    for (const LayoutGroup &group : diagram.groups)
        bounds = bounds.united(group.rect);
    diagram.bounds = bounds;
}

Result<Diagram> buildLaidOutDiagram(const DiagramSource &source, const DiagramSpec &spec,
                                    const LayoutProgress &progress)
{
    NETZATLAS_TRY_ASSIGN(diagram, buildDiagram(source, spec));
    LayoutOptions options;
    options.kind = spec.layout;
    options.seed = spec.style.seed;
    options.groupLevel = spec.style.groupLevel;
    options.centerNode = spec.filter.centerKey.isEmpty() ? -1 : diagram.nodeOfKey(spec.filter.centerKey);
    options.useStartPositions = !spec.positions.isEmpty();
    if (spec.layout == LayoutKind::ConcentricRings && options.centerNode < 0)
        return Error::at(QString(), 0, QStringLiteral("center"),
                         tr("Das Ringe-Layout braucht einen Akteur in der Mitte (--center SCHLÜSSEL)."));
    LayoutGraph graph = toLayoutGraph(diagram);
    // A view whose every shown actor has a saved position is restored as it was saved.
    const bool allPlaced =
        !diagram.nodes.empty() && std::all_of(diagram.nodes.begin(), diagram.nodes.end(), [&](const DiagramNode &node) {
            return spec.positions.contains(node.actor.value);
        });
    if (allPlaced)
        for (LayoutNode &node : graph.nodes)
            node.pinned = true;
    NETZATLAS_TRY_ASSIGN(layout, computeLayout(graph, options, progress));
    applyLayout(diagram, layout);
    return diagram;
}

} // namespace netzatlas::render
