// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RecordPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace netzatlas {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int MaxMatches = 40;

} // namespace

RecordPicker::RecordPicker(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_detail(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_detail);
    m_edit->setClearButtonEnabled(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_edit);

    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pick(index.data(KeyRole).toString()); });
    connect(m_edit, &QLineEdit::textEdited, this, &RecordPicker::search);
    connect(m_edit, &QLineEdit::editingFinished, this, &RecordPicker::finishEditing);
    m_edit->installEventFilter(this);
    showCurrent();
}

void RecordPicker::setDocument(RegistryDocument *document)
{
    m_document = document;
    showCurrent();
}

void RecordPicker::setCurrentKey(const QString &key)
{
    if (key == m_key) {
        showCurrent();
        return;
    }
    m_key = key;
    showCurrent();
    Q_EMIT currentKeyChanged(m_key);
}

void RecordPicker::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RecordPicker::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
}

int RecordPicker::matchCount(const QString &text) const
{
    return static_cast<int>(findMatches(text).size());
}

void RecordPicker::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QList<Match> matches = findMatches(text.trimmed());
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) { return a.rank < b.rank; });
    if (matches.size() > MaxMatches)
        matches.resize(MaxMatches);
    m_matches->clear();
    for (const Match &match : std::as_const(matches)) {
        auto *item = new QStandardItem(
            match.subtitle.isEmpty() ? match.title : QStringLiteral("%1  \u2014  %2").arg(match.title, match.subtitle));
        item->setData(match.key, KeyRole);
        item->setToolTip(match.subtitle);
        m_matches->appendRow(item);
    }
    if (matches.isEmpty()) {
        m_completer->popup()->hide();
        m_detail->setText(tr("Keine Treffer für „%1“").arg(text.trimmed()));
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_matches->index(0, 0));
}

void RecordPicker::pick(const QString &key)
{
    m_completer->popup()->hide();
    m_key.clear(); // always announce, so that a re-pick restores the field text
    setCurrentKey(key);
}

void RecordPicker::finishEditing()
{
    if (m_completer->popup()->isVisible())
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        setCurrentKey(QString());
        return;
    }
    if (text == describe(m_key).title) {
        showCurrent();
        return;
    }
    // Typed without picking: take the one record the text names, else keep what was picked.
    const QList<Match> matches = findMatches(text);
    if (matches.size() == 1)
        setCurrentKey(matches.constFirst().key);
    else
        showCurrent();
}

void RecordPicker::showCurrent()
{
    const Match current = m_key.isEmpty() || !m_document ? Match{} : describe(m_key);
    if (m_edit->text() != current.title)
        m_edit->setText(current.title.isEmpty() ? m_key : current.title);
    m_edit->setCursorPosition(0);
    m_detail->setText(current.subtitle);
    m_edit->setToolTip(current.subtitle);
}

bool RecordPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && (watched == m_edit || watched == m_completer->popup())) {
            const bool popupOpen = m_completer->popup()->isVisible();
            m_completer->popup()->hide();
            showCurrent();
            // A second Esc closes the dialog as usual.
            return popupOpen || watched == m_completer->popup();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        m_detail->setEnabled(isEnabled());
}

} // namespace netzatlas
