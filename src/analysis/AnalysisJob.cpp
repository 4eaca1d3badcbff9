// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisJob.h>

#include "AnalysisContext.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <numeric>
#include <vector>

namespace netzatlas::analysis {

namespace {

using Runner = Status (*)(AnalysisContext &, QList<ResultTable> &);

/// Title and description are German source texts, translated when read (the language can change after the
/// first call, e.g. in tests), hence QT_TRANSLATE_NOOP and no cached QStrings.
struct Entry
{
    const char *id;
    const char *title;
    const char *description;
    int question; ///< number of the coordinators' question (domain §6), 0 for a measure of structure
    Runner run;
    bool usesPaths = false; ///< needs AnalysisContext::paths() (betweenness, closeness, distances)
};

const Entry Entries[] = {
    {"overview", QT_TRANSLATE_NOOP("netzatlas::analysis", "Netz im Überblick"),
     QT_TRANSLATE_NOOP(
         "netzatlas::analysis",
         "Dichte, Komponenten, Durchmesser, Weglänge, Clusterung, Modularität, Schlüsselakteure und Brücken."),
     0, &runOverview, true},
    {"centrality", QT_TRANSLATE_NOOP("netzatlas::analysis", "Zentralität der Akteure"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Grad, gewichteter Grad, Betweenness, Closeness, Eigenvektor, k-Kern, Clusterung, Constraint je "
                       "Akteur."),
     0, &runCentrality, true},
    {"components", QT_TRANSLATE_NOOP("netzatlas::analysis", "Teilnetze und stabile Blöcke"),
     QT_TRANSLATE_NOOP("netzatlas::analysis", "Zusammenhangskomponenten und zweifach zusammenhängende Blöcke."), 0,
     &runComponents},
    {"communities", QT_TRANSLATE_NOOP("netzatlas::analysis", "Gruppen (Louvain)"),
     QT_TRANSLATE_NOOP("netzatlas::analysis", "Gruppen dicht verbundener Akteure mit Modularität."), 0,
     &runCommunities},
    {"youth-welfare", QT_TRANSLATE_NOOP("netzatlas::analysis", "SCP-Schulen ohne Jugendhilfe-Partner"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 1: SCP-Schulen ohne Verbindung zur Jugendhilfe, mit dem kürzesten indirekten Weg."),
     1, &runYouthWelfare},
    {"education-chain", QT_TRANSLATE_NOOP("netzatlas::analysis", "Lücken in der Bildungskette"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 2: fehlende Übergänge Kita → GS → Sek I → Beruf, als Matrix je VG und Kreis."),
     2, &runEducationChain},
    {"cross-boundary", QT_TRANSLATE_NOOP("netzatlas::analysis", "Verbindungen über Verwaltungsgrenzen"),
     QT_TRANSLATE_NOOP(
         "netzatlas::analysis",
         "Frage 3: Reichweite jeder Verbindung (Gemeinde, VG, Kreis, Land) und verschiedene Schulträger."),
     3, &runCrossBoundary},
    {"responsibility", QT_TRANSLATE_NOOP("netzatlas::analysis", "Zuständigkeits-Check"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 4: Sind Schulträger und Jugendamt jeder SCP-Schule miteinander abgestimmt?"),
     4, &runResponsibility},
    {"coverage", QT_TRANSLATE_NOOP("netzatlas::analysis", "Abdeckung der Handlungsfelder"),
     QT_TRANSLATE_NOOP("netzatlas::analysis", "Frage 5: Schulen × Handlungsfelder mit Verbindungen und Maßnahmen."), 5,
     &runCoverage},
    {"brokers", QT_TRANSLATE_NOOP("netzatlas::analysis", "Vermittler und Schlüsselstellen"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 6: Vermittler, Schlüsselakteure und Brücken mit dem, was ihr Ausfall abschneidet."),
     6, &runBrokers, true},
    {"measures", QT_TRANSLATE_NOOP("netzatlas::analysis", "Maßnahmen und Budgets"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 7: Budgetnutzung, schulübergreifende Trägerbudget-Maßnahmen, Personal der Säule III."),
     7, &runMeasures},
    {"expiring", QT_TRANSLATE_NOOP("netzatlas::analysis", "Was vor dem nächsten Schuljahr endet"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 8: auslaufende Verbindungen und Vereinbarungen, fehlende Verwendungsnachweise."),
     8, &runExpiring},
    {"change", QT_TRANSLATE_NOOP("netzatlas::analysis", "Veränderung zwischen zwei Tagen"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 8: neue und beendete Verbindungen und Akteure, Kennzahlen vorher und nachher."),
     8, &runChange},
    {"committees", QT_TRANSLATE_NOOP("netzatlas::analysis", "Gremien"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Frage 9: Mitglieder, Schulen und Handlungsfelder je Gremium; Akteure ohne Gremium."),
     9, &runCommittees},
};

/// A free function rather than in AnalysisJob::description(): lupdate files its plural message under the context
/// "netzatlas::analysis" that tr() looks up (plural forms have no source-text fallback, see SourceTextTranslator).
QString runDescription(const QDate &day, int count)
{
    return tr("Netzwerkanalyse zum %1 (%n Analysen)", nullptr, count)
        .arg(QLocale(QLocale::German).toString(day, QStringLiteral("dd.MM.yyyy")));
}

AnalysisInfo infoOf(const Entry &e)
{
    return AnalysisInfo{QString::fromLatin1(e.id), tr(e.title), tr(e.description), e.question > 0, e.question};
}

} // namespace

QList<AnalysisInfo> availableAnalyses()
{
    QList<AnalysisInfo> list;
    for (const Entry &e : Entries)
        list.append(infoOf(e));
    return list;
}

Result<QStringList> resolveAnalyses(const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed().toLower();
        if (trimmed.isEmpty())
            continue;
        bool known = false;
        for (const Entry &e : Entries)
            known = known || QLatin1String(e.id) == trimmed;
        if (!known) {
            QStringList valid;
            for (const Entry &e : Entries)
                valid.append(QString::fromLatin1(e.id));
            return Error::make(
                tr("Unbekannte Analyse „%1“. Möglich sind: %2.").arg(name.trimmed(), valid.join(QStringLiteral(", "))));
        }
        wanted.append(trimmed);
    }
    QStringList ordered;
    for (const Entry &e : Entries) {
        if (wanted.isEmpty() || wanted.contains(QLatin1String(e.id)))
            ordered.append(QString::fromLatin1(e.id));
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
    const int count = m_request.analyses.isEmpty() ? static_cast<int>(std::size(Entries))
                                                   : static_cast<int>(m_request.analyses.size());
    return runDescription(day, count);
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

    // The path metrics (betweenness, closeness, distances) take most of the time. They run on a thread of
    // their own, started first, while this thread works through the analyses that do not need them; those
    // that do come last. On two cores the single-threaded analyses thus fill the gaps beside the sweep
    // instead of waiting for it. The tables are reported in the usual order (`entries`); `order` is the run order.
    std::vector<const Entry *> entries;
    for (const QString &id : ids) {
        for (const Entry &e : Entries) {
            if (QLatin1String(e.id) == id)
                entries.push_back(&e);
        }
    }
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return !entries[i]->usesPaths; });
    const bool needsPaths = std::any_of(entries.cbegin(), entries.cend(), [](const Entry *e) { return e->usesPaths; });
    std::atomic<double> pathFraction{0.0};
    std::future<Result<Metrics::PathMetrics>> pathsFuture;
    if (needsPaths) {
        JobControl background;
        background.cancel = control.cancel;
        background.progress = [&pathFraction](double fraction, const QString &) { pathFraction = fraction; };
        pathsFuture = std::async(std::launch::async, [&snapshot, this, background] {
            return Metrics::pathMetrics(snapshot, m_request.paths, background);
        });
    }
    // Whatever happens below, the thread ends before the snapshot it reads goes out of scope.
    struct Join
    {
        std::future<Result<Metrics::PathMetrics>> &future;
        ~Join()
        {
            if (future.valid())
                future.wait();
        }
    } join{pathsFuture};

    int done = 0;
    auto progressOf = [&](int finished) {
        return 0.05 + 0.9 * static_cast<double>(finished) / static_cast<double>(std::max<qsizetype>(1, ids.size()));
    };
    JobControl inner;
    inner.cancel = control.cancel;
    inner.progress = [&](double, const QString &step) { control.report(progressOf(done), step); };
    AnalysisContext context(snapshot, m_request, inner);
    context.setPathSource([&]() -> Result<Metrics::PathMetrics> {
        if (!pathsFuture.valid()) // taken once already, and that failed
            return Error::make(tr("Die Analyse wurde abgebrochen."));
        // Wait for the thread, showing its progress.
        const double from = progressOf(done);
        while (pathsFuture.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready)
            control.report(from + (progressOf(static_cast<int>(ids.size())) - from) * 0.9 * pathFraction.load(),
                           tr("Betweenness und Closeness"));
        return pathsFuture.get();
    });

    std::vector<QList<ResultTable>> tablesOf(entries.size());
    std::vector<double> secondsOf(entries.size(), 0.0);
    for (const std::size_t i : order) {
        if (control.cancelled())
            return Error::make(tr("Die Analyse wurde abgebrochen."));
        const Entry &entry = *entries[i];
        control.report(progressOf(done), tr(entry.title));
        QElapsedTimer timer;
        timer.start();
        NETZATLAS_TRY(entry.run(context, tablesOf[i]));
        secondsOf[i] = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        ++done;
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        report.tables.append(std::move(tablesOf[i]));
        report.timings.append({QString::fromLatin1(entries[i]->id), secondsOf[i]});
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
