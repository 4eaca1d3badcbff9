// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BulkTagsDialog.h"

#include "DialogSupport.h"

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/ChangeRecordsCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

QStringList split(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    return tags;
}

} // namespace

BulkTagsDialog::BulkTagsDialog(RegistryDocument *document, const QList<ActorId> &actors, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_actors(actors)
    , m_add(new QLineEdit(this))
    , m_remove(new QLineEdit(this))
{
    setObjectName(QStringLiteral("bulkTagsDialog"));
    setWindowTitle(tr("Schlagwörter für %1 Akteure").arg(actors.size()));
    m_add->setObjectName(QStringLiteral("addTagsEdit"));
    m_remove->setObjectName(QStringLiteral("removeTagsEdit"));
    m_add->setPlaceholderText(tr("durch Kommas getrennt"));
    m_remove->setPlaceholderText(tr("durch Kommas getrennt"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Hinzufügen:"), m_add);
    form->addRow(tr("&Entfernen:"), m_remove);
    DialogSupport::nameFieldsFromLabels(form);
    auto *hint = new QLabel(tr("Die Änderung an allen ausgewählten Akteuren ist ein Schritt und lässt sich mit "
                               "Strg+Z zurücknehmen."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkTagsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkTagsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QList<Actor> BulkTagsDialog::changedActors() const
{
    const QStringList add = split(m_add->text());
    const QStringList remove = split(m_remove->text());
    QList<Actor> changed;
    for (ActorId id : m_actors) {
        const Actor *a = m_document->actor(id);
        if (!a)
            continue;
        Actor next = *a;
        for (const QString &tag : remove) {
            next.tags.removeIf([&tag](const QString &t) { return Text::fold(t) == Text::fold(tag); });
        }
        for (const QString &tag : add) {
            const bool present = std::any_of(next.tags.cbegin(), next.tags.cend(),
                                             [&tag](const QString &t) { return Text::fold(t) == Text::fold(tag); });
            if (!present)
                next.tags << tag;
        }
        if (next.tags != a->tags)
            changed << next;
    }
    return changed;
}

void BulkTagsDialog::accept()
{
    const QList<Actor> changed = changedActors();
    if (!changed.isEmpty()) {
        RecordSet before;
        RecordSet after;
        for (const Actor &a : changed) {
            before.actors << *m_document->actor(a.id);
            after.actors << a;
        }
        const Status status = m_document->push(new ChangeRecordsCommand(
            m_document, tr("Schlagwörter von %1 Akteuren ändern").arg(changed.size()), before, after));
        if (!status.ok()) {
            DialogSupport::showError(this, windowTitle(), tr("Die Schlagwörter konnten nicht geändert werden."),
                                     status.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace netzatlas
