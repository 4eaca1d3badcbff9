// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace netzatlas {

/// The notice above the work area that the open registry holds fictional demo data. The user can close it;
/// it comes back when another demo registry is opened.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    /// Shows the notice; `createdOnFirstStart` explains that Netzatlas made the registry itself.
    void showNotice(bool createdOnFirstStart);
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// The user closed the notice.
    void dismissed();

private:
    QLabel *m_label = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace netzatlas
