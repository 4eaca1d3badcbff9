// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DocumentFixture.h"

#include <netzatlas/editing/ActorTableModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

int rowOfKey(const ActorTableModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.actorAt(row)->key == key)
            return row;
    }
    return -1;
}

QString text(const ActorTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("ActorTableModel shows one row per actor with German labels", "[editing]")
{
    test::DocumentFixture fixture;
    ActorTableModel model(fixture.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == SampleNetwork::actors);
    REQUIRE(model.columnCount() == ActorTableModel::ColumnCount);
    CHECK(model.headerData(ActorTableModel::NameColumn, Qt::Horizontal).toString() == QStringLiteral("Name"));
    CHECK(model.headerData(ActorTableModel::RegionColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Verbandsgemeinde/Kreis"));
    CHECK(model.headerData(ActorTableModel::KeyColumn, Qt::Horizontal).toString() == QStringLiteral("Schlüssel"));

    SECTION("a school in a Verbandsgemeinde")
    {
        const int row = rowOfKey(model, QStringLiteral("GS-RUE"));
        REQUIRE(row >= 0);
        CHECK(text(model, row, ActorTableModel::NameColumn) == QStringLiteral("Grundschule Rüdesheim"));
        CHECK(text(model, row, ActorTableModel::TypeColumn) == QStringLiteral("Schule"));
        CHECK(text(model, row, ActorTableModel::SchoolKindColumn) == QStringLiteral("Grundschule"));
        CHECK(text(model, row, ActorTableModel::ScpColumn) == QStringLiteral("\u2713"));
        CHECK(text(model, row, ActorTableModel::ScpColumn, Qt::AccessibleTextRole) == QStringLiteral("ja"));
        CHECK(text(model, row, ActorTableModel::ScpColumn, Qt::ToolTipRole).contains(QStringLiteral("2024")));
        CHECK(text(model, row, ActorTableModel::GemeindeColumn) == QStringLiteral("Rüdesheim"));
        CHECK(text(model, row, ActorTableModel::RegionColumn) == QStringLiteral("VG Rüdesheim"));
        CHECK(text(model, row, ActorTableModel::RegionColumn, Qt::ToolTipRole) ==
              QStringLiteral("Verbandsgemeinde Rüdesheim, Landkreis Bad Kreuznach"));
        CHECK(text(model, row, ActorTableModel::SchoolNumberColumn) == QStringLiteral("12345"));
        CHECK(text(model, row, ActorTableModel::KeyColumn) == QStringLiteral("GS-RUE"));

        const QModelIndex name = model.index(row, ActorTableModel::NameColumn);
        CHECK(name.data(Qt::DecorationRole).value<QColor>() == QColor(QStringLiteral("#1f5fa8")));
        CHECK(model.index(row, ActorTableModel::TypeColumn).data(Qt::DecorationRole).isNull());
        CHECK(name.data(ActorTableModel::SeatRsRole).toString() == SampleNetwork::gemeindeRuedesheimRs());
        CHECK(name.data(ActorTableModel::TypeCodeRole).toString() == QStringLiteral("SCHULE"));
        CHECK(name.data(ActorTableModel::ActorIdRole).toLongLong() == model.actorAt(row)->id.value);
        CHECK(model.rowOf(model.actorAt(row)->id) == row);
        CHECK(model.index(row, ActorTableModel::ScpColumn).data(ActorTableModel::SortRole).toInt() == 1);
    }
    SECTION("a verbandsfreie Stadt shows its Kreis")
    {
        const int row = rowOfKey(model, QStringLiteral("JA-KH"));
        REQUIRE(row >= 0);
        CHECK(text(model, row, ActorTableModel::TypeColumn) == QStringLiteral("Jugendamt"));
        CHECK(text(model, row, ActorTableModel::SchoolKindColumn).isEmpty());
        CHECK(text(model, row, ActorTableModel::ScpColumn).isEmpty());
        CHECK(text(model, row, ActorTableModel::ScpColumn, Qt::AccessibleTextRole) == QStringLiteral("nein"));
        CHECK(model.index(row, ActorTableModel::ScpColumn).data(ActorTableModel::SortRole).toInt() == 0);
        CHECK(text(model, row, ActorTableModel::GemeindeColumn) == QStringLiteral("Bad Kreuznach"));
        CHECK(text(model, row, ActorTableModel::RegionColumn) == QStringLiteral("Landkreis Bad Kreuznach"));
        CHECK(model.index(row, 0).data(Qt::DecorationRole).value<QColor>() == QColor(QStringLiteral("#2e7d32")));
    }
    SECTION("a kreisfreie Stadt and an actor without a seat")
    {
        const int mainz = rowOfKey(model, QStringLiteral("GYM-MZ"));
        CHECK(text(model, mainz, ActorTableModel::GemeindeColumn) == QStringLiteral("Mainz"));
        CHECK(text(model, mainz, ActorTableModel::RegionColumn) == QStringLiteral("Stadt Mainz"));
        const int none = rowOfKey(model, QStringLiteral("BER-X"));
        CHECK(text(model, none, ActorTableModel::GemeindeColumn).isEmpty());
        CHECK(text(model, none, ActorTableModel::RegionColumn).isEmpty());
        CHECK(text(model, none, ActorTableModel::NameColumn, ActorTableModel::SeatRsRole).isEmpty());
    }
    SECTION("the search text covers every text field, tags and notes included, in both umlaut spellings")
    {
        const QString school =
            text(model, rowOfKey(model, QStringLiteral("GS-RUE")), 0, ActorTableModel::SearchTextRole);
        CHECK(school.contains(QStringLiteral("grundschule ruedesheim")));
        CHECK(school.contains(QStringLiteral("grundschule rudesheim")));
        CHECK(school.contains(QStringLiteral("ganztag")));
        CHECK(school.contains(QStringLiteral("12345")));
        CHECK(school.contains(QStringLiteral("vg ruedesheim")));
        const QString office =
            text(model, rowOfKey(model, QStringLiteral("JA-KH")), 3, ActorTableModel::SearchTextRole);
        CHECK(office.contains(QStringLiteral("hilfen zur erziehung")));
        CHECK(office.contains(QStringLiteral("ja-kh")));
    }
}

TEST_CASE("ActorTableModel resets when the document's actors change", "[editing]")
{
    test::DocumentFixture fixture;
    ActorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.actorAt(0) == nullptr);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDocument(fixture.document.get());
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == SampleNetwork::actors);

    Actor actor;
    actor.typeCode = QStringLiteral("KITA");
    actor.name = QStringLiteral("Kita Regenbogen");
    actor.seatRs = QStringLiteral("071335006040");
    REQUIRE(fixture.document->repository().insertActor(actor).ok());
    REQUIRE(fixture.document->reloadActors().ok());
    CHECK(resets.count() == 2);
    CHECK(model.rowCount() == SampleNetwork::actors + 1);
    CHECK(rowOfKey(model, QStringLiteral("GS-RUE")) >= 0);

    fixture.document.reset();
    CHECK(model.rowCount() == 0);
    CHECK(model.document() == nullptr);
}
