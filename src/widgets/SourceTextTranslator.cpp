// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SourceTextTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace netzatlas {

SourceTextTranslator::SourceTextTranslator(QObject *parent)
    : QTranslator(parent)
{}

bool SourceTextTranslator::loadSourceTexts(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            source.clear();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && !numerus) {
            const QString translation = xml.readElementText();
            if (!source.isEmpty() && !translation.isEmpty() && !m_bySource.contains(source))
                m_bySource.insert(source, translation);
        }
    }
    return !xml.hasError();
}

bool SourceTextTranslator::isEmpty() const
{
    return QTranslator::isEmpty() && m_bySource.isEmpty();
}

QString SourceTextTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                        int n) const
{
    QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
    if (translated.isNull() && sourceText && n < 0)
        translated = m_bySource.value(QString::fromUtf8(sourceText));
    return translated;
}

} // namespace netzatlas
