// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// German and English: no untranslated text in the main window and the editors; screenshots of both.
#include "SampleNetwork.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/ActorEditorDialog.h"
#include "widgets/AnalysisPanel.h"
#include "widgets/CatalogueDialog.h"
#include "widgets/CommitteeEditorDialog.h"
#include "widgets/ContactEditorDialog.h"
#include "widgets/ImportDialog.h"
#include "widgets/LinkEditorDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/SettingsDialog.h"
#include "widgets/Translations.h"

#include <netzatlas/editing/AnalysisRunner.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramExporter.h>

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <algorithm>

using namespace netzatlas;

namespace {

struct TsMessage
{
    QString source;
    QString translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            messages.append(TsMessage{});
            messages.last().numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            messages.last().unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (!messages.last().numerus)
                messages.last().translation = xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/// Every text a user sees or hears of a widget tree: texts, titles, tooltips, placeholders, accessible names,
/// table headers, combo entries, actions and menus.
QStringList visibleTexts(QWidget &root)
{
    QStringList texts;
    auto add = [&texts](const QString &text) {
        QString plain = text;
        plain.remove(u'&');
        if (!plain.trimmed().isEmpty())
            texts << plain;
    };
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(&root);
    for (QWidget *w : std::as_const(widgets)) {
        add(w->windowTitle());
        add(w->toolTip());
        add(w->accessibleName());
        add(w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                add(model->headerData(column, Qt::Horizontal).toString());
                add(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        for (QAction *action : w->actions()) {
            add(action->text());
            add(action->toolTip());
            add(action->statusTip());
            if (action->menu()) {
                for (QAction *inner : action->menu()->actions())
                    add(inner->text());
            }
        }
    }
    return texts;
}

/// The German source texts whose English translation differs, without "&" and with placeholders as patterns.
QList<QRegularExpression> untranslatedPatterns()
{
    QList<QRegularExpression> patterns;
    for (const TsMessage &m : readTs(test::sourceDir() + QStringLiteral("/translations/netzatlas_en.ts"))) {
        if (m.numerus || m.translation.isEmpty())
            continue;
        QString source = m.source;
        QString translation = m.translation;
        source.remove(u'&');
        translation.remove(u'&');
        if (source == translation || source.size() < 3)
            continue;
        QString pattern = QRegularExpression::escape(source);
        pattern.replace(QRegularExpression(QStringLiteral("%L?\\d")), QStringLiteral(".*"));
        patterns << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
    }
    return patterns;
}

void checkNoGerman(QWidget &root, const QString &where)
{
    static const QList<QRegularExpression> patterns = untranslatedPatterns();
    for (const QString &text : visibleTexts(root)) {
        for (const QRegularExpression &pattern : patterns) {
            if (pattern.match(text).hasMatch()) {
                FAIL_CHECK(where.toStdString() << ": untranslated \"" << text.toStdString() << "\"");
                break;
            }
        }
    }
}

/// Restores the German UI whatever a test did.
struct LanguageGuard
{
    explicit LanguageGuard(Translations::Language language) { Translations::install(language); }
    ~LanguageGuard() { Translations::install(Translations::Language::German); }
    LanguageGuard(const LanguageGuard &) = delete;
    LanguageGuard &operator=(const LanguageGuard &) = delete;
};

const Actor *actorByKey(RegistryDocument &document, const QString &key)
{
    for (const Actor &a : document.actors()) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

/// A dialog on top of its window, as the user sees it: the window, darkened a little, with the dialog centred.
QImage composite(QWidget &window, QWidget &dialog)
{
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(0, 0, 0, 60));
    const QPixmap front = dialog.grab();
    const QPoint topLeft((image.width() / image.devicePixelRatio() - front.width() / front.devicePixelRatio()) / 2,
                         (image.height() / image.devicePixelRatio() - front.height() / front.devicePixelRatio()) / 2);
    // A plain title bar, as the window manager would draw it, so that the picture names the dialog.
    const QSize size = front.size() / front.devicePixelRatio();
    const int titleHeight = dialog.fontMetrics().height() + 12;
    const QRect titleBar(topLeft - QPoint(0, titleHeight), QSize(size.width(), titleHeight));
    painter.fillRect(QRect(titleBar.topLeft() + QPoint(6, 6), QSize(size.width(), size.height() + titleHeight)),
                     QColor(0, 0, 0, 70));
    painter.fillRect(titleBar, QColor(0x3c, 0x4a, 0x5c));
    painter.setPen(Qt::white);
    QFont font = dialog.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(titleBar.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, dialog.windowTitle());
    painter.drawPixmap(topLeft, front);
    painter.end();
    return image;
}

/// Labels, buttons and check boxes that show less than their text (clipped at 100 % or 150 %).
QStringList clippedTexts(QWidget &root)
{
    QStringList clipped;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&root) || w->width() <= 0)
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (label && !label->wordWrap() && !label->text().isEmpty() && label->width() + 1 < label->sizeHint().width())
            clipped << label->text();
        if (button && !button->text().isEmpty() && button->width() + 1 < button->sizeHint().width())
            clipped << button->text();
    }
    return clipped;
}

void saveImage(const QImage &image, const QString &name)
{
    const QString directory = qEnvironmentVariable("NETZATLAS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    REQUIRE(image.save(directory + u'/' + name));
    WARN("screenshot: " << (directory + u'/' + name).toStdString());
}

} // namespace

TEST_CASE("The English translation is complete", "[widgets][i18n]")
{
    const QList<TsMessage> messages = readTs(test::sourceDir() + QStringLiteral("/translations/netzatlas_en.ts"));
    REQUIRE(messages.size() > 500);
    QStringList unfinished;
    for (const TsMessage &m : messages) {
        if (m.unfinished)
            unfinished << m.source;
    }
    INFO(unfinished.mid(0, 20).join(QStringLiteral("\n")).toStdString());
    CHECK(unfinished.isEmpty());
}

TEST_CASE("The English main window and editors show no German source text, Qt's buttons speak the language",
          "[widgets][i18n]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    test::createDemoRegistry(path);

    SECTION("German: Qt's own buttons are German too")
    {
        LanguageGuard language(Translations::Language::German);
        MainWindow window;
        REQUIRE(window.openRegistry(path));
        ContactPerson contact;
        contact.actor = window.document()->actors().constFirst().id;
        ContactEditorDialog dialog(window.document(), contact, &window);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        CHECK(buttons->button(QDialogButtonBox::Save)->text().remove(u'&') == QStringLiteral("Speichern"));
        CHECK(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&') == QStringLiteral("Abbrechen"));
        CHECK(window.findChild<QTabWidget *>(QStringLiteral("recordTabs"))->tabText(1) ==
              QStringLiteral("Verbindungen"));
    }

    SECTION("English")
    {
        LanguageGuard language(Translations::Language::English);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        REQUIRE(window.openRegistry(path));
        RegistryDocument *document = window.document();
        const Actor *school = actorByKey(*document, document->actors().constFirst().key);
        for (const Actor &a : document->actors()) {
            if (a.isSchool() && a.scp && !document->linksOf(a.id).isEmpty()) {
                school = &a;
                break;
            }
        }
        REQUIRE(school);
        window.selectActor(school->id);
        CHECK(window.findChild<QTabWidget *>(QStringLiteral("recordTabs"))->tabText(1) == QStringLiteral("Links"));
        checkNoGerman(window, QStringLiteral("main window, actors"));
        for (QAction *menu : window.menuBar()->actions())
            CHECK_FALSE(menu->text().contains(QStringLiteral("Datei")));
        window.showPage(MainWindow::Page::Links);
        checkNoGerman(window, QStringLiteral("main window, links"));
        window.showPage(MainWindow::Page::Committees);
        checkNoGerman(window, QStringLiteral("main window, committees"));
        window.showPage(MainWindow::Page::Actors);

        ActorEditorDialog actorEditor(document, *school, &window);
        checkNoGerman(actorEditor, QStringLiteral("actor editor"));
        auto *buttons = actorEditor.findChild<QDialogButtonBox *>();
        CHECK(buttons->button(QDialogButtonBox::Save)->text().remove(u'&') == QStringLiteral("Save"));
        LinkEditorDialog linkEditor(document, document->linksOf(school->id).constFirst(), &window);
        checkNoGerman(linkEditor, QStringLiteral("link editor"));
        Actor committeeActor;
        committeeActor.typeCode = QStringLiteral("GREMIUM");
        CommitteeEditorDialog committeeEditor(document, committeeActor, Committee{}, &window);
        checkNoGerman(committeeEditor, QStringLiteral("committee editor"));
        ContactPerson contact;
        contact.actor = school->id;
        ContactEditorDialog contactEditor(document, contact, &window);
        checkNoGerman(contactEditor, QStringLiteral("contact editor"));
        CatalogueDialog catalogue(document, &window);
        checkNoGerman(catalogue, QStringLiteral("catalogues"));
        ImportDialog import(document, &window);
        checkNoGerman(import, QStringLiteral("import"));
        SettingsDialog settingsDialog(&window);
        checkNoGerman(settingsDialog, QStringLiteral("settings"));

        window.showPage(MainWindow::Page::Actors);
        QCoreApplication::processEvents();
        saveImage(window.grab().toImage(), QStringLiteral("hauptfenster-en.png"));
    }
}

TEST_CASE("Screenshots of the main window, the actor editor and the link editor (German)", "[widgets][screenshots]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Netzwerk Bad Kreuznach.sqlite"));
    test::createDemoRegistry(path);
    LanguageGuard language(Translations::Language::German);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openRegistry(path));
    RegistryDocument *document = window.document();
    const Actor *school = nullptr;
    for (const Actor &a : document->actors()) {
        if (a.isSchool() && a.scp && document->linksOf(a.id).size() >= 3 &&
            (!school || document->linksOf(a.id).size() > document->linksOf(school->id).size()))
            school = &a;
    }
    REQUIRE(school);
    window.selectActor(school->id);
    QCoreApplication::processEvents();
    CHECK(window.size().width() >= 1400);
    CHECK(window.size().height() >= 900);
    saveImage(window.grab().toImage(), QStringLiteral("hauptfenster.png"));

    CHECK(clippedTexts(window).join(u'|').toStdString() == "");

    ActorEditorDialog actorEditor(document, *school, &window);
    actorEditor.show();
    QCoreApplication::processEvents();
    CHECK(clippedTexts(actorEditor).join(u'|').toStdString() == "");
    saveImage(composite(window, actorEditor), QStringLiteral("akteur-editor.png"));

    CooperationLink link = document->linksOf(school->id).constFirst();
    LinkEditorDialog linkEditor(document, link, &window);
    linkEditor.show();
    QCoreApplication::processEvents();
    CHECK(clippedTexts(linkEditor).join(u'|').toStdString() == "");
    saveImage(composite(window, linkEditor), QStringLiteral("verbindung-editor.png"));
    Actor committeeActor;
    committeeActor.typeCode = QStringLiteral("GREMIUM");
    CommitteeEditorDialog committeeEditor(document, committeeActor, Committee{}, &window);
    committeeEditor.show();
    QCoreApplication::processEvents();
    CHECK(clippedTexts(committeeEditor).join(u'|').toStdString() == "");

    window.showPage(MainWindow::Page::Links);
    QCoreApplication::processEvents();
    saveImage(window.grab().toImage(), QStringLiteral("verbindungen.png"));
}

TEST_CASE("With the English translation a diagram has an English title, legend, headings and source line",
          "[widgets][i18n]")
{
    test::TempDir dir;
    auto registry = test::createDemoRegistry(dir.file(QStringLiteral("demo.sqlite")));
    LanguageGuard language(Translations::Language::English);
    auto source = render::DiagramSource::load(*registry);
    REQUIRE(source.ok());
    const QStringList german = {QStringLiteral("Kooperationsnetz"),
                                QStringLiteral("Akteure"),
                                QStringLiteral("Verbindungen"),
                                QStringLiteral("Verbindlichkeit"),
                                QStringLiteral("Markierungen"),
                                QStringLiteral("Größe"),
                                QStringLiteral("Quelle"),
                                QStringLiteral("fiktiv ·"),
                                QStringLiteral("Stand"),
                                QStringLiteral("Partner im Sozialraum"),
                                QStringLiteral("Grundschule (6+)"),
                                QStringLiteral("ohne Gebietszuordnung")};
    auto checkEnglish = [&](const QString &text, const QString &where) {
        for (const QString &word : german) {
            INFO(where.toStdString() << ": " << text.toStdString());
            CHECK_FALSE(text.contains(word));
        }
    };
    for (render::LayoutKind kind : {render::LayoutKind::BildungsketteLanes, render::LayoutKind::GroupedByTerritory}) {
        render::DiagramSpec spec;
        spec.layout = kind;
        auto diagram = render::buildLaidOutDiagram(*source, spec);
        REQUIRE(diagram.ok());
        const render::Diagram &d = *diagram;
        CHECK(d.title.startsWith(QStringLiteral("Cooperation network")));
        CHECK(d.sourceLine.startsWith(QStringLiteral("Source:")));
        CHECK(d.sourceLine.contains(QStringLiteral("demo data, fictitious")));
        checkEnglish(d.title, QStringLiteral("title"));
        checkEnglish(d.subtitle, QStringLiteral("subtitle"));
        checkEnglish(d.sourceLine.section(QChar(0xA9), 0, 0), QStringLiteral("source line")); // the licence note stays
        QStringList sections;
        for (const render::LegendSection &section : d.legend) {
            sections << section.title;
            checkEnglish(section.title, QStringLiteral("legend section"));
            for (const render::LegendEntry &entry : section.entries)
                if (entry.kind == render::LegendEntry::Kind::ScpMark || entry.kind == render::LegendEntry::Kind::Size)
                    checkEnglish(entry.label, QStringLiteral("legend entry"));
        }
        CHECK(sections.contains(QStringLiteral("Actors")));
        CHECK(sections.contains(QStringLiteral("Links")));
        for (const render::LayoutGroup &g : d.groups)
            checkEnglish(g.label, QStringLiteral("heading"));
        if (kind == render::LayoutKind::BildungsketteLanes) {
            QStringList lanes;
            for (const render::LayoutGroup &g : d.groups)
                lanes << g.label;
            CHECK(lanes.contains(QStringLiteral("Primary school (6+)")));
            CHECK(lanes.contains(QStringLiteral("Partners in the local community")));
        }
    }
}

TEST_CASE("The English analysis panel shows the analyses' titles, explanations and column headers in English",
          "[widgets][i18n][analysis]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("demo.sqlite"));
    test::createDemoRegistry(path);
    LanguageGuard language(Translations::Language::English);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openRegistry(path));
    auto *panel = window.findChild<AnalysisPanel *>(QStringLiteral("analysisPanel"));
    REQUIRE(panel);

    // The choice of analyses: English titles, question numbers kept.
    auto *choice = panel->findChild<QTreeWidget *>(QStringLiteral("analysisChoice"));
    REQUIRE(choice);
    CHECK(choice->topLevelItem(0)->child(0)->text(0) ==
          QStringLiteral("1 · SCP schools without a youth welfare partner"));
    CHECK(choice->topLevelItem(0)->child(0)->toolTip(0).startsWith(QStringLiteral("Question 1: ")));

    QTest::keyClick(&window, Qt::Key_F5);
    for (int i = 0; i < 2400 && panel->isRunning(); ++i)
        QTest::qWait(50);
    QCoreApplication::processEvents();
    REQUIRE_FALSE(panel->isRunning());
    const analysis::AnalysisReport &report = panel->runner()->report();
    REQUIRE(report.tables.size() > 20);

    const analysis::ResultTable *youth = report.table(QStringLiteral("youth-welfare.schools"));
    REQUIRE(youth);
    CHECK(youth->title == QStringLiteral("SCP schools without a youth welfare partner"));
    QStringList headers;
    for (const analysis::ResultColumn &c : youth->columns)
        headers << c.title;
    CHECK(headers.join(u'|') == QStringLiteral("School|School type|Municipality|District|Steps to youth welfare|"
                                               "nearest youth welfare actor|shortest path"));

    // Every title, explanation, advice, column header and key figure of every table: no German left. Catalogue
    // labels (Handlungsfelder as coverage columns, link types) are data of the registry and are taken out first.
    QStringList dataLabels;
    for (const CatalogueKind kind : {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField}) {
        for (const CatalogueEntry &entry : window.document()->catalogue(kind))
            dataLabels << entry.label << entry.labelEn;
    }
    dataLabels.removeAll(QString());
    std::sort(dataLabels.begin(), dataLabels.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    static const QRegularExpression german(
        QStringLiteral("[äöüÄÖÜß]|\\b(und|oder|mit|ohne|nicht|für|der|des|dem|zur|zum|eine|einer|sind|wird|je|Schule|"
                       "Schulen|Verbindung|Verbindungen|Akteur|Akteure|Gremium|Gremien|Frage)\\b"));
    static const QList<QRegularExpression> sources = untranslatedPatterns();
    int checked = 0;
    auto check = [&](const QString &text, const QString &where) {
        QString stripped = text;
        for (const QString &label : std::as_const(dataLabels))
            stripped.replace(label, QStringLiteral("#"));
        ++checked;
        const QRegularExpressionMatch match = german.match(stripped);
        if (match.hasMatch())
            FAIL_CHECK(where.toStdString()
                       << ": German \"" << match.captured(0).toStdString() << "\" in \"" << text.toStdString() << "\"");
        for (const QRegularExpression &pattern : sources) {
            if (pattern.match(stripped).hasMatch())
                FAIL_CHECK(where.toStdString() << ": untranslated \"" << text.toStdString() << "\"");
        }
    };
    for (const analysis::ResultTable &t : report.tables) {
        check(t.title, t.id + QStringLiteral(" title"));
        check(t.explanation, t.id + QStringLiteral(" explanation"));
        check(t.advice, t.id + QStringLiteral(" advice"));
        for (const analysis::ResultColumn &c : t.columns)
            check(c.title, t.id + QStringLiteral(" column ") + c.key);
        for (const analysis::KeyFigure &f : t.figures)
            check(f.label, t.id + QStringLiteral(" figure ") + f.key);
    }
    CHECK(checked > 300);

    // What the user sees: the panel with a result, its explanation and "What to do?".
    REQUIRE(panel->showResult(QStringLiteral("youth-welfare.schools")));
    QCoreApplication::processEvents();
    CHECK(panel->findChild<QLabel *>(QStringLiteral("resultTitle"))->text() == youth->title);
    checkNoGerman(*panel, QStringLiteral("analysis panel"));
    saveImage(window.grab().toImage(), QStringLiteral("analyse-en.png"));
}
