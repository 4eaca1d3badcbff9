// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/AnalysisRunner.h>

#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/storage/RegistryStore.h>

#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace netzatlas {

using namespace netzatlas::analysis;

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{}

AnalysisRunner::~AnalysisRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool AnalysisRunner::isRunning() const
{
    return m_thread != nullptr;
}

void AnalysisRunner::setDocument(RegistryDocument *document)
{
    if (m_thread) {
        // The worker never touches the document; stop it and drop what it finds.
        m_cancel = true;
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    m_report = AnalysisReport();
    m_hasReport = false;
    setOutdated(false);
    if (!document)
        return;
    // Every change of the registry content that the analyses read.
    auto watch = [this, document](auto signal) {
        m_documentConnections.append(connect(document, signal, this, &AnalysisRunner::registryChanged));
    };
    watch(&RegistryDocument::actorsReset);
    watch(&RegistryDocument::actorAdded);
    watch(&RegistryDocument::actorChanged);
    watch(&RegistryDocument::actorRemoved);
    watch(&RegistryDocument::linksReset);
    watch(&RegistryDocument::linkAdded);
    watch(&RegistryDocument::linkChanged);
    watch(&RegistryDocument::linkRemoved);
    watch(&RegistryDocument::committeesReset);
    watch(&RegistryDocument::committeeAdded);
    watch(&RegistryDocument::committeeChanged);
    watch(&RegistryDocument::committeeRemoved);
    watch(&RegistryDocument::territoriesReset);
    watch(&RegistryDocument::cataloguesReset);
    watch(&RegistryDocument::metadataChanged);
}

bool AnalysisRunner::start(const AnalysisRequest &request)
{
    if (m_thread) {
        Q_EMIT failed(tr("Es läuft bereits eine Analyse."));
        return false;
    }
    if (!m_document) {
        Q_EMIT failed(tr("Es ist keine Registry geöffnet."));
        return false;
    }
    auto ids = resolveAnalyses(request.analyses);
    if (!ids.ok()) {
        Q_EMIT failed(ids.error().message);
        return false;
    }
    m_request = request;
    m_request.analyses = *ids;
    m_cancel = false;
    m_changedDuringRun = false;
    m_result = Error::make(QString());

    // A file of its own for the worker, else the input is read here (see the class comment).
    const QString path = m_document->path();
    const bool ownConnection = !path.isEmpty() && path != u":memory:" && QFileInfo(path).isFile();
    std::shared_ptr<const AnalysisInput> preloaded;
    if (!ownConnection) {
        auto input = AnalysisInput::load(m_document->repository());
        if (!input.ok()) {
            Q_EMIT failed(input.error().toString());
            return false;
        }
        preloaded = std::make_shared<const AnalysisInput>(std::move(input).value());
    }

    const AnalysisRequest runRequest = m_request;
    auto work = [this, path, ownConnection, preloaded, runRequest] {
        std::shared_ptr<const AnalysisInput> input = preloaded;
        if (ownConnection) {
            OpenOptions options;
            options.readOnly = true;
            auto opened = RegistryStore::open(path, options);
            if (!opened.ok()) {
                m_result = opened.error();
                return;
            }
            std::unique_ptr<RegistryRepository> repository = std::move(opened).value();
            auto loaded = AnalysisInput::load(*repository);
            repository.reset(); // closed in the thread that opened it
            if (!loaded.ok()) {
                m_result = loaded.error();
                return;
            }
            input = std::make_shared<const AnalysisInput>(std::move(loaded).value());
        }
        if (m_cancel) {
            m_result = Error::make(tr("Die Analyse wurde abgebrochen."));
            return;
        }
        JobControl control;
        control.cancel = &m_cancel;
        // At most about a hundred queued events per run, so that the GUI thread is not flooded.
        control.progress = [this, last = -1](double fraction, const QString &step) mutable {
            const int percent = std::clamp(static_cast<int>(fraction * 100.0), 0, 100);
            if (percent == last)
                return;
            last = percent;
            QMetaObject::invokeMethod(
                this, [this, percent, step] { Q_EMIT progress(percent, step); }, Qt::QueuedConnection);
        };
        AnalysisJob job(std::move(input), runRequest);
        m_result = job.run(control);
    };
    m_thread = QThread::create(work);
    m_thread->setObjectName(QStringLiteral("netzatlas-analysis"));
    connect(m_thread, &QThread::finished, this, &AnalysisRunner::workerDone);
    m_thread->start(QThread::LowPriority);
    Q_EMIT started();
    Q_EMIT progress(0, tr("Registry lesen"));
    return true;
}

void AnalysisRunner::cancel()
{
    if (m_thread)
        m_cancel = true;
}

void AnalysisRunner::workerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_cancel) {
        Q_EMIT cancelled();
        return;
    }
    if (!m_result.ok()) {
        Q_EMIT failed(m_result.error().toString());
        return;
    }
    m_report = std::move(m_result).value();
    m_result = Error::make(QString());
    m_hasReport = true;
    setOutdated(m_changedDuringRun);
    Q_EMIT finished(m_report);
}

void AnalysisRunner::registryChanged()
{
    if (m_thread)
        m_changedDuringRun = true;
    if (m_hasReport)
        setOutdated(true);
}

void AnalysisRunner::setOutdated(bool outdated)
{
    if (outdated == m_outdated)
        return;
    m_outdated = outdated;
    Q_EMIT outdatedChanged(outdated);
}

} // namespace netzatlas
