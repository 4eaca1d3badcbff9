// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ActorListEdit.h"

#include "ActorPicker.h"

#include <netzatlas/editing/RegistryDocument.h>

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace netzatlas {

ActorListEdit::ActorListEdit(RegistryDocument *document, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_picker(new ActorPicker(this))
    , m_add(new QPushButton(tr("Hinzufügen"), this))
    , m_remove(new QPushButton(tr("Entfernen"), this))
    , m_list(new QListWidget(this))
{
    m_picker->setDocument(document);
    m_picker->setDetailVisible(false);
    m_picker->setPlaceholderText(tr("Name eingeben …"));
    m_picker->setObjectName(name + QStringLiteral("Picker"));
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_list->setObjectName(name);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(96);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addActor(m_picker->currentActor()))
            m_picker->setCurrentActor({});
    });
    connect(m_picker, &RecordPicker::currentKeyChanged, this,
            [this](const QString &key) { m_add->setEnabled(!key.isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<ActorId> keep;
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isSelected())
                keep.append(m_actors.at(row));
        }
        if (keep.size() != m_actors.size()) {
            m_actors = keep;
            rebuild();
            Q_EMIT changed();
        }
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
}

void ActorListEdit::setActors(const QList<ActorId> &actors)
{
    m_actors = actors;
    rebuild();
}

bool ActorListEdit::addActor(ActorId actor)
{
    if (!actor.isValid() || m_actors.contains(actor))
        return false;
    m_actors.append(actor);
    rebuild();
    Q_EMIT changed();
    return true;
}

void ActorListEdit::rebuild()
{
    m_list->clear();
    for (ActorId id : std::as_const(m_actors))
        m_list->addItem(m_document->actorName(id));
    m_remove->setEnabled(false);
}

} // namespace netzatlas
