// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/BudgetTableModel.h>

#include <netzatlas/core/Money.h>
#include <netzatlas/core/Text.h>

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace netzatlas {

BudgetTableModel::BudgetTableModel(RegistryDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (m_document) {
        for (auto signal : {&RegistryDocument::measuresReset, &RegistryDocument::budgetsReset,
                            &RegistryDocument::actorsReset, &RegistryDocument::cataloguesReset})
            connect(m_document, signal, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::measureAdded, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::measureChanged, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::measureRemoved, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::budgetAdded, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::budgetChanged, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::budgetRemoved, this, &BudgetTableModel::recompute);
        connect(m_document, &RegistryDocument::actorChanged, this, &BudgetTableModel::recompute);
    }
    recompute();
}

void BudgetTableModel::setSettings(const PlanningSettings &settings)
{
    m_settings = settings;
    if (!m_figures.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const BudgetFigures *BudgetTableModel::figuresAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_figures.at(static_cast<size_t>(row)) : nullptr;
}

bool BudgetTableModel::isOver(const BudgetFigures &figures, Cents v) const
{
    if (!figures.hasBudget)
        return false;
    const double limit = static_cast<double>(figures.budget) * (1.0 + std::max(0.0, m_settings.overBudgetTolerance));
    return static_cast<double>(v) > limit + 0.5;
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_figures.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Cents BudgetTableModel::value(const BudgetFigures &f, int column) const
{
    switch (column) {
    case BudgetColumn:
        return f.budget;
    case PlannedColumn:
        return f.planned;
    case ApprovedColumn:
        return f.approved;
    case CalledColumn:
        return f.called;
    case SpentColumn:
        return f.spent;
    case RemainingColumn:
        return f.budget - std::max(f.planned, f.approved);
    default:
        return 0;
    }
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const BudgetFigures &f = m_figures.at(static_cast<size_t>(index.row()));
    const int column = index.column();
    const bool money = column >= BudgetColumn && column <= RemainingColumn;
    const bool derived = column >= PlannedColumn && column <= SpentColumn;
    const bool over = derived && isOver(f, value(f, column));
    bool anyOver = false;
    for (int c = PlannedColumn; c <= SpentColumn; ++c)
        anyOver = anyOver || isOver(f, value(f, c));
    auto text = [&]() -> QString {
        switch (static_cast<Column>(column)) {
        case HolderColumn:
            return m_document->actorName(f.holder);
        case PillarColumn:
            return m_document->vocabularyLabel(Vocabulary::Pillar, f.pillar);
        case SchoolYearColumn:
            return f.schoolYear;
        case BudgetColumn:
            return f.hasBudget ? Money::format(f.budget) : tr("kein Budget erfasst");
        case RemainingColumn:
            return f.hasBudget ? Money::format(value(f, column)) : QString();
        case PlannedColumn:
        case ApprovedColumn:
        case CalledColumn:
        case SpentColumn:
            return Money::format(value(f, column));
        case MeasuresColumn:
            return QString::number(f.measures.size());
        case ColumnCount:
            break;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text();
    case Qt::TextAlignmentRole:
        if (money || column == MeasuresColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (over || (column == RemainingColumn && f.hasBudget && value(f, column) < 0))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (column == BudgetColumn && !f.hasBudget)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (over) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (over)
            return tr("Diese Summe liegt über dem erfassten Budget von %1.").arg(Money::format(f.budget));
        if (column == HolderColumn && anyOver)
            return tr("Für diese Budgetzeile liegen Summen der Maßnahmen über dem Budget.");
        if (column == BudgetColumn && !f.hasBudget)
            return tr("Für diese Säule und dieses Schuljahr ist noch kein Budget erfasst; die Summen stammen aus "
                      "den Maßnahmen.");
        return {};
    case SortRole:
        if (money)
            return value(f, column);
        if (column == MeasuresColumn)
            return static_cast<int>(f.measures.size());
        return text();
    case SearchTextRole: {
        const QString all = QStringList{m_document->actorName(f.holder),
                                        m_document->vocabularyLabel(Vocabulary::Pillar, f.pillar), f.schoolYear}
                                .join(u' ');
        return Text::fold(all) + QStringLiteral(" | ") + Text::base(all);
    }
    case CentsRole:
        return money ? QVariant(value(f, column)) : QVariant();
    case OverBudgetRole:
        return column == HolderColumn ? anyOver : over;
    case BudgetIdRole:
        for (const Budget &b : m_document->budgets()) {
            if (b.holder == f.holder && b.pillar == f.pillar && b.schoolYear == f.schoolYear)
                return b.id.value;
        }
        return qint64(0);
    case HolderIdRole:
        return f.holder.value;
    case PillarRole:
        return f.pillar;
    case SchoolYearRole:
        return f.schoolYear;
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case HolderColumn:
        return tr("Schule / Schulträger");
    case PillarColumn:
        return tr("Säule");
    case SchoolYearColumn:
        return tr("Schuljahr");
    case BudgetColumn:
        return tr("Budget");
    case PlannedColumn:
        return tr("geplant");
    case ApprovedColumn:
        return tr("bewilligt");
    case CalledColumn:
        return tr("abgerufen");
    case SpentColumn:
        return tr("ausgegeben");
    case RemainingColumn:
        return tr("frei");
    case MeasuresColumn:
        return tr("Maßnahmen");
    case ColumnCount:
        break;
    }
    return {};
}

void BudgetTableModel::recompute()
{
    std::vector<BudgetFigures> fresh;
    if (m_document)
        fresh = deriveBudgetFigures(m_document->measures(), m_document->budgets(), m_document->actors());
    const bool sameLines =
        fresh.size() == m_figures.size() && std::equal(fresh.cbegin(), fresh.cend(), m_figures.cbegin(),
                                                       [](const BudgetFigures &a, const BudgetFigures &b) {
                                                           return a.holder == b.holder && a.pillar == b.pillar &&
                                                                  a.schoolYear == b.schoolYear;
                                                       });
    if (sameLines) {
        m_figures = std::move(fresh);
        if (!m_figures.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_figures = std::move(fresh);
    endResetModel();
}

} // namespace netzatlas
