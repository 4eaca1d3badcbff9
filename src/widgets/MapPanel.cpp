// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MapPanel.h"

#include "MapView.h"
#include "OptionalDateEdit.h"

#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/ViewCommands.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace netzatlas {

namespace {

constexpr int ViewIdRole = Qt::UserRole + 2;

QStringList checkedCodes(const QMenu *menu)
{
    QStringList codes;
    for (const QAction *action : menu->actions())
        if (action->isCheckable() && action->isChecked())
            codes << action->data().toString();
    return codes;
}

void setCheckedCodes(QMenu *menu, const QStringList &codes)
{
    for (QAction *action : menu->actions())
        if (action->isCheckable())
            action->setChecked(codes.contains(action->data().toString()));
}

/// Export settings: format, paper, orientation, DPI, title, anonymisation, file.
class MapExportDialog : public QDialog
{
public:
    MapExportDialog(const QString &title, const QString &directory, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(MapPanel::tr("Karte exportieren"));
        setObjectName(QStringLiteral("mapExportDialog"));
        auto *form = new QFormLayout;
        m_format = new QComboBox(this);
        m_format->addItem(MapPanel::tr("PDF (Vektor, zum Drucken)"), QStringLiteral("pdf"));
        m_format->addItem(MapPanel::tr("SVG (Vektor, für PowerPoint und Web)"), QStringLiteral("svg"));
        m_format->addItem(MapPanel::tr("PNG (Bild)"), QStringLiteral("png"));
        form->addRow(MapPanel::tr("&Format:"), m_format);
        m_paper = new QComboBox(this);
        m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
        m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
        form->addRow(MapPanel::tr("&Papier:"), m_paper);
        m_orientation = new QComboBox(this);
        m_orientation->addItem(MapPanel::tr("Querformat"), true);
        m_orientation->addItem(MapPanel::tr("Hochformat"), false);
        form->addRow(MapPanel::tr("&Ausrichtung:"), m_orientation);
        m_dpi = new QSpinBox(this);
        m_dpi->setRange(72, 1200);
        m_dpi->setValue(300);
        m_dpi->setSuffix(QStringLiteral(" dpi"));
        form->addRow(MapPanel::tr("A&uflösung (PNG):"), m_dpi);
        m_title = new QLineEdit(title, this);
        form->addRow(MapPanel::tr("&Titel:"), m_title);
        m_anonymize = new QCheckBox(MapPanel::tr("Schulen, Kitas und Familienzentren als Pseudonym („Kita 1“)"), this);
        form->addRow(MapPanel::tr("A&nonymisieren:"), m_anonymize);
        auto *fileRow = new QHBoxLayout;
        m_file = new QLineEdit(this);
        m_file->setText(QDir(directory).filePath(MapPanel::tr("Netzwerkkarte.pdf")));
        auto *browse = new QPushButton(MapPanel::tr("&Durchsuchen …"), this);
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);
        form->addRow(MapPanel::tr("&Datei:"), fileRow);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(MapPanel::tr("Exportieren"));
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(new QLabel(MapPanel::tr("Ansprechpersonen erscheinen nie in Exporten."), this));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
            const QString suffix = m_format->currentData().toString();
            QFileInfo info(m_file->text());
            m_file->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
            m_dpi->setEnabled(suffix == QLatin1String("png"));
        });
        m_dpi->setEnabled(false);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, MapPanel::tr("Karte exportieren"), m_file->text());
            if (!path.isEmpty())
                m_file->setText(path);
        });
    }

    [[nodiscard]] MapPanel::ExportRequest request() const
    {
        MapPanel::ExportRequest r;
        r.path = m_file->text();
        r.options.format =
            render::exportFormatFromName(m_format->currentData().toString()).value_or(render::ExportFormat::Pdf);
        r.options.page.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
        r.options.page.landscape = m_orientation->currentData().toBool();
        r.options.dpi = m_dpi->value();
        r.title = m_title->text();
        r.anonymize = m_anonymize->isChecked();
        return r;
    }

private:
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QSpinBox *m_dpi;
    QLineEdit *m_title;
    QCheckBox *m_anonymize;
    QLineEdit *m_file;
};

} // namespace

MapPanel::MapPanel(QWidget *parent)
    : QWidget(parent)
    , m_pool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("mapPanel"));
    m_pool->setMaxThreadCount(2);
    m_sourceTimer = new QTimer(this);
    m_sourceTimer->setSingleShot(true);
    m_sourceTimer->setInterval(300);
    connect(m_sourceTimer, &QTimer::timeout, this, [this] {
        m_source.reset();
        relayout();
    });
    createControls();
}

MapPanel::~MapPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool->waitForDone();
}

void MapPanel::createControls()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("mapToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("mapFilterButton"));
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterMenu = new QMenu(m_filterButton);
    m_actorTypeMenu = m_filterMenu->addMenu(tr("Akteurstypen"));
    m_linkTypeMenu = m_filterMenu->addMenu(tr("Verbindungsarten"));
    m_actionFieldMenu = m_filterMenu->addMenu(tr("Handlungsfelder"));
    m_formalityMenu = m_filterMenu->addMenu(tr("Verbindlichkeit"));
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(tr("Alle Filter zurücksetzen"), this, [this] {
        for (QMenu *menu : {m_actorTypeMenu, m_linkTypeMenu, m_actionFieldMenu, m_formalityMenu})
            setCheckedCodes(menu, {});
        m_territory->setCurrentIndex(0);
        m_date->setDate({});
        controlsChanged();
    });
    m_filterButton->setMenu(m_filterMenu);
    toolBar->addWidget(m_filterButton);

    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("mapTerritoryFilter"));
    m_territory->setAccessibleName(tr("Gebiet"));
    m_territory->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_territory->setMinimumContentsLength(16);
    toolBar->addWidget(m_territory);

    m_date = new OptionalDateEdit(tr("Stand am"), this);
    m_date->setObjectName(QStringLiteral("mapDateFilter"));
    m_date->setAccessibleNames(tr("Stand am"));
    m_date->setToolTip(tr("Das Netz an diesem Tag (ohne Haken: heute)"));
    toolBar->addWidget(m_date);
    toolBar->addSeparator();

    toolBar->addWidget(new QLabel(tr("Größe:"), this));
    m_sizeMeasure = new QComboBox(this);
    m_sizeMeasure->setObjectName(QStringLiteral("mapSizeMeasure"));
    m_sizeMeasure->setAccessibleName(tr("Größe nach"));
    for (render::SizeMeasure m : {render::SizeMeasure::Degree, render::SizeMeasure::Betweenness,
                                  render::SizeMeasure::Budget, render::SizeMeasure::None})
        m_sizeMeasure->addItem(render::sizeMeasureLabel(m), int(m));
    toolBar->addWidget(m_sizeMeasure);
    toolBar->addWidget(new QLabel(tr("Farbe:"), this));
    m_colorBy = new QComboBox(this);
    m_colorBy->setObjectName(QStringLiteral("mapColorBy"));
    m_colorBy->setAccessibleName(tr("Farbe nach"));
    m_colorBy->setToolTip(
        tr("Akteure nach ihrem Typ oder nach den Säulen der Maßnahmen färben, an denen sie beteiligt sind"));
    m_colorBy->addItem(tr("Akteurstyp"), int(render::ColorMode::ActorType));
    m_colorBy->addItem(tr("Maßnahmen (Säule)"), int(render::ColorMode::Pillar));
    toolBar->addWidget(m_colorBy);

    toolBar->addWidget(new QLabel(tr("Anordnung:"), this));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("mapLayout"));
    m_layout->setAccessibleName(tr("Anordnung"));
    m_layout->addItem(tr("Kräfte (frei)"), int(render::LayoutKind::ForceDirected));
    m_layout->addItem(tr("Nach Verbandsgemeinde"), int(render::LayoutKind::GroupedByTerritory));
    m_layout->addItem(tr("Nach Kreis"), int(render::LayoutKind::GroupedByTerritory) + 100);
    m_layout->addItem(tr("Bildungskette"), int(render::LayoutKind::BildungsketteLanes));
    m_layout->addItem(tr("Ringe um die Auswahl"), int(render::LayoutKind::ConcentricRings));
    toolBar->addWidget(m_layout);

    m_ego = new QComboBox(this);
    m_ego->setObjectName(QStringLiteral("mapEgo"));
    m_ego->setAccessibleName(tr("Umfeld"));
    m_ego->addItem(tr("Ganzes Netz"), 0);
    m_ego->addItem(tr("1 Schritt um die Auswahl"), 1);
    m_ego->addItem(tr("2 Schritte um die Auswahl"), 2);
    toolBar->addWidget(m_ego);

    // Second row: highlights, zoom, export, progress.
    auto *toolBar2 = new QToolBar(this);
    toolBar2->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar2->addWidget(new QLabel(tr("Hervorheben:"), this));
    auto addButton = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        QAction *action = toolBar2->addAction(text, this, slot);
        action->setToolTip(tip);
        toolBar2->widgetForAction(action)->setObjectName(name);
        return action;
    };
    addButton(QStringLiteral("mapArticulationButton"), tr("Gelenkstellen"), tr("Akteure, ohne die das Netz zerfällt"),
              &MapPanel::showArticulationPoints);
    addButton(QStringLiteral("mapGapsButton"), tr("Lücken"), tr("Lücken in der Bildungskette"), &MapPanel::showGaps);
    addButton(QStringLiteral("mapCrossBoundaryButton"), tr("Gebietsübergreifend"),
              tr("Verbindungen über Verbandsgemeinde- und Kreisgrenzen"), &MapPanel::showCrossBoundaryLinks);
    addButton(QStringLiteral("mapClearHighlight"), tr("Keine"), tr("Hervorhebung aufheben"), &MapPanel::clearHighlight);
    toolBar2->addSeparator();
    QAction *zoomIn = toolBar2->addAction(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Vergrößern (+)"));
    QAction *zoomOut = toolBar2->addAction(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Verkleinern (-)"));
    QAction *fit = toolBar2->addAction(tr("Einpassen"));
    fit->setToolTip(tr("Ganzes Netz zeigen (Strg+0)"));
    toolBar2->addSeparator();
    QAction *exportAction = toolBar2->addAction(tr("Exportieren …"), this, &MapPanel::showExportDialog);
    toolBar2->widgetForAction(exportAction)->setObjectName(QStringLiteral("mapExport"));
    toolBar2->addSeparator();
    // In a container: widgets placed directly on a tool bar cannot be hidden with setVisible().
    auto *busy = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(busy);
    m_progress->setObjectName(QStringLiteral("mapProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    busyLayout->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Abbrechen"), busy);
    m_cancelButton->setObjectName(QStringLiteral("mapCancel"));
    m_cancelButton->setVisible(false);
    busyLayout->addWidget(m_cancelButton);
    m_status = new QLabel(busy);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    busyLayout->addWidget(m_status);
    toolBar2->addWidget(busy);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("mapHighlightCaption"));
    m_caption->setVisible(false);
    m_caption->setWordWrap(true);

    m_view = new MapView(this);
    m_view->setPlaceholder(tr("Kein Verzeichnis geöffnet"));

    auto *viewPanel = new QWidget(this);
    auto *viewLayout = new QVBoxLayout(viewPanel);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    auto *viewHeading = new QLabel(tr("<b>Gespeicherte Ansichten</b>"), viewPanel);
    viewLayout->addWidget(viewHeading);
    m_viewList = new QListWidget(viewPanel);
    m_viewList->setObjectName(QStringLiteral("mapViewList"));
    m_viewList->setAccessibleName(tr("Gespeicherte Ansichten"));
    viewHeading->setBuddy(m_viewList);
    viewLayout->addWidget(m_viewList, 1);
    m_saveViewButton = new QPushButton(tr("Ansicht &speichern …"), viewPanel);
    m_saveViewButton->setObjectName(QStringLiteral("mapSaveView"));
    m_renameViewButton = new QPushButton(tr("&Umbenennen …"), viewPanel);
    m_renameViewButton->setObjectName(QStringLiteral("mapRenameView"));
    m_deleteViewButton = new QPushButton(tr("&Löschen"), viewPanel);
    m_deleteViewButton->setObjectName(QStringLiteral("mapDeleteView"));
    viewLayout->addWidget(m_saveViewButton);
    viewLayout->addWidget(m_renameViewButton);
    viewLayout->addWidget(m_deleteViewButton);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(viewPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 220});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(toolBar2);
    layout->addWidget(m_caption);
    layout->addWidget(splitter, 1);

    connect(zoomIn, &QAction::triggered, m_view, &MapView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &MapView::zoomOut);
    connect(fit, &QAction::triggered, m_view, &MapView::fitToWindow);
    connect(m_cancelButton, &QPushButton::clicked, this, &MapPanel::cancelLayout);
    connect(m_territory, &QComboBox::currentIndexChanged, this, &MapPanel::controlsChanged);
    connect(m_date, &OptionalDateEdit::dateChanged, this, &MapPanel::controlsChanged);
    connect(m_sizeMeasure, &QComboBox::currentIndexChanged, this, &MapPanel::controlsChanged);
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, &MapPanel::controlsChanged);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &MapPanel::controlsChanged);
    connect(m_ego, &QComboBox::currentIndexChanged, this, &MapPanel::controlsChanged);
    connect(m_view, &MapView::selectionChanged, this,
            [this](const QList<ActorId> &actors) { Q_EMIT actorsSelected(actors); });
    connect(m_view, &MapView::nodesMoved, this, &MapPanel::nodesMoved);
    connect(m_viewList, &QListWidget::itemClicked, this, &MapPanel::viewActivated);
    connect(m_viewList, &QListWidget::itemActivated, this, &MapPanel::viewActivated);
    connect(m_viewList, &QListWidget::currentRowChanged, this, [this] {
        const bool has = m_viewList->currentItem() != nullptr;
        m_renameViewButton->setEnabled(has);
        m_deleteViewButton->setEnabled(has);
    });
    connect(m_saveViewButton, &QPushButton::clicked, this, &MapPanel::saveViewDialog);
    connect(m_renameViewButton, &QPushButton::clicked, this, &MapPanel::renameViewDialog);
    connect(m_deleteViewButton, &QPushButton::clicked, this, &MapPanel::deleteViewDialog);
    m_renameViewButton->setEnabled(false);
    m_deleteViewButton->setEnabled(false);
}

void MapPanel::setDocument(RegistryDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_layoutRunning = false;
    setBusy(false, {});
    m_document = document;
    m_source.reset();
    m_spec = {};
    m_currentView = {};
    m_highlightActors.clear();
    m_highlightLinks.clear();
    m_highlightCaption.clear();
    m_caption->setVisible(false);
    m_view->setDiagram(nullptr, true);
    m_view->setHighlight({}, {});
    m_view->setPlaceholder(document ? QString() : tr("Kein Verzeichnis geöffnet"));
    setEnabled(document != nullptr);
    if (!document) {
        m_viewList->clear();
        m_views.clear();
        return;
    }
    for (auto signal :
         {&RegistryDocument::actorsReset, &RegistryDocument::linksReset, &RegistryDocument::cataloguesReset,
          &RegistryDocument::territoriesReset, &RegistryDocument::metadataChanged})
        connect(document, signal, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::actorAdded, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::actorChanged, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::actorRemoved, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::linkAdded, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::linkChanged, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::linkRemoved, this, &MapPanel::sourceChanged);
    connect(document, &RegistryDocument::viewsChanged, this, &MapPanel::refreshViews);
    connect(document, &RegistryDocument::viewPositionsChanged, this, &MapPanel::positionsChanged);
    fillFilterMenus();
    fillTerritories();
    updateControlsFromSpec();
    refreshViews();
    m_fitNext = true;
    relayout();
}

void MapPanel::fillFilterMenus()
{
    auto fill = [&](QMenu *menu, const QList<std::pair<QString, QString>> &entries) {
        menu->clear();
        for (const auto &[code, label] : entries) {
            QAction *action = menu->addAction(label);
            action->setCheckable(true);
            action->setData(code);
            connect(action, &QAction::toggled, this, &MapPanel::controlsChanged);
        }
    };
    auto catalogue = [&](CatalogueKind kind) {
        QList<std::pair<QString, QString>> entries;
        for (const CatalogueEntry &e : m_document->catalogue(kind))
            if (!e.retired)
                entries.append({e.code, RegistryDocument::displayLabel(e)});
        return entries;
    };
    fill(m_actorTypeMenu, catalogue(CatalogueKind::ActorType));
    fill(m_linkTypeMenu, catalogue(CatalogueKind::LinkType));
    fill(m_actionFieldMenu, catalogue(CatalogueKind::ActionField));
    QList<std::pair<QString, QString>> formalities;
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::Formality))
        formalities.append({e.code, RegistryDocument::displayLabel(e)});
    fill(m_formalityMenu, formalities);
}

void MapPanel::fillTerritories()
{
    const QSignalBlocker blocker(m_territory);
    m_territory->clear();
    m_territory->addItem(tr("Alle Gebiete"), QString());
    QList<Territory> list;
    for (const Territory &t : m_document->territories())
        if (t.level == TerritoryLevel::Kreis || t.level == TerritoryLevel::Gemeindeverband)
            list.append(t);
    std::sort(list.begin(), list.end(), [](const Territory &a, const Territory &b) { return a.rs < b.rs; });
    for (const Territory &t : list) {
        const QString indent = t.level == TerritoryLevel::Gemeindeverband ? QStringLiteral("    ") : QString();
        m_territory->addItem(indent + t.displayName(), t.rs);
        m_territory->setItemData(m_territory->count() - 1, t.typeName + QLatin1Char(' ') + t.displayName(),
                                 Qt::ToolTipRole);
    }
}

void MapPanel::updateControlsFromSpec()
{
    m_updatingControls = true;
    setCheckedCodes(m_actorTypeMenu, m_spec.filter.actorTypes);
    setCheckedCodes(m_linkTypeMenu, m_spec.filter.linkTypes);
    setCheckedCodes(m_actionFieldMenu, m_spec.filter.actionFields);
    setCheckedCodes(m_formalityMenu, m_spec.filter.formalities);
    const int territory = m_territory->findData(m_spec.filter.territoryRs);
    m_territory->setCurrentIndex(std::max(0, territory));
    m_date->setDate(m_spec.filter.at);
    m_sizeMeasure->setCurrentIndex(std::max(0, m_sizeMeasure->findData(int(m_spec.style.sizeBy))));
    m_colorBy->setCurrentIndex(std::max(0, m_colorBy->findData(int(m_spec.style.colorBy))));
    int layoutData = int(m_spec.layout);
    if (m_spec.layout == render::LayoutKind::GroupedByTerritory && m_spec.style.groupLevel == 1)
        layoutData += 100;
    m_layout->setCurrentIndex(std::max(0, m_layout->findData(layoutData)));
    m_ego->setCurrentIndex(std::max(0, m_ego->findData(m_spec.filter.egoSteps)));
    m_updatingControls = false;
    int active = 0;
    for (QMenu *menu : {m_actorTypeMenu, m_linkTypeMenu, m_actionFieldMenu, m_formalityMenu})
        active += checkedCodes(menu).isEmpty() ? 0 : 1;
    m_filterButton->setText(active ? tr("Filter (%1)").arg(active) : tr("Filter"));
}

void MapPanel::specFromControls()
{
    m_spec.filter.actorTypes = checkedCodes(m_actorTypeMenu);
    m_spec.filter.linkTypes = checkedCodes(m_linkTypeMenu);
    m_spec.filter.actionFields = checkedCodes(m_actionFieldMenu);
    m_spec.filter.formalities = checkedCodes(m_formalityMenu);
    m_spec.filter.territoryRs = m_territory->currentData().toString();
    m_spec.filter.at = m_date->date();
    m_spec.style.sizeBy = render::SizeMeasure(m_sizeMeasure->currentData().toInt());
    m_spec.style.colorBy = render::ColorMode(m_colorBy->currentData().toInt());
    const int layoutData = m_layout->currentData().toInt();
    m_spec.layout = render::LayoutKind(layoutData % 100);
    if (m_spec.layout == render::LayoutKind::GroupedByTerritory)
        m_spec.style.groupLevel = layoutData >= 100 ? 1 : 2;
    m_spec.filter.egoSteps = m_ego->currentData().toInt();
    // Ego view and rings need a centre: the selected actor (kept while nothing is selected).
    const QList<ActorId> selected = m_view->selectedActors();
    if (!selected.isEmpty() && m_document) {
        if (const Actor *actor = m_document->actor(selected.constFirst()))
            m_spec.filter.centerKey = actor->key;
    }
    const bool needsCenter = m_spec.filter.egoSteps > 0 || m_spec.layout == render::LayoutKind::ConcentricRings;
    if (needsCenter && m_spec.filter.centerKey.isEmpty()) {
        m_status->setText(tr("Bitte zuerst einen Akteur auswählen."));
        m_spec.filter.egoSteps = 0;
        if (m_spec.layout == render::LayoutKind::ConcentricRings)
            m_spec.layout = render::LayoutKind::ForceDirected;
    }
    if (!needsCenter)
        m_spec.filter.centerKey.clear();
    // A new arrangement keeps only what the user placed by hand.
    for (auto it = m_spec.positions.begin(); it != m_spec.positions.end();)
        it = it->pinned ? std::next(it) : m_spec.positions.erase(it);
}

void MapPanel::controlsChanged()
{
    if (m_updatingControls || !m_document)
        return;
    specFromControls();
    int active = 0;
    for (QMenu *menu : {m_actorTypeMenu, m_linkTypeMenu, m_actionFieldMenu, m_formalityMenu})
        active += checkedCodes(menu).isEmpty() ? 0 : 1;
    m_filterButton->setText(active ? tr("Filter (%1)").arg(active) : tr("Filter"));
    m_fitNext = true;
    relayout();
}

void MapPanel::setSpec(const render::DiagramSpec &spec)
{
    m_spec = spec;
    updateControlsFromSpec();
    m_fitNext = true;
    relayout();
}

void MapPanel::sourceChanged()
{
    m_sourceTimer->start();
}

Status MapPanel::ensureSource()
{
    if (m_source)
        return {};
    NETZATLAS_TRY_ASSIGN(source, render::DiagramSource::load(m_document->repository()));
    m_source = std::make_shared<const render::DiagramSource>(std::move(source));
    return {};
}

void MapPanel::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
    m_status->setText(text);
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_layoutPending)
        relayout();
}

void MapPanel::relayout()
{
    if (!m_document)
        return;
    // A closed map costs nothing: loading and laying out a Land-sized registry takes seconds.
    if (!isVisible()) {
        if (m_cancel)
            m_cancel->store(true);
        ++m_generation;
        m_layoutRunning = false;
        m_layoutPending = true;
        setBusy(false, {});
        return;
    }
    m_layoutPending = false;
    if (const Status loaded = ensureSource(); !loaded.ok()) {
        m_view->setPlaceholder(loaded.error().message);
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const int generation = ++m_generation;
    m_layoutRunning = true;
    setBusy(true, tr("Anordnung wird berechnet …"));
    auto source = m_source;
    const render::DiagramSpec spec = m_spec;
    m_pool->start([this, source, spec, cancel, generation] {
        auto progress = [this, cancel, generation](int percent) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, percent] {
                    if (generation == m_generation)
                        m_progress->setValue(percent);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        Result<render::Diagram> result = render::buildLaidOutDiagram(*source, spec, progress);
        std::shared_ptr<render::Diagram> diagram;
        QString error;
        if (result.ok())
            diagram = std::make_shared<render::Diagram>(std::move(result).value());
        else
            error = result.error().message;
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
            this, [this, generation, diagram, error, cancelled] { layoutDone(generation, diagram, error, cancelled); },
            Qt::QueuedConnection);
    });
}

bool MapPanel::isLayoutRunning() const
{
    return m_layoutRunning;
}

void MapPanel::cancelLayout()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MapPanel::layoutDone(int generation, std::shared_ptr<render::Diagram> diagram, const QString &error,
                          bool cancelled)
{
    if (generation != m_generation)
        return; // superseded by a newer request
    m_layoutRunning = false;
    if (cancelled) {
        setBusy(false, tr("Anordnung abgebrochen."));
        Q_EMIT layoutFinished(false);
        return;
    }
    if (!diagram) {
        setBusy(false, {});
        m_view->setDiagram(nullptr, true);
        m_view->setPlaceholder(error);
        Q_EMIT layoutFinished(false);
        return;
    }
    if (m_applySavedPositions) {
        // A restored view shows exactly the positions it was saved with.
        for (auto it = m_spec.positions.cbegin(); it != m_spec.positions.cend(); ++it) {
            const int node = diagram->nodeOf(ActorId(it.key()));
            if (node >= 0) {
                diagram->nodes[std::size_t(node)].position = QPointF(it->x, it->y);
                diagram->nodes[std::size_t(node)].pinned = it->pinned;
            }
        }
        m_applySavedPositions = false;
    }
    setBusy(false, tr("%n Akteure", nullptr, int(diagram->nodes.size())) + QStringLiteral(", ") +
                       tr("%n Verbindungen", nullptr, int(diagram->links.size())));
    m_view->setPlaceholder({});
    m_view->setDiagram(diagram, m_fitNext);
    m_view->setHighlight(m_highlightActors, m_highlightLinks);
    m_fitNext = false;
    Q_EMIT layoutFinished(true);
}

void MapPanel::nodesMoved(const QList<LayoutPosition> &before, const QList<LayoutPosition> &after)
{
    if (!m_document)
        return;
    if (m_document->isReadOnly()) {
        // Nothing can be stored: the map keeps the moved nodes for this session.
        positionsChanged(m_currentView, after);
        return;
    }
    const Status pushed = m_document->push(new MoveNodesCommand(m_document, m_currentView, before, after));
    if (!pushed.ok()) {
        m_view->setPositions(before);
        QMessageBox::warning(this, tr("Verschieben"), pushed.error().message);
    }
}

void MapPanel::positionsChanged(ViewId view, const QList<LayoutPosition> &positions)
{
    if (view != m_currentView)
        return;
    for (const LayoutPosition &p : positions)
        m_spec.positions.insert(p.actor.value, render::NodePosition{p.x, p.y, p.pinned});
    m_view->setPositions(positions);
}

// ---------------------------------------------------------------- saved views

void MapPanel::refreshViews()
{
    if (!m_document)
        return;
    auto views = m_document->views();
    m_views = views.ok() ? views.value() : QList<SavedView>{};
    std::sort(m_views.begin(), m_views.end(),
              [](const SavedView &a, const SavedView &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QSignalBlocker blocker(m_viewList);
    m_viewList->clear();
    for (const SavedView &v : std::as_const(m_views)) {
        auto *item = new QListWidgetItem(v.name, m_viewList);
        item->setData(ViewIdRole, v.id.value);
        QString tip = v.title.isEmpty() ? v.name : v.title;
        if (v.modified.isValid())
            tip += QStringLiteral("\n") +
                   tr("Geändert: %1").arg(QLocale().toString(v.modified.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(tip);
        if (v.id == m_currentView) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            m_viewList->setCurrentItem(item);
        }
    }
    const bool has = m_viewList->currentItem() != nullptr;
    m_renameViewButton->setEnabled(has);
    m_deleteViewButton->setEnabled(has);
    if (m_currentView.isValid() && !storedView(m_currentView))
        m_currentView = {}; // deleted: the map keeps showing it, unsaved
}

std::optional<SavedView> MapPanel::storedView(ViewId id) const
{
    for (const SavedView &v : m_views)
        if (v.id == id)
            return v;
    return std::nullopt;
}

Status MapPanel::saveView(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (!m_document)
        return Error::make(tr("Kein Verzeichnis geöffnet."));
    if (name.isEmpty())
        return Error::make(tr("Bitte einen Namen für die Ansicht angeben."));
    render::DiagramSpec spec = m_spec;
    spec.positions.clear();
    const QList<LayoutPosition> positions = m_view->positions();
    for (const LayoutPosition &p : positions)
        spec.positions.insert(p.actor.value, render::NodePosition{p.x, p.y, p.pinned});
    SavedView view = spec.toSavedView(name);
    std::optional<SavedView> existing;
    for (const SavedView &v : std::as_const(m_views))
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            existing = v;
    if (existing) {
        view.id = existing->id;
        auto before = m_document->viewPositions(existing->id);
        m_currentView = existing->id;
        NETZATLAS_TRY(m_document->push(new UpdateViewCommand(
            m_document, *existing, view, before.ok() ? before.value() : QList<LayoutPosition>{}, positions)));
    } else {
        auto *command = new AddViewCommand(m_document, view, positions);
        NETZATLAS_TRY(m_document->push(command));
        m_currentView = command->viewId();
    }
    m_spec = spec;
    refreshViews();
    return {};
}

Status MapPanel::restoreView(ViewId id)
{
    if (!m_document)
        return Error::make(tr("Kein Verzeichnis geöffnet."));
    const auto view = storedView(id);
    if (!view)
        return Error::make(tr("Die Ansicht gibt es nicht mehr."));
    NETZATLAS_TRY_ASSIGN(positions, m_document->viewPositions(id));
    NETZATLAS_TRY_ASSIGN(spec, render::DiagramSpec::fromSavedView(*view, positions));
    m_currentView = id;
    m_applySavedPositions = true;
    setSpec(spec);
    refreshViews();
    return {};
}

Status MapPanel::renameView(ViewId id, const QString &rawName)
{
    const QString name = rawName.trimmed();
    const auto view = storedView(id);
    if (!m_document || !view)
        return Error::make(tr("Die Ansicht gibt es nicht mehr."));
    if (name.isEmpty())
        return Error::make(tr("Bitte einen Namen für die Ansicht angeben."));
    for (const SavedView &v : std::as_const(m_views))
        if (v.id != id && v.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error::make(tr("Es gibt schon eine Ansicht „%1“.").arg(name));
    SavedView after = *view;
    after.name = name;
    return m_document->push(new UpdateViewCommand(m_document, *view, after));
}

Status MapPanel::removeView(ViewId id)
{
    const auto view = storedView(id);
    if (!m_document || !view)
        return Error::make(tr("Die Ansicht gibt es nicht mehr."));
    NETZATLAS_TRY_ASSIGN(positions, m_document->viewPositions(id));
    return m_document->push(new RemoveViewCommand(m_document, *view, positions));
}

void MapPanel::viewActivated()
{
    QListWidgetItem *item = m_viewList->currentItem();
    if (!item)
        return;
    const Status restored = restoreView(ViewId(item->data(ViewIdRole).toLongLong()));
    if (!restored.ok())
        QMessageBox::warning(this, tr("Ansicht öffnen"), restored.error().message);
}

void MapPanel::saveViewDialog()
{
    const auto current = storedView(m_currentView);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Ansicht speichern"),
                                               tr("Name der Ansicht (Filter, Anordnung, Darstellung und Positionen):"),
                                               QLineEdit::Normal, current ? current->name : QString(), &ok);
    if (!ok)
        return;
    for (const SavedView &v : std::as_const(m_views))
        if (v.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 && v.id != m_currentView &&
            QMessageBox::question(this, tr("Ansicht speichern"),
                                  tr("Die Ansicht „%1“ gibt es schon. Überschreiben?").arg(v.name)) != QMessageBox::Yes)
            return;
    const Status saved = saveView(name);
    if (!saved.ok())
        QMessageBox::warning(this, tr("Ansicht speichern"), saved.error().message);
}

void MapPanel::renameViewDialog()
{
    QListWidgetItem *item = m_viewList->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Ansicht umbenennen"), tr("Neuer Name:"), QLineEdit::Normal, item->text(), &ok);
    if (!ok)
        return;
    const Status renamed = renameView(ViewId(item->data(ViewIdRole).toLongLong()), name);
    if (!renamed.ok())
        QMessageBox::warning(this, tr("Ansicht umbenennen"), renamed.error().message);
}

void MapPanel::deleteViewDialog()
{
    QListWidgetItem *item = m_viewList->currentItem();
    if (!item)
        return;
    if (QMessageBox::question(
            this, tr("Ansicht löschen"),
            tr("Die Ansicht „%1“ löschen? (Bearbeiten › Rückgängig stellt sie wieder her.)").arg(item->text())) !=
        QMessageBox::Yes)
        return;
    const Status removed = removeView(ViewId(item->data(ViewIdRole).toLongLong()));
    if (!removed.ok())
        QMessageBox::warning(this, tr("Ansicht löschen"), removed.error().message);
}

// ---------------------------------------------------------------- selection and highlights

void MapPanel::selectActors(const QList<ActorId> &actors)
{
    m_view->setSelectedActors(actors);
}

void MapPanel::highlight(const QList<ActorId> &actors, const QList<LinkId> &links, const QString &caption)
{
    m_highlightActors = actors;
    m_highlightLinks = links;
    m_highlightCaption = caption;
    m_view->setHighlight(actors, links);
    int shownActors = 0;
    if (const render::Diagram *d = m_view->diagram())
        for (ActorId id : actors)
            shownActors += d->nodeOf(id) >= 0 ? 1 : 0;
    QString text = caption;
    if (!actors.isEmpty())
        text += QStringLiteral(" – ") + tr("%n Akteure hervorgehoben", nullptr, shownActors);
    if (shownActors < actors.size())
        text += QStringLiteral(" ") + tr("(%n durch Filter ausgeblendet)", nullptr, int(actors.size()) - shownActors);
    if (!links.isEmpty())
        text += QStringLiteral(" – ") + tr("%n Verbindungen", nullptr, int(links.size()));
    m_caption->setText(text);
    m_caption->setVisible(!actors.isEmpty() || !links.isEmpty() || !caption.isEmpty());
}

void MapPanel::clearHighlight()
{
    highlight({}, {}, {});
    m_caption->setVisible(false);
}

void MapPanel::runAnalysis(const QString &analysis, const QString &tableId, bool links, const QString &caption)
{
    if (!m_document || !ensureSource().ok())
        return;
    analysis::AnalysisRequest request;
    request.analyses = {analysis};
    request.snapshot.at = m_spec.filter.at.isValid() ? m_spec.filter.at : m_source->today;
    auto input = m_source->input;
    m_status->setText(tr("Analyse läuft …"));
    m_pool->start([this, input, request, tableId, links, caption] {
        const analysis::AnalysisJob job(input, request);
        auto report = job.run();
        QList<ActorId> actors;
        QList<LinkId> linkIds;
        QString error;
        if (!report.ok()) {
            error = report.error().message;
        } else if (const analysis::ResultTable *table = report.value().table(tableId)) {
            for (const analysis::ResultRow &row : table->rows) {
                if (links) {
                    linkIds += row.links;
                } else {
                    for (ActorId id : row.actors)
                        if (!actors.contains(id))
                            actors.append(id);
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, actors, linkIds, error, caption] {
                m_status->setText(error);
                if (error.isEmpty())
                    highlight(actors, linkIds, caption);
                Q_EMIT analysisFinished(error.isEmpty());
            },
            Qt::QueuedConnection);
    });
}

void MapPanel::showArticulationPoints()
{
    runAnalysis(QStringLiteral("brokers"), QStringLiteral("brokers.articulation"), false,
                tr("Gelenkstellen: ohne diese Akteure zerfällt das Netz"));
}

void MapPanel::showGaps()
{
    runAnalysis(QStringLiteral("education-chain"), QStringLiteral("education-chain.gaps"), false,
                tr("Lücken in der Bildungskette"));
}

void MapPanel::showCrossBoundaryLinks()
{
    runAnalysis(QStringLiteral("cross-boundary"), QStringLiteral("cross-boundary.links"), true,
                tr("Verbindungen über Gebietsgrenzen"));
}

// ---------------------------------------------------------------- export

void MapPanel::showExportDialog()
{
    const render::Diagram *diagram = m_view->diagram();
    if (!diagram)
        return;
    MapExportDialog dialog(diagram->title, QDir::homePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportMap(dialog.request());
}

void MapPanel::exportMap(const ExportRequest &request)
{
    const render::Diagram *shown = m_view->diagram();
    if (!shown || !m_source) {
        Q_EMIT exportFinished(false, tr("Die Karte ist noch nicht fertig."));
        return;
    }
    // The export shows what the map shows: same filters and positions; title and pseudonyms as chosen.
    render::DiagramSpec spec = m_spec;
    if (!request.title.trimmed().isEmpty())
        spec.title = request.title.trimmed();
    spec.style.anonymize = request.anonymize;
    auto current = std::make_shared<const render::Diagram>(*shown);
    auto source = m_source;
    m_status->setText(tr("Export läuft …"));
    m_pool->start([this, source, spec, current, request] {
        QString message;
        bool ok = false;
        auto built = render::buildDiagram(*source, spec);
        if (!built.ok()) {
            message = built.error().message;
        } else {
            render::Diagram diagram = std::move(built).value();
            render::LayoutResult layout;
            layout.groups = current->groups;
            layout.bounds = current->bounds;
            for (const render::DiagramNode &n : diagram.nodes) {
                const int old = current->nodeOfKey(n.key);
                layout.positions.push_back(old >= 0 ? current->nodes[std::size_t(old)].position : n.position);
            }
            render::applyLayout(diagram, layout);
            auto written = render::exportDiagram(diagram, request.path, request.options);
            ok = written.ok();
            message = ok ? tr("Exportiert: %1").arg(QDir::toNativeSeparators(request.path)) : written.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                m_status->setText(message);
                Q_EMIT exportFinished(ok, message);
            },
            Qt::QueuedConnection);
    });
}

} // namespace netzatlas
