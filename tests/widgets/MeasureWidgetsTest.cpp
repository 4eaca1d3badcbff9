// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The SCP measures GUI: the pillar editors driven through their widgets, the measures tab's filters and bulk status
// change, the side panel's measures, the chart exports, and the screenshots for the handbook.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/ActorDetailPanel.h"
#include "widgets/ActorListEdit.h"
#include "widgets/MainWindow.h"
#include "widgets/MeasureCharts.h"
#include "widgets/MeasureEditorDialog.h"
#include "widgets/MeasuresPage.h"
#include "widgets/RecordPicker.h"

#include <netzatlas/editing/MeasureTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

using namespace netzatlas;

namespace {

/// QTest::keyClicks types ASCII only.
bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        FAIL("no child " << name.toStdString());
    return widget;
}

void typeAndPick(RecordPicker *picker, const QString &text)
{
    QLineEdit *edit = picker->lineEdit();
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
    QAbstractItemView *popup = picker->completer()->popup();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() > 0);
    QTest::keyClick(popup, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void clickSave(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

QList<Measure> storedMeasures(RegistryDocument &document)
{
    const auto measures = document.repository().measures();
    REQUIRE(measures.ok());
    return measures.value();
}

/// The demo registry in a main window (the measures and budgets tabs take it up).
struct DemoWindow
{
    DemoWindow()
    {
        const QString path = dir.file(QStringLiteral("Netzwerk Bad Kreuznach.sqlite"));
        test::createDemoRegistry(path);
        window.resize(1400, 900);
        window.show();
        REQUIRE(window.openRegistry(path));
        document = window.document();
    }

    QList<const Actor *> schools(int count) const
    {
        QList<const Actor *> result;
        for (const Actor &a : document->actors()) {
            if (a.isSchool() && a.scp && result.size() < count && isAscii(a.name))
                result.append(&a);
        }
        REQUIRE(result.size() == count);
        return result;
    }

    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    MainWindow window;
    RegistryDocument *document = nullptr;
};

QString visibleError(QWidget &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if ((label->objectName().startsWith(QStringLiteral("error_")) || label->objectName() == u"errorLabel") &&
            label->isVisibleTo(&dialog))
            texts << label->text();
    }
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("Säule II editor: filled through its widgets, bad input is refused with a German message, good input is "
          "stored, undo removes it",
          "[widgets][measures]")
{
    DemoWindow f;
    const QList<const Actor *> schools = f.schools(2);
    const Actor *partner = nullptr;
    for (const Actor &a : f.document->actors()) {
        if ((a.typeCode == u"FREIER_TRAEGER" || a.typeCode == u"VEREIN") && isAscii(a.name)) {
            partner = &a;
            break;
        }
    }
    REQUIRE(partner);
    const int before = static_cast<int>(storedMeasures(*f.document).size());
    const int undoSteps = f.document->undoStack()->count();

    Measure fresh;
    fresh.pillar = QStringLiteral("II_SCHULE");
    MeasureEditorDialog dialog(f.document, fresh, &f.window);
    dialog.show();
    QCoreApplication::processEvents();
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("titleEdit")),
                     QStringLiteral("Lernwerkstatt im Quartier"));
    auto *pillar = child<QComboBox>(dialog, QStringLiteral("pillarCombo"));
    selectData(pillar, QStringLiteral("II"));
    REQUIRE(child<QStackedWidget>(dialog, QStringLiteral("pillarPages"))->currentIndex() == 1);
    auto *year = child<QComboBox>(dialog, QStringLiteral("schoolYearCombo"));
    year->setCurrentText(QStringLiteral("2025/26"));
    selectData(child<QComboBox>(dialog, QStringLiteral("budgetPotCombo")), QStringLiteral("SCHULTRAEGER"));
    selectData(child<QComboBox>(dialog, QStringLiteral("measureAreaCombo")), QStringLiteral("INS-SOZ"));
    auto *fields = child<QListWidget>(dialog, QStringLiteral("actionFieldList"));
    REQUIRE(fields->count() > 0);
    fields->item(0)->setCheckState(Qt::Checked);
    const QString actionField = fields->item(0)->data(Qt::UserRole).toString();
    child<QCheckBox>(dialog, QStringLiteral("recommendedCheck"))->setChecked(true);
    for (const Actor *school : schools) {
        typeAndPick(child<RecordPicker>(dialog, QStringLiteral("schoolListPicker")), school->name);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("schoolListAdd")), Qt::LeftButton);
    }
    CHECK(child<QListWidget>(dialog, QStringLiteral("schoolList"))->count() == 2);
    typeAndPick(child<RecordPicker>(dialog, QStringLiteral("partnerListPicker")), partner->name);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("partnerListAdd")), Qt::LeftButton);
    CHECK(child<QListWidget>(dialog, QStringLiteral("partnerList"))->count() == 1);

    // Cost per school year: a text that is no amount.
    auto *costs = child<QTableWidget>(dialog, QStringLiteral("yearCostTable"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addYearButton")), Qt::LeftButton);
    REQUIRE(costs->rowCount() == 1);
    CHECK(costs->item(0, 0)->text() == QStringLiteral("2025/26"));
    costs->item(0, 1)->setText(QStringLiteral("zwölfhundert"));
    clickSave(dialog);
    QCoreApplication::processEvents();
    CHECK(dialog.isVisible());
    CHECK(dialog.fieldError(QStringLiteral("yearCosts")).contains(QStringLiteral("kein Betrag")));
    CHECK(dialog.fieldError(QStringLiteral("yearCosts")).contains(QStringLiteral("Kosten je Schuljahr")));
    CHECK(child<QLabel>(dialog, QStringLiteral("error_yearCosts"))->isVisibleTo(&dialog));
    CHECK(static_cast<int>(storedMeasures(*f.document).size()) == before);

    // A negative amount.
    costs->item(0, 1)->setText(QStringLiteral("-5,00"));
    clickSave(dialog);
    CHECK(dialog.fieldError(QStringLiteral("yearCosts")).contains(QStringLiteral("negativ")));
    CHECK(static_cast<int>(storedMeasures(*f.document).size()) == before);

    // A school year that is none: validateMeasure's message names the field.
    costs->item(0, 1)->setText(QStringLiteral("1.234,50"));
    year->setCurrentText(QStringLiteral("2025/27"));
    clickSave(dialog);
    CHECK(dialog.isVisible());
    CHECK(visibleError(dialog).contains(QStringLiteral("Schuljahr")));
    CHECK(static_cast<int>(storedMeasures(*f.document).size()) == before);
    year->setCurrentText(QStringLiteral("2025/26"));

    // Without a school.
    auto *schoolList2 = child<QListWidget>(dialog, QStringLiteral("schoolList"));
    schoolList2->selectAll();
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("schoolListRemove")), Qt::LeftButton);
    CHECK(schoolList2->count() == 0);
    clickSave(dialog);
    CHECK(dialog.isVisible());
    CHECK(visibleError(dialog).contains(QStringLiteral("Schule")));
    CHECK(static_cast<int>(storedMeasures(*f.document).size()) == before);
    for (const Actor *school : schools) {
        typeAndPick(child<RecordPicker>(dialog, QStringLiteral("schoolListPicker")), school->name);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("schoolListAdd")), Qt::LeftButton);
    }

    // Good input is stored as one undo step.
    clickSave(dialog);
    QCoreApplication::processEvents();
    INFO(visibleError(dialog).toStdString());
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.savedMeasure().isValid());
    const QList<Measure> after = storedMeasures(*f.document);
    REQUIRE(static_cast<int>(after.size()) == before + 1);
    const auto it =
        std::find_if(after.cbegin(), after.cend(), [&](const Measure &m) { return m.id == dialog.savedMeasure(); });
    REQUIRE(it != after.cend());
    CHECK(it->title == QStringLiteral("Lernwerkstatt im Quartier"));
    CHECK(it->pillar == QStringLiteral("II_TRAEGER"));
    CHECK(it->budgetPot == QStringLiteral("SCHULTRAEGER"));
    CHECK(it->measureArea == QStringLiteral("INS-SOZ"));
    CHECK(it->actionFields == QStringList{actionField});
    CHECK(it->schools == QList<ActorId>{schools.at(0)->id, schools.at(1)->id});
    CHECK(it->partners == QList<ActorId>{partner->id});
    CHECK(it->recommended);
    REQUIRE(it->yearCosts.size() == 1);
    CHECK(it->yearCosts.constFirst().planned == 1'234'50);
    CHECK(it->plannedCost == 1'234'50);
    CHECK(f.document->undoStack()->count() == undoSteps + 1);

    f.document->undoStack()->undo();
    CHECK(static_cast<int>(storedMeasures(*f.document).size()) == before);
    CHECK_FALSE(f.document->measure(dialog.savedMeasure()));
}

TEST_CASE("The measure editor's form follows the pillar, the schools carry over, the status steps are recorded",
          "[widgets][measures]")
{
    DemoWindow f;
    const Measure *staff = nullptr;
    for (const Measure &m : f.document->measures()) {
        if (m.pillar == u"III" && !m.schools.isEmpty()) {
            staff = &m;
            break;
        }
    }
    REQUIRE(staff);
    const Measure original = *staff;
    MeasureEditorDialog dialog(f.document, original, &f.window);
    dialog.show();
    QCoreApplication::processEvents();
    auto *pages = child<QStackedWidget>(dialog, QStringLiteral("pillarPages"));
    CHECK(pages->currentIndex() == 2);
    CHECK(child<QComboBox>(dialog, QStringLiteral("occupationGroupCombo"))->isVisibleTo(&dialog));
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("measureAreaCombo"))->isVisibleTo(&dialog));
    CHECK(child<QComboBox>(dialog, QStringLiteral("occupationGroupCombo"))->currentData().toString() ==
          original.occupationGroup);
    CHECK(child<QDoubleSpinBox>(dialog, QStringLiteral("fteSpin"))->value() == Approx(original.fte));
    CHECK(child<QListWidget>(dialog, QStringLiteral("servedSchoolList"))->count() == original.schools.size());
    CHECK(child<QComboBox>(dialog, QStringLiteral("occupationGroupCombo"))->count() == 15); // 14 groups + none

    auto *pillar = child<QComboBox>(dialog, QStringLiteral("pillarCombo"));
    selectData(pillar, QStringLiteral("I"));
    CHECK(pages->currentIndex() == 0);
    CHECK(child<QComboBox>(dialog, QStringLiteral("investmentKindCombo"))->isVisibleTo(&dialog));
    CHECK(child<QComboBox>(dialog, QStringLiteral("investmentKindCombo"))->count() == 7); // 6 kinds + none
    CHECK_FALSE(child<QComboBox>(dialog, QStringLiteral("occupationGroupCombo"))->isVisibleTo(&dialog));
    selectData(pillar, QStringLiteral("II"));
    CHECK(pages->currentIndex() == 1);
    CHECK(child<QComboBox>(dialog, QStringLiteral("measureAreaCombo"))->isVisibleTo(&dialog));
    CHECK(child<QComboBox>(dialog, QStringLiteral("measureAreaCombo"))->count() == 8); // 7 codes + none
    CHECK(child<QListWidget>(dialog, QStringLiteral("schoolList"))->count() == 1);     // Säule I keeps one school
    selectData(pillar, QStringLiteral("III"));

    // The status workflow: the button names the next step; a step is recorded with its date and note.
    auto *next = child<QPushButton>(dialog, QStringLiteral("nextStepButton"));
    const QString statusBefore = original.status;
    if (statusBefore != u"ABGESCHLOSSEN") {
        CHECK(next->text().startsWith(QStringLiteral("Nächster Schritt: ")));
        dialog.advanceStatus(QDate(2026, 3, 2), QStringLiteral("Bescheid 12/2026"));
        auto *history = child<QTreeWidget>(dialog, QStringLiteral("historyList"));
        CHECK(history->topLevelItemCount() == original.history.size() + 1);
        CHECK(history->topLevelItem(history->topLevelItemCount() - 1)->text(2) == QStringLiteral("Bescheid 12/2026"));
        clickSave(dialog);
        QCoreApplication::processEvents();
        INFO(visibleError(dialog).toStdString());
        REQUIRE_FALSE(dialog.isVisible());
        const Measure *stored = f.document->measure(original.id);
        REQUIRE(stored);
        CHECK(stored->status != statusBefore);
        CHECK(stored->history.size() == original.history.size() + 1);
        CHECK(stored->history.constLast().date == QDate(2026, 3, 2));
        f.document->undoStack()->undo();
        CHECK(f.document->measure(original.id)->status == statusBefore);
    }
}

TEST_CASE("The measures tab filters by pillar, school year, status, school, area and text, and sets the status of "
          "many measures in one undo step",
          "[widgets][measures]")
{
    DemoWindow f;
    MeasuresPage *page = f.window.measuresPage();
    REQUIRE(page);
    auto *tabs = child<QTabWidget>(f.window, QStringLiteral("recordTabs"));
    tabs->setCurrentWidget(page);
    QCoreApplication::processEvents();
    QTableView *table = child<QTableView>(f.window, QStringLiteral("measureTable"));
    const QList<Measure> &all = f.document->measures();
    CHECK(table->model()->rowCount() == all.size());
    auto count = [&](auto predicate) { return static_cast<int>(std::count_if(all.cbegin(), all.cend(), predicate)); };

    selectData(child<QComboBox>(f.window, QStringLiteral("measurePillarFilter")), QStringLiteral("III"));
    CHECK(table->model()->rowCount() == count([](const Measure &m) { return m.pillar == u"III"; }));
    selectData(child<QComboBox>(f.window, QStringLiteral("measurePillarFilter")), QStringLiteral("II"));
    CHECK(table->model()->rowCount() == count([](const Measure &m) { return m.pillar.startsWith(u"II_"); }));
    child<QComboBox>(f.window, QStringLiteral("measurePillarFilter"))->setCurrentIndex(0);

    const QString year = all.constFirst().schoolYear;
    selectData(child<QComboBox>(f.window, QStringLiteral("measureYearFilter")), year);
    CHECK(table->model()->rowCount() == count([&](const Measure &m) { return m.schoolYear == year; }));
    child<QComboBox>(f.window, QStringLiteral("measureYearFilter"))->setCurrentIndex(0);

    selectData(child<QComboBox>(f.window, QStringLiteral("measureStatusFilter")), QStringLiteral("UMGESETZT"));
    CHECK(table->model()->rowCount() == count([](const Measure &m) { return m.status == u"UMGESETZT"; }));
    child<QComboBox>(f.window, QStringLiteral("measureStatusFilter"))->setCurrentIndex(0);

    selectData(child<QComboBox>(f.window, QStringLiteral("measureAreaFilter")), QStringLiteral("IND-POT"));
    CHECK(table->model()->rowCount() == count([](const Measure &m) { return m.measureArea == u"IND-POT"; }));
    child<QComboBox>(f.window, QStringLiteral("measureAreaFilter"))->setCurrentIndex(0);

    const ActorId school = all.constFirst().schools.constFirst();
    selectData(child<QComboBox>(f.window, QStringLiteral("measureSchoolFilter")), QString::number(school.value));
    CHECK(table->model()->rowCount() == count([&](const Measure &m) { return m.schools.contains(school); }));
    child<QComboBox>(f.window, QStringLiteral("measureSchoolFilter"))->setCurrentIndex(0);

    // The longest ASCII word of a title (keyClicks types ASCII only) finds that measure and not all.
    QString word;
    for (const QString &w : all.at(3).title.split(u' ')) {
        if (isAscii(w) && w.size() > word.size())
            word = w;
    }
    REQUIRE(word.size() >= 4);
    QTest::keyClicks(child<QLineEdit>(f.window, QStringLiteral("measureSearch")), word);
    CHECK(table->model()->rowCount() >= 1);
    CHECK(table->model()->rowCount() < all.size());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(
            table->model()->index(row, 0).data(MeasureTableModel::SearchTextRole).toString().contains(word.toLower()));
    child<QLineEdit>(f.window, QStringLiteral("measureSearch"))->clear();
    CHECK(table->model()->rowCount() == all.size());
    CHECK(child<QLabel>(f.window, QStringLiteral("measureShown"))->text().contains(QString::number(all.size())));

    // The planning rules are shown with their explanation.
    CHECK_FALSE(page->findings().empty());
    CHECK(child<QListWidget>(f.window, QStringLiteral("ruleFindings"))->count() ==
          static_cast<int>(page->findings().size()));

    // Three rows, one status, one undo step.
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<MeasureId> selected = page->selectedMeasures();
    REQUIRE(selected.size() == 3);
    QList<QString> statusBefore;
    for (MeasureId id : selected)
        statusBefore << f.document->measure(id)->status;
    const int steps = f.document->undoStack()->count();
    page->setStatusOfSelected(QStringLiteral("ABGESCHLOSSEN"));
    CHECK(f.document->undoStack()->count() == steps + 1);
    for (MeasureId id : selected)
        CHECK(f.document->measure(id)->status == QStringLiteral("ABGESCHLOSSEN"));
    f.document->undoStack()->undo();
    for (int i = 0; i < selected.size(); ++i)
        CHECK(f.document->measure(selected.at(i))->status == statusBefore.at(i));
}

TEST_CASE("The side panel lists the measures of the selected actor", "[widgets][measures]")
{
    DemoWindow f;
    const Measure &m = f.document->measures().constFirst();
    const ActorId school = m.schools.constFirst();
    f.window.selectActor(school);
    QCoreApplication::processEvents();
    auto *list = child<QTreeWidget>(f.window, QStringLiteral("detailMeasures"));
    const int expected = static_cast<int>(f.document->measuresOf(school).size());
    REQUIRE(expected > 0);
    CHECK(list->topLevelItemCount() == expected);
    bool found = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        found = found || list->topLevelItem(i)->text(0).startsWith(m.title);
    CHECK(found);
}

TEST_CASE("Every chart exports as a valid PNG and SVG, replacing an older file", "[widgets][charts]")
{
    DemoWindow f;
    using K = MeasureCharts::Kind;
    for (K kind :
         {K::BudgetByPillarYear, K::MeasuresPerStatus, K::MeasuresPerSchool, K::MeasuresPerArea, K::FteByOccupation}) {
        std::unique_ptr<QChart> chart(MeasureCharts::create(kind, *f.document));
        REQUIRE(chart);
        CHECK_FALSE(chart->series().isEmpty());
        const QString png = f.dir.file(QStringLiteral("chart%1.png").arg(static_cast<int>(kind)));
        const QString svg = f.dir.file(QStringLiteral("chart%1.svg").arg(static_cast<int>(kind)));
        f.dir.write(QStringLiteral("chart%1.png").arg(static_cast<int>(kind)), QByteArray("old"));
        REQUIRE(MeasureCharts::exportPng(chart.get(), png, QSize(800, 500)).ok());
        REQUIRE(MeasureCharts::exportSvg(chart.get(), svg, QSize(800, 500)).ok());
        QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 1600);
        CHECK(image.height() == 1000);
        // Not blank: the bars and the text leave many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        CHECK(colours.size() > 20);
        QSvgRenderer renderer(svg);
        CHECK(renderer.isValid());
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(MeasureCharts::title(kind).toHtmlEscaped()));
        if (kind == K::BudgetByPillarYear) {
            CHECK(text.contains(QStringLiteral("Tsd. €")));
            CHECK(text.contains(QStringLiteral("bewilligt")));
        }
        if (kind == K::MeasuresPerStatus)
            CHECK(text.contains(QStringLiteral("Anzahl der Maßnahmen")));
    }
    // A file that cannot be written: a German message with the path, nothing half written.
    const Status failed =
        MeasureCharts::exportPng(std::unique_ptr<QChart>(MeasureCharts::create(K::MeasuresPerArea, *f.document)).get(),
                                 f.dir.file(QStringLiteral("no/such/folder/x.png")), QSize(400, 300));
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().file.endsWith(QStringLiteral("no/such/folder/x.png")));
    CHECK(failed.error().message.contains(QStringLiteral("Datei")));
}

TEST_CASE("Screenshots of the measures tab, the Säule II and III editors and the budget charts",
          "[widgets][screenshots][measures]")
{
    DemoWindow f;
    auto *tabs = child<QTabWidget>(f.window, QStringLiteral("recordTabs"));
    tabs->setCurrentWidget(f.window.measuresPage());
    f.window.measuresPage()->table()->selectRow(0);
    QCoreApplication::processEvents();
    test::saveScreenshot(f.window, QStringLiteral("massnahmen.png"));

    const Measure *pillarII = nullptr;
    const Measure *pillarIII = nullptr;
    for (const Measure &m : f.document->measures()) {
        if (!pillarII && m.pillar == u"II_TRAEGER" && m.schools.size() >= 2 && !m.partners.isEmpty())
            pillarII = &m;
        if (!pillarIII && m.pillar == u"III")
            pillarIII = &m;
    }
    if (!pillarII) {
        for (const Measure &m : f.document->measures()) {
            if (!pillarII && m.pillar.startsWith(u"II_"))
                pillarII = &m;
        }
    }
    REQUIRE(pillarII);
    REQUIRE(pillarIII);
    {
        MeasureEditorDialog editor(f.document, *pillarII, &f.window);
        editor.show();
        QCoreApplication::processEvents();
        test::saveScreenshot(editor, QStringLiteral("saeule2-editor.png"));
    }
    {
        MeasureEditorDialog editor(f.document, *pillarIII, &f.window);
        editor.show();
        QCoreApplication::processEvents();
        test::saveScreenshot(editor, QStringLiteral("saeule3-editor.png"));
    }
    f.window.resize(1500, 1100);
    tabs->setCurrentWidget(f.window.budgetsPage());
    QCoreApplication::processEvents();
    test::saveScreenshot(f.window, QStringLiteral("budget-diagramme.png"));
}
