// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace netzatlas {

class RegistryDocument;

/// The side panel for the selected actor: what it is and where, its links, the committees it belongs to (or, for
/// a committee, its members) and its contact persons, which can be added, edited and removed here. Follows the
/// document's change signals.
///
/// Object names: detailTitle, detailSubtitle, detailFacts, detailLinks, detailCommittees, detailContacts,
/// addContactButton, editContactButton, removeContactButton, addLinkButton.
class ActorDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActorDetailPanel(QWidget *parent = nullptr);

    void setDocument(RegistryDocument *document);
    void setActor(ActorId actor);
    [[nodiscard]] ActorId actor() const { return m_actor; }

    void addContact();
    void editContact();
    void removeContact();

Q_SIGNALS:
    void linkActivated(netzatlas::LinkId link);
    void actorActivated(netzatlas::ActorId actor);
    void newLinkRequested(netzatlas::ActorId actor);
    /// A measure of the actor was double-clicked.
    void measureActivated(netzatlas::MeasureId measure);

private:
    void refresh();
    void refreshContacts();
    void updateButtons();

    RegistryDocument *m_document = nullptr;
    ActorId m_actor;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_linksHeading;
    QTreeWidget *m_links;
    QLabel *m_committeesHeading;
    QTreeWidget *m_committees;
    QLabel *m_measuresHeading;
    QTreeWidget *m_measures;
    QLabel *m_contactsHeading;
    QTreeWidget *m_contacts;
    QPushButton *m_addLink;
    QPushButton *m_addContact;
    QPushButton *m_editContact;
    QPushButton *m_removeContact;
};

} // namespace netzatlas
