// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace netzatlas {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { Q_EMIT dateChanged(date()); });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_check->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

void OptionalDateEdit::setAccessibleNames(const QString &name)
{
    m_check->setAccessibleName(name);
    m_edit->setAccessibleName(name);
}

} // namespace netzatlas
