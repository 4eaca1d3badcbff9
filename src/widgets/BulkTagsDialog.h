// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Actor.h>

#include <QDialog>

class QLineEdit;

namespace netzatlas {

class RegistryDocument;

/// Adds and removes tags on several actors at once; one undo step for all of them.
/// Object names: addTagsEdit, removeTagsEdit.
class BulkTagsDialog : public QDialog
{
    Q_OBJECT

public:
    BulkTagsDialog(RegistryDocument *document, const QList<ActorId> &actors, QWidget *parent = nullptr);

    /// The actors with the tags changed as the fields say (only those that change).
    [[nodiscard]] QList<Actor> changedActors() const;
    void accept() override;

private:
    RegistryDocument *m_document;
    QList<ActorId> m_actors;
    QLineEdit *m_add;
    QLineEdit *m_remove;
};

} // namespace netzatlas
