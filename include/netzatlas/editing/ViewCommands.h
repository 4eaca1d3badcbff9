// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Undoable edits of saved views (Karte › Ansichten) and of node positions on the map.

#include <netzatlas/core/SavedView.h>
#include <netzatlas/editing/RegistryCommand.h>

#include <QList>

#include <optional>

namespace netzatlas {

/// Saves a new view with its positions; undo removes it again, redo saves it anew.
class AddViewCommand : public RegistryCommand
{
public:
    AddViewCommand(RegistryDocument *document, SavedView view, QList<LayoutPosition> positions);
    /// Id of the view after the last apply().
    [[nodiscard]] ViewId viewId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    SavedView m_view;
    QList<LayoutPosition> m_positions;
    ViewId m_id;
};

/// Changes a view: rename, or overwrite filters, style, title and (optionally) positions with the map's.
class UpdateViewCommand : public RegistryCommand
{
public:
    UpdateViewCommand(RegistryDocument *document, SavedView before, SavedView after,
                      QList<LayoutPosition> positionsBefore = {}, QList<LayoutPosition> positionsAfter = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    SavedView m_before;
    SavedView m_after;
    QList<LayoutPosition> m_positionsBefore;
    QList<LayoutPosition> m_positionsAfter;
};

/// Deletes a view with its positions; undo restores both (under a new id).
class RemoveViewCommand : public RegistryCommand
{
public:
    RemoveViewCommand(RegistryDocument *document, SavedView view, QList<LayoutPosition> positions);

protected:
    Status apply() override;
    Status revert() override;

private:
    SavedView m_view;
    QList<LayoutPosition> m_positions;
};

/// Moves nodes on the map (drag): stores the new positions (pinned) in the view; undo puts the old ones back.
/// With an invalid view id (the map shows an unsaved view) nothing is written, but the map still follows.
class MoveNodesCommand : public RegistryCommand
{
public:
    MoveNodesCommand(RegistryDocument *document, ViewId view, QList<LayoutPosition> before,
                     QList<LayoutPosition> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    ViewId m_view;
    QList<LayoutPosition> m_before;
    QList<LayoutPosition> m_after;
};

} // namespace netzatlas
