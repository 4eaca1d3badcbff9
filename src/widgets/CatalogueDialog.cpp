// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CatalogueDialog.h"

#include "DialogSupport.h"

#include <netzatlas/core/Text.h>
#include <netzatlas/editing/ChangeCatalogueCommand.h>
#include <netzatlas/editing/RegistryDocument.h>

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netzatlas {

namespace {

enum Column { LabelColumn, LabelEnColumn, CodeColumn, StateColumn, ColumnCount };
constexpr CatalogueKind Kinds[] = {CatalogueKind::ActorType, CatalogueKind::LinkType, CatalogueKind::ActionField};

int indexOf(CatalogueKind kind)
{
    return static_cast<int>(kind);
}

QString codeFromLabel(const QString &label)
{
    QString code = Text::fold(label).toUpper();
    code.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("_"));
    while (code.startsWith(u'_'))
        code.remove(0, 1);
    while (code.endsWith(u'_'))
        code.chop(1);
    return code.left(40);
}

/// Asks for a German and an English label in one dialog.
bool askLabels(QWidget *parent, const QString &title, QString *label, QString *labelEn)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout;
    auto *de = new QLineEdit(*label, &dialog);
    de->setObjectName(QStringLiteral("labelEdit"));
    auto *en = new QLineEdit(*labelEn, &dialog);
    en->setObjectName(QStringLiteral("labelEnEdit"));
    form->addRow(CatalogueDialog::tr("Bezeichnung (&deutsch):"), de);
    form->addRow(CatalogueDialog::tr("Bezeichnung (&englisch):"), en);
    DialogSupport::nameFieldsFromLabels(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || de->text().trimmed().isEmpty())
        return false;
    *label = de->text().trimmed();
    *labelEn = en->text().trimmed();
    return true;
}

} // namespace

CatalogueDialog::CatalogueDialog(RegistryDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("catalogueDialog"));
    setWindowTitle(tr("Kataloge"));
    m_tabs->setObjectName(QStringLiteral("catalogueTabs"));
    const QString names[] = {QStringLiteral("actorTypeTable"), QStringLiteral("linkTypeTable"),
                             QStringLiteral("actionFieldTable")};
    const QString titles[] = {tr("&Akteurstypen"), tr("&Verbindungstypen"), tr("&Handlungsfelder")};
    for (CatalogueKind kind : Kinds) {
        auto *table = new QTableWidget(0, ColumnCount, m_tabs);
        table->setObjectName(names[indexOf(kind)]);
        table->setAccessibleName(QString(titles[indexOf(kind)]).remove(u'&'));
        table->setHorizontalHeaderLabels({tr("Bezeichnung"), tr("englisch"), tr("Code"), tr("Stand")});
        table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(LabelEnColumn, QHeaderView::Stretch);
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setIconSize(QSize(12, 12));
        connect(table, &QTableWidget::itemSelectionChanged, this, &CatalogueDialog::updateButtons);
        connect(table, &QTableWidget::itemDoubleClicked, this, &CatalogueDialog::renameClicked);
        m_tables[indexOf(kind)] = table;
        m_tabs->addTab(table, titles[indexOf(kind)]);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &CatalogueDialog::updateButtons);

    m_add = new QPushButton(tr("&Neu …"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_rename = new QPushButton(tr("&Umbenennen …"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_color = new QPushButton(tr("&Farbe …"), this);
    m_color->setObjectName(QStringLiteral("colorButton"));
    m_retire = new QPushButton(tr("&Stilllegen"), this);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    connect(m_add, &QPushButton::clicked, this, &CatalogueDialog::addClicked);
    connect(m_rename, &QPushButton::clicked, this, &CatalogueDialog::renameClicked);
    connect(m_color, &QPushButton::clicked, this, &CatalogueDialog::colorClicked);
    connect(m_retire, &QPushButton::clicked, this, &CatalogueDialog::retireClicked);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_color, m_retire})
        side->addWidget(button);
    side->addStretch(1);

    auto *hint = new QLabel(tr("Stillgelegte Einträge bleiben an bestehenden Akteuren und Verbindungen gültig, werden "
                               "für neue aber nicht mehr angeboten. Jede Änderung lässt sich mit Strg+Z "
                               "rückgängig machen."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(document, &RegistryDocument::cataloguesReset, this, &CatalogueDialog::reload);
    reload();
    resize(820, 560);
}

QTableWidget *CatalogueDialog::table(CatalogueKind kind) const
{
    return m_tables[indexOf(kind)];
}

void CatalogueDialog::selectKind(CatalogueKind kind)
{
    m_tabs->setCurrentIndex(indexOf(kind));
}

void CatalogueDialog::reload()
{
    for (CatalogueKind kind : Kinds) {
        QTableWidget *t = table(kind);
        const QString selected = t->currentRow() >= 0 && t->item(t->currentRow(), CodeColumn)
                                     ? t->item(t->currentRow(), CodeColumn)->text()
                                     : QString();
        const QList<CatalogueEntry> &entries = m_document->catalogue(kind);
        t->setRowCount(static_cast<int>(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const CatalogueEntry &e = entries.at(row);
            auto *label = new QTableWidgetItem(e.label);
            const QColor color = QColor::fromString(e.color);
            if (color.isValid())
                label->setData(Qt::DecorationRole, color);
            t->setItem(row, LabelColumn, label);
            t->setItem(row, LabelEnColumn, new QTableWidgetItem(e.labelEn));
            t->setItem(row, CodeColumn, new QTableWidgetItem(e.code));
            t->setItem(row, StateColumn, new QTableWidgetItem(e.retired ? tr("stillgelegt") : tr("aktiv")));
            if (e.retired) {
                for (int column = 0; column < ColumnCount; ++column)
                    t->item(row, column)->setForeground(palette().color(QPalette::PlaceholderText));
            }
            if (e.code == selected)
                t->selectRow(row);
        }
        t->resizeColumnToContents(CodeColumn);
        t->resizeColumnToContents(StateColumn);
    }
    updateButtons();
}

CatalogueKind CatalogueDialog::currentKind() const
{
    return Kinds[std::max(0, m_tabs->currentIndex())];
}

QString CatalogueDialog::currentCode() const
{
    QTableWidget *t = table(currentKind());
    const int row = t->currentRow();
    return row >= 0 && t->item(row, CodeColumn) && t->item(row, CodeColumn)->isSelected()
               ? t->item(row, CodeColumn)->text()
               : QString();
}

void CatalogueDialog::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const CatalogueEntry *entry = m_document->catalogueEntry(currentKind(), currentCode());
    m_add->setEnabled(writable);
    m_rename->setEnabled(writable && entry);
    m_color->setEnabled(writable && entry);
    m_retire->setEnabled(writable && entry);
    m_retire->setText(entry && entry->retired ? tr("&Wieder verwenden") : tr("&Stilllegen"));
}

bool CatalogueDialog::change(CatalogueKind kind, const CatalogueEntry &before, const CatalogueEntry &after)
{
    const Status status = m_document->push(new ChangeCatalogueCommand(m_document, kind, before, after));
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Der Katalog konnte nicht geändert werden."), status.error());
        return false;
    }
    return true;
}

bool CatalogueDialog::addEntry(CatalogueKind kind, const QString &label, const QString &labelEn, const QString &color)
{
    CatalogueEntry entry;
    entry.label = label.trimmed();
    entry.labelEn = labelEn.trimmed();
    entry.color = color;
    entry.code = codeFromLabel(entry.label);
    if (entry.code.isEmpty())
        entry.code = QStringLiteral("EIGEN");
    const QString base = entry.code;
    for (int n = 2; m_document->catalogueEntry(kind, entry.code); ++n)
        entry.code = QStringLiteral("%1_%2").arg(base).arg(n);
    int sortOrder = 0;
    for (const CatalogueEntry &e : m_document->catalogue(kind))
        sortOrder = std::max(sortOrder, e.sortOrder);
    entry.sortOrder = sortOrder + 1;
    if (kind == CatalogueKind::ActorType)
        entry.shape = QStringLiteral("circle");
    const Status status = m_document->push(new ChangeCatalogueCommand(m_document, kind, std::nullopt, entry));
    if (!status.ok()) {
        DialogSupport::showError(this, windowTitle(), tr("Der Eintrag konnte nicht angelegt werden."), status.error());
        return false;
    }
    return true;
}

bool CatalogueDialog::renameEntry(CatalogueKind kind, const QString &code, const QString &label, const QString &labelEn)
{
    const CatalogueEntry *entry = m_document->catalogueEntry(kind, code);
    if (!entry || label.trimmed().isEmpty())
        return false;
    CatalogueEntry after = *entry;
    after.label = label.trimmed();
    after.labelEn = labelEn.trimmed();
    return after == *entry || change(kind, *entry, after);
}

bool CatalogueDialog::recolourEntry(CatalogueKind kind, const QString &code, const QString &color)
{
    const CatalogueEntry *entry = m_document->catalogueEntry(kind, code);
    if (!entry)
        return false;
    CatalogueEntry after = *entry;
    after.color = color;
    return after == *entry || change(kind, *entry, after);
}

bool CatalogueDialog::setRetired(CatalogueKind kind, const QString &code, bool retired)
{
    const CatalogueEntry *entry = m_document->catalogueEntry(kind, code);
    if (!entry)
        return false;
    CatalogueEntry after = *entry;
    after.retired = retired;
    return after == *entry || change(kind, *entry, after);
}

void CatalogueDialog::addClicked()
{
    QString label;
    QString labelEn;
    if (!askLabels(this, tr("Neuer Katalogeintrag"), &label, &labelEn))
        return;
    addEntry(currentKind(), label, labelEn, QStringLiteral("#808080"));
}

void CatalogueDialog::renameClicked()
{
    const CatalogueEntry *entry = m_document->catalogueEntry(currentKind(), currentCode());
    if (!entry || m_document->isReadOnly())
        return;
    QString label = entry->label;
    QString labelEn = entry->labelEn;
    const QString code = entry->code;
    if (askLabels(this, tr("Katalogeintrag umbenennen"), &label, &labelEn))
        renameEntry(currentKind(), code, label, labelEn);
}

void CatalogueDialog::colorClicked()
{
    const CatalogueEntry *entry = m_document->catalogueEntry(currentKind(), currentCode());
    if (!entry)
        return;
    const QString code = entry->code;
    const QColor color = QColorDialog::getColor(QColor::fromString(entry->color), this,
                                                tr("Farbe für „%1“").arg(RegistryDocument::displayLabel(*entry)));
    if (color.isValid())
        recolourEntry(currentKind(), code, color.name());
}

void CatalogueDialog::retireClicked()
{
    const CatalogueEntry *entry = m_document->catalogueEntry(currentKind(), currentCode());
    if (entry)
        setRetired(currentKind(), entry->code, !entry->retired);
}

} // namespace netzatlas
