// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/analysis/StructureMetrics.h>

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace netzatlas::analysis {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::analysis", text);
}
/// Plural form (%n); the Qt signature, so that lupdate marks the message as numerus.
inline QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("netzatlas::analysis", text, disambiguation, n);
}

/// Actor type codes of the Jugendhilfe (domain §6 item 1 and the brief).
bool isYouthWelfareType(const QString &typeCode);
/// Schularten of the Primarstufe and of the Sekundarstufe I.
bool isPrimaryKind(const QString &schoolKind);
bool isSecondaryKind(const QString &schoolKind);

/// How far a link reaches, by the Regionalschlüssel of its two ends (domain §6 item 3).
enum class Reach {
    SameGemeinde,
    SameVerband,
    SameKreis,
    OtherKreis,
    OtherLand,
    Unknown,
};
Reach reachOf(const QString &seatA, const QString &seatB);
QString reachCode(Reach reach);
QString reachLabel(Reach reach);

/// State shared by the analyses of one run: the snapshot, lazily computed metrics, and helpers that map
/// vertices to what people read.
class AnalysisContext
{
public:
    AnalysisContext(const GraphSnapshot &snapshot, const AnalysisRequest &request, const JobControl &control);

    const GraphSnapshot &graph;
    const AnalysisInput &input;
    const AnalysisRequest &request;
    const JobControl &control;

    const Metrics::Degrees &degrees();
    Result<const Metrics::PathMetrics *> paths();
    /// Where paths() gets its result from instead of computing it on this thread: AnalysisJob computes the
    /// path metrics on a thread of their own, beside the other analyses.
    void setPathSource(std::function<Result<Metrics::PathMetrics>()> source);
    const Metrics::Components &components();
    const Metrics::Biconnectivity &biconnectivity();
    const Metrics::CutAnalysis &cuts();
    const std::vector<int> &cores();
    const Metrics::Clustering &clustering();
    const std::vector<double> &constraint();
    const std::vector<double> &eigenvector();
    const Metrics::Communities &communities();

    [[nodiscard]] bool isSchool(int v) const;
    [[nodiscard]] bool isScpSchool(int v) const;
    [[nodiscard]] const std::vector<char> &schoolMask();
    [[nodiscard]] QString name(int v) const;
    [[nodiscard]] QString typeLabel(int v) const;
    [[nodiscard]] QString linkTypeLabel(const QString &code) const;
    [[nodiscard]] QString fieldLabel(const QString &code) const;
    /// Gemeinde, Verbandsgemeinde (or verbandsfreie Gemeinde) and Kreis of an actor's seat, by name.
    [[nodiscard]] QString gemeindeName(int v) const;
    [[nodiscard]] QString verbandName(int v) const;
    [[nodiscard]] QString kreisName(int v) const;
    /// Schulträger and Jugendamt territories of a school: the stored value, else derived (§ 76 SchulG,
    /// Jugendamt table).
    [[nodiscard]] QString schoolAuthorityRs(int v) const;
    [[nodiscard]] QString youthOfficeRs(int v) const;
    /// The administration actor (SCHULTRAEGER_VERW or JUGENDAMT) responsible for a territory; -1 if none.
    [[nodiscard]] int administrationFor(const QString &typeCode, const QString &rs);
    /// Snapshot links between two vertices (indices into graph.links()).
    [[nodiscard]] std::vector<int> linksBetween(int a, int b) const;
    /// Links of a vertex (snapshot link indices), built once.
    [[nodiscard]] const std::vector<int> &linksOf(int v);
    /// A row of actor names joined for a path.
    [[nodiscard]] QString joinNames(const std::vector<int> &vertices) const;

private:
    std::optional<Metrics::Degrees> m_degrees;
    std::optional<Metrics::PathMetrics> m_paths;
    std::function<Result<Metrics::PathMetrics>()> m_pathSource;
    std::optional<Metrics::Components> m_components;
    std::optional<Metrics::Biconnectivity> m_biconnectivity;
    std::optional<Metrics::CutAnalysis> m_cuts;
    std::optional<std::vector<int>> m_cores;
    std::optional<Metrics::Clustering> m_clustering;
    std::optional<std::vector<double>> m_constraint;
    std::optional<std::vector<double>> m_eigenvector;
    std::optional<Metrics::Communities> m_communities;
    std::vector<char> m_schoolMask;
    std::vector<std::vector<int>> m_linksOf;
    QHash<QString, int> m_administrations; ///< "TYPE|rs" → vertex
    bool m_administrationsBuilt = false;
};

/// Helpers to build tables.
ResultColumn column(const char *key, const QString &title, ColumnType type = ColumnType::Text);
QString yesNo(bool value);

// The analyses, one function each (appending their tables). Errors only on cancellation.
Status runOverview(AnalysisContext &context, QList<ResultTable> &tables);
Status runCentrality(AnalysisContext &context, QList<ResultTable> &tables);
Status runComponents(AnalysisContext &context, QList<ResultTable> &tables);
Status runCommunities(AnalysisContext &context, QList<ResultTable> &tables);
Status runYouthWelfare(AnalysisContext &context, QList<ResultTable> &tables);
Status runEducationChain(AnalysisContext &context, QList<ResultTable> &tables);
Status runCrossBoundary(AnalysisContext &context, QList<ResultTable> &tables);
Status runResponsibility(AnalysisContext &context, QList<ResultTable> &tables);
Status runCoverage(AnalysisContext &context, QList<ResultTable> &tables);
Status runBrokers(AnalysisContext &context, QList<ResultTable> &tables);
Status runMeasures(AnalysisContext &context, QList<ResultTable> &tables);
Status runExpiring(AnalysisContext &context, QList<ResultTable> &tables);
Status runChange(AnalysisContext &context, QList<ResultTable> &tables);
Status runCommittees(AnalysisContext &context, QList<ResultTable> &tables);

/// School year ("2025/26") that contains a day (school years start on 1 August).
QString schoolYearOf(const QDate &day);
/// First day of the school year after the one containing `day`.
QDate nextSchoolYearStart(const QDate &day);

} // namespace netzatlas::analysis
