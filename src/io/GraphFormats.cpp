// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/io/CsvWriter.h>
#include <netzatlas/io/ExchangeExporter.h>
#include <netzatlas/io/GraphFormats.h>

#include <netzatlas/core/Catalogue.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QPointF>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <numbers>

namespace netzatlas::GraphFormats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::GraphFormats", text);
}

enum class AttrType { String, Boolean, Int, Double };

struct Attribute
{
    QString name;
    AttrType type = AttrType::String;
};

QString typeName(AttrType type, bool gexf)
{
    switch (type) {
    case AttrType::Boolean:
        return QStringLiteral("boolean");
    case AttrType::Int:
        return gexf ? QStringLiteral("integer") : QStringLiteral("int");
    case AttrType::Double:
        return QStringLiteral("double");
    case AttrType::String:
        break;
    }
    return QStringLiteral("string");
}

/// Everything the three writers need, read once.
struct Snapshot
{
    QString title;
    QList<Actor> actors;
    QList<CooperationLink> links;
    QHash<qint64, QString> keys;
    QHash<QString, CatalogueEntry> actorTypes;
    QHash<QString, CatalogueEntry> linkTypes;
    QHash<qint64, QPointF> positions;
    QHash<qint64, QString> contacts;
    QHash<qint64, int> degree;
    QList<Attribute> nodeAttributes;
    QList<Attribute> edgeAttributes;

    /// Values of one actor in the order of nodeAttributes (empty = not written).
    QStringList nodeValues(const Actor &a) const
    {
        QStringList values = ExchangeExporter::actorRow(a).mid(1); // without the id (the node id)
        values[4] = a.scp ? QStringLiteral("true") : QStringLiteral("false");
        values << actorTypes.value(a.typeCode).label << actorTypes.value(a.typeCode).color;
        if (!contacts.isEmpty())
            values << contacts.value(a.id.value);
        return values;
    }
    QStringList edgeValues(const CooperationLink &l) const
    {
        QStringList values = ExchangeExporter::linkRow(l, keys).mid(2); // without source and target
        values << linkTypes.value(l.typeCode).label;
        return values;
    }
};

Result<Snapshot> snapshot(RegistryRepository &registry, const GraphExportOptions &options, bool needPositions)
{
    Snapshot s;
    NETZATLAS_TRY_ASSIGN(actors, registry.actors());
    NETZATLAS_TRY_ASSIGN(links, registry.links());
    NETZATLAS_TRY_ASSIGN(actorTypes, registry.catalogue(CatalogueKind::ActorType));
    NETZATLAS_TRY_ASSIGN(linkTypes, registry.catalogue(CatalogueKind::LinkType));
    s.actors = actors;
    s.links = links;
    for (const CatalogueEntry &e : actorTypes)
        s.actorTypes.insert(e.code, e);
    for (const CatalogueEntry &e : linkTypes)
        s.linkTypes.insert(e.code, e);
    for (const Actor &a : actors)
        s.keys.insert(a.id.value, a.key);
    for (const CooperationLink &l : links) {
        ++s.degree[l.source.value];
        ++s.degree[l.target.value];
    }
    s.title = options.title;
    if (s.title.isEmpty()) {
        auto title = registry.metaValue(QStringLiteral("title"));
        s.title = title.ok() && !title->isEmpty() ? *title : QStringLiteral("Netzatlas");
    }

    NETZATLAS_TRY_ASSIGN(views, registry.views());
    bool viewFound = options.view.isEmpty();
    for (const SavedView &v : views) {
        if (!options.view.isEmpty() && v.name != options.view)
            continue;
        viewFound = true;
        NETZATLAS_TRY_ASSIGN(positions, registry.positions(v.id));
        for (const LayoutPosition &p : positions)
            s.positions.insert(p.actor.value, QPointF(p.x, p.y));
        if (!s.positions.isEmpty())
            break;
    }
    if (!viewFound) {
        QStringList names;
        for (const SavedView &v : views)
            names << v.name;
        return Error::make(tr("Die Ansicht „%1“ gibt es nicht. Vorhanden: %2")
                               .arg(options.view, names.isEmpty() ? tr("keine") : names.join(QStringLiteral(", "))));
    }
    if (needPositions && s.positions.isEmpty()) {
        // No saved layout: one circle per actor type around the centre, so that Gephi shows groups at once.
        QHash<QString, QList<qint64>> byType;
        QStringList typeOrder;
        for (const Actor &a : actors) {
            if (!byType.contains(a.typeCode))
                typeOrder << a.typeCode;
            byType[a.typeCode] << a.id.value;
        }
        const double groups = std::max<double>(1.0, static_cast<double>(typeOrder.size()));
        for (qsizetype g = 0; g < typeOrder.size(); ++g) {
            const double angle = 2 * std::numbers::pi * static_cast<double>(g) / groups;
            const QPointF centre(600 * std::cos(angle), 600 * std::sin(angle));
            const QList<qint64> &ids = byType[typeOrder.at(g)];
            const double radius = 20.0 + 12.0 * std::sqrt(static_cast<double>(ids.size()));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const double a = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(ids.size());
                s.positions.insert(ids.at(i), centre + QPointF(radius * std::cos(a), radius * std::sin(a)));
            }
        }
    }
    if (options.withContacts) {
        for (const Actor &a : actors) {
            NETZATLAS_TRY_ASSIGN(contacts, registry.contacts(a.id));
            QStringList texts;
            for (const ContactPerson &c : contacts) {
                QStringList parts;
                for (const QString &p : {c.function, c.email, c.phone}) {
                    if (!p.isEmpty())
                        parts << p;
                }
                texts << (parts.isEmpty() ? c.name
                                          : QStringLiteral("%1 (%2)").arg(c.name, parts.join(QStringLiteral(", "))));
            }
            if (!texts.isEmpty())
                s.contacts.insert(a.id.value, texts.join(QStringLiteral("; ")));
        }
    }

    const QStringList actorCols = ExchangeExporter::actorColumns().mid(1);
    for (const QString &c : actorCols) {
        AttrType type = AttrType::String;
        if (c == u"scp")
            type = AttrType::Boolean;
        else if (c == u"scp_kohorte")
            type = AttrType::Int;
        s.nodeAttributes << Attribute{c, type};
    }
    s.nodeAttributes << Attribute{QStringLiteral("type_label"), AttrType::String}
                     << Attribute{QStringLiteral("color"), AttrType::String};
    if (options.withContacts)
        s.nodeAttributes << Attribute{QStringLiteral("kontakte"), AttrType::String};
    for (const QString &c : ExchangeExporter::linkColumns().mid(2))
        s.edgeAttributes << Attribute{c, c == u"intensity" ? AttrType::Int : AttrType::String};
    s.edgeAttributes << Attribute{QStringLiteral("type_label"), AttrType::String};
    return s;
}

/// "#rrggbb" as red, green, blue; grey when malformed (io stays free of QtGui, so no QColor).
struct Rgb
{
    int r = 0x80, g = 0x80, b = 0x80;
    bool valid = false;
};

Rgb parseColor(const QString &text)
{
    Rgb rgb;
    if (text.size() != 7 || !text.startsWith(u'#'))
        return rgb;
    bool ok = false;
    const uint value = text.mid(1).toUInt(&ok, 16);
    if (!ok)
        return rgb;
    return Rgb{static_cast<int>((value >> 16) & 0xFF), static_cast<int>((value >> 8) & 0xFF),
               static_cast<int>(value & 0xFF), true};
}

/// XML 1.0 cannot carry most control characters; they never belong in names or notes.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r')
            out += c;
    }
    return out;
}

} // namespace

Result<QByteArray> graphMl(RegistryRepository &registry, const GraphExportOptions &options)
{
    NETZATLAS_TRY_ASSIGN(s, snapshot(registry, options, false));
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    auto key = [&](const QString &id, const char *forWhat, const Attribute &a) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(forWhat));
        xml.writeAttribute(QStringLiteral("attr.name"), a.name);
        xml.writeAttribute(QStringLiteral("attr.type"), typeName(a.type, false));
        xml.writeEndElement();
    };
    for (const Attribute &a : s.nodeAttributes)
        key(QStringLiteral("n_") + a.name, "node", a);
    const bool positions = !s.positions.isEmpty();
    if (positions) {
        key(QStringLiteral("n_x"), "node", Attribute{QStringLiteral("x"), AttrType::Double});
        key(QStringLiteral("n_y"), "node", Attribute{QStringLiteral("y"), AttrType::Double});
    }
    for (const Attribute &a : s.edgeAttributes)
        key(QStringLiteral("e_") + a.name, "edge", a);
    key(QStringLiteral("e_weight"), "edge", Attribute{QStringLiteral("weight"), AttrType::Double});
    key(QStringLiteral("g_title"), "graph", Attribute{QStringLiteral("title"), AttrType::String});

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("netzatlas"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&](const QString &k, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), k);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    };
    data(QStringLiteral("g_title"), s.title);
    for (const Actor &a : s.actors) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(a.key));
        const QStringList values = s.nodeValues(a);
        for (qsizetype i = 0; i < s.nodeAttributes.size() && i < values.size(); ++i) {
            if (!values.at(i).isEmpty())
                data(QStringLiteral("n_") + s.nodeAttributes.at(i).name, values.at(i));
        }
        if (positions && s.positions.contains(a.id.value)) {
            const QPointF p = s.positions.value(a.id.value);
            data(QStringLiteral("n_x"), QString::number(p.x(), 'g', 12));
            data(QStringLiteral("n_y"), QString::number(p.y(), 'g', 12));
        }
        xml.writeEndElement();
    }
    for (const CooperationLink &l : s.links) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("l%1").arg(l.id.value));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(s.keys.value(l.source.value)));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(s.keys.value(l.target.value)));
        const QStringList values = s.edgeValues(l);
        for (qsizetype i = 0; i < s.edgeAttributes.size() && i < values.size(); ++i) {
            if (!values.at(i).isEmpty())
                data(QStringLiteral("e_") + s.edgeAttributes.at(i).name, values.at(i));
        }
        data(QStringLiteral("e_weight"), QString::number(l.intensity));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

Result<QByteArray> gexf(RegistryRepository &registry, const GraphExportOptions &options)
{
    NETZATLAS_TRY_ASSIGN(s, snapshot(registry, options, true));
    const QString ns = QStringLiteral("http://gexf.net/1.3");
    const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Netzatlas"));
    xml.writeTextElement(QStringLiteral("description"), xmlSafe(s.title));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    auto declare = [&](const char *cls, const QList<Attribute> &attributes) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), QString::fromLatin1(cls));
        for (const Attribute &a : attributes) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), a.name);
            xml.writeAttribute(QStringLiteral("title"), a.name);
            xml.writeAttribute(QStringLiteral("type"), typeName(a.type, true));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    declare("node", s.nodeAttributes);
    declare("edge", s.edgeAttributes);
    auto attvalues = [&](const QList<Attribute> &attributes, const QStringList &values) {
        xml.writeStartElement(QStringLiteral("attvalues"));
        for (qsizetype i = 0; i < attributes.size() && i < values.size(); ++i) {
            if (values.at(i).isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("attvalue"));
            xml.writeAttribute(QStringLiteral("for"), attributes.at(i).name);
            xml.writeAttribute(QStringLiteral("value"), xmlSafe(values.at(i)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("nodes"));
    for (const Actor &a : s.actors) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(a.key));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(a.name));
        attvalues(s.nodeAttributes, s.nodeValues(a));
        const Rgb color = parseColor(s.actorTypes.value(a.typeCode).color);
        xml.writeEmptyElement(viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.r));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.g));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.b));
        xml.writeEmptyElement(viz, QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"),
                           QString::number(8.0 + 2.0 * std::sqrt(s.degree.value(a.id.value)), 'f', 2));
        const QPointF p = s.positions.value(a.id.value);
        xml.writeEmptyElement(viz, QStringLiteral("position"));
        xml.writeAttribute(QStringLiteral("x"), QString::number(p.x(), 'f', 3));
        xml.writeAttribute(QStringLiteral("y"), QString::number(-p.y(), 'f', 3)); // Gephi's y axis points up
        xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0.0"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    for (const CooperationLink &l : s.links) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("l%1").arg(l.id.value));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(s.keys.value(l.source.value)));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(s.keys.value(l.target.value)));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(s.linkTypes.value(l.typeCode).label));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(l.intensity));
        attvalues(s.edgeAttributes, s.edgeValues(l));
        const Rgb color = parseColor(s.linkTypes.value(l.typeCode).color);
        if (color.valid) {
            xml.writeEmptyElement(viz, QStringLiteral("color"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(color.r));
            xml.writeAttribute(QStringLiteral("g"), QString::number(color.g));
            xml.writeAttribute(QStringLiteral("b"), QString::number(color.b));
        }
        xml.writeEmptyElement(viz, QStringLiteral("thickness"));
        xml.writeAttribute(QStringLiteral("value"), QString::number(l.intensity));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return bytes;
}

namespace {

/// A DOT double-quoted string (Graphviz escapes only the quote; backslashes start escape sequences).
QString dotQuote(const QString &text)
{
    QString out = xmlSafe(text);
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'"', QStringLiteral("\\\""));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    out.replace(u'\n', QStringLiteral("\\n"));
    out.replace(u'\r', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

QString dotShape(const QString &shape)
{
    static const QHash<QString, QString> shapes = {{QStringLiteral("circle"), QStringLiteral("ellipse")},
                                                   {QStringLiteral("square"), QStringLiteral("box")},
                                                   {QStringLiteral("diamond"), QStringLiteral("diamond")},
                                                   {QStringLiteral("triangle"), QStringLiteral("triangle")},
                                                   {QStringLiteral("hexagon"), QStringLiteral("hexagon")},
                                                   {QStringLiteral("octagon"), QStringLiteral("octagon")},
                                                   {QStringLiteral("pentagon"), QStringLiteral("pentagon")}};
    return shapes.value(shape, QStringLiteral("ellipse"));
}

} // namespace

Result<QByteArray> dot(RegistryRepository &registry, const GraphExportOptions &options)
{
    NETZATLAS_TRY_ASSIGN(s, snapshot(registry, options, false));
    QString out;
    out += QStringLiteral("digraph netzatlas {\n");
    out += QStringLiteral("  graph [label=%1, labelloc=t, overlap=false, splines=true, fontname=\"Helvetica\"];\n")
               .arg(dotQuote(s.title));
    out += QStringLiteral("  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
    out += QStringLiteral("  edge [fontname=\"Helvetica\", fontsize=8];\n");
    for (const Actor &a : s.actors) {
        const CatalogueEntry type = s.actorTypes.value(a.typeCode);
        QString line = QStringLiteral("  %1 [label=%2, fillcolor=%3, shape=%4, tooltip=%5")
                           .arg(dotQuote(a.key), dotQuote(a.name),
                                dotQuote(type.color.isEmpty() ? QStringLiteral("#cccccc") : type.color),
                                dotShape(type.shape), dotQuote(type.label));
        if (s.positions.contains(a.id.value)) {
            const QPointF p = s.positions.value(a.id.value);
            line += QStringLiteral(", pos=\"%1,%2\"").arg(p.x() / 72.0, 0, 'f', 3).arg(-p.y() / 72.0, 0, 'f', 3);
        }
        if (s.contacts.contains(a.id.value))
            line += QStringLiteral(", comment=%1").arg(dotQuote(s.contacts.value(a.id.value)));
        out += line + QStringLiteral("];\n");
    }
    for (const CooperationLink &l : s.links) {
        const CatalogueEntry type = s.linkTypes.value(l.typeCode);
        out += QStringLiteral("  %1 -> %2 [label=%3, penwidth=%4%5%6];\n")
                   .arg(dotQuote(s.keys.value(l.source.value)), dotQuote(s.keys.value(l.target.value)),
                        dotQuote(type.label.isEmpty() ? l.typeCode : type.label))
                   .arg(l.intensity)
                   .arg(l.direction == LinkDirection::Undirected ? QStringLiteral(", dir=none") : QString(),
                        type.color.isEmpty() ? QString() : QStringLiteral(", color=%1").arg(dotQuote(type.color)));
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

Status write(RegistryRepository &registry, const QString &format, const QString &path,
             const GraphExportOptions &options)
{
    Result<QByteArray> bytes = Error::make(QString());
    if (format == u"graphml")
        bytes = graphMl(registry, options);
    else if (format == u"gexf")
        bytes = gexf(registry, options);
    else if (format == u"dot")
        bytes = dot(registry, options);
    else
        return Error::make(tr("Das Graphformat „%1“ ist unbekannt (graphml, gexf, dot).").arg(format));
    if (!bytes.ok())
        return bytes.error();
    return saveFileAtomically(path, *bytes);
}

Result<QList<ImportSource>> readGraphMl(const QByteArray &bytes, const QString &fileName, const GraphMlLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error::at(fileName, 0, {}, tr("Die Datei ist zu groß."));
    const QStringList actorCols = ExchangeExporter::actorColumns();
    const QStringList linkCols = ExchangeExporter::linkColumns();
    Table actors;
    actors.file = fileName;
    actors.encoding = QStringLiteral("GraphML");
    actors.header = actorCols;
    Table links = actors;
    links.header = linkCols;

    struct Key
    {
        QString name;
        QString forWhat;
    };
    QHash<QString, Key> keys;
    QXmlStreamReader xml(bytes);
    bool sawGraphMl = false;
    int elements = 0;
    TableRow current;
    enum class In { Nothing, Node, Edge } in = In::Nothing;
    QString nodeName;
    QString nodeLabel;
    auto fail = [&](int line, const QString &message) { return Error::at(fileName, line, {}, message); };
    while (!xml.atEnd()) {
        xml.readNext();
        const int line = static_cast<int>(xml.lineNumber());
        if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference)
            return fail(line, tr("Die Datei enthält eine DTD mit Entitäten, wie sie GraphML nicht braucht; sie wird "
                                 "abgelehnt (möglicherweise eine XML-Bombe)."));
        if (xml.isStartElement()) {
            if (++elements > limits.maxElements)
                return fail(line, tr("Die Datei hat mehr als %1 Elemente.").arg(limits.maxElements));
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == u"graphml") {
                sawGraphMl = true;
            } else if (!sawGraphMl) {
                return fail(line, tr("Die Datei ist keine GraphML-Datei (das Wurzelelement heißt „%1“ statt "
                                     "„graphml“).")
                                      .arg(name.toString().left(40)));
            } else if (name == u"key") {
                keys.insert(attrs.value(QLatin1String("id")).toString(),
                            Key{attrs.value(QLatin1String("attr.name")).toString(),
                                attrs.value(QLatin1String("for")).toString()});
            } else if (name == u"graph" && in != In::Nothing) {
                return fail(line, tr("Verschachtelte Graphen (Untergraphen) werden nicht eingelesen."));
            } else if (name == u"node") {
                in = In::Node;
                current = TableRow{};
                current.line = line;
                current.cells = QStringList(actorCols.size(), QString());
                current.cells[0] = attrs.value(QLatin1String("id")).toString();
                nodeName.clear();
                nodeLabel.clear();
                if (current.cells[0].isEmpty())
                    return fail(line, tr("Ein Knoten hat keine id."));
            } else if (name == u"edge") {
                in = In::Edge;
                current = TableRow{};
                current.line = line;
                current.cells = QStringList(linkCols.size(), QString());
                current.cells[0] = attrs.value(QLatin1String("source")).toString();
                current.cells[1] = attrs.value(QLatin1String("target")).toString();
                if (current.cells[0].isEmpty() || current.cells[1].isEmpty())
                    return fail(line, tr("Einer Kante fehlt source oder target."));
                if (attrs.value(QLatin1String("directed")) == u"false")
                    current.cells[linkCols.indexOf(QStringLiteral("direction"))] = QStringLiteral("<->");
            } else if (name == u"data" && in != In::Nothing) {
                const Key key = keys.value(attrs.value(QLatin1String("key")).toString());
                const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.hasError())
                    break;
                if (value.size() > limits.maxValueChars)
                    return fail(line, tr("Der Wert von „%1“ ist mit %2 Zeichen zu lang (höchstens %3).")
                                          .arg(key.name)
                                          .arg(value.size())
                                          .arg(limits.maxValueChars));
                if (in == In::Node) {
                    qsizetype column = actorCols.indexOf(key.name);
                    if (key.name == u"scp")
                        column = actorCols.indexOf(QStringLiteral("scp"));
                    if (key.name == u"label")
                        nodeLabel = value;
                    if (key.name == u"name")
                        nodeName = value;
                    if (column > 0)
                        current.cells[column] = value;
                } else {
                    const qsizetype column = linkCols.indexOf(key.name);
                    if (column > 1)
                        current.cells[column] = value;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"node" && in == In::Node) {
                const qsizetype nameColumn = actorCols.indexOf(QStringLiteral("name"));
                if (current.cells[nameColumn].isEmpty())
                    current.cells[nameColumn] = nodeLabel.isEmpty() ? current.cells[0] : nodeLabel;
                actors.rows << current;
                in = In::Nothing;
            } else if (xml.name() == u"edge" && in == In::Edge) {
                links.rows << current;
                in = In::Nothing;
            }
        }
    }
    if (xml.hasError())
        return fail(
            static_cast<int>(xml.lineNumber()),
            tr("Die Datei ist kein gültiges XML (Spalte %1: %2).").arg(xml.columnNumber()).arg(xml.errorString()));
    if (!sawGraphMl)
        return fail(0, tr("Die Datei ist keine GraphML-Datei."));
    QList<ImportSource> sources;
    sources << ImportSource{ImportKind::Actors, actors, std::nullopt};
    if (!links.rows.isEmpty())
        sources << ImportSource{ImportKind::Links, links, std::nullopt};
    return sources;
}

Result<QList<ImportSource>> readGraphMlFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::at(path, 0, {}, tr("Die Datei gibt es nicht."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, {}, tr("Die Datei kann nicht gelesen werden: %1").arg(file.errorString()));
    if (file.size() > GraphMlLimits{}.maxFileBytes)
        return Error::at(path, 0, {}, tr("Die Datei ist zu groß."));
    return readGraphMl(file.readAll(), path);
}

} // namespace netzatlas::GraphFormats
