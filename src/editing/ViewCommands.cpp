// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ViewCommands.h>

#include <netzatlas/editing/RegistryDocument.h>

#include <QCoreApplication>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ViewCommands", text);
}

QString moveText(int count)
{
    return count == 1 ? tr("Akteur auf der Karte verschieben") : tr("%1 Akteure auf der Karte verschieben").arg(count);
}

} // namespace

AddViewCommand::AddViewCommand(RegistryDocument *document, SavedView view, QList<LayoutPosition> positions)
    : RegistryCommand(document, tr("Ansicht „%1“ speichern").arg(view.name))
    , m_view(std::move(view))
    , m_positions(std::move(positions))
{}

Status AddViewCommand::apply()
{
    SavedView view = m_view;
    view.id = {};
    NETZATLAS_TRY_ASSIGN(id, document()->applyInsertView(view, m_positions));
    m_id = id;
    return {};
}

Status AddViewCommand::revert()
{
    return document()->applyRemoveView(m_id);
}

UpdateViewCommand::UpdateViewCommand(RegistryDocument *document, SavedView before, SavedView after,
                                     QList<LayoutPosition> positionsBefore, QList<LayoutPosition> positionsAfter)
    : RegistryCommand(document, before.name != after.name
                                    ? tr("Ansicht „%1“ in „%2“ umbenennen").arg(before.name, after.name)
                                    : tr("Ansicht „%1“ überschreiben").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_positionsBefore(std::move(positionsBefore))
    , m_positionsAfter(std::move(positionsAfter))
{}

Status UpdateViewCommand::apply()
{
    NETZATLAS_TRY(document()->applyUpdateView(m_after));
    if (!m_positionsAfter.isEmpty())
        NETZATLAS_TRY(document()->applySetViewPositions(m_after.id, m_positionsAfter));
    return {};
}

Status UpdateViewCommand::revert()
{
    NETZATLAS_TRY(document()->applyUpdateView(m_before));
    if (!m_positionsBefore.isEmpty())
        NETZATLAS_TRY(document()->applySetViewPositions(m_before.id, m_positionsBefore));
    return {};
}

RemoveViewCommand::RemoveViewCommand(RegistryDocument *document, SavedView view, QList<LayoutPosition> positions)
    : RegistryCommand(document, tr("Ansicht „%1“ löschen").arg(view.name))
    , m_view(std::move(view))
    , m_positions(std::move(positions))
{}

Status RemoveViewCommand::apply()
{
    return document()->applyRemoveView(m_view.id);
}

Status RemoveViewCommand::revert()
{
    SavedView view = m_view;
    view.id = {};
    NETZATLAS_TRY_ASSIGN(id, document()->applyInsertView(view, m_positions));
    m_view.id = id;
    return {};
}

MoveNodesCommand::MoveNodesCommand(RegistryDocument *document, ViewId view, QList<LayoutPosition> before,
                                   QList<LayoutPosition> after)
    : RegistryCommand(document, moveText(int(after.size())))
    , m_view(view)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status MoveNodesCommand::apply()
{
    return document()->applySetViewPositions(m_view, m_after);
}

Status MoveNodesCommand::revert()
{
    return document()->applySetViewPositions(m_view, m_before);
}

} // namespace netzatlas
