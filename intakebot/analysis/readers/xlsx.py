"""Reader for Excel workbooks: each sheet is a grid, each row keeps its origin.

openpyxl is used read-only (it parses with defusedxml when installed, and
the container is checked by :mod:`.zipguard` first); cells are read as their
cached values, never as formulas.
"""

from __future__ import annotations

import io
import warnings

from intakebot.analysis.readers.table import read_grid
from intakebot.analysis.readers.zipguard import open_zip
from intakebot.config import LimitsConfig
from intakebot.records import Draft

_MAX_ROWS = 2000
_MAX_COLS = 40


def read_xlsx(data: bytes, origin: str, language: str, limits: LimitsConfig) -> list[Draft]:
    open_zip(data, limits)
    import openpyxl  # imported lazily: ~100 ms, and most mail has no workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    drafts: list[Draft] = []
    try:
        for ws in wb.worksheets:
            rows: list[list[str]] = []
            for n, row in enumerate(ws.iter_rows(values_only=True, max_col=_MAX_COLS)):
                if n >= _MAX_ROWS:
                    break
                rows.append([_cell(v) for v in row])
            title = ws.title

            def row_origin(r: int, title: str = title) -> str:
                return f"{origin}#{title}!row{r + 1}"

            drafts.extend(read_grid(rows, origin, language, row_origin))
    finally:
        wb.close()
    return drafts


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # phone numbers typed into a number cell
    return str(v)
