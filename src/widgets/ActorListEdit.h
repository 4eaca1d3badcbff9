// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Ids.h>

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace netzatlas {

class ActorPicker;
class RegistryDocument;

/// A list of actors (participating schools, partners): pick one with the ActorPicker (type to search), add it
/// with „Hinzufügen“ or Enter, remove the selected ones with „Entfernen“. Object names: <name>Picker,
/// <name>Add, <name>Remove and the list itself carries `name`.
class ActorListEdit : public QWidget
{
    Q_OBJECT

public:
    ActorListEdit(RegistryDocument *document, const QString &name, QWidget *parent = nullptr);

    [[nodiscard]] QList<ActorId> actors() const { return m_actors; }
    void setActors(const QList<ActorId> &actors);
    /// Adds the actor (once); true when it was not yet in the list.
    bool addActor(ActorId actor);
    [[nodiscard]] ActorPicker *picker() const { return m_picker; }
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void changed();

private:
    void rebuild();

    RegistryDocument *m_document;
    QList<ActorId> m_actors;
    ActorPicker *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
};

} // namespace netzatlas
