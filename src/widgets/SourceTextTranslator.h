// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QTranslator>

namespace netzatlas {

/// A QTranslator that looks a message up by context first (the compiled .qm, as usual) and then by its source
/// text alone, from the .ts file it was compiled from.
///
/// Why: the core, storage and io libraries translate through small helper functions with a fixed context
/// (QCoreApplication::translate("netzatlas::ExchangeImporter", …)) that lupdate attributes to the class it finds
/// the call in (ImportRun …). The German source texts are unique enough that the source text alone finds the
/// right English text; numerus forms are looked up by context only.
class SourceTextTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit SourceTextTranslator(QObject *parent = nullptr);

    /// Reads the singular translations of a .ts file (finished and unfinished alike are taken when not empty).
    bool loadSourceTexts(const QString &tsPath);
    [[nodiscard]] bool isEmpty() const override;
    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                                    int n = -1) const override;

private:
    QHash<QString, QString> m_bySource;
};

} // namespace netzatlas
