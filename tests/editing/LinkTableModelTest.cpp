// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DocumentFixture.h"

#include <netzatlas/editing/ActorFilterProxyModel.h>
#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/CommitteeTableModel.h>
#include <netzatlas/editing/LinkFilterProxyModel.h>
#include <netzatlas/editing/LinkTableModel.h>
#include <netzatlas/editing/RecordFilterProxyModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

ActorId idOf(const RegistryDocument &document, const QString &key)
{
    for (const Actor &a : document.actors()) {
        if (a.key == key)
            return a.id;
    }
    return {};
}

} // namespace

TEST_CASE("LinkTableModel shows one row per link with labels and follows added links", "[editing]")
{
    test::DocumentFixture f;
    LinkTableModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == SampleNetwork::links);
    const QModelIndex first = model.index(0, LinkTableModel::SourceColumn);
    CHECK(first.data().toString() == QStringLiteral("Kita Sonnenschein Hargesheim"));
    CHECK(model.index(0, LinkTableModel::TargetColumn).data().toString() == QStringLiteral("Grundschule Rüdesheim"));
    CHECK(model.index(0, LinkTableModel::TypeColumn).data().toString() ==
          QStringLiteral("Übergang Kita → Grundschule"));
    CHECK(model.index(0, LinkTableModel::DirectionColumn).data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("gerichtet"));

    // A second link between the same pair is its own row.
    CooperationLink again = *model.linkAt(0);
    again.typeCode = QStringLiteral("ELTERNARBEIT");
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(f.document->push(new AddRecordCommand(f.document.get(), again)).ok());
    CHECK(inserted.count() == 1);
    CHECK(reset.isEmpty());
    CHECK(model.rowCount() == SampleNetwork::links + 1);
    f.document->undoStack()->undo();
    CHECK(model.rowCount() == SampleNetwork::links);
}

TEST_CASE("LinkFilterProxyModel filters by type, Handlungsfeld, status, date and territory", "[editing]")
{
    test::DocumentFixture f;
    const ActorId kita = idOf(*f.document, QStringLiteral("KITA-HAR"));
    const ActorId gym = idOf(*f.document, QStringLiteral("GYM-MZ"));
    CooperationLink link;
    link.source = kita;
    link.target = gym;
    link.typeCode = QStringLiteral("SPRACHFOERDERUNG");
    link.actionField = QStringLiteral("SPRACHFOERDERUNG");
    link.status = QStringLiteral("RUHEND");
    link.validFrom = QDate(2025, 8, 1);
    link.validUntil = QDate(2026, 7, 31);
    link.note = QStringLiteral("Lesepaten");
    REQUIRE(f.document->push(new AddRecordCommand(f.document.get(), link)).ok());

    LinkTableModel model(f.document.get());
    LinkFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(proxy.rowCount() == SampleNetwork::links + 1);

    proxy.setTypeFilter(QStringLiteral("SPRACHFOERDERUNG"));
    CHECK(proxy.rowCount() == 1);
    proxy.setTypeFilter({});
    proxy.setActionFieldFilter(QStringLiteral("SPRACHFOERDERUNG"));
    CHECK(proxy.rowCount() == 1);
    proxy.setActionFieldFilter({});
    proxy.setStatusFilter(QStringLiteral("AKTIV"));
    CHECK(proxy.rowCount() == SampleNetwork::links);
    proxy.setStatusFilter({});
    proxy.setValidAt(QDate(2024, 1, 1));
    CHECK(proxy.rowCount() == SampleNetwork::links); // the dated link is not yet valid
    proxy.setValidAt(QDate(2026, 7, 31));
    CHECK(proxy.rowCount() == SampleNetwork::links + 1); // last day included
    proxy.setValidAt({});
    proxy.setTerritoryFilter(SampleNetwork::mainzRs()); // either end in Mainz
    CHECK(proxy.rowCount() == 1);
    proxy.setTerritoryFilter({});
    proxy.setQuickFilter(QStringLiteral("lesepaten"));
    CHECK(proxy.rowCount() == 1);
    CHECK(proxy.isFiltering());
}

TEST_CASE("ActorFilterProxyModel filters by type and SCP", "[editing]")
{
    test::DocumentFixture f;
    ActorTableModel model(f.document.get());
    ActorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setTypeFilter(QStringLiteral("SCHULE"));
    CHECK(proxy.rowCount() == 6);
    proxy.setScpOnly(true);
    CHECK(proxy.rowCount() == SampleNetwork::scpSchools);
    proxy.setTerritoryFilter(SampleNetwork::kreisRs());
    CHECK(proxy.rowCount() == SampleNetwork::scpSchools);
    proxy.setTypeFilter({});
    proxy.setScpOnly(false);
    proxy.setTerritoryFilter({});
    CHECK(proxy.rowCount() == SampleNetwork::actors);
    CHECK_FALSE(proxy.isFiltering());
}

TEST_CASE("CommitteeTableModel shows committees with members and follows renames of their actor", "[editing]")
{
    test::DocumentFixture f;
    CommitteeTableModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    Actor actor;
    actor.typeCode = QStringLiteral("GREMIUM");
    actor.name = QStringLiteral("Jugendhilfeausschuss Bad Kreuznach");
    actor.seatRs = SampleNetwork::kreisRs();
    Committee committee;
    committee.kind = QStringLiteral("JUGENDHILFEAUSSCHUSS");
    committee.members = {{MembershipId(),
                          CommitteeId(),
                          idOf(*f.document, QStringLiteral("JA-KH")),
                          QStringLiteral("Geschäftsführung"),
                          {},
                          {}}};
    REQUIRE(f.document->push(new AddRecordCommand(f.document.get(), actor, committee)).ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CommitteeTableModel::NameColumn).data().toString() == actor.name);
    CHECK(model.index(0, CommitteeTableModel::KindColumn).data().toString() == QStringLiteral("Jugendhilfeausschuss"));
    CHECK(model.index(0, CommitteeTableModel::MembersColumn).data().toString() == QStringLiteral("1"));
    CHECK(model.index(0, CommitteeTableModel::MembersColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Kreisjugendamt Bad Kreuznach (Geschäftsführung)"));
    CHECK(model.index(0, CommitteeTableModel::SeatColumn).data().toString() ==
          QStringLiteral("Landkreis Bad Kreuznach"));

    RecordFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setValueFilter(CommitteeTableModel::KindRole, QStringLiteral("STEUERGRUPPE"));
    CHECK(proxy.rowCount() == 0);
    proxy.setValueFilter(CommitteeTableModel::KindRole, QString());
    proxy.setQuickFilter(QStringLiteral("kreisjugendamt"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("RegistryDocument suggests Schulträger and Jugendamt and warns of probable duplicates", "[editing]")
{
    test::DocumentFixture f;
    Actor school;
    school.typeCode = QStringLiteral("SCHULE");
    school.name = QStringLiteral("Grundschule Hargesheim");
    school.schoolKind = QStringLiteral("GS");
    school.seatRs = QStringLiteral("071335006040");
    CHECK(f.document->suggestSchoolAuthority(school) == SampleNetwork::vgRuedesheimRs());
    CHECK(f.document->suggestYouthOffice(school) == SampleNetwork::kreisRs());
    school.schoolKind = QStringLiteral("IGS");
    CHECK(f.document->suggestSchoolAuthority(school) == SampleNetwork::kreisRs());
    CHECK(f.document->territoryPath(school.seatRs) ==
          QStringLiteral("Landkreis Bad Kreuznach \u203a Verbandsgemeinde Rüdesheim \u203a Hargesheim"));

    Actor duplicate;
    duplicate.typeCode = QStringLiteral("SCHULE");
    duplicate.name = QStringLiteral("grundschule rüdesheim");
    duplicate.seatRs = SampleNetwork::gemeindeRuedesheimRs();
    duplicate.schoolKind = QStringLiteral("GS");
    QList<ValidationIssue> issues = f.document->validateActor(duplicate);
    REQUIRE(issues.size() == 1);
    CHECK(issues.constFirst().severity == ValidationIssue::Severity::Warning);
    duplicate.name = QStringLiteral("Andere Schule");
    duplicate.schoolNumber = QStringLiteral("12345");
    issues = f.document->validateActor(duplicate);
    REQUIRE(issues.size() == 1);
    CHECK(issues.constFirst().message.contains(QStringLiteral("12345")));
    duplicate.schoolNumber.clear();
    CHECK(f.document->validateActor(duplicate).isEmpty());
}
