// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/SavedView.h>
#include <netzatlas/render/Diagram.h>
#include <netzatlas/render/DiagramExporter.h>
#include <netzatlas/render/DiagramSpec.h>

#include <QList>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QThreadPool;
class QTimer;
class QToolButton;

namespace netzatlas {

class MapView;
class OptionalDateEdit;
class RegistryDocument;

/// The „Karte“ page: the filtered network as an interactive map (MapView, painted by the render library's
/// DiagramRenderer), its filters, size measure, layout and ego view in a toolbar, quick highlights of analysis
/// results, the saved views (Ansichten) on the right and the export.
///
/// Diagram building and layout run as a cancellable job on a worker thread (QtConcurrent); the result is applied
/// on the GUI thread; a newer request supersedes an older one. Edits (moving nodes, saving, renaming, deleting
/// views) are commands on the document's undo stack.
///
/// Object names: mapPanel, mapView, mapFilterButton, mapTerritoryFilter, mapDateFilter, mapSizeMeasure,
/// mapLayout, mapEgo, mapProgress, mapCancel, mapHighlightCaption, mapViewList, mapSaveView, mapRenameView,
/// mapDeleteView, mapExport, mapArticulationButton, mapGapsButton, mapCrossBoundaryButton, mapClearHighlight.
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);
    ~MapPanel() override;

    /// Shows the network of `document` (nullptr: none). The document must outlive the panel or be reset first.
    void setDocument(RegistryDocument *document);
    [[nodiscard]] MapView *view() const { return m_view; }

    /// What the map shows; setSpec() updates the controls and lays out anew.
    [[nodiscard]] const render::DiagramSpec &spec() const { return m_spec; }
    void setSpec(const render::DiagramSpec &spec);

    /// Builds and lays out the diagram for the current spec on a worker thread. While the panel is hidden
    /// (the map dock is closed) nothing is computed: the layout runs when the panel is shown.
    void relayout();
    [[nodiscard]] bool isLayoutPending() const { return m_layoutPending; }
    [[nodiscard]] bool isLayoutRunning() const;
    void cancelLayout();

    // ---- saved views
    [[nodiscard]] ViewId currentView() const { return m_currentView; }
    /// Saves the current map under `name` (overwrites a view of that name); the view becomes current.
    Status saveView(const QString &name);
    /// Restores filters, layout, style, title and positions of the view.
    Status restoreView(ViewId id);
    Status renameView(ViewId id, const QString &name);
    Status removeView(ViewId id);
    [[nodiscard]] QList<SavedView> savedViews() const { return m_views; }

    // ---- export (off the GUI thread); exportFinished() reports the outcome
    struct ExportRequest
    {
        QString path;
        render::ExportOptions options;
        QString title;
        bool anonymize = false;
    };
    void exportMap(const ExportRequest &request);

public Q_SLOTS:
    /// Marks analysis results on the map (articulation points, gaps, cross-boundary links …); `caption` says what.
    void highlight(const QList<netzatlas::ActorId> &actors, const QList<netzatlas::LinkId> &links,
                   const QString &caption);
    void clearHighlight();
    /// Selects the actors on the map (selection of the Akteure table); emits no actorsSelected().
    void selectActors(const QList<netzatlas::ActorId> &actors);
    void showArticulationPoints();
    void showGaps();
    void showCrossBoundaryLinks();
    void showExportDialog();

Q_SIGNALS:
    /// The user selected actors on the map.
    void actorsSelected(const QList<netzatlas::ActorId> &actors);
    /// A layout finished and the map shows the new diagram (also after an error: then `ok` is false).
    void layoutFinished(bool ok);
    void analysisFinished(bool ok);
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createControls();
    void fillFilterMenus();
    void fillTerritories();
    void updateControlsFromSpec();
    void specFromControls();
    void controlsChanged();
    void sourceChanged();
    void layoutDone(int generation, std::shared_ptr<render::Diagram> diagram, const QString &error, bool cancelled);
    void nodesMoved(const QList<LayoutPosition> &before, const QList<LayoutPosition> &after);
    void positionsChanged(ViewId view, const QList<LayoutPosition> &positions);
    void refreshViews();
    void viewActivated();
    void saveViewDialog();
    void renameViewDialog();
    void deleteViewDialog();
    void runAnalysis(const QString &analysis, const QString &tableId, bool links, const QString &caption);
    void setBusy(bool busy, const QString &text);
    [[nodiscard]] std::optional<SavedView> storedView(ViewId id) const;
    Status ensureSource();

    RegistryDocument *m_document = nullptr;
    std::shared_ptr<const render::DiagramSource> m_source;
    render::DiagramSpec m_spec;
    ViewId m_currentView;
    QList<SavedView> m_views;
    bool m_updatingControls = false;
    bool m_fitNext = true;
    bool m_layoutPending = false;
    QList<ActorId> m_highlightActors;
    QList<LinkId> m_highlightLinks;
    QString m_highlightCaption;

    int m_generation = 0;
    bool m_layoutRunning = false;
    bool m_applySavedPositions = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThreadPool *m_pool = nullptr; ///< layout, analysis and export jobs; waited for in the destructor
    QTimer *m_sourceTimer = nullptr;

    MapView *m_view = nullptr;
    QToolButton *m_filterButton = nullptr;
    QMenu *m_filterMenu = nullptr;
    QMenu *m_actorTypeMenu = nullptr;
    QMenu *m_linkTypeMenu = nullptr;
    QMenu *m_actionFieldMenu = nullptr;
    QMenu *m_formalityMenu = nullptr;
    QComboBox *m_territory = nullptr;
    OptionalDateEdit *m_date = nullptr;
    QComboBox *m_sizeMeasure = nullptr;
    QComboBox *m_colorBy = nullptr; ///< actor type or the pillars of the measures an actor carries
    QComboBox *m_layout = nullptr;
    QComboBox *m_ego = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_caption = nullptr;
    QListWidget *m_viewList = nullptr;
    QPushButton *m_saveViewButton = nullptr;
    QPushButton *m_renameViewButton = nullptr;
    QPushButton *m_deleteViewButton = nullptr;
};

} // namespace netzatlas
