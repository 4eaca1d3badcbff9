// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/storage/RegistryStore.h>

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace netzatlas;

namespace {

QString writerPath()
{
    return QDir(test::binaryDir()).filePath(QStringLiteral("netzatlas_storage_writer"));
}

} // namespace

TEST_CASE("Two processes writing the same registry 1,000 times each lose no update", "[storage][slow]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("shared.sqlite"));
    {
        auto registry = test::createRegistry(path);
        REQUIRE(registry->setMetaValue(QStringLiteral("counter"), QStringLiteral("0")).ok());
    }
    QProcess a;
    QProcess b;
    a.start(writerPath(), {QStringLiteral("increment"), path, QStringLiteral("1000")});
    b.start(writerPath(), {QStringLiteral("increment"), path, QStringLiteral("1000")});
    REQUIRE(a.waitForStarted());
    REQUIRE(b.waitForStarted());
    REQUIRE(a.waitForFinished(600000));
    REQUIRE(b.waitForFinished(600000));
    INFO(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError()).toStdString());
    REQUIRE(a.exitStatus() == QProcess::NormalExit);
    REQUIRE(b.exitStatus() == QProcess::NormalExit);
    REQUIRE(a.exitCode() == 0);
    REQUIRE(b.exitCode() == 0);
    auto registry = RegistryStore::openSqlite(path);
    REQUIRE(registry.ok());
    CHECK((*registry)->metaValue(QStringLiteral("counter")).value() == QStringLiteral("2000"));
    CHECK(RegistryStore::integrityCheck(path).value() == QStringLiteral("ok"));
}

TEST_CASE("Killing a writing process at random moments never loses an acknowledged write", "[storage][slow]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.sqlite"));
    test::createRegistry(path).reset();
    QStringList acknowledged;
    QRandomGenerator random(4711);
    for (int round = 0; round < 100; ++round) {
        QProcess writer;
        writer.start(writerPath(), {QStringLiteral("insert"), path, QStringLiteral("r%1").arg(round)});
        REQUIRE(writer.waitForStarted());
        // Let it write for a random moment (some rounds are killed while still opening the file).
        QThread::msleep(random.bounded(5, 120));
        writer.kill(); // SIGKILL: no chance to clean up
        REQUIRE(writer.waitForFinished(30000));
        const QString output = QString::fromUtf8(writer.readAllStandardOutput());
        for (const QString &line : output.split(u'\n')) {
            // A line cut off by the kill has no newline and was not necessarily acknowledged.
            if (!line.isEmpty() && output.contains(line + u'\n'))
                acknowledged << line;
        }
        REQUIRE(RegistryStore::integrityCheck(path).value() == QStringLiteral("ok"));
    }
    INFO("acknowledged writes: " << acknowledged.size());
    REQUIRE(acknowledged.size() > 100);
    auto registry = RegistryStore::openSqlite(path);
    REQUIRE(registry.ok());
    for (const QString &key : std::as_const(acknowledged)) {
        auto found = (*registry)->actorByKey(key);
        REQUIRE(found.ok());
        if (!found->has_value())
            FAIL("acknowledged write missing: " << key.toStdString());
    }
    CHECK(RegistryStore::integrityCheck(path).value() == QStringLiteral("ok"));
}
