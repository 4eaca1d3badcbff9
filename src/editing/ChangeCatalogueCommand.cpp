// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ChangeCatalogueCommand.h>

#include <netzatlas/editing/RegistryDocument.h>

#include <QCoreApplication>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::ChangeCatalogueCommand", text);
}

QString describe(const std::optional<CatalogueEntry> &before, const CatalogueEntry &after)
{
    const QString label = RegistryDocument::displayLabel(after);
    if (!before)
        return tr("Katalogeintrag „%1“ hinzufügen").arg(label);
    if (before->retired != after.retired)
        return after.retired ? tr("Katalogeintrag „%1“ stilllegen").arg(label)
                             : tr("Katalogeintrag „%1“ wieder verwenden").arg(label);
    if (before->label != after.label || before->labelEn != after.labelEn)
        return tr("Katalogeintrag „%1“ umbenennen").arg(label);
    if (before->color != after.color)
        return tr("Farbe von „%1“ ändern").arg(label);
    return tr("Katalogeintrag „%1“ ändern").arg(label);
}

} // namespace

ChangeCatalogueCommand::ChangeCatalogueCommand(RegistryDocument *document, CatalogueKind kind,
                                               std::optional<CatalogueEntry> before, CatalogueEntry after)
    : RegistryCommand(document, describe(before, after))
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status ChangeCatalogueCommand::apply()
{
    return document()->applyUpsertCatalogueEntry(m_kind, m_after);
}

Status ChangeCatalogueCommand::revert()
{
    if (m_before)
        return document()->applyUpsertCatalogueEntry(m_kind, *m_before);
    return document()->applyRemoveCatalogueEntry(m_kind, m_after.code);
}

} // namespace netzatlas
