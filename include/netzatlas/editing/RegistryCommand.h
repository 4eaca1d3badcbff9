// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>

#include <QUndoCommand>

namespace netzatlas {

class RegistryDocument;

/// Base of every edit of a RegistryDocument. Subclasses implement apply() (redo) and revert() (undo) through the
/// document's apply…() functions, each of which writes in one transaction and announces what changed.
///
/// A command whose first apply() fails is dropped from the stack and its error returned by
/// RegistryDocument::push(). When a later undo or redo fails (another writer changed the record), the command is
/// dropped, the document reports editFailed() and starts over from the store.
class RegistryCommand : public QUndoCommand
{
public:
    RegistryCommand(RegistryDocument *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    [[nodiscard]] RegistryDocument *document() const { return m_document; }
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    RegistryDocument *m_document;
    bool m_firstRun = true;
};

} // namespace netzatlas
