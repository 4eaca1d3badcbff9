// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/Table.h>

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace netzatlas {

/// Reads an import file and runs a dry run or an import off the GUI thread, with progress and cancel.
///
/// Threading (why it is safe): the repository connection is bound to the thread that opened it, so the worker
/// opens a second repository instance on the same registry file and closes it before it ends. SQLite in WAL mode
/// lets the GUI thread keep reading meanwhile; the GUI does not write during an import (the import dialog is
/// modal). When an import has written, the caller re-reads the document on the GUI thread and pushes an
/// ImportCommand with the difference, so that the import is one undo step.
///
/// One job at a time per object; the signals arrive on the object's (GUI) thread. Destroying a running job
/// cancels it and waits for the worker.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /// Reads a CSV file (encoding, separator detected) or one sheet of an XLSX workbook (`sheet`: name or number,
    /// empty = the first); tableLoaded() when done, then table() and sheetNames().
    void loadTable(const QString &file, const QString &sheet = {});
    /// Runs `source` against the registry at `registryPath` (dry run: counts only, nothing stays written);
    /// progress() while running, finished() when done, then report().
    void run(const QString &registryPath, const ImportSource &source, const ImportOptions &options);
    /// Asks the worker to stop; an import that is cancelled writes nothing.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] const Result<Table> &table() const { return m_table; }
    /// The sheets of the workbook last loaded; empty for CSV.
    [[nodiscard]] QStringList sheetNames() const { return m_sheetNames; }
    [[nodiscard]] const Result<ImportReport> &report() const { return m_report; }

Q_SIGNALS:
    void tableLoaded();
    void progress(int done, int total);
    void finished();

private:
    void startWorker(QThread *thread, void (ImportJob::*done)());
    void workerDone();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    Result<Table> m_table = Error::make(QString());
    QStringList m_sheetNames;
    Result<ImportReport> m_report = Error::make(QString());
};

} // namespace netzatlas
