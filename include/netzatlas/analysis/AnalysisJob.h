// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisInput.h>
#include <netzatlas/analysis/GraphSnapshot.h>
#include <netzatlas/analysis/JobControl.h>
#include <netzatlas/analysis/ResultTable.h>
#include <netzatlas/analysis/StructureMetrics.h>
#include <netzatlas/core/Result.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace netzatlas::analysis {

/// An analysis that can be requested by name (CLI `--only`, GUI check boxes).
struct AnalysisInfo
{
    QString id;                       ///< "youth-welfare", "education-chain", …
    QString title;                    ///< in the installed language (German source)
    QString description;              ///< in the installed language, one sentence
    bool coordinatorQuestion = false; ///< one of the coordinators' questions (domain §6) rather than a measure
    int question = 0;                 ///< the number of that question, 0 for a measure of structure
};

/// All analyses in the order they run and are reported, translated at each call.
[[nodiscard]] QList<AnalysisInfo> availableAnalyses();
/// Checks a list of analysis names (ids, case-insensitive; empty = all) and returns the ids in run order.
/// The error names the unknown entry and lists the valid ones.
[[nodiscard]] Result<QStringList> resolveAnalyses(const QStringList &names);

struct AnalysisRequest
{
    QStringList analyses;     ///< ids; empty = all
    SnapshotOptions snapshot; ///< the day and filters of the network
    QDate compareWith;        ///< "change": the earlier day; null = one year before the snapshot day
    Metrics::PathOptions paths;
    int topCount = 20; ///< rows of "top" lists (brokers)
};

/// Everything one run produced.
struct AnalysisReport
{
    QString registryTitle;
    QDate date;           ///< the snapshot day
    QDate compareWith;    ///< the earlier day of "change" (null when not run)
    QStringList analyses; ///< ids that ran
    int actorCount = 0;
    int linkCount = 0; ///< active links in the snapshot
    int pairCount = 0; ///< collapsed edges
    bool betweennessExact = true;
    QList<ResultTable> tables;
    QList<QPair<QString, double>> timings; ///< analysis id → seconds

    [[nodiscard]] const ResultTable *table(const QString &id) const;
};

/// Runs a named set of analyses on a registry's data. Pure computation on the loaded input, so it may run
/// on a worker thread: load the AnalysisInput on the repository's thread, then hand it over.
///
/// run() calls `control.progress` from the running thread and stops soon after `control.cancel` is set,
/// returning an error "Die Analyse wurde abgebrochen.".
class AnalysisJob
{
public:
    AnalysisJob(std::shared_ptr<const AnalysisInput> input, AnalysisRequest request);

    /// German one-line description for a job list ("Netzwerkanalyse zum 01.08.2025 (3 Analysen)").
    [[nodiscard]] QString description() const;
    [[nodiscard]] Result<AnalysisReport> run(const JobControl &control = {}) const;

private:
    std::shared_ptr<const AnalysisInput> m_input;
    AnalysisRequest m_request;
};

} // namespace netzatlas::analysis
