// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisJob.h>

#include "AnalysisContext.h"

#include <QElapsedTimer>
#include <QLocale>

namespace netzatlas::analysis {

namespace {

using Runner = Status (*)(AnalysisContext &, QList<ResultTable> &);

struct Entry
{
    AnalysisInfo info;
    Runner run;
};

const QList<Entry> &entries()
{
    static const QList<Entry> list = {
        {{QStringLiteral("overview"), tr("Netz im Überblick"),
          tr("Dichte, Komponenten, Durchmesser, Weglänge, Clusterung, Modularität, Schlüsselakteure und Brücken."),
          false},
         &runOverview},
        {{QStringLiteral("centrality"), tr("Zentralität der Akteure"),
          tr("Grad, gewichteter Grad, Betweenness, Closeness, Eigenvektor, k-Kern, Clusterung, Constraint je "
             "Akteur."),
          false},
         &runCentrality},
        {{QStringLiteral("components"), tr("Teilnetze und stabile Blöcke"),
          tr("Zusammenhangskomponenten und zweifach zusammenhängende Blöcke."), false},
         &runComponents},
        {{QStringLiteral("communities"), tr("Gruppen (Louvain)"),
          tr("Gruppen dicht verbundener Akteure mit Modularität."), false},
         &runCommunities},
        {{QStringLiteral("youth-welfare"), tr("SCP-Schulen ohne Jugendhilfe-Partner"),
          tr("Frage 1: SCP-Schulen ohne Verbindung zur Jugendhilfe, mit dem kürzesten indirekten Weg."), true},
         &runYouthWelfare},
        {{QStringLiteral("education-chain"), tr("Lücken in der Bildungskette"),
          tr("Frage 2: fehlende Übergänge Kita → GS → Sek I → Beruf, als Matrix je VG und Kreis."), true},
         &runEducationChain},
        {{QStringLiteral("cross-boundary"), tr("Verbindungen über Verwaltungsgrenzen"),
          tr("Frage 3: Reichweite jeder Verbindung (Gemeinde, VG, Kreis, Land) und verschiedene Schulträger."), true},
         &runCrossBoundary},
        {{QStringLiteral("responsibility"), tr("Zuständigkeits-Check"),
          tr("Frage 4: Sind Schulträger und Jugendamt jeder SCP-Schule miteinander abgestimmt?"), true},
         &runResponsibility},
        {{QStringLiteral("coverage"), tr("Abdeckung der Handlungsfelder"),
          tr("Frage 5: Schulen × Handlungsfelder mit Verbindungen und Maßnahmen."), true},
         &runCoverage},
        {{QStringLiteral("brokers"), tr("Vermittler und Schlüsselstellen"),
          tr("Frage 6: Vermittler, Schlüsselakteure und Brücken mit dem, was ihr Ausfall abschneidet."), true},
         &runBrokers},
        {{QStringLiteral("measures"), tr("Maßnahmen und Budgets"),
          tr("Frage 7: Budgetnutzung, schulübergreifende Trägerbudget-Maßnahmen, Personal der Säule III."), true},
         &runMeasures},
        {{QStringLiteral("expiring"), tr("Was vor dem nächsten Schuljahr endet"),
          tr("Frage 8: auslaufende Verbindungen und Vereinbarungen, fehlende Verwendungsnachweise."), true},
         &runExpiring},
        {{QStringLiteral("change"), tr("Veränderung zwischen zwei Tagen"),
          tr("Frage 8: neue und beendete Verbindungen und Akteure, Kennzahlen vorher und nachher."), true},
         &runChange},
        {{QStringLiteral("committees"), tr("Gremien"),
          tr("Frage 9: Mitglieder, Schulen und Handlungsfelder je Gremium; Akteure ohne Gremium."), true},
         &runCommittees},
    };
    return list;
}

} // namespace

const QList<AnalysisInfo> &availableAnalyses()
{
    static const QList<AnalysisInfo> infos = [] {
        QList<AnalysisInfo> list;
        for (const Entry &e : entries())
            list.append(e.info);
        return list;
    }();
    return infos;
}

Result<QStringList> resolveAnalyses(const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed().toLower();
        if (trimmed.isEmpty())
            continue;
        bool known = false;
        for (const Entry &e : entries())
            known = known || e.info.id == trimmed;
        if (!known) {
            QStringList valid;
            for (const Entry &e : entries())
                valid.append(e.info.id);
            return Error::make(
                tr("Unbekannte Analyse „%1“. Möglich sind: %2.").arg(name.trimmed(), valid.join(QStringLiteral(", "))));
        }
        wanted.append(trimmed);
    }
    QStringList ordered;
    for (const Entry &e : entries()) {
        if (wanted.isEmpty() || wanted.contains(e.info.id))
            ordered.append(e.info.id);
    }
    return ordered;
}

const ResultTable *AnalysisReport::table(const QString &id) const
{
    for (const ResultTable &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

AnalysisJob::AnalysisJob(std::shared_ptr<const AnalysisInput> input, AnalysisRequest request)
    : m_input(std::move(input))
    , m_request(std::move(request))
{}

QString AnalysisJob::description() const
{
    const QDate day = m_request.snapshot.at.isValid() ? m_request.snapshot.at : QDate::currentDate();
    const int count =
        m_request.analyses.isEmpty() ? static_cast<int>(entries().size()) : static_cast<int>(m_request.analyses.size());
    return trn("Netzwerkanalyse zum %1 (%n Analysen)", count)
        .arg(QLocale(QLocale::German).toString(day, QStringLiteral("dd.MM.yyyy")));
}

Result<AnalysisReport> AnalysisJob::run(const JobControl &control) const
{
    NETZATLAS_TRY_ASSIGN(ids, resolveAnalyses(m_request.analyses));
    AnalysisReport report;
    report.registryTitle = m_input->registryTitle;
    report.analyses = ids;

    control.report(0.0, tr("Netz zum Stichtag aufbauen"));
    const GraphSnapshot snapshot = GraphSnapshot::build(m_input, m_request.snapshot);
    report.date = snapshot.date();
    report.actorCount = snapshot.vertexCount();
    for (const SnapshotLink &l : snapshot.links())
        report.linkCount += l.id.isValid() ? 1 : 0;
    report.pairCount = snapshot.edgeCount();

    // Betweenness dominates the run time: give it most of the progress bar when it is needed.
    const bool needsPaths = ids.contains(QStringLiteral("overview")) || ids.contains(QStringLiteral("centrality")) ||
                            ids.contains(QStringLiteral("brokers"));
    const double pathShare = needsPaths ? 0.7 : 0.0;
    bool pathsDone = false;
    JobControl inner;
    inner.cancel = control.cancel;
    inner.progress = [&](double fraction, const QString &step) { control.report(0.05 + pathShare * fraction, step); };
    AnalysisContext context(snapshot, m_request, inner);

    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (control.cancelled())
            return Error::make(tr("Die Analyse wurde abgebrochen."));
        const QString &id = ids.at(i);
        const Entry *entry = nullptr;
        for (const Entry &e : entries()) {
            if (e.info.id == id)
                entry = &e;
        }
        const double base = 0.05 + (pathsDone ? pathShare : 0.0);
        control.report(base + (0.95 - base) * static_cast<double>(i) / static_cast<double>(ids.size()),
                       entry->info.title);
        QElapsedTimer timer;
        timer.start();
        NETZATLAS_TRY(entry->run(context, report.tables));
        report.timings.append({id, static_cast<double>(timer.nsecsElapsed()) / 1e9});
        if (id == u"overview" || id == u"centrality" || id == u"brokers")
            pathsDone = true;
    }
    if (needsPaths) {
        if (auto paths = context.paths(); paths.ok())
            report.betweennessExact = (*paths)->exact;
    }
    if (ids.contains(QStringLiteral("change")))
        report.compareWith = m_request.compareWith.isValid() ? m_request.compareWith : report.date.addYears(-1);
    control.report(1.0, tr("Fertig"));
    return report;
}

} // namespace netzatlas::analysis
