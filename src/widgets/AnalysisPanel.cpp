// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AnalysisPanel.h"

#include "DialogSupport.h"

#include <netzatlas/analysis/ResultFormat.h>
#include <netzatlas/editing/AnalysisRunner.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/ResultTableModel.h>
#include <netzatlas/io/CsvWriter.h>

#include <QAction>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace netzatlas {

using namespace netzatlas::analysis;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1; ///< behind list: 'a' actor, 'l' link
constexpr int MaxBehindEntries = 500;      ///< more would only slow the list down; the table has them all

/// "3" for the coordinators' question 3; empty for the measures of structure.
QString questionNumber(const AnalysisInfo &info)
{
    return info.question > 0 ? QString::number(info.question) : QString();
}

std::optional<AnalysisInfo> analysisInfo(const QString &id)
{
    for (const AnalysisInfo &info : availableAnalyses()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLocale numberLocale()
{
    return RegistryDocument::usesEnglishLabels() ? QLocale(QLocale::English) : QLocale(QLocale::German);
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new AnalysisRunner(this))
    , m_model(new ResultTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("analysisPanel"));
    setAccessibleName(tr("Analyse"));
    m_model->setLocale(numberLocale());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResultTableModel::SortRole);

    m_runAction = new QAction(tr("Analyse &starten"), this);
    m_runAction->setObjectName(QStringLiteral("runAnalysisAction"));
    m_runAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_runAction->setShortcutContext(Qt::WindowShortcut);
    m_runAction->setStatusTip(tr("Die ausgewählten Analysen für das Netz am gewählten Tag berechnen"));
    m_runAction->setToolTip(tr("Die ausgewählten Analysen berechnen (F5)"));
    connect(m_runAction, &QAction::triggered, this, &AnalysisPanel::startAnalysis);
    m_cancelAction = new QAction(tr("Analyse a&bbrechen"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelAnalysisAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setStatusTip(tr("Die laufende Analyse abbrechen"));
    connect(m_cancelAction, &QAction::triggered, this, &AnalysisPanel::cancelAnalysis);
    addAction(m_runAction);
    addAction(m_cancelAction);
    m_exportTableAction = new QAction(tr("Diese &Tabelle als CSV…"), this);
    m_exportTableAction->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_exportTableAction, &QAction::triggered, this, &AnalysisPanel::exportTableDialog);
    m_exportAllAction = new QAction(tr("&Alle Tabellen als CSV in einen Ordner…"), this);
    m_exportAllAction->setObjectName(QStringLiteral("exportAllAction"));
    connect(m_exportAllAction, &QAction::triggered, this, &AnalysisPanel::exportAllDialog);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("analysisSplitter"));
    splitter->setChildrenCollapsible(false);

    // ---- left: what to run, then the list of results
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto *choiceLabel = heading(tr("&Analysen"), left);
    leftLayout->addWidget(choiceLabel);
    createChoice(left);
    choiceLabel->setBuddy(m_choice);
    leftLayout->addWidget(m_choice, 3);

    auto *form = new QFormLayout();
    form->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit(left);
    m_date->setObjectName(QStringLiteral("analysisDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Stand am"));
    m_date->setToolTip(tr("Das Netz, wie es an diesem Tag war: nur Verbindungen und Mitgliedschaften, die an diesem "
                          "Tag galten"));
    form->addRow(tr("&Stand am:"), m_date);
    leftLayout->addLayout(form);

    auto *buttons = new QHBoxLayout();
    m_runButton = new QPushButton(tr("Analyse starten"), left);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setAccessibleName(tr("Analyse starten"));
    m_runButton->setToolTip(m_runAction->toolTip());
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &AnalysisPanel::startAnalysis);
    m_cancelButton = new QPushButton(tr("Abbrechen"), left);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Analyse abbrechen"));
    m_cancelButton->setToolTip(tr("Die laufende Analyse abbrechen (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &AnalysisPanel::cancelAnalysis);
    buttons->addWidget(m_runButton, 1);
    buttons->addWidget(m_cancelButton);
    leftLayout->addLayout(buttons);

    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setAccessibleName(tr("Fortschritt der Analyse"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p %"));
    leftLayout->addWidget(m_progress);
    m_step = new QLabel(tr("Bereit."), left);
    m_step->setObjectName(QStringLiteral("analysisStep"));
    m_step->setAccessibleName(tr("Stand der Analyse"));
    m_step->setWordWrap(true);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_step);

    auto *resultsLabel = heading(tr("&Ergebnisse"), left);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(resultsLabel);
    m_results = new QTreeWidget(left);
    m_results->setObjectName(QStringLiteral("resultList"));
    m_results->setAccessibleName(tr("Ergebnisse der Analyse"));
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(1);
    m_results->setUniformRowHeights(true);
    resultsLabel->setBuddy(m_results);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &AnalysisPanel::currentResultChanged);
    leftLayout->addWidget(m_results, 4);

    // ---- right: the selected result
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);

    m_staleBanner = new QFrame(right);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setAccessibleName(tr("Hinweis: Ergebnisse veraltet"));
    m_staleBanner->setFrameShape(QFrame::StyledPanel);
    m_staleBanner->setStyleSheet(QStringLiteral("QFrame#staleBanner { background: #fff4ce; border: 1px solid #d9a400; "
                                                "border-radius: 3px; } QFrame#staleBanner QLabel { color: #3b2f00; }"));
    auto *staleLayout = new QHBoxLayout(m_staleBanner);
    staleLayout->setContentsMargins(8, 4, 8, 4);
    m_staleText = new QLabel(tr("<b>Veraltet:</b> Die Registry wurde nach dieser Analyse geändert. Die Ergebnisse "
                                "zeigen den Stand beim Start der Analyse."),
                             m_staleBanner);
    m_staleText->setObjectName(QStringLiteral("staleText"));
    m_staleText->setWordWrap(true);
    m_rerunButton = new QPushButton(tr("&Neu berechnen"), m_staleBanner);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_rerunButton->setAccessibleName(tr("Analyse neu berechnen"));
    connect(m_rerunButton, &QPushButton::clicked, this, &AnalysisPanel::startAnalysis);
    staleLayout->addWidget(m_staleText, 1);
    staleLayout->addWidget(m_rerunButton);
    m_staleBanner->hide();
    rightLayout->addWidget(m_staleBanner);

    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setAccessibleName(tr("Titel des Ergebnisses"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setText(tr("Noch keine Ergebnisse"));
    rightLayout->addWidget(m_title);

    m_explanation = new QTextBrowser(right);
    m_explanation->setObjectName(QStringLiteral("resultExplanation"));
    m_explanation->setAccessibleName(tr("Erklärung des Ergebnisses"));
    m_explanation->setFrameShape(QFrame::NoFrame);
    m_explanation->setOpenLinks(false);
    m_explanation->viewport()->setAutoFillBackground(false);
    m_explanation->setHtml(
        tr("<p>Wählen Sie links die Analysen und den Tag, für den das Netz betrachtet werden soll, und klicken Sie "
           "auf <b>Analyse starten</b> (F5). Zu jedem Ergebnis steht hier, was es bedeutet und was die Koordination "
           "tun kann.</p>"));

    auto *actionsRow = new QHBoxLayout();
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setAccessibleName(tr("Umfang des Ergebnisses"));
    actionsRow->addWidget(m_summary, 1);
    m_showOnMapButton = new QPushButton(tr("Auf der &Karte zeigen"), right);
    m_showOnMapButton->setObjectName(QStringLiteral("showOnMapButton"));
    m_showOnMapButton->setAccessibleName(tr("Auf der Karte zeigen"));
    m_showOnMapButton->setToolTip(tr("Die Akteure und Verbindungen hinter den ausgewählten Zeilen hervorheben "
                                     "(ohne Auswahl: hinter allen Zeilen)"));
    connect(m_showOnMapButton, &QPushButton::clicked, this, &AnalysisPanel::requestHighlight);
    actionsRow->addWidget(m_showOnMapButton);
    m_exportButton = new QToolButton(right);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("Ergebnisse e&xportieren…"));
    m_exportButton->setAccessibleName(tr("Ergebnisse exportieren"));
    m_exportButton->setToolTip(tr("Als CSV-Datei für Excel speichern (wie „netzatlas-cli analyze --csv“)"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportTableAction);
    exportMenu->addAction(m_exportAllAction);
    m_exportButton->setMenu(exportMenu);
    actionsRow->addWidget(m_exportButton);

    auto *tableSplitter = new QSplitter(Qt::Vertical, right);
    m_resultSplitter = tableSplitter;
    tableSplitter->setObjectName(QStringLiteral("resultSplitter"));
    tableSplitter->setChildrenCollapsible(false);
    tableSplitter->addWidget(m_explanation);
    auto *tablePane = new QWidget(tableSplitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(actionsRow);
    m_table = new QTableView(tablePane);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setAccessibleName(tr("Ergebnistabelle"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_table, &QTableView::doubleClicked, this, &AnalysisPanel::tableDoubleClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnalysisPanel::rowSelectionChanged);
    tableLayout->addWidget(m_table, 1);
    tableSplitter->addWidget(tablePane);
    auto *behindPane = new QWidget(tableSplitter);
    auto *behindLayout = new QVBoxLayout(behindPane);
    behindLayout->setContentsMargins(0, 0, 0, 0);
    m_behindLabel = new QLabel(tr("Dahinter: eine Zeile auswählen"), behindPane);
    m_behindLabel->setObjectName(QStringLiteral("behindLabel"));
    m_behindLabel->setWordWrap(true);
    behindLayout->addWidget(m_behindLabel);
    m_behind = new QListWidget(behindPane);
    m_behind->setObjectName(QStringLiteral("behindList"));
    m_behind->setAccessibleName(tr("Akteure und Verbindungen hinter der ausgewählten Zeile"));
    m_behind->setToolTip(tr("Doppelklick zeigt den Akteur oder die Verbindung in der Registry"));
    m_behindLabel->setBuddy(m_behind);
    connect(m_behind, &QListWidget::itemActivated, this, &AnalysisPanel::behindActivated);
    behindLayout->addWidget(m_behind, 1);
    tableSplitter->addWidget(behindPane);
    tableSplitter->setStretchFactor(0, 0);
    tableSplitter->setStretchFactor(1, 3);
    tableSplitter->setStretchFactor(2, 1);
    tableSplitter->setSizes({130, 400, 120});
    rightLayout->addWidget(tableSplitter, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_runner, &AnalysisRunner::started, this, &AnalysisPanel::runnerStarted);
    connect(m_runner, &AnalysisRunner::progress, this, &AnalysisPanel::runnerProgress);
    connect(m_runner, &AnalysisRunner::finished, this, &AnalysisPanel::runnerFinished);
    connect(m_runner, &AnalysisRunner::cancelled, this, &AnalysisPanel::runnerCancelled);
    connect(m_runner, &AnalysisRunner::failed, this, &AnalysisPanel::runnerFailed);
    connect(m_runner, &AnalysisRunner::outdatedChanged, this, &AnalysisPanel::updateStale);
    updateControls();
}

AnalysisPanel::~AnalysisPanel() = default;

void AnalysisPanel::createChoice(QWidget *parent)
{
    m_choice = new QTreeWidget(parent);
    m_choice->setObjectName(QStringLiteral("analysisChoice"));
    m_choice->setAccessibleName(tr("Auswahl der Analysen"));
    m_choice->setHeaderHidden(true);
    m_choice->setColumnCount(1);
    m_choice->setUniformRowHeights(true);
    auto group = [this](const QString &title, const QString &toolTip) {
        auto *item = new QTreeWidgetItem(m_choice, {title});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setToolTip(0, toolTip);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        return item;
    };
    QTreeWidgetItem *questions = group(tr("Fragen der Koordination"),
                                       tr("Die Fragen 1–9 der Koordination vor Ort, in einfachen Worten beantwortet"));
    QTreeWidgetItem *structure =
        group(tr("Struktur des Netzes"), tr("Kennzahlen der Netzwerkanalyse: Zentralität, Teilnetze, Gruppen"));
    for (const AnalysisInfo &info : availableAnalyses()) {
        const QString number = questionNumber(info);
        auto *item = new QTreeWidgetItem(info.coordinatorQuestion ? questions : structure,
                                         {number.isEmpty() ? info.title : tr("%1 · %2").arg(number, info.title)});
        item->setData(0, IdRole, info.id);
        item->setToolTip(0, info.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
    }
    m_choice->expandAll();
    connect(m_choice, &QTreeWidget::itemChanged, this, &AnalysisPanel::updateControls);
}

void AnalysisPanel::setDocument(RegistryDocument *document)
{
    m_document = document;
    m_runner->setDocument(document);
    m_model->clear();
    m_results->clear();
    m_behind->clear();
    m_title->setText(tr("Noch keine Ergebnisse"));
    m_summary->clear();
    m_progress->setValue(0);
    m_step->setText(tr("Bereit."));
    // The demo network is built for a fixed day: its gaps show on that day.
    QDate day = QDate::currentDate();
    if (document && document->isDemo()) {
        const auto asOf = document->repository().metaValue(QStringLiteral("demo_as_of"));
        const QDate demoDay = asOf.ok() ? QDate::fromString(*asOf, Qt::ISODate) : QDate();
        if (demoDay.isValid())
            day = demoDay;
    }
    m_date->setDate(day);
    updateStale();
    updateControls();
}

void AnalysisPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitExplanation();
}

void AnalysisPanel::fitExplanation()
{
    QList<int> sizes = m_resultSplitter->sizes();
    if (sizes.size() < 2 || m_explanation->viewport()->width() <= 0)
        return;
    QTextDocument *text = m_explanation->document();
    text->setTextWidth(m_explanation->viewport()->width());
    const int wanted = static_cast<int>(std::ceil(text->size().height())) + 2 * m_explanation->frameWidth() + 4;
    const int maximum = std::max(80, m_resultSplitter->height() * 2 / 5);
    const int total = sizes.at(0) + sizes.at(1);
    sizes[0] = std::min(wanted, maximum);
    sizes[1] = std::max(0, total - sizes.at(0));
    m_resultSplitter->setSizes(sizes);
}

QStringList AnalysisPanel::selectedAnalyses() const
{
    QStringList checked;
    for (int g = 0; g < m_choice->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_choice->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked)
                checked.append(group->child(i)->data(0, IdRole).toString());
        }
    }
    QStringList ordered;
    for (const AnalysisInfo &info : availableAnalyses()) {
        if (checked.contains(info.id))
            ordered.append(info.id);
    }
    return ordered;
}

void AnalysisPanel::setSelectedAnalyses(const QStringList &ids)
{
    for (int g = 0; g < m_choice->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_choice->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            item->setCheckState(0, ids.contains(item->data(0, IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateControls();
}

QDate AnalysisPanel::date() const
{
    return m_date->date();
}

void AnalysisPanel::setDate(const QDate &date)
{
    m_date->setDate(date);
}

bool AnalysisPanel::isRunning() const
{
    return m_runner->isRunning();
}

void AnalysisPanel::startAnalysis()
{
    if (!m_document || m_runner->isRunning())
        return;
    const QStringList analyses = selectedAnalyses();
    if (analyses.isEmpty()) {
        m_step->setText(tr("Bitte mindestens eine Analyse auswählen."));
        return;
    }
    AnalysisRequest request;
    request.analyses = analyses;
    request.snapshot.at = m_date->date();
    m_runner->start(request);
}

void AnalysisPanel::cancelAnalysis()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_step->setText(tr("Wird abgebrochen …"));
}

void AnalysisPanel::runnerStarted()
{
    m_progress->setValue(0);
    m_step->setText(tr("Die Analyse läuft …"));
    setProperty("startedAt", QDateTime::currentMSecsSinceEpoch());
    updateControls();
}

void AnalysisPanel::runnerProgress(int percent, const QString &step)
{
    m_progress->setValue(percent);
    if (!step.isEmpty())
        m_step->setText(tr("%1 …").arg(step));
}

void AnalysisPanel::runnerFinished(const AnalysisReport &report)
{
    m_progress->setValue(100);
    const double seconds = (QDateTime::currentMSecsSinceEpoch() - property("startedAt").toLongLong()) / 1000.0;
    m_step->setText(tr("Fertig: %Ln Analysen für den %1 in %2 s.", nullptr, static_cast<int>(report.analyses.size()))
                        .arg(numberLocale().toString(report.date, QStringLiteral("dd.MM.yyyy")),
                             formatNumber(seconds, numberLocale(), 1)));
    fillResults(report, currentResultId());
    updateStale();
    updateControls();
}

void AnalysisPanel::runnerCancelled()
{
    m_progress->setValue(0);
    m_step->setText(m_runner->hasReport() ? tr("Abgebrochen. Die Ergebnisse der vorigen Analyse bleiben stehen.")
                                          : tr("Abgebrochen."));
    updateControls();
}

void AnalysisPanel::runnerFailed(const QString &message)
{
    m_progress->setValue(0);
    m_step->setText(tr("Die Analyse ist fehlgeschlagen: %1").arg(message));
    updateControls();
}

void AnalysisPanel::updateStale()
{
    m_staleBanner->setVisible(m_runner->hasReport() && m_runner->isOutdated());
}

void AnalysisPanel::updateControls()
{
    const bool running = m_runner->isRunning();
    const bool canRun = m_document && !running && !selectedAnalyses().isEmpty();
    m_runAction->setEnabled(m_document && !running);
    m_runButton->setEnabled(canRun);
    m_rerunButton->setEnabled(canRun);
    m_cancelAction->setEnabled(running);
    m_cancelButton->setEnabled(running);
    m_choice->setEnabled(!running);
    m_date->setEnabled(!running);
    const bool hasTable = currentTable() != nullptr;
    m_showOnMapButton->setEnabled(hasTable && m_model->rowCount() > 0);
    m_exportTableAction->setEnabled(hasTable);
    m_exportAllAction->setEnabled(m_runner->hasReport());
    m_exportButton->setEnabled(m_runner->hasReport());
}

void AnalysisPanel::fillResults(const AnalysisReport &report, const QString &keepTable)
{
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    QTreeWidgetItem *keep = nullptr;
    QTreeWidgetItem *first = nullptr;
    for (const QString &id : report.analyses) {
        QList<const ResultTable *> tables;
        for (const ResultTable &t : report.tables) {
            if (t.analysis == id)
                tables.append(&t);
        }
        if (tables.isEmpty())
            continue;
        const std::optional<AnalysisInfo> info = analysisInfo(id);
        QTreeWidgetItem *parent = nullptr;
        if (tables.size() > 1) {
            const QString number = info ? questionNumber(*info) : QString();
            const QString title = info ? info->title : id;
            parent = new QTreeWidgetItem(m_results, {number.isEmpty() ? title : tr("%1 · %2").arg(number, title)});
            parent->setFlags(Qt::ItemIsEnabled);
            if (info)
                parent->setToolTip(0, info->description);
        }
        for (const ResultTable *t : tables) {
            const QString text = tr("%1 (%2)").arg(t->title, numberLocale().toString(t->rows.size()));
            auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_results, {text});
            item->setData(0, IdRole, t->id);
            item->setToolTip(0, t->explanation);
            if (t->id == keepTable)
                keep = item;
            if (!first)
                first = item;
        }
    }
    m_results->expandAll();
    QTreeWidgetItem *current = keep ? keep : first;
    if (current)
        m_results->setCurrentItem(current);
    currentResultChanged();
}

const ResultTable *AnalysisPanel::currentTable() const
{
    if (!m_runner->hasReport())
        return nullptr;
    const QTreeWidgetItem *item = m_results->currentItem();
    return item ? m_runner->report().table(item->data(0, IdRole).toString()) : nullptr;
}

QString AnalysisPanel::currentResultId() const
{
    const ResultTable *t = currentTable();
    return t ? t->id : QString();
}

bool AnalysisPanel::showResult(const QString &tableId)
{
    for (QTreeWidgetItemIterator it(m_results); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == tableId) {
            m_results->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString AnalysisPanel::explanationHtml(const ResultTable &table) const
{
    QString html;
    if (!table.explanation.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(table.explanation.toHtmlEscaped());
    if (!table.advice.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Was tun?").toHtmlEscaped(), table.advice.toHtmlEscaped());
    if (!table.figures.isEmpty()) {
        QStringList figures;
        for (const KeyFigure &f : table.figures) {
            const QString value = f.value.typeId() == QMetaType::Bool
                                      ? (f.value.toBool() ? tr("ja") : tr("nein"))
                                      : formatResultValue(f.value, numberLocale(), DisplayDecimals);
            figures.append(QStringLiteral("%1: <b>%2</b>").arg(f.label.toHtmlEscaped(), value.toHtmlEscaped()));
        }
        html += QStringLiteral("<p>%1</p>").arg(figures.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    return html;
}

void AnalysisPanel::currentResultChanged()
{
    const ResultTable *t = currentTable();
    m_behind->clear();
    if (!t) {
        m_model->clear();
        m_title->setText(m_runner->hasReport() ? tr("Ergebnis links auswählen") : tr("Noch keine Ergebnisse"));
        m_summary->clear();
        updateControls();
        return;
    }
    m_model->setTable(*t);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the analysis' own order first
    m_proxy->sort(-1);
    m_title->setText(t->title);
    m_explanation->setHtml(explanationHtml(*t));
    fitExplanation();
    const AnalysisReport &report = m_runner->report();
    m_summary->setText(tr("%Ln Zeilen · Stand am %1", nullptr, static_cast<int>(t->rows.size()))
                           .arg(numberLocale().toString(report.date, QStringLiteral("dd.MM.yyyy"))));
    m_table->resizeColumnsToContents();
    // Long texts (paths through the network) must not push the other columns out of sight.
    const int maxWidth = std::max(200, m_table->viewport()->width() / 2);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_table->columnWidth(c) > maxWidth)
            m_table->setColumnWidth(c, maxWidth);
    }
    rowSelectionChanged();
    updateControls();
}

QList<int> AnalysisPanel::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AnalysisPanel::rowSelectionChanged()
{
    m_behind->clear();
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        m_behindLabel->setText(tr("Dahinter: eine Zeile auswählen, um die Akteure und Verbindungen zu sehen."));
        return;
    }
    QList<ActorId> actors;
    QList<LinkId> links;
    for (const int row : rows) {
        for (const ActorId id : m_model->actorsAt(row)) {
            if (!actors.contains(id))
                actors.append(id);
        }
        for (const LinkId id : m_model->linksAt(row)) {
            if (!links.contains(id))
                links.append(id);
        }
    }
    for (const ActorId id : actors) {
        if (m_behind->count() >= MaxBehindEntries)
            break;
        const Actor *actor = m_document ? m_document->actor(id) : nullptr;
        QString text = actor ? tr("%1 (%2)").arg(actor->name, m_document->actorTypeLabel(actor->typeCode))
                             : tr("Akteur %1 (gelöscht)").arg(id.value);
        auto *item = new QListWidgetItem(text, m_behind);
        item->setData(IdRole, id.value);
        item->setData(KindRole, QStringLiteral("a"));
        item->setToolTip(tr("Doppelklick zeigt den Akteur in der Liste der Akteure"));
    }
    for (const LinkId id : links) {
        if (m_behind->count() >= MaxBehindEntries)
            break;
        const CooperationLink *link = m_document ? m_document->link(id) : nullptr;
        QString text = link ? tr("Verbindung: %1 – %2 (%3)")
                                  .arg(m_document->actorName(link->source), m_document->actorName(link->target),
                                       m_document->catalogueLabel(CatalogueKind::LinkType, link->typeCode))
                            : tr("Verbindung %1 (gelöscht)").arg(id.value);
        auto *item = new QListWidgetItem(text, m_behind);
        item->setData(IdRole, id.value);
        item->setData(KindRole, QStringLiteral("l"));
        item->setToolTip(tr("Doppelklick zeigt die Verbindung in der Liste der Verbindungen"));
    }
    QString label = tr("Dahinter: %Ln Akteure", nullptr, static_cast<int>(actors.size())) + tr(", ") +
                    tr("%Ln Verbindungen", nullptr, static_cast<int>(links.size()));
    if (actors.size() + links.size() > MaxBehindEntries)
        label += tr(" (die ersten %1 angezeigt)").arg(MaxBehindEntries);
    m_behindLabel->setText(label + tr(" – Doppelklick zeigt den Eintrag in der Registry."));
}

void AnalysisPanel::behindActivated(QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == u"a")
        Q_EMIT actorActivated(ActorId(id));
    else
        Q_EMIT linkActivated(LinkId(id));
}

void AnalysisPanel::tableDoubleClicked(const QModelIndex &index)
{
    const int row = m_proxy->mapToSource(index).row();
    const QList<ActorId> actors = m_model->actorsAt(row);
    const QList<LinkId> links = m_model->linksAt(row);
    if (!actors.isEmpty())
        Q_EMIT actorActivated(actors.constFirst());
    else if (!links.isEmpty())
        Q_EMIT linkActivated(links.constFirst());
}

void AnalysisPanel::requestHighlight()
{
    QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.append(row);
    }
    QList<ActorId> actors;
    QList<LinkId> links;
    for (const int row : rows) {
        for (const ActorId id : m_model->actorsAt(row)) {
            if (!actors.contains(id))
                actors.append(id);
        }
        for (const LinkId id : m_model->linksAt(row)) {
            if (!links.contains(id))
                links.append(id);
        }
    }
    Q_EMIT highlightRequested(actors, links);
}

Status AnalysisPanel::exportCurrentTable(const QString &filePath) const
{
    const ResultTable *t = currentTable();
    if (!t)
        return Error::make(tr("Es ist kein Ergebnis ausgewählt."));
    CsvWriter writer;
    for (const QStringList &record : resultTableRecords(*t))
        writer.addRow(record);
    return writer.save(filePath);
}

Status AnalysisPanel::exportAllTables(const QString &directory) const
{
    if (!m_runner->hasReport())
        return Error::make(tr("Es gibt noch keine Ergebnisse."));
    if (!QDir().mkpath(directory))
        return Error::at(directory, 0, {}, tr("Das Verzeichnis kann nicht angelegt werden."));
    for (const ResultTable &t : m_runner->report().tables) {
        CsvWriter writer;
        for (const QStringList &record : resultTableRecords(t))
            writer.addRow(record);
        NETZATLAS_TRY(writer.save(QDir(directory).filePath(t.id + QStringLiteral(".csv"))));
    }
    return {};
}

void AnalysisPanel::exportTableDialog()
{
    const ResultTable *t = currentTable();
    if (!t)
        return;
    const QString start =
        QDir(m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory).filePath(t->id + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Ergebnis als CSV speichern"), start, tr("CSV-Dateien (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    if (Status s = exportCurrentTable(path); !s.ok())
        DialogSupport::showError(this, tr("Export"), tr("Das Ergebnis konnte nicht gespeichert werden."), s.error());
    else
        m_step->setText(tr("Gespeichert: %1").arg(QDir::toNativeSeparators(path)));
}

void AnalysisPanel::exportAllDialog()
{
    if (!m_runner->hasReport())
        return;
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Ordner für die CSV-Dateien wählen"), m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory);
    if (directory.isEmpty())
        return;
    m_lastDirectory = directory;
    int existing = 0;
    for (const ResultTable &t : m_runner->report().tables)
        existing += QFileInfo::exists(QDir(directory).filePath(t.id + QStringLiteral(".csv"))) ? 1 : 0;
    if (existing > 0 &&
        QMessageBox::question(
            this, tr("Export"),
            tr("In dem Ordner gibt es schon %Ln Ergebnisdateien gleichen Namens. Ersetzen?", nullptr, existing),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = exportAllTables(directory); !s.ok())
        DialogSupport::showError(this, tr("Export"), tr("Die Ergebnisse konnten nicht gespeichert werden."), s.error());
    else
        m_step->setText(
            tr("%Ln Tabellen gespeichert in %1", nullptr, static_cast<int>(m_runner->report().tables.size()))
                .arg(QDir::toNativeSeparators(directory)));
}

} // namespace netzatlas
