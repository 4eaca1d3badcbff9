// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ImportDialog.h"

#include "DialogSupport.h"

#include <netzatlas/editing/ImportChanges.h>
#include <netzatlas/editing/ImportCommand.h>
#include <netzatlas/editing/ImportJob.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

constexpr int PreviewRows = 20;
const QString DirectoryKey = QStringLiteral("Files/importDirectory");

} // namespace

ImportDialog::ImportDialog(RegistryDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_job(new ImportJob(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Tabelle importieren (CSV, Excel)"));

    // ---- file
    auto *fileBox = new QGroupBox(tr("Datei"), this);
    auto *fileForm = new QFormLayout(fileBox);
    fileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(fileBox);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Excel-Arbeitsmappe (XLSX) oder CSV-Datei"));
    m_choose = new QPushButton(tr("&Datei wählen …"), fileBox);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_kindCombo = new QComboBox(fileBox);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Akteure"), static_cast<int>(ImportKind::Actors));
    m_kindCombo->addItem(tr("Verbindungen"), static_cast<int>(ImportKind::Links));
    m_sheetCombo = new QComboBox(fileBox);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_fileInfo = new QLabel(fileBox);
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    m_fileInfo->setTextFormat(Qt::PlainText);
    m_fileInfo->setWordWrap(true);
    auto *fileLabel = new QLabel(tr("&Datei:"), fileBox);
    fileLabel->setBuddy(m_choose);
    fileForm->addRow(fileLabel, fileRow);
    m_sheetLabel = new QLabel(tr("Tabellen&blatt:"), fileBox);
    m_sheetLabel->setBuddy(m_sheetCombo);
    fileForm->addRow(m_sheetLabel, m_sheetCombo);
    m_sheetLabel->setVisible(false);
    m_sheetCombo->setVisible(false);
    fileForm->addRow(tr("&Inhalt:"), m_kindCombo);
    fileForm->addRow(QString(), m_fileInfo);
    DialogSupport::nameFieldsFromLabels(fileForm);
    m_file->setAccessibleName(tr("Datei"));

    // ---- preview and mapping
    auto *previewBox = new QGroupBox(tr("Vorschau (erste %1 Zeilen)").arg(PreviewRows), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QTableWidget(previewBox);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Vorschau"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    previewLayout->addWidget(m_preview);

    auto *mappingBox = new QGroupBox(tr("Spaltenzuordnung"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_mapping = new QTableWidget(0, 2, mappingBox);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setAccessibleName(tr("Spaltenzuordnung"));
    m_mapping->setHorizontalHeaderLabels({tr("Feld"), tr("Spalte der Datei")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    auto *mappingHint = new QLabel(tr("Erkannt an den Spaltenüberschriften; * = Pflichtfeld."), mappingBox);
    mappingHint->setWordWrap(true);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(mappingHint);

    // ---- result
    auto *resultBox = new QGroupBox(tr("Ergebnis"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    m_summary = new QLabel(tr("Noch nicht geprüft. Ein Probelauf zeigt, was der Import ändern würde, ohne etwas zu "
                              "speichern."),
                           resultBox);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_issues = new QTreeWidget(resultBox);
    m_issues->setObjectName(QStringLiteral("issueTree"));
    m_issues->setAccessibleName(tr("Meldungen je Zeile"));
    m_issues->setHeaderLabels({tr("Zeile"), tr("Art"), tr("Feld"), tr("Meldung")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_progress = new QProgressBar(resultBox);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Fortschritt"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Abbre&chen"), resultBox);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setVisible(false);
    m_saveReport = new QPushButton(tr("Bericht &speichern …"), resultBox);
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addStretch(0);
    progressRow->addWidget(m_saveReport);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_issues, 1);
    resultLayout->addLayout(progressRow);

    m_dryRun = new QPushButton(tr("&Probelauf"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(tr("Prüft alle Zeilen und zählt, was neu, geändert oder abgelehnt wäre; speichert nichts"));
    m_import = new QPushButton(tr("&Importieren"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Übernimmt die Datei in die Registry; lässt sich als ein Schritt rückgängig machen"));
    m_close = new QPushButton(tr("Schließen"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto *top = new QHBoxLayout;
    top->addWidget(previewBox, 3);
    top->addWidget(mappingBox, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *topWidget = new QWidget(splitter);
    topWidget->setLayout(top);
    top->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(topWidget);
    splitter->addWidget(resultBox);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileBox);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_sheetCombo, &QComboBox::activated, this, [this](int index) {
        if (!m_path.isEmpty() && index >= 0)
            setFile(m_path, m_sheetCombo->itemText(index));
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_kind = static_cast<ImportKind>(m_kindCombo->currentData().toInt());
        rebuildMapping();
    });
    connect(m_dryRun, &QPushButton::clicked, this, &ImportDialog::startDryRun);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::saveReportClicked);
    connect(m_job, &ImportJob::tableLoaded, this, &ImportDialog::tableLoaded);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::runDone);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
    });
    updateButtons();
    resize(1100, 760);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    QString directory = QSettings().value(DirectoryKey).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Tabelle wählen"), directory,
                                                      tr("Tabellen (*.xlsx *.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;"
                                                         "CSV-Dateien (*.csv *.txt);;Alle Dateien (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(DirectoryKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::setFile(const QString &path, const QString &sheet)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_table.reset();
    m_lastReport.reset();
    m_issues->clear();
    m_fileInfo->setText(tr("Die Datei wird gelesen …"));
    setBusy(true);
    m_job->loadTable(path, sheet);
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kindCombo->setCurrentIndex(kind == ImportKind::Actors ? 0 : 1);
}

void ImportDialog::tableLoaded()
{
    setBusy(false);
    const Result<Table> &table = m_job->table();
    const QStringList sheets = m_job->sheetNames();
    {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
        m_sheetCombo->addItems(sheets);
        if (table.ok())
            m_sheetCombo->setCurrentIndex(static_cast<int>(sheets.indexOf(table->sheet)));
    }
    m_sheetCombo->setVisible(!sheets.isEmpty());
    m_sheetLabel->setVisible(!sheets.isEmpty());
    if (!table.ok()) {
        m_fileInfo->setText(table.error().toString());
        updatePreview();
        rebuildMapping();
        Q_EMIT fileLoaded();
        return;
    }
    m_table = *table;
    // A header that names source and target is a link table.
    const ColumnMapping asLinks = ColumnMapping::guess(ImportKind::Links, m_table->header);
    setKind(asLinks.missingRequired().isEmpty() ? ImportKind::Links : ImportKind::Actors);
    const QString separator = m_table->separator == u'\t' ? tr("Tabulator") : QString(m_table->separator);
    if (!m_table->sheet.isEmpty())
        m_fileInfo->setText(tr("Excel-Arbeitsmappe, Blatt „%1“ · %2 Datenzeilen, %3 Spalten")
                                .arg(m_table->sheet)
                                .arg(m_table->rows.size())
                                .arg(m_table->header.size()));
    else
        m_fileInfo->setText(tr("%1 Datenzeilen, %2 Spalten · Zeichensatz %3 · Trennzeichen %4")
                                .arg(m_table->rows.size())
                                .arg(m_table->header.size())
                                .arg(m_table->encoding, separator));
    updatePreview();
    rebuildMapping();
    m_summary->setText(tr("Noch nicht geprüft. Ein Probelauf zeigt, was der Import ändern würde, ohne etwas zu "
                          "speichern."));
    updateButtons();
    Q_EMIT fileLoaded();
}

void ImportDialog::updatePreview()
{
    m_preview->clear();
    if (!m_table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const int rows = std::min<int>(PreviewRows, static_cast<int>(m_table->rows.size()));
    m_preview->setColumnCount(static_cast<int>(m_table->header.size()));
    m_preview->setHorizontalHeaderLabels(m_table->header);
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const TableRow &r = m_table->rows.at(row);
        lines << QString::number(r.line);
        for (int column = 0; column < r.cells.size() && column < m_table->header.size(); ++column) {
            auto *item = new QTableWidgetItem(r.cells.at(column).left(300));
            item->setToolTip(r.cells.at(column).left(2000));
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));
}

void ImportDialog::rebuildMapping()
{
    const QList<ImportField> &fields = ColumnMapping::fields(m_kind);
    const ColumnMapping guessed = m_table ? ColumnMapping::guess(m_kind, m_table->header) : ColumnMapping(m_kind);
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField &field = fields.at(row);
        auto *label = new QTableWidgetItem(field.required ? field.label + QStringLiteral(" *") : field.label);
        label->setData(Qt::UserRole, field.name);
        label->setToolTip(field.name);
        m_mapping->setItem(row, 0, label);
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mapping_") + field.name);
        combo->setAccessibleName(tr("Spalte für %1").arg(field.label));
        combo->addItem(tr("(nicht übernehmen)"), -1);
        if (m_table) {
            for (int column = 0; column < m_table->header.size(); ++column)
                combo->addItem(QStringLiteral("%1: %2").arg(column + 1).arg(m_table->header.at(column)), column);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(guessed.column(field.name))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_lastReport.reset();
            updateButtons();
        });
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_lastReport.reset();
    updateButtons();
}

ColumnMapping ImportDialog::mapping() const
{
    ColumnMapping mapping(m_kind);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString field = m_mapping->item(row, 0)->data(Qt::UserRole).toString();
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            mapping.setColumn(field, column);
    }
    return mapping;
}

void ImportDialog::startDryRun()
{
    start(true);
}

void ImportDialog::startImport()
{
    start(false);
}

void ImportDialog::start(bool dryRun)
{
    if (!m_table || m_busy)
        return;
    const ColumnMapping map = mapping();
    if (!map.missingRequired().isEmpty()) {
        m_summary->setText(
            tr("Bitte eine Spalte zuordnen für: %1").arg(map.missingRequired().join(QStringLiteral(", "))));
        return;
    }
    ImportOptions options;
    options.dryRun = dryRun;
    m_runIsDry = dryRun;
    m_summary->setText(dryRun ? tr("Probelauf läuft …") : tr("Import läuft …"));
    m_issues->clear();
    m_progress->setRange(0, std::max(1, static_cast<int>(m_table->rows.size())));
    m_progress->setValue(0);
    setBusy(true);
    m_job->run(m_document->path(), ImportSource{m_kind, *m_table, map}, options);
}

void ImportDialog::runDone()
{
    setBusy(false);
    const Result<ImportReport> &result = m_job->report();
    if (!result.ok()) {
        m_summary->setText(tr("Der Import konnte nicht ausgeführt werden: %1").arg(result.error().toString()));
        Q_EMIT runFinished();
        return;
    }
    const ImportReport report = *result;
    m_lastReport = report;
    showReport(report);
    if (!m_runIsDry && report.accepted()) {
        // The worker wrote through its own connection: compare, then make it one undo step.
        const QList<Actor> actorsBefore = m_document->actors();
        const QList<CooperationLink> linksBefore = m_document->links();
        auto actorsAfter = m_document->repository().actors();
        auto linksAfter = m_document->repository().links();
        if (!actorsAfter.ok() || !linksAfter.ok()) {
            (void)m_document->reload();
        } else {
            const ImportChanges changes = ImportChanges::diff(actorsBefore, *actorsAfter, linksBefore, *linksAfter);
            if (!changes.isEmpty()) {
                const QString text = tr("Import aus „%1“").arg(QFileInfo(m_file->text()).fileName());
                const Status pushed = m_document->push(new ImportCommand(m_document, text, changes));
                if (!pushed.ok())
                    (void)m_document->reload();
            }
        }
    }
    updateButtons();
    Q_EMIT runFinished();
}

void ImportDialog::showReport(const ImportReport &report)
{
    QString text;
    if (report.cancelled)
        text = tr("Abgebrochen. Es wurde nichts gespeichert.");
    else if (!report.accepted())
        text = tr("%1\nAbgelehnte Zeilen verhindern den Import: bitte die Datei oder die Zuordnung korrigieren. Es "
                  "wurde nichts gespeichert.")
                   .arg(report.summary());
    else if (report.dryRun)
        text = tr("Probelauf: %1\nEs wurde nichts gespeichert.").arg(report.summary());
    else
        text = tr("Importiert: %1\nMit Bearbeiten › Rückgängig (Strg+Z) lässt sich der ganze Import zurücknehmen.")
                   .arg(report.summary());
    m_summary->setText(text);
    m_issues->clear();
    auto add = [this](const Error &e, const QString &kind) {
        auto *item =
            new QTreeWidgetItem(m_issues, {e.line > 0 ? QString::number(e.line) : QString(), kind, e.field, e.message});
        item->setToolTip(3, e.message);
    };
    for (const Error &e : report.errors)
        add(e, tr("abgelehnt"));
    for (const Error &e : report.warnings)
        add(e, tr("Hinweis"));
    m_issues->resizeColumnToContents(0);
    m_issues->resizeColumnToContents(1);
    m_issues->resizeColumnToContents(2);
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    updateButtons();
}

bool ImportDialog::isBusy() const
{
    return m_busy;
}

void ImportDialog::updateButtons()
{
    const bool ready = m_table.has_value() && !m_busy && !m_document->isReadOnly();
    m_dryRun->setEnabled(ready);
    // Import after a dry run of this mapping that rejected nothing, or directly (the import checks the same).
    m_import->setEnabled(ready && (!m_lastReport || m_lastReport->accepted() || m_lastReport->cancelled));
    m_choose->setEnabled(!m_busy);
    m_kindCombo->setEnabled(!m_busy);
    m_mapping->setEnabled(!m_busy);
    m_saveReport->setEnabled(m_lastReport.has_value() && !m_busy);
    m_close->setEnabled(!m_busy);
    m_import->setDefault(ready);
}

bool ImportDialog::saveReport(const QString &path) const
{
    if (!m_lastReport)
        return false;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return m_lastReport->saveReport(path).ok();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    const QString text =
        QStringLiteral("%1\n%2\n\n%3\n").arg(m_file->text(), m_lastReport->summary(), m_lastReport->details());
    // UTF-8 with BOM, so that Excel and Notepad on Windows show umlauts.
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    return file.error() == QFileDevice::NoError;
}

void ImportDialog::saveReportClicked()
{
    const QString suggested = QFileInfo(m_file->text()).completeBaseName() + tr(" – Prüfbericht.txt");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Prüfbericht speichern"), QDir(QFileInfo(m_file->text()).absolutePath()).filePath(suggested),
        tr("Textdateien (*.txt);;CSV für Excel (*.csv);;Alle Dateien (*)"));
    if (path.isEmpty())
        return;
    if (!saveReport(path))
        DialogSupport::showError(this, windowTitle(), tr("Der Bericht konnte nicht gespeichert werden."),
                                 Error::at(path, 0, {}, tr("Die Datei lässt sich nicht schreiben.")));
}

void ImportDialog::reject()
{
    if (m_busy) {
        m_job->cancel(); // the dialog closes when the worker has stopped
        return;
    }
    QDialog::reject();
}

} // namespace netzatlas
