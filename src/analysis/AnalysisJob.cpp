// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/analysis/AnalysisJob.h>

#include "AnalysisContext.h"

#include <QElapsedTimer>
#include <QLocale>

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
};

const Entry Entries[] = {
    {"overview", QT_TRANSLATE_NOOP("netzatlas::analysis", "Netz im Überblick"),
     QT_TRANSLATE_NOOP(
         "netzatlas::analysis",
         "Dichte, Komponenten, Durchmesser, Weglänge, Clusterung, Modularität, Schlüsselakteure und Brücken."),
     0, &runOverview},
    {"centrality", QT_TRANSLATE_NOOP("netzatlas::analysis", "Zentralität der Akteure"),
     QT_TRANSLATE_NOOP("netzatlas::analysis",
                       "Grad, gewichteter Grad, Betweenness, Closeness, Eigenvektor, k-Kern, Clusterung, Constraint je "
                       "Akteur."),
     0, &runCentrality},
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
     6, &runBrokers},
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
        for (const Entry &e : Entries) {
            if (QLatin1String(e.id) == id)
                entry = &e;
        }
        const double base = 0.05 + (pathsDone ? pathShare : 0.0);
        control.report(base + (0.95 - base) * static_cast<double>(i) / static_cast<double>(ids.size()),
                       tr(entry->title));
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
