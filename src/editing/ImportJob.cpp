// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ImportJob.h>

#include <netzatlas/core/Log.h>
#include <netzatlas/io/CsvReader.h>
#include <netzatlas/io/XlsxReader.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QThread>

namespace netzatlas {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::startWorker(QThread *thread, void (ImportJob::*done)())
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = thread;
    m_cancel = false;
    connect(m_thread, &QThread::finished, this, done);
    m_thread->start();
}

void ImportJob::loadTable(const QString &file, const QString &sheet)
{
    startWorker(QThread::create([this, file, sheet] {
                    m_sheetNames.clear();
                    m_table = readTableFile(file, sheet);
                    if (m_table.ok() && !m_table->sheet.isEmpty()) {
                        if (auto names = XlsxReader::sheetNames(file); names.ok())
                            m_sheetNames = *names;
                    }
                }),
                &ImportJob::tableLoaded);
}

void ImportJob::run(const QString &registryPath, const ImportSource &source, const ImportOptions &options)
{
    auto work = [this, registryPath, source, options] {
        // A connection of this thread's own: the GUI thread's repository must not be used here.
        auto opened = RegistryStore::open(registryPath);
        if (!opened.ok()) {
            m_report = opened.error();
            return;
        }
        std::unique_ptr<RegistryRepository> repository = std::move(opened).value();
        ExchangeImporter importer(*repository);
        int lastReported = -1;
        m_report = importer.run({source}, options, [this, &lastReported](int done, int total) {
            // About a hundred progress events for any size, so that the GUI thread is not flooded.
            const int step = std::max(1, total / 100);
            if (done == total || done - lastReported >= step) {
                lastReported = done;
                Q_EMIT progress(done, total);
            }
            return !m_cancel.load();
        });
        repository.reset(); // close in the thread that opened it
    };
    startWorker(QThread::create(work), &ImportJob::workerDone);
}

void ImportJob::workerDone()
{
    if (m_report.ok())
        Log::info("editing", QStringLiteral("import job finished: %1").arg(m_report->dryRun ? u"dry run" : u"import"));
    Q_EMIT finished();
}

} // namespace netzatlas
