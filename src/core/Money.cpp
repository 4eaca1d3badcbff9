// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Money.h>

#include <QLocale>
#include <QRegularExpression>

namespace netzatlas {

namespace Money {

QString format(Cents cents, bool withCurrency)
{
    static const QLocale german(QLocale::German, QLocale::Germany);
    const QString number = german.toString(static_cast<double>(cents) / 100.0, 'f', 2);
    return withCurrency ? number + QStringLiteral("\u00a0€") : number;
}

std::optional<Cents> parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u'€');
    text.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    text.remove(u'\u00a0');
    text.remove(u' ');
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    // German "1.234,56", "1234,5"; international "1,234.56", "1234.5"; plain "1234".
    static const QRegularExpression german(QStringLiteral(R"(^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$)"));
    static const QRegularExpression english(QStringLiteral(R"(^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$)"));
    QString integerPart;
    QString fraction;
    if (german.match(text).hasMatch()) {
        const qsizetype comma = text.indexOf(u',');
        integerPart = (comma >= 0 ? text.left(comma) : text).remove(u'.');
        fraction = comma >= 0 ? text.mid(comma + 1) : QString();
    } else if (english.match(text).hasMatch()) {
        const qsizetype dot = text.indexOf(u'.');
        integerPart = (dot >= 0 ? text.left(dot) : text).remove(u',');
        fraction = dot >= 0 ? text.mid(dot + 1) : QString();
    } else {
        return std::nullopt;
    }
    if (integerPart.size() > 15)
        return std::nullopt;
    bool ok = false;
    const qint64 whole = integerPart.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    while (fraction.size() < 2)
        fraction += u'0';
    const qint64 cents = whole * 100 + fraction.toLongLong();
    return negative ? -cents : cents;
}

} // namespace Money

QString SchoolYear::toString() const
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

std::optional<SchoolYear> SchoolYear::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int first = match.captured(1).toInt();
    const QString secondText = match.captured(2);
    const int second = secondText.toInt();
    const bool consecutive = secondText.size() == 4 ? second == first + 1 : second == (first + 1) % 100;
    SchoolYear year{first};
    if (!consecutive || !year.isValid())
        return std::nullopt;
    return year;
}

SchoolYear SchoolYear::containing(int year, int month)
{
    return SchoolYear{month >= 8 ? year : year - 1};
}

} // namespace netzatlas
