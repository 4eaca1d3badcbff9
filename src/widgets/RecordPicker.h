// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace netzatlas {

class RegistryDocument;

/// A search field for picking one record (a territory, an actor): typing shows the matches in a popup (name,
/// keys, with a second line that places the record), Up/Down and Enter or a click pick one, and a line below the
/// field shows where the picked record sits. Esc or leaving the field with text that names nothing restores the
/// picked record; clearing the field picks nothing.
///
/// Subclasses supply the matches and the descriptions. Object names: "<objectName>Edit" for the line edit.
class RecordPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPicker(QWidget *parent = nullptr);

    void setDocument(RegistryDocument *document);
    [[nodiscard]] RegistryDocument *document() const { return m_document; }

    /// The picked record's key (Regionalschlüssel, actor id as text); empty when none.
    [[nodiscard]] QString currentKey() const { return m_key; }
    void setCurrentKey(const QString &key);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    void setPlaceholderText(const QString &text);
    /// Shows or hides the line with the picked record's place.
    void setDetailVisible(bool visible);
    /// The matches for `text` as the popup would list them (for tests and keyboard users).
    [[nodiscard]] int matchCount(const QString &text) const;

Q_SIGNALS:
    void currentKeyChanged(const QString &key);

protected:
    struct Match
    {
        QString key;
        QString title;    ///< shown in the field after picking
        QString subtitle; ///< where it is, what it is
        int rank = 0;     ///< lower first
    };
    [[nodiscard]] virtual QList<Match> findMatches(const QString &text) const = 0;
    /// Text for the field and the detail line of a key; empty title when the key names nothing.
    [[nodiscard]] virtual Match describe(const QString &key) const = 0;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void pick(const QString &key);
    void finishEditing();
    void showCurrent();

    RegistryDocument *m_document = nullptr;
    QString m_key;
    QLineEdit *m_edit;
    QLabel *m_detail;
    QCompleter *m_completer;
    QStandardItemModel *m_matches;
};

} // namespace netzatlas
