"""Reader for tables: a header row of field labels, then one row per nominee.

This is the notification's own layout ("Country Name Surname Organization
Position/Role Contact number Official Email address"), pasted as text with
tabs, pipes or space alignment, or arriving as HTML/DOCX/XLSX/CSV rows. Text is
scanned for such blocks first; the lines they use are handed back so the
label-line reader does not read them twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from intakebot.analysis.labels import label_key, lookup, may_begin_label
from intakebot.analysis.readers.common import Collector, finalise
from intakebot.records import Draft

_MULTISPACE_RE = re.compile(r"\S(?: {2,}|\u00a0{2,})\S")
_SEPARATOR_ROW_RE = re.compile(r"^[\s|:+\-=]+$")
#: Headings of a numbering column: "No.", "N°", "S/N", "Sr. No", "#", "Item".
_NUMBER_HEAD_RE = re.compile(r"^\s*(?:n[o°º]?\.?|s\s*/\s*n|sr\.?\s*no\.?|sl\.?\s*no\.?|#|item|n[uú]m(?:ero|\.)?)\s*$", re.I)


def split_cells(line: str) -> tuple[list[str], str]:
    """Cells of one text line and the delimiter used ("tab", "pipe", "space", "")."""
    if "\t" in line:
        return [c.strip() for c in line.strip("\n").split("\t")], "tab"
    if line.count("|") >= 2:
        inner = line.strip()
        if inner.startswith("|"):
            inner = inner[1:]
        if inner.endswith("|"):
            inner = inner[:-1]
        return [c.strip() for c in inner.split("|")], "pipe"
    if _MULTISPACE_RE.search(line):
        return [c.strip() for c in re.split(r" {2,}", line.strip())], "space"
    return [line.strip()], ""


def header_fields(cells: Sequence[str]) -> list[str | None] | None:
    """The field of each header cell, or None when the row is not a header.

    A header names at least three distinct fields and every non-empty cell
    is a label (so a data row that happens to contain "Kenya" is not one).
    """
    keys: list[str | None] = []
    named = unknown = 0
    for c in cells:
        if not c.strip():
            keys.append(None)
            continue
        hit = lookup(c)
        if hit is None:
            if len(c) > 2 and not _NUMBER_HEAD_RE.match(c):
                unknown += 1
            keys.append(None)
            continue
        keys.append(hit.field)
        named += 1
    distinct = {k for k in keys if k}
    # One unknown heading ("Contact details" over a two-level header) is tolerated
    # when at least four fields are named; a data row never names four.
    if named >= 3 and len(distinct) >= 3 and (unknown == 0 or (unknown == 1 and len(distinct) >= 4)):
        return keys
    return None


def sub_header(cells: Sequence[str], keys: list[str | None]) -> list[str | None] | None:
    """The second row of a two-level header ("Contact details" over "Tel" | "Email").

    Every non-empty cell is a label and at least one fills a column the first
    row left unnamed; returns the combined keys, or None.
    """
    merged = list(keys) + [None] * max(0, len(cells) - len(keys))
    filled = False
    for i, c in enumerate(cells):
        if not c.strip():
            continue
        hit = lookup(c)
        if hit is None:
            return None
        if merged[i] is None:
            merged[i] = hit.field
            filled = True
    return merged if filled else None


def split_spaced_header(line: str) -> list[str] | None:
    """Split a header pasted with single spaces ("Country Name Surname ...").

    Greedy longest match of known labels over the words; every word must be
    used (notes in parentheses are ignored). Returns the labels, or None.
    """
    words = label_key(line).split()
    if len(words) < 4 or len(words) > 40:
        return None
    out: list[str] = []
    i = 0
    while i < len(words):
        if not may_begin_label(words[i]):
            return None
        for n in range(min(8, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if lookup(phrase) is not None:
                out.append(phrase)
                i += n
                break
        else:
            return None
    return out if len(out) >= 4 else None


def read_grid(
    rows: Sequence[Sequence[str]],
    origin: str,
    language: str,
    row_origin: Callable[[int], str] | None = None,
) -> list[Draft]:
    """Drafts from a grid: header tables, label/value pairs, label columns."""
    drafts: list[Draft] = []
    header: list[str | None] | None = None
    kv = Collector(origin, language)
    for r, row in enumerate(rows):
        cells = [str(c) if c is not None else "" for c in row]
        if not any(c.strip() for c in cells):
            continue
        h = header_fields(cells)
        if h is not None:
            header = h
            continue
        if header is not None and (sub := sub_header(cells, header)) is not None:
            header = sub
            continue
        if header is not None:
            raw = {}
            for key, cell in zip(header, cells, strict=False):
                if key and cell.strip() and key not in raw:
                    raw[key] = cell
            fields = finalise(raw, language=language)
            if fields:
                drafts.append(Draft(fields=fields, origin=row_origin(r) if row_origin else origin))
            continue
        hit = lookup(cells[0]) if cells[0].strip() else None
        if hit is not None:
            values = [c for c in cells[1:] if c.strip()]
            if values:
                kv.add(hit.field, values[0], row_origin(r) if row_origin else origin)
    drafts.extend(kv.result())
    return drafts


def read_text_tables(text: str, origin: str, language: str) -> tuple[list[Draft], str]:
    """Header-row tables in ``text``; returns the drafts and the text without them."""
    lines = text.split("\n")
    used: set[int] = set()
    drafts: list[Draft] = []
    i = 0
    while i < len(lines):
        keys, cells, delim = _header(lines[i])
        if keys is None:
            vert = _vertical_header(lines, i)
            if vert:
                n_used, vdrafts = _read_vertical(lines, i, vert, origin, language)
                drafts.extend(vdrafts)
                used.update(range(i, i + n_used))
                i += n_used
            else:
                i += 1
            continue
        offsets = _offsets(lines[i], cells) if delim == "space" else None
        used.add(i)
        i = _read_rows(lines, i, keys, offsets, origin, language, used, drafts)
    rest = "\n".join(ln for k, ln in enumerate(lines) if k not in used)
    return drafts, rest


def _header(line: str) -> tuple[list[str | None] | None, list[str], str]:
    """The fields a header row names (None when ``line`` is no header), its cells and delimiter."""
    cells, delim = split_cells(line)
    keys = header_fields(cells) if delim else None
    if keys is None and not delim:
        spaced = split_spaced_header(line)
        if spaced:
            keys = [hit.field if (hit := lookup(p)) else None for p in spaced]
    return keys, cells, delim


def _read_rows(
    lines: list[str], i: int, keys: list[str | None], offsets: list[int] | None, origin: str, language: str,
    used: set[int], drafts: list[Draft],
) -> int:
    """The rows under the header on line ``i``, one draft each (into ``drafts``; their lines into
    ``used``); returns the first line after the table."""
    j = i + 1
    blanks = 0
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            blanks += 1
            if blanks > 2:
                break
            j += 1
            continue
        if _SEPARATOR_ROW_RE.match(line):
            used.add(j)
            j += 1
            continue
        rc, rdelim = split_cells(line)
        if rdelim and j == i + 1 and (sub := sub_header(rc, keys)) is not None:
            keys = sub
            used.add(j)
            j += 1
            continue
        if not rdelim or len([c for c in rc if c]) < 2:
            break
        if offsets and len(rc) != len(keys):
            rc = _slice(line, offsets)
        raw: dict[str, str] = {}
        for key, cell in zip(keys, rc, strict=False):
            if key and cell and key not in raw:
                raw[key] = cell
        fields = finalise(raw, language=language)
        if fields:
            drafts.append(Draft(fields=fields, origin=origin))
        used.add(j)
        blanks = 0
        j += 1
    return j


def _offsets(line: str, cells: list[str]) -> list[int]:
    out: list[int] = []
    pos = 0
    for c in cells:
        k = line.find(c, pos)
        out.append(k if k >= 0 else pos)
        pos = (k if k >= 0 else pos) + len(c)
    return out


def _slice(line: str, offsets: list[int]) -> list[str]:
    """Cut a space-aligned row at the header's column starts (empty cells survive)."""
    out = []
    for n, start in enumerate(offsets):
        end = offsets[n + 1] if n + 1 < len(offsets) else len(line)
        out.append(line[start:end].strip())
    return out


def _vertical_header(lines: list[str], i: int) -> list[str] | None:
    """A header copied from a PDF one cell per line: five or more label lines in a row."""
    keys: list[str] = []
    j = i
    while j < len(lines) and len(keys) < 12:
        s = lines[j].strip()
        if not s or ":" in s:
            break
        hit = lookup(s)
        if hit is None or hit.field in keys:
            break
        keys.append(hit.field)
        j += 1
    return keys if len(keys) >= 5 else None


def _read_vertical(
    lines: list[str], i: int, keys: list[str], origin: str, language: str
) -> tuple[int, list[Draft]]:
    j = i + len(keys)
    values: list[str] = []
    while j < len(lines) and len(values) < len(keys) * 50:
        s = lines[j].strip()
        if not s:
            if values and len(values) % len(keys) == 0:
                break
            j += 1
            continue
        if ":" in s and lookup(s.split(":", 1)[0]) is not None:
            break
        values.append(s)
        j += 1
    drafts = []
    for start in range(0, len(values) - len(keys) + 1, len(keys)):
        raw = dict(zip(keys, values[start : start + len(keys)], strict=False))
        fields = finalise(raw, language=language)
        if fields:
            drafts.append(Draft(fields=fields, origin=origin))
    return j - i, drafts
