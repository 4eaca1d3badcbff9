// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "widgets/MainWindow.h"
#include "SampleNetwork.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "widgets/Translations.h"

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/TerritoryTreeModel.h>
#include <netzatlas/io/DemoRegistryBuilder.h>
#include <netzatlas/storage/RegistryStore.h>

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace netzatlas;
using test::SampleNetwork;

namespace {

/// The window's controls, found by their object names.
struct Parts
{
    explicit Parts(MainWindow &window)
        : tree(window.findChild<QTreeView *>(QStringLiteral("territoryTree")))
        , table(window.findChild<QTableView *>(QStringLiteral("actorTable")))
        , filter(window.findChild<QLineEdit *>(QStringLiteral("quickFilter")))
        , heading(window.findChild<QLabel *>(QStringLiteral("actorHeading")))
        , counts(window.findChild<QLabel *>(QStringLiteral("statusCounts")))
        , shown(window.findChild<QLabel *>(QStringLiteral("statusShown")))
        , banner(window.findChild<QFrame *>(QStringLiteral("demoBanner")))
    {
        REQUIRE(tree);
        REQUIRE(table);
        REQUIRE(filter);
        REQUIRE(heading);
        REQUIRE(counts);
        REQUIRE(shown);
        REQUIRE(banner);
    }

    [[nodiscard]] int rows() const { return table->model()->rowCount(); }
    [[nodiscard]] QStringList column(int column, int role = Qt::DisplayRole) const
    {
        QStringList values;
        for (int row = 0; row < rows(); ++row)
            values << table->model()->index(row, column).data(role).toString();
        return values;
    }
    void selectTerritory(const QString &rs) const
    {
        auto *model = qobject_cast<TerritoryTreeModel *>(tree->model());
        REQUIRE(model);
        const QModelIndex index = model->indexForRs(rs);
        REQUIRE(index.isValid());
        tree->setCurrentIndex(index);
    }

    QTreeView *tree;
    QTableView *table;
    QLineEdit *filter;
    QLabel *heading;
    QLabel *counts;
    QLabel *shown;
    QFrame *banner;
};

QString countsText(qint64 actors, qint64 links, qint64 scp)
{
    const QLocale locale;
    return QStringLiteral("%1 Akteure \u00b7 %2 Verbindungen \u00b7 %3 SCP-Schulen")
        .arg(locale.toString(actors), locale.toString(links), locale.toString(scp));
}

QString shownText(qint64 count)
{
    return QStringLiteral("angezeigt: %1").arg(QLocale().toString(count));
}

QString sampleRegistry(const test::TempDir &dir, const QString &name = QStringLiteral("Beispielnetz.sqlite"))
{
    const QString path = dir.file(name);
    auto registry = test::createRegistryWithTerritories(path);
    SampleNetwork::insert(*registry);
    return path;
}

} // namespace

TEST_CASE("MainWindow smoke test on the demo registry", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Demo.sqlite"));
    QList<Actor> actors;
    RegistryCounts counts;
    {
        auto registry = test::createDemoRegistry(path);
        actors = registry->actors().value();
        counts = registry->counts().value();
    }
    REQUIRE(actors.size() > 10);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openRegistry(path));
    Parts parts(window);

    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Demo.sqlite"));
    CHECK(parts.banner->isVisible());
    CHECK(parts.rows() == actors.size());
    CHECK(parts.counts->text() == countsText(counts.actors, counts.links, counts.scpSchools));
    CHECK(parts.shown->text() == shownText(actors.size()));
    QCoreApplication::processEvents();
    test::saveScreenshot(window, QStringLiteral("hauptfenster.png"));

    // The Verbandsgemeinde of the demo Kreis with the most actors.
    auto *tree = qobject_cast<TerritoryTreeModel *>(parts.tree->model());
    REQUIRE(tree);
    const QModelIndex kreis = tree->indexForRs(DemoRegistryBuilder::kreisRs());
    REQUIRE(kreis.isValid());
    CHECK(parts.tree->isExpanded(kreis));
    QString vgRs;
    int vgCount = 0;
    for (int row = 0; row < tree->rowCount(kreis); ++row) {
        const QModelIndex child = tree->index(row, 0, kreis);
        const QString rs = child.data(TerritoryTreeModel::RegionalKeyRole).toString();
        const Territory *territory = window.document()->territory(rs);
        REQUIRE(territory);
        const int count = child.data(TerritoryTreeModel::ActorCountRole).toInt();
        if (territory->typeCode == TerritoryType::Verbandsgemeinde && count > vgCount) {
            vgRs = rs;
            vgCount = count;
        }
    }
    REQUIRE_FALSE(vgRs.isEmpty());
    const auto seatedIn = [&](const QString &rs) {
        return std::count_if(actors.cbegin(), actors.cend(), [&](const Actor &a) { return a.seatRs.startsWith(rs); });
    };
    const auto expectedInVg = seatedIn(vgRs);
    CHECK(vgCount == expectedInVg);
    REQUIRE(expectedInVg > 1);
    REQUIRE(expectedInVg < actors.size());

    parts.selectTerritory(vgRs);
    CHECK(parts.rows() == expectedInVg);
    for (const QString &seat : parts.column(ActorTableModel::NameColumn, ActorTableModel::SeatRsRole))
        CHECK(seat.startsWith(vgRs));
    CHECK(parts.shown->text() == shownText(expectedInVg));
    CHECK(parts.heading->text().contains(tree->indexForRs(vgRs).data(TerritoryTreeModel::NameRole).toString()));

    // The quick filter narrows it further: the full name of one actor there.
    const QString name = parts.table->model()->index(0, ActorTableModel::NameColumn).data().toString();
    QTest::keyClicks(parts.filter, name);
    CHECK(parts.rows() >= 1);
    CHECK(parts.rows() < expectedInVg);
    CHECK(parts.column(ActorTableModel::NameColumn).contains(name));
    for (const QString &text : parts.column(ActorTableModel::NameColumn, ActorTableModel::SearchTextRole))
        CHECK(Text::containsFolded(text, name.split(u' ').constFirst()));
    CHECK(parts.shown->text() == shownText(parts.rows()));
    // The status bar's totals stay those of the registry.
    CHECK(parts.counts->text() == countsText(counts.actors, counts.links, counts.scpSchools));

    parts.filter->clear();
    parts.selectTerritory(QString());
    CHECK(parts.rows() == actors.size());
}

TEST_CASE("MainWindow shows a registry's actors and narrows them by territory and text", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = sampleRegistry(dir);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas"));
    REQUIRE(window.openRegistry(path));
    Parts parts(window);

    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Beispielnetz.sqlite"));
    CHECK_FALSE(parts.banner->isVisible());
    CHECK(parts.rows() == SampleNetwork::actors);
    CHECK(parts.column(ActorTableModel::NameColumn).first() == QStringLiteral("Beratungsstelle Lebenswege"));
    CHECK(parts.table->horizontalHeader()->sortIndicatorSection() == ActorTableModel::NameColumn);
    CHECK(parts.counts->text() == countsText(SampleNetwork::actors, SampleNetwork::links, SampleNetwork::scpSchools));
    CHECK(parts.shown->text() == shownText(SampleNetwork::actors));
    CHECK(parts.tree->currentIndex().row() == 0);
    CHECK(parts.tree->isExpanded(
        qobject_cast<TerritoryTreeModel *>(parts.tree->model())->indexForRs(SampleNetwork::kreisRs())));
    QCoreApplication::processEvents();
    test::saveScreenshot(window, QStringLiteral("hauptfenster-beispielnetz.png"));

    parts.selectTerritory(SampleNetwork::vgRuedesheimRs());
    CHECK(parts.rows() == SampleNetwork::inVgRuedesheim);
    CHECK(parts.heading->text() == QStringLiteral("Akteure – Verbandsgemeinde Rüdesheim"));
    CHECK(parts.shown->text() == shownText(SampleNetwork::inVgRuedesheim));

    QTest::keyClicks(parts.filter, QStringLiteral("Rudesheim grundschule"));
    CHECK(parts.column(ActorTableModel::NameColumn) == QStringList{QStringLiteral("Grundschule Rüdesheim")});
    CHECK(parts.shown->text() == shownText(1));

    parts.selectTerritory(SampleNetwork::kreisRs());
    parts.filter->clear();
    CHECK(parts.rows() == SampleNetwork::inKreisBadKreuznach);
    parts.selectTerritory(QString());
    CHECK(parts.rows() == SampleNetwork::actors);
    CHECK(parts.heading->text() == QStringLiteral("Akteure – alle Gebiete"));
}

TEST_CASE("MainWindow reports a file it cannot open and keeps the open registry", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString good = sampleRegistry(dir);
    const QString foreign = dir.write(QStringLiteral("Schulliste.xlsx"), "PK\x03\x04 not a registry");

    MainWindow window;
    window.show();
    REQUIRE(window.openRegistry(good));
    Parts parts(window);

    bool opened = true;
    const QString message = guard.expectMessage([&] { opened = window.openRegistry(foreign); });
    CHECK_FALSE(opened);
    CHECK(message.contains(QStringLiteral("Schulliste.xlsx")));
    CHECK(message.contains(QStringLiteral("keine Netzatlas-Registry")));
    CHECK(test::readAll(foreign) == QByteArray("PK\x03\x04 not a registry"));
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Beispielnetz.sqlite"));
    CHECK(parts.rows() == SampleNetwork::actors);

    const QString missing = guard.expectMessage([&] { window.openRegistry(dir.file(QStringLiteral("weg.sqlite"))); });
    CHECK(missing.contains(QStringLiteral("weg.sqlite")));
    CHECK(parts.rows() == SampleNetwork::actors);
}

TEST_CASE("MainWindow creates a new registry and lists opened files under Zuletzt geöffnet", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString first = sampleRegistry(dir, QStringLiteral("Erste.sqlite"));

    MainWindow window;
    REQUIRE(window.openRegistry(first));
    InitOptions options;
    options.title = QStringLiteral("Zweite");
    const QString second = dir.file(QStringLiteral("Zweite.sqlite"));
    REQUIRE(window.createRegistry(second, options));
    Parts parts(window);
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Zweite.sqlite"));
    CHECK(window.document()->title() == QStringLiteral("Zweite"));
    CHECK(parts.rows() == 0);
    CHECK(parts.counts->text() == countsText(0, 0, 0));

    // Creating over an existing registry is refused and changes nothing.
    const QString refused = guard.expectMessage([&] { CHECK_FALSE(window.createRegistry(first, options)); });
    CHECK(refused.contains(QStringLiteral("gibt es bereits")));
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Zweite.sqlite"));

    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    Q_EMIT recent->aboutToShow();
    QStringList entries;
    for (QAction *action : recent->actions()) {
        if (!action->isSeparator())
            entries << action->text();
    }
    CHECK(entries == QStringList({QStringLiteral("&1  Zweite.sqlite"), QStringLiteral("&2  Erste.sqlite"),
                                  QStringLiteral("Liste leeren")}));
    recent->actions().constFirst()->trigger(); // the open one: nothing happens, no message
    recent->actions().at(1)->trigger();
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Erste.sqlite"));
    CHECK(parts.rows() == SampleNetwork::actors);
}

TEST_CASE("MainWindow shows the demo notice for demo registries until it is closed", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Demo-Beispiel.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        SampleNetwork::insert(*registry);
        REQUIRE(registry->setMetaValue(QStringLiteral("demo"), QStringLiteral("1")).ok());
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openRegistry(path));
    Parts parts(window);
    REQUIRE(parts.banner->isVisible());
    const auto *label = parts.banner->findChild<QLabel *>();
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Diese Registry enthält Demo-Daten (fiktiv):")));
    CHECK_FALSE(label->text().contains(QStringLiteral("ersten Start")));

    auto *close = parts.banner->findChild<QToolButton *>(QStringLiteral("demoBannerClose"));
    REQUIRE(close);
    CHECK_FALSE(close->accessibleName().isEmpty());
    close->click();
    CHECK_FALSE(parts.banner->isVisible());

    // Another registry has no notice; opening the demo registry again brings it back.
    REQUIRE(window.openRegistry(sampleRegistry(dir)));
    CHECK_FALSE(parts.banner->isVisible());
    REQUIRE(window.openRegistry(path));
    CHECK(parts.banner->isVisible());
}

TEST_CASE("MainWindow creates the demo registry on first start and says so", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("daten/netzatlas.sqlite"));

    {
        MainWindow window;
        window.show();
        REQUIRE(window.openDefaultRegistry(path));
        CHECK(QFileInfo::exists(path));
        Parts parts(window);
        CHECK(window.document()->isDemo());
        CHECK(parts.rows() > 10);
        REQUIRE(parts.banner->isVisible());
        CHECK(parts.banner->findChild<QLabel *>()->text().contains(QStringLiteral("ersten Start")));
    } // the first process ends (and gives up its lock file)

    // The second start opens the same file, without the first-start words.
    MainWindow again;
    REQUIRE(again.openDefaultRegistry(path));
    CHECK(again.findChild<QFrame *>(QStringLiteral("demoBanner"))
              ->findChild<QLabel *>()
              ->text()
              .contains(QStringLiteral("ersten Start")) == false);
}

TEST_CASE("MainWindow remembers geometry, splitter and columns", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = sampleRegistry(dir);
    int nameWidth = 0;
    QList<int> sizes;
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openRegistry(path));
        Parts parts(window);
        window.resize(1111, 777);
        parts.table->horizontalHeader()->resizeSection(ActorTableModel::NameColumn, 411);
        parts.table->sortByColumn(ActorTableModel::GemeindeColumn, Qt::DescendingOrder);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        splitter->setSizes({250, 861});
        sizes = splitter->sizes();
        nameWidth = parts.table->horizontalHeader()->sectionSize(ActorTableModel::NameColumn);
        window.close();
    }
    MainWindow window;
    window.show();
    Parts parts(window);
    INFO("restored size " << window.width() << "x" << window.height() << ", minimum "
                          << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height());
    CHECK(window.size() == QSize(1111, 777));
    CHECK(parts.table->horizontalHeader()->sectionSize(ActorTableModel::NameColumn) == nameWidth);
    CHECK(parts.table->horizontalHeader()->sortIndicatorSection() == ActorTableModel::GemeindeColumn);
    CHECK(parts.table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().constFirst() == sizes.constFirst());
}

TEST_CASE("MainWindow: Ctrl+F goes to the quick filter, Esc empties it", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openRegistry(sampleRegistry(dir)));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Parts parts(window);
    parts.table->setFocus();
    REQUIRE_FALSE(parts.filter->hasFocus());

    QTest::keySequence(&window, QKeySequence::Find);
    CHECK(parts.filter->hasFocus());
    QTest::keyClicks(parts.filter, QStringLiteral("kirn"));
    CHECK(parts.rows() == 2);
    QTest::keyClick(parts.filter, Qt::Key_Escape);
    CHECK(parts.filter->text().isEmpty());
    CHECK(parts.rows() == SampleNetwork::actors);
    CHECK(parts.filter->accessibleName() == QStringLiteral("Einträge filtern"));
    CHECK(parts.table->accessibleName() == QStringLiteral("Akteure"));
    CHECK(parts.tree->accessibleName() == QStringLiteral("Gebiete"));
}

TEST_CASE("MainWindow speaks German singulars", "[widgets]")
{
    Translations::install();
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("Eins.sqlite"));
    {
        auto registry = test::createRegistryWithTerritories(path);
        Actor school;
        school.typeCode = QStringLiteral("SCHULE");
        school.name = QStringLiteral("Grundschule Kirn");
        school.seatRs = QStringLiteral("071335009052");
        school.scp = true;
        REQUIRE(registry->insertActor(school).ok());
    }
    MainWindow window;
    REQUIRE(window.openRegistry(path));
    Parts parts(window);
    CHECK(parts.counts->text() == QStringLiteral("1 Akteur \u00b7 0 Verbindungen \u00b7 1 SCP-Schule"));
}

TEST_CASE("MainWindow marks a read-only registry in the title", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    test::TempDir dir;
    const QString path = sampleRegistry(dir, QStringLiteral("Freigabe.sqlite"));
    OpenOptions options;
    options.readOnly = true;
    auto repository = RegistryStore::openSqlite(path, options);
    REQUIRE(repository.ok());
    auto document = RegistryDocument::fromRepository(std::move(repository).value());
    REQUIRE(document.ok());

    MainWindow window;
    window.setDocument(std::move(document).value());
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas – Freigabe.sqlite [schreibgeschützt]"));
    CHECK(Parts(window).rows() == SampleNetwork::actors);
    window.setDocument(nullptr);
    CHECK(window.windowTitle() == QStringLiteral("Netzatlas"));
    CHECK(Parts(window).rows() == 0);
    CHECK(Parts(window).counts->text() == QStringLiteral("Keine Registry geöffnet"));
}

TEST_CASE("MainWindow: Über Netzatlas names the version and the source of the territories", "[widgets]")
{
    test::SettingsSandbox settings;
    test::MessageBoxGuard guard;
    MainWindow window;
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    REQUIRE(about);
    CHECK(about->text() == QStringLiteral("Ü&ber Netzatlas…"));
    const QString text = guard.expectMessage([&] { about->trigger(); });
    CHECK(text.contains(QStringLiteral("Netzatlas 0.")));
    CHECK(text.contains(QStringLiteral("Statistisches Bundesamt (Destatis)")));
    CHECK(text.contains(QStringLiteral("Datenlizenz Deutschland")));
}
