// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "DemoBanner.h"
#include "RecentFiles.h"

#include <netzatlas/core/Log.h>
#include <netzatlas/editing/ActorFilterProxyModel.h>
#include <netzatlas/editing/ActorTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/TerritoryTreeModel.h>
#include <netzatlas/io/TerritoryReference.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
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
const QString DirectoryKey = QStringLiteral("Files/lastDirectory");

QString applicationVersion()
{
    return QStringLiteral(NETZATLAS_VERSION);
}

bool sameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actorModel(new ActorTableModel(this))
    , m_actorProxy(new ActorFilterProxyModel(this))
    , m_territoryModel(new TerritoryTreeModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_actorProxy->setSourceModel(m_actorModel);

    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    readSettings();

    updateTitle();
    updateCounts();
    updateShownCount();
    rebuildRecentMenu();
}

MainWindow::~MainWindow()
{
    // The models refer to the document; let them go first.
    m_actorModel->setDocument(nullptr);
    m_territoryModel->setDocument(nullptr);
}

// ------------------------------------------------------------------------------------------------ set-up

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&Neu…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Eine neue, leere Registry mit den Gebieten von Rheinland-Pfalz anlegen"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRegistry);

    m_openAction = new QAction(tr("Ö&ffnen…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Eine vorhandene Registry-Datei öffnen"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openRegistryDialog);

    m_saveCopyAction = new QAction(tr("&Kopie speichern unter…"), this);
    m_saveCopyAction->setStatusTip(tr("Eine Kopie der geöffneten Registry in eine andere Datei schreiben"));
    m_saveCopyAction->setEnabled(false);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_quitAction = new QAction(tr("&Beenden"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Netzatlas beenden"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("Suchen"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusQuickFilter);
    addAction(m_findAction);

    m_aboutAction = new QAction(tr("Ü&ber Netzatlas…"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("Über &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    fileMenu->addAction(m_saveCopyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Hilfe"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
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
        tr("Gebiete mit der Zahl der Akteure; die Auswahl filtert die Akteurstabelle"));
    m_territoryTree->setModel(m_territoryModel);
    m_territoryTree->setHeaderHidden(true);
    m_territoryTree->setUniformRowHeights(true);
    m_territoryTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_territoryTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_territoryTree->setMinimumWidth(200);
    connect(m_territoryTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::territorySelected);

    // Right: what is there.
    auto *actorPane = new QWidget(m_splitter);
    auto *actorLayout = new QVBoxLayout(actorPane);
    actorLayout->setContentsMargins(8, 8, 6, 6);
    actorLayout->setSpacing(6);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(12);
    m_actorHeading = new QLabel(tr("Akteure"), actorPane);
    m_actorHeading->setObjectName(QStringLiteral("actorHeading"));
    QFont headingFont = m_actorHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_actorHeading->setFont(headingFont);
    m_actorHeading->setTextFormat(Qt::PlainText);
    filterRow->addWidget(m_actorHeading, 1);

    m_quickFilter = new QLineEdit(actorPane);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Suchen: Name, Ort, Schulnummer, Schlagwort …"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setAccessibleName(tr("Akteure filtern"));
    m_quickFilter->setToolTip(tr("Zeigt nur Akteure, in denen alle eingegebenen Wörter vorkommen (Strg+F, "
                                 "Esc leert das Feld)"));
    m_quickFilter->setMinimumWidth(m_quickFilter->fontMetrics().horizontalAdvance(m_quickFilter->placeholderText()) +
                                   48); // the placeholder must not be cut off
    connect(m_quickFilter, &QLineEdit::textChanged, m_actorProxy, &ActorFilterProxyModel::setQuickFilter);
    auto *clearFilter = new QAction(m_quickFilter);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_quickFilter, &QLineEdit::clear);
    m_quickFilter->addAction(clearFilter);
    filterRow->addWidget(m_quickFilter);
    actorLayout->addLayout(filterRow);

    m_actorTable = new QTableView(actorPane);
    m_actorTable->setObjectName(QStringLiteral("actorTable"));
    m_actorTable->setAccessibleName(tr("Akteure"));
    m_actorTable->setModel(m_actorProxy);
    m_actorTable->setSortingEnabled(true);
    m_actorTable->setAlternatingRowColors(true);
    m_actorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actorTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_actorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actorTable->setWordWrap(false);
    m_actorTable->setShowGrid(false);
    m_actorTable->setTabKeyNavigation(false);
    m_actorTable->setIconSize(QSize(10, 10));
    m_actorTable->verticalHeader()->hide();
    m_actorTable->verticalHeader()->setDefaultSectionSize(m_actorTable->fontMetrics().height() + 8);
    QHeaderView *header = m_actorTable->horizontalHeader();
    header->setObjectName(QStringLiteral("actorTableHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSortIndicatorShown(true);
    actorLayout->addWidget(m_actorTable, 1);

    connect(m_actorProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateShownCount);
    connect(m_actorProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateShownCount);
    connect(m_actorProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateShownCount);
    connect(m_actorProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateShownCount);

    m_splitter->addWidget(m_territoryTree);
    m_splitter->addWidget(actorPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(statusBar());
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    m_countsLabel->setAccessibleName(tr("Umfang der Registry"));
    statusBar()->addWidget(m_countsLabel, 1);

    m_shownLabel = new QLabel(statusBar());
    m_shownLabel->setObjectName(QStringLiteral("statusShown"));
    m_shownLabel->setAccessibleName(tr("Angezeigte Akteure"));
    statusBar()->addPermanentWidget(m_shownLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({340, 1060});

    QHeaderView *header = m_actorTable->horizontalHeader();
    if (!header->restoreState(settings.value(ActorHeaderKey).toByteArray()) ||
        header->count() != ActorTableModel::ColumnCount) {
        // Widths for typical content, never narrower than the column title; together they fit a table
        // about 1000 pixels wide (a 1400-pixel window), more room goes to the right.
        const QFontMetrics metrics = m_actorTable->fontMetrics();
        const int charWidth = metrics.averageCharWidth();
        const std::pair<int, int> widths[] = {
            {ActorTableModel::NameColumn, 34},         {ActorTableModel::TypeColumn, 19},
            {ActorTableModel::SchoolKindColumn, 17},   {ActorTableModel::ScpColumn, 4},
            {ActorTableModel::GemeindeColumn, 15},     {ActorTableModel::RegionColumn, 21},
            {ActorTableModel::SchoolNumberColumn, 10}, {ActorTableModel::KeyColumn, 10},
        };
        for (const auto &[column, chars] : widths) {
            const int title = metrics.horizontalAdvance(m_actorProxy->headerData(column, Qt::Horizontal).toString()) +
                              28; // room for the sort indicator
            header->resizeSection(column, std::max(chars * charWidth + 12, title));
        }
        header->setSortIndicator(ActorTableModel::NameColumn, Qt::AscendingOrder);
        m_fitColumnsOnShow = true;
    }
    const int sortColumn = header->sortIndicatorSection();
    m_actorTable->sortByColumn(sortColumn >= 0 && sortColumn < ActorTableModel::ColumnCount
                                   ? sortColumn
                                   : static_cast<int>(ActorTableModel::NameColumn),
                               header->sortIndicatorOrder());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ActorHeaderKey, m_actorTable->horizontalHeader()->saveState());
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
    auto opened = [&] {
        WaitCursor wait;
        return RegistryDocument::open(absolute);
    }();
    if (!opened.ok()) {
        Log::warning("widgets", QStringLiteral("opening a registry failed"));
        if (!QFileInfo::exists(absolute))
            RecentFiles::remove(absolute);
        showError(tr("Registry öffnen"),
                  tr("Die Registry „%1“ konnte nicht geöffnet werden.").arg(QFileInfo(absolute).fileName()),
                  opened.error());
        return false;
    }
    RecentFiles::add(absolute);
    rememberDirectory(absolute);
    setDocument(std::move(opened).value());
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
    RecentFiles::add(absolute);
    rememberDirectory(absolute);
    setDocument(std::move(created).value());
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
    setDocument(std::move(created).value(), true);
    return true;
}

void MainWindow::setDocument(std::unique_ptr<RegistryDocument> document, bool createdOnFirstStart)
{
    std::unique_ptr<RegistryDocument> previous = std::move(m_document);
    m_document = std::move(document);
    m_actorModel->setDocument(m_document.get());
    m_territoryModel->setDocument(m_document.get());
    previous.reset();

    if (m_document) {
        connect(m_document.get(), &RegistryDocument::countsChanged, this, &MainWindow::updateCounts);
        connect(m_document.get(), &RegistryDocument::metadataChanged, this, &MainWindow::updateTitle);
    }

    m_quickFilter->clear();
    m_territoryTree->setCurrentIndex(m_territoryModel->allTerritoriesIndex());
    territorySelected();
    expandTerritoriesWithActors();
    m_actorTable->scrollToTop();

    if (m_document && m_document->isDemo())
        m_demoBanner->showNotice(createdOnFirstStart);
    else
        m_demoBanner->hide();
    m_saveCopyAction->setEnabled(m_document != nullptr);

    updateTitle();
    updateCounts();
    updateShownCount();
}

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
    if (rs.isEmpty())
        m_actorHeading->setText(tr("Akteure – alle Gebiete"));
    else
        m_actorHeading->setText(tr("Akteure – %1").arg(current.data(TerritoryTreeModel::NameRole).toString()));
}

void MainWindow::expandTerritoriesWithActors()
{
    // A registry usually centres on one Kreis, with a few partners elsewhere (ADD, Ministerium, a Betrieb
    // across the Land border). Open the path to the territory that holds most of the actors, down to the Kreis,
    // so that its Verbandsgemeinden are in view; a registry spread evenly stays closed.
    QModelIndex parent;
    int parentCount = 0;
    for (int row = 0; row < m_territoryModel->rowCount(); ++row)
        parentCount = std::max(parentCount, m_territoryModel->index(row, 0).data(TerritoryTreeModel::ActorCountRole).toInt());
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
    m_shownLabel->setText(tr("angezeigt: %L1").arg(m_actorProxy->rowCount()));
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
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.toString());
    if (!error.details.isEmpty())
        box.setDetailedText(error.details.join(u'\n'));
    box.exec();
}

} // namespace netzatlas
