#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
"""Independent readers check netzatlas-cli's exports: networkx and igraph read the GraphML, networkx the GEXF 1.3
(with node and edge counts and attributes), openpyxl the XLSX (formula-looking names stay text, header bold,
frozen, filtered, German formats).

usage: check_exports.py NETZATLAS_CLI WORKDIR
"""
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import openpyxl

cli, work = sys.argv[1], sys.argv[2]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
reg = os.path.join(work, "demo.sqlite")


def run(*args):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"netzatlas-cli {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


run("init", reg, "--demo")
formulas = ["=HYPERLINK(\"http://example.org\";\"klick\")", "+49 671 123", "-Rest", "@SUMME(A1)", "=1+2"]
with open(os.path.join(work, "formeln.csv"), "w", encoding="utf-8-sig") as f:
    f.write("id;name;type\n")
    for i, name in enumerate(formulas):
        quoted = '"' + name.replace('"', '""') + '"'
        f.write(f"F{i};{quoted};VEREIN\n")
run("import", reg, "--actors", os.path.join(work, "formeln.csv"))
stats_path = os.path.join(work, "stats.json")
with open(stats_path, "w") as f:
    f.write(run("stats", reg, "--json"))
with open(stats_path) as f:
    stats = json.load(f)


def count(stats, *names):
    for name in names:
        if name in stats:
            value = stats[name]
            if isinstance(value, dict):
                return value["total"]
            return value if isinstance(value, int) else len(value)
    for value in stats.values():
        if isinstance(value, dict):
            found = count(value, *names)
            if found is not None:
                return found
    return None


actors = count(stats, "actors", "akteure")
links = count(stats, "links", "verbindungen")
assert actors and links, f"stats --json without actor/link counts: {stats}"

# GraphML: networkx and igraph
graphml = os.path.join(work, "netz.graphml")
run("export", reg, "--format", "graphml", "--out", graphml)
g = nx.read_graphml(graphml, force_multigraph=True)
assert g.number_of_nodes() == actors, (g.number_of_nodes(), actors)
assert g.number_of_edges() == links, (g.number_of_edges(), links)
assert g.is_directed()
names = {d.get("name") for _, d in g.nodes(data=True)}
for name in formulas:
    assert name in names, name
some = next(d for _, d in g.nodes(data=True) if d.get("type") == "SCHULE")
assert isinstance(some["scp"], bool), some
assert some.get("schulart"), some
edge = next(iter(g.edges(data=True)))[2]
assert isinstance(edge["intensity"], int) and 1 <= edge["intensity"] <= 3, edge
assert edge["direction"] in ("->", "<->"), edge
assert isinstance(edge["weight"], float)
assert "kontakte" not in some
try:
    import igraph
    ig = igraph.Graph.Read_GraphML(graphml)
    assert ig.vcount() == actors and ig.ecount() == links, (ig.vcount(), ig.ecount())
    assert "name" in ig.vs.attributes() and "type" in ig.es.attributes()
except ImportError:
    pass

# GEXF 1.3: networkx 2.8 knows the 1.1 and 1.2 drafts only; 1.3 differs in the namespace (networkx 3 adds the
# same entry).
from networkx.readwrite import gexf as gexf_module
if "1.3" not in gexf_module.GEXF.versions:
    gexf_module.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
gexf = os.path.join(work, "netz.gexf")
run("export", reg, "--format", "gexf", "--out", gexf)
root = ET.parse(gexf).getroot()
assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3", root.tag
h = nx.read_gexf(gexf)
assert h.number_of_nodes() == actors, (h.number_of_nodes(), actors)
assert h.number_of_edges() == links, (h.number_of_edges(), links)
node = next(d for _, d in h.nodes(data=True) if d.get("type") == "SCHULE")
viz = node["viz"]
assert set(viz["color"]) >= {"r", "g", "b"} and viz["size"] > 0 and "x" in viz["position"], viz
assert node["label"]
assert isinstance(node["scp"], bool)

# DOT
dot = os.path.join(work, "netz.dot")
run("export", reg, "--format", "dot", "--out", dot)
with open(dot, encoding="utf-8") as f:
    text = f.read()
assert text.startswith("digraph") and text.count(" -> ") == links

# XLSX: openpyxl
xlsx = os.path.join(work, "netz.xlsx")
run("export", reg, "--format", "xlsx", "--out", xlsx)
wb = openpyxl.load_workbook(xlsx)
assert "Akteure" in wb.sheetnames and "Verbindungen" in wb.sheetnames and "Maßnahmen" in wb.sheetnames, wb.sheetnames
assert "Kontaktpersonen" not in wb.sheetnames
assert len(wb.sheetnames) > 5, wb.sheetnames  # analysis results
ws = wb["Akteure"]
header = [c.value for c in ws[1]]
assert header[:3] == ["id", "name", "type"], header
assert all(c.font.b for c in ws[1] if c.value), "header not bold"
assert ws.freeze_panes == "A2", ws.freeze_panes
assert ws.auto_filter.ref, "no autofilter"
assert ws.max_row == actors + 1, (ws.max_row, actors)
seen = {}
for row in ws.iter_rows(min_row=2):
    seen[row[1].value] = row[1]
for name in formulas:
    cell = seen[name]
    assert cell.data_type == "s", (name, cell.data_type)
    assert cell.value == name
lk = wb["Verbindungen"]
assert lk.max_row == links + 1
since = header_l = [c.value for c in lk[1]].index("since")
dates = [r[since] for r in lk.iter_rows(min_row=2) if r[since].value is not None]
assert dates and dates[0].is_date and dates[0].number_format.lower().startswith("dd.mm.yyyy"), dates[0].number_format
m = wb["Maßnahmen"]
cost = [c.value for c in m[1]].index("geplante Kosten")
cells = [r[cost] for r in m.iter_rows(min_row=2)]
assert cells and isinstance(cells[0].value, (int, float)) and "€" in cells[0].number_format, cells[0].number_format
print(f"ok: {actors} actors, {links} links in GraphML (networkx, igraph), GEXF 1.3, DOT and XLSX")
