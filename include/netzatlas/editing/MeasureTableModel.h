// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Measure.h>
#include <netzatlas/editing/RecordFilterProxyModel.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace netzatlas {

/// The SCP measures of a RegistryDocument as a table, in the document's id order. Follows measureAdded /
/// Changed / Removed precisely, relabels on actor and catalogue changes, resets on measuresReset().
class MeasureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        PillarColumn,
        SchoolYearColumn,
        StatusColumn,
        AreaColumn,
        SchoolsColumn,
        ProviderColumn,
        PlannedColumn,
        ActualColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        SearchTextRole = Qt::UserRole + 3,
        MeasureIdRole = Qt::UserRole + 10, ///< MeasureId::value
        PillarRole,                        ///< pillar code (I, II_SCHULE, II_TRAEGER, III)
        SchoolYearRole,                    ///< "2025/26"
        StatusRole,                        ///< status code
        AreaRole,                          ///< Maßnahmenbereich code
        SchoolIdsRole,                     ///< QVariantList of the participating schools' ActorId::value
        ActorIdsRole,                      ///< QVariantList: schools, partners and provider
    };
    Q_ENUM(Role)

    explicit MeasureTableModel(QObject *parent = nullptr);
    explicit MeasureTableModel(RegistryDocument *document, QObject *parent = nullptr);

    void setDocument(RegistryDocument *document);
    [[nodiscard]] const Measure *measureAt(int row) const;
    [[nodiscard]] int rowOf(MeasureId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Measure measure;
        QString pillar;
        QString status;
        QString area;
        QString schools;
        QString provider;
        QString searchText;
    };

    void reload();
    void relabel();
    void onAdded(MeasureId id);
    void onChanged(MeasureId id);
    void onRemoved(MeasureId id);
    [[nodiscard]] Row makeRow(const Measure &measure) const;

    QPointer<RegistryDocument> m_document;
    QList<Row> m_rows;
};

/// Filters and sorts a MeasureTableModel: quick filter over all text, pillar ("II" takes both Säule II pots),
/// school year, status, Maßnahmenbereich, school (one of the participating schools) and actor (school, partner
/// or provider).
class MeasureFilterProxyModel : public RecordFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasureFilterProxyModel(QObject *parent = nullptr);

    /// "I", "II", "II_SCHULE", "II_TRAEGER", "III"; empty = all.
    void setPillarFilter(const QString &pillar);
    [[nodiscard]] QString pillarFilter() const { return m_pillar; }
    void setSchoolYearFilter(const QString &schoolYear);
    void setStatusFilter(const QString &status);
    void setAreaFilter(const QString &area);
    /// Only measures in which this school takes part; invalid = all.
    void setSchoolFilter(ActorId school);
    [[nodiscard]] ActorId schoolFilter() const { return m_school; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_pillar;
    ActorId m_school;
};

} // namespace netzatlas
