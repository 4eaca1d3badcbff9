// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ActorDetailPanel.h"

#include "ContactEditorDialog.h"
#include "DialogSupport.h"

#include <netzatlas/editing/RegistryDocument.h>
#include <netzatlas/editing/RemoveRecordsCommand.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget *list(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    // The first column (names) takes the room; the short ones fit their content.
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int averageChar = tree->fontMetrics().averageCharWidth();
    for (int column = 1; column < headers.size(); ++column) {
        tree->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        tree->header()->resizeSection(column, averageChar * (column == 1 ? 17 : 12));
    }
    tree->setTextElideMode(Qt::ElideRight);
    tree->setMinimumHeight(tree->fontMetrics().height() * 5);
    return tree;
}

} // namespace

ActorDetailPanel::ActorDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("actorDetailPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_linksHeading = heading(this);
    m_links = list(QStringLiteral("detailLinks"), {tr("Partner"), tr("Typ")}, this);
    m_links->setAccessibleName(tr("Verbindungen des Akteurs"));
    m_addLink = new QPushButton(tr("Neue &Verbindung …"), this);
    m_addLink->setObjectName(QStringLiteral("addLinkButton"));
    m_committeesHeading = heading(this);
    m_committees = list(QStringLiteral("detailCommittees"), {tr("Gremium"), tr("Rolle")}, this);
    m_committees->setAccessibleName(tr("Gremien des Akteurs"));
    m_measuresHeading = heading(this);
    m_measures = list(QStringLiteral("detailMeasures"), {tr("Maßnahme"), tr("Rolle"), tr("Status")}, this);
    m_measures->setAccessibleName(tr("Maßnahmen des Akteurs"));
    m_measures->setMinimumHeight(m_measures->fontMetrics().height() * 3); // the window must still fit small screens
    m_contactsHeading = heading(this);
    m_contacts = list(QStringLiteral("detailContacts"), {tr("Name"), tr("Funktion"), tr("Prüfen bis")}, this);
    m_contacts->setAccessibleName(tr("Ansprechpersonen des Akteurs"));
    m_addContact = new QPushButton(tr("&Neu …"), this);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_addContact->setAccessibleName(tr("Neue Ansprechperson"));
    m_editContact = new QPushButton(tr("Ä&ndern …"), this);
    m_editContact->setObjectName(QStringLiteral("editContactButton"));
    m_editContact->setAccessibleName(tr("Ansprechperson bearbeiten"));
    m_removeContact = new QPushButton(tr("&Löschen"), this);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_removeContact->setAccessibleName(tr("Ansprechperson löschen"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linksHeading, 1);
    linkRow->addWidget(m_addLink);
    layout->addLayout(linkRow);
    layout->addWidget(m_links, 5);
    layout->addWidget(m_committeesHeading);
    layout->addWidget(m_committees, 2);
    layout->addWidget(m_measuresHeading);
    layout->addWidget(m_measures, 2);
    layout->addWidget(m_contactsHeading);
    layout->addWidget(m_contacts, 2);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addStretch(1);
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_editContact);
    contactButtons->addWidget(m_removeContact);
    layout->addLayout(contactButtons);

    connect(m_links, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT linkActivated(LinkId(item->data(0, IdRole).toLongLong())); });
    connect(m_committees, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT actorActivated(ActorId(item->data(0, IdRole).toLongLong())); });
    connect(m_measures, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT measureActivated(MeasureId(item->data(0, IdRole).toLongLong())); });
    connect(m_contacts, &QTreeWidget::itemActivated, this, &ActorDetailPanel::editContact);
    connect(m_contacts, &QTreeWidget::itemSelectionChanged, this, &ActorDetailPanel::updateButtons);
    connect(m_addContact, &QPushButton::clicked, this, &ActorDetailPanel::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &ActorDetailPanel::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &ActorDetailPanel::removeContact);
    connect(m_addLink, &QPushButton::clicked, this, [this] { Q_EMIT newLinkRequested(m_actor); });
    refresh();
}

void ActorDetailPanel::setDocument(RegistryDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_actor = ActorId();
    if (m_document) {
        auto refreshIfShown = [this](ActorId id) {
            if (id == m_actor)
                refresh();
        };
        connect(m_document, &RegistryDocument::actorChanged, this, refreshIfShown);
        connect(m_document, &RegistryDocument::actorRemoved, this, [this](ActorId id) {
            if (id == m_actor)
                setActor({});
        });
        connect(m_document, &RegistryDocument::actorsReset, this, &ActorDetailPanel::refresh);
        for (auto signal :
             {&RegistryDocument::linkAdded, &RegistryDocument::linkChanged, &RegistryDocument::linkRemoved})
            connect(m_document, signal, this, &ActorDetailPanel::refresh);
        for (auto signal : {&RegistryDocument::committeeAdded, &RegistryDocument::committeeChanged,
                            &RegistryDocument::committeeRemoved})
            connect(m_document, signal, this, &ActorDetailPanel::refresh);
        connect(m_document, &RegistryDocument::linksReset, this, &ActorDetailPanel::refresh);
        connect(m_document, &RegistryDocument::committeesReset, this, &ActorDetailPanel::refresh);
        for (auto signal :
             {&RegistryDocument::measureAdded, &RegistryDocument::measureChanged, &RegistryDocument::measureRemoved})
            connect(m_document, signal, this, &ActorDetailPanel::refresh);
        connect(m_document, &RegistryDocument::measuresReset, this, &ActorDetailPanel::refresh);
        connect(m_document, &RegistryDocument::cataloguesReset, this, &ActorDetailPanel::refresh);
        connect(m_document, &RegistryDocument::contactsChanged, this, [this](ActorId id) {
            if (id == m_actor)
                refreshContacts();
        });
    }
    refresh();
}

void ActorDetailPanel::setActor(ActorId actor)
{
    m_actor = actor;
    refresh();
}

void ActorDetailPanel::refresh()
{
    const Actor *a = m_document ? m_document->actor(m_actor) : nullptr;
    m_links->clear();
    m_committees->clear();
    m_measures->clear();
    if (!a) {
        m_actor = ActorId();
        m_title->setText(tr("Kein Akteur ausgewählt"));
        m_subtitle->setText(tr("Wählen Sie links in der Tabelle einen Akteur, um seine Verbindungen, Gremien und "
                               "Ansprechpersonen zu sehen."));
        m_facts->clear();
        m_linksHeading->setText(tr("Verbindungen"));
        m_committeesHeading->setText(tr("Gremien"));
        m_measuresHeading->setText(tr("Maßnahmen"));
        m_contactsHeading->setText(tr("Ansprechpersonen"));
        m_contacts->clear();
        updateButtons();
        return;
    }
    m_title->setText(a->name);
    QStringList subtitle{m_document->actorTypeLabel(a->typeCode)};
    if (!a->seatRs.isEmpty())
        subtitle << m_document->territoryPath(a->seatRs);
    m_subtitle->setText(subtitle.join(QStringLiteral(" \u00b7 ")));
    QStringList facts;
    if (a->isSchool()) {
        if (!a->schoolKind.isEmpty())
            facts << m_document->vocabularyLabel(Vocabulary::SchoolKind, a->schoolKind);
        if (!a->schoolNumber.isEmpty())
            facts << tr("Schulnummer %1").arg(a->schoolNumber);
        if (a->scp)
            facts << (a->scpCohort > 0 ? tr("Startchancen-Schule seit %1").arg(a->scpCohort)
                                       : tr("Startchancen-Schule"));
        if (const Territory *t = m_document->territory(a->schoolAuthorityRs))
            facts << tr("Schulträger: %1").arg(t->qualifiedName());
        if (const Territory *t = m_document->territory(a->youthOfficeRs))
            facts << tr("Jugendamt: %1").arg(t->qualifiedName());
    }
    const QString address =
        QStringList{a->street, QStringList{a->postcode, a->city}.join(u' ').trimmed()}.join(QStringLiteral(", "));
    if (address != QStringLiteral(", "))
        facts << address;
    if (!a->tags.isEmpty())
        facts << tr("Schlagwörter: %1").arg(a->tags.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(u'\n'));

    const QList<CooperationLink> links = m_document->linksOf(a->id);
    m_linksHeading->setText(tr("Verbindungen (%1)").arg(links.size()));
    for (const CooperationLink &l : links) {
        const bool outgoing = l.source == a->id;
        const ActorId partner = outgoing ? l.target : l.source;
        const QString arrow = l.direction == LinkDirection::Undirected
                                  ? QStringLiteral("\u2194 ")
                                  : (outgoing ? QStringLiteral("\u2192 ") : QStringLiteral("\u2190 "));
        QString type = m_document->catalogueLabel(CatalogueKind::LinkType, l.typeCode);
        if (l.status != QStringLiteral("AKTIV"))
            type = tr("%1 (%2)").arg(type, m_document->vocabularyLabel(Vocabulary::LinkStatus, l.status));
        auto *item = new QTreeWidgetItem(m_links, {arrow + m_document->actorName(partner), type});
        item->setToolTip(0, m_document->actorName(partner));
        item->setToolTip(1, type);
        item->setData(0, IdRole, l.id.value);
        item->setData(0, Qt::DecorationRole, m_document->catalogueColor(CatalogueKind::LinkType, l.typeCode));
    }
    if (const Committee *own = m_document->committeeOfActor(a->id)) {
        m_committeesHeading->setText(tr("Mitglieder (%1)").arg(own->members.size()));
        for (const CommitteeMembership &m : own->members) {
            auto *item = new QTreeWidgetItem(m_committees, {m_document->actorName(m.member), m.role});
            item->setData(0, IdRole, m.member.value);
        }
    } else {
        const QList<Committee> committees = m_document->committeesWithMember(a->id);
        m_committeesHeading->setText(tr("Gremien (%1)").arg(committees.size()));
        for (const Committee &c : committees) {
            QString role;
            for (const CommitteeMembership &m : c.members) {
                if (m.member == a->id)
                    role = m.role;
            }
            auto *item = new QTreeWidgetItem(m_committees, {m_document->actorName(c.actor), role});
            item->setData(0, IdRole, c.actor.value);
        }
    }
    const QList<Measure> measures = m_document->measuresOf(a->id);
    m_measuresHeading->setText(tr("Maßnahmen (%1)").arg(measures.size()));
    for (const Measure &m : measures) {
        QStringList roles;
        if (m.schools.contains(a->id))
            roles << tr("Schule");
        if (m.partners.contains(a->id))
            roles << tr("Partner");
        if (m.provider == a->id)
            roles << tr("Durchführung");
        auto *item = new QTreeWidgetItem(
            m_measures, {QStringLiteral("%1 (%2)").arg(m.title, m.schoolYear), roles.join(QStringLiteral(", ")),
                         m_document->vocabularyLabel(Vocabulary::MeasureStatus, m.status)});
        item->setData(0, IdRole, m.id.value);
        item->setToolTip(
            0, QStringLiteral("%1 – %2").arg(m_document->vocabularyLabel(Vocabulary::Pillar, m.pillar), m.title));
    }
    refreshContacts();
}

void ActorDetailPanel::refreshContacts()
{
    m_contacts->clear();
    if (!m_document || !m_actor.isValid()) {
        updateButtons();
        return;
    }
    const auto contacts = m_document->contacts(m_actor);
    if (contacts.ok()) {
        for (const ContactPerson &c : contacts.value()) {
            auto *item = new QTreeWidgetItem(
                m_contacts, {c.name, c.function,
                             c.reviewDate.isValid() ? c.reviewDate.toString(QStringLiteral("dd.MM.yyyy")) : QString()});
            item->setData(0, IdRole, c.id.value);
            QStringList tip{c.name};
            for (const QString &part : {c.function, c.email, c.phone})
                if (!part.isEmpty())
                    tip << part;
            if (!c.purpose.isEmpty())
                tip << tr("Zweck: %1").arg(c.purpose);
            item->setToolTip(0, tip.join(u'\n'));
            if (c.reviewDate.isValid() && c.reviewDate < QDate::currentDate()) {
                item->setForeground(2, QColor(0xb0, 0x30, 0x20));
                item->setToolTip(2, tr("Die Wiedervorlage ist überfällig: Eintrag prüfen oder löschen."));
            }
        }
        m_contactsHeading->setText(tr("Ansprechpersonen (%1)").arg(contacts->size()));
    }
    updateButtons();
}

void ActorDetailPanel::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_actor.isValid();
    m_addContact->setEnabled(writable);
    m_addLink->setEnabled(writable);
    m_editContact->setEnabled(writable && m_contacts->currentItem());
    m_removeContact->setEnabled(writable && m_contacts->currentItem());
}

void ActorDetailPanel::addContact()
{
    if (!m_document || !m_actor.isValid())
        return;
    ContactPerson contact;
    contact.actor = m_actor;
    ContactEditorDialog dialog(m_document, contact, this);
    dialog.exec();
}

void ActorDetailPanel::editContact()
{
    QTreeWidgetItem *item = m_contacts->currentItem();
    if (!m_document || !item || m_document->isReadOnly())
        return;
    const ContactId id(item->data(0, IdRole).toLongLong());
    const auto contacts = m_document->contacts(m_actor);
    if (!contacts.ok())
        return;
    for (const ContactPerson &c : contacts.value()) {
        if (c.id == id) {
            ContactEditorDialog dialog(m_document, c, this);
            dialog.exec();
            return;
        }
    }
}

void ActorDetailPanel::removeContact()
{
    QTreeWidgetItem *item = m_contacts->currentItem();
    if (!m_document || !item)
        return;
    const ContactId id(item->data(0, IdRole).toLongLong());
    const auto contacts = m_document->contacts(m_actor);
    if (!contacts.ok())
        return;
    for (const ContactPerson &c : contacts.value()) {
        if (c.id != id)
            continue;
        const auto answer = QMessageBox::question(this, tr("Ansprechperson löschen"),
                                                  tr("„%1“ aus den Ansprechpersonen löschen?").arg(c.name),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        RecordSet gone;
        gone.contacts = {c};
        const Status status =
            m_document->push(new RemoveRecordsCommand(m_document, tr("Ansprechperson „%1“ löschen").arg(c.name), gone));
        if (!status.ok())
            DialogSupport::showError(this, tr("Ansprechperson löschen"), tr("Die Ansprechperson wurde nicht gelöscht."),
                                     status.error());
        return;
    }
}

} // namespace netzatlas
