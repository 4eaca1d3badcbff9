// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MoneyEdit.h"

#include <netzatlas/core/MeasurePlanning.h>

#include <QSettings>

namespace netzatlas {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0,00 €"));
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const auto value = cents(); value && !text().trimmed().isEmpty())
            setText(Money::format(*value));
    });
}

std::optional<Cents> MoneyEdit::cents() const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return Cents(0);
    return Money::parse(t);
}

void MoneyEdit::setCents(Cents cents)
{
    setText(Money::format(cents));
}

namespace PlanningSettingsStore {

PlanningSettings load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("planning"));
    QVariantMap map;
    for (const QString &key : settings.childKeys())
        map.insert(key, settings.value(key));
    return PlanningSettings::fromVariantMap(map);
}

void save(const PlanningSettings &planning)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("planning"));
    const QVariantMap map = planning.toVariantMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

} // namespace PlanningSettingsStore

} // namespace netzatlas
