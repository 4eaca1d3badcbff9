// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MeasuresPage.h"

#include "ActorPicker.h"
#include "DialogSupport.h"
#include "MeasureCharts.h"
#include "MeasureEditorDialog.h"
#include "MoneyEdit.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/BudgetTableModel.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/MeasureTableModel.h>
#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/RemoveRecordsCommand.h>

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace netzatlas {

namespace {

QTableView *newTable(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

QComboBox *filterCombo(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6); // the window must fit small screens; the popup shows full texts
    return combo;
}

} // namespace

MeasuresPage::MeasuresPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MeasureTableModel(this))
    , m_proxy(new MeasureFilterProxyModel(this))
{
    setObjectName(QStringLiteral("measuresPage"));
    m_proxy->setSourceModel(m_model);
    m_table = newTable(this, QStringLiteral("measureTable"), tr("Maßnahmen"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(MeasureTableModel::SchoolYearColumn, Qt::AscendingOrder);

    m_pillar = filterCombo(this, QStringLiteral("measurePillarFilter"), tr("Säule"));
    m_year = filterCombo(this, QStringLiteral("measureYearFilter"), tr("Schuljahr"));
    m_status = filterCombo(this, QStringLiteral("measureStatusFilter"), tr("Status"));
    m_school = filterCombo(this, QStringLiteral("measureSchoolFilter"), tr("Schule"));
    m_school->setMinimumContentsLength(8);
    m_area = filterCombo(this, QStringLiteral("measureAreaFilter"), tr("Maßnahmenbereich"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("measureSearch"));
    m_search->setPlaceholderText(tr("Maßnahmen durchsuchen …"));
    m_search->setAccessibleName(tr("Maßnahmen durchsuchen"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox *combo : {m_pillar, m_year, m_status, m_school, m_area})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasuresPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &MeasuresPage::applyFilters);

    m_new = new QPushButton(tr("&Neue Maßnahme …"), this);
    m_new->setObjectName(QStringLiteral("newMeasureButton"));
    m_edit = new QPushButton(tr("&Bearbeiten …"), this);
    m_edit->setObjectName(QStringLiteral("editMeasureButton"));
    m_delete = new QPushButton(tr("&Löschen"), this);
    m_delete->setObjectName(QStringLiteral("deleteMeasureButton"));
    m_statusButton = new QPushButton(tr("&Status setzen"), this);
    m_statusButton->setObjectName(QStringLiteral("measureStatusButton"));
    m_statusButton->setToolTip(tr("Den Status aller ausgewählten Maßnahmen in einem Schritt setzen"));
    auto *statusMenu = new QMenu(m_statusButton);
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureStatus)) {
        const QString code = e.code;
        statusMenu->addAction(RegistryDocument::displayLabel(e), this, [this, code] { setStatusOfSelected(code); });
    }
    m_statusButton->setMenu(statusMenu);
    connect(m_new, &QPushButton::clicked, this, &MeasuresPage::newMeasure);
    connect(m_edit, &QPushButton::clicked, this, &MeasuresPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MeasuresPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &MeasuresPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeasuresPage::updateButtons);
    connect(m_proxy, &RecordFilterProxyModel::filterChanged, this, &MeasuresPage::updateShown);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MeasuresPage::updateShown);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MeasuresPage::updateShown);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MeasuresPage::updateShown);

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("measureShown"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_pillar);
    filters->addWidget(m_year);
    filters->addWidget(m_status);
    filters->addWidget(m_school);
    filters->addWidget(m_area);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_statusButton);
    buttons->addWidget(m_search, 1);
    buttons->addWidget(m_shown);

    m_ruleHeading = new QLabel(this);
    m_ruleHeading->setObjectName(QStringLiteral("ruleHeading"));
    m_rules = new QListWidget(this);
    m_rules->setObjectName(QStringLiteral("ruleFindings"));
    m_rules->setAccessibleName(tr("Hinweise der Planungsregeln"));
    m_rules->setWordWrap(true);
    m_rules->setMinimumHeight(m_rules->fontMetrics().height() * 3);
    connect(m_rules, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariantList ids = item->data(Qt::UserRole).toList();
        if (!ids.isEmpty())
            selectMeasure(MeasureId(ids.constFirst().toLongLong()));
    });
    auto *rulesBox = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_ruleHeading);
    rulesLayout->addWidget(m_rules);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("measureSplitter"));
    splitter->addWidget(tableBox);
    splitter->addWidget(rulesBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    updateButtons();
}

void MeasuresPage::setDocument(RegistryDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_model->setDocument(document);
    if (m_document) {
        for (auto signal :
             {&RegistryDocument::measuresReset, &RegistryDocument::budgetsReset, &RegistryDocument::actorsReset})
            connect(m_document, signal, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::measureAdded, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::measureChanged, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::measureRemoved, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::budgetAdded, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::budgetChanged, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::budgetRemoved, this, &MeasuresPage::scheduleFindings);
        connect(m_document, &RegistryDocument::measuresReset, this, &MeasuresPage::fillFilters);
        connect(m_document, &RegistryDocument::actorsReset, this, &MeasuresPage::fillFilters);
        connect(m_document, &RegistryDocument::measureAdded, this, &MeasuresPage::fillFilters);
    }
    fillFilters();
    refreshFindings();
    updateShown();
    updateButtons();
    if (!m_widthsSet && m_model->rowCount() > 0) {
        m_widthsSet = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < MeasureTableModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == 0 ? 340 : 200));
    }
}

void MeasuresPage::fillFilters()
{
    auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[label, code] : items)
            combo->addItem(label, code);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<QPair<QString, QString>> pillars{{tr("Säule I"), QStringLiteral("I")},
                                           {tr("Säule II (beide Budgets)"), QStringLiteral("II")},
                                           {tr("Säule II – Schule"), QStringLiteral("II_SCHULE")},
                                           {tr("Säule II – Schulträger"), QStringLiteral("II_TRAEGER")},
                                           {tr("Säule III"), QStringLiteral("III")}};
    refill(m_pillar, tr("alle Säulen"), pillars);
    QStringList years;
    QList<qint64> schoolIds;
    if (m_document) {
        for (const Measure &m : m_document->measures()) {
            if (!years.contains(m.schoolYear))
                years << m.schoolYear;
            for (ActorId s : m.schools) {
                if (!schoolIds.contains(s.value))
                    schoolIds << s.value;
            }
        }
    }
    years.sort();
    QList<QPair<QString, QString>> yearItems;
    for (const QString &y : std::as_const(years))
        yearItems.append({y, y});
    refill(m_year, tr("alle Schuljahre"), yearItems);
    QList<QPair<QString, QString>> statusItems;
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureStatus))
        statusItems.append({RegistryDocument::displayLabel(e), e.code});
    refill(m_status, tr("jeder Status"), statusItems);
    QList<QPair<QString, QString>> schoolItems;
    for (qint64 id : std::as_const(schoolIds))
        schoolItems.append({m_document->actorName(ActorId(id)), QString::number(id)});
    std::sort(schoolItems.begin(), schoolItems.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    refill(m_school, tr("alle Schulen"), schoolItems);
    QList<QPair<QString, QString>> areaItems;
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureArea))
        areaItems.append({QStringLiteral("%1 – %2").arg(e.code, RegistryDocument::displayLabel(e)), e.code});
    refill(m_area, tr("alle Maßnahmenbereiche"), areaItems);
    applyFilters();
}

void MeasuresPage::applyFilters()
{
    m_proxy->setPillarFilter(m_pillar->currentData().toString());
    m_proxy->setSchoolYearFilter(m_year->currentData().toString());
    m_proxy->setStatusFilter(m_status->currentData().toString());
    m_proxy->setSchoolFilter(ActorId(m_school->currentData().toString().toLongLong()));
    m_proxy->setAreaFilter(m_area->currentData().toString());
    m_proxy->setQuickFilter(m_search->text());
    updateShown();
}

void MeasuresPage::updateShown()
{
    m_shown->setText(tr("%1 von %2 Maßnahmen").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MeasuresPage::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool selection = m_table->selectionModel()->hasSelection();
    m_new->setEnabled(writable);
    m_edit->setEnabled(m_document && m_table->currentIndex().isValid());
    m_delete->setEnabled(writable && selection);
    m_statusButton->setEnabled(writable && selection);
}

QList<MeasureId> MeasuresPage::selectedMeasures() const
{
    QList<MeasureId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(MeasureId(index.data(MeasureTableModel::MeasureIdRole).toLongLong()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void MeasuresPage::selectMeasure(MeasureId id)
{
    int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // A filter hides it: show everything.
        for (QComboBox *combo : {m_pillar, m_year, m_status, m_school, m_area})
            combo->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MeasuresPage::newMeasure()
{
    if (!m_document)
        return;
    Measure m;
    m.pillar = QStringLiteral("II_SCHULE");
    m.budgetPot = QStringLiteral("SCHULE");
    if (!m_year->currentData().toString().isEmpty())
        m.schoolYear = m_year->currentData().toString();
    const ActorId school(m_school->currentData().toString().toLongLong());
    if (school.isValid())
        m.schools.append(school);
    MeasureEditorDialog dialog(m_document, m, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedMeasure().isValid())
        selectMeasure(dialog.savedMeasure());
}

void MeasuresPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        editMeasure(MeasureId(current.data(MeasureTableModel::MeasureIdRole).toLongLong()));
}

void MeasuresPage::editMeasure(MeasureId id)
{
    const Measure *m = m_document ? m_document->measure(id) : nullptr;
    if (!m)
        return;
    MeasureEditorDialog dialog(m_document, *m, this);
    dialog.exec();
}

void MeasuresPage::deleteSelected()
{
    const QList<MeasureId> ids = selectedMeasures();
    if (!m_document || ids.isEmpty())
        return;
    auto snapshot = m_document->measureRemovalSnapshot(ids);
    if (!snapshot.ok()) {
        DialogSupport::showError(this, tr("Maßnahmen löschen"), tr("Die Maßnahmen konnten nicht gelesen werden."),
                                 snapshot.error());
        return;
    }
    QStringList titles;
    for (const Measure &m : snapshot.value().removedMeasures)
        titles << QStringLiteral("„%1“").arg(m.title);
    QString text = ids.size() == 1 ? tr("Die Maßnahme %1 löschen?").arg(titles.constFirst())
                                   : tr("%1 Maßnahmen löschen?").arg(ids.size());
    if (!snapshot.value().otherLinks.isEmpty())
        text +=
            u' ' +
            tr("%1 Verbindung(en) nennen sie; dort wird der Bezug entfernt.").arg(snapshot.value().otherLinks.size());
    text += u' ' + tr("Das lässt sich mit Bearbeiten › Rückgängig zurücknehmen.");
    if (QMessageBox::question(this, tr("Maßnahmen löschen"), text) != QMessageBox::Yes)
        return;
    const QString commandText = ids.size() == 1 ? tr("Maßnahme %1 löschen").arg(titles.constFirst())
                                                : tr("%1 Maßnahmen löschen").arg(ids.size());
    const Status status = m_document->push(new RemoveRecordsCommand(m_document, commandText, snapshot.value()));
    if (!status.ok())
        DialogSupport::showError(this, tr("Maßnahmen löschen"), tr("Die Maßnahmen konnten nicht gelöscht werden."),
                                 status.error());
}

void MeasuresPage::setStatusOfSelected(const QString &status)
{
    const QList<MeasureId> ids = selectedMeasures();
    if (!m_document || ids.isEmpty())
        return;
    RecordSet before;
    RecordSet after;
    for (MeasureId id : ids) {
        const Measure *m = m_document->measure(id);
        if (!m || m->status == status)
            continue;
        before.measures.append(*m);
        Measure changed = *m;
        changed.status = status;
        changed.history.append(MeasureStatusStep{status, QDate::currentDate(), tr("Sammeländerung")});
        after.measures.append(changed);
    }
    if (after.measures.isEmpty())
        return;
    // Each changed measure must still be valid (the status history must go forward in time, …).
    for (const Measure &m : std::as_const(after.measures)) {
        if (const Status valid = validateMeasure(m, m_document->actors()); !valid.ok()) {
            QMessageBox::warning(this, tr("Status setzen"),
                                 tr("Der Status wurde nicht gesetzt: Maßnahme „%1“ – %2: %3")
                                     .arg(m.title, valid.error().field, valid.error().message));
            return;
        }
    }
    const QString label = m_document->vocabularyLabel(Vocabulary::MeasureStatus, status);
    const Status pushed = m_document->push(new ChangeRecordsCommand(
        m_document, tr("Status von %1 Maßnahme(n) auf „%2“ setzen").arg(after.measures.size()).arg(label), before,
        after));
    if (!pushed.ok())
        DialogSupport::showError(this, tr("Status setzen"), tr("Der Status konnte nicht gesetzt werden."),
                                 pushed.error());
}

void MeasuresPage::scheduleFindings()
{
    if (m_findingsPending)
        return;
    m_findingsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_findingsPending = false;
        refreshFindings();
    });
}

void MeasuresPage::refreshFindings()
{
    m_rules->clear();
    m_findings.clear();
    if (m_document) {
        m_findings = checkPlanningRules(m_document->measures(), m_document->budgets(), m_document->actors(),
                                        PlanningSettingsStore::load());
    }
    for (const RuleFinding &f : m_findings) {
        QString where;
        if (f.actor.isValid())
            where = m_document->actorName(f.actor);
        if (!f.schoolYear.isEmpty())
            where = where.isEmpty() ? f.schoolYear : QStringLiteral("%1, %2").arg(where, f.schoolYear);
        const QString severity = f.severity == RuleFinding::Severity::Hinweis   ? tr("Hinweis")
                                 : f.severity == RuleFinding::Severity::Warnung ? tr("Warnung")
                                                                                : tr("Sperrt das Speichern");
        auto *item = new QListWidgetItem(
            where.isEmpty() ? QStringLiteral("%1: %2 – %3").arg(severity, f.title, f.explanation)
                            : QStringLiteral("%1: %2 (%3) – %4").arg(severity, f.title, where, f.explanation),
            m_rules);
        QVariantList ids;
        for (MeasureId id : f.measures)
            ids.append(id.value);
        item->setData(Qt::UserRole, ids);
        item->setToolTip(f.explanation);
        if (f.severity == RuleFinding::Severity::Fehler)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (f.severity == RuleFinding::Severity::Warnung)
            item->setForeground(QColor(0x8a, 0x4b, 0x00));
    }
    m_ruleHeading->setText(m_findings.empty() ? tr("Planungsregeln: keine Hinweise.")
                                              : tr("Planungsregeln: %n Hinweis(e) – Doppelklick zeigt die Maßnahme",
                                                   nullptr, static_cast<int>(m_findings.size())));
}

// ------------------------------------------------------------------------------------------------ budgets

namespace {

QString btr(const char *text)
{
    return QCoreApplication::translate("netzatlas::BudgetsPage", text);
}

/// Entering or changing one budget: holder, pillar, school year, amount, note. Messages appear next to the field.
class BudgetEditorDialog : public QDialog
{
public:
    BudgetEditorDialog(RegistryDocument *document, const Budget &budget, QWidget *parent)
        : QDialog(parent)
        , m_document(document)
        , m_original(budget)
    {
        setObjectName(QStringLiteral("budgetEditor"));
        setWindowTitle(budget.id.isValid() ? btr("Budget ändern") : btr("Neues Budget"));
        m_holder = new ActorPicker(this);
        m_holder->setObjectName(QStringLiteral("budgetHolderPicker"));
        m_holder->setDocument(document);
        m_holder->setPlaceholderText(btr("Schule oder Schulträger eingeben …"));
        m_holder->setCurrentActor(budget.holder);
        m_pillar = new QComboBox(this);
        m_pillar->setObjectName(QStringLiteral("budgetPillarCombo"));
        DialogSupport::fillVocabulary(m_pillar, *document, Vocabulary::Pillar,
                                      budget.pillar.isEmpty() ? QStringLiteral("II_SCHULE") : budget.pillar);
        m_year = new QLineEdit(budget.schoolYear, this);
        m_year->setObjectName(QStringLiteral("budgetYearEdit"));
        m_year->setPlaceholderText(QStringLiteral("2025/26"));
        m_amount = new MoneyEdit(this);
        m_amount->setObjectName(QStringLiteral("budgetAmountEdit"));
        m_amount->setCents(budget.amount);
        m_note = new QLineEdit(budget.note, this);
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("budgetMessage"));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setWordWrap(true);
        m_message->hide();
        auto *form = new QFormLayout;
        form->addRow(btr("&Schule / Schulträger: *"), m_holder);
        form->addRow(btr("S&äule: *"), m_pillar);
        form->addRow(btr("Sch&uljahr: *"), m_year);
        form->addRow(btr("&Betrag: *"), m_amount);
        form->addRow(btr("&Notiz:"), m_note);
        DialogSupport::nameFieldsFromLabels(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        resize(560, sizeHint().height());
    }

    void accept() override
    {
        Budget next = m_original;
        next.holder = m_holder->currentActor();
        next.pillar = DialogSupport::code(m_pillar);
        const auto year = SchoolYear::parse(m_year->text().trimmed());
        const auto amount = m_amount->cents();
        QString problem;
        QWidget *field = nullptr;
        if (!next.holder.isValid()) {
            problem = btr("Schule / Schulträger: Bitte eine Schule oder einen Schulträger wählen.");
            field = m_holder;
        } else if (!year) {
            problem = btr("Schuljahr: „%1“ ist kein Schuljahr wie 2025/26.").arg(m_year->text().trimmed());
            field = m_year;
        } else if (!amount) {
            problem = btr("Betrag: „%1“ ist kein Betrag. Bitte z. B. 120.000,00 eingeben.").arg(m_amount->text());
            field = m_amount;
        } else if (*amount < 0) {
            problem = btr("Betrag: Der Betrag darf nicht negativ sein.");
            field = m_amount;
        }
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            m_message->show();
            field->setFocus();
            return;
        }
        next.schoolYear = year->toString();
        next.amount = *amount;
        next.note = m_note->text().trimmed();
        for (const Budget &b : m_document->budgets()) {
            if (b.id != next.id && b.holder == next.holder && b.pillar == next.pillar &&
                b.schoolYear == next.schoolYear) {
                m_message->setText(btr("Für %1, %2, %3 ist schon ein Budget erfasst; bitte jenes ändern.")
                                       .arg(m_document->actorName(next.holder),
                                            m_document->vocabularyLabel(Vocabulary::Pillar, next.pillar),
                                            next.schoolYear));
                m_message->show();
                return;
            }
        }
        Status status;
        if (next.id.isValid()) {
            if (next == m_original) {
                QDialog::accept();
                return;
            }
            status = m_document->push(ChangeRecordsCommand::changeBudget(m_document, m_original, next));
        } else {
            status = m_document->push(new AddRecordCommand(m_document, next));
        }
        if (!status.ok()) {
            DialogSupport::showError(this, windowTitle(), btr("Das Budget konnte nicht gespeichert werden."),
                                     status.error());
            return;
        }
        QDialog::accept();
    }

private:
    RegistryDocument *m_document;
    Budget m_original;
    ActorPicker *m_holder;
    QComboBox *m_pillar;
    QLineEdit *m_year;
    MoneyEdit *m_amount;
    QLineEdit *m_note;
    QLabel *m_message;
};

} // namespace

BudgetsPage::BudgetsPage(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new RecordFilterProxyModel(this))
    , m_charts(new MeasureChartsPanel(this))
{
    setObjectName(QStringLiteral("budgetsPage"));
    m_proxy->setSearchRole(BudgetTableModel::SearchTextRole);
    m_table = newTable(this, QStringLiteral("budgetTable"), tr("Budgets"));
    m_table->setModel(m_proxy);
    m_new = new QPushButton(tr("&Neues Budget …"), this);
    m_new->setObjectName(QStringLiteral("newBudgetButton"));
    m_edit = new QPushButton(tr("Budget &ändern …"), this);
    m_edit->setObjectName(QStringLiteral("editBudgetButton"));
    m_delete = new QPushButton(tr("Budget &löschen"), this);
    m_delete->setObjectName(QStringLiteral("deleteBudgetButton"));
    connect(m_new, &QPushButton::clicked, this, &BudgetsPage::newBudget);
    connect(m_edit, &QPushButton::clicked, this, &BudgetsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &BudgetsPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &BudgetsPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BudgetsPage::updateButtons);
    auto *hint = new QLabel(tr("Budgets werden je Schule bzw. Schulträger, Säule und Schuljahr erfasst; die Summen "
                               "stammen aus den Maßnahmen. Rot: über dem Budget."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(hint, 1);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(buttons);
    tableLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("budgetSplitter"));
    splitter->addWidget(tableBox);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    updateButtons();
}

void BudgetsPage::setDocument(RegistryDocument *document)
{
    m_document = document;
    BudgetTableModel *old = m_model;
    m_model = new BudgetTableModel(document, this);
    m_model->setSettings(PlanningSettingsStore::load());
    m_proxy->setSourceModel(m_model);
    delete old;
    m_charts->setDocument(document);
    m_table->sortByColumn(BudgetTableModel::SchoolYearColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(BudgetTableModel::HolderColumn,
                            std::min(m_table->columnWidth(BudgetTableModel::HolderColumn), 300));
    updateButtons();
}

void BudgetsPage::setSettings(const PlanningSettings &settings)
{
    if (m_model)
        m_model->setSettings(settings);
}

void BudgetsPage::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const QModelIndex current = m_table->currentIndex();
    const bool entered = current.isValid() && current.data(BudgetTableModel::BudgetIdRole).toLongLong() > 0;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && current.isValid());
    m_delete->setEnabled(writable && entered);
}

void BudgetsPage::newBudget()
{
    if (!m_document)
        return;
    Budget b;
    b.schoolYear = SchoolYear::containing(QDate::currentDate().year(), QDate::currentDate().month()).toString();
    BudgetEditorDialog dialog(m_document, b, this);
    dialog.exec();
}

void BudgetsPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const Budget *stored = m_document->budget(BudgetId(current.data(BudgetTableModel::BudgetIdRole).toLongLong()));
    Budget b;
    if (stored) {
        b = *stored;
    } else {
        // A line without an entered budget: enter one for it.
        b.holder = ActorId(current.data(BudgetTableModel::HolderIdRole).toLongLong());
        b.pillar = current.data(BudgetTableModel::PillarRole).toString();
        b.schoolYear = current.data(BudgetTableModel::SchoolYearRole).toString();
    }
    BudgetEditorDialog dialog(m_document, b, this);
    dialog.exec();
}

void BudgetsPage::deleteSelected()
{
    if (!m_document)
        return;
    RecordSet removal;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const Budget *b = m_document->budget(BudgetId(index.data(BudgetTableModel::BudgetIdRole).toLongLong())))
            removal.budgets.append(*b);
    }
    if (removal.budgets.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Budgets löschen"),
                              tr("%n erfasste(s) Budget(s) löschen? Die Maßnahmen bleiben.", nullptr,
                                 static_cast<int>(removal.budgets.size()))) != QMessageBox::Yes)
        return;
    const Status status = m_document->push(new RemoveRecordsCommand(
        m_document, tr("%n Budget(s) löschen", nullptr, static_cast<int>(removal.budgets.size())), removal));
    if (!status.ok())
        DialogSupport::showError(this, tr("Budgets löschen"), tr("Die Budgets konnten nicht gelöscht werden."),
                                 status.error());
}

} // namespace netzatlas
