// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/io/ColumnMapping.h>
#include <netzatlas/io/ExchangeImporter.h>
#include <netzatlas/io/Table.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace netzatlas {

class ImportJob;
class RegistryDocument;

/// Imports actors or links from a CSV file or an Excel workbook (XLSX, with a sheet chooser): a preview of the first
/// rows, the column mapping guessed from the header synonyms and editable, a dry run that counts new, updated and
/// rejected rows with the reason per line (the report can be saved), then the import as one undo step. Reading,
/// the dry run and the import run in a worker thread (ImportJob) with progress and cancel; the window stays
/// responsive.
///
/// Object names: fileEdit, chooseFileButton, sheetCombo, kindCombo, fileInfo, previewTable, mappingTable, dryRunButton,
/// importButton, cancelButton, progressBar, summaryLabel, issueTree, saveReportButton.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(RegistryDocument *document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads the file in the background; the preview and the mapping follow when it is read. For an Excel workbook
    /// `sheet` names the sheet (empty = the first); the sheet chooser offers the others.
    void setFile(const QString &path, const QString &sheet = {});
    void setKind(ImportKind kind);
    [[nodiscard]] ColumnMapping mapping() const;
    void startDryRun();
    void startImport();
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const std::optional<ImportReport> &lastReport() const { return m_lastReport; }
    /// Writes the last report (summary and one line per rejected row) to a text file, or as CSV for Excel when the
    /// name ends in .csv.
    [[nodiscard]] bool saveReport(const QString &path) const;

Q_SIGNALS:
    /// The file was read (or failed to).
    void fileLoaded();
    /// A dry run or import finished (also when cancelled or failed).
    void runFinished();

protected:
    void reject() override;

private:
    void chooseFile();
    void tableLoaded();
    void rebuildMapping();
    void updatePreview();
    void start(bool dryRun);
    void runDone();
    void showReport(const ImportReport &report);
    void setBusy(bool busy);
    void updateButtons();
    void saveReportClicked();

    RegistryDocument *m_document;
    ImportJob *m_job;
    std::optional<Table> m_table;
    std::optional<ImportReport> m_lastReport;
    bool m_runIsDry = true;
    bool m_busy = false;
    ImportKind m_kind = ImportKind::Actors;

    QLineEdit *m_file;
    QPushButton *m_choose;
    QComboBox *m_kindCombo;
    QLabel *m_fileInfo;
    QComboBox *m_sheetCombo;
    QLabel *m_sheetLabel;
    QString m_path;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    QPushButton *m_dryRun;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_issues;
    QPushButton *m_saveReport;
};

} // namespace netzatlas
