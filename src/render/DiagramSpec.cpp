// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/render/DiagramSpec.h>

#include <netzatlas/core/Catalogue.h>
#include <netzatlas/core/Territory.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace netzatlas::render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::render::DiagramSpec", text);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

Error fieldError(const QString &context, const QString &field, const QString &message)
{
    const QString where = context.isEmpty() ? tr("Feld „%1“: %2").arg(field, message)
                                            : tr("%1, Feld „%2“: %3").arg(context, field, message);
    return Error::at(QString(), 0, field, where);
}

Result<QJsonObject> parseObject(const QString &json, const QString &context, const QString &what)
{
    if (json.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString message = tr("%1 ist kein gültiges JSON-Objekt (%2).").arg(what, error.errorString());
        return Error::make(context.isEmpty() ? message : tr("%1: %2").arg(context, message));
    }
    return doc.object();
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &context)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return fieldError(context, key, tr("erwartet eine Liste von Codes."));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return fieldError(context, key, tr("erwartet eine Liste von Codes."));
        out.append(item.toString());
    }
    return out;
}

} // namespace

QStringList defaultAnonymizedTypes()
{
    return {QStringLiteral("SCHULE"), QStringLiteral("KITA"), QStringLiteral("KINDERTAGESPFLEGE"),
            QStringLiteral("FAMILIENZENTRUM")};
}

QString sizeMeasureName(SizeMeasure measure)
{
    switch (measure) {
    case SizeMeasure::None:
        return QStringLiteral("none");
    case SizeMeasure::Degree:
        return QStringLiteral("degree");
    case SizeMeasure::Betweenness:
        return QStringLiteral("betweenness");
    case SizeMeasure::Budget:
        return QStringLiteral("budget");
    }
    return QStringLiteral("none");
}

std::optional<SizeMeasure> sizeMeasureFromName(const QString &name)
{
    for (SizeMeasure m : {SizeMeasure::None, SizeMeasure::Degree, SizeMeasure::Betweenness, SizeMeasure::Budget})
        if (sizeMeasureName(m) == name.toLower())
            return m;
    return std::nullopt;
}

QString sizeMeasureLabel(SizeMeasure measure)
{
    switch (measure) {
    case SizeMeasure::None:
        return tr("einheitlich");
    case SizeMeasure::Degree:
        return tr("Zahl der Partner");
    case SizeMeasure::Betweenness:
        return tr("Vermittlerrolle (Betweenness)");
    case SizeMeasure::Budget:
        return tr("Budget (alle Säulen)");
    }
    return {};
}

QString DiagramSpec::filterJson() const
{
    QJsonObject o;
    auto putList = [&o](const char *key, const QStringList &list) {
        if (!list.isEmpty())
            o.insert(QLatin1String(key), toArray(list));
    };
    putList("actorTypes", filter.actorTypes);
    putList("linkTypes", filter.linkTypes);
    putList("actionFields", filter.actionFields);
    putList("formalities", filter.formalities);
    if (!filter.territoryRs.isEmpty())
        o.insert(QStringLiteral("territory"), filter.territoryRs);
    if (filter.at.isValid())
        o.insert(QStringLiteral("at"), filter.at.toString(Qt::ISODate));
    if (filter.scpOnly)
        o.insert(QStringLiteral("scpOnly"), true);
    if (filter.hideIsolated)
        o.insert(QStringLiteral("hideIsolated"), true);
    if (!filter.centerKey.isEmpty())
        o.insert(QStringLiteral("center"), filter.centerKey);
    if (filter.egoSteps > 0)
        o.insert(QStringLiteral("egoSteps"), filter.egoSteps);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString DiagramSpec::styleJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("sizeBy"), sizeMeasureName(style.sizeBy));
    o.insert(QStringLiteral("colorBy"),
             style.colorBy == ColorMode::Pillar ? QStringLiteral("pillar") : QStringLiteral("type"));
    o.insert(QStringLiteral("labels"), style.labels == LabelMode::Name        ? QStringLiteral("name")
                                       : style.labels == LabelMode::ShortName ? QStringLiteral("short")
                                                                              : QStringLiteral("none"));
    if (style.anonymize) {
        o.insert(QStringLiteral("anonymize"), true);
        if (!style.anonymizeTypes.isEmpty())
            o.insert(QStringLiteral("anonymizeTypes"), toArray(style.anonymizeTypes));
    }
    if (!style.showLegend)
        o.insert(QStringLiteral("legend"), false);
    o.insert(QStringLiteral("groupLevel"), style.groupLevel);
    o.insert(QStringLiteral("seed"), static_cast<qint64>(style.seed));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SavedView DiagramSpec::toSavedView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.title = title;
    view.subtitle = subtitle;
    view.layoutAlgorithm = layoutKindName(layout);
    view.filterJson = filterJson();
    view.styleJson = styleJson();
    return view;
}

QList<LayoutPosition> DiagramSpec::layoutPositions() const
{
    QList<LayoutPosition> out;
    out.reserve(positions.size());
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        out.append(LayoutPosition{ActorId(it.key()), it->x, it->y, it->pinned});
    std::sort(out.begin(), out.end(),
              [](const LayoutPosition &a, const LayoutPosition &b) { return a.actor.value < b.actor.value; });
    return out;
}

Result<DiagramFilter> DiagramSpec::parseFilter(const QString &json, const QString &context)
{
    NETZATLAS_TRY_ASSIGN(o, parseObject(json, context, tr("Der Filter")));
    DiagramFilter f;
    NETZATLAS_TRY_ASSIGN(actorTypes, stringList(o, QStringLiteral("actorTypes"), context));
    NETZATLAS_TRY_ASSIGN(linkTypes, stringList(o, QStringLiteral("linkTypes"), context));
    NETZATLAS_TRY_ASSIGN(actionFields, stringList(o, QStringLiteral("actionFields"), context));
    NETZATLAS_TRY_ASSIGN(formalities, stringList(o, QStringLiteral("formalities"), context));
    f.actorTypes = actorTypes;
    f.linkTypes = linkTypes;
    f.actionFields = actionFields;
    f.formalities = formalities;
    for (const QString &code : std::as_const(f.formalities))
        if (!DomainCatalogue::isVocabularyCode(Vocabulary::Formality, code))
            return fieldError(context, QStringLiteral("formalities"), tr("„%1“ ist keine Formalität.").arg(code));
    f.territoryRs = o.value(QStringLiteral("territory")).toString();
    if (!f.territoryRs.isEmpty() && !RegionalKey::isValid(f.territoryRs))
        return fieldError(context, QStringLiteral("territory"),
                          tr("„%1“ ist kein Regionalschlüssel.").arg(f.territoryRs));
    const QString at = o.value(QStringLiteral("at")).toString();
    if (!at.isEmpty()) {
        f.at = QDate::fromString(at, Qt::ISODate);
        if (!f.at.isValid())
            return fieldError(context, QStringLiteral("at"), tr("„%1“ ist kein Datum (JJJJ-MM-TT).").arg(at));
    }
    f.scpOnly = o.value(QStringLiteral("scpOnly")).toBool(false);
    f.hideIsolated = o.value(QStringLiteral("hideIsolated")).toBool(false);
    f.centerKey = o.value(QStringLiteral("center")).toString();
    f.egoSteps = o.value(QStringLiteral("egoSteps")).toInt(0);
    if (f.egoSteps < 0 || f.egoSteps > 2)
        return fieldError(context, QStringLiteral("egoSteps"), tr("erwartet 0, 1 oder 2."));
    return f;
}

Result<DiagramStyle> DiagramSpec::parseStyle(const QString &json, const QString &context)
{
    NETZATLAS_TRY_ASSIGN(o, parseObject(json, context, tr("Die Darstellung")));
    DiagramStyle s;
    if (o.contains(QStringLiteral("sizeBy"))) {
        const auto m = sizeMeasureFromName(o.value(QStringLiteral("sizeBy")).toString());
        if (!m)
            return fieldError(context, QStringLiteral("sizeBy"), tr("erwartet none, degree, betweenness oder budget."));
        s.sizeBy = *m;
    }
    const QString colorBy = o.value(QStringLiteral("colorBy")).toString(QStringLiteral("type"));
    if (colorBy == u"type")
        s.colorBy = ColorMode::ActorType;
    else if (colorBy == u"pillar")
        s.colorBy = ColorMode::Pillar;
    else
        return fieldError(context, QStringLiteral("colorBy"), tr("erwartet type oder pillar."));
    const QString labels = o.value(QStringLiteral("labels")).toString(QStringLiteral("name"));
    if (labels == u"name")
        s.labels = LabelMode::Name;
    else if (labels == u"short")
        s.labels = LabelMode::ShortName;
    else if (labels == u"none")
        s.labels = LabelMode::None;
    else
        return fieldError(context, QStringLiteral("labels"), tr("erwartet name, short oder none."));
    s.anonymize = o.value(QStringLiteral("anonymize")).toBool(false);
    NETZATLAS_TRY_ASSIGN(types, stringList(o, QStringLiteral("anonymizeTypes"), context));
    s.anonymizeTypes = types;
    s.showLegend = o.value(QStringLiteral("legend")).toBool(true);
    s.groupLevel = o.value(QStringLiteral("groupLevel")).toInt(2);
    if (s.groupLevel != 1 && s.groupLevel != 2)
        return fieldError(context, QStringLiteral("groupLevel"), tr("erwartet 1 (Kreis) oder 2 (Verbandsgemeinde)."));
    s.seed = static_cast<quint32>(o.value(QStringLiteral("seed")).toInteger(1));
    return s;
}

Result<DiagramSpec> DiagramSpec::fromSavedView(const SavedView &view, const QList<LayoutPosition> &positions)
{
    const QString context = tr("Ansicht „%1“").arg(view.name);
    DiagramSpec spec;
    spec.title = view.title;
    spec.subtitle = view.subtitle;
    if (!view.layoutAlgorithm.isEmpty()) {
        const auto kind = layoutKindFromName(view.layoutAlgorithm);
        if (!kind)
            return fieldError(
                context, QStringLiteral("layout"),
                tr("Unbekanntes Layout „%1“ (kraefte, gebiete, bildungskette, ringe).").arg(view.layoutAlgorithm));
        spec.layout = *kind;
    }
    NETZATLAS_TRY_ASSIGN(filter, parseFilter(view.filterJson, context));
    NETZATLAS_TRY_ASSIGN(style, parseStyle(view.styleJson, context));
    spec.filter = filter;
    spec.style = style;
    for (const LayoutPosition &p : positions)
        spec.positions.insert(p.actor.value, NodePosition{p.x, p.y, p.pinned});
    return spec;
}

} // namespace netzatlas::render
