// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <netzatlas/core/RegistryRepository.h>
#include <netzatlas/core/Result.h>
#include <netzatlas/io/ExchangeImporter.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace netzatlas {

/// What goes into a graph export.
struct GraphExportOptions
{
    QString view;              ///< saved view whose positions are written; empty = the first view with positions
    QString title;             ///< graph title; default: the registry title
    bool withContacts = false; ///< contact persons (personal data) only when asked for explicitly
};

/// Network exchange formats for other tools. Actors are nodes (id = exchange key), links are edges; every actor
/// and link attribute of the exchange CSV is written with its type. Links are written source → target with a
/// `direction` attribute ("->" or "<->"): networkx and igraph cannot read graphs that mix directed and undirected
/// edges. All writes are atomic (QSaveFile).
namespace GraphFormats {

/// GraphML (graphml.graphdrawing.org) with typed keys: read by networkx, igraph, Gephi and yEd.
[[nodiscard]] Result<QByteArray> graphMl(RegistryRepository &registry, const GraphExportOptions &options = {});
/// GEXF 1.3 for Gephi with viz colours (catalogue colour of the actor type), sizes (by number of links) and
/// positions (of the view, else a circle per actor type).
[[nodiscard]] Result<QByteArray> gexf(RegistryRepository &registry, const GraphExportOptions &options = {});
/// DOT for Graphviz: nodes filled with the catalogue colour, undirected links without arrow heads.
[[nodiscard]] Result<QByteArray> dot(RegistryRepository &registry, const GraphExportOptions &options = {});

/// Writes `format` ("graphml", "gexf", "dot") atomically to `path`.
[[nodiscard]] Status write(RegistryRepository &registry, const QString &format, const QString &path,
                           const GraphExportOptions &options = {});

struct GraphMlLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    int maxValueChars = 100000;
    int maxElements = 2000000;
};

/// Reads a GraphML file (Netzatlas' own export, or another tool's when its attributes use the exchange names)
/// into an actor table and a link table for ExchangeImporter, so that GraphML goes through the same mapping,
/// dry run and update-by-key path as CSV and XLSX; a round trip changes nothing. DTDs are refused (XML bombs).
[[nodiscard]] Result<QList<ImportSource>> readGraphMl(const QByteArray &bytes, const QString &fileName,
                                                      const GraphMlLimits &limits);
[[nodiscard]] inline Result<QList<ImportSource>> readGraphMl(const QByteArray &bytes, const QString &fileName)
{
    return readGraphMl(bytes, fileName, GraphMlLimits{});
}
[[nodiscard]] Result<QList<ImportSource>> readGraphMlFile(const QString &path);

} // namespace GraphFormats

} // namespace netzatlas
