// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LinkEditorDialog.h"

#include "ActorPicker.h"
#include "DialogSupport.h"
#include "OptionalDateEdit.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace netzatlas {

LinkEditorDialog::LinkEditorDialog(RegistryDocument *document, const CooperationLink &link, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(link)
{
    setObjectName(QStringLiteral("linkEditor"));
    setWindowTitle(link.id.isValid() ? tr("Verbindung bearbeiten") : tr("Neue Verbindung"));

    auto *actors = new QGroupBox(tr("Wer mit wem"), this);
    auto *actorsForm = new QFormLayout(actors);
    m_source = new ActorPicker(actors);
    m_source->setObjectName(QStringLiteral("sourcePicker"));
    m_source->lineEdit()->setObjectName(QStringLiteral("sourcePickerEdit"));
    m_source->setDocument(document);
    m_target = new ActorPicker(actors);
    m_target->setObjectName(QStringLiteral("targetPicker"));
    m_target->lineEdit()->setObjectName(QStringLiteral("targetPickerEdit"));
    m_target->setDocument(document);
    m_direction = new QComboBox(actors);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(tr("ungerichtet (↔, beide Seiten gleichermaßen)"), QStringLiteral("<->"));
    m_direction->addItem(tr("gerichtet (→, von … nach …)"), QStringLiteral("->"));
    m_pairHint = new QLabel(actors);
    m_pairHint->setObjectName(QStringLiteral("pairHint"));
    m_pairHint->setWordWrap(true);
    m_pairHint->setTextFormat(Qt::PlainText);
    actorsForm->addRow(tr("&Von:"), m_source);
    actorsForm->addRow(tr("&Nach:"), m_target);
    actorsForm->addRow(tr("&Richtung:"), m_direction);
    actorsForm->addRow(QString(), m_pairHint);

    auto *kind = new QGroupBox(tr("Art der Zusammenarbeit"), this);
    auto *kindForm = new QFormLayout(kind);
    m_type = new QComboBox(kind);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    DialogSupport::fillCatalogue(m_type, *document, CatalogueKind::LinkType, link.typeCode);
    if (link.typeCode.isEmpty())
        m_type->setCurrentIndex(-1);
    m_actionField = new QComboBox(kind);
    m_actionField->setObjectName(QStringLiteral("actionFieldCombo"));
    DialogSupport::fillCatalogue(m_actionField, *document, CatalogueKind::ActionField, link.actionField,
                                 tr("(kein Handlungsfeld)"));
    m_formality = new QComboBox(kind);
    m_formality->setObjectName(QStringLiteral("formalityCombo"));
    DialogSupport::fillVocabulary(m_formality, *document, Vocabulary::Formality, link.formality);
    m_intensity = new QComboBox(kind);
    m_intensity->setObjectName(QStringLiteral("intensityCombo"));
    m_intensity->addItem(tr("1 – gering"), 1);
    m_intensity->addItem(tr("2 – mittel"), 2);
    m_intensity->addItem(tr("3 – hoch"), 3);
    m_intensity->setCurrentIndex(std::clamp(link.intensity, 1, 3) - 1);
    m_measure = new QComboBox(kind);
    m_measure->setObjectName(QStringLiteral("measureCombo"));
    m_measure->addItem(tr("(keine)"), qint64(0));
    for (const Measure &m : document->measures())
        m_measure->addItem(QStringLiteral("%1 (%2)").arg(m.title, m.schoolYear), m.id.value);
    const int measureIndex = m_measure->findData(link.measure.value);
    m_measure->setCurrentIndex(measureIndex < 0 ? 0 : measureIndex);
    kindForm->addRow(tr("&Typ*:"), m_type);
    kindForm->addRow(tr("&Handlungsfeld:"), m_actionField);
    kindForm->addRow(tr("&Formalität:"), m_formality);
    kindForm->addRow(tr("&Intensität:"), m_intensity);
    kindForm->addRow(tr("&Maßnahme:"), m_measure);

    auto *time = new QGroupBox(tr("Zeitraum und Stand"), this);
    auto *timeForm = new QFormLayout(time);
    m_validFrom = new OptionalDateEdit(tr("&ab"), time);
    m_validFrom->setObjectName(QStringLiteral("validFromEdit"));
    m_validFrom->setAccessibleNames(tr("gültig ab"));
    m_validUntil = new OptionalDateEdit(tr("bis &einschließlich"), time);
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_validUntil->setAccessibleNames(tr("gültig bis"));
    auto *validity = new QWidget(time);
    auto *validityLayout = new QHBoxLayout(validity);
    validityLayout->setContentsMargins(0, 0, 0, 0);
    validityLayout->addWidget(m_validFrom, 1);
    validityLayout->addSpacing(12);
    validityLayout->addWidget(m_validUntil, 1);
    validity->setToolTip(tr("Ohne Häkchen: seit jeher bzw. unbefristet"));
    m_status = new QComboBox(time);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    DialogSupport::fillVocabulary(m_status, *document, Vocabulary::LinkStatus, link.status);
    timeForm->addRow(tr("Gültig:"), validity);
    timeForm->addRow(tr("&Status:"), m_status);

    auto *noteBox = new QGroupBox(tr("Notiz"), this);
    auto *noteLayout = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Notiz"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("z. B. Inhalt der Vereinbarung, Turnus der Treffen"));
    m_note->setMinimumHeight(80);
    noteLayout->addWidget(m_note);

    for (QFormLayout *form : {actorsForm, kindForm, timeForm}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        DialogSupport::nameFieldsFromLabels(form);
    }
    m_source->lineEdit()->setAccessibleName(tr("Von"));
    m_target->lineEdit()->setAccessibleName(tr("Nach"));

    // Who with whom across the top (long names need the width), the kind of cooperation and its time below.
    auto *left = new QVBoxLayout;
    left->addWidget(kind);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(time);
    right->addWidget(noteBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *content = new QVBoxLayout;
    content->addWidget(actors);
    content->addLayout(columns, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkEditorDialog::reject);
    // A read-only registry (open in another process) can be looked at, not changed.
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!document->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    auto *required = new QLabel(tr("* Pflichtfeld"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(required, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_source->setCurrentActor(link.source);
    m_target->setCurrentActor(link.target);
    m_direction->setCurrentIndex(link.direction == LinkDirection::Directed ? 1 : 0);
    m_validFrom->setDate(link.validFrom);
    m_validUntil->setDate(link.validUntil);
    m_note->setPlainText(link.note);

    connect(m_source, &RecordPicker::currentKeyChanged, this, &LinkEditorDialog::updatePairHint);
    connect(m_target, &RecordPicker::currentKeyChanged, this, &LinkEditorDialog::updatePairHint);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LinkEditorDialog::typeChanged);
    updatePairHint();

    DialogSupport::chainTabOrder({m_source->lineEdit(), m_target->lineEdit(), m_direction, m_type, m_actionField,
                                  m_formality, m_intensity, m_measure, m_validFrom->checkBox(), m_validFrom->dateEdit(),
                                  m_validUntil->checkBox(), m_validUntil->dateEdit(), m_status, m_note});
    if (link.id.isValid())
        m_type->setFocus();
    else
        (link.source.isValid() ? static_cast<QWidget *>(m_target) : m_source)->setFocus();
    resize(sizeHint().expandedTo(QSize(900, 600)));
}

void LinkEditorDialog::typeChanged()
{
    // A new link takes the direction its type usually has; the user can still change it.
    if (m_original.id.isValid())
        return;
    if (const CatalogueEntry *entry = m_document->catalogueEntry(CatalogueKind::LinkType, DialogSupport::code(m_type)))
        m_direction->setCurrentIndex(entry->directed ? 1 : 0);
}

void LinkEditorDialog::updatePairHint()
{
    const ActorId source = m_source->currentActor();
    const ActorId target = m_target->currentActor();
    m_source->setExcluded(target);
    m_target->setExcluded(source);
    if (!source.isValid() || !target.isValid()) {
        m_pairHint->clear();
        return;
    }
    QStringList existing;
    for (const CooperationLink &l : m_document->linksOf(source)) {
        if (l.id != m_original.id && (l.source == target || l.target == target))
            existing << m_document->catalogueLabel(CatalogueKind::LinkType, l.typeCode);
    }
    if (existing.isEmpty())
        m_pairHint->setText(tr("Zwischen diesen Akteuren gibt es noch keine weitere Verbindung."));
    else
        m_pairHint->setText(tr("Zwischen diesen Akteuren gibt es bereits %1 weitere Verbindung(en): %2. Jede wird "
                               "einzeln geführt.")
                                .arg(existing.size())
                                .arg(existing.join(QStringLiteral(", "))));
}

CooperationLink LinkEditorDialog::link() const
{
    CooperationLink l = m_original;
    l.source = m_source->currentActor();
    l.target = m_target->currentActor();
    l.typeCode = DialogSupport::code(m_type);
    l.actionField = DialogSupport::code(m_actionField);
    l.direction = m_direction->currentData().toString() == u"->" ? LinkDirection::Directed : LinkDirection::Undirected;
    l.formality = DialogSupport::code(m_formality);
    l.intensity = m_intensity->currentData().toInt();
    l.validFrom = m_validFrom->date();
    l.validUntil = m_validUntil->date();
    l.status = DialogSupport::code(m_status);
    l.measure = MeasureId(m_measure->currentData().toLongLong());
    l.note = m_note->toPlainText();
    return l;
}

void LinkEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool LinkEditorDialog::save()
{
    const CooperationLink next = link();
    if (m_original.id.isValid() && next.sameContent(m_original)) {
        m_saved = m_original.id;
        return true;
    }
    if (!DialogSupport::confirmIssues(this, windowTitle(), m_document->validateLink(next)))
        return false;
    Status status;
    if (m_original.id.isValid()) {
        status = m_document->push(ChangeRecordsCommand::changeLink(m_document, m_original, next));
        m_saved = m_original.id;
    } else {
        auto *command = new AddRecordCommand(m_document, next);
        status = m_document->push(command);
        if (status.ok())
            m_saved = command->created().links.constFirst().id;
    }
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Die Verbindung konnte nicht gespeichert werden."),
                                 status.error());
        return false;
    }
    return true;
}

} // namespace netzatlas
