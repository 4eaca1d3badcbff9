#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
"""Runs the analyses of `netzatlas-cli bench` with igraph (Debian python3-igraph) on the same edge list.

    bench/igraph_compare.py EDGES [--json FILE] [--skip-all-pairs]

EDGES is the file `bench-<scale>-<seed>.edges` written by `netzatlas-cli bench --out DIR`: a comment line
"# vertices N", then "u v weight" per collapsed edge (0-based vertices). Times are wall-clock seconds of
the igraph calls alone; peak memory is ru_maxrss of this Python process (igraph and the interpreter).
--skip-all-pairs leaves out betweenness, closeness, diameter and mean path length (one BFS per vertex), as
at Bund scale where igraph has no sampled betweenness.
"""
import argparse
import json
import resource
import sys
import time

import igraph as ig


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--json")
    parser.add_argument("--skip-all-pairs", action="store_true")
    args = parser.parse_args()

    timings = {}

    def measure(key, work):
        start = time.perf_counter()
        result = work()
        timings[key] = time.perf_counter() - start
        print(f"{key:28s} {timings[key]:10.3f} s", flush=True)
        return result

    def load():
        with open(args.edges) as f:
            header = f.readline().split()
            n = int(header[2])
            edges, weights = [], []
            for line in f:
                u, v, w = line.split()
                edges.append((int(u), int(v)))
                weights.append(float(w))
        g = ig.Graph(n=n, edges=edges, directed=False)
        g.es["weight"] = weights
        return g

    g = measure("load", load)
    measure("degrees", lambda: (g.degree(), g.strength(weights="weight")))
    measure("components", lambda: g.connected_components())
    measure("biconnected", lambda: (g.biconnected_components(return_articulation_points=True), g.bridges()))
    measure("kcore", lambda: g.coreness())
    measure("clustering", lambda: (g.transitivity_local_undirected(mode="zero"), g.transitivity_undirected()))
    measure("constraint", lambda: g.constraint(weights="weight"))
    measure("eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=True))
    communities = measure("louvain", lambda: g.community_multilevel(weights="weight"))
    result = {"actors": g.vcount(), "pairs": g.ecount(), "modularity": communities.modularity}
    if not args.skip_all_pairs:
        measure("betweenness", lambda: g.betweenness(directed=False))
        measure("closeness", lambda: g.harmonic_centrality(normalized=True))
        result["diameter"] = measure("diameter", lambda: g.diameter(directed=False, unconn=True))
        result["averagePathLength"] = measure("averagePathLength",
                                              lambda: g.average_path_length(directed=False, unconn=True))
    total = sum(v for k, v in timings.items() if k != "load")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"{'analyses total':28s} {total:10.3f} s")
    print(f"peak memory (ru_maxrss)      {peak:10.0f} MiB")
    print(f"igraph {ig.__version__}: {g.vcount()} vertices, {g.ecount()} edges, modularity {communities.modularity:.3f}")
    result.update({"igraph": ig.__version__, "timings": timings, "analysesSeconds": total, "peakMemoryMiB": peak})
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
