// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/io/RegistrySetup.h>

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoView;

namespace netzatlas {

class ActorDetailPanel;
class AnalysisPanel;
class ActorFilterProxyModel;
class ActorTableModel;
class CommitteeTableModel;
class DemoBanner;
class LinkFilterProxyModel;
class LinkTableModel;
class MapPanel;
class BudgetsPage;
class MeasuresPage;
class OptionalDateEdit;
class RecordFilterProxyModel;
class RegistryDocument;
class TerritoryTreeModel;

/// The main window: territory tree on the left; actors, links and committees as filterable tables in tabs; the
/// selected actor's links, committees and contact persons in a side panel; the edit history in a second dock.
/// Every edit goes through a dialog or action that pushes a command onto the document's undo stack
/// (Bearbeiten › Rückgängig / Wiederherstellen). Owns the open RegistryDocument and its lock file.
///
/// Object names for tests and accessibility tools: territoryTree, recordTabs, actorTable, linkTable,
/// committeeTable, quickFilter, actorHeading, actorTypeFilter, scpFilter, linkTypeFilter, actionFieldFilter,
/// linkStatusFilter, validAtFilter, committeeKindFilter, demoBanner, statusCounts, statusShown, detailDock,
/// historyDock, analysisDock (AnalysisPanel), mainToolBar; actions: newActorAction, newLinkAction, newCommitteeAction,
/// editAction, deleteAction, bulkTagsAction, undoAction, redoAction, importAction, catalogueAction, settingsAction.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Actors, Links, Committees };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing registry; shows a message box and keeps the current one when that fails. When another
    /// Netzatlas process holds the registry's lock file, offers to open it read-only (or to break a lock that
    /// may be stale).
    bool openRegistry(const QString &path);
    /// Creates a new registry file and opens it; shows a message box when that fails.
    bool createRegistry(const QString &path, const InitOptions &options);
    /// Start-up without a file argument: opens `path`, creating it with the demo network when it does not
    /// exist yet (first start).
    bool openDefaultRegistry(const QString &path);

    /// Shows `document` (nullptr: none). Used by the open/create functions and by tests.
    void setDocument(std::unique_ptr<RegistryDocument> document, bool createdOnFirstStart = false);
    [[nodiscard]] RegistryDocument *document() const { return m_document.get(); }

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    /// Selects the actor's row in the actor table (clears filters that hide it).
    void selectActor(ActorId actor);
    void selectLink(LinkId link);
    /// The actors / links selected in their tables.
    [[nodiscard]] QList<ActorId> selectedActors() const;
    [[nodiscard]] QList<LinkId> selectedLinks() const;
    /// The „Karte“ dock's panel (object names mapDock, mapPanel): the interactive map of the network.
    [[nodiscard]] MapPanel *mapPanel() const { return m_mapPanel; }

    // The edit actions, callable from tests.
    void newActor();
    void newLink(ActorId source = {});
    void newCommittee();
    void editSelected();
    void editActor(ActorId actor);
    void editLink(LinkId link);
    void deleteSelected();
    void bulkEditTags();
    void setStatusOfSelectedLinks(const QString &status);
    void showCatalogues();
    void showImport();
    void showSettings();
    /// The SCP measures and budgets tabs (issue 6).
    [[nodiscard]] MeasuresPage *measuresPage() const { return m_measuresPage; }
    [[nodiscard]] BudgetsPage *budgetsPage() const { return m_budgetsPage; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    QWidget *createActorPage();
    QWidget *createLinkPage();
    QWidget *createCommitteePage();
    void createDocks();
    void createMapDock();
    void syncMapSelection();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    void fitColumnsToTable();
    void setUpTable(QTableView *table, const QString &name, const QString &accessibleName);
    void createAnalysisDock();
    /// Selects these actors in the actor table (else the links in the link table): the stand-in for the map's
    /// highlighting of AnalysisPanel::highlightRequested until the map exists.
    void highlightInTables(const QList<ActorId> &actors, const QList<LinkId> &links);

    void newRegistry();
    void openRegistryDialog();
    void saveCopy();
    void showAbout();
    void rebuildRecentMenu();
    void focusQuickFilter();
    void fillFilterCombos();

    void territorySelected();
    void currentRecordChanged();
    void updateActions();
    void updateTitle();
    void updateCounts();
    void updateShownCount();
    void updateHeading();
    void expandTerritoriesWithActors();
    void showError(const QString &title, const QString &text, const Error &error);
    void editFailed(const QString &message);
    [[nodiscard]] QString dialogDirectory() const;
    void rememberDirectory(const QString &path) const;
    [[nodiscard]] QTableView *currentTable() const;

    std::unique_ptr<RegistryDocument> m_document;
    ActorTableModel *m_actorModel = nullptr;
    ActorFilterProxyModel *m_actorProxy = nullptr;
    LinkTableModel *m_linkModel = nullptr;
    LinkFilterProxyModel *m_linkProxy = nullptr;
    CommitteeTableModel *m_committeeModel = nullptr;
    RecordFilterProxyModel *m_committeeProxy = nullptr;
    TerritoryTreeModel *m_territoryModel = nullptr;

    DemoBanner *m_demoBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_territoryTree = nullptr;
    QLabel *m_actorHeading = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_actorTable = nullptr;
    QTableView *m_linkTable = nullptr;
    QTableView *m_committeeTable = nullptr;
    QComboBox *m_actorTypeFilter = nullptr;
    QCheckBox *m_scpFilter = nullptr;
    QComboBox *m_linkTypeFilter = nullptr;
    QComboBox *m_actionFieldFilter = nullptr;
    QComboBox *m_linkStatusFilter = nullptr;
    OptionalDateEdit *m_validAtFilter = nullptr;
    QComboBox *m_committeeKindFilter = nullptr;
    QDockWidget *m_detailDock = nullptr;
    ActorDetailPanel *m_detailPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_historyView = nullptr;
    QDockWidget *m_analysisDock = nullptr;
    AnalysisPanel *m_analysisPanel = nullptr;
    QDockWidget *m_mapDock = nullptr;
    MapPanel *m_mapPanel = nullptr;
    bool m_syncingMapSelection = false; ///< table ↔ map selection: no ping-pong
    QLabel *m_countsLabel = nullptr;
    QLabel *m_shownLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newActorAction = nullptr;
    QAction *m_newLinkAction = nullptr;
    QAction *m_newCommitteeAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_bulkTagsAction = nullptr;
    QMenu *m_statusMenu = nullptr;
    QAction *m_catalogueAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetFiltersAction = nullptr;
    QAction *m_pageActions[3] = {};
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    MeasuresPage *m_measuresPage = nullptr;
    BudgetsPage *m_budgetsPage = nullptr;
    bool m_fitColumnsOnShow = false; ///< no saved column widths: share the table's width out on first show
};

} // namespace netzatlas
