// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Text.h>

namespace netzatlas::Text {

namespace {

QString simplifyAndStrip(const QString &text, bool spellUmlauts)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'ä': case u'Ä': out += spellUmlauts ? QStringLiteral("ae") : QStringLiteral("a"); continue;
        case u'ö': case u'Ö': out += spellUmlauts ? QStringLiteral("oe") : QStringLiteral("o"); continue;
        case u'ü': case u'Ü': out += spellUmlauts ? QStringLiteral("ue") : QStringLiteral("u"); continue;
        case u'ß': case u'ẞ': out += QStringLiteral("ss"); continue;
        default: break;
        }
        if (c.unicode() < 128) {
            out += c.toLower();
            continue;
        }
        // Other accented letters: decompose and drop the combining marks (é → e).
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_SpacingCombining
                && d.category() != QChar::Mark_Enclosing)
                out += d.toLower();
        }
    }
    return out.simplified();
}

} // namespace

QString fold(const QString &text)
{
    return simplifyAndStrip(text, true);
}

QString base(const QString &text)
{
    return simplifyAndStrip(text, false);
}

bool containsFolded(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    return fold(haystack).contains(fold(needle)) || base(haystack).contains(base(needle));
}

QString headerKey(const QString &text)
{
    QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == u'+')
            out += c;
    }
    return out;
}

} // namespace netzatlas::Text
