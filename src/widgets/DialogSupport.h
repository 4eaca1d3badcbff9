// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/core/Validation.h>

#include <QList>
#include <QString>

#include <initializer_list>

class QComboBox;
class QFormLayout;
class QWidget;

namespace netzatlas {

class RegistryDocument;

/// Small helpers shared by the editors: combo boxes filled from catalogues and vocabularies, accessible names
/// from form labels, and the validation dialog before anything is written.
namespace DialogSupport {

/// Gives every field of the form the text of its label as accessible name (without "&" and ":").
void nameFieldsFromLabels(QFormLayout *form);
/// Fills a combo box with the entries of a catalogue that may be chosen for new records; `current` is added
/// (marked as retired) when it is retired, so that an existing record keeps it. `emptyText` adds a first item
/// with an empty code.
void fillCatalogue(QComboBox *combo, const RegistryDocument &document, CatalogueKind kind, const QString &current,
                   const QString &emptyText = {});
/// Fills a combo box with a fixed vocabulary (labels in the UI language).
void fillVocabulary(QComboBox *combo, const RegistryDocument &document, Vocabulary vocabulary, const QString &current,
                    const QString &emptyText = {});
/// Selects the item with this code (the code itself as an extra item when unknown).
void selectCode(QComboBox *combo, const QString &code);
/// Code of the selected item.
[[nodiscard]] QString code(const QComboBox *combo);
/// Shows validation findings before a write. Errors: a message, returns false. Warnings only: asks whether to
/// save anyway. No findings: returns true without asking.
[[nodiscard]] bool confirmIssues(QWidget *parent, const QString &title, const QList<ValidationIssue> &issues);
/// Sets the tab order of the widgets in this sequence.
void chainTabOrder(std::initializer_list<QWidget *> widgets);
/// Shows an error that happened while writing.
void showError(QWidget *parent, const QString &title, const QString &text, const Error &error);

} // namespace DialogSupport

} // namespace netzatlas
