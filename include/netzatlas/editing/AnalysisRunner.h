// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace netzatlas {

/// Runs an analysis::AnalysisJob on the registry of a RegistryDocument off the GUI thread, with progress and
/// cancel, and notices when the registry changes after the run started (the results are then "veraltet").
///
/// Threading (why it is safe): the document's repository is bound to the GUI thread. When the registry is a file,
/// the worker opens a read-only connection of its own to the same file, loads the AnalysisInput there (SQLite in
/// WAL mode lets the GUI keep reading and writing meanwhile) and closes it before it ends; the GUI thread's
/// repository is never touched from the worker. Edits during a run are committed transactions, so the worker sees
/// the registry before or after each of them; any edit after the start marks the result outdated. A registry
/// without a file (in memory) is read on the GUI thread in start() instead (small registries only: tests and
/// previews). The loaded input is plain data and the job is pure computation on it.
///
/// One run at a time; all signals arrive on the runner's (GUI) thread. Destroying a running runner cancels the
/// job and waits for the worker.
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /// The registry to analyse (nullptr: none). Cancels a running job and forgets the last result.
    void setDocument(RegistryDocument *document);
    [[nodiscard]] RegistryDocument *document() const { return m_document; }

    /// Starts a run; false (with failed()) when no registry is set, a run is under way or the request names an
    /// unknown analysis.
    bool start(const analysis::AnalysisRequest &request);
    /// Asks the running job to stop; cancelled() follows soon.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    /// The last finished report (empty before the first).
    [[nodiscard]] const analysis::AnalysisReport &report() const { return m_report; }
    [[nodiscard]] bool hasReport() const { return m_hasReport; }
    /// The request of the last started run.
    [[nodiscard]] const analysis::AnalysisRequest &request() const { return m_request; }
    /// True when the registry changed after the last run started: report() no longer shows the registry.
    [[nodiscard]] bool isOutdated() const { return m_outdated; }

Q_SIGNALS:
    void started();
    /// `percent` 0…100, `step` a German description of the current step.
    void progress(int percent, const QString &step);
    void finished(const netzatlas::analysis::AnalysisReport &report);
    void cancelled();
    /// `message` is a complete German sentence (with details).
    void failed(const QString &message);
    void outdatedChanged(bool outdated);

private:
    void workerDone();
    void registryChanged();
    void setOutdated(bool outdated);

    QPointer<RegistryDocument> m_document;
    QList<QMetaObject::Connection> m_documentConnections;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    analysis::AnalysisRequest m_request;
    Result<analysis::AnalysisReport> m_result = Error::make(QString());
    analysis::AnalysisReport m_report;
    bool m_hasReport = false;
    bool m_outdated = false;
    bool m_changedDuringRun = false;
};

} // namespace netzatlas
