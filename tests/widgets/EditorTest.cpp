// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The editors driven through their widgets: type, pick, save, undo; and hostile text through every editor.
#include "SampleNetwork.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/ActorDetailPanel.h"
#include "widgets/ActorEditorDialog.h"
#include "widgets/BulkTagsDialog.h"
#include "widgets/CatalogueDialog.h"
#include "widgets/CommitteeEditorDialog.h"
#include "widgets/ContactEditorDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/LinkEditorDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/RecordPicker.h"
#include "widgets/TerritoryPicker.h"

#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/RegistryLock.h>

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

QString sampleRegistry(const test::TempDir &dir)
{
    const QString path = dir.file(QStringLiteral("Beispielnetz.sqlite"));
    auto registry = test::createRegistryWithTerritories(path);
    SampleNetwork::insert(*registry);
    return path;
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        FAIL("no child " << name.toStdString());
    return widget;
}

/// Types into a picker and picks the first match from the popup with the keyboard.
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

const Actor *actorNamed(RegistryDocument &document, const QString &name)
{
    for (const Actor &a : document.actors()) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QList<Actor> allActors(RegistryDocument &document)
{
    const auto actors = document.repository().actors();
    REQUIRE(actors.ok());
    return actors.value();
}

QList<CooperationLink> allLinks(RegistryDocument &document)
{
    const auto links = document.repository().links();
    REQUIRE(links.ok());
    return links.value();
}

QList<CatalogueEntry> catalogueOf(RegistryDocument &document, CatalogueKind kind)
{
    const auto entries = document.repository().catalogue(kind);
    REQUIRE(entries.ok());
    return entries.value();
}

std::optional<Actor> storedActor(RegistryDocument &document, const QString &name)
{
    for (const Actor &a : allActors(document)) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

struct WindowFixture
{
    WindowFixture()
    {
        window.resize(1400, 900);
        window.show();
        REQUIRE(window.openRegistry(sampleRegistry(dir)));
        document = window.document();
    }

    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    MainWindow window;
    RegistryDocument *document = nullptr;
};

/// Texts that break naive code: quotes, SQL, emoji, right-to-left marks, long text, umlauts and ß.
QStringList hostileTexts()
{
    return {QStringLiteral("O'Brien \"Zitat\" `Backtick` \\ Backslash"),
            QStringLiteral("x'); DROP TABLE actor; --"),
            QStringLiteral("Schule 🏫 für Kinder 👧🏽 mit Emoji"),
            QStringLiteral("\u200F\u05E9\u05DC\u05D5\u05DD \u200E Mischung \u202Egnirts\u202C"),
            QStringLiteral("Ä Ö Ü ä ö ü ß ẞ – „deutsche“ ‚Anführungszeichen‘ & <b>kein HTML</b> %1 %n"),
            QString(10000, u'x') + QStringLiteral("ende")};
}

} // namespace

TEST_CASE("Actor editor: type, pick a territory, get the suggested Schulträger, save, undo", "[widgets][editors]")
{
    WindowFixture f;
    const int before = static_cast<int>(f.document->actors().size());

    ActorEditorDialog dialog(f.document, Actor{}, &f.window);
    dialog.show();
    selectData(child<QComboBox>(dialog, QStringLiteral("typeCombo")), QStringLiteral("SCHULE"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")),
                     QStringLiteral("Grundschule Am Lohrer Wald"));
    selectData(child<QComboBox>(dialog, QStringLiteral("schoolKindCombo")), QStringLiteral("GS"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("schoolNumberEdit")), QStringLiteral("99123"));
    QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("scpCheck")), Qt::LeftButton, {}, QPoint(4, 4));
    child<QSpinBox>(dialog, QStringLiteral("cohortSpin"))->setValue(2025);

    // The territory picker finds by name without umlauts, by AGS and by Regionalschlüssel.
    auto *seat = child<TerritoryPicker>(dialog, QStringLiteral("seatPicker"));
    CHECK(seat->matchCount(QStringLiteral("hargesheim")) == 1);
    CHECK(seat->matchCount(QStringLiteral("07133040")) == 1);
    CHECK(seat->matchCount(QStringLiteral("071335006040")) == 1);
    CHECK(seat->matchCount(QStringLiteral("Rudesheim")) >= 2); // the VG and the Gemeinde
    typeAndPick(seat, QStringLiteral("Hargesh"));
    CHECK(seat->currentKey() == QStringLiteral("071335006040"));
    CHECK(seat->lineEdit()->text() == QStringLiteral("Hargesheim"));
    CHECK(seat->findChild<QLabel *>()->text().contains(
        QStringLiteral("Landkreis Bad Kreuznach \u203a Verbandsgemeinde Rüdesheim \u203a Hargesheim")));

    // Schulträger and Jugendamt follow the rules until the user overrides them.
    auto *authority = child<TerritoryPicker>(dialog, QStringLiteral("authorityPicker"));
    auto *youthOffice = child<TerritoryPicker>(dialog, QStringLiteral("youthOfficePicker"));
    CHECK(authority->currentKey() == SampleNetwork::vgRuedesheimRs());
    CHECK(youthOffice->currentKey() == SampleNetwork::kreisRs());
    selectData(child<QComboBox>(dialog, QStringLiteral("schoolKindCombo")), QStringLiteral("IGS"));
    CHECK(authority->currentKey() == SampleNetwork::kreisRs());     // IGS: the Landkreis
    typeAndPick(authority, QStringLiteral("Verbandsgemeinde Rud")); // keyboard without umlauts
    CHECK(authority->currentKey() == SampleNetwork::vgRuedesheimRs());
    auto *apply = child<QPushButton>(dialog, QStringLiteral("authorityPickerApply"));
    CHECK(apply->isEnabled());
    selectData(child<QComboBox>(dialog, QStringLiteral("schoolKindCombo")), QStringLiteral("GS"));
    CHECK(authority->currentKey() == SampleNetwork::vgRuedesheimRs()); // the override stays

    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("streetEdit")), QStringLiteral("Waldweg 3"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("tagsEdit")), QStringLiteral("Ganztag, Neubau"));
    child<QPlainTextEdit>(dialog, QStringLiteral("notesEdit"))->insertPlainText(QStringLiteral("zweizügig"));
    clickSave(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);

    const auto stored = storedActor(*f.document, QStringLiteral("Grundschule Am Lohrer Wald"));
    REQUIRE(stored);
    CHECK(stored->typeCode == QStringLiteral("SCHULE"));
    CHECK(stored->schoolKind == QStringLiteral("GS"));
    CHECK(stored->schoolNumber == QStringLiteral("99123"));
    CHECK(stored->scp);
    CHECK(stored->scpCohort == 2025);
    CHECK(stored->seatRs == QStringLiteral("071335006040"));
    CHECK(stored->schoolAuthorityRs == SampleNetwork::vgRuedesheimRs());
    CHECK(stored->youthOfficeRs == SampleNetwork::kreisRs());
    CHECK(stored->street == QStringLiteral("Waldweg 3"));
    CHECK(stored->tags == QStringList({QStringLiteral("Ganztag"), QStringLiteral("Neubau")}));
    CHECK(stored->notes == QStringLiteral("zweizügig"));
    CHECK_FALSE(stored->key.isEmpty());
    CHECK(f.document->actors().size() == before + 1);

    // Bearbeiten › Rückgängig takes it out of the store and the table again.
    QAction *undo = child<QAction>(f.window, QStringLiteral("undoAction"));
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Grundschule Am Lohrer Wald")));
    undo->trigger();
    CHECK_FALSE(storedActor(*f.document, QStringLiteral("Grundschule Am Lohrer Wald")));
    CHECK(f.document->actors().size() == before);
    child<QAction>(f.window, QStringLiteral("redoAction"))->trigger();
    CHECK(storedActor(*f.document, QStringLiteral("Grundschule Am Lohrer Wald"))->key == stored->key);
}

TEST_CASE("Actor editor: missing name is refused, a probable duplicate is a warning the user can accept",
          "[widgets][editors]")
{
    WindowFixture f;
    ActorEditorDialog empty(f.document, Actor{}, &f.window);
    selectData(child<QComboBox>(empty, QStringLiteral("typeCombo")), QStringLiteral("KITA"));
    const QString refused = f.guard.expectMessage([&] { clickSave(empty); });
    CHECK(refused.contains(QStringLiteral("Der Name fehlt.")));
    CHECK(empty.result() != QDialog::Accepted);
    CHECK(f.document->undoStack()->count() == 0);

    ActorEditorDialog duplicate(f.document, Actor{}, &f.window);
    selectData(child<QComboBox>(duplicate, QStringLiteral("typeCombo")), QStringLiteral("SCHULE"));
    QTest::keyClicks(child<QLineEdit>(duplicate, QStringLiteral("nameEdit")), QStringLiteral("Zweite Schule"));
    QTest::keyClicks(child<QLineEdit>(duplicate, QStringLiteral("schoolNumberEdit")), QStringLiteral("12345"));
    // "Zurück zur Eingabe": nothing written.
    const QString warned = f.guard.expectMessage([&] { clickSave(duplicate); });
    CHECK(warned.contains(QStringLiteral("Grundschule Rüdesheim")));
    CHECK_FALSE(storedActor(*f.document, QStringLiteral("Zweite Schule")));
    // "Trotzdem speichern": written.
    f.guard.expectMessage([&] { clickSave(duplicate); }, QStringLiteral("Trotzdem speichern"));
    CHECK(storedActor(*f.document, QStringLiteral("Zweite Schule")));
}

TEST_CASE("Link editor: pick two actors, set every field, save, undo, a second link of the pair is separate",
          "[widgets][editors]")
{
    WindowFixture f;
    const int before = static_cast<int>(f.document->links().size());
    LinkEditorDialog dialog(f.document, CooperationLink{}, &f.window);
    dialog.show();
    auto *source = child<RecordPicker>(dialog, QStringLiteral("sourcePicker"));
    auto *target = child<RecordPicker>(dialog, QStringLiteral("targetPicker"));
    typeAndPick(source, QStringLiteral("kita sonnen"));
    typeAndPick(target, QStringLiteral("Grundschule Rud"));
    const ActorId kita = actorNamed(*f.document, QStringLiteral("Kita Sonnenschein Hargesheim"))->id;
    const ActorId school = actorNamed(*f.document, QStringLiteral("Grundschule Rüdesheim"))->id;
    CHECK(source->currentKey().toLongLong() == kita.value);
    CHECK(target->currentKey().toLongLong() == school.value);
    // The pair already has a link (Übergang Kita → Grundschule): the dialog says so.
    CHECK(child<QLabel>(dialog, QStringLiteral("pairHint"))->text().contains(QStringLiteral("bereits 1")));

    selectData(child<QComboBox>(dialog, QStringLiteral("typeCombo")), QStringLiteral("SPRACHFOERDERUNG"));
    selectData(child<QComboBox>(dialog, QStringLiteral("actionFieldCombo")), QStringLiteral("SPRACHFOERDERUNG"));
    selectData(child<QComboBox>(dialog, QStringLiteral("directionCombo")), QStringLiteral("->"));
    selectData(child<QComboBox>(dialog, QStringLiteral("formalityCombo")), QStringLiteral("VEREINBART"));
    selectData(child<QComboBox>(dialog, QStringLiteral("intensityCombo")), 3);
    selectData(child<QComboBox>(dialog, QStringLiteral("statusCombo")), QStringLiteral("GEPLANT"));
    auto *from = child<QWidget>(dialog, QStringLiteral("validFromEdit"));
    QTest::mouseClick(from->findChild<QCheckBox *>(), Qt::LeftButton, {}, QPoint(4, 4));
    from->findChild<QDateEdit *>()->setDate(QDate(2025, 8, 1));
    auto *until = child<QWidget>(dialog, QStringLiteral("validUntilEdit"));
    QTest::mouseClick(until->findChild<QCheckBox *>(), Qt::LeftButton, {}, QPoint(4, 4));
    until->findChild<QDateEdit *>()->setDate(QDate(2025, 7, 31)); // before the start: refused
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("noteEdit")), QStringLiteral("Lesepaten"));
    const QString refused = f.guard.expectMessage([&] { clickSave(dialog); });
    CHECK(refused.contains(QStringLiteral("vor dem Beginn")));
    CHECK(f.document->links().size() == before);

    until->findChild<QDateEdit *>()->setDate(QDate(2026, 7, 31));
    clickSave(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto links = *f.document->repository().linksOfActor(kita);
    REQUIRE(links.size() == 2); // the old and the new one, separately
    const CooperationLink &link = links.constLast();
    CHECK(link.source == kita);
    CHECK(link.target == school);
    CHECK(link.typeCode == QStringLiteral("SPRACHFOERDERUNG"));
    CHECK(link.actionField == QStringLiteral("SPRACHFOERDERUNG"));
    CHECK(link.direction == LinkDirection::Directed);
    CHECK(link.formality == QStringLiteral("VEREINBART"));
    CHECK(link.intensity == 3);
    CHECK(link.status == QStringLiteral("GEPLANT"));
    CHECK(link.validFrom == QDate(2025, 8, 1));
    CHECK(link.validUntil == QDate(2026, 7, 31));
    CHECK(link.note == QStringLiteral("Lesepaten"));

    f.document->undoStack()->undo();
    CHECK(f.document->repository().linksOfActor(kita)->size() == 1);
}

TEST_CASE("Main window: delete names the dependents, undo brings them back, bulk tags and status are one step",
          "[widgets][editors]")
{
    WindowFixture f;
    const Actor school = *actorNamed(*f.document, QStringLiteral("Grundschule Rüdesheim"));
    f.window.selectActor(school.id);
    CHECK(f.window.selectedActors() == QList<ActorId>{school.id});
    const QString question = f.guard.expectMessage([&] { f.window.deleteSelected(); }, QStringLiteral("Löschen"));
    CHECK(question.contains(QStringLiteral("„Grundschule Rüdesheim“ löschen?")));
    CHECK(question.contains(QStringLiteral("Verbindungen (2)")));
    CHECK(question.contains(QStringLiteral("Kita Sonnenschein Hargesheim")));
    CHECK_FALSE(f.document->actor(school.id));
    CHECK(allLinks(*f.document).size() == SampleNetwork::links - 2);
    child<QAction>(f.window, QStringLiteral("undoAction"))->trigger();
    CHECK(f.document->actor(school.id));
    CHECK(allLinks(*f.document).size() == SampleNetwork::links);

    // Cancelling deletes nothing.
    f.window.selectActor(school.id);
    f.guard.expectMessage([&] { f.window.deleteSelected(); }, QStringLiteral("Abbrechen"));
    CHECK(f.document->actor(school.id));

    // Bulk tags on all schools.
    auto *table = child<QTableView>(f.window, QStringLiteral("actorTable"));
    auto *typeFilter = child<QComboBox>(f.window, QStringLiteral("actorTypeFilter"));
    selectData(typeFilter, QStringLiteral("SCHULE"));
    table->selectAll();
    REQUIRE(f.window.selectedActors().size() == 6);
    const int steps = f.document->undoStack()->index();
    BulkTagsDialog tags(f.document, f.window.selectedActors(), &f.window);
    QTest::keyClicks(child<QLineEdit>(tags, QStringLiteral("addTagsEdit")), QStringLiteral("Leseband"));
    QTest::keyClicks(child<QLineEdit>(tags, QStringLiteral("removeTagsEdit")), QStringLiteral("ganztag"));
    tags.accept();
    CHECK(f.document->undoStack()->index() == steps + 1);
    for (const Actor &a : allActors(*f.document)) {
        if (a.isSchool()) {
            CHECK(a.tags.contains(QStringLiteral("Leseband")));
            CHECK_FALSE(a.tags.contains(QStringLiteral("Ganztag")));
        }
    }
    f.document->undoStack()->undo();
    CHECK(f.document->actor(school.id)->tags == QStringList{QStringLiteral("Ganztag")});

    // Status of all links at once.
    f.window.showPage(MainWindow::Page::Links);
    child<QTableView>(f.window, QStringLiteral("linkTable"))->selectAll();
    f.window.setStatusOfSelectedLinks(QStringLiteral("RUHEND"));
    for (const CooperationLink &l : allLinks(*f.document))
        CHECK(l.status == QStringLiteral("RUHEND"));
    f.document->undoStack()->undo();
    for (const CooperationLink &l : allLinks(*f.document))
        CHECK(l.status == QStringLiteral("AKTIV"));
}

TEST_CASE("Side panel shows the selected actor's links, committees and contacts", "[widgets][editors]")
{
    WindowFixture f;
    const Actor school = *actorNamed(*f.document, QStringLiteral("Grundschule Rüdesheim"));
    f.window.selectActor(school.id);
    auto *panel = child<ActorDetailPanel>(f.window, QStringLiteral("actorDetailPanel"));
    CHECK(panel->actor() == school.id);
    CHECK(child<QLabel>(*panel, QStringLiteral("detailTitle"))->text() == school.name);
    CHECK(child<QTreeWidget>(*panel, QStringLiteral("detailLinks"))->topLevelItemCount() == 2);

    ContactPerson contact;
    contact.actor = school.id;
    ContactEditorDialog dialog(f.document, contact, &f.window);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Frau Beispiel"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("emailEdit")), QStringLiteral("beispiel@example.org"));
    child<QLineEdit>(dialog, QStringLiteral("purposeEdit"))->insert(QStringLiteral("Übergang"));
    clickSave(dialog);
    CHECK(child<QTreeWidget>(*panel, QStringLiteral("detailContacts"))->topLevelItemCount() == 1);
    CHECK(child<QLabel>(dialog, QStringLiteral("privacyNote"))->text().contains(QStringLiteral("Exporten")));
}

TEST_CASE("Hostile text round-trips exactly through every editor and is found by the search",
          "[widgets][editors][hostile]")
{
    WindowFixture f;
    auto *filter = child<QLineEdit>(f.window, QStringLiteral("quickFilter"));
    int round = 0;
    for (const QString &text : hostileTexts()) {
        INFO("text " << round << ": " << text.left(60).toStdString());
        ++round;
        const QString shortText = text.left(480); // names are limited to 500 characters
        const QString name = QStringLiteral("Akteur %1 ").arg(round) + shortText;

        // Actor editor: every text field.
        ActorEditorDialog actorDialog(f.document, Actor{}, &f.window);
        selectData(child<QComboBox>(actorDialog, QStringLiteral("typeCombo")), QStringLiteral("SCHULE"));
        child<QLineEdit>(actorDialog, QStringLiteral("nameEdit"))->insert(name);
        child<QLineEdit>(actorDialog, QStringLiteral("shortNameEdit"))->insert(text);
        child<QLineEdit>(actorDialog, QStringLiteral("streetEdit"))->insert(text);
        child<QLineEdit>(actorDialog, QStringLiteral("cityEdit"))->insert(text);
        child<QLineEdit>(actorDialog, QStringLiteral("schoolNumberEdit"))->insert(QStringLiteral("H%1").arg(round));
        child<QLineEdit>(actorDialog, QStringLiteral("specialNeedsEdit"))->insert(shortText.trimmed());
        child<QLineEdit>(actorDialog, QStringLiteral("tagsEdit"))->insert(shortText.trimmed());
        child<QPlainTextEdit>(actorDialog, QStringLiteral("notesEdit"))->setPlainText(text);
        clickSave(actorDialog);
        REQUIRE(actorDialog.result() == QDialog::Accepted);
        const auto stored = storedActor(*f.document, name);
        REQUIRE(stored);
        CHECK(stored->shortName == text);
        CHECK(stored->street == text);
        CHECK(stored->city == text);
        CHECK(stored->specialNeedsFocus == shortText.trimmed());
        CHECK(stored->tags == QStringList{shortText.trimmed()});
        CHECK(stored->notes == text);
        // Opening it again shows exactly the same and saves nothing.
        ActorEditorDialog again(f.document, *stored, &f.window);
        CHECK(again.actor().sameContent(*stored));

        // The quick search finds it by the hostile text.
        filter->setText(shortText);
        f.window.showPage(MainWindow::Page::Actors);
        auto *table = child<QTableView>(f.window, QStringLiteral("actorTable"));
        bool found = false;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            found = found || table->model()->index(row, ActorTableModel::NameColumn).data().toString() == name;
        CHECK(found);
        filter->clear();

        // Link editor: the note.
        CooperationLink link;
        link.source = stored->id;
        link.target = actorNamed(*f.document, QStringLiteral("Kreisjugendamt Bad Kreuznach"))->id;
        LinkEditorDialog linkDialog(f.document, link, &f.window);
        selectData(child<QComboBox>(linkDialog, QStringLiteral("typeCombo")), QStringLiteral("PRAEVENTION"));
        child<QPlainTextEdit>(linkDialog, QStringLiteral("noteEdit"))->setPlainText(text);
        clickSave(linkDialog);
        REQUIRE(linkDialog.result() == QDialog::Accepted);
        const auto links = *f.document->repository().linksOfActor(stored->id);
        REQUIRE(links.size() == 1);
        CHECK(links.constFirst().note == text);
        f.window.showPage(MainWindow::Page::Links);
        filter->setText(shortText);
        CHECK(child<QTableView>(f.window, QStringLiteral("linkTable"))->model()->rowCount() >= 1);
        filter->clear();

        // Contact editor: every field.
        ContactPerson contact;
        contact.actor = stored->id;
        ContactEditorDialog contactDialog(f.document, contact, &f.window);
        child<QLineEdit>(contactDialog, QStringLiteral("nameEdit"))->insert(text);
        child<QLineEdit>(contactDialog, QStringLiteral("functionEdit"))->insert(text);
        child<QLineEdit>(contactDialog, QStringLiteral("phoneEdit"))->insert(text);
        child<QLineEdit>(contactDialog, QStringLiteral("purposeEdit"))->insert(text);
        child<QPlainTextEdit>(contactDialog, QStringLiteral("notesEdit"))->setPlainText(text);
        clickSave(contactDialog);
        REQUIRE(contactDialog.result() == QDialog::Accepted);
        const auto contacts = *f.document->contacts(stored->id);
        REQUIRE(contacts.size() == 1);
        CHECK(contacts.constFirst().name == text);
        CHECK(contacts.constFirst().function == text);
        CHECK(contacts.constFirst().phone == text);
        CHECK(contacts.constFirst().purpose == text);
        CHECK(contacts.constFirst().notes == text);

        // Committee editor: name, rhythm, mandate, a member's role.
        Actor committeeActor;
        committeeActor.typeCode = QStringLiteral("GREMIUM");
        CommitteeEditorDialog committeeDialog(f.document, committeeActor, Committee{}, &f.window);
        const QString committeeName = QStringLiteral("Gremium %1 ").arg(round) + shortText;
        child<QLineEdit>(committeeDialog, QStringLiteral("nameEdit"))->insert(committeeName);
        selectData(child<QComboBox>(committeeDialog, QStringLiteral("kindCombo")), QStringLiteral("ARBEITSKREIS"));
        child<QLineEdit>(committeeDialog, QStringLiteral("rhythmEdit"))->insert(text);
        child<QPlainTextEdit>(committeeDialog, QStringLiteral("mandateEdit"))->setPlainText(text);
        typeAndPick(child<RecordPicker>(committeeDialog, QStringLiteral("memberPicker")),
                    QStringLiteral("Kreisjugendamt"));
        auto *role = child<QComboBox>(committeeDialog, QStringLiteral("roleCombo"));
        role->setEditText(shortText);
        QTest::mouseClick(child<QPushButton>(committeeDialog, QStringLiteral("addMemberButton")), Qt::LeftButton);
        clickSave(committeeDialog);
        REQUIRE(committeeDialog.result() == QDialog::Accepted);
        const auto committeeStored = storedActor(*f.document, committeeName);
        REQUIRE(committeeStored);
        const Committee *committee = f.document->committeeOfActor(committeeStored->id);
        REQUIRE(committee);
        CHECK(committee->meetingRhythm == text);
        CHECK(committee->mandate == text);
        REQUIRE(committee->members.size() == 1);
        CHECK(committee->members.constFirst().role == shortText.trimmed());
        f.window.showPage(MainWindow::Page::Committees);
        filter->setText(shortText);
        CHECK(child<QTableView>(f.window, QStringLiteral("committeeTable"))->model()->rowCount() >= 1);
        filter->clear();
    }

    // Catalogue: a hostile label is stored as typed.
    CatalogueDialog catalogue(f.document, &f.window);
    const QString label = hostileTexts().at(1);
    REQUIRE(catalogue.addEntry(CatalogueKind::LinkType, label, hostileTexts().at(2), QStringLiteral("#123456")));
    bool stored = false;
    for (const CatalogueEntry &e : catalogueOf(*f.document, CatalogueKind::LinkType))
        stored = stored || (e.label == label && e.labelEn == hostileTexts().at(2));
    CHECK(stored);
}

TEST_CASE("Catalogue dialog: add, rename, recolour and retire are undoable, retired types stay on old links",
          "[widgets][editors]")
{
    WindowFixture f;
    CatalogueDialog dialog(f.document, &f.window);
    REQUIRE(dialog.addEntry(CatalogueKind::ActorType, QStringLiteral("Quartiersmanagement"),
                            QStringLiteral("Neighbourhood management"), QStringLiteral("#336699")));
    const CatalogueEntry *entry =
        f.document->catalogueEntry(CatalogueKind::ActorType, QStringLiteral("QUARTIERSMANAGEMENT"));
    REQUIRE(entry);
    CHECK(child<QTableWidget>(dialog, QStringLiteral("actorTypeTable"))->rowCount() ==
          f.document->catalogue(CatalogueKind::ActorType).size());
    REQUIRE(dialog.renameEntry(CatalogueKind::ActorType, entry->code, QStringLiteral("Quartiersbüro"),
                               QStringLiteral("Neighbourhood office")));
    REQUIRE(dialog.recolourEntry(CatalogueKind::ActorType, QStringLiteral("QUARTIERSMANAGEMENT"),
                                 QStringLiteral("#aa0000")));
    const CooperationLink link = f.document->links().constFirst();
    REQUIRE(dialog.setRetired(CatalogueKind::LinkType, link.typeCode, true));
    // The link editor still offers the retired type for this link, marked, and saves it unchanged.
    LinkEditorDialog editor(f.document, link, &f.window);
    auto *type = child<QComboBox>(editor, QStringLiteral("typeCombo"));
    CHECK(type->currentData().toString() == link.typeCode);
    CHECK(type->currentText().contains(QStringLiteral("stillgelegt")));
    // A new link does not get it.
    LinkEditorDialog fresh(f.document, CooperationLink{}, &f.window);
    CHECK(child<QComboBox>(fresh, QStringLiteral("typeCombo"))->findData(link.typeCode) < 0);

    QUndoStack *stack = f.document->undoStack();
    CHECK(stack->count() == 4);
    while (stack->canUndo())
        stack->undo();
    CHECK_FALSE(f.document->catalogueEntry(CatalogueKind::ActorType, QStringLiteral("QUARTIERSMANAGEMENT")));
    CHECK_FALSE(f.document->catalogueEntry(CatalogueKind::LinkType, link.typeCode)->retired);
}

TEST_CASE("Import dialog: preview, guessed mapping, dry run with reasons per line, import as one undo step",
          "[widgets][editors][import]")
{
    WindowFixture f;
    const QString csv =
        f.dir.write(QStringLiteral("schulen.csv"), QByteArray("\xEF\xBB\xBF") +
                                                       "Schul-Nr.;Name;Schulart;Ort;Startchancen\n"
                                                       "12345;Grundschule Rüdesheim (neu benannt);GS;Rüdesheim;ja\n"
                                                       "88001;Grundschule Neu;GS;Hargesheim;nein\n"
                                                       ";;GS;Hargesheim;nein\n");
    ImportDialog dialog(f.document, &f.window);
    dialog.show();
    QSignalSpy loaded(&dialog, &ImportDialog::fileLoaded);
    dialog.setFile(csv);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    auto *preview = child<QTableWidget>(dialog, QStringLiteral("previewTable"));
    CHECK(preview->rowCount() == 3);
    CHECK(preview->columnCount() == 5);
    const ColumnMapping mapping = dialog.mapping();
    CHECK(mapping.column(QStringLiteral("schulnummer")) == 0);
    CHECK(mapping.column(QStringLiteral("name")) == 1);

    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.startDryRun();
    CHECK(dialog.isBusy());
    REQUIRE(finished.wait(20000));
    REQUIRE(dialog.lastReport());
    CHECK(dialog.lastReport()->dryRun);
    CHECK(dialog.lastReport()->errors.size() == 1); // the row without a name
    CHECK(dialog.lastReport()->errors.constFirst().line == 4);
    CHECK(child<QTreeWidget>(dialog, QStringLiteral("issueTree"))->topLevelItemCount() >= 1);
    CHECK(f.document->undoStack()->count() == 0);
    const QString reportPath = f.dir.file(QStringLiteral("bericht.txt"));
    REQUIRE(dialog.saveReport(reportPath));
    CHECK(QString::fromUtf8(test::readAll(reportPath)).contains(QStringLiteral("Zeile 4")));

    // Without the bad row the import goes through as one step.
    const QString good =
        f.dir.write(QStringLiteral("gut.csv"), QByteArray("Schul-Nr.;Name;Schulart;Ort\n"
                                                          "12345;Grundschule Rüdesheim (neu);GS;Rüdesheim\n"
                                                          "88001;Grundschule Neu;GS;Hargesheim\n"));
    loaded.clear();
    dialog.setFile(good);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    finished.clear();
    dialog.startImport();
    REQUIRE(finished.wait(20000));
    REQUIRE(dialog.lastReport());
    INFO(dialog.lastReport()->details().toStdString());
    CHECK(dialog.lastReport()->created == 1);
    CHECK(dialog.lastReport()->updated == 1);
    CHECK(f.document->undoStack()->count() == 1);
    CHECK(actorNamed(*f.document, QStringLiteral("Grundschule Neu")));
    CHECK(actorNamed(*f.document, QStringLiteral("Grundschule Rüdesheim (neu)")));
    f.document->undoStack()->undo();
    CHECK_FALSE(actorNamed(*f.document, QStringLiteral("Grundschule Neu")));
    CHECK(actorNamed(*f.document, QStringLiteral("Grundschule Rüdesheim")));
    CHECK_FALSE(storedActor(*f.document, QStringLiteral("Grundschule Neu")));
}

TEST_CASE("A registry open in another process is offered read-only", "[widgets][lock]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = sampleRegistry(dir);
    RegistryLock other(path); // the other Netzatlas process
    REQUIRE(other.tryAcquire() == RegistryLock::State::Acquired);

    MainWindow window;
    window.show();
    bool opened = true;
    const QString asked = guard.expectMessage([&] { opened = window.openRegistry(path); }, QStringLiteral("Abbrechen"));
    CHECK(asked.contains(QStringLiteral("bereits in einem anderen Netzatlas-Fenster geöffnet")));
    CHECK_FALSE(opened);
    CHECK_FALSE(window.document());

    guard.expectMessage([&] { opened = window.openRegistry(path); }, QStringLiteral("Schreibgeschützt"));
    REQUIRE(opened);
    REQUIRE(window.document());
    CHECK(window.document()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("schreibgeschützt")));
    CHECK_FALSE(child<QAction>(window, QStringLiteral("newActorAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(window, QStringLiteral("deleteAction"))->isEnabled());
}

TEST_CASE("Import dialog: an Excel workbook with a sheet chooser, dry run, report saved as CSV",
          "[widgets][editors][import]")
{
    WindowFixture f;
    ImportDialog dialog(f.document, &f.window);
    dialog.resize(1000, 760);
    dialog.show();
    QSignalSpy loaded(&dialog, &ImportDialog::fileLoaded);
    dialog.setFile(test::testData(QStringLiteral("schulliste-excel.xlsx")));
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    auto *sheets = child<QComboBox>(dialog, QStringLiteral("sheetCombo"));
    CHECK(sheets->isVisible());
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->currentText() == QStringLiteral("Hinweise"));

    // The user picks the sheet with the list.
    loaded.clear();
    sheets->setCurrentIndex(1);
    Q_EMIT sheets->activated(1);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    CHECK(sheets->currentText() == QStringLiteral("Schulen"));
    CHECK(child<QTableWidget>(dialog, QStringLiteral("previewTable"))->rowCount() == 7);
    CHECK(child<QLabel>(dialog, QStringLiteral("fileInfo"))->text().contains(QStringLiteral("Blatt „Schulen“")));
    CHECK(dialog.mapping().column(QStringLiteral("schulnummer")) == 0);

    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.startDryRun();
    REQUIRE(finished.wait(20000));
    REQUIRE(dialog.lastReport());
    CHECK(dialog.lastReport()->accepted());
    CHECK(dialog.lastReport()->created + dialog.lastReport()->updated + dialog.lastReport()->unchanged == 7);
    const QString reportPath = f.dir.file(QStringLiteral("bericht.csv"));
    REQUIRE(dialog.saveReport(reportPath));
    CHECK(test::readAll(reportPath)
              .startsWith("\xEF\xBB\xBF"
                          "Art;Datei;Zeile;Feld;Meldung"));

    const QString shots = test::sourceDir() + QStringLiteral("/docs/screenshots");
    QDir().mkpath(shots);
    REQUIRE(dialog.grab().save(shots + QStringLiteral("/import-xlsx.png")));
}
