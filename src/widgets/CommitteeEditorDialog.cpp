// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CommitteeEditorDialog.h"

#include "ActorPicker.h"
#include "DialogSupport.h"
#include "TerritoryPicker.h"

#include <netzatlas/editing/AddRecordCommand.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

enum MemberColumn { MemberName, MemberRole, MemberSince, MemberUntil, MemberColumns };
constexpr int MemberIdRole = Qt::UserRole + 1;
constexpr int MembershipIdRole = Qt::UserRole + 2;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QDate parseDate(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

CommitteeEditorDialog::CommitteeEditorDialog(RegistryDocument *document, const Actor &actor, const Committee &committee,
                                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_originalActor(actor)
    , m_original(committee)
{
    setObjectName(QStringLiteral("committeeEditor"));
    setWindowTitle(committee.id.isValid() ? tr("Gremium bearbeiten – %1").arg(actor.name) : tr("Neues Gremium"));

    auto *general = new QGroupBox(tr("Gremium"), this);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(actor.name, general);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    DialogSupport::fillVocabulary(m_kind, *document, Vocabulary::CommitteeKind, committee.kind);
    if (committee.kind.isEmpty())
        m_kind->setCurrentIndex(-1);
    m_seat = new TerritoryPicker(general);
    m_seat->setObjectName(QStringLiteral("seatPicker"));
    m_seat->setDocument(document);
    m_seat->setCurrentKey(actor.seatRs);
    m_rhythm = new QLineEdit(committee.meetingRhythm, general);
    m_rhythm->setObjectName(QStringLiteral("rhythmEdit"));
    m_rhythm->setPlaceholderText(tr("z. B. vierteljährlich"));
    m_mandate = new QPlainTextEdit(committee.mandate, general);
    m_mandate->setObjectName(QStringLiteral("mandateEdit"));
    m_mandate->setTabChangesFocus(true);
    m_mandate->setMaximumHeight(110);
    form->addRow(tr("&Name*:"), m_name);
    form->addRow(tr("&Art*:"), m_kind);
    form->addRow(tr("&Sitz:"), m_seat);
    form->addRow(tr("Sitzungs&rhythmus:"), m_rhythm);
    form->addRow(tr("A&uftrag:"), m_mandate);
    DialogSupport::nameFieldsFromLabels(form);
    m_seat->lineEdit()->setAccessibleName(tr("Sitz"));

    auto *membersBox = new QGroupBox(tr("Mitglieder"), this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    auto *addRow = new QHBoxLayout;
    m_memberPicker = new ActorPicker(membersBox);
    m_memberPicker->setObjectName(QStringLiteral("memberPicker"));
    m_memberPicker->lineEdit()->setObjectName(QStringLiteral("memberPickerEdit"));
    m_memberPicker->lineEdit()->setAccessibleName(tr("Mitglied suchen"));
    m_memberPicker->setDocument(document);
    m_memberPicker->setExcluded(actor.id);
    m_memberPicker->setDetailVisible(false);
    m_role = new QComboBox(membersBox);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEditable(true);
    m_role->setAccessibleName(tr("Rolle"));
    m_role->addItems(
        {tr("Mitglied"), tr("Vorsitz"), tr("stellv. Vorsitz"), tr("Geschäftsführung"), tr("beratend"), tr("Gast")});
    m_add = new QPushButton(tr("&Hinzufügen"), membersBox);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    addRow->addWidget(m_memberPicker, 3);
    addRow->addWidget(m_role, 1);
    addRow->addWidget(m_add);
    membersLayout->addLayout(addRow);
    m_members = new QTableWidget(0, MemberColumns, membersBox);
    m_members->setObjectName(QStringLiteral("membersTable"));
    m_members->setAccessibleName(tr("Mitglieder"));
    m_members->setHorizontalHeaderLabels({tr("Akteur"), tr("Rolle"), tr("seit"), tr("bis")});
    m_members->horizontalHeader()->setSectionResizeMode(MemberName, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setToolTip(tr("Rolle und Daten (TT.MM.JJJJ) lassen sich in der Tabelle ändern"));
    membersLayout->addWidget(m_members, 1);
    m_remove = new QPushButton(tr("Ent&fernen"), membersBox);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    membersLayout->addLayout(removeRow);
    for (const CommitteeMembership &m : committee.members)
        appendMemberRow(m);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommitteeEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommitteeEditorDialog::reject);
    // A read-only registry (open in another process) can be looked at, not changed.
    buttons->button(QDialogButtonBox::Save)->setEnabled(!document->isReadOnly());
    connect(m_add, &QPushButton::clicked, this, &CommitteeEditorDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &CommitteeEditorDialog::removeMembers);

    auto *columns = new QHBoxLayout;
    columns->addWidget(general, 2);
    columns->addWidget(membersBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(960, 520)));
}

void CommitteeEditorDialog::appendMemberRow(const CommitteeMembership &membership)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *name = new QTableWidgetItem(m_document->actorName(membership.member));
    name->setData(MemberIdRole, membership.member.value);
    name->setData(MembershipIdRole, membership.id.value);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_members->setItem(row, MemberName, name);
    m_members->setItem(row, MemberRole, new QTableWidgetItem(membership.role));
    m_members->setItem(row, MemberSince, new QTableWidgetItem(dateText(membership.since)));
    m_members->setItem(row, MemberUntil, new QTableWidgetItem(dateText(membership.until)));
}

void CommitteeEditorDialog::addMember()
{
    const ActorId member = m_memberPicker->currentActor();
    if (!member.isValid())
        return;
    CommitteeMembership m;
    m.member = member;
    m.role = m_role->currentText().trimmed();
    appendMemberRow(m);
    m_memberPicker->setCurrentActor({});
    m_memberPicker->setFocus();
}

void CommitteeEditorDialog::removeMembers()
{
    QList<int> rows;
    for (const QModelIndex &index : m_members->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_members->removeRow(row);
}

Actor CommitteeEditorDialog::actor() const
{
    Actor a = m_originalActor;
    a.typeCode = DomainCatalogue::CommitteeType;
    a.name = m_name->text();
    a.seatRs = m_seat->currentKey();
    return a;
}

Committee CommitteeEditorDialog::committee() const
{
    Committee c = m_original;
    c.kind = DialogSupport::code(m_kind);
    c.meetingRhythm = m_rhythm->text();
    c.mandate = m_mandate->toPlainText();
    c.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        CommitteeMembership m;
        m.id = MembershipId(m_members->item(row, MemberName)->data(MembershipIdRole).toLongLong());
        m.committee = m_original.id;
        m.member = ActorId(m_members->item(row, MemberName)->data(MemberIdRole).toLongLong());
        m.role = m_members->item(row, MemberRole)->text().trimmed();
        m.since = parseDate(m_members->item(row, MemberSince)->text());
        m.until = parseDate(m_members->item(row, MemberUntil)->text());
        c.members.append(m);
    }
    return c;
}

void CommitteeEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool CommitteeEditorDialog::save()
{
    const Actor nextActor = actor();
    const Committee next = committee();
    if (m_original.id.isValid() && nextActor.sameContent(m_originalActor) && next == m_original)
        return true;
    QList<ValidationIssue> issues = m_document->validateActor(nextActor);
    issues.append(Validation::checkCommittee(next));
    if (!DialogSupport::confirmIssues(this, windowTitle(), issues))
        return false;
    const Status status = m_original.id.isValid() ? m_document->push(ChangeRecordsCommand::changeCommittee(
                                                        m_document, m_originalActor, m_original, nextActor, next))
                                                  : m_document->push(new AddRecordCommand(m_document, nextActor, next));
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Das Gremium konnte nicht gespeichert werden."),
                                 status.error());
        return false;
    }
    return true;
}

} // namespace netzatlas
