// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/editing/RegistryCommand.h>

#include <optional>

namespace netzatlas {

/// Adds a catalogue entry (no `before`) or changes one: rename, recolour, retire, reactivate. Undo of an addition
/// removes the entry again (possible because nothing can use it in between without a later command).
class ChangeCatalogueCommand : public RegistryCommand
{
public:
    ChangeCatalogueCommand(RegistryDocument *document, CatalogueKind kind, std::optional<CatalogueEntry> before,
                           CatalogueEntry after);

protected:
    Status apply() override;
    Status revert() override;

private:
    CatalogueKind m_kind;
    std::optional<CatalogueEntry> m_before;
    CatalogueEntry m_after;
};

} // namespace netzatlas
