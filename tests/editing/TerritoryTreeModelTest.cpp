// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DocumentFixture.h"

#include <netzatlas/editing/TerritoryTreeModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data(TerritoryTreeModel::NameRole).toString();
    return names;
}

} // namespace

TEST_CASE("TerritoryTreeModel lists Kreise, Verbandsgemeinden and Gemeinden with actor counts", "[editing]")
{
    test::DocumentFixture fixture;
    TerritoryTreeModel model(fixture.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // "Alle Gebiete" on top, then the 36 Kreise and kreisfreie Städte of Rhineland-Palatinate.
    REQUIRE(model.rowCount() == 1 + 36);
    const QModelIndex all = model.allTerritoriesIndex();
    CHECK(all == model.index(0, 0));
    CHECK(all.data().toString() == QStringLiteral("Alle Gebiete (15)"));
    CHECK(all.data(TerritoryTreeModel::RegionalKeyRole).toString().isEmpty());
    CHECK(all.data(TerritoryTreeModel::LevelRole).toInt() == -1);
    CHECK(model.rowCount(all) == 0);
    CHECK(model.indexForRs(QString()) == all);

    const QModelIndex kreis = model.indexForRs(SampleNetwork::kreisRs());
    REQUIRE(kreis.isValid());
    CHECK_FALSE(kreis.parent().isValid());
    CHECK(kreis.data().toString() == QStringLiteral("Landkreis Bad Kreuznach (13)"));
    CHECK(kreis.data(TerritoryTreeModel::ActorCountRole).toInt() == SampleNetwork::inKreisBadKreuznach);
    CHECK(kreis.data(TerritoryTreeModel::LevelRole).toInt() == static_cast<int>(TerritoryLevel::Kreis));
    CHECK(childNames(model, kreis) ==
          QStringList({QStringLiteral("Stadt Bad Kreuznach"), QStringLiteral("Verbandsgemeinde Bad Kreuznach"),
                       QStringLiteral("Verbandsgemeinde Kirner Land"),
                       QStringLiteral("Verbandsgemeinde Langenlonsheim-Stromberg"),
                       QStringLiteral("Verbandsgemeinde Nahe-Glan"), QStringLiteral("Verbandsgemeinde Rüdesheim")}));

    const QModelIndex vg = model.indexForRs(SampleNetwork::vgRuedesheimRs());
    REQUIRE(vg.isValid());
    CHECK(vg.parent() == kreis);
    CHECK(vg.data().toString() == QStringLiteral("Verbandsgemeinde Rüdesheim (3)"));
    CHECK(vg.data(TerritoryTreeModel::RegionalKeyRole).toString() == SampleNetwork::vgRuedesheimRs());
    CHECK(vg.data(Qt::ToolTipRole).toString().contains(SampleNetwork::vgRuedesheimRs()));
    CHECK(model.rowCount(vg) == 32); // the Ortsgemeinden of the VG in the Gemeindeverzeichnis
    const QStringList gemeinden = childNames(model, vg);
    CHECK(gemeinden.first() == QStringLiteral("Allenfeld"));
    CHECK(gemeinden.contains(QStringLiteral("Hargesheim")));

    const QModelIndex gemeinde = model.indexForRs(SampleNetwork::gemeindeRuedesheimRs());
    REQUIRE(gemeinde.isValid());
    CHECK(gemeinde.parent() == vg);
    CHECK(gemeinde.data().toString() == QStringLiteral("Rüdesheim (1)"));
    CHECK(model.flags(gemeinde).testFlag(Qt::ItemNeverHasChildren));
    CHECK(model.flags(gemeinde).testFlag(Qt::ItemIsSelectable));

    // A verbandsfreie Gemeinde is one leaf, keyed by its Gemeindeverband so the filter covers it.
    const QModelIndex stadt = model.indexForRs(SampleNetwork::stadtBadKreuznachRs());
    REQUIRE(stadt.isValid());
    CHECK(stadt.data().toString() == QStringLiteral("Stadt Bad Kreuznach (4)"));
    CHECK(model.rowCount(stadt) == 0);

    // A kreisfreie Stadt is a leaf on the top level.
    const QModelIndex mainz = model.indexForRs(SampleNetwork::mainzRs());
    REQUIRE(mainz.isValid());
    CHECK_FALSE(mainz.parent().isValid());
    CHECK(mainz.data().toString() == QStringLiteral("Stadt Mainz (1)"));
    CHECK(model.rowCount(mainz) == 0);

    // Territories without actors are shown greyed, with their zero.
    const QModelIndex empty = model.indexForRs(QStringLiteral("07134"));
    CHECK(empty.data().toString() == QStringLiteral("Landkreis Birkenfeld (0)"));
    CHECK(empty.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(kreis.data(Qt::ForegroundRole).isValid());

    CHECK_FALSE(model.indexForRs(QStringLiteral("09162")).isValid());
}

TEST_CASE("TerritoryTreeModel sorts by the plain name, whatever the kind of territory", "[editing]")
{
    test::DocumentFixture fixture;
    TerritoryTreeModel model(fixture.document.get());
    const QStringList names = childNames(model, {});
    CHECK(names.mid(1, 4) ==
          QStringList({QStringLiteral("Landkreis Ahrweiler"), QStringLiteral("Landkreis Altenkirchen (Westerwald)"),
                       QStringLiteral("Landkreis Alzey-Worms"), QStringLiteral("Landkreis Bad Dürkheim")}));
    // The Landkreis and the kreisfreie Stadt of the same name stand together.
    CHECK(names.indexOf(QStringLiteral("Stadt Kaiserslautern")) ==
          names.indexOf(QStringLiteral("Landkreis Kaiserslautern")) + 1);
    // Names that already say "Kreis" are not prefixed and sort under their own letter.
    CHECK(names.indexOf(QStringLiteral("Rhein-Hunsrück-Kreis")) > names.indexOf(QStringLiteral("Stadt Pirmasens")));
    CHECK(names.indexOf(QStringLiteral("Landkreis Südliche Weinstraße")) <
          names.indexOf(QStringLiteral("Landkreis Südwestpfalz")));
    CHECK(names.last() == QStringLiteral("Stadt Zweibrücken"));
}

TEST_CASE("TerritoryTreeModel updates counts in place when actors change", "[editing]")
{
    test::DocumentFixture fixture;
    TerritoryTreeModel model(fixture.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    Actor actor;
    actor.typeCode = QStringLiteral("KITA");
    actor.name = QStringLiteral("Kita Regenbogen");
    actor.seatRs = QStringLiteral("071335006040"); // Hargesheim, VG Rüdesheim
    REQUIRE(fixture.document->repository().insertActor(actor).ok());
    REQUIRE(fixture.document->reloadActors().ok());

    CHECK(resets.count() == 0);
    CHECK(changes.count() > 0);
    CHECK(model.allTerritoriesIndex().data().toString() == QStringLiteral("Alle Gebiete (16)"));
    CHECK(model.indexForRs(SampleNetwork::vgRuedesheimRs()).data().toString() ==
          QStringLiteral("Verbandsgemeinde Rüdesheim (4)"));
    CHECK(model.indexForRs(QStringLiteral("071335006040")).data().toString() == QStringLiteral("Hargesheim (2)"));
}

TEST_CASE("TerritoryTreeModel without a document offers only all territories", "[editing]")
{
    TerritoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.allTerritoriesIndex().data().toString() == QStringLiteral("Alle Gebiete (0)"));

    test::DocumentFixture fixture;
    model.setDocument(fixture.document.get());
    CHECK(model.rowCount() == 37);
    fixture.document.reset();
    CHECK(model.rowCount() == 1);
}

TEST_CASE("TerritoryTreeModel groups Kreise by Land when the registry holds several", "[editing]")
{
    test::TempDir dir;
    auto registry = test::createRegistry(dir.file(QStringLiteral("zwei.sqlite")));
    InitOptions options;
    options.land = QStringLiteral("07,10"); // Rhineland-Palatinate and Saarland
    REQUIRE(RegistrySetup::initialize(*registry, options).ok());
    auto document = RegistryDocument::fromRepository(std::move(registry));
    REQUIRE(document.ok());
    TerritoryTreeModel model(document->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(childNames(model, {}) ==
          QStringList({QStringLiteral("Alle Gebiete"), QStringLiteral("Rheinland-Pfalz"), QStringLiteral("Saarland")}));
    CHECK(model.rowCount(model.index(1, 0)) == 36);
    CHECK(model.indexForRs(QStringLiteral("10041")).parent() == model.index(2, 0));
}
