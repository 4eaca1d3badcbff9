// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace netzatlas {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("demoBanner"));
    setAccessibleName(tr("Hinweis: Demo-Daten"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    // An information bar in the colours Windows and Office use for such notices; fixed colours, because
    // the text must stay readable on this background in light and dark themes alike.
    setStyleSheet(QStringLiteral("QFrame#demoBanner { background: #fff4ce; border-bottom: 1px solid #e3cf8a; }"
                                 "QFrame#demoBanner QLabel { color: #3b3000; }"));

    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Hinweis schließen"));
    m_closeButton->setAccessibleName(tr("Hinweis schließen"));
    m_closeButton->setObjectName(QStringLiteral("demoBannerClose"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void DemoBanner::showNotice(bool createdOnFirstStart)
{
    const QString lead = tr("Diese Registry enthält Demo-Daten (fiktiv):");
    const QString detail =
        createdOnFirstStart
            ? tr("Netzatlas hat sie beim ersten Start angelegt, damit Sie das Programm ausprobieren können. "
                 "Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete des Landkreises Bad Kreuznach "
                 "sind echt. Eine eigene Registry legen Sie mit „Datei › Neu…“ an.")
            : tr("Akteure, Verbindungen und Maßnahmen sind erfunden, die Gebiete sind echt. Bitte keine echten "
                 "Daten eintragen.");
    m_label->setText(QStringLiteral("<b>%1</b> %2").arg(lead.toHtmlEscaped(), detail.toHtmlEscaped()));
    m_label->setAccessibleName(lead + u' ' + detail);
    show();
}

QString DemoBanner::text() const
{
    return m_label->accessibleName();
}

} // namespace netzatlas
