// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DocumentFixture.h"

#include <netzatlas/editing/ActorFilterProxyModel.h>
#include <netzatlas/editing/ActorTableModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

struct ProxyFixture : test::DocumentFixture
{
    ProxyFixture()
    {
        proxy.setSourceModel(&model);
        proxy.sort(ActorTableModel::NameColumn, Qt::AscendingOrder);
    }

    ActorTableModel model{document.get()};
    ActorFilterProxyModel proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_CASE("ActorFilterProxyModel quick filter ignores case and umlaut spelling", "[editing]")
{
    ProxyFixture f;
    REQUIRE(f.proxy.rowCount() == SampleNetwork::actors);
    QSignalSpy changed(&f.proxy, &ActorFilterProxyModel::filterChanged);

    // The Grundschule by name, the Kita and the Jugendtreff by their Verbandsgemeinde.
    for (const QString &spelling :
         {QStringLiteral("Rüdesheim"), QStringLiteral("Rudesheim"), QStringLiteral("Ruedesheim"),
          QStringLiteral("RÜDESHEIM"), QStringLiteral("rüdes")}) {
        INFO(spelling.toStdString());
        f.proxy.setQuickFilter(spelling);
        CHECK(f.proxy.rowCount() == 3);
    }

    f.proxy.setQuickFilter(QStringLiteral("grundschule  rudesheim"));
    CHECK(column(f.proxy, ActorTableModel::NameColumn) == QStringList{QStringLiteral("Grundschule Rüdesheim")});

    f.proxy.setQuickFilter(QStringLiteral("Ganztag")); // a tag
    CHECK(column(f.proxy, ActorTableModel::KeyColumn) ==
          QStringList({QStringLiteral("GS-RUE"), QStringLiteral("SV-BRE")}));

    f.proxy.setQuickFilter(QStringLiteral("erziehung")); // the notes
    CHECK(column(f.proxy, ActorTableModel::KeyColumn) == QStringList{QStringLiteral("JA-KH")});

    f.proxy.setQuickFilter(QStringLiteral("3456")); // a Schulnummer, also part of 23456
    CHECK(f.proxy.rowCount() == 2);

    f.proxy.setQuickFilter(QStringLiteral("okumenische")); // ö typed without the dots
    CHECK(f.proxy.rowCount() == 1);

    f.proxy.setQuickFilter(QStringLiteral("Grundschule Mainz"));
    CHECK(f.proxy.rowCount() == 0);

    f.proxy.setQuickFilter(QStringLiteral("   "));
    CHECK(f.proxy.rowCount() == SampleNetwork::actors);
    CHECK(f.proxy.quickFilter() == QStringLiteral("   "));
    CHECK(changed.count() == 12);
}

TEST_CASE("ActorFilterProxyModel territory filter keeps actors seated inside", "[editing]")
{
    ProxyFixture f;
    f.proxy.setTerritoryFilter(SampleNetwork::vgRuedesheimRs());
    CHECK(f.proxy.territoryFilter() == SampleNetwork::vgRuedesheimRs());
    CHECK(f.proxy.rowCount() == SampleNetwork::inVgRuedesheim);
    f.proxy.setTerritoryFilter(SampleNetwork::gemeindeRuedesheimRs());
    CHECK(f.proxy.rowCount() == SampleNetwork::inGemeindeRuedesheim);
    f.proxy.setTerritoryFilter(SampleNetwork::stadtBadKreuznachRs());
    CHECK(f.proxy.rowCount() == SampleNetwork::inStadtBadKreuznach);
    f.proxy.setTerritoryFilter(SampleNetwork::mainzRs());
    CHECK(f.proxy.rowCount() == SampleNetwork::inMainz);
    f.proxy.setTerritoryFilter(SampleNetwork::kreisRs());
    CHECK(f.proxy.rowCount() == SampleNetwork::inKreisBadKreuznach);

    // Both filters at once: the Grundschulen of the Kreis, not the Gymnasium in Mainz.
    f.proxy.setQuickFilter(QStringLiteral("schule"));
    CHECK(column(f.proxy, ActorTableModel::KeyColumn) ==
          QStringList({QStringLiteral("GS-BRE"), QStringLiteral("GS-OBH"), QStringLiteral("GS-RUE"),
                       QStringLiteral("IGS-KH"), QStringLiteral("MS-NAHE"), QStringLiteral("RSP-KIRN")}));

    f.proxy.setTerritoryFilter(QString());
    f.proxy.setQuickFilter(QString());
    CHECK(f.proxy.rowCount() == SampleNetwork::actors);
}

TEST_CASE("ActorFilterProxyModel sorts like a German reader expects", "[editing]")
{
    ProxyFixture f;
    CHECK(column(f.proxy, ActorTableModel::NameColumn) ==
          QStringList({
              QStringLiteral("Beratungsstelle Lebenswege"),
              QStringLiteral("Bibliothek Langenlonsheim"),
              QStringLiteral("Grundschule Bretzenheim"),
              QStringLiteral("Grundschule Oberhausen bei Kirn"),
              QStringLiteral("Grundschule Rüdesheim"),
              QStringLiteral("Gymnasium am Römerkastell"),
              QStringLiteral("Integrierte Gesamtschule am Salinental"),
              QStringLiteral("Jugendtreff Bockenau"),
              QStringLiteral("Kita Sonnenschein Hargesheim"),
              QStringLiteral("Kreisjugendamt Bad Kreuznach"),
              QStringLiteral("Musikschule Untere Nahe"),
              QStringLiteral("Ökumenische Familienbildungsstätte"), // Ö sorts with O, not after Z
              QStringLiteral("Realschule plus Kirn"),
              QStringLiteral("Sportverein Bretzenheim 1920"),
              QStringLiteral("Stadtverwaltung Bad Kreuznach, Schulverwaltung"),
          }));

    // Numbers by value, empty cells last in both directions.
    f.proxy.sort(ActorTableModel::SchoolNumberColumn, Qt::AscendingOrder);
    QStringList numbers = column(f.proxy, ActorTableModel::SchoolNumberColumn);
    CHECK(numbers.mid(0, 7) ==
          QStringList({QStringLiteral("3456"), QStringLiteral("12345"), QStringLiteral("23456"),
                       QStringLiteral("45678"), QStringLiteral("56789"), QStringLiteral("67890"), QString()}));
    f.proxy.sort(ActorTableModel::SchoolNumberColumn, Qt::DescendingOrder);
    numbers = column(f.proxy, ActorTableModel::SchoolNumberColumn);
    CHECK(numbers.first() == QStringLiteral("67890"));
    CHECK(numbers.at(5) == QStringLiteral("3456"));
    CHECK(numbers.last().isEmpty());

    f.proxy.sort(ActorTableModel::ScpColumn, Qt::DescendingOrder);
    const QStringList scp = column(f.proxy, ActorTableModel::ScpColumn);
    CHECK(scp.count(QStringLiteral("\u2713")) == SampleNetwork::scpSchools);
    CHECK(scp.mid(0, SampleNetwork::scpSchools).count(QStringLiteral("\u2713")) == SampleNetwork::scpSchools);
}
