// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace netzatlas {

/// A date that may be left open: a check box ("gültig ab", "Prüfen bis" …) switches the date field on.
/// date() is null while the box is unchecked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    [[nodiscard]] QDate date() const;
    void setDate(const QDate &date);
    [[nodiscard]] QCheckBox *checkBox() const { return m_check; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_edit; }
    void setAccessibleNames(const QString &name);

Q_SIGNALS:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace netzatlas
