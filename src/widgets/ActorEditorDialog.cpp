// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ActorEditorDialog.h"

#include "DialogSupport.h"
#include "TerritoryPicker.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ActorEditorDialog::ActorEditorDialog(RegistryDocument *document, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(actor)
{
    setObjectName(QStringLiteral("actorEditor"));
    setWindowTitle(actor.id.isValid() ? tr("Akteur bearbeiten – %1").arg(actor.name) : tr("Neuer Akteur"));

    // ---- left column: what and where
    auto *general = new QGroupBox(tr("Allgemein"), this);
    auto *generalForm = new QFormLayout(general);
    m_type = new QComboBox(general);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    DialogSupport::fillCatalogue(m_type, *document, CatalogueKind::ActorType, actor.typeCode);
    // Committees have their own editor (kind, members); here only an actor that already is one keeps the type.
    if (actor.typeCode != DomainCatalogue::CommitteeType) {
        const int committee = m_type->findData(DomainCatalogue::CommitteeType);
        if (committee >= 0)
            m_type->removeItem(committee);
    }
    if (actor.typeCode.isEmpty())
        m_type->setCurrentIndex(-1);
    m_name = lineEdit(QStringLiteral("nameEdit"), general);
    m_name->setPlaceholderText(tr("vollständiger Name der Einrichtung"));
    m_shortName = lineEdit(QStringLiteral("shortNameEdit"), general);
    m_key = lineEdit(QStringLiteral("keyEdit"), general);
    m_key->setPlaceholderText(tr("wird beim Speichern vergeben"));
    m_key->setToolTip(tr("Fester Schlüssel für Import und Export; bleibt beim Umbenennen gleich"));
    generalForm->addRow(tr("&Typ*:"), m_type);
    generalForm->addRow(tr("&Name*:"), m_name);
    generalForm->addRow(tr("&Kurzname:"), m_shortName);
    generalForm->addRow(tr("Sc&hlüssel:"), m_key);

    auto *place = new QGroupBox(tr("Sitz und Anschrift"), this);
    auto *placeForm = new QFormLayout(place);
    m_seat = new TerritoryPicker(place);
    m_seat->setObjectName(QStringLiteral("seatPicker"));
    m_seat->lineEdit()->setObjectName(QStringLiteral("seatPickerEdit"));
    m_seat->setDocument(document);
    m_street = lineEdit(QStringLiteral("streetEdit"), place);
    m_postcode = lineEdit(QStringLiteral("postcodeEdit"), place);
    m_postcode->setMaxLength(10);
    m_city = lineEdit(QStringLiteral("cityEdit"), place);
    placeForm->addRow(tr("&Gemeinde:"), m_seat);
    placeForm->addRow(tr("&Straße:"), m_street);
    placeForm->addRow(tr("&PLZ:"), m_postcode);
    placeForm->addRow(tr("&Ort:"), m_city);

    auto *more = new QGroupBox(tr("Schlagwörter und Notizen"), this);
    auto *moreForm = new QFormLayout(more);
    m_tags = lineEdit(QStringLiteral("tagsEdit"), more);
    m_tags->setPlaceholderText(tr("durch Kommas getrennt, z. B. Ganztag, Sprach-Kita"));
    m_notes = new QPlainTextEdit(more);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(90);
    moreForm->addRow(tr("Schlag&wörter:"), m_tags);
    moreForm->addRow(tr("N&otizen:"), m_notes);

    // ---- right column: school, responsibility, Kita
    m_schoolGroup = new QGroupBox(tr("Schule"), this);
    auto *schoolForm = new QFormLayout(m_schoolGroup);
    m_schoolKind = new QComboBox(m_schoolGroup);
    m_schoolKind->setObjectName(QStringLiteral("schoolKindCombo"));
    DialogSupport::fillVocabulary(m_schoolKind, *document, Vocabulary::SchoolKind, actor.schoolKind,
                                  tr("(keine Angabe)"));
    m_schoolNumber = lineEdit(QStringLiteral("schoolNumberEdit"), m_schoolGroup);
    m_scp = new QCheckBox(tr("Schule im Startchancen-Programm"), m_schoolGroup);
    m_scp->setObjectName(QStringLiteral("scpCheck"));
    m_cohort = new QSpinBox(m_schoolGroup);
    m_cohort->setObjectName(QStringLiteral("cohortSpin"));
    m_cohort->setRange(2023, 2034);
    m_cohort->setSpecialValueText(tr("unbekannt"));
    m_allDay = new QComboBox(m_schoolGroup);
    m_allDay->setObjectName(QStringLiteral("allDayCombo"));
    DialogSupport::fillVocabulary(m_allDay, *document, Vocabulary::AllDay, actor.allDay, tr("(keine Angabe)"));
    m_legalStatus = new QComboBox(m_schoolGroup);
    m_legalStatus->setObjectName(QStringLiteral("legalStatusCombo"));
    m_legalStatus->addItem(tr("(keine Angabe)"), QString());
    m_legalStatus->addItem(tr("öffentlich"), QStringLiteral("öffentlich"));
    m_legalStatus->addItem(tr("privat"), QStringLiteral("privat"));
    DialogSupport::selectCode(m_legalStatus, actor.legalStatus);
    m_specialNeeds = lineEdit(QStringLiteral("specialNeedsEdit"), m_schoolGroup);
    m_specialNeeds->setPlaceholderText(tr("z. B. L, S"));
    schoolForm->addRow(tr("Schul&art:"), m_schoolKind);
    schoolForm->addRow(tr("Schul&nummer:"), m_schoolNumber);
    schoolForm->addRow(tr("Startchancen:"), m_scp);
    schoolForm->addRow(tr("SCP seit Schul&jahr:"), m_cohort);
    schoolForm->addRow(tr("Gan&ztag:"), m_allDay);
    schoolForm->addRow(tr("Rechtsstatus:"), m_legalStatus);
    schoolForm->addRow(tr("Förderschwerpunkte:"), m_specialNeeds);

    m_responsibilityGroup = new QGroupBox(tr("Zuständigkeit"), this);
    auto *responsibilityForm = new QFormLayout(m_responsibilityGroup);
    auto makeSuggestion = [this](TerritoryPicker **picker, QLabel **hint, QPushButton **apply, const QString &name) {
        auto *box = new QWidget(m_responsibilityGroup);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        *picker = new TerritoryPicker(box);
        (*picker)->setObjectName(name);
        (*picker)->lineEdit()->setObjectName(name + QStringLiteral("Edit"));
        (*picker)->setDocument(m_document);
        (*picker)->setLevels({TerritoryLevel::Kreis, TerritoryLevel::Gemeindeverband, TerritoryLevel::Gemeinde});
        (*picker)->setPlaceholderText(tr("Gebietskörperschaft suchen …"));
        layout->addWidget(*picker);
        auto *row = new QHBoxLayout;
        *hint = new QLabel(box);
        (*hint)->setObjectName(name + QStringLiteral("Hint"));
        (*hint)->setWordWrap(true);
        (*hint)->setTextFormat(Qt::PlainText);
        *apply = new QPushButton(tr("Vorschlag übernehmen"), box);
        (*apply)->setObjectName(name + QStringLiteral("Apply"));
        row->addWidget(*hint, 1);
        row->addWidget(*apply);
        layout->addLayout(row);
        return box;
    };
    QWidget *authorityBox =
        makeSuggestion(&m_authority, &m_authorityHint, &m_authorityApply, QStringLiteral("authorityPicker"));
    QWidget *youthBox =
        makeSuggestion(&m_youthOffice, &m_youthOfficeHint, &m_youthOfficeApply, QStringLiteral("youthOfficePicker"));
    responsibilityForm->addRow(tr("Schul&träger:"), authorityBox);
    responsibilityForm->addRow(tr("&Jugendamt:"), youthBox);
    m_authority->setAccessibleName(tr("Schulträger"));
    m_youthOffice->setAccessibleName(tr("Jugendamt"));
    m_authority->lineEdit()->setAccessibleName(tr("Schulträger"));
    m_youthOffice->lineEdit()->setAccessibleName(tr("Jugendamt"));

    m_kitaGroup = new QGroupBox(tr("Kindertagesstätte"), this);
    auto *kitaForm = new QFormLayout(m_kitaGroup);
    m_kitaOperator = new QComboBox(m_kitaGroup);
    m_kitaOperator->setObjectName(QStringLiteral("kitaOperatorCombo"));
    DialogSupport::fillVocabulary(m_kitaOperator, *document, Vocabulary::KitaOperator, actor.kitaOperator,
                                  tr("(keine Angabe)"));
    kitaForm->addRow(tr("Trägerart:"), m_kitaOperator);

    for (QFormLayout *form : {generalForm, placeForm, moreForm, schoolForm, responsibilityForm, kitaForm}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        DialogSupport::nameFieldsFromLabels(form);
    }
    m_seat->lineEdit()->setAccessibleName(tr("Gemeinde"));

    auto *left = new QVBoxLayout;
    left->addWidget(general);
    left->addWidget(place);
    left->addWidget(more, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_schoolGroup);
    right->addWidget(m_responsibilityGroup);
    right->addWidget(m_kitaGroup);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActorEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActorEditorDialog::reject);
    // A read-only registry (open in another process) can be looked at, not changed.
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!document->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *required = new QLabel(tr("* Pflichtfeld"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(required, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // ---- values
    m_name->setText(actor.name);
    m_shortName->setText(actor.shortName);
    m_key->setText(actor.key);
    m_seat->setCurrentKey(actor.seatRs);
    m_street->setText(actor.street);
    m_postcode->setText(actor.postcode);
    m_city->setText(actor.city);
    m_schoolNumber->setText(actor.schoolNumber);
    m_scp->setChecked(actor.scp);
    m_cohort->setValue(actor.scpCohort == 0 ? m_cohort->minimum() : actor.scpCohort);
    m_specialNeeds->setText(actor.specialNeedsFocus);
    m_authority->setCurrentKey(actor.schoolAuthorityRs);
    m_youthOffice->setCurrentKey(actor.youthOfficeRs);
    m_tags->setText(actor.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(actor.notes);

    // The fields follow the suggestion while they hold it (or nothing); a different pick is the user's override.
    const QString authority = m_document->suggestSchoolAuthority(actor);
    const QString youth = m_document->suggestYouthOffice(actor);
    m_authorityFollows = actor.schoolAuthorityRs.isEmpty() || actor.schoolAuthorityRs == authority;
    m_youthOfficeFollows = actor.youthOfficeRs.isEmpty() || actor.youthOfficeRs == youth;

    connect(m_type, &QComboBox::currentIndexChanged, this, &ActorEditorDialog::typeChanged);
    connect(m_seat, &RecordPicker::currentKeyChanged, this, &ActorEditorDialog::updateSuggestions);
    connect(m_schoolKind, &QComboBox::currentIndexChanged, this, &ActorEditorDialog::updateSuggestions);
    connect(m_specialNeeds, &QLineEdit::textChanged, this, &ActorEditorDialog::updateSuggestions);
    connect(m_scp, &QCheckBox::toggled, m_cohort, &QWidget::setEnabled);
    connect(m_authority, &RecordPicker::currentKeyChanged, this, [this](const QString &rs) {
        if (!m_updating)
            m_authorityFollows = rs.isEmpty() || rs == m_authoritySuggestion;
        updateSuggestions();
    });
    connect(m_youthOffice, &RecordPicker::currentKeyChanged, this, [this](const QString &rs) {
        if (!m_updating)
            m_youthOfficeFollows = rs.isEmpty() || rs == m_youthOfficeSuggestion;
        updateSuggestions();
    });
    connect(m_authorityApply, &QPushButton::clicked, this, &ActorEditorDialog::applyAuthoritySuggestion);
    connect(m_youthOfficeApply, &QPushButton::clicked, this, &ActorEditorDialog::applyYouthOfficeSuggestion);
    m_cohort->setEnabled(actor.scp);
    typeChanged();

    DialogSupport::chainTabOrder({m_type,
                                  m_name,
                                  m_shortName,
                                  m_key,
                                  m_seat->lineEdit(),
                                  m_street,
                                  m_postcode,
                                  m_city,
                                  m_tags,
                                  m_notes,
                                  m_schoolKind,
                                  m_schoolNumber,
                                  m_scp,
                                  m_cohort,
                                  m_allDay,
                                  m_legalStatus,
                                  m_specialNeeds,
                                  m_authority->lineEdit(),
                                  m_authorityApply,
                                  m_youthOffice->lineEdit(),
                                  m_youthOfficeApply,
                                  m_kitaOperator});
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(980, 640)));
}

void ActorEditorDialog::typeChanged()
{
    const QString type = DialogSupport::code(m_type);
    const bool school = type == DomainCatalogue::SchoolType;
    m_schoolGroup->setVisible(school);
    m_responsibilityGroup->setVisible(school);
    m_kitaGroup->setVisible(type == QStringLiteral("KITA"));
    updateSuggestions();
}

void ActorEditorDialog::updateSuggestions()
{
    const Actor current = actor();
    m_authoritySuggestion = m_document->suggestSchoolAuthority(current);
    m_youthOfficeSuggestion = m_document->suggestYouthOffice(current);
    m_updating = true;
    if (m_authorityFollows && !m_authoritySuggestion.isEmpty() && m_authority->currentKey() != m_authoritySuggestion)
        m_authority->setCurrentKey(m_authoritySuggestion);
    if (m_youthOfficeFollows && !m_youthOfficeSuggestion.isEmpty() &&
        m_youthOffice->currentKey() != m_youthOfficeSuggestion)
        m_youthOffice->setCurrentKey(m_youthOfficeSuggestion);
    m_updating = false;

    auto describe = [this](const QString &rs) {
        const Territory *t = m_document->territory(rs);
        return t ? t->qualifiedName() : rs;
    };
    if (m_authoritySuggestion.isEmpty()) {
        m_authorityHint->setText(tr("Kein Vorschlag: Sitz und Schulart angeben."));
    } else if (m_authority->currentKey() == m_authoritySuggestion) {
        m_authorityHint->setText(tr("entspricht § 76 SchulG"));
    } else {
        m_authorityHint->setText(tr("Vorschlag nach § 76 SchulG: %1").arg(describe(m_authoritySuggestion)));
    }
    m_authorityApply->setEnabled(!m_authoritySuggestion.isEmpty() &&
                                 m_authority->currentKey() != m_authoritySuggestion);
    if (m_youthOfficeSuggestion.isEmpty()) {
        m_youthOfficeHint->setText(tr("Kein Vorschlag: Sitz angeben."));
    } else if (m_youthOffice->currentKey() == m_youthOfficeSuggestion) {
        m_youthOfficeHint->setText(tr("zuständig für den Sitz"));
    } else {
        m_youthOfficeHint->setText(tr("Für den Sitz zuständig: Jugendamt %1").arg(describe(m_youthOfficeSuggestion)));
    }
    m_youthOfficeApply->setEnabled(!m_youthOfficeSuggestion.isEmpty() &&
                                   m_youthOffice->currentKey() != m_youthOfficeSuggestion);
}

void ActorEditorDialog::applyAuthoritySuggestion()
{
    m_authorityFollows = true;
    m_authority->setCurrentKey(m_authoritySuggestion);
}

void ActorEditorDialog::applyYouthOfficeSuggestion()
{
    m_youthOfficeFollows = true;
    m_youthOffice->setCurrentKey(m_youthOfficeSuggestion);
}

Actor ActorEditorDialog::actor() const
{
    Actor a = m_original;
    a.typeCode = DialogSupport::code(m_type);
    a.name = m_name->text();
    a.shortName = m_shortName->text();
    a.key = m_key->text().trimmed();
    a.seatRs = m_seat->currentKey();
    a.street = m_street->text();
    a.postcode = m_postcode->text().trimmed();
    a.city = m_city->text();
    a.tags = splitTags(m_tags->text());
    a.notes = m_notes->toPlainText();
    const bool school = a.typeCode == DomainCatalogue::SchoolType;
    // School fields belong to schools only; switching the type away clears them (validation would refuse them).
    a.schoolKind = school ? DialogSupport::code(m_schoolKind) : QString();
    a.schoolNumber = school ? m_schoolNumber->text().trimmed() : QString();
    a.scp = school && m_scp->isChecked();
    a.scpCohort = a.scp && m_cohort->value() != m_cohort->minimum() ? m_cohort->value() : 0;
    a.allDay = school ? DialogSupport::code(m_allDay) : QString();
    a.legalStatus = school ? DialogSupport::code(m_legalStatus) : m_original.legalStatus;
    a.specialNeedsFocus = school ? m_specialNeeds->text().trimmed() : QString();
    a.schoolAuthorityRs = school ? m_authority->currentKey() : QString();
    a.youthOfficeRs = school ? m_youthOffice->currentKey() : m_original.youthOfficeRs;
    a.kitaOperator = a.typeCode == QStringLiteral("KITA") ? DialogSupport::code(m_kitaOperator) : QString();
    return a;
}

void ActorEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool ActorEditorDialog::save()
{
    const Actor next = actor();
    if (m_original.id.isValid() && next.sameContent(m_original)) {
        m_saved = m_original.id;
        return true; // nothing changed: no empty undo step
    }
    if (!DialogSupport::confirmIssues(this, windowTitle(), m_document->validateActor(next)))
        return false;
    Status status;
    if (m_original.id.isValid()) {
        status = m_document->push(ChangeRecordsCommand::changeActor(m_document, m_original, next));
        m_saved = m_original.id;
    } else {
        auto *command = new AddRecordCommand(m_document, next);
        status = m_document->push(command);
        if (status.ok())
            m_saved = command->created().actors.constFirst().id;
    }
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Der Akteur konnte nicht gespeichert werden."),
                                 status.error());
        return false;
    }
    return true;
}

} // namespace netzatlas
