// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The analysis panel driven through its widgets in the main window, on the demo registry.
#include "widgets/AnalysisPanel.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/MainWindow.h"
#include "widgets/Translations.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/AnalysisRunner.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/ResultTableModel.h>
#include <netzatlas/io/CsvReader.h>

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace netzatlas;

namespace {

struct Demo
{
    Demo()
    {
        path = dir.file(QStringLiteral("Demo.sqlite"));
        auto registry = test::createDemoRegistry(path);
        auto key = registry->metaValue(QStringLiteral("demo_gap_scp_without_youth_welfare"));
        REQUIRE(key.ok());
        auto actor = registry->actorByKey(*key);
        REQUIRE(actor.ok());
        REQUIRE(actor->has_value());
        gapSchool = (*actor)->id;
        gapSchoolName = (*actor)->name;
        asOf = QDate::fromString(registry->metaValue(QStringLiteral("demo_as_of")).valueOr(QString()), Qt::ISODate);
    }

    test::TempDir dir;
    QString path;
    ActorId gapSchool;
    QString gapSchoolName;
    QDate asOf;
};

/// The panel's controls, found by their object names.
struct Panel
{
    explicit Panel(MainWindow &window)
        : dock(window.findChild<QDockWidget *>(QStringLiteral("analysisDock")))
        , panel(window.findChild<AnalysisPanel *>(QStringLiteral("analysisPanel")))
    {
        REQUIRE(dock);
        REQUIRE(panel);
        choice = find<QTreeWidget>("analysisChoice");
        date = find<QDateEdit>("analysisDate");
        run = find<QPushButton>("runButton");
        cancel = find<QPushButton>("cancelButton");
        progress = find<QProgressBar>("analysisProgress");
        step = find<QLabel>("analysisStep");
        results = find<QTreeWidget>("resultList");
        stale = find<QFrame>("staleBanner");
        rerun = find<QPushButton>("rerunButton");
        title = find<QLabel>("resultTitle");
        explanation = find<QTextBrowser>("resultExplanation");
        showOnMap = find<QPushButton>("showOnMapButton");
        exportButton = find<QToolButton>("exportButton");
        table = find<QTableView>("resultTable");
        behind = find<QListWidget>("behindList");
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = panel->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }

    /// Waits for the end of the run (finished, cancelled or failed).
    bool waitForRun() const
    {
        for (int i = 0; i < 2400 && panel->isRunning(); ++i)
            QTest::qWait(50);
        QCoreApplication::processEvents();
        return !panel->isRunning();
    }

    [[nodiscard]] int column(const QString &key) const
    {
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->model()->headerData(c, Qt::Horizontal, ResultTableModel::ColumnKeyRole).toString() == key)
                return c;
        }
        return -1;
    }
    [[nodiscard]] QStringList columnTexts(int column) const
    {
        QStringList texts;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            texts.append(table->model()->index(row, column).data().toString());
        return texts;
    }
    [[nodiscard]] int rowOf(int column, const QString &text) const
    {
        return static_cast<int>(columnTexts(column).indexOf(text));
    }
    void clickHeader(int column) const
    {
        QHeaderView *header = table->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }

    QDockWidget *dock;
    AnalysisPanel *panel;
    QTreeWidget *choice = nullptr;
    QDateEdit *date = nullptr;
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *step = nullptr;
    QTreeWidget *results = nullptr;
    QFrame *stale = nullptr;
    QPushButton *rerun = nullptr;
    QLabel *title = nullptr;
    QTextBrowser *explanation = nullptr;
    QPushButton *showOnMap = nullptr;
    QToolButton *exportButton = nullptr;
    QTableView *table = nullptr;
    QListWidget *behind = nullptr;
};

} // namespace

TEST_CASE("Analysis panel shows the demo's SCP school without Jugendhilfe with its explanation", "[widgets][analysis]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    Demo demo;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openRegistry(demo.path));
    Panel p(window);
    CHECK_FALSE(p.dock->isVisible());
    // The demo is analysed on the day it was built for.
    REQUIRE(demo.asOf.isValid());
    CHECK(p.date->date() == demo.asOf);
    // Questions 1–9 and the measures of structure, all checked, with German names.
    REQUIRE(p.choice->topLevelItemCount() == 2);
    CHECK(p.choice->topLevelItem(0)->text(0) == QStringLiteral("Fragen der Koordination"));
    CHECK(p.choice->topLevelItem(0)->child(0)->text(0) == QStringLiteral("1 · SCP-Schulen ohne Jugendhilfe-Partner"));
    CHECK(p.panel->selectedAnalyses() == analysis::resolveAnalyses({}).value());
    CHECK(p.run->accessibleName() == QStringLiteral("Analyse starten"));
    CHECK_FALSE(p.cancel->isEnabled());

    // F5 brings the panel up and starts; the work runs off the GUI thread.
    QSignalSpy finished(p.panel->runner(), &AnalysisRunner::finished);
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK(p.dock->isVisible());
    CHECK(p.panel->isRunning());
    CHECK(p.cancel->isEnabled());
    CHECK_FALSE(p.run->isEnabled());
    REQUIRE(p.waitForRun());
    INFO(p.step->text().toStdString());
    REQUIRE(finished.size() == 1);
    CHECK(p.progress->value() == 100);
    CHECK(p.step->text().startsWith(QStringLiteral("Fertig")));
    CHECK(p.run->isEnabled());
    CHECK_FALSE(p.stale->isVisible());

    // The result list has the questions' tables; the SCP-school table holds the demo's gap school.
    REQUIRE(p.panel->showResult(QStringLiteral("youth-welfare.schools")));
    CHECK(p.results->currentItem()->text(0).startsWith(QStringLiteral("SCP-Schulen ohne Partner der Jugendhilfe (")));
    CHECK(p.title->text() == QStringLiteral("SCP-Schulen ohne Partner der Jugendhilfe"));
    const QString explanation = p.explanation->toPlainText();
    CHECK(explanation.contains(QStringLiteral("Jugendhilfe")));
    CHECK(explanation.contains(QStringLiteral("Was tun?")));
    const int school = p.column(QStringLiteral("school"));
    REQUIRE(school >= 0);
    const int gapRow = p.rowOf(school, demo.gapSchoolName);
    REQUIRE(gapRow >= 0);

    // Selecting the row shows the actors and links behind it; a double-click jumps to the actor.
    p.table->selectRow(gapRow);
    REQUIRE(p.behind->count() >= 1);
    QListWidgetItem *first = p.behind->item(0);
    CHECK(first->text().startsWith(demo.gapSchoolName));
    window.showPage(MainWindow::Page::Links);
    emit p.behind->itemActivated(first);
    CHECK(window.currentPage() == MainWindow::Page::Actors);
    CHECK(window.selectedActors() == QList<ActorId>{demo.gapSchool});

    // "Auf der Karte zeigen" hands the actors and links behind the selected row on (for now: selects them).
    QSignalSpy highlight(p.panel, &AnalysisPanel::highlightRequested);
    window.showPage(MainWindow::Page::Links);
    p.table->selectRow(gapRow);
    QTest::mouseClick(p.showOnMap, Qt::LeftButton);
    REQUIRE(highlight.size() == 1);
    const auto actors = highlight.at(0).at(0).value<QList<ActorId>>();
    CHECK(actors.contains(demo.gapSchool));
    CHECK(window.currentPage() == MainWindow::Page::Actors);
    CHECK(window.selectedActors().contains(demo.gapSchool));
    CHECK(window.selectedActors().size() == actors.size());

    // Export: the format of analyze --csv.
    const QString csv = demo.dir.file(QStringLiteral("schulen.csv"));
    REQUIRE(p.panel->exportCurrentTable(csv).ok());
    auto read = CsvReader::readFile(csv);
    REQUIRE(read.ok());
    REQUIRE(read->rows.size() == p.table->model()->rowCount());
    CHECK(read->header.contains(QStringLiteral("Akteur-IDs")));
    CHECK(read->header.contains(QStringLiteral("Schule")));
    bool exported = false;
    for (const TableRow &row : read->rows)
        exported = exported || row.cells.contains(demo.gapSchoolName);
    CHECK(exported);
    const QString all = demo.dir.file(QStringLiteral("alle"));
    REQUIRE(p.panel->exportAllTables(all).ok());
    CHECK(QFileInfo::exists(QDir(all).filePath(QStringLiteral("youth-welfare.schools.csv"))));
    CHECK(QFileInfo::exists(QDir(all).filePath(QStringLiteral("centrality.actors.csv"))) ==
          (p.panel->runner()->report().table(QStringLiteral("centrality.actors")) != nullptr));

    // The screenshot: the panel as a window of its own (the dock floats), German plural forms installed.
    Translations::install(Translations::Language::German);
    p.dock->setFloating(true);
    p.dock->resize(1400, 900);
    p.panel->showResult(QStringLiteral("centrality.actors"));
    REQUIRE(p.panel->showResult(QStringLiteral("youth-welfare.schools")));
    p.table->selectRow(gapRow);
    QCoreApplication::processEvents();
    // The explanation is shown whole, not cut off.
    const QTextDocument *text = p.explanation->document();
    CHECK(text->size().height() <= p.explanation->viewport()->height() + 1);
    test::saveScreenshot(*p.dock, QStringLiteral("analyse.png"));
    p.dock->setFloating(false);
}

TEST_CASE("Analysis panel sorts numbers as numbers when a column header is clicked", "[widgets][analysis]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    Demo demo;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openRegistry(demo.path));
    Panel p(window);
    p.dock->show();
    p.panel->setSelectedAnalyses({QStringLiteral("centrality")});
    QTest::mouseClick(p.run, Qt::LeftButton);
    REQUIRE(p.waitForRun());
    const QString tableId = p.panel->currentResultId();
    REQUIRE(tableId.startsWith(QStringLiteral("centrality")));
    REQUIRE(p.table->model()->rowCount() > 10);
    const int degree = p.column(QStringLiteral("degree"));
    REQUIRE(degree >= 0);

    auto keys = [&](int column) {
        QList<double> values;
        for (int row = 0; row < p.table->model()->rowCount(); ++row)
            values.append(p.table->model()->index(row, column).data(ResultTableModel::SortRole).toDouble());
        return values;
    };
    p.clickHeader(degree);
    const Qt::SortOrder firstOrder = p.table->horizontalHeader()->sortIndicatorOrder();
    QList<double> values = keys(degree);
    CHECK(std::is_sorted(values.begin(), values.end()) == (firstOrder == Qt::AscendingOrder));
    p.clickHeader(degree);
    values = keys(degree);
    if (p.table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
        CHECK(std::is_sorted(values.rbegin(), values.rend()));
    else
        CHECK(std::is_sorted(values.begin(), values.end()));
    // Displayed as numbers, the largest first when descending: "10" is not below "9".
    p.table->sortByColumn(degree, Qt::DescendingOrder);
    const QStringList texts = p.columnTexts(degree);
    CHECK(texts.constFirst().toInt() >= texts.constLast().toInt());
    int maximum = 0;
    for (const QString &t : texts)
        maximum = std::max(maximum, t.toInt());
    CHECK(texts.constFirst().toInt() == maximum);
    // Text columns sort as text.
    const int name = 0;
    p.table->sortByColumn(name, Qt::AscendingOrder);
    const QStringList names = p.columnTexts(name);
    CHECK(QString::localeAwareCompare(names.constFirst(), names.constLast()) <= 0);
}

TEST_CASE("Analysis panel cancels a run and marks its results outdated after an edit", "[widgets][analysis]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    Demo demo;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openRegistry(demo.path));
    Panel p(window);
    p.dock->show();
    p.panel->setDate(demo.asOf);

    // A first run to have results.
    p.panel->setSelectedAnalyses({QStringLiteral("youth-welfare")});
    QTest::mouseClick(p.run, Qt::LeftButton);
    REQUIRE(p.waitForRun());
    REQUIRE(p.panel->currentResultId() == QStringLiteral("youth-welfare.schools"));
    const int rows = p.table->model()->rowCount();

    // Cancel: the button stops the run; the previous results stay.
    QSignalSpy cancelled(p.panel->runner(), &AnalysisRunner::cancelled);
    p.panel->setSelectedAnalyses(analysis::resolveAnalyses({}).value());
    QTest::mouseClick(p.run, Qt::LeftButton);
    REQUIRE(p.panel->isRunning());
    QTest::mouseClick(p.cancel, Qt::LeftButton);
    REQUIRE(p.waitForRun());
    CHECK(cancelled.size() == 1);
    CHECK(p.step->text().startsWith(QStringLiteral("Abgebrochen")));
    CHECK(p.panel->currentResultId() == QStringLiteral("youth-welfare.schools"));
    CHECK(p.table->model()->rowCount() == rows);
    CHECK(p.run->isEnabled());
    CHECK_FALSE(p.stale->isVisible());

    // An edit after the run: "veraltet" with a button to run again.
    Actor kita;
    kita.typeCode = QStringLiteral("KITA");
    kita.name = QStringLiteral("Kita Neu im Netz");
    kita.seatRs = window.document()->actors().constFirst().seatRs;
    REQUIRE(window.document()->push(new AddRecordCommand(window.document(), kita)).ok());
    CHECK(p.stale->isVisible());
    CHECK(p.stale->findChild<QLabel *>(QStringLiteral("staleText"))->text().contains(QStringLiteral("Veraltet")));
    p.panel->setSelectedAnalyses({QStringLiteral("youth-welfare")});
    QTest::mouseClick(p.rerun, Qt::LeftButton);
    REQUIRE(p.waitForRun());
    CHECK_FALSE(p.stale->isVisible());
    CHECK(p.panel->currentResultId() == QStringLiteral("youth-welfare.schools"));
    // Undo is an edit as well.
    window.document()->undoStack()->undo();
    CHECK(p.stale->isVisible());
}
