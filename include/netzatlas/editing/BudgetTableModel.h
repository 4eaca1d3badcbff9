// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/MeasurePlanning.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace netzatlas {

/// The budget lines of a RegistryDocument (holder × pillar × school year): the amount the user entered and the
/// planned, approved, called and spent sums derived from the measures (deriveBudgetFigures). A derived sum above
/// the budget (plus the tolerance of the PlanningSettings) is marked (OverBudgetRole, red text, a tooltip that
/// explains it). Lines without an entered budget but with measures are shown too, marked "kein Budget erfasst".
/// Recomputes on every measure or budget change.
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HolderColumn,
        PillarColumn,
        SchoolYearColumn,
        BudgetColumn,
        PlannedColumn,
        ApprovedColumn,
        CalledColumn,
        SpentColumn,
        RemainingColumn,
        MeasuresColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        SearchTextRole = Qt::UserRole + 3,
        CentsRole = Qt::UserRole + 10, ///< amount of a money column in cents
        OverBudgetRole,                ///< bool: this sum (or, in column 0, any sum of the line) exceeds the budget
        BudgetIdRole,                  ///< BudgetId::value of the entered budget, 0 when none was entered
        HolderIdRole,
        PillarRole,
        SchoolYearRole,
    };
    Q_ENUM(Role)

    explicit BudgetTableModel(RegistryDocument *document, QObject *parent = nullptr);

    void setSettings(const PlanningSettings &settings);
    [[nodiscard]] const std::vector<BudgetFigures> &figures() const { return m_figures; }
    [[nodiscard]] const BudgetFigures *figuresAt(int row) const;
    /// True when `value` exceeds the line's budget (with the tolerance); false when no budget was entered.
    [[nodiscard]] bool isOver(const BudgetFigures &figures, Cents value) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void recompute();
    [[nodiscard]] Cents value(const BudgetFigures &figures, int column) const;

    QPointer<RegistryDocument> m_document;
    PlanningSettings m_settings;
    std::vector<BudgetFigures> m_figures;
};

} // namespace netzatlas
