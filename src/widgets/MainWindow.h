// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>
#include <netzatlas/io/RegistrySetup.h>

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTreeView;

namespace netzatlas {

class ActorFilterProxyModel;
class ActorTableModel;
class DemoBanner;
class RegistryDocument;
class TerritoryTreeModel;

/// The main window: territory tree on the left, the filterable actor table on the right, a demo notice on top
/// and the registry's counts in the status bar. Owns the open RegistryDocument.
///
/// Object names for tests and accessibility tools: territoryTree, actorTable, quickFilter, actorHeading,
/// demoBanner, statusCounts, statusShown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing registry; shows a message box and keeps the current one when that fails.
    bool openRegistry(const QString &path);
    /// Creates a new registry file and opens it; shows a message box when that fails.
    bool createRegistry(const QString &path, const InitOptions &options);
    /// Start-up without a file argument: opens `path`, creating it with the demo network when it does not
    /// exist yet (first start).
    bool openDefaultRegistry(const QString &path);

    /// Shows `document` (nullptr: none). Used by the open/create functions and by tests.
    void setDocument(std::unique_ptr<RegistryDocument> document, bool createdOnFirstStart = false);
    [[nodiscard]] RegistryDocument *document() const { return m_document.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    void fitColumnsToTable();

    void newRegistry();
    void openRegistryDialog();
    void saveCopy();
    void showAbout();
    void rebuildRecentMenu();
    void focusQuickFilter();

    void territorySelected();
    void updateTitle();
    void updateCounts();
    void updateShownCount();
    void expandTerritoriesWithActors();
    void showError(const QString &title, const QString &text, const Error &error);
    [[nodiscard]] QString dialogDirectory() const;
    void rememberDirectory(const QString &path) const;

    std::unique_ptr<RegistryDocument> m_document;
    ActorTableModel *m_actorModel = nullptr;
    ActorFilterProxyModel *m_actorProxy = nullptr;
    TerritoryTreeModel *m_territoryModel = nullptr;

    DemoBanner *m_demoBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_territoryTree = nullptr;
    QLabel *m_actorHeading = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QTableView *m_actorTable = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_shownLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    bool m_fitColumnsOnShow = false; ///< no saved column widths: share the table's width out on first show
};

} // namespace netzatlas
