// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// Measures and budgets in the editing layer: item models (checked by QAbstractItemModelTester), filters, and every
// command's undo and redo restoring store and models exactly.
#include "TestSupport.h"

#include <netzatlas/core/MeasurePlanning.h>
#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/BudgetTableModel.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/LinkTableModel.h>
#include <netzatlas/editing/MeasureTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/RemoveRecordsCommand.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace netzatlas;

namespace {

template<typename Record>
QList<Record> withoutVersions(QList<Record> records)
{
    for (Record &r : records)
        r.rowVersion = 0;
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

QStringList modelState(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            cells << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
        rows << cells.join(u'|');
    }
    return rows;
}

struct DemoFixture
{
    DemoFixture()
    {
        auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
        auto opened = RegistryDocument::fromRepository(std::move(registry));
        if (!opened.ok())
            FAIL(opened.error().toString().toStdString());
        document = std::move(opened).value();
        measures = std::make_unique<MeasureTableModel>(document.get());
        budgets = std::make_unique<BudgetTableModel>(document.get());
        links = std::make_unique<LinkTableModel>(document.get());
        proxy.setSourceModel(measures.get());
        measureTester = std::make_unique<QAbstractItemModelTester>(
            measures.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        budgetTester = std::make_unique<QAbstractItemModelTester>(
            budgets.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester =
            std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    struct State
    {
        QList<Measure> storedMeasures;
        QList<Budget> storedBudgets;
        QList<CooperationLink> storedLinks;
        QStringList measureRows;
        QStringList budgetRows;
        QStringList linkRows;
        bool operator==(const State &) const = default;
    };

    State state()
    {
        RegistryRepository &r = document->repository();
        return State{withoutVersions(*r.measures()), withoutVersions(*r.budgets()), withoutVersions(*r.links()),
                     modelState(*measures),          modelState(*budgets),          modelState(*links)};
    }

    void checkRoundTrip(RegistryCommand *command)
    {
        const State before = state();
        REQUIRE(document->push(command).ok());
        const State after = state();
        REQUIRE_FALSE(after == before);
        QUndoStack *stack = document->undoStack();
        stack->undo();
        CHECK(state().storedMeasures == before.storedMeasures);
        CHECK(state().storedBudgets == before.storedBudgets);
        CHECK(state().storedLinks == before.storedLinks);
        CHECK(state().measureRows == before.measureRows);
        CHECK(state().budgetRows == before.budgetRows);
        CHECK(state() == before);
        stack->redo();
        CHECK(state() == after);
        stack->undo();
        CHECK(state() == before);
    }

    const Measure &measureWith(const QString &pillar)
    {
        for (const Measure &m : document->measures()) {
            if (m.pillar == pillar)
                return m;
        }
        FAIL("no measure of pillar " << pillar.toStdString());
        return document->measures().constFirst();
    }

    test::TempDir dir;
    std::unique_ptr<RegistryDocument> document;
    std::unique_ptr<MeasureTableModel> measures;
    std::unique_ptr<BudgetTableModel> budgets;
    std::unique_ptr<LinkTableModel> links;
    MeasureFilterProxyModel proxy;
    std::unique_ptr<QAbstractItemModelTester> measureTester;
    std::unique_ptr<QAbstractItemModelTester> budgetTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

int countIf(const QList<Measure> &measures, const std::function<bool(const Measure &)> &predicate)
{
    return static_cast<int>(std::count_if(measures.cbegin(), measures.cend(), predicate));
}

Measure newTraegerMeasure(const RegistryDocument &document)
{
    Measure m;
    m.pillar = QStringLiteral("II_TRAEGER");
    m.budgetPot = QStringLiteral("SCHULTRAEGER");
    m.schoolYear = QStringLiteral("2025/26");
    m.title = QStringLiteral("Ferienleseclub an zwei Grundschulen");
    m.measureArea = QStringLiteral("IND-POT");
    m.status = QStringLiteral("ENTWURF");
    for (const Actor &a : document.actors()) {
        if (a.typeCode == u"SCHULE" && m.schools.size() < 2)
            m.schools.append(a.id);
    }
    m.plannedCost = 1'234'50;
    m.yearCosts = {MeasureYearCost{QStringLiteral("2025/26"), 1'234'50, 0, 0, 0}};
    m.recommended = true;
    return m;
}

} // namespace

TEST_CASE("The measure model lists every measure of the demo registry with German labels", "[editing][measures]")
{
    DemoFixture f;
    REQUIRE(f.measures->rowCount() == f.document->measures().size());
    REQUIRE(f.measures->rowCount() == 60);
    const Measure *first = f.measures->measureAt(0);
    REQUIRE(first);
    const QModelIndex pillar = f.measures->index(0, MeasureTableModel::PillarColumn);
    CHECK(pillar.data().toString().startsWith(QStringLiteral("Säule")));
    const QModelIndex cost = f.measures->index(0, MeasureTableModel::PlannedColumn);
    CHECK(cost.data().toString() == Money::format(first->plannedCost));
    CHECK(cost.data(MeasureTableModel::SortRole).toLongLong() == first->plannedCost);
}

TEST_CASE("The measure filter selects by pillar, school year, status, school, Maßnahmenbereich and text",
          "[editing][measures]")
{
    DemoFixture f;
    const QList<Measure> &all = f.document->measures();
    f.proxy.setPillarFilter(QStringLiteral("III"));
    CHECK(f.proxy.rowCount() == countIf(all, [](const Measure &m) { return m.pillar == u"III"; }));
    CHECK(f.proxy.rowCount() > 0);
    f.proxy.setPillarFilter(QStringLiteral("II"));
    CHECK(f.proxy.rowCount() == countIf(all, [](const Measure &m) { return m.pillar.startsWith(u"II_"); }));
    f.proxy.setPillarFilter({});
    CHECK(f.proxy.rowCount() == all.size());

    const QString year = all.constFirst().schoolYear;
    f.proxy.setSchoolYearFilter(year);
    CHECK(f.proxy.rowCount() == countIf(all, [&](const Measure &m) { return m.schoolYear == year; }));
    f.proxy.setSchoolYearFilter({});

    f.proxy.setStatusFilter(QStringLiteral("BEWILLIGT"));
    CHECK(f.proxy.rowCount() == countIf(all, [](const Measure &m) { return m.status == u"BEWILLIGT"; }));
    f.proxy.setStatusFilter({});

    f.proxy.setAreaFilter(QStringLiteral("IND-POT"));
    const int potential = countIf(all, [](const Measure &m) { return m.measureArea == u"IND-POT"; });
    CHECK(potential > 0);
    CHECK(f.proxy.rowCount() == potential);
    f.proxy.setAreaFilter({});

    ActorId school;
    for (const Measure &m : all) {
        if (m.schools.size() > 1) {
            school = m.schools.at(1);
            break;
        }
    }
    REQUIRE(school.isValid());
    f.proxy.setSchoolFilter(school);
    const int atSchool = countIf(all, [&](const Measure &m) { return m.schools.contains(school); });
    CHECK(f.proxy.rowCount() == atSchool);
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const auto ids = f.proxy.index(row, 0).data(MeasureTableModel::SchoolIdsRole).toList();
        CHECK(ids.contains(QVariant(school.value)));
    }
    f.proxy.setSchoolFilter({});

    const Measure &target = all.at(7);
    f.proxy.setQuickFilter(target.title.toLower());
    REQUIRE(f.proxy.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        found = found || f.proxy.index(row, 0).data(MeasureTableModel::MeasureIdRole).toLongLong() == target.id.value;
    CHECK(found);
}

TEST_CASE("Adding a measure is undone and redone exactly, with the same id and key", "[editing][measures][undo]")
{
    DemoFixture f;
    auto *command = new AddRecordCommand(f.document.get(), newTraegerMeasure(*f.document));
    QSignalSpy inserted(f.measures.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(f.measures.get(), &QAbstractItemModel::modelReset);
    f.checkRoundTrip(command);
    CHECK(reset.isEmpty());
    CHECK(inserted.size() == 2);
    f.document->undoStack()->redo();
    const auto *stored = static_cast<const AddRecordCommand *>(f.document->undoStack()->command(0));
    REQUIRE(stored->created().removedMeasures.size() == 1);
    const Measure created = stored->created().removedMeasures.constFirst();
    CHECK_FALSE(created.key.isEmpty());
    CHECK(created.yearCosts.size() == 1);
    const Measure *again = f.document->measure(created.id);
    REQUIRE(again);
    CHECK(again->key == created.key);
    CHECK(f.measures->rowOf(created.id) >= 0);
}

TEST_CASE("Changing a measure and a bulk status change are one undo step each", "[editing][measures][undo]")
{
    DemoFixture f;
    Measure before = f.measureWith(QStringLiteral("III"));
    Measure after = before;
    after.fte = before.fte + 0.5;
    after.status = QStringLiteral("BEWILLIGT");
    after.history.append(MeasureStatusStep{QStringLiteral("BEWILLIGT"), QDate(2025, 9, 1), QStringLiteral("ADD")});
    QSignalSpy changed(f.measures.get(), &QAbstractItemModel::dataChanged);
    f.checkRoundTrip(ChangeRecordsCommand::changeMeasure(f.document.get(), before, after));
    CHECK_FALSE(changed.isEmpty());

    RecordSet b;
    RecordSet a;
    for (int i = 0; i < 5; ++i) {
        Measure m = f.document->measures().at(i);
        b.measures.append(m);
        m.status = QStringLiteral("ABGESCHLOSSEN");
        a.measures.append(m);
    }
    const int index = f.document->undoStack()->index();
    f.checkRoundTrip(new ChangeRecordsCommand(f.document.get(), QStringLiteral("Status"), b, a));
    // One command for the five measures: the stack holds exactly one more step than before.
    CHECK(f.document->undoStack()->count() == index + 1);
}

TEST_CASE("Removing a measure puts it and the links that named it back on undo", "[editing][measures][undo]")
{
    DemoFixture f;
    MeasureId named;
    for (const CooperationLink &l : f.document->links()) {
        if (l.measure.isValid()) {
            named = l.measure;
            break;
        }
    }
    if (!named.isValid()) {
        // The demo may carry no link with a measure: name one ourselves first.
        CooperationLink l = f.document->links().constFirst();
        CooperationLink changed = l;
        changed.measure = f.document->measures().constFirst().id;
        REQUIRE(f.document->push(ChangeRecordsCommand::changeLink(f.document.get(), l, changed)).ok());
        named = changed.measure;
    }
    auto snapshot = f.document->measureRemovalSnapshot({named});
    REQUIRE(snapshot.ok());
    CHECK(snapshot.value().removedMeasures.size() == 1);
    CHECK_FALSE(snapshot.value().otherLinks.isEmpty());
    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Maßnahme löschen"), snapshot.value()));
    f.document->undoStack()->redo();
    CHECK_FALSE(f.document->measure(named));
    for (const CooperationLink &l : f.document->links())
        CHECK(l.measure != named);
}

TEST_CASE("Budgets are added, changed and removed as undoable commands", "[editing][budgets][undo]")
{
    DemoFixture f;
    const Budget existing = f.document->budgets().constFirst();
    Budget changed = existing;
    changed.amount = existing.amount + 10'000'00;
    f.checkRoundTrip(ChangeRecordsCommand::changeBudget(f.document.get(), existing, changed));

    Budget fresh;
    fresh.holder = existing.holder;
    fresh.pillar = existing.pillar;
    fresh.schoolYear = QStringLiteral("2031/32");
    fresh.amount = 50'000'00;
    f.checkRoundTrip(new AddRecordCommand(f.document.get(), fresh));

    RecordSet removal;
    removal.budgets.append(existing);
    f.checkRoundTrip(new RemoveRecordsCommand(f.document.get(), QStringLiteral("Budget löschen"), removal));
}

TEST_CASE("The budget model shows the derived sums and marks spending above the budget", "[editing][budgets]")
{
    DemoFixture f;
    const auto figures = deriveBudgetFigures(f.document->measures(), f.document->budgets(), f.document->actors());
    REQUIRE(f.budgets->rowCount() == static_cast<int>(figures.size()));
    REQUIRE(f.budgets->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < f.budgets->rowCount(); ++r) {
        const BudgetFigures *line = f.budgets->figuresAt(r);
        if (line->hasBudget && line->planned > 0) {
            row = r;
            break;
        }
    }
    REQUIRE(row >= 0);
    const BudgetFigures line = *f.budgets->figuresAt(row);
    CHECK(f.budgets->index(row, BudgetTableModel::PlannedColumn).data(BudgetTableModel::CentsRole).toLongLong() ==
          line.planned);
    CHECK(f.budgets->index(row, BudgetTableModel::PlannedColumn).data().toString() == Money::format(line.planned));

    // Cut the budget below what is planned: the planned sum is marked, undo takes the mark away.
    const BudgetId budgetId(f.budgets->index(row, 0).data(BudgetTableModel::BudgetIdRole).toLongLong());
    const Budget *budget = f.document->budget(budgetId);
    REQUIRE(budget);
    Budget smaller = *budget;
    smaller.amount = line.planned / 2;
    const bool wasOver =
        f.budgets->index(row, BudgetTableModel::PlannedColumn).data(BudgetTableModel::OverBudgetRole).toBool();
    REQUIRE(f.document->push(ChangeRecordsCommand::changeBudget(f.document.get(), *budget, smaller)).ok());
    CHECK(f.budgets->index(row, BudgetTableModel::PlannedColumn).data(BudgetTableModel::OverBudgetRole).toBool());
    CHECK(f.budgets->index(row, 0).data(BudgetTableModel::OverBudgetRole).toBool());
    CHECK_FALSE(f.budgets->index(row, BudgetTableModel::PlannedColumn).data(Qt::ToolTipRole).toString().isEmpty());
    f.document->undoStack()->undo();
    CHECK(f.budgets->index(row, BudgetTableModel::PlannedColumn).data(BudgetTableModel::OverBudgetRole).toBool() ==
          wasOver);

    // A tolerance setting lifts the mark when the excess is within it.
    PlanningSettings settings;
    settings.overBudgetTolerance = 5.0;
    f.budgets->setSettings(settings);
    CHECK_FALSE(f.budgets->isOver(line, line.budget * 2));
}
