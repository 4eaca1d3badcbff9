#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
"""Writes the XLSX fixtures of the tests (committed; run again after changing them):
schulliste-excel.xlsx  – the school list of schulliste-excel-win1252.csv as Excel saves it (numbers as numbers, a
                         cover sheet first, the list on the second sheet "Schulen")
verbindungen-excel.xlsx – the links of verbindungen-excel.csv with real date cells (German date format)
Uses Debian's python3-openpyxl: /usr/bin/python3 tests/data/make_xlsx_fixtures.py tests/data
"""
import csv
import datetime
import io
import sys

import openpyxl
from openpyxl.styles import Font

out = sys.argv[1] if len(sys.argv) > 1 else "."

wb = openpyxl.Workbook()
cover = wb.active
cover.title = "Hinweise"
cover["A1"] = "Schulliste des Landkreises (Stand 01.08.2025)"
cover["A1"].font = Font(bold=True)
sheet = wb.create_sheet("Schulen")
with open(f"{out}/schulliste-excel-win1252.csv", encoding="cp1252") as f:
    rows = list(csv.reader(f, delimiter=";"))
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row, start=1):
        if r > 1 and c in (1, 5) and value.isdigit():
            value = int(value)  # Schul-Nr. and PLZ as Excel stores typed numbers
        sheet.cell(row=r, column=c, value=value)
    if r == 1:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
sheet.freeze_panes = "A2"
wb.save(f"{out}/schulliste-excel.xlsx")

wb = openpyxl.Workbook()
sheet = wb.active
sheet.title = "Verbindungen"
with open(f"{out}/verbindungen-excel.csv", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, delimiter=";"))
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row, start=1):
        cell = sheet.cell(row=r, column=c)
        if r > 1 and c in (1, 2) and value.isdigit():
            cell.value = int(value)
        elif r > 1 and c in (6, 7) and value:
            if "." in value:
                d = datetime.datetime.strptime(value, "%d.%m.%Y")
            else:
                d = datetime.datetime.strptime(value, "%Y-%m-%d")
            cell.value = d.date()
            cell.number_format = "DD.MM.YYYY"
        elif r > 1 and c == 5 and value.isdigit():
            cell.value = int(value)
        else:
            cell.value = value
wb.save(f"{out}/verbindungen-excel.xlsx")
