// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include <netzatlas/editing/RegistryLock.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace netzatlas;

TEST_CASE("RegistryLock detects a second process, removes dead ones and breaks foreign ones on request",
          "[editing][lock]")
{
    test::TempDir dir;
    const QString registry = dir.file(QStringLiteral("Kreis.sqlite"));
    CHECK(RegistryLock::lockFilePathFor(registry) == QFileInfo(registry).absoluteFilePath() + QStringLiteral(".lock"));

    SECTION("a live holder is reported with its process and host")
    {
        RegistryLock first(registry);
        REQUIRE(first.tryAcquire() == RegistryLock::State::Acquired);
        REQUIRE(first.isLocked());
        RegistryLock second(registry);
        REQUIRE(second.tryAcquire() == RegistryLock::State::HeldByOther);
        const RegistryLock::Owner owner = second.owner();
        CHECK(owner.pid == QCoreApplication::applicationPid());
        CHECK(owner.onThisComputer);
        CHECK(owner.since.isValid());
    }

    SECTION("a lock of a dead process on this computer is stale and taken over silently")
    {
        QFile file(RegistryLock::lockFilePathFor(registry));
        REQUIRE(file.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application name, host name.
        file.write("999999999\nnetzatlas\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        file.close();
        RegistryLock lock(registry);
        CHECK(lock.tryAcquire() == RegistryLock::State::Acquired);
    }

    SECTION("a lock from another computer is offered for breaking")
    {
        QFile file(RegistryLock::lockFilePathFor(registry));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("4242\nnetzatlas\nrechner-im-schulamt\n");
        file.close();
        RegistryLock lock(registry);
        REQUIRE(lock.tryAcquire() == RegistryLock::State::HeldByOther);
        CHECK(lock.owner().hostName == QStringLiteral("rechner-im-schulamt"));
        CHECK_FALSE(lock.owner().onThisComputer);
        REQUIRE(lock.breakAndAcquire());
        CHECK(lock.isLocked());
    }
}
