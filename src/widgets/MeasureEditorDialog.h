// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Measure.h>
#include <netzatlas/core/MeasurePlanning.h>

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace netzatlas {

class ActorListEdit;
class ActorPicker;
class MoneyEdit;
class OptionalDateEdit;
class RegistryDocument;

/// Editor of one SCP measure whose form follows the pillar (domain.md §5.4):
/// - Säule I: investment kind, room type, school, planned and actual cost, funding rate, own share, maintenance;
/// - Säule II: budget pot, Maßnahmenbereich, Handlungsfelder, participating schools, partners, recommended;
/// - Säule III: Berufsgruppe, tasks, employment form, VZÄ, Stellenplan year, schools served, cost.
/// Common to all: title, school year, goal, provider, dates, the money per school year (plan, approval, call,
/// spending), the status workflow („Nächster Schritt: …“ with date and note) and its history.
///
/// Before writing, validateMeasure() checks the measure; its German message appears next to the field it names and
/// nothing is stored. The planning rules (checkPlanningRules) are shown as explained findings in a panel below
/// the form while editing; they block saving only when the user set so in the settings (severity Fehler).
/// Saving pushes one undoable command.
///
/// Object names: titleEdit, pillarCombo, schoolYearCombo, pillarPages, budgetPotCombo, measureAreaCombo,
/// actionFieldList, schoolList, partnerList, recommendedCheck, administrativeCheck, investmentKindCombo,
/// roomTypeCombo, schoolPicker, plannedCostEdit, actualCostEdit, fundingRateSpin, ownShareEdit, maintenanceCheck,
/// occupationGroupCombo, taskList, employmentFormCombo, fteSpin, staffPlanYearSpin, servedSchoolList,
/// staffCostEdit, staffActualEdit, yearCostTable, nextStepButton, historyList, findingsList, errorLabel,
/// error_<field> (the message next to a field).
class MeasureEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `measure` with an invalid id creates a new measure.
    MeasureEditorDialog(RegistryDocument *document, const Measure &measure, QWidget *parent = nullptr);

    /// The measure as the form shows it; std::nullopt (and the message shown next to the field) when an amount
    /// or a cost table cell is no amount.
    [[nodiscard]] std::optional<Measure> measure();
    [[nodiscard]] MeasureId savedMeasure() const { return m_saved; }
    void setSettings(const PlanningSettings &settings);

    /// Advances the status workflow by one step with this date and note (what the step button does after asking).
    void advanceStatus(const QDate &date, const QString &note);
    /// The rule findings currently shown.
    [[nodiscard]] const std::vector<RuleFinding> &findings() const { return m_findings; }
    /// The message shown next to a field (empty when none), `field` as validateMeasure names it.
    [[nodiscard]] QString fieldError(const QString &field) const;

    void accept() override;

private:
    QWidget *createCommonPage();
    QWidget *createPillarI();
    QWidget *createPillarII();
    QWidget *createPillarIII();
    QWidget *createMoneyPage();
    QWidget *createStatusPage();
    QWidget *field(QWidget *widget, const QStringList &names);
    void load(const Measure &m);
    void pillarChanged();
    void updateStatus();
    void updateFindings();
    void clearErrors();
    void showError(const Error &error);
    void addYearCostRow(const MeasureYearCost &cost);
    void stepClicked();
    [[nodiscard]] QString pillarCode() const;
    [[nodiscard]] bool save();

    RegistryDocument *m_document;
    Measure m_original;
    MeasureId m_saved;
    PlanningSettings m_settings;
    bool m_quiet = false;
    std::vector<RuleFinding> m_findings;
    QString m_status;
    QList<MeasureStatusStep> m_history;
    QDate m_appliedDate;
    QDate m_approvedDate;
    QDate m_proofDate;

    QTabWidget *m_tabs;
    QLabel *m_errorLabel;
    QHash<QString, QLabel *> m_fieldErrors; ///< normalised field name → message label
    QHash<QLabel *, QWidget *> m_fieldWidgets;
    QLineEdit *m_title;
    QComboBox *m_pillar;
    QComboBox *m_schoolYear;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_goal;
    ActorPicker *m_provider;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_approvedBy;
    QPlainTextEdit *m_notes;
    // Säule I
    QComboBox *m_investmentKind;
    QComboBox *m_roomType;
    ActorPicker *m_school;
    MoneyEdit *m_plannedCost;
    MoneyEdit *m_actualCost;
    QDoubleSpinBox *m_fundingRate;
    MoneyEdit *m_ownShare;
    QCheckBox *m_maintenance;
    // Säule II
    QComboBox *m_budgetPot;
    QComboBox *m_measureArea;
    QListWidget *m_actionFields;
    ActorListEdit *m_schools;
    ActorListEdit *m_partners;
    QCheckBox *m_recommended;
    QCheckBox *m_administrative;
    // Säule III
    QComboBox *m_occupationGroup;
    QListWidget *m_tasks;
    QComboBox *m_employmentForm;
    QDoubleSpinBox *m_fte;
    QSpinBox *m_staffPlanYear;
    ActorListEdit *m_servedSchools;
    MoneyEdit *m_staffCost;
    MoneyEdit *m_staffActual;
    // money and status
    QTableWidget *m_yearCosts;
    QLabel *m_statusLabel;
    QPushButton *m_nextStep;
    QTreeWidget *m_historyList;
    QListWidget *m_findingsList;
    QLabel *m_findingsHeading;
};

} // namespace netzatlas
