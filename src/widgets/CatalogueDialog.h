// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Catalogue.h>

#include <QDialog>

class QPushButton;
class QTabWidget;
class QTableWidget;

namespace netzatlas {

class RegistryDocument;

/// The user-editable catalogues: actor types, link types and Handlungsfelder. Entries can be added, renamed
/// (German and English label), recoloured and retired or reactivated; a retired entry stays valid on existing
/// records but is not offered for new ones. Every change is a command on the undo stack at once.
///
/// Object names: catalogueTabs, table per tab (actorTypeTable, linkTypeTable, actionFieldTable), addButton,
/// renameButton, colorButton, retireButton.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueDialog(RegistryDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table(CatalogueKind kind) const;
    void selectKind(CatalogueKind kind);
    /// Adds an entry with these labels (the code is derived from the German label).
    bool addEntry(CatalogueKind kind, const QString &label, const QString &labelEn, const QString &color);
    bool renameEntry(CatalogueKind kind, const QString &code, const QString &label, const QString &labelEn);
    bool recolourEntry(CatalogueKind kind, const QString &code, const QString &color);
    bool setRetired(CatalogueKind kind, const QString &code, bool retired);

private:
    void reload();
    void updateButtons();
    [[nodiscard]] CatalogueKind currentKind() const;
    [[nodiscard]] QString currentCode() const;
    bool change(CatalogueKind kind, const CatalogueEntry &before, const CatalogueEntry &after);
    void addClicked();
    void renameClicked();
    void colorClicked();
    void retireClicked();

    RegistryDocument *m_document;
    QTabWidget *m_tabs;
    QTableWidget *m_tables[3] = {};
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_color;
    QPushButton *m_retire;
};

} // namespace netzatlas
