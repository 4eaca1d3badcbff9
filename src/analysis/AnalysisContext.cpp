// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AnalysisContext.h"

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Responsibility.h>
#include <netzatlas/core/Territory.h>

namespace netzatlas::analysis {

bool isYouthWelfareType(const QString &typeCode)
{
    return typeCode == u"JUGENDAMT" || typeCode == u"JHP" || typeCode == u"FREIER_TRAEGER" || typeCode == u"SSA_TEAM" ||
           typeCode == u"JUGENDEINRICHTUNG" || typeCode == u"BERATUNGSSTELLE";
}

bool isPrimaryKind(const QString &schoolKind)
{
    return schoolKind == u"GS" || schoolKind == u"GS_RSPLUS" || schoolKind == u"GHS";
}

bool isSecondaryKind(const QString &schoolKind)
{
    return schoolKind == u"RSPLUS" || schoolKind == u"RSPLUS_FOS" || schoolKind == u"GS_RSPLUS" ||
           schoolKind == u"GHS" || schoolKind == u"IGS" || schoolKind == u"KGS";
}

Reach reachOf(const QString &a, const QString &b)
{
    // Prefix comparisons on views: this runs once per link (1.5 million at Bund scale), so no allocations.
    auto samePrefix = [&](qsizetype n) { return QStringView(a).left(n) == QStringView(b).left(n); };
    if (a.size() < 2 || b.size() < 2)
        return Reach::Unknown;
    if (!samePrefix(2))
        return Reach::OtherLand;
    if (a.size() < 5 || b.size() < 5)
        return Reach::Unknown;
    if (!samePrefix(5))
        return Reach::OtherKreis;
    if (a.size() < 9 || b.size() < 9 || !samePrefix(9))
        return Reach::SameKreis;
    if (a.size() < 12 || b.size() < 12)
        return Reach::SameVerband;
    return samePrefix(12) ? Reach::SameGemeinde : Reach::SameVerband;
}

QString reachCode(Reach reach)
{
    switch (reach) {
    case Reach::SameGemeinde:
        return QStringLiteral("GEMEINDE");
    case Reach::SameVerband:
        return QStringLiteral("VG");
    case Reach::SameKreis:
        return QStringLiteral("KREIS");
    case Reach::OtherKreis:
        return QStringLiteral("ANDERER_KREIS");
    case Reach::OtherLand:
        return QStringLiteral("ANDERES_LAND");
    case Reach::Unknown:
        break;
    }
    return QStringLiteral("UNBEKANNT");
}

QString reachLabel(Reach reach)
{
    switch (reach) {
    case Reach::SameGemeinde:
        return tr("gleiche Gemeinde");
    case Reach::SameVerband:
        return tr("gleiche Verbandsgemeinde");
    case Reach::SameKreis:
        return tr("gleicher Kreis, andere VG");
    case Reach::OtherKreis:
        return tr("anderer Kreis");
    case Reach::OtherLand:
        return tr("anderes Land");
    case Reach::Unknown:
        break;
    }
    return tr("unbekannt (Sitz fehlt)");
}

AnalysisContext::AnalysisContext(const GraphSnapshot &snapshot, const AnalysisRequest &req, const JobControl &ctl)
    : graph(snapshot)
    , input(snapshot.input())
    , request(req)
    , control(ctl)
{}

const Metrics::Degrees &AnalysisContext::degrees()
{
    if (!m_degrees)
        m_degrees = Metrics::degrees(graph);
    return *m_degrees;
}

Result<const Metrics::PathMetrics *> AnalysisContext::paths()
{
    if (!m_paths) {
        auto result = m_pathSource ? m_pathSource() : Metrics::pathMetrics(graph, request.paths, control);
        if (!result.ok())
            return result.error();
        m_paths = std::move(result).value();
    }
    return &*m_paths;
}

void AnalysisContext::setPathSource(std::function<Result<Metrics::PathMetrics>()> source)
{
    m_pathSource = std::move(source);
}

const Metrics::Components &AnalysisContext::components()
{
    if (!m_components)
        m_components = Metrics::connectedComponents(graph);
    return *m_components;
}

const Metrics::Biconnectivity &AnalysisContext::biconnectivity()
{
    if (!m_biconnectivity)
        m_biconnectivity = Metrics::biconnectivity(graph);
    return *m_biconnectivity;
}

const Metrics::CutAnalysis &AnalysisContext::cuts()
{
    if (!m_cuts)
        m_cuts = Metrics::cutAnalysis(graph, schoolMask());
    return *m_cuts;
}

const std::vector<int> &AnalysisContext::cores()
{
    if (!m_cores)
        m_cores = Metrics::coreNumbers(graph);
    return *m_cores;
}

const Metrics::Clustering &AnalysisContext::clustering()
{
    if (!m_clustering)
        m_clustering = Metrics::clustering(graph);
    return *m_clustering;
}

const std::vector<double> &AnalysisContext::constraint()
{
    if (!m_constraint)
        m_constraint = Metrics::burtConstraint(graph);
    return *m_constraint;
}

const std::vector<double> &AnalysisContext::eigenvector()
{
    if (!m_eigenvector)
        m_eigenvector = Metrics::eigenvectorCentrality(graph);
    return *m_eigenvector;
}

const Metrics::Communities &AnalysisContext::communities()
{
    if (!m_communities)
        m_communities = Metrics::louvain(graph, request.paths.seed);
    return *m_communities;
}

bool AnalysisContext::isSchool(int v) const
{
    return graph.actor(v).typeCode == DomainCatalogue::SchoolType;
}

bool AnalysisContext::isScpSchool(int v) const
{
    const Actor &a = graph.actor(v);
    return a.scp && a.typeCode == DomainCatalogue::SchoolType;
}

const std::vector<char> &AnalysisContext::schoolMask()
{
    if (m_schoolMask.empty() && graph.vertexCount() > 0) {
        m_schoolMask.assign(static_cast<std::size_t>(graph.vertexCount()), 0);
        for (int v = 0; v < graph.vertexCount(); ++v)
            m_schoolMask[static_cast<std::size_t>(v)] = isSchool(v) ? 1 : 0;
    }
    return m_schoolMask;
}

QString AnalysisContext::name(int v) const
{
    return graph.actor(v).name;
}

QString AnalysisContext::typeLabel(int v) const
{
    const Actor &a = graph.actor(v);
    if (a.typeCode == DomainCatalogue::SchoolType && !a.schoolKind.isEmpty())
        return DomainCatalogue::vocabularyLabel(Vocabulary::SchoolKind, a.schoolKind);
    return input.actorTypeLabels.value(a.typeCode, a.typeCode);
}

QString AnalysisContext::linkTypeLabel(const QString &code) const
{
    if (code == u"MITGLIED" && !input.linkTypeLabels.contains(code))
        return tr("ist Mitglied in");
    return input.linkTypeLabels.value(code, code);
}

QString AnalysisContext::fieldLabel(const QString &code) const
{
    return input.actionFieldLabels.value(code, code);
}

QString AnalysisContext::gemeindeName(int v) const
{
    const QString &rs = graph.actor(v).seatRs;
    return rs.size() >= 12 ? input.territoryName(rs.left(12)) : QString();
}

QString AnalysisContext::verbandName(int v) const
{
    const QString verband = RegionalKey::gemeindeverbandOf(graph.actor(v).seatRs);
    return verband.isEmpty() ? QString() : input.territoryName(verband);
}

QString AnalysisContext::kreisName(int v) const
{
    const QString kreis = RegionalKey::kreisOf(graph.actor(v).seatRs);
    return kreis.isEmpty() ? QString() : input.territoryName(kreis);
}

QString AnalysisContext::schoolAuthorityRs(int v) const
{
    const Actor &a = graph.actor(v);
    if (!a.schoolAuthorityRs.isEmpty())
        return a.schoolAuthorityRs;
    return Responsibility::suggestSchoolAuthority(a.schoolKind, a.specialNeedsFocus, a.seatRs, input.largeCities);
}

QString AnalysisContext::youthOfficeRs(int v) const
{
    const Actor &a = graph.actor(v);
    if (!a.youthOfficeRs.isEmpty())
        return a.youthOfficeRs;
    return Responsibility::youthOfficeFor(a.seatRs, input.youthOfficeTerritories);
}

int AnalysisContext::administrationFor(const QString &typeCode, const QString &rs)
{
    if (!m_administrationsBuilt) {
        m_administrationsBuilt = true;
        for (int v = 0; v < graph.vertexCount(); ++v) {
            const Actor &a = graph.actor(v);
            if (a.typeCode != DomainCatalogue::SchoolAuthorityType && a.typeCode != DomainCatalogue::YouthOfficeType)
                continue;
            for (const QString &area : a.responsibleFor) {
                const QString key = a.typeCode + u'|' + area;
                if (!m_administrations.contains(key))
                    m_administrations.insert(key, v);
            }
        }
    }
    if (rs.isEmpty())
        return -1;
    return m_administrations.value(typeCode + u'|' + rs, -1);
}

std::vector<int> AnalysisContext::linksBetween(int a, int b) const
{
    std::vector<int> result;
    const int edge = graph.edgeBetween(a, b);
    if (edge < 0)
        return result;
    const auto links = graph.edgeLinks(edge);
    result.assign(links.begin(), links.end());
    return result;
}

const std::vector<int> &AnalysisContext::linksOf(int v)
{
    if (m_linksOf.empty()) {
        m_linksOf.resize(static_cast<std::size_t>(graph.vertexCount()));
        const auto &links = graph.links();
        for (std::size_t i = 0; i < links.size(); ++i) {
            m_linksOf[static_cast<std::size_t>(links[i].source)].push_back(static_cast<int>(i));
            if (links[i].target != links[i].source)
                m_linksOf[static_cast<std::size_t>(links[i].target)].push_back(static_cast<int>(i));
        }
    }
    return m_linksOf[static_cast<std::size_t>(v)];
}

QString AnalysisContext::joinNames(const std::vector<int> &vertices) const
{
    QStringList names;
    for (const int v : vertices)
        names.append(name(v));
    return names.join(QStringLiteral(" → "));
}

ResultColumn column(const char *key, const QString &title, ColumnType type)
{
    return ResultColumn{QString::fromLatin1(key), title, type};
}

QString yesNo(bool value)
{
    return value ? tr("ja") : tr("nein");
}

QString schoolYearOf(const QDate &day)
{
    const int first = day.month() >= 8 ? day.year() : day.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

QDate nextSchoolYearStart(const QDate &day)
{
    const int first = day.month() >= 8 ? day.year() : day.year() - 1;
    return QDate(first + 1, 8, 1);
}

} // namespace netzatlas::analysis
