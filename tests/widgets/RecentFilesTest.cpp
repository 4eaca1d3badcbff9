// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "widgets/RecentFiles.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace netzatlas;

TEST_CASE("RecentFiles keeps the newest eight existing files", "[widgets]")
{
    test::SettingsSandbox settings;
    test::TempDir dir;
    CHECK(RecentFiles::entries().isEmpty());

    QStringList paths;
    for (int i = 1; i <= 10; ++i)
        paths << dir.write(QStringLiteral("registry-%1.sqlite").arg(i), "x");
    for (const QString &path : paths)
        RecentFiles::add(path);

    QStringList entries = RecentFiles::entries();
    REQUIRE(entries.size() == RecentFiles::maxCount());
    CHECK(entries.first() == paths.at(9));
    CHECK(entries.last() == paths.at(2));

    // Opening one again moves it to the top without duplicating it.
    RecentFiles::add(paths.at(5));
    entries = RecentFiles::entries();
    CHECK(entries.first() == paths.at(5));
    CHECK(entries.count(paths.at(5)) == 1);
    CHECK(entries.size() == RecentFiles::maxCount());

    // Files that are gone disappear from the list.
    REQUIRE(QFile::remove(paths.at(9)));
    entries = RecentFiles::entries();
    CHECK_FALSE(entries.contains(paths.at(9)));
    CHECK(entries.size() == RecentFiles::maxCount() - 1);

    RecentFiles::remove(paths.at(5));
    CHECK_FALSE(RecentFiles::entries().contains(paths.at(5)));
    RecentFiles::clear();
    CHECK(RecentFiles::entries().isEmpty());
}
