"""Reader for CSV exports: "," ";" or tab separated, UTF-8 (with or without BOM) or latin-1."""

from __future__ import annotations

import csv
import io

from intakebot.analysis.mime import decode_bytes
from intakebot.analysis.readers.table import read_grid
from intakebot.records import Draft

_MAX_ROWS = 2000


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return decode_bytes(data, None)  # UTF-8 if valid, else windows-1252/latin-1


def sniff_delimiter(text: str) -> str:
    """The delimiter used most on any of the first lines (a title line above the header has none)."""
    head = [ln for ln in text.splitlines()[:20] if ln.strip()][:6]
    counts = {d: max((ln.count(d) for ln in head), default=0) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, origin: str, language: str) -> list[Draft]:
    text = decode_csv(data)
    delim = sniff_delimiter(text)
    rows: list[list[str]] = []
    try:
        for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delim)):
            if n >= _MAX_ROWS:
                break
            rows.append(row)
    except csv.Error:
        pass  # keep the rows read so far

    def row_origin(r: int) -> str:
        return f"{origin}#row{r + 1}"

    return read_grid(rows, origin, language, row_origin)
