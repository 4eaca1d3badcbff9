// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DialogSupport.h"

#include <netzatlas/editing/RegistryDocument.h>

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace netzatlas::DialogSupport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::DialogSupport", text);
}

QString plainLabel(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    if (text.endsWith(u'*'))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void nameFieldsFromLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem)
            continue;
        auto *label = qobject_cast<QLabel *>(labelItem->widget());
        QWidget *field = fieldItem->widget();
        if (!label || !field)
            continue;
        if (field->accessibleName().isEmpty())
            field->setAccessibleName(plainLabel(label->text()));
        if (!label->buddy())
            label->setBuddy(field);
    }
}

void fillCatalogue(QComboBox *combo, const RegistryDocument &document, CatalogueKind kind, const QString &current,
                   const QString &emptyText)
{
    combo->clear();
    if (!emptyText.isNull())
        combo->addItem(emptyText, QString());
    for (const CatalogueEntry &entry : document.catalogue(kind)) {
        if (entry.retired && entry.code != current)
            continue;
        QString label = RegistryDocument::displayLabel(entry);
        if (entry.retired)
            label = tr("%1 (stillgelegt)").arg(label);
        combo->addItem(label, entry.code);
        const QColor color = QColor::fromString(entry.color);
        if (color.isValid())
            combo->setItemData(combo->count() - 1, color, Qt::DecorationRole);
    }
    selectCode(combo, current);
}

void fillVocabulary(QComboBox *combo, const RegistryDocument &document, Vocabulary vocabulary, const QString &current,
                    const QString &emptyText)
{
    Q_UNUSED(document);
    combo->clear();
    if (!emptyText.isNull())
        combo->addItem(emptyText, QString());
    for (const VocabularyEntry &entry : DomainCatalogue::vocabulary(vocabulary))
        combo->addItem(RegistryDocument::displayLabel(entry), entry.code);
    selectCode(combo, current);
}

void selectCode(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString code(const QComboBox *combo)
{
    return combo->currentData().toString();
}

bool confirmIssues(QWidget *parent, const QString &title, const QList<ValidationIssue> &issues)
{
    if (issues.isEmpty())
        return true;
    QStringList errors;
    QStringList warnings;
    for (const ValidationIssue &issue : issues) {
        const QString line =
            issue.field.isEmpty() ? issue.message : QStringLiteral("%1: %2").arg(issue.field, issue.message);
        (issue.isError() ? errors : warnings) << QStringLiteral("\u2022 ") + line;
    }
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, title, tr("So kann der Eintrag nicht gespeichert werden."),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("validationErrors"));
        box.setInformativeText(errors.join(u'\n'));
        box.exec();
        return false;
    }
    QMessageBox box(QMessageBox::Question, title, tr("Bitte prüfen Sie vor dem Speichern:"), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("validationWarnings"));
    box.setInformativeText(warnings.join(u'\n'));
    QPushButton *save = box.addButton(tr("Trotzdem speichern"), QMessageBox::AcceptRole);
    QPushButton *back = box.addButton(tr("Zurück zur Eingabe"), QMessageBox::RejectRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == save;
}

void chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void showError(QWidget *parent, const QString &title, const QString &text, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.toString());
    if (!error.details.isEmpty())
        box.setDetailedText(error.details.join(u'\n'));
    box.exec();
}

} // namespace netzatlas::DialogSupport
