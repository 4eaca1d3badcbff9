// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>
#include <netzatlas/core/MeasurePlanning.h>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace netzatlas {

class BudgetTableModel;
class MeasureChartsPanel;
class MeasureFilterProxyModel;
class MeasureTableModel;
class RecordFilterProxyModel;
class RegistryDocument;

/// The „Maßnahmen“ tab: the SCP measures with filters per pillar, school year, status, school and
/// Maßnahmenbereich, a quick search, new / edit / delete, a status change for all selected measures (one undo
/// step), and the findings of the planning rules with their explanations.
///
/// Object names: measureTable, measurePillarFilter, measureYearFilter, measureStatusFilter, measureSchoolFilter,
/// measureAreaFilter, measureSearch, newMeasureButton, editMeasureButton, deleteMeasureButton, measureStatusButton,
/// measureShown, ruleFindings, ruleHeading.
class MeasuresPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPage(QWidget *parent = nullptr);

    void setDocument(RegistryDocument *document);
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] MeasureFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QList<MeasureId> selectedMeasures() const;
    void selectMeasure(MeasureId id);

    void newMeasure();
    void editCurrent();
    void editMeasure(MeasureId id);
    void deleteSelected();
    /// Sets the status of every selected measure (one undo step) and notes the step with today's date.
    void setStatusOfSelected(const QString &status);
    /// The findings of the planning rules, as shown.
    [[nodiscard]] const std::vector<RuleFinding> &findings() const { return m_findings; }
    void refreshFindings();

Q_SIGNALS:
    void actorActivated(netzatlas::ActorId actor);

private:
    void fillFilters();
    void applyFilters();
    void updateButtons();
    void updateShown();
    void scheduleFindings();

    QPointer<RegistryDocument> m_document;
    MeasureTableModel *m_model;
    MeasureFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_pillar;
    QComboBox *m_year;
    QComboBox *m_status;
    QComboBox *m_school;
    QComboBox *m_area;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_statusButton;
    QLabel *m_shown;
    QLabel *m_ruleHeading;
    QListWidget *m_rules;
    std::vector<RuleFinding> m_findings;
    bool m_findingsPending = false;
    bool m_widthsSet = false;
};

/// The „Budgets“ tab: the budget lines (entered amount and the sums derived from the measures, marked when above
/// the budget) with new / edit / delete, and the charts below. Object names: budgetTable, newBudgetButton,
/// editBudgetButton, deleteBudgetButton, budgetSplitter.
class BudgetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetsPage(QWidget *parent = nullptr);

    void setDocument(RegistryDocument *document);
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] BudgetTableModel *model() const { return m_model; }
    [[nodiscard]] MeasureChartsPanel *charts() const { return m_charts; }
    void newBudget();
    void editCurrent();
    void deleteSelected();
    void setSettings(const PlanningSettings &settings);

private:
    void updateButtons();

    QPointer<RegistryDocument> m_document;
    BudgetTableModel *m_model = nullptr;
    RecordFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    MeasureChartsPanel *m_charts;
};

} // namespace netzatlas
