"""The export's bytes: CSV (formulas neutralised) or XLSX (every cell typed as text).

Why XLSX beside CSV: a CSV opened in Excel turns ``+41 22 917 81 39`` into a
number and ``=HYPERLINK(...)`` into a formula, so the CSV escapes such cells
with a leading apostrophe -- which then shows in front of every phone number.
In the XLSX every cell is a string cell with the Text number format: nothing
is evaluated, nothing converted, and no apostrophe is needed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from intakebot.decisions.review import escape_cell


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([[escape_cell(c) for c in row] for row in rows])
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(rows: Sequence[Sequence[str]], title: str = "CUG officials") -> bytes:
    from openpyxl import Workbook  # heavy; only for --xlsx
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c)
            cell.value = value
            cell.data_type = "s"  # openpyxl would read "=..." as a formula: a string, always
            cell.number_format = "@"
            if r == 1:
                cell.font = Font(bold=True)
    for c in range(1, (len(rows[0]) if rows else 0) + 1):
        width = max(len(str(row[c - 1])) for row in rows) + 2
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = min(60, width)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
