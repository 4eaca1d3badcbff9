// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "ActorDetailPanel.h"
#include "ActorEditorDialog.h"
#include "AnalysisPanel.h"
#include "BulkTagsDialog.h"
#include "CatalogueDialog.h"
#include "CommitteeEditorDialog.h"
#include "DemoBanner.h"
#include "DialogSupport.h"
#include "ImportDialog.h"
#include "LinkEditorDialog.h"
#include "MapPanel.h"
#include "MeasuresPage.h"
#include "MoneyEdit.h"
#include "OptionalDateEdit.h"
#include "RecentFiles.h"
#include "SettingsDialog.h"

#include <netzatlas/core/Log.h>
#include <netzatlas/editing/ActorFilterProxyModel.h>
#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/BudgetTableModel.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/CommitteeTableModel.h>
#include <netzatlas/editing/LinkFilterProxyModel.h>
#include <netzatlas/editing/LinkTableModel.h>
#include <netzatlas/editing/MeasureTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/RegistryLock.h>
#include <netzatlas/editing/RemoveRecordsCommand.h>
#include <netzatlas/editing/TerritoryTreeModel.h>
#include <netzatlas/io/TerritoryReference.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace netzatlas {

namespace {

/// Wait cursor for the lifetime of the object; gone before any message box appears.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");
const QString ActorHeaderKey = QStringLiteral("MainWindow/actorTableHeader");
const QString LinkHeaderKey = QStringLiteral("MainWindow/linkTableHeader");
const QString CommitteeHeaderKey = QStringLiteral("MainWindow/committeeTableHeader");
const QString PageKey = QStringLiteral("MainWindow/page");
const QString DirectoryKey = QStringLiteral("Files/lastDirectory");

QString applicationVersion()
{
    return QStringLiteral(NETZATLAS_VERSION);
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

QAction *makeAction(QObject *parent, const QString &text, const QString &name, const QKeySequence &shortcut = {},
                    const QString &statusTip = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!statusTip.isEmpty()) {
        action->setStatusTip(statusTip);
        action->setToolTip(shortcut.isEmpty()
                               ? statusTip
                               : QStringLiteral("%1 (%2)").arg(statusTip, shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

QComboBox *filterCombo(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    // Narrow in the row, wide in the popup: the window must fit 1280 logical pixels (1920 at 150 %).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(13);
    // Grow into the room a wide window has, up to a readable width.
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->setMaximumWidth(combo->fontMetrics().averageCharWidth() * 34);
    return combo;
}

QHBoxLayout *filterRow()
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    return row;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actorModel(new ActorTableModel(this))
    , m_actorProxy(new ActorFilterProxyModel(this))
    , m_linkModel(new LinkTableModel(this))
    , m_linkProxy(new LinkFilterProxyModel(this))
    , m_committeeModel(new CommitteeTableModel(this))
    , m_committeeProxy(new RecordFilterProxyModel(this))
    , m_territoryModel(new TerritoryTreeModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actorProxy->setSourceModel(m_actorModel);
    m_linkProxy->setSourceModel(m_linkModel);
    m_committeeProxy->setSourceModel(m_committeeModel);
    m_committeeProxy->setSortRole(CommitteeTableModel::SortRole);
    m_committeeProxy->setSearchRole(CommitteeTableModel::SearchTextRole);

    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    readSettings();

    updateTitle();
    updateCounts();
    updateShownCount();
    updateHeading();
    updateActions();
    rebuildRecentMenu();
}

MainWindow::~MainWindow()
{
    // The models and panels refer to the document; let them go first.
    m_detailPanel->setDocument(nullptr);
    m_historyView->setStack(nullptr);
    m_actorModel->setDocument(nullptr);
    m_linkModel->setDocument(nullptr);
    m_committeeModel->setDocument(nullptr);
    m_territoryModel->setDocument(nullptr);
}

// ------------------------------------------------------------------------------------------------ set-up

void MainWindow::createActions()
{
    m_newAction = makeAction(this, tr("&Neu…"), QStringLiteral("newAction"), QKeySequence::New,
                             tr("Eine neue, leere Registry mit den Gebieten von Rheinland-Pfalz anlegen"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRegistry);
    m_openAction = makeAction(this, tr("Ö&ffnen…"), QStringLiteral("openAction"), QKeySequence::Open,
                              tr("Eine vorhandene Registry-Datei öffnen"));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRegistryDialog);
    m_importAction =
        makeAction(this, tr("CSV &importieren…"), QStringLiteral("importAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
                   tr("Akteure oder Verbindungen aus einer CSV-Datei (Excel) übernehmen"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImport);
    m_saveCopyAction =
        makeAction(this, tr("&Kopie speichern unter…"), QStringLiteral("saveCopyAction"), QKeySequence::SaveAs,
                   tr("Eine Kopie der geöffneten Registry in eine andere Datei schreiben"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_settingsAction = makeAction(this, tr("&Einstellungen…"), QStringLiteral("settingsAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_Comma), tr("Sprache der Oberfläche wählen"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_quitAction =
        makeAction(this, tr("&Beenden"), QStringLiteral("quitAction"), QKeySequence::Quit, tr("Netzatlas beenden"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Undo and redo follow the open document's stack (see setDocument).
    m_undoAction = makeAction(this, tr("&Rückgängig"), QStringLiteral("undoAction"), QKeySequence::Undo,
                              tr("Die letzte Änderung zurücknehmen"));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction =
        makeAction(this, tr("&Wiederherstellen"), QStringLiteral("redoAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), tr("Die zurückgenommene Änderung wieder ausführen"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    m_newActorAction = makeAction(this, tr("Neuer &Akteur…"), QStringLiteral("newActorAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Einen Akteur anlegen"));
    connect(m_newActorAction, &QAction::triggered, this, &MainWindow::newActor);
    m_newLinkAction = makeAction(this, tr("Neue &Verbindung…"), QStringLiteral("newLinkAction"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 tr("Eine Verbindung zwischen zwei Akteuren anlegen"));
    connect(m_newLinkAction, &QAction::triggered, this, [this] {
        const QList<ActorId> selected = currentPage() == Page::Actors ? selectedActors() : QList<ActorId>{};
        newLink(selected.size() == 1 ? selected.constFirst() : ActorId());
    });
    m_newCommitteeAction = makeAction(this, tr("Neues &Gremium…"), QStringLiteral("newCommitteeAction"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), tr("Ein Gremium anlegen"));
    connect(m_newCommitteeAction, &QAction::triggered, this, &MainWindow::newCommittee);
    m_editAction = makeAction(this, tr("&Bearbeiten…"), QStringLiteral("editAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_E), tr("Den ausgewählten Eintrag bearbeiten"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    m_deleteAction = makeAction(this, tr("&Löschen…"), QStringLiteral("deleteAction"), QKeySequence::Delete,
                                tr("Die ausgewählten Einträge löschen"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_bulkTagsAction = makeAction(this, tr("&Schlagwörter bearbeiten…"), QStringLiteral("bulkTagsAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                  tr("Schlagwörter der ausgewählten Akteure hinzufügen oder entfernen"));
    connect(m_bulkTagsAction, &QAction::triggered, this, &MainWindow::bulkEditTags);
    m_catalogueAction = makeAction(this, tr("&Kataloge…"), QStringLiteral("catalogueAction"), QKeySequence(),
                                   tr("Akteurstypen, Verbindungstypen und Handlungsfelder pflegen"));
    connect(m_catalogueAction, &QAction::triggered, this, &MainWindow::showCatalogues);

    m_findAction = makeAction(this, tr("&Suchen"), QStringLiteral("findAction"), QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusQuickFilter);
    m_resetFiltersAction =
        makeAction(this, tr("&Filter zurücksetzen"), QStringLiteral("resetFiltersAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Alle Filter und die Suche leeren"));
    connect(m_resetFiltersAction, &QAction::triggered, this, [this] {
        m_quickFilter->clear();
        m_actorTypeFilter->setCurrentIndex(0);
        m_scpFilter->setChecked(false);
        m_linkTypeFilter->setCurrentIndex(0);
        m_actionFieldFilter->setCurrentIndex(0);
        m_linkStatusFilter->setCurrentIndex(0);
        m_validAtFilter->setDate({});
        m_committeeKindFilter->setCurrentIndex(0);
        m_territoryTree->setCurrentIndex(m_territoryModel->allTerritoriesIndex());
    });
    const QString pageNames[] = {tr("&Akteure"), tr("&Verbindungen"), tr("&Gremien")};
    for (int page = 0; page < 3; ++page) {
        m_pageActions[page] = makeAction(this, pageNames[page], QStringLiteral("pageAction%1").arg(page),
                                         QKeySequence(Qt::CTRL | (Qt::Key_1 + page)));
        m_pageActions[page]->setCheckable(true);
        connect(m_pageActions[page], &QAction::triggered, this, [this, page] { showPage(static_cast<Page>(page)); });
    }

    m_aboutAction = makeAction(this, tr("Ü&ber Netzatlas…"), QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = makeAction(this, tr("Über &Qt"), QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (QAction *action : {m_findAction, m_undoAction, m_redoAction, m_deleteAction, m_editAction})
        addAction(action);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Datei"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("&Zuletzt geöffnet"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addAction(m_saveCopyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Bearbeiten"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_newActorAction);
    editMenu->addAction(m_newLinkAction);
    editMenu->addAction(m_newCommitteeAction);
    editMenu->addSeparator();
    editMenu->addAction(m_editAction);
    editMenu->addAction(m_deleteAction);
    editMenu->addAction(m_bulkTagsAction);
    m_statusMenu = editMenu->addMenu(tr("S&tatus der Verbindungen"));
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(Vocabulary::LinkStatus)) {
        QAction *action = m_statusMenu->addAction(RegistryDocument::displayLabel(entry));
        action->setObjectName(QStringLiteral("status_") + entry.code);
        const QString code = entry.code;
        connect(action, &QAction::triggered, this, [this, code] { setStatusOfSelectedLinks(code); });
    }
    m_linkTable->addAction(m_statusMenu->menuAction());
    editMenu->addSeparator();
    editMenu->addAction(m_catalogueAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&Ansicht"));
    for (QAction *action : m_pageActions)
        viewMenu->addAction(action);
    viewMenu->addSeparator();
    QAction *details = m_detailDock->toggleViewAction();
    details->setText(tr("&Details zum Akteur"));
    details->setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu->addAction(details);
    QAction *map = m_mapDock->toggleViewAction();
    map->setText(tr("&Karte"));
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    viewMenu->addAction(map);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&Verlauf der Änderungen"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    viewMenu->addAction(history);
    viewMenu->addSeparator();
    viewMenu->addAction(m_resetFiltersAction);

    QMenu *analysisMenu = menuBar()->addMenu(tr("A&nalyse"));
    analysisMenu->setObjectName(QStringLiteral("analysisMenu"));
    QAction *analysisPanel = m_analysisDock->toggleViewAction();
    analysisPanel->setText(tr("Analyse-&Bereich"));
    analysisPanel->setShortcut(QKeySequence(Qt::Key_F6));
    analysisMenu->addAction(analysisPanel);
    analysisMenu->addAction(m_analysisPanel->runAction());
    analysisMenu->addAction(m_analysisPanel->cancelAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Hilfe"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Werkzeugleiste"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // Text only: the standard icons do not cover actors and links, and half an icon set looks unfinished.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_newActorAction);
    bar->addAction(m_newLinkAction);
    bar->addAction(m_newCommitteeAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addSeparator();
    bar->addAction(m_analysisDock->toggleViewAction());
}

void MainWindow::setUpTable(QTableView *table, const QString &name, const QString &accessibleName)
{
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setTabKeyNavigation(false);
    table->setIconSize(QSize(10, 10));
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setObjectName(name + QStringLiteral("Header"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorShown(true);
    header->setMinimumSectionSize(table->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    connect(table, &QAbstractItemView::activated, this, &MainWindow::editSelected);
}

QWidget *MainWindow::createActorPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *row = filterRow();
    m_actorTypeFilter = filterCombo(QStringLiteral("actorTypeFilter"), tr("Nach Akteurstyp filtern"), page);
    m_scpFilter = new QCheckBox(tr("nur &SCP-Schulen"), page);
    m_scpFilter->setObjectName(QStringLiteral("scpFilter"));
    auto *typeLabel = new QLabel(tr("&Typ:"), page);
    typeLabel->setBuddy(m_actorTypeFilter);
    row->addWidget(typeLabel);
    row->addWidget(m_actorTypeFilter);
    row->addWidget(m_scpFilter);
    row->addStretch(1);
    layout->addLayout(row);
    m_actorTable = new QTableView(page);
    m_actorTable->setModel(m_actorProxy);
    setUpTable(m_actorTable, QStringLiteral("actorTable"), tr("Akteure"));
    layout->addWidget(m_actorTable, 1);
    connect(m_actorTypeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_actorProxy->setTypeFilter(m_actorTypeFilter->currentData().toString()); });
    connect(m_scpFilter, &QCheckBox::toggled, m_actorProxy, &ActorFilterProxyModel::setScpOnly);
    return page;
}

QWidget *MainWindow::createLinkPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *row = filterRow();
    m_linkTypeFilter = filterCombo(QStringLiteral("linkTypeFilter"), tr("Nach Verbindungstyp filtern"), page);
    m_actionFieldFilter = filterCombo(QStringLiteral("actionFieldFilter"), tr("Nach Handlungsfeld filtern"), page);
    m_linkStatusFilter = filterCombo(QStringLiteral("linkStatusFilter"), tr("Nach Status filtern"), page);
    m_linkStatusFilter->setMinimumContentsLength(8);
    m_validAtFilter = new OptionalDateEdit(tr("gültig am"), page);
    m_validAtFilter->setObjectName(QStringLiteral("validAtFilter"));
    m_validAtFilter->setAccessibleNames(tr("Nur Verbindungen, die an diesem Tag gültig sind"));
    // No labels: the first entry of each list says what it filters ("alle Handlungsfelder"), like Excel's
    // filter buttons; the tooltips and accessible names say it too.
    m_linkTypeFilter->setToolTip(tr("Verbindungstyp"));
    m_actionFieldFilter->setToolTip(tr("Handlungsfeld"));
    m_linkStatusFilter->setToolTip(tr("Status"));
    row->addWidget(m_linkTypeFilter);
    row->addWidget(m_actionFieldFilter);
    row->addWidget(m_linkStatusFilter);
    row->addWidget(m_validAtFilter);
    row->addStretch(0);
    layout->addLayout(row);
    m_linkTable = new QTableView(page);
    m_linkTable->setModel(m_linkProxy);
    setUpTable(m_linkTable, QStringLiteral("linkTable"), tr("Verbindungen"));
    layout->addWidget(m_linkTable, 1);
    connect(m_linkTypeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_linkProxy->setTypeFilter(m_linkTypeFilter->currentData().toString()); });
    connect(m_actionFieldFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_linkProxy->setActionFieldFilter(m_actionFieldFilter->currentData().toString()); });
    connect(m_linkStatusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_linkProxy->setStatusFilter(m_linkStatusFilter->currentData().toString()); });
    connect(m_validAtFilter, &OptionalDateEdit::dateChanged, m_linkProxy, &LinkFilterProxyModel::setValidAt);
    return page;
}

QWidget *MainWindow::createCommitteePage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *row = filterRow();
    m_committeeKindFilter =
        filterCombo(QStringLiteral("committeeKindFilter"), tr("Nach Art des Gremiums filtern"), page);
    auto *kindLabel = new QLabel(tr("A&rt:"), page);
    kindLabel->setBuddy(m_committeeKindFilter);
    row->addWidget(kindLabel);
    row->addWidget(m_committeeKindFilter);
    row->addStretch(1);
    layout->addLayout(row);
    m_committeeTable = new QTableView(page);
    m_committeeTable->setModel(m_committeeProxy);
    setUpTable(m_committeeTable, QStringLiteral("committeeTable"), tr("Gremien"));
    layout->addWidget(m_committeeTable, 1);
    connect(m_committeeKindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_committeeProxy->setValueFilter(CommitteeTableModel::KindRole, m_committeeKindFilter->currentData());
    });
    return page;
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);

    m_demoBanner = new DemoBanner(central);
    centralLayout->addWidget(m_demoBanner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    centralLayout->addWidget(m_splitter, 1);

    // Left: where to look.
    m_territoryTree = new QTreeView(m_splitter);
    m_territoryTree->setObjectName(QStringLiteral("territoryTree"));
    m_territoryTree->setAccessibleName(tr("Gebiete"));
    m_territoryTree->setAccessibleDescription(
        tr("Gebiete mit der Zahl der Akteure; die Auswahl filtert Akteure, Verbindungen und Gremien"));
    m_territoryTree->setModel(m_territoryModel);
    m_territoryTree->setHeaderHidden(true);
    m_territoryTree->setUniformRowHeights(true);
    m_territoryTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_territoryTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_territoryTree->setMinimumWidth(170);
    connect(m_territoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::territorySelected);

    // Right: what is there.
    auto *recordPane = new QWidget(m_splitter);
    auto *recordLayout = new QVBoxLayout(recordPane);
    recordLayout->setContentsMargins(8, 8, 6, 6);
    recordLayout->setSpacing(6);

    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    m_actorHeading = new QLabel(tr("Akteure"), recordPane);
    m_actorHeading->setObjectName(QStringLiteral("actorHeading"));
    QFont headingFont = m_actorHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_actorHeading->setFont(headingFont);
    m_actorHeading->setTextFormat(Qt::PlainText);
    headingRow->addWidget(m_actorHeading, 1);

    m_quickFilter = new QLineEdit(recordPane);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Suchen: Name, Ort, Schulnummer, Schlagwort …"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Einträge filtern"));
    m_quickFilter->setToolTip(tr("Zeigt nur Einträge, in denen alle eingegebenen Wörter vorkommen (Strg+F, "
                                 "Esc leert das Feld)"));
    m_quickFilter->setMinimumWidth(m_quickFilter->fontMetrics().horizontalAdvance(m_quickFilter->placeholderText()) +
                                   48); // the placeholder must not be cut off
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_actorProxy->setQuickFilter(text);
        m_linkProxy->setQuickFilter(text);
        m_committeeProxy->setQuickFilter(text);
    });
    auto *clearFilter = new QAction(m_quickFilter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_quickFilter, &QLineEdit::clear);
    m_quickFilter->addAction(clearFilter);
    headingRow->addWidget(m_quickFilter);
    recordLayout->addLayout(headingRow);

    m_tabs = new QTabWidget(recordPane);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createActorPage(), tr("Akteure"));
    m_tabs->addTab(createLinkPage(), tr("Verbindungen"));
    m_tabs->addTab(createCommitteePage(), tr("Gremien"));
    m_measuresPage = new MeasuresPage(m_tabs);
    m_tabs->addTab(m_measuresPage, tr("Maßnahmen"));
    m_budgetsPage = new BudgetsPage(m_tabs);
    m_tabs->addTab(m_budgetsPage, tr("Budgets"));
    for (QTableView *table : {m_measuresPage->table(), m_budgetsPage->table()}) {
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentRecordChanged);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::currentRecordChanged);
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateShownCount);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateShownCount);
        connect(table->model(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    }
    recordLayout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateHeading();
        updateShownCount();
        currentRecordChanged();
        for (int page = 0; page < 3; ++page)
            m_pageActions[page]->setChecked(page == m_tabs->currentIndex());
    });

    for (QAbstractItemModel *proxy :
         {static_cast<QAbstractItemModel *>(m_actorProxy), static_cast<QAbstractItemModel *>(m_linkProxy),
          static_cast<QAbstractItemModel *>(m_committeeProxy)}) {
        connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateShownCount);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateShownCount);
    }
    for (QTableView *table : {m_actorTable, m_linkTable, m_committeeTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::currentRecordChanged);
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentRecordChanged);
        for (QAction *action : {m_editAction, m_deleteAction})
            table->addAction(action);
    }
    connect(m_actorTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::syncMapSelection);
    m_actorTable->addAction(m_newLinkAction);
    m_actorTable->addAction(m_bulkTagsAction);

    m_splitter->addWidget(m_territoryTree);
    m_splitter->addWidget(recordPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_detailPanel = new ActorDetailPanel(this);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detailPanel);
    m_detailDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    connect(m_detailPanel, &ActorDetailPanel::linkActivated, this, &MainWindow::editLink);
    connect(m_detailPanel, &ActorDetailPanel::actorActivated, this, &MainWindow::selectActor);
    connect(m_detailPanel, &ActorDetailPanel::newLinkRequested, this, [this](ActorId id) { newLink(id); });
    connect(m_detailPanel, &ActorDetailPanel::measureActivated, this, [this](MeasureId id) {
        m_tabs->setCurrentWidget(m_measuresPage);
        m_measuresPage->selectMeasure(id);
        m_measuresPage->editMeasure(id);
    });

    m_historyView = new QUndoView(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Verlauf der Änderungen"));
    m_historyView->setEmptyLabel(tr("<Registry geöffnet>"));
    m_historyDock = new QDockWidget(tr("Verlauf"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    createAnalysisDock();
    createMapDock();
    // "Auf der Karte zeigen" in the analysis panel: the map marks the actors and links, the tables select them.
    connect(m_analysisPanel, &AnalysisPanel::highlightRequested, this,
            [this](const QList<ActorId> &actors, const QList<LinkId> &links) {
                m_mapDock->show();
                m_mapDock->raise();
                m_mapPanel->highlight(actors, links, tr("Analyseergebnis"));
            });
}

void MainWindow::createAnalysisDock()
{
    // A dock below the tables rather than a fourth tab: the results and the registry they point to stay visible
    // side by side (a double-click on an actor selects it in the table above), and the dock can float on a
    // second screen.
    m_analysisPanel = new AnalysisPanel(this);
    m_analysisDock = new QDockWidget(tr("Analyse"), this);
    m_analysisDock->setObjectName(QStringLiteral("analysisDock"));
    m_analysisDock->setWidget(m_analysisPanel);
    m_analysisDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                                QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_analysisDock);
    m_analysisDock->hide();
    connect(m_analysisPanel, &AnalysisPanel::actorActivated, this, &MainWindow::selectActor);
    connect(m_analysisPanel, &AnalysisPanel::linkActivated, this, &MainWindow::selectLink);
    connect(m_analysisPanel, &AnalysisPanel::highlightRequested, this, &MainWindow::highlightInTables);
    // F5 / Ctrl+R also bring the panel up.
    connect(m_analysisPanel->runAction(), &QAction::triggered, this, [this] {
        m_analysisDock->show();
        m_analysisDock->raise();
    });
    addAction(m_analysisPanel->runAction());
}

void MainWindow::highlightInTables(const QList<ActorId> &actors, const QList<LinkId> &links)
{
    const bool showActors = !actors.isEmpty();
    if (!showActors && links.isEmpty())
        return;
    showPage(showActors ? Page::Actors : Page::Links);
    QTableView *table = showActors ? m_actorTable : m_linkTable;
    QSortFilterProxyModel *proxy = showActors ? static_cast<QSortFilterProxyModel *>(m_actorProxy)
                                              : static_cast<QSortFilterProxyModel *>(m_linkProxy);
    QList<int> sourceRows;
    if (showActors) {
        for (const ActorId id : actors)
            sourceRows.append(m_actorModel->rowOf(id));
    } else {
        for (const LinkId id : links)
            sourceRows.append(m_linkModel->rowOf(id));
    }
    sourceRows.removeAll(-1);
    if (sourceRows.isEmpty())
        return;
    QAbstractItemModel *source = proxy->sourceModel();
    for (const int row : sourceRows) {
        if (!proxy->mapFromSource(source->index(row, 0)).isValid()) {
            m_resetFiltersAction->trigger(); // a filter hides some: show everything rather than a part
            break;
        }
    }
    QItemSelection selection;
    for (const int row : sourceRows) {
        const QModelIndex index = proxy->mapFromSource(source->index(row, 0));
        selection.select(index, index);
    }
    const QModelIndex first = proxy->mapFromSource(source->index(sourceRows.constFirst(), 0));
    table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(first);
}

void MainWindow::createMapDock()
{
    // A dock rather than a tab: table and map side by side keep their selections in step, and the map can be
    // floated onto the projector's screen.
    m_mapPanel = new MapPanel(this);
    m_mapDock = new QDockWidget(tr("Karte"), this);
    m_mapDock->setObjectName(QStringLiteral("mapDock"));
    m_mapDock->setWidget(m_mapPanel);
    m_mapDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                           QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_mapDock);
    // Hidden until asked for (Ansicht › Karte, Strg+K, or "Auf der Karte zeigen"): with the map open below the
    // tables the window would need more height than a 1366 × 768 laptop has.
    m_mapDock->hide();
    connect(m_mapPanel, &MapPanel::actorsSelected, this, [this](const QList<ActorId> &actors) {
        if (m_syncingMapSelection)
            return;
        const QScopedValueRollback guard(m_syncingMapSelection, true);
        if (actors.isEmpty()) {
            m_actorTable->selectionModel()->clearSelection();
            return;
        }
        selectActor(actors.constFirst());
        for (qsizetype i = 1; i < actors.size(); ++i) {
            const int sourceRow = m_actorModel->rowOf(actors[i]);
            const QModelIndex index =
                sourceRow < 0 ? QModelIndex() : m_actorProxy->mapFromSource(m_actorModel->index(sourceRow, 0));
            if (index.isValid())
                m_actorTable->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    });
}

void MainWindow::syncMapSelection()
{
    if (m_syncingMapSelection || !m_mapPanel)
        return;
    const QScopedValueRollback guard(m_syncingMapSelection, true);
    m_mapPanel->selectActors(selectedActors());
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(statusBar());
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_countsLabel->setAccessibleName(tr("Umfang der Registry"));
    statusBar()->addWidget(m_countsLabel, 1);

    m_readOnlyLabel = new QLabel(tr("schreibgeschützt"), statusBar());
    m_readOnlyLabel->setObjectName(QStringLiteral("statusReadOnly"));
    m_readOnlyLabel->setToolTip(tr("Die Registry ist nur zum Lesen geöffnet; Änderungen sind nicht möglich."));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    m_shownLabel = new QLabel(statusBar());
    m_shownLabel->setObjectName(QStringLiteral("statusShown"));
    m_shownLabel->setAccessibleName(tr("Angezeigte Einträge"));
    statusBar()->addPermanentWidget(m_shownLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        QSize size(1440, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.92);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({250, 1100});
    if (settings.value(StateKey).toByteArray().isEmpty())
        resizeDocks({m_detailDock}, {330}, Qt::Horizontal);

    const QFontMetrics metrics = m_actorTable->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    auto restoreHeader = [&](QTableView *table, const QString &key, int columns,
                             std::initializer_list<std::pair<int, int>> widths, int sortColumn) {
        QHeaderView *header = table->horizontalHeader();
        if (!header->restoreState(settings.value(key).toByteArray()) || header->count() != columns) {
            // Widths for typical content, never narrower than the column title.
            for (const auto &[column, chars] : widths) {
                const int title =
                    metrics.horizontalAdvance(table->model()->headerData(column, Qt::Horizontal).toString()) + 28;
                header->resizeSection(column, std::max(chars * charWidth + 12, title));
            }
            header->setSortIndicator(sortColumn, Qt::AscendingOrder);
            if (table == m_actorTable)
                m_fitColumnsOnShow = true;
        }
        const int sorted = header->sortIndicatorSection();
        table->sortByColumn(sorted >= 0 && sorted < columns ? sorted : sortColumn, header->sortIndicatorOrder());
    };
    restoreHeader(m_actorTable, ActorHeaderKey, ActorTableModel::ColumnCount,
                  {{ActorTableModel::NameColumn, 34},
                   {ActorTableModel::TypeColumn, 19},
                   {ActorTableModel::SchoolKindColumn, 16},
                   {ActorTableModel::ScpColumn, 4},
                   {ActorTableModel::GemeindeColumn, 15},
                   {ActorTableModel::RegionColumn, 20},
                   {ActorTableModel::SchoolNumberColumn, 9},
                   {ActorTableModel::TagsColumn, 14},
                   {ActorTableModel::KeyColumn, 9}},
                  ActorTableModel::NameColumn);
    restoreHeader(m_linkTable, LinkHeaderKey, LinkTableModel::ColumnCount,
                  {{LinkTableModel::SourceColumn, 28},
                   {LinkTableModel::DirectionColumn, 3},
                   {LinkTableModel::TargetColumn, 28},
                   {LinkTableModel::TypeColumn, 24},
                   {LinkTableModel::ActionFieldColumn, 18},
                   {LinkTableModel::FormalityColumn, 14},
                   {LinkTableModel::IntensityColumn, 4},
                   {LinkTableModel::ValidFromColumn, 10},
                   {LinkTableModel::ValidUntilColumn, 10},
                   {LinkTableModel::StatusColumn, 8},
                   {LinkTableModel::MeasureColumn, 16},
                   {LinkTableModel::NoteColumn, 24}},
                  LinkTableModel::SourceColumn);
    restoreHeader(m_committeeTable, CommitteeHeaderKey, CommitteeTableModel::ColumnCount,
                  {{CommitteeTableModel::NameColumn, 34},
                   {CommitteeTableModel::KindColumn, 22},
                   {CommitteeTableModel::MembersColumn, 6},
                   {CommitteeTableModel::SeatColumn, 24},
                   {CommitteeTableModel::RhythmColumn, 16},
                   {CommitteeTableModel::MandateColumn, 30}},
                  CommitteeTableModel::NameColumn);
    const int page = settings.value(PageKey, 0).toInt();
    m_tabs->setCurrentIndex(page >= 0 && page < 3 ? page : 0);
    m_pageActions[m_tabs->currentIndex()]->setChecked(true);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ActorHeaderKey, m_actorTable->horizontalHeader()->saveState());
    settings.setValue(LinkHeaderKey, m_linkTable->horizontalHeader()->saveState());
    settings.setValue(CommitteeHeaderKey, m_committeeTable->horizontalHeader()->saveState());
    settings.setValue(PageKey, m_tabs->currentIndex());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitColumnsOnShow) {
        m_fitColumnsOnShow = false;
        // After the layout has given the table its size.
        QTimer::singleShot(0, this, &MainWindow::fitColumnsToTable);
    }
}

void MainWindow::fitColumnsToTable()
{
    QHeaderView *header = m_actorTable->horizontalHeader();
    const int spare = m_actorTable->viewport()->width() - header->length();
    if (spare <= 0)
        return;
    // The long texts get the room: names, Verbandsgemeinden, Gemeinden.
    const std::pair<int, int> shares[] = {
        {ActorTableModel::NameColumn, 50}, {ActorTableModel::RegionColumn, 30}, {ActorTableModel::GemeindeColumn, 20}};
    for (const auto &[column, percent] : shares)
        header->resizeSection(column, header->sectionSize(column) + spare * percent / 100);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

// ------------------------------------------------------------------------------------------------ files

bool MainWindow::openRegistry(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && sameFile(absolute, m_document->path())) {
        statusBar()->showMessage(tr("Die Registry ist bereits geöffnet."), 3000);
        return true;
    }
    if (!QFileInfo::exists(absolute)) {
        RecentFiles::remove(absolute);
        showError(tr("Registry öffnen"),
                  tr("Die Registry „%1“ konnte nicht geöffnet werden.").arg(QFileInfo(absolute).fileName()),
                  Error::at(absolute, 0, {}, tr("Die Datei gibt es nicht.")));
        return false;
    }

    // A second Netzatlas process on the same file would overwrite the other's changes: ask first.
    auto lock = std::make_unique<RegistryLock>(absolute);
    bool readOnly = false;
    switch (lock->tryAcquire()) {
    case RegistryLock::State::Acquired:
        break;
    case RegistryLock::State::Failed:
        // The folder is not writable: SQLite cannot write there either.
        lock.reset();
        break;
    case RegistryLock::State::HeldByOther: {
        const RegistryLock::Owner owner = lock->owner();
        const QString since = owner.since.isValid() ? QLocale().toString(owner.since, QLocale::ShortFormat) : QString();
        QMessageBox box(
            QMessageBox::Warning, tr("Registry wird bereits bearbeitet"),
            tr("„%1“ ist bereits in einem anderen Netzatlas-Fenster geöffnet.").arg(QFileInfo(absolute).fileName()),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("lockedMessage"));
        QString details = owner.onThisComputer
                              ? tr("Auf diesem Computer (Prozess %1), seit %2.").arg(owner.pid).arg(since)
                              : tr("Auf dem Computer „%1“, seit %2.").arg(owner.hostName, since);
        details += u'\n';
        details += owner.onThisComputer
                       ? tr("Sie können die Registry schreibgeschützt öffnen, um nachzusehen.")
                       : tr("Sie können die Registry schreibgeschützt öffnen. Ist Netzatlas dort abgestürzt oder "
                            "der Computer aus, lässt sich die Sperre aufheben – nur dann, sonst überschreiben sich "
                            "die Änderungen gegenseitig.");
        box.setInformativeText(details);
        QPushButton *readOnlyButton = box.addButton(tr("&Schreibgeschützt öffnen"), QMessageBox::AcceptRole);
        QPushButton *breakButton =
            owner.onThisComputer ? nullptr : box.addButton(tr("Sperre &aufheben"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnlyButton);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() == readOnlyButton) {
            readOnly = true;
            lock.reset();
        } else if (breakButton && box.clickedButton() == breakButton) {
            if (!lock->breakAndAcquire()) {
                showError(tr("Registry öffnen"), tr("Die Sperre konnte nicht aufgehoben werden."),
                          Error::at(lock->lockFilePath(), 0, {}, tr("Die Sperrdatei lässt sich nicht löschen.")));
                return false;
            }
        } else {
            return false;
        }
        break;
    }
    }

    auto opened = [&] {
        WaitCursor wait;
        return RegistryDocument::open(absolute, readOnly);
    }();
    if (!opened.ok()) {
        Log::warning("widgets", QStringLiteral("opening a registry failed"));
        showError(tr("Registry öffnen"),
                  tr("Die Registry „%1“ konnte nicht geöffnet werden.").arg(QFileInfo(absolute).fileName()),
                  opened.error());
        return false;
    }
    std::unique_ptr<RegistryDocument> document = std::move(opened).value();
    if (lock)
        document->setLock(std::move(lock));
    RecentFiles::add(absolute);
    rememberDirectory(absolute);
    setDocument(std::move(document));
    return true;
}

bool MainWindow::createRegistry(const QString &path, const InitOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto created = [&] {
        WaitCursor wait;
        return RegistryDocument::create(absolute, options);
    }();
    if (!created.ok()) {
        Log::warning("widgets", QStringLiteral("creating a registry failed"));
        showError(tr("Neue Registry"),
                  tr("Die Registry „%1“ konnte nicht angelegt werden.").arg(QFileInfo(absolute).fileName()),
                  created.error());
        return false;
    }
    std::unique_ptr<RegistryDocument> document = std::move(created).value();
    auto lock = std::make_unique<RegistryLock>(absolute);
    if (lock->tryAcquire() == RegistryLock::State::Acquired)
        document->setLock(std::move(lock));
    RecentFiles::add(absolute);
    rememberDirectory(absolute);
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openDefaultRegistry(const QString &path)
{
    if (QFileInfo::exists(path))
        return openRegistry(path);

    InitOptions options;
    options.demo = true;
    statusBar()->showMessage(tr("Die Demo-Registry wird angelegt …"));
    auto created = [&] {
        WaitCursor wait;
        return RegistryDocument::create(path, options);
    }();
    statusBar()->clearMessage();
    if (!created.ok()) {
        Log::error("widgets", QStringLiteral("creating the demo registry failed"));
        showError(tr("Demo-Registry anlegen"),
                  tr("Die Demo-Registry für den ersten Start konnte nicht angelegt werden."), created.error());
        return false;
    }
    Log::info("widgets", QStringLiteral("first start: demo registry created"));
    std::unique_ptr<RegistryDocument> document = std::move(created).value();
    auto lock = std::make_unique<RegistryLock>(path);
    if (lock->tryAcquire() == RegistryLock::State::Acquired)
        document->setLock(std::move(lock));
    setDocument(std::move(document), true);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<RegistryDocument> document, bool createdOnFirstStart)
{
    m_mapPanel->setDocument(nullptr);
    std::unique_ptr<RegistryDocument> previous = std::move(m_document);
    m_document = std::move(document);
    m_detailPanel->setDocument(m_document.get());
    m_analysisPanel->setDocument(m_document.get());
    m_mapPanel->setDocument(m_document.get());
    m_historyView->setStack(m_document ? m_document->undoStack() : nullptr);
    m_actorModel->setDocument(m_document.get());
    m_linkModel->setDocument(m_document.get());
    m_committeeModel->setDocument(m_document.get());
    m_territoryModel->setDocument(m_document.get());
    m_measuresPage->setDocument(m_document.get());
    m_budgetsPage->setDocument(m_document.get());
    previous.reset();

    if (m_document) {
        connect(m_document.get(), &RegistryDocument::countsChanged, this, &MainWindow::updateCounts);
        connect(m_document.get(), &RegistryDocument::metadataChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &RegistryDocument::cataloguesReset, this, &MainWindow::fillFilterCombos);
        connect(m_document.get(), &RegistryDocument::editFailed, this, &MainWindow::editFailed);
        QUndoStack *stack = m_document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::currentRecordChanged);
    }
    fillFilterCombos();

    m_quickFilter->clear();
    m_territoryTree->setCurrentIndex(m_territoryModel->allTerritoriesIndex());
    territorySelected();
    expandTerritoriesWithActors();
    m_actorTable->scrollToTop();

    if (m_document && m_document->isDemo())
        m_demoBanner->showNotice(createdOnFirstStart);
    else
        m_demoBanner->hide();

    updateTitle();
    updateCounts();
    updateShownCount();
    updateActions();
    currentRecordChanged();
}

void MainWindow::fillFilterCombos()
{
    auto refill = [this](QComboBox *combo, const QString &all, auto fill) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        if (m_document)
            fill(combo);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    auto catalogue = [this](CatalogueKind kind) {
        return [this, kind](QComboBox *combo) {
            for (const CatalogueEntry &entry : m_document->catalogue(kind)) {
                combo->addItem(RegistryDocument::displayLabel(entry), entry.code);
                const QColor color = QColor::fromString(entry.color);
                if (color.isValid())
                    combo->setItemData(combo->count() - 1, color, Qt::DecorationRole);
            }
        };
    };
    auto vocabulary = [](Vocabulary which) {
        return [which](QComboBox *combo) {
            for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(which))
                combo->addItem(RegistryDocument::displayLabel(entry), entry.code);
        };
    };
    refill(m_actorTypeFilter, tr("alle Typen"), catalogue(CatalogueKind::ActorType));
    refill(m_linkTypeFilter, tr("alle Typen"), catalogue(CatalogueKind::LinkType));
    refill(m_actionFieldFilter, tr("alle Handlungsfelder"), catalogue(CatalogueKind::ActionField));
    refill(m_linkStatusFilter, tr("jeder Status"), vocabulary(Vocabulary::LinkStatus));
    refill(m_committeeKindFilter, tr("alle Arten"), vocabulary(Vocabulary::CommitteeKind));
    m_actorProxy->setTypeFilter(m_actorTypeFilter->currentData().toString());
    m_linkProxy->setTypeFilter(m_linkTypeFilter->currentData().toString());
    m_linkProxy->setActionFieldFilter(m_actionFieldFilter->currentData().toString());
    m_linkProxy->setStatusFilter(m_linkStatusFilter->currentData().toString());
    m_committeeProxy->setValueFilter(CommitteeTableModel::KindRole, m_committeeKindFilter->currentData());
}

// ------------------------------------------------------------------------------------------------ files (more)

void MainWindow::newRegistry()
{
    QFileDialog dialog(this, tr("Neue Registry anlegen"), dialogDirectory(),
                       tr("Netzatlas-Registry (*.sqlite);;Alle Dateien (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.selectFile(tr("Neue Registry.sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();

    if (m_document && sameFile(path, m_document->path())) {
        showError(tr("Neue Registry"), tr("Die geöffnete Registry kann nicht durch eine neue ersetzt werden."),
                  Error::at(path, 0, {}, tr("Bitte einen anderen Dateinamen wählen.")));
        return;
    }
    // The dialog has asked whether to replace an existing file; the old one goes to the recycle bin.
    if (QFileInfo::exists(path) && !QFile::moveToTrash(path) && !QFile::remove(path)) {
        showError(tr("Neue Registry"), tr("Die vorhandene Datei kann nicht ersetzt werden."),
                  Error::at(path, 0, {},
                            tr("Die Datei ist schreibgeschützt oder wird von einem anderen Programm "
                               "benutzt.")));
        return;
    }
    InitOptions options;
    options.title = QFileInfo(path).completeBaseName();
    createRegistry(path, options);
}

void MainWindow::openRegistryDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Registry öffnen"), dialogDirectory(),
                                                      tr("Netzatlas-Registry (*.sqlite);;Alle Dateien (*)"));
    if (!path.isEmpty())
        openRegistry(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    QFileDialog dialog(this, tr("Kopie speichern unter"), dialogDirectory(),
                       tr("Netzatlas-Registry (*.sqlite);;Alle Dateien (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.selectFile(tr("%1 – Kopie.sqlite").arg(QFileInfo(m_document->path()).completeBaseName()));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const Status saved = [&] {
        WaitCursor wait;
        return m_document->saveCopy(path);
    }();
    if (!saved.ok()) {
        showError(tr("Kopie speichern"), tr("Die Kopie konnte nicht gespeichert werden."), saved.error());
        return;
    }
    rememberDirectory(path);
    statusBar()->showMessage(tr("Kopie gespeichert: %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList entries = RecentFiles::entries();
    int number = 1;
    for (const QString &path : entries) {
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRegistry(path); });
        ++number;
    }
    if (entries.isEmpty()) {
        m_recentMenu->addAction(tr("(keine)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Liste leeren")), &QAction::triggered, this, [] { RecentFiles::clear(); });
    }
}

QString MainWindow::dialogDirectory() const
{
    const QString stored = QSettings().value(DirectoryKey).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberDirectory(const QString &path) const
{
    QSettings().setValue(DirectoryKey, QFileInfo(path).absolutePath());
}

// ------------------------------------------------------------------------------------------------ view

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(std::clamp(m_tabs->currentIndex(), 0, 2));
}

QTableView *MainWindow::currentTable() const
{
    if (m_measuresPage && m_tabs->currentWidget() == m_measuresPage)
        return m_measuresPage->table();
    if (m_budgetsPage && m_tabs->currentWidget() == m_budgetsPage)
        return m_budgetsPage->table();
    switch (currentPage()) {
    case Page::Actors:
        return m_actorTable;
    case Page::Links:
        return m_linkTable;
    case Page::Committees:
        return m_committeeTable;
    }
    return m_actorTable;
}

void MainWindow::focusQuickFilter()
{
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void MainWindow::territorySelected()
{
    const QModelIndex current = m_territoryTree->currentIndex();
    const QString rs = current.data(TerritoryTreeModel::RegionalKeyRole).toString();
    m_actorProxy->setTerritoryFilter(rs);
    m_linkProxy->setTerritoryFilter(rs);
    m_committeeProxy->setPrefixFilter({CommitteeTableModel::SeatRsRole}, rs);
    updateHeading();
}

void MainWindow::updateHeading()
{
    const QModelIndex current = m_territoryTree->currentIndex();
    const QString rs = current.data(TerritoryTreeModel::RegionalKeyRole).toString();
    if (m_tabs->currentWidget() == m_measuresPage || m_tabs->currentWidget() == m_budgetsPage) {
        m_actorHeading->setText(m_tabs->currentWidget() == m_measuresPage ? tr("Maßnahmen im Startchancen-Programm")
                                                                          : tr("Budgets und Mittel"));
        return;
    }
    QString what;
    switch (currentPage()) {
    case Page::Actors:
        what = tr("Akteure");
        break;
    case Page::Links:
        what = tr("Verbindungen");
        break;
    case Page::Committees:
        what = tr("Gremien");
        break;
    }
    if (rs.isEmpty())
        m_actorHeading->setText(tr("%1 – alle Gebiete").arg(what));
    else
        m_actorHeading->setText(tr("%1 – %2").arg(what, current.data(TerritoryTreeModel::NameRole).toString()));
}

QList<ActorId> MainWindow::selectedActors() const
{
    QList<ActorId> ids;
    for (const QModelIndex &index : m_actorTable->selectionModel()->selectedRows())
        ids << ActorId(index.data(ActorTableModel::ActorIdRole).toLongLong());
    return ids;
}

QList<LinkId> MainWindow::selectedLinks() const
{
    QList<LinkId> ids;
    for (const QModelIndex &index : m_linkTable->selectionModel()->selectedRows())
        ids << LinkId(index.data(LinkTableModel::LinkIdRole).toLongLong());
    return ids;
}

void MainWindow::selectActor(ActorId actor)
{
    const int sourceRow = m_actorModel->rowOf(actor);
    if (sourceRow < 0)
        return;
    showPage(Page::Actors);
    QModelIndex index = m_actorProxy->mapFromSource(m_actorModel->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than nothing.
        m_resetFiltersAction->trigger();
        index = m_actorProxy->mapFromSource(m_actorModel->index(sourceRow, 0));
    }
    m_actorTable->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_actorTable->scrollTo(index);
}

void MainWindow::selectLink(LinkId link)
{
    const int sourceRow = m_linkModel->rowOf(link);
    if (sourceRow < 0)
        return;
    showPage(Page::Links);
    QModelIndex index = m_linkProxy->mapFromSource(m_linkModel->index(sourceRow, 0));
    if (!index.isValid()) {
        m_resetFiltersAction->trigger();
        index = m_linkProxy->mapFromSource(m_linkModel->index(sourceRow, 0));
    }
    m_linkTable->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_linkTable->scrollTo(index);
}

void MainWindow::currentRecordChanged()
{
    // The side panel shows the actor the current row is about.
    ActorId actor;
    const QModelIndex current = currentTable()->currentIndex();
    if (m_tabs->currentWidget() == m_measuresPage || m_tabs->currentWidget() == m_budgetsPage) {
        // A measure: its first school; a budget line: its holder.
        if (m_tabs->currentWidget() == m_measuresPage) {
            const QVariantList schools = current.data(MeasureTableModel::SchoolIdsRole).toList();
            actor = schools.isEmpty() ? ActorId() : ActorId(schools.constFirst().toLongLong());
        } else {
            actor = ActorId(current.data(BudgetTableModel::HolderIdRole).toLongLong());
        }
    } else if (current.isValid()) {
        switch (currentPage()) {
        case Page::Actors:
            actor = ActorId(current.data(ActorTableModel::ActorIdRole).toLongLong());
            break;
        case Page::Links:
            actor = ActorId(current.data(LinkTableModel::SourceIdRole).toLongLong());
            break;
        case Page::Committees:
            actor = ActorId(current.data(CommitteeTableModel::ActorIdRole).toLongLong());
            break;
        }
    }
    if (actor != m_detailPanel->actor())
        m_detailPanel->setActor(actor);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    const bool selection = currentTable()->selectionModel()->hasSelection();
    m_saveCopyAction->setEnabled(open);
    m_importAction->setEnabled(writable);
    m_newActorAction->setEnabled(writable);
    m_newLinkAction->setEnabled(writable && m_document->actors().size() >= 2);
    m_newCommitteeAction->setEnabled(writable);
    m_editAction->setEnabled(open && selection);
    m_editAction->setText(writable ? tr("&Bearbeiten…") : tr("&Anzeigen…"));
    m_deleteAction->setEnabled(writable && selection);
    m_bulkTagsAction->setEnabled(writable && currentPage() == Page::Actors && selection);
    m_statusMenu->setEnabled(writable && currentPage() == Page::Links && selection);
    m_catalogueAction->setEnabled(open);
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Rückgängig: %1").arg(stack->undoText()) : tr("&Rückgängig"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Wiederherstellen: %1").arg(stack->redoText())
                                                    : tr("&Wiederherstellen"));
    m_undoAction->setIconText(tr("Rückgängig"));
    m_redoAction->setIconText(tr("Wiederherstellen"));
    m_readOnlyLabel->setVisible(open && m_document->isReadOnly());
}

void MainWindow::expandTerritoriesWithActors()
{
    // A registry usually centres on one Kreis, with a few partners elsewhere (ADD, Ministerium, a Betrieb
    // across the Land border). Open the path to the territory that holds most of the actors, down to the Kreis,
    // so that its Verbandsgemeinden are in view; a registry spread evenly stays closed.
    QModelIndex parent;
    int parentCount = 0;
    for (int row = 0; row < m_territoryModel->rowCount(); ++row)
        parentCount =
            std::max(parentCount, m_territoryModel->index(row, 0).data(TerritoryTreeModel::ActorCountRole).toInt());
    for (int depth = 0; depth < 4; ++depth) {
        QModelIndex best;
        int bestCount = 0;
        for (int row = 0; row < m_territoryModel->rowCount(parent); ++row) {
            const QModelIndex index = m_territoryModel->index(row, 0, parent);
            if (index.data(TerritoryTreeModel::RegionalKeyRole).toString().isEmpty())
                continue; // "Alle Gebiete"
            const int count = index.data(TerritoryTreeModel::ActorCountRole).toInt();
            if (count > bestCount) {
                best = index;
                bestCount = count;
            }
        }
        if (!best.isValid() || bestCount * 2 < parentCount)
            return;
        m_territoryTree->expand(best);
        const QString rs = best.data(TerritoryTreeModel::RegionalKeyRole).toString();
        if (rs.size() >= 5)
            return; // a Kreis: its Verbandsgemeinden are now visible
        parent = best;
        parentCount = bestCount;
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Netzatlas"));
        setWindowFilePath({});
        return;
    }
    QString title = tr("Netzatlas – %1").arg(m_document->fileName());
    if (m_document->isReadOnly())
        title += tr(" [schreibgeschützt]");
    setWindowTitle(title);
    setWindowFilePath(m_document->path());
}

void MainWindow::updateCounts()
{
    if (!m_document) {
        m_countsLabel->setText(tr("Keine Registry geöffnet"));
        return;
    }
    const RegistryCounts &counts = m_document->counts();
    const QString separator = QStringLiteral(" \u00b7 ");
    m_countsLabel->setText(tr("%Ln Akteure", nullptr, static_cast<int>(counts.actors)) + separator +
                           tr("%Ln Verbindungen", nullptr, static_cast<int>(counts.links)) + separator +
                           tr("%Ln SCP-Schulen", nullptr, static_cast<int>(counts.scpSchools)));
}

void MainWindow::updateShownCount()
{
    const QAbstractItemModel *model = currentTable()->model();
    m_shownLabel->setText(tr("angezeigt: %L1").arg(model ? model->rowCount() : 0));
}

// ------------------------------------------------------------------------------------------------ editing

void MainWindow::newActor()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Actor actor;
    // Start where the user is looking: the selected Gemeinde becomes the seat.
    const QString rs = m_territoryTree->currentIndex().data(TerritoryTreeModel::RegionalKeyRole).toString();
    if (const Territory *t = m_document->territory(rs); t && t->level == TerritoryLevel::Gemeinde)
        actor.seatRs = rs;
    ActorEditorDialog dialog(m_document.get(), actor, this);
    if (dialog.exec() == QDialog::Accepted)
        selectActor(dialog.savedActor());
}

void MainWindow::newLink(ActorId source)
{
    if (!m_document || m_document->isReadOnly())
        return;
    CooperationLink link;
    link.source = source;
    LinkEditorDialog dialog(m_document.get(), link, this);
    if (dialog.exec() == QDialog::Accepted && currentPage() == Page::Links)
        selectLink(dialog.savedLink());
}

void MainWindow::newCommittee()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Actor actor;
    actor.typeCode = DomainCatalogue::CommitteeType;
    CommitteeEditorDialog dialog(m_document.get(), actor, Committee{}, this);
    if (dialog.exec() == QDialog::Accepted)
        showPage(Page::Committees);
}

void MainWindow::editActor(ActorId id)
{
    const Actor *actor = m_document ? m_document->actor(id) : nullptr;
    if (!actor)
        return;
    if (const Committee *committee = m_document->committeeOfActor(id)) {
        CommitteeEditorDialog dialog(m_document.get(), *actor, *committee, this);
        dialog.exec();
        return;
    }
    ActorEditorDialog dialog(m_document.get(), *actor, this);
    dialog.exec();
}

void MainWindow::editLink(LinkId id)
{
    const CooperationLink *link = m_document ? m_document->link(id) : nullptr;
    if (!link)
        return;
    LinkEditorDialog dialog(m_document.get(), *link, this);
    dialog.exec();
}

void MainWindow::editSelected()
{
    if (!m_document)
        return;
    if (m_tabs->currentWidget() == m_measuresPage) {
        m_measuresPage->editCurrent();
        return;
    }
    if (m_tabs->currentWidget() == m_budgetsPage) {
        m_budgetsPage->editCurrent();
        return;
    }
    const QModelIndex current = currentTable()->currentIndex();
    if (!current.isValid())
        return;
    switch (currentPage()) {
    case Page::Actors:
        editActor(ActorId(current.data(ActorTableModel::ActorIdRole).toLongLong()));
        break;
    case Page::Links:
        editLink(LinkId(current.data(LinkTableModel::LinkIdRole).toLongLong()));
        break;
    case Page::Committees:
        editActor(ActorId(current.data(CommitteeTableModel::ActorIdRole).toLongLong()));
        break;
    }
}

void MainWindow::deleteSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_tabs->currentWidget() == m_measuresPage) {
        m_measuresPage->deleteSelected();
        return;
    }
    if (m_tabs->currentWidget() == m_budgetsPage) {
        m_budgetsPage->deleteSelected();
        return;
    }
    RecordSet snapshot;
    QString question;
    QString commandText;
    if (currentPage() == Page::Links) {
        for (LinkId id : selectedLinks()) {
            if (const CooperationLink *l = m_document->link(id))
                snapshot.links << *l;
        }
        if (snapshot.links.isEmpty())
            return;
        const CooperationLink &first = snapshot.links.constFirst();
        question = snapshot.links.size() == 1
                       ? tr("Die Verbindung %1 – %2 löschen?")
                             .arg(m_document->actorName(first.source), m_document->actorName(first.target))
                       : tr("%1 Verbindungen löschen?").arg(snapshot.links.size());
        commandText = snapshot.links.size() == 1 ? tr("Verbindung löschen")
                                                 : tr("%1 Verbindungen löschen").arg(snapshot.links.size());
    } else {
        QList<ActorId> ids;
        if (currentPage() == Page::Actors) {
            ids = selectedActors();
        } else {
            for (const QModelIndex &index : m_committeeTable->selectionModel()->selectedRows())
                ids << ActorId(index.data(CommitteeTableModel::ActorIdRole).toLongLong());
        }
        if (ids.isEmpty())
            return;
        auto taken = [&] {
            WaitCursor wait;
            return m_document->removalSnapshot(ids);
        }();
        if (!taken.ok()) {
            showError(tr("Löschen"), tr("Was am Eintrag hängt, konnte nicht gelesen werden."), taken.error());
            return;
        }
        snapshot = *taken;
        const QString name = snapshot.actors.constFirst().name;
        const bool committees = currentPage() == Page::Committees;
        if (snapshot.actors.size() == 1)
            question = committees ? tr("Das Gremium „%1“ löschen?").arg(name) : tr("„%1“ löschen?").arg(name);
        else
            question = committees ? tr("%1 Gremien löschen?").arg(snapshot.actors.size())
                                  : tr("%1 Akteure löschen?").arg(snapshot.actors.size());
        commandText = snapshot.actors.size() == 1 ? tr("„%1“ löschen").arg(name)
                                                  : tr("%1 Einträge löschen").arg(snapshot.actors.size());
    }
    const QStringList dependents = m_document->describeDependents(snapshot);
    QMessageBox box(QMessageBox::Question, tr("Löschen"), question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    QString info = dependents.isEmpty() ? tr("Es hängen keine weiteren Einträge daran.")
                                        : tr("Damit werden auch gelöscht oder geändert:") + u'\n' +
                                              QStringLiteral("\u2022 ") + dependents.join(QStringLiteral("\n\u2022 "));
    info += QStringLiteral("\n\n") + tr("Mit Bearbeiten › Rückgängig (Strg+Z) lässt sich das Löschen zurücknehmen.");
    box.setInformativeText(info);
    QPushButton *remove = box.addButton(tr("&Löschen"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const Status status = m_document->push(new RemoveRecordsCommand(m_document.get(), commandText, snapshot));
    if (!status.ok())
        showError(tr("Löschen"), tr("Die Einträge wurden nicht gelöscht."), status.error());
}

void MainWindow::bulkEditTags()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QList<ActorId> ids = selectedActors();
    if (ids.isEmpty())
        return;
    BulkTagsDialog dialog(m_document.get(), ids, this);
    dialog.exec();
}

void MainWindow::setStatusOfSelectedLinks(const QString &status)
{
    if (!m_document || m_document->isReadOnly())
        return;
    RecordSet before;
    RecordSet after;
    for (LinkId id : selectedLinks()) {
        const CooperationLink *l = m_document->link(id);
        if (!l || l->status == status)
            continue;
        before.links << *l;
        CooperationLink next = *l;
        next.status = status;
        after.links << next;
    }
    if (after.links.isEmpty())
        return;
    const QString label = m_document->vocabularyLabel(Vocabulary::LinkStatus, status);
    const Status pushed = m_document->push(new ChangeRecordsCommand(
        m_document.get(), tr("Status von %1 Verbindungen: %2").arg(after.links.size()).arg(label), before, after));
    if (!pushed.ok())
        showError(tr("Status ändern"), tr("Der Status wurde nicht geändert."), pushed.error());
}

void MainWindow::showCatalogues()
{
    if (!m_document)
        return;
    CatalogueDialog dialog(m_document.get(), this);
    if (currentPage() == Page::Links)
        dialog.selectKind(CatalogueKind::LinkType);
    dialog.exec();
}

void MainWindow::showImport()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ImportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_measuresPage->refreshFindings();
        m_budgetsPage->setSettings(PlanningSettingsStore::load());
    }
}

void MainWindow::editFailed(const QString &message)
{
    showError(tr("Änderung nicht möglich"), message,
              Error::make(tr("Meist hat ein anderes Programm oder ein anderer Computer die Registry inzwischen "
                             "geändert.")));
}

// ------------------------------------------------------------------------------------------------ dialogs

void MainWindow::showAbout()
{
    const QString text = tr("<h3>Netzatlas %1</h3>"
                            "<p>Netzwerke im Startchancen-Programm kartieren, analysieren und planen.</p>"
                            "<p>Lizenz: European Union Public Licence (EUPL) 1.2</p>")
                             .arg(applicationVersion()) +
                         QStringLiteral("<p><small>%1</small></p>")
                             .arg(tr("Gebietsdaten: %1").arg(TerritoryReference::attribution()).toHtmlEscaped());
    QMessageBox::about(this, tr("Über Netzatlas"), text);
}

void MainWindow::showError(const QString &title, const QString &text, const Error &error)
{
    DialogSupport::showError(this, title, text, error);
}

} // namespace netzatlas
