// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Command.h"

#include <netzatlas/analysis/AnalysisJob.h>

#include <QJsonObject>

namespace netzatlas::cli {

/// `analyze REGISTRY [--at DATE] [--since DATE] [--only LIST] [--json FILE] [--csv DIR]`: the network analyses
/// and the coordinators' questions; a German summary on stdout, JSON (docs/analysis-json.md) and CSV on request.
class AnalyzeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    /// The report as JSON per docs/analysis.schema.json.
    static QJsonObject toJson(const analysis::AnalysisReport &report, const QString &registryName);
};

} // namespace netzatlas::cli
