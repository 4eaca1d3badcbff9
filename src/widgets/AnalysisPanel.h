// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/analysis/AnalysisJob.h>
#include <netzatlas/core/Ids.h>
#include <netzatlas/core/Result.h>

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QDateEdit;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QResizeEvent;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace netzatlas {

class AnalysisRunner;
class RegistryDocument;
class ResultTableModel;

/// The analysis panel: which analyses to run (the coordinators' questions 1–9 and the measures of structure), the
/// day of the network ("Stand am"), start with progress and cancel; then the results as a list on the left and,
/// for the selected table, its German explanation and advice above a sortable table, and the actors and links
/// behind the selected row. The analyses run on a worker thread (AnalysisRunner); the window stays responsive.
/// When the registry changes after a run, the results are marked "veraltet" with a button to run them again.
///
/// Object names for tests and accessibility tools: analysisChoice, analysisDate, runButton, cancelButton,
/// analysisProgress, analysisStep, resultList, staleBanner, rerunButton, resultTitle, resultExplanation,
/// resultSummary, showOnMapButton, exportButton, resultTable, behindList; actions: runAnalysisAction,
/// cancelAnalysisAction, exportTableAction, exportAllAction.
class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisPanel(QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    /// The registry to analyse (nullptr: none). Cancels a run and clears the results.
    void setDocument(RegistryDocument *document);

    /// "Analyse starten" (F5, Ctrl+R) and "Abbrechen" (Esc in the panel), for menus and tool bars.
    [[nodiscard]] QAction *runAction() const { return m_runAction; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancelAction; }
    [[nodiscard]] AnalysisRunner *runner() const { return m_runner; }

    /// Ids of the checked analyses in run order.
    [[nodiscard]] QStringList selectedAnalyses() const;
    /// Checks exactly these analyses (ids; unknown ids are ignored).
    void setSelectedAnalyses(const QStringList &ids);
    [[nodiscard]] QDate date() const;
    void setDate(const QDate &date);

    /// Starts the checked analyses on the registry as it was on date().
    void startAnalysis();
    void cancelAnalysis();
    [[nodiscard]] bool isRunning() const;

    /// Shows the result table with this id ("youth-welfare.schools"); false when the last run has none.
    bool showResult(const QString &tableId);
    /// Id of the table shown (empty: none).
    [[nodiscard]] QString currentResultId() const;

    /// Writes the table shown as CSV (the format of `netzatlas-cli analyze --csv`).
    [[nodiscard]] Status exportCurrentTable(const QString &filePath) const;
    /// Writes every table of the last run as `<table id>.csv` into `directory` (created when missing).
    [[nodiscard]] Status exportAllTables(const QString &directory) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /// "Auf der Karte zeigen": the actors and links behind the selected rows (all rows when none is selected).
    void highlightRequested(const QList<netzatlas::ActorId> &actors, const QList<netzatlas::LinkId> &links);
    /// An actor or link behind a row was double-clicked: show it in the registry.
    void actorActivated(netzatlas::ActorId actor);
    void linkActivated(netzatlas::LinkId link);

private:
    void createChoice(QWidget *parent);
    /// Gives the explanation the height of its text (at most two fifths of the panel), the table the rest.
    void fitExplanation();
    void runnerStarted();
    void runnerProgress(int percent, const QString &step);
    void runnerFinished(const analysis::AnalysisReport &report);
    void runnerCancelled();
    void runnerFailed(const QString &message);
    void updateStale();
    void updateControls();
    void fillResults(const analysis::AnalysisReport &report, const QString &keepTable);
    void currentResultChanged();
    void rowSelectionChanged();
    void behindActivated(QListWidgetItem *item);
    void tableDoubleClicked(const QModelIndex &index);
    void requestHighlight();
    void exportTableDialog();
    void exportAllDialog();
    [[nodiscard]] const analysis::ResultTable *currentTable() const;
    [[nodiscard]] QList<int> selectedSourceRows() const;
    [[nodiscard]] QString explanationHtml(const analysis::ResultTable &table) const;

    QPointer<RegistryDocument> m_document;
    AnalysisRunner *m_runner = nullptr;
    ResultTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QTreeWidget *m_choice = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QTreeWidget *m_results = nullptr;
    QFrame *m_staleBanner = nullptr;
    QLabel *m_staleText = nullptr;
    QPushButton *m_rerunButton = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QSplitter *m_resultSplitter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_showOnMapButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_behindLabel = nullptr;
    QListWidget *m_behind = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QString m_lastDirectory;
};

} // namespace netzatlas
