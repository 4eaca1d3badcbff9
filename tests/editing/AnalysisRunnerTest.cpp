// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// AnalysisRunner: a run on the demo registry off the GUI thread, cancel, outdated results after an edit, and
// a registry without a file.
#include "DocumentFixture.h"
#include "TestSupport.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/AnalysisRunner.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/storage/RegistryStore.h>

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

using namespace netzatlas;
using namespace netzatlas::analysis;

namespace {

struct DemoDocument
{
    DemoDocument()
    {
        const QString path = dir.file(QStringLiteral("demo.sqlite"));
        {
            auto registry = test::createDemoRegistry(path);
            auto key = registry->metaValue(QStringLiteral("demo_gap_scp_without_youth_welfare"));
            REQUIRE(key.ok());
            auto actor = registry->actorByKey(*key);
            REQUIRE(actor.ok());
            REQUIRE(actor->has_value());
            gapSchool = (*actor)->id;
            asOf = QDate::fromString(registry->metaValue(QStringLiteral("demo_as_of")).valueOr(QString()), Qt::ISODate);
        }
        auto opened = RegistryDocument::open(path);
        REQUIRE(opened.ok());
        document = std::move(opened).value();
    }

    test::TempDir dir;
    std::unique_ptr<RegistryDocument> document;
    ActorId gapSchool;
    QDate asOf;
};

/// Waits until one of the spies has a signal (the worker's signals are queued to this thread).
bool waitForAny(std::initializer_list<QSignalSpy *> spies, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (QSignalSpy *spy : spies) {
            if (!spy->isEmpty())
                return true;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return false;
}

} // namespace

TEST_CASE("AnalysisRunner finds the demo's SCP school without Jugendhilfe off the GUI thread", "[editing][analysis]")
{
    DemoDocument demo;
    AnalysisRunner runner;
    runner.setDocument(demo.document.get());
    QSignalSpy started(&runner, &AnalysisRunner::started);
    QSignalSpy progress(&runner, &AnalysisRunner::progress);
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    QSignalSpy failed(&runner, &AnalysisRunner::failed);
    QSignalSpy cancelled(&runner, &AnalysisRunner::cancelled);

    AnalysisRequest request;
    request.analyses = {QStringLiteral("youth-welfare"), QStringLiteral("overview")};
    request.snapshot.at = demo.asOf;
    REQUIRE(runner.start(request));
    CHECK(runner.isRunning());
    CHECK(started.size() == 1);
    // A second start while running is refused with a message.
    CHECK_FALSE(runner.start(request));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("bereits")));

    REQUIRE(waitForAny({&finished, &cancelled}));
    CHECK(cancelled.isEmpty());
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(runner.isRunning());
    REQUIRE(runner.hasReport());
    CHECK_FALSE(runner.isOutdated());
    CHECK(progress.size() >= 2);
    CHECK(progress.last().at(0).toInt() <= 100);

    const AnalysisReport &report = runner.report();
    CHECK(report.analyses == QStringList{QStringLiteral("overview"), QStringLiteral("youth-welfare")});
    CHECK(report.date == demo.asOf);
    CHECK(report.actorCount == demo.document->actors().size());
    const ResultTable *schools = report.table(QStringLiteral("youth-welfare.schools"));
    REQUIRE(schools);
    CHECK_FALSE(schools->explanation.isEmpty());
    bool found = false;
    for (const ResultRow &row : schools->rows)
        found = found || row.actors.contains(demo.gapSchool);
    CHECK(found);
}

TEST_CASE("AnalysisRunner cancels a run and reports it as cancelled", "[editing][analysis]")
{
    DemoDocument demo;
    AnalysisRunner runner;
    runner.setDocument(demo.document.get());
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    QSignalSpy cancelled(&runner, &AnalysisRunner::cancelled);
    QSignalSpy failed(&runner, &AnalysisRunner::failed);
    REQUIRE(runner.start(AnalysisRequest{}));
    runner.cancel();
    REQUIRE(waitForAny({&finished, &cancelled, &failed}));
    CHECK(cancelled.size() == 1);
    CHECK(finished.isEmpty());
    CHECK(failed.isEmpty());
    CHECK_FALSE(runner.isRunning());
    CHECK_FALSE(runner.hasReport());

    // The runner is usable again after a cancel.
    AnalysisRequest request;
    request.analyses = {QStringLiteral("overview")};
    REQUIRE(runner.start(request));
    REQUIRE(waitForAny({&finished, &failed}));
    CHECK(finished.size() == 1);
}

TEST_CASE("AnalysisRunner marks its result outdated when the registry changes", "[editing][analysis]")
{
    test::DocumentFixture fixture;
    AnalysisRunner runner;
    runner.setDocument(fixture.document.get());
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    QSignalSpy failed(&runner, &AnalysisRunner::failed);
    QSignalSpy outdated(&runner, &AnalysisRunner::outdatedChanged);
    AnalysisRequest request;
    request.analyses = {QStringLiteral("overview")};
    REQUIRE(runner.start(request));
    REQUIRE(waitForAny({&finished, &failed}));
    REQUIRE(finished.size() == 1);
    const int actorsBefore = runner.report().actorCount;
    CHECK_FALSE(runner.isOutdated());
    CHECK(outdated.isEmpty());

    Actor kita;
    kita.typeCode = QStringLiteral("KITA");
    kita.name = QStringLiteral("Kita Neu");
    kita.seatRs = QStringLiteral("071330006006");
    REQUIRE(fixture.document->push(new AddRecordCommand(fixture.document.get(), kita)).ok());
    CHECK(runner.isOutdated());
    REQUIRE(outdated.size() == 1);
    CHECK(outdated.at(0).at(0).toBool());

    // A new run shows the registry again.
    REQUIRE(runner.start(request));
    finished.clear();
    REQUIRE(waitForAny({&finished, &failed}));
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(runner.isOutdated());
    CHECK(runner.report().actorCount == actorsBefore + 1);
}

TEST_CASE("AnalysisRunner reads a registry without a file on the GUI thread", "[editing][analysis]")
{
    auto registry = RegistryStore::openSqlite(QStringLiteral(":memory:"), OpenOptions{true, false, 1000});
    REQUIRE(registry.ok());
    auto opened = RegistryDocument::fromRepository(std::move(registry).value());
    REQUIRE(opened.ok());
    std::unique_ptr<RegistryDocument> document = std::move(opened).value();
    AnalysisRunner runner;
    runner.setDocument(document.get());
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    QSignalSpy failed(&runner, &AnalysisRunner::failed);
    REQUIRE(runner.start(AnalysisRequest{}));
    REQUIRE(waitForAny({&finished, &failed}));
    INFO((failed.isEmpty() ? QString() : failed.at(0).at(0).toString()).toStdString());
    REQUIRE(finished.size() == 1);
    CHECK(runner.report().actorCount == 0);
    CHECK(runner.report().analyses.size() == availableAnalyses().size());

    // An unknown analysis is refused before anything runs.
    AnalysisRequest unknown;
    unknown.analyses = {QStringLiteral("gibt-es-nicht")};
    CHECK_FALSE(runner.start(unknown));
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("gibt-es-nicht")));
}
