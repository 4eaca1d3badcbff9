#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
"""Independent reader of the Chancenbudget plan XLSX (openpyxl, Debian python3-openpyxl).

Usage: check_plan_xlsx.py PLAN.xlsx EXPECTED.json

EXPECTED.json:
  {"school_year": "2025/26", "traeger": "…", "date": "23.11.2026",
   "totals": {"Säule I": {"Geplant": 123.45, …}, …, "Übersicht": {"Budget": …}},   # optional, hand-computed
   "text_cells": ["=SUMME(A1)+1", …]}                                            # must be text, not formulas
Checks: sheets and title rows; per sheet the cached SUM values equal the sum of the data rows and the
expected totals; the sum cells are SUM formulas; the text cells are strings; money cells carry a euro format;
frozen header and autofilter. Prints every problem and exits 1 on any.
"""
import json
import sys

import openpyxl

HEADER_ROW = 7  # 1-based
PILLAR_SHEETS = ["Säule I", "Säule II Schule", "Säule II Schulträger", "Säule III"]
MONEY_HEADERS = ["Geplant", "Bewilligt", "Abgerufen", "Ausgegeben"]

problems = []


def fail(message):
    problems.append(message)


def close(a, b):
    return abs(float(a) - float(b)) < 0.005


def columns(ws):
    return {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(HEADER_ROW, c).value}


def sum_row(ws, label_column):
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        value = ws.cell(r, label_column).value
        if isinstance(value, str) and value.startswith("Summe"):
            return r
    return None


def main():
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)

    wanted = ["Übersicht"] + PILLAR_SHEETS + ["Hinweise"]
    if values.sheetnames != wanted:
        fail(f"sheets {values.sheetnames} != {wanted}")
        return
    for name in wanted:
        ws = values[name]
        title = ws["A1"].value or ""
        if f"Chancenbudget-Plan Schuljahr {expected['school_year']}" not in title:
            fail(f"{name}: title A1 is {title!r}")
        if not (ws["A2"].value or "").startswith("Schulträger: " + expected.get("traeger", "")):
            fail(f"{name}: A2 is {ws['A2'].value!r}")
        if f"Stand: {expected['date']}" not in (ws["A3"].value or ""):
            fail(f"{name}: A3 is {ws['A3'].value!r}")
        if formulas[name].freeze_panes is None or not formulas[name].freeze_panes.endswith(str(HEADER_ROW + 1)):
            fail(f"{name}: header not frozen ({formulas[name].freeze_panes})")
        if not formulas[name].auto_filter.ref:
            fail(f"{name}: no autofilter")

    totals = expected.get("totals", {})
    for name in PILLAR_SHEETS + ["Übersicht"]:
        ws, wf = values[name], formulas[name]
        cols = columns(ws)
        label_column = 1 if name == "Übersicht" else 2
        row = sum_row(ws, label_column)
        if row is None:
            fail(f"{name}: no sum row")
            continue
        headers = MONEY_HEADERS + (["Budget", "Rest (Budget − ausgegeben)"] if name == "Übersicht" else [])
        for header in headers:
            if header not in cols:
                fail(f"{name}: column {header!r} missing")
                continue
            c = cols[header]
            data = [ws.cell(r, c).value for r in range(HEADER_ROW + 1, row)]
            computed = sum(v for v in data if isinstance(v, (int, float)))
            cached = ws.cell(row, c).value
            formula = wf.cell(row, c).value
            if not (isinstance(formula, str) and formula.startswith("=SUM(")):
                fail(f"{name}/{header}: sum cell is {formula!r}, not a SUM formula")
            if cached is None or not close(cached, computed):
                fail(f"{name}/{header}: cached sum {cached} != sum of rows {computed}")
            want = totals.get(name, {}).get(header)
            if want is not None and (cached is None or not close(cached, want)):
                fail(f"{name}/{header}: total {cached} != expected {want}")
            for r in range(HEADER_ROW + 1, row + 1):
                cell = wf.cell(r, c)
                if isinstance(cell.value, (int, float)) or (isinstance(cell.value, str) and cell.value.startswith("=")):
                    if "€" not in cell.number_format:
                        fail(f"{name}!{cell.coordinate}: number format {cell.number_format!r} without €")

    # Text that looks like a formula stays text: no cell outside the sum rows and the Rest column is a formula.
    text_cells = set(expected.get("text_cells", []))
    found = set()
    for name in wanted:
        ws = formulas[name]
        cols = columns(ws)
        rest = cols.get("Rest (Budget − ausgegeben)")
        label_column = 1 if name == "Übersicht" else 2
        row_of_sum = sum_row(ws, label_column) if name != "Hinweise" else None
        for r in range(1, ws.max_row + 1):
            for c in range(1, ws.max_column + 1):
                cell = ws.cell(r, c)
                if cell.value in text_cells:
                    found.add(cell.value)
                    if cell.data_type != "s":
                        fail(f"{name}!{cell.coordinate}: {cell.value!r} is of type {cell.data_type}, not text")
                if cell.data_type == "f" and r != row_of_sum and c != rest:
                    fail(f"{name}!{cell.coordinate}: unexpected formula {cell.value!r}")
    for missing in text_cells - found:
        fail(f"text cell {missing!r} not found")


if __name__ == "__main__":
    main()
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print("OK")
