// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/Result.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace netzatlas {

/// What a table holds.
enum class ImportKind {
    Actors,
    Links,
};

/// One field an importer understands.
struct ImportField
{
    QString name;         ///< canonical name, as in the exchange CSV ("name", "type", "rs" …)
    QString label;        ///< German label for the mapping dialog
    bool required = false;
    QStringList synonyms; ///< header keys (Text::headerKey) that mean this field
};

/// Which column of a table feeds which field. Guessed from the header through a synonym table that is
/// case-, space-, punctuation- and umlaut-insensitive, editable by the user, or read from a mapping file.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(ImportKind kind);

    [[nodiscard]] static const QList<ImportField> &fields(ImportKind kind);
    /// Maps each header cell to the field whose synonyms contain it (first match wins per field).
    [[nodiscard]] static ColumnMapping guess(ImportKind kind, const QStringList &header);
    /// Reads a mapping file: JSON object {"Spaltenüberschrift": "feldname", …}; headers not named keep their
    /// guessed mapping. Unknown field names or headers are errors naming the file.
    [[nodiscard]] static Result<ColumnMapping> fromFile(ImportKind kind, const QString &path, const QStringList &header);
    /// The same from a parsed JSON object; `source` names the mapping file in messages. A document of the form
    /// {"actors": {…}, "links": {…}} is accepted too; the part for `kind` is used.
    [[nodiscard]] static Result<ColumnMapping> fromJson(ImportKind kind, const QJsonObject &object,
                                                        const QStringList &header, const QString &source);

    [[nodiscard]] ImportKind kind() const { return m_kind; }
    /// Column index of a field, -1 when unmapped.
    [[nodiscard]] int column(const QString &field) const { return m_columns.value(field, -1); }
    void setColumn(const QString &field, int column);
    void clearField(const QString &field) { m_columns.remove(field); }
    [[nodiscard]] QStringList missingRequired() const;
    [[nodiscard]] QHash<QString, int> columns() const { return m_columns; }

private:
    ImportKind m_kind = ImportKind::Actors;
    QHash<QString, int> m_columns;
};

} // namespace netzatlas
