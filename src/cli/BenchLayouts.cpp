// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BenchLayouts.h"

#include "CommandSupport.h"

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/io/CsvWriter.h>
#include <netzatlas/render/Diagram.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

#include <algorithm>

namespace netzatlas::cli {

using namespace netzatlas::render;

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

LayoutGraph benchLayoutGraph(const analysis::GraphSnapshot &graph, const analysis::AnalysisInput &input)
{
    LayoutGraph out;
    out.nodes.reserve(static_cast<std::size_t>(graph.vertexCount()));
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const Actor &a = graph.actor(v);
        LayoutNode node;
        node.key = a.key.isEmpty() ? QString::number(a.id.value) : a.key;
        const QString label = a.shortName.isEmpty() ? a.name : a.shortName;
        node.labelSize = QSizeF(std::min(160.0, 6.0 * static_cast<double>(label.size()) + 4), 14);
        node.stage = chainStageOf(a.typeCode, a.schoolKind);
        for (int len : {2, 5, 9, 12}) {
            if (a.seatRs.size() < len)
                break;
            node.territoryPath << a.seatRs.left(len);
            node.territoryNames << input.territoryName(a.seatRs.left(len));
        }
        out.nodes.push_back(node);
    }
    for (const analysis::SnapshotEdge &e : graph.edges())
        out.edges.push_back(LayoutEdge{e.u, e.v, e.weight});
    return out;
}

QByteArray layoutGraphToDot(const LayoutGraph &graph)
{
    QByteArray dot = "graph G {\n  node [shape=box, fixedsize=true, label=\"\"];\n";
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const LayoutNode &n = graph.nodes[i];
        const double w = std::max(n.size.width(), n.labelSize.width()) / 72.0;
        const double h = (n.size.height() + (n.labelSize.isEmpty() ? 0 : kLabelGap + n.labelSize.height())) / 72.0;
        dot += "  " + QByteArray::number(static_cast<qulonglong>(i)) + " [width=" + QByteArray::number(w, 'f', 3) +
               ", height=" + QByteArray::number(h, 'f', 3) + "];\n";
    }
    for (const LayoutEdge &e : graph.edges)
        dot += "  " + QByteArray::number(e.source) + " -- " + QByteArray::number(e.target) + ";\n";
    dot += "}\n";
    return dot;
}

QJsonObject benchLayouts(const analysis::GraphSnapshot &snapshot, const analysis::AnalysisInput &input,
                         const QString &dotFile, bool sfdp,
                         const std::function<void(const QString &, double, double)> &log)
{
    QJsonObject out;
    const LayoutGraph graph = benchLayoutGraph(snapshot, input);
    int centre = 0;
    {
        std::vector<int> degree(graph.nodes.size(), 0);
        for (const LayoutEdge &e : graph.edges) {
            ++degree[static_cast<std::size_t>(e.source)];
            ++degree[static_cast<std::size_t>(e.target)];
        }
        if (!degree.empty())
            centre = static_cast<int>(std::max_element(degree.begin(), degree.end()) - degree.begin());
    }
    for (LayoutKind kind : {LayoutKind::ForceDirected, LayoutKind::GroupedByTerritory, LayoutKind::BildungsketteLanes,
                            LayoutKind::ConcentricRings}) {
        LayoutOptions options;
        options.kind = kind;
        options.centerNode = centre;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        auto result = computeLayout(graph, options);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        const int overlaps = result.ok() ? countLayoutOverlaps(graph, *result, kind) : -1;
        log(tr("Layout „%1“ (Überlappungen: %2)").arg(layoutKindName(kind)).arg(overlaps), seconds, cpu);
        out.insert(layoutKindName(kind), QJsonObject{{QStringLiteral("seconds"), seconds},
                                                     {QStringLiteral("cpuSeconds"), cpu},
                                                     {QStringLiteral("overlaps"), overlaps}});
    }
    if (Status s = saveFileAtomically(dotFile, layoutGraphToDot(graph)); !s.ok())
        return out;
    if (!sfdp)
        return out;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sfdp"));
    if (program.isEmpty()) {
        log(tr("sfdp nicht gefunden (Paket graphviz)"), 0, 0);
        return out;
    }
    // -Tplain into /dev/null: layout plus a trivial writer (this build has no -Tnull); overlap=true skips sfdp's
    // overlap removal, prism is its default one.
    for (const char *overlap : {"true", "prism"}) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        process.start(program, {QStringLiteral("-Tplain"), QStringLiteral("-o/dev/null"),
                                QStringLiteral("-Goverlap=") + QString::fromLatin1(overlap), dotFile});
        process.waitForFinished(1800 * 1000);
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
        const QString key = QStringLiteral("sfdp-overlap-") + QString::fromLatin1(overlap);
        log(tr("Graphviz sfdp, overlap=%1").arg(QString::fromLatin1(overlap)), seconds, cpu);
        out.insert(key, QJsonObject{{QStringLiteral("seconds"), seconds},
                                    {QStringLiteral("cpuSeconds"), cpu},
                                    {QStringLiteral("exitCode"), process.exitCode()}});
    }
    return out;
}

} // namespace netzatlas::cli
