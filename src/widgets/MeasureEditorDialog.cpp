// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MeasureEditorDialog.h"

#include "ActorListEdit.h"
#include "ActorPicker.h"
#include "DialogSupport.h"
#include "MoneyEdit.h"
#include "OptionalDateEdit.h"

#include <netzatlas/core/Money.h>
#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

enum PillarPage { PageI, PageII, PageIII };

/// "schoolYear", "school_year", "Schuljahr" → "schoolyear": the key under which a field's message label is found.
QString normalised(const QString &field)
{
    QString key;
    for (QChar c : field.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QStringList statusCodes()
{
    QStringList codes;
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureStatus))
        codes << e.code;
    return codes;
}

QString severityLabel(RuleFinding::Severity severity)
{
    switch (severity) {
    case RuleFinding::Severity::Hinweis:
        return QCoreApplication::translate("netzatlas::MeasureEditorDialog", "Hinweis");
    case RuleFinding::Severity::Warnung:
        return QCoreApplication::translate("netzatlas::MeasureEditorDialog", "Warnung");
    case RuleFinding::Severity::Fehler:
        return QCoreApplication::translate("netzatlas::MeasureEditorDialog", "Sperrt das Speichern");
    }
    return {};
}

enum YearCostColumn { YearColumn, PlannedColumn, ApprovedColumn, CalledColumn, SpentColumn, YearCostColumns };

} // namespace

MeasureEditorDialog::MeasureEditorDialog(RegistryDocument *document, const Measure &measure, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(measure)
    , m_settings(PlanningSettingsStore::load())
{
    setObjectName(QStringLiteral("measureEditor"));
    setWindowTitle(measure.id.isValid() ? tr("Maßnahme „%1“ bearbeiten").arg(measure.title) : tr("Neue Maßnahme"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("measureTabs"));
    m_tabs->addTab(createCommonPage(), tr("&Maßnahme"));
    m_tabs->addTab(createMoneyPage(), tr("&Kosten und Mittel"));
    m_tabs->addTab(createStatusPage(), tr("&Status und Verlauf"));

    m_findingsHeading = new QLabel(this);
    m_findingsList = new QListWidget(this);
    m_findingsList->setObjectName(QStringLiteral("findingsList"));
    m_findingsList->setAccessibleName(tr("Hinweise der Planungsregeln"));
    m_findingsList->setWordWrap(true);
    m_findingsList->setMinimumHeight(70);
    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsHeading);
    findingsLayout->addWidget(m_findingsList);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Speichern"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!document->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeasureEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    load(measure);
    connect(m_pillar, &QComboBox::currentIndexChanged, this, &MeasureEditorDialog::pillarChanged);
    pillarChanged();

    // The rule findings follow the form (debounced: the rules look at the whole registry).
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &MeasureEditorDialog::updateFindings);
    auto later = [timer] { timer->start(); };
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, later);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::editingFinished, this, later);
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, later);
    for (ActorListEdit *list : findChildren<ActorListEdit *>())
        connect(list, &ActorListEdit::changed, this, later);
    connect(m_yearCosts, &QTableWidget::itemChanged, this, later);
    updateFindings();
    m_title->setFocus();
    resize(QSize(980, 820));
}

QWidget *MeasureEditorDialog::field(QWidget *widget, const QStringList &names)
{
    auto *box = new QWidget(widget->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    auto *message = new QLabel(box);
    message->setObjectName(QStringLiteral("error_") + names.constFirst());
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->hide();
    layout->addWidget(message);
    for (const QString &name : names)
        m_fieldErrors.insert(normalised(name), message);
    m_fieldWidgets.insert(message, widget);
    return box;
}

QWidget *MeasureEditorDialog::createCommonPage()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);

    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_pillar = new QComboBox(page);
    m_pillar->setObjectName(QStringLiteral("pillarCombo"));
    m_pillar->addItem(tr("Säule I – Investitionsprogramm"), QStringLiteral("I"));
    m_pillar->addItem(tr("Säule II – Chancenbudget"), QStringLiteral("II"));
    m_pillar->addItem(tr("Säule III – Multiprofessionelle Teams"), QStringLiteral("III"));
    m_schoolYear = new QComboBox(page);
    m_schoolYear->setObjectName(QStringLiteral("schoolYearCombo"));
    m_schoolYear->setEditable(true);
    for (int year = 2024; year <= 2033; ++year)
        m_schoolYear->addItem(SchoolYear{year}.toString());
    m_provider = new ActorPicker(page);
    m_provider->setObjectName(QStringLiteral("providerPicker"));
    m_provider->setDocument(m_document);
    m_provider->setPlaceholderText(tr("wer führt die Maßnahme durch (optional)"));
    m_goal = new QPlainTextEdit(page);
    m_goal->setObjectName(QStringLiteral("goalEdit"));
    m_goal->setMaximumHeight(60);
    m_goal->setTabChangesFocus(true);
    m_start = new OptionalDateEdit(tr("Beginn"), page);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end = new OptionalDateEdit(tr("Ende"), page);
    m_end->setObjectName(QStringLiteral("endDate"));
    auto *dates = new QWidget(page);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_start);
    datesLayout->addWidget(m_end);
    datesLayout->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Titel: *"), field(m_title, {QStringLiteral("title"), QStringLiteral("titel")}));
    form->addRow(tr("&Säule: *"), field(m_pillar, {QStringLiteral("pillar"), QStringLiteral("Säule")}));
    form->addRow(tr("Sch&uljahr: *"), field(m_schoolYear, {QStringLiteral("schoolYear"), QStringLiteral("schuljahr")}));
    form->addRow(tr("&Ziel:"), field(m_goal, {QStringLiteral("goal"), QStringLiteral("ziel")}));
    form->addRow(tr("&Durchführung:"),
                 field(m_provider, {QStringLiteral("provider"), QStringLiteral("Träger der Durchführung")}));
    form->addRow(tr("Zeitraum:"), field(dates, {QStringLiteral("end"), QStringLiteral("start"), QStringLiteral("ende"),
                                                QStringLiteral("beginn")}));

    m_pages = new QStackedWidget(page);
    m_pages->setObjectName(QStringLiteral("pillarPages"));
    m_pages->addWidget(createPillarI());
    m_pages->addWidget(createPillarII());
    m_pages->addWidget(createPillarIII());
    auto *pillarBox = new QGroupBox(tr("Angaben der Säule"), page);
    pillarBox->setObjectName(QStringLiteral("pillarBox"));
    auto *pillarLayout = new QVBoxLayout(pillarBox);
    pillarLayout->addWidget(m_pages);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(50);
    m_notes->setTabChangesFocus(true);
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("&Notizen:"), m_notes);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(pillarBox);
    layout->addLayout(notesForm);
    layout->addStretch(1);
    DialogSupport::nameFieldsFromLabels(form);
    return scroll;
}

QWidget *MeasureEditorDialog::createPillarI()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("pillarIPage"));
    m_investmentKind = new QComboBox(page);
    m_investmentKind->setObjectName(QStringLiteral("investmentKindCombo"));
    DialogSupport::fillVocabulary(m_investmentKind, *m_document, Vocabulary::InvestmentKind, {}, tr("(bitte wählen)"));
    m_roomType = new QComboBox(page);
    m_roomType->setObjectName(QStringLiteral("roomTypeCombo"));
    DialogSupport::fillVocabulary(m_roomType, *m_document, Vocabulary::RoomType, {}, tr("(keiner)"));
    m_school = new ActorPicker(page);
    m_school->setObjectName(QStringLiteral("schoolPicker"));
    m_school->setDocument(m_document);
    m_school->setPlaceholderText(tr("Schule eingeben …"));
    m_plannedCost = new MoneyEdit(page);
    m_plannedCost->setObjectName(QStringLiteral("plannedCostEdit"));
    m_actualCost = new MoneyEdit(page);
    m_actualCost->setObjectName(QStringLiteral("actualCostEdit"));
    m_fundingRate = new QDoubleSpinBox(page);
    m_fundingRate->setObjectName(QStringLiteral("fundingRateSpin"));
    m_fundingRate->setRange(0, 100);
    m_fundingRate->setDecimals(1);
    m_fundingRate->setSuffix(QStringLiteral(" %"));
    m_ownShare = new MoneyEdit(page);
    m_ownShare->setObjectName(QStringLiteral("ownShareEdit"));
    m_maintenance = new QCheckBox(tr("dient nur der Instandhaltung / dem Werterhalt"), page);
    m_maintenance->setObjectName(QStringLiteral("maintenanceCheck"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Investitionsart: *"),
                 field(m_investmentKind, {QStringLiteral("investmentKind"), QStringLiteral("investitionsart")}));
    form->addRow(tr("&Raumtyp:"), field(m_roomType, {QStringLiteral("roomType"), QStringLiteral("raumtyp")}));
    form->addRow(tr("Sch&ule: *"), field(m_school, {QStringLiteral("school")}));
    form->addRow(tr("Kosten (&Plan):"),
                 field(m_plannedCost, {QStringLiteral("plannedCost"), QStringLiteral("Kosten geplant")}));
    form->addRow(tr("Kosten (&Ist):"),
                 field(m_actualCost, {QStringLiteral("actualCost"), QStringLiteral("Kosten Ist")}));
    form->addRow(tr("&Förderquote:"),
                 field(m_fundingRate, {QStringLiteral("fundingRatePermille"), QStringLiteral("fundingRate"),
                                       QStringLiteral("Förderquote")}));
    form->addRow(tr("&Eigenanteil:"), field(m_ownShare, {QStringLiteral("ownShare"), QStringLiteral("eigenanteil")}));
    form->addRow(QString(), field(m_maintenance, {QStringLiteral("maintenanceOnly")}));
    DialogSupport::nameFieldsFromLabels(form);
    return page;
}

QWidget *MeasureEditorDialog::createPillarII()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("pillarIIPage"));
    m_budgetPot = new QComboBox(page);
    m_budgetPot->setObjectName(QStringLiteral("budgetPotCombo"));
    m_budgetPot->addItem(tr("Chancenbudget der Schule"), QStringLiteral("SCHULE"));
    m_budgetPot->addItem(tr("Chancenbudget des Schulträgers (Trägerbudget)"), QStringLiteral("SCHULTRAEGER"));
    m_measureArea = new QComboBox(page);
    m_measureArea->setObjectName(QStringLiteral("measureAreaCombo"));
    m_measureArea->addItem(tr("(bitte wählen)"), QString());
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MeasureArea))
        m_measureArea->addItem(QStringLiteral("%1 – %2").arg(e.code, RegistryDocument::displayLabel(e)), e.code);
    m_measureArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measureArea->setMinimumContentsLength(40);
    m_actionFields = new QListWidget(page);
    m_actionFields->setObjectName(QStringLiteral("actionFieldList"));
    m_actionFields->setFlow(QListView::LeftToRight);
    m_actionFields->setWrapping(true);
    m_actionFields->setResizeMode(QListView::Adjust);
    m_actionFields->setMaximumHeight(84);
    for (const CatalogueEntry &e : m_document->catalogue(CatalogueKind::ActionField)) {
        auto *item = new QListWidgetItem(RegistryDocument::displayLabel(e), m_actionFields);
        item->setData(Qt::UserRole, e.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_schools = new ActorListEdit(m_document, QStringLiteral("schoolList"), page);
    m_partners = new ActorListEdit(m_document, QStringLiteral("partnerList"), page);
    m_recommended = new QCheckBox(tr("folgt den empfohlenen Maßnahmen (Orientierungspapier)"), page);
    m_recommended->setObjectName(QStringLiteral("recommendedCheck"));
    m_administrative = new QCheckBox(tr("reine Verwaltungsstelle"), page);
    m_administrative->setObjectName(QStringLiteral("administrativeCheck"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Budgettopf: *"), field(m_budgetPot, {QStringLiteral("budgetPot"), QStringLiteral("budgetTopf")}));
    form->addRow(tr("&Maßnahmenbereich: *"),
                 field(m_measureArea, {QStringLiteral("measureArea"), QStringLiteral("Maßnahmenbereich")}));
    form->addRow(tr("&Handlungsfelder:"),
                 field(m_actionFields, {QStringLiteral("actionFields"), QStringLiteral("handlungsfelder")}));
    form->addRow(tr("Beteiligte &Schulen: *"), field(m_schools, {QStringLiteral("schools"), QStringLiteral("schulen"),
                                                                 QStringLiteral("beteiligteSchulen")}));
    form->addRow(tr("&Partner:"), field(m_partners, {QStringLiteral("partners"), QStringLiteral("partner")}));
    form->addRow(QString(), field(m_recommended, {QStringLiteral("recommended")}));
    form->addRow(QString(), field(m_administrative, {QStringLiteral("administrativePost")}));
    DialogSupport::nameFieldsFromLabels(form);
    return page;
}

QWidget *MeasureEditorDialog::createPillarIII()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("pillarIIIPage"));
    m_occupationGroup = new QComboBox(page);
    m_occupationGroup->setObjectName(QStringLiteral("occupationGroupCombo"));
    m_occupationGroup->addItem(tr("(bitte wählen)"), QString());
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::OccupationGroup))
        m_occupationGroup->addItem(QStringLiteral("%1. %2").arg(e.extra, RegistryDocument::displayLabel(e)), e.code);
    m_tasks = new QListWidget(page);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setMaximumHeight(92);
    for (const VocabularyEntry &e : DomainCatalogue::vocabulary(Vocabulary::MptTask)) {
        auto *item = new QListWidgetItem(RegistryDocument::displayLabel(e), m_tasks);
        item->setData(Qt::UserRole, e.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_employmentForm = new QComboBox(page);
    m_employmentForm->setObjectName(QStringLiteral("employmentFormCombo"));
    DialogSupport::fillVocabulary(m_employmentForm, *m_document, Vocabulary::EmploymentForm, {}, tr("(bitte wählen)"));
    m_fte = new QDoubleSpinBox(page);
    m_fte->setObjectName(QStringLiteral("fteSpin"));
    m_fte->setRange(0, 99);
    m_fte->setDecimals(2);
    m_fte->setSingleStep(0.25);
    m_fte->setSuffix(tr(" VZÄ"));
    m_staffPlanYear = new QSpinBox(page);
    m_staffPlanYear->setObjectName(QStringLiteral("staffPlanYearSpin"));
    m_staffPlanYear->setRange(0, 2100);
    m_staffPlanYear->setSpecialValueText(tr("(keines)"));
    m_staffPlanYear->setGroupSeparatorShown(false);
    m_servedSchools = new ActorListEdit(m_document, QStringLiteral("servedSchoolList"), page);
    m_staffCost = new MoneyEdit(page);
    m_staffCost->setObjectName(QStringLiteral("staffCostEdit"));
    m_staffActual = new MoneyEdit(page);
    m_staffActual->setObjectName(QStringLiteral("staffActualEdit"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Berufsgruppe: *"),
                 field(m_occupationGroup, {QStringLiteral("occupationGroup"), QStringLiteral("berufsgruppe")}));
    form->addRow(tr("&Aufgaben:"), field(m_tasks, {QStringLiteral("tasks"), QStringLiteral("aufgaben")}));
    form->addRow(tr("Beschäftigungs&form:"),
                 field(m_employmentForm, {QStringLiteral("employmentForm"), QStringLiteral("Beschäftigungsform")}));
    form->addRow(tr("&VZÄ:"), field(m_fte, {QStringLiteral("fte"), QStringLiteral("VZÄ")}));
    form->addRow(tr("Stellen&plan-Jahr:"),
                 field(m_staffPlanYear, {QStringLiteral("staffPlanYear"), QStringLiteral("Stellenplanjahr")}));
    form->addRow(tr("Einsatz&schulen: *"),
                 field(m_servedSchools, {QStringLiteral("servedSchools"), QStringLiteral("einsatzschulen")}));
    form->addRow(tr("&Kosten (Plan):"), field(m_staffCost, {QStringLiteral("staffCost")}));
    form->addRow(tr("Kosten (&Ist):"), field(m_staffActual, {QStringLiteral("staffActual")}));
    DialogSupport::nameFieldsFromLabels(form);
    return page;
}

QWidget *MeasureEditorDialog::createMoneyPage()
{
    auto *page = new QWidget;
    auto *hint = new QLabel(tr("Mittel je Schuljahr: geplant, bewilligt, abgerufen und ausgegeben. Mittel werden "
                               "nicht ins nächste Schuljahr übertragen. Beträge in Euro, z. B. 1.234,50."),
                            page);
    hint->setWordWrap(true);
    m_yearCosts = new QTableWidget(0, YearCostColumns, page);
    m_yearCosts->setObjectName(QStringLiteral("yearCostTable"));
    m_yearCosts->setHorizontalHeaderLabels(
        {tr("Schuljahr"), tr("geplant"), tr("bewilligt"), tr("abgerufen"), tr("ausgegeben")});
    m_yearCosts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_yearCosts->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Schuljahr &hinzufügen"), page);
    add->setObjectName(QStringLiteral("addYearButton"));
    auto *remove = new QPushButton(tr("Schuljahr &entfernen"), page);
    remove->setObjectName(QStringLiteral("removeYearButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        QString year = m_schoolYear->currentText().trimmed();
        if (m_yearCosts->rowCount() > 0) {
            if (auto last = SchoolYear::parse(m_yearCosts->item(m_yearCosts->rowCount() - 1, 0)->text()))
                year = SchoolYear{last->startYear + 1}.toString();
        }
        addYearCostRow(MeasureYearCost{year, 0, 0, 0, 0});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_yearCosts->currentRow() >= 0)
            m_yearCosts->removeRow(m_yearCosts->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(field(m_yearCosts, {QStringLiteral("yearCosts"), QStringLiteral("kostenJeSchuljahr")}), 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *MeasureEditorDialog::createStatusPage()
{
    auto *page = new QWidget;
    m_statusLabel = new QLabel(page);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_nextStep = new QPushButton(page);
    m_nextStep->setObjectName(QStringLiteral("nextStepButton"));
    connect(m_nextStep, &QPushButton::clicked, this, &MeasureEditorDialog::stepClicked);
    m_approvedBy = new QLineEdit(page);
    m_approvedBy->setObjectName(QStringLiteral("approvedByEdit"));
    m_approvedBy->setPlaceholderText(tr("z. B. ADD, BM"));
    m_historyList = new QTreeWidget(page);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setHeaderLabels({tr("Schritt"), tr("Datum"), tr("Notiz")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->setAccessibleName(tr("Verlauf der Maßnahme"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_nextStep);
    auto *form = new QFormLayout;
    form->addRow(tr("Bewilligt &durch:"), m_approvedBy);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Verlauf:"), page));
    layout->addWidget(field(m_historyList, {QStringLiteral("Statusverlauf"), QStringLiteral("history"),
                                            QStringLiteral("Bewilligungsdatum"), QStringLiteral("Verwendungsnachweis"),
                                            QStringLiteral("Status")}),
                      1);
    return page;
}

void MeasureEditorDialog::addYearCostRow(const MeasureYearCost &cost)
{
    const QSignalBlocker blocker(m_yearCosts);
    const int row = m_yearCosts->rowCount();
    m_yearCosts->insertRow(row);
    m_yearCosts->setItem(row, YearColumn, new QTableWidgetItem(cost.schoolYear));
    const Cents values[] = {cost.planned, cost.approved, cost.called, cost.spent};
    for (int c = 0; c < 4; ++c) {
        auto *item = new QTableWidgetItem(Money::format(values[c]));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_yearCosts->setItem(row, PlannedColumn + c, item);
    }
}

void MeasureEditorDialog::load(const Measure &m)
{
    m_title->setText(m.title);
    m_pillar->setCurrentIndex(m.pillar == u"I" ? PageI : (m.pillar == u"III" ? PageIII : PageII));
    m_pages->setCurrentIndex(m_pillar->currentIndex()); // no carry-over of schools while loading
    m_schoolYear->setCurrentText(
        m.schoolYear.isEmpty()
            ? SchoolYear::containing(QDate::currentDate().year(), QDate::currentDate().month()).toString()
            : m.schoolYear);
    m_goal->setPlainText(m.goal);
    m_provider->setCurrentActor(m.provider);
    m_start->setDate(m.start);
    m_end->setDate(m.end);
    m_approvedBy->setText(m.approvedBy);
    m_notes->setPlainText(m.notes);
    // Säule I
    DialogSupport::selectCode(m_investmentKind, m.investmentKind);
    DialogSupport::selectCode(m_roomType, m.roomType);
    m_school->setCurrentActor(m.schools.isEmpty() ? ActorId() : m.schools.constFirst());
    m_plannedCost->setCents(m.plannedCost);
    m_actualCost->setCents(m.actualCost);
    m_fundingRate->setValue(m.fundingRatePermille / 10.0);
    m_ownShare->setCents(m.ownShare);
    m_maintenance->setChecked(m.maintenanceOnly);
    // Säule II
    m_budgetPot->setCurrentIndex(m.pillar == u"II_TRAEGER" || m.budgetPot == u"SCHULTRAEGER" ? 1 : 0);
    m_measureArea->setCurrentIndex(std::max(0, m_measureArea->findData(m.measureArea)));
    for (int i = 0; i < m_actionFields->count(); ++i) {
        QListWidgetItem *item = m_actionFields->item(i);
        item->setCheckState(m.actionFields.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_schools->setActors(m.schools);
    m_partners->setActors(m.partners);
    m_recommended->setChecked(m.recommended);
    m_administrative->setChecked(m.administrativePost);
    // Säule III
    m_occupationGroup->setCurrentIndex(std::max(0, m_occupationGroup->findData(m.occupationGroup)));
    for (int i = 0; i < m_tasks->count(); ++i) {
        QListWidgetItem *item = m_tasks->item(i);
        item->setCheckState(m.tasks.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    DialogSupport::selectCode(m_employmentForm, m.employmentForm);
    m_fte->setValue(m.fte);
    m_staffPlanYear->setValue(m.staffPlanYear);
    m_servedSchools->setActors(m.schools);
    m_staffCost->setCents(m.plannedCost);
    m_staffActual->setCents(m.actualCost);
    // money and status
    for (const MeasureYearCost &cost : m.yearCosts)
        addYearCostRow(cost);
    m_status = m.status.isEmpty() ? QStringLiteral("IDEE") : m.status;
    m_history = m.history;
    m_appliedDate = m.appliedDate;
    m_approvedDate = m.approvedDate;
    m_proofDate = m.proofDate;
    updateStatus();
}

QString MeasureEditorDialog::pillarCode() const
{
    switch (m_pillar->currentIndex()) {
    case PageI:
        return QStringLiteral("I");
    case PageIII:
        return QStringLiteral("III");
    default:
        return m_budgetPot->currentIndex() == 1 ? QStringLiteral("II_TRAEGER") : QStringLiteral("II_SCHULE");
    }
}

void MeasureEditorDialog::pillarChanged()
{
    const int page = std::max(0, m_pillar->currentIndex());
    // The schools carry over between the forms: the list of one pillar is the start of the other's.
    QList<ActorId> schools;
    switch (m_pages->currentIndex()) {
    case PageI:
        if (m_school->currentActor().isValid())
            schools.append(m_school->currentActor());
        break;
    case PageII:
        schools = m_schools->actors();
        break;
    case PageIII:
        schools = m_servedSchools->actors();
        break;
    }
    if (m_pages->currentIndex() != page) {
        m_school->setCurrentActor(schools.isEmpty() ? ActorId() : schools.constFirst());
        m_schools->setActors(schools);
        m_servedSchools->setActors(schools);
    }
    m_pages->setCurrentIndex(page);
    clearErrors();
}

void MeasureEditorDialog::updateStatus()
{
    const QStringList codes = statusCodes();
    const int index = codes.indexOf(m_status);
    m_statusLabel->setText(tr("Aktueller Status: <b>%1</b>")
                               .arg(m_document->vocabularyLabel(Vocabulary::MeasureStatus, m_status).toHtmlEscaped()));
    if (index >= 0 && index + 1 < codes.size()) {
        m_nextStep->setText(tr("Nächster Schritt: %1 …")
                                .arg(m_document->vocabularyLabel(Vocabulary::MeasureStatus, codes.at(index + 1))));
        m_nextStep->setEnabled(true);
    } else {
        m_nextStep->setText(tr("Abgeschlossen"));
        m_nextStep->setEnabled(false);
    }
    m_historyList->clear();
    for (const MeasureStatusStep &step : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_historyList);
        item->setText(0, m_document->vocabularyLabel(Vocabulary::MeasureStatus, step.status));
        item->setText(1, QLocale().toString(step.date, QLocale::ShortFormat));
        item->setText(2, step.note);
    }
    m_historyList->resizeColumnToContents(0);
}

void MeasureEditorDialog::stepClicked()
{
    const QStringList codes = statusCodes();
    const int index = codes.indexOf(m_status);
    if (index < 0 || index + 1 >= codes.size())
        return;
    QDialog ask(this);
    ask.setWindowTitle(
        tr("Nächster Schritt: %1").arg(m_document->vocabularyLabel(Vocabulary::MeasureStatus, codes.at(index + 1))));
    auto *date = new QDateEdit(QDate::currentDate(), &ask);
    date->setObjectName(QStringLiteral("stepDate"));
    date->setCalendarPopup(true);
    auto *note = new QLineEdit(&ask);
    note->setObjectName(QStringLiteral("stepNote"));
    note->setPlaceholderText(tr("z. B. Aktenzeichen, Bescheid vom …"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Datum:"), date);
    form->addRow(tr("&Notiz:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (ask.exec() == QDialog::Accepted)
        advanceStatus(date->date(), note->text().trimmed());
}

void MeasureEditorDialog::advanceStatus(const QDate &date, const QString &note)
{
    const QStringList codes = statusCodes();
    const int index = codes.indexOf(m_status);
    if (index < 0 || index + 1 >= codes.size())
        return;
    m_status = codes.at(index + 1);
    m_history.append(MeasureStatusStep{m_status, date, note});
    if (m_status == u"BEANTRAGT")
        m_appliedDate = date;
    else if (m_status == u"BEWILLIGT")
        m_approvedDate = date;
    else if (m_status == u"NACHWEIS")
        m_proofDate = date;
    updateStatus();
    updateFindings();
}

std::optional<Measure> MeasureEditorDialog::measure()
{
    Measure m = m_original;
    m.title = m_title->text().trimmed();
    m.pillar = pillarCode();
    m.schoolYear = m_schoolYear->currentText().trimmed();
    m.goal = m_goal->toPlainText().trimmed();
    m.provider = m_provider->currentActor();
    m.start = m_start->date();
    m.end = m_end->date();
    m.approvedBy = m_approvedBy->text().trimmed();
    m.notes = m_notes->toPlainText();
    m.status = m_status;
    m.history = m_history;
    m.appliedDate = m_appliedDate;
    m.approvedDate = m_approvedDate;
    m.proofDate = m_proofDate;

    auto money = [this](MoneyEdit *edit, const QString &fieldName, const QString &label) -> std::optional<Cents> {
        const auto value = edit->cents();
        if (!value)
            showError(
                Error::at({}, 0, fieldName,
                          tr("%1: „%2“ ist kein Betrag. Bitte z. B. 1.234,50 eingeben.").arg(label, edit->text())));
        else if (*value < 0)
            showError(Error::at({}, 0, fieldName, tr("%1: Der Betrag darf nicht negativ sein.").arg(label)));
        return value && *value >= 0 ? value : std::nullopt;
    };

    // Pillar-specific fields; those of the other pillars are emptied.
    m.investmentKind.clear();
    m.roomType.clear();
    m.fundingRatePermille = 0;
    m.ownShare = 0;
    m.maintenanceOnly = false;
    m.budgetPot.clear();
    m.recommended = false;
    m.administrativePost = false;
    m.occupationGroup.clear();
    m.tasks.clear();
    m.employmentForm.clear();
    m.fte = 0;
    m.staffPlanYear = 0;
    m.measureArea.clear();
    m.actionFields.clear();
    m.partners.clear();

    switch (m_pillar->currentIndex()) {
    case PageI: {
        m.investmentKind = DialogSupport::code(m_investmentKind);
        m.roomType = DialogSupport::code(m_roomType);
        m.schools = m_school->currentActor().isValid() ? QList<ActorId>{m_school->currentActor()} : QList<ActorId>{};
        const auto planned = money(m_plannedCost, QStringLiteral("plannedCost"), tr("Kosten (Plan)"));
        const auto actual = money(m_actualCost, QStringLiteral("actualCost"), tr("Kosten (Ist)"));
        const auto own = money(m_ownShare, QStringLiteral("ownShare"), tr("Eigenanteil"));
        if (!planned || !actual || !own)
            return std::nullopt;
        m.plannedCost = *planned;
        m.actualCost = *actual;
        m.ownShare = *own;
        m.fundingRatePermille = qRound(m_fundingRate->value() * 10);
        m.maintenanceOnly = m_maintenance->isChecked();
        break;
    }
    case PageII:
        m.budgetPot = DialogSupport::code(m_budgetPot);
        m.measureArea = DialogSupport::code(m_measureArea);
        for (int i = 0; i < m_actionFields->count(); ++i) {
            if (m_actionFields->item(i)->checkState() == Qt::Checked)
                m.actionFields << m_actionFields->item(i)->data(Qt::UserRole).toString();
        }
        m.schools = m_schools->actors();
        m.partners = m_partners->actors();
        m.recommended = m_recommended->isChecked();
        m.administrativePost = m_administrative->isChecked();
        break;
    case PageIII: {
        m.occupationGroup = DialogSupport::code(m_occupationGroup);
        for (int i = 0; i < m_tasks->count(); ++i) {
            if (m_tasks->item(i)->checkState() == Qt::Checked)
                m.tasks << m_tasks->item(i)->data(Qt::UserRole).toString();
        }
        m.employmentForm = DialogSupport::code(m_employmentForm);
        m.fte = m_fte->value();
        m.staffPlanYear = m_staffPlanYear->value();
        m.schools = m_servedSchools->actors();
        const auto planned = money(m_staffCost, QStringLiteral("staffCost"), tr("Kosten (Plan)"));
        const auto actual = money(m_staffActual, QStringLiteral("staffActual"), tr("Kosten (Ist)"));
        if (!planned || !actual)
            return std::nullopt;
        m.plannedCost = *planned;
        m.actualCost = *actual;
        break;
    }
    }

    m.yearCosts.clear();
    const QStringList columns{tr("Schuljahr"), tr("geplant"), tr("bewilligt"), tr("abgerufen"), tr("ausgegeben")};
    for (int row = 0; row < m_yearCosts->rowCount(); ++row) {
        MeasureYearCost cost;
        cost.schoolYear =
            m_yearCosts->item(row, YearColumn) ? m_yearCosts->item(row, YearColumn)->text().trimmed() : QString();
        Cents *targets[] = {&cost.planned, &cost.approved, &cost.called, &cost.spent};
        for (int c = 0; c < 4; ++c) {
            const QTableWidgetItem *item = m_yearCosts->item(row, PlannedColumn + c);
            const QString text = item ? item->text().trimmed() : QString();
            const auto value = text.isEmpty() ? std::optional<Cents>(0) : Money::parse(text);
            if (!value || *value < 0) {
                showError(Error::at({}, row + 1, QStringLiteral("yearCosts"),
                                    !value ? tr("Kosten je Schuljahr, Zeile %1, Spalte „%2“: „%3“ ist kein Betrag.")
                                                 .arg(row + 1)
                                                 .arg(columns.at(PlannedColumn + c), text)
                                           : tr("Kosten je Schuljahr, Zeile %1, Spalte „%2“: Der Betrag darf nicht "
                                                "negativ sein.")
                                                 .arg(row + 1)
                                                 .arg(columns.at(PlannedColumn + c))));
                return std::nullopt;
            }
            *targets[c] = *value;
        }
        m.yearCosts.append(cost);
    }
    if (m.pillar.startsWith(QStringLiteral("II"))) {
        // Säule II costs are the sums of the school years.
        m.plannedCost = 0;
        m.actualCost = 0;
        for (const MeasureYearCost &cost : std::as_const(m.yearCosts)) {
            m.plannedCost += cost.planned;
            m.actualCost += cost.spent;
        }
    } else if (m.yearCosts.isEmpty()) {
        m.yearCosts.append(MeasureYearCost{m.schoolYear, m.plannedCost, 0, 0, m.actualCost});
    }
    return m;
}

void MeasureEditorDialog::setSettings(const PlanningSettings &settings)
{
    m_settings = settings;
    updateFindings();
}

void MeasureEditorDialog::updateFindings()
{
    // Quiet evaluation: amounts that are no amounts are reported on saving, not while typing.
    m_quiet = true;
    const std::optional<Measure> current = measure();
    m_quiet = false;
    m_findings.clear();
    m_findingsList->clear();
    if (current) {
        Measure probe = *current;
        if (!probe.id.isValid())
            probe.id = MeasureId(-1); // stands for the new measure in the rule check
        QList<Measure> all = m_document->measures();
        bool replaced = false;
        for (Measure &m : all) {
            if (m.id == probe.id) {
                m = probe;
                replaced = true;
            }
        }
        if (!replaced)
            all.append(probe);
        for (RuleFinding &f : checkPlanningRules(all, m_document->budgets(), m_document->actors(), m_settings)) {
            const bool concernsThis =
                f.measures.contains(probe.id) || (f.measures.isEmpty() && probe.schools.contains(f.actor) &&
                                                  (f.schoolYear.isEmpty() || f.schoolYear == probe.schoolYear));
            if (concernsThis)
                m_findings.push_back(std::move(f));
        }
    }
    for (const RuleFinding &f : m_findings) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1: %2\n%3").arg(severityLabel(f.severity), f.title, f.explanation), m_findingsList);
        item->setData(Qt::UserRole, f.rule);
        item->setToolTip(f.explanation);
        if (f.severity == RuleFinding::Severity::Fehler)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (f.severity == RuleFinding::Severity::Warnung)
            item->setForeground(QColor(0x8a, 0x4b, 0x00));
    }
    m_findingsHeading->setText(m_findings.empty() ? tr("Planungsregeln: keine Hinweise zu dieser Maßnahme.")
                                                  : tr("Planungsregeln: %n Hinweis(e) zu dieser Maßnahme", nullptr,
                                                       static_cast<int>(m_findings.size())));
    m_findingsList->setVisible(!m_findings.empty());
}

QString MeasureEditorDialog::fieldError(const QString &fieldName) const
{
    const QLabel *label = m_fieldErrors.value(normalised(fieldName));
    if (label && !label->isHidden())
        return label->text();
    if (!m_errorLabel->isHidden() && fieldName.isEmpty())
        return m_errorLabel->text();
    return {};
}

void MeasureEditorDialog::clearErrors()
{
    m_errorLabel->hide();
    m_errorLabel->clear();
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->hide();
        label->clear();
    }
}

void MeasureEditorDialog::showError(const Error &error)
{
    if (m_quiet)
        return; // evaluation for the rule panel while typing
    m_errorLabel->setText(error.field.isEmpty()
                              ? tr("Die Maßnahme wurde nicht gespeichert: %1").arg(error.message)
                              : tr("Die Maßnahme wurde nicht gespeichert. %1: %2").arg(error.field, error.message));
    m_errorLabel->show();
    QString key = normalised(error.field);
    // Amounts of one school year ("Kosten 2025/26 – geplant") belong to the cost table.
    if (key.startsWith(QStringLiteral("kosten")) && key.size() > 6 && key.at(6).isDigit())
        key = QStringLiteral("yearcosts");
    // English field names of the validation (translated UI).
    static const QHash<QString, QString> english{
        {QStringLiteral("participatingschools"), QStringLiteral("schools")},
        {QStringLiteral("costplanned"), QStringLiteral("plannedcost")},
        {QStringLiteral("costactual"), QStringLiteral("actualcost")},
        {QStringLiteral("costperschoolyear"), QStringLiteral("yearcosts")},
        {QStringLiteral("occupationalgroup"), QStringLiteral("occupationgroup")},
        {QStringLiteral("statushistory"), QStringLiteral("statusverlauf")}};
    key = english.value(key, key);
    if (key == u"kostengeplant")
        key = QStringLiteral("plannedcost");
    else if (key == u"kostenist")
        key = QStringLiteral("actualcost");
    // The school of a Säule I measure and the served schools of Säule III are the measure's schools too.
    if (key == u"schools" || key == u"school" || key == u"schulen" || key == u"beteiligteschulen") {
        key = m_pillar->currentIndex() == PageI     ? QStringLiteral("school")
              : m_pillar->currentIndex() == PageIII ? QStringLiteral("servedschools")
                                                    : QStringLiteral("schools");
    } else if ((key == u"plannedcost" || key == u"actualcost") && m_pillar->currentIndex() == PageIII) {
        key = key == u"plannedcost" ? QStringLiteral("staffcost") : QStringLiteral("staffactual");
    } else if ((key == u"plannedcost" || key == u"actualcost") && m_pillar->currentIndex() == PageII) {
        key = QStringLiteral("yearcosts");
    }
    if (QLabel *label = m_fieldErrors.value(key)) {
        label->setText(error.message);
        label->show();
        QWidget *widget = m_fieldWidgets.value(label);
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(label))
                m_tabs->setCurrentIndex(i);
        }
        if (widget)
            widget->setFocus();
    }
}

void MeasureEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool MeasureEditorDialog::save()
{
    clearErrors();
    const std::optional<Measure> next = measure();
    if (!next)
        return false;
    if (const Status valid = validateMeasure(*next, m_document->actors()); !valid.ok()) {
        showError(valid.error());
        return false;
    }
    updateFindings();
    if (const Status blocked = blockingFindings(m_findings, m_settings); !blocked.ok()) {
        showError(Error::make(
            tr("%1 (Die Sperre lässt sich in den Einstellungen abschalten.)").arg(blocked.error().message)));
        return false;
    }
    if (m_original.id.isValid() && *next == m_original) {
        m_saved = m_original.id;
        return true;
    }
    Status status;
    if (m_original.id.isValid()) {
        status = m_document->push(ChangeRecordsCommand::changeMeasure(m_document, m_original, *next));
        m_saved = m_original.id;
    } else {
        auto *command = new AddRecordCommand(m_document, *next);
        status = m_document->push(command);
        if (status.ok())
            m_saved = command->created().removedMeasures.constFirst().id;
    }
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Die Maßnahme konnte nicht gespeichert werden."),
                                 status.error());
        return false;
    }
    return true;
}

} // namespace netzatlas
