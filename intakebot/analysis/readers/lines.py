"""Reader for "Label: value" lines (and tab-separated label/value table rows).

The most common layout by far: officials type the notification's headings
as labels. A repeated label starts the next nominee; a label whose value is
on the following line is followed there; a row with several values after
the label (a table with one column per nominee) feeds one nominee per column.
"""

from __future__ import annotations

import re

from intakebot.analysis import typed, validation
from intakebot.analysis.labels import (
    FULL_NAME,
    PHONE_HINT,
    field_by_words,
    fold,
    label_key,
    lookup,
    names_the_person,
)
from intakebot.analysis.readers.common import SECOND_SURNAME, Collector
from intakebot.analysis.readers.nomination_words import NOT_A_PERSON, ORG_WORDS
from intakebot.records import Draft

# Bullets and numbering before the label; separators ":", tab, "|" and a spaced
# dash ("1. Country - Kenya"); a row may be framed by pipes ("| Country | Kenya |").
_LINE_RE = re.compile(
    r"^(?P<prefix>[ \t>*•·▪◦\-–|]*(?:\(?\d{1,2}[.)]\s*|\(?[a-hA-H][.)]\s+)?)\**\s*"
    r"(?P<label>[^:：\t|]{1,80}?)\s*\**\s*(?P<sep>[:：]|\t+|\s*\||\s+[-–—]\s+)\s*\**\s*(?P<value>.*?)\s*\|?\s*$"
)

_SEP_HINT_RE = re.compile(r"[:：\t|]|\s[-–—]\s")


_SECOND_SURNAME_RE = re.compile(r"(?i)^\s*(?:segundo\s+apellido|apellido\s+materno|2(?:º|°|do)?\.?\s+apellido)\s*$")


def parse_label(line: str, *, dash: bool = False) -> tuple[str, list[str]] | None:
    """(field key, values) when ``line`` is a label line, else None.

    ``dash``: a spaced dash may separate a label with no bullet or number before it
    ("Country - Kenya"); the caller allows it only inside a block of such lines.
    """
    # Leading blanks go first: against the pattern's overlapping blank runs a
    # long indented line (real spam has them) backtracks for seconds.
    if not _SEP_HINT_RE.search(line):
        return None  # no separator the pattern could match: skip its backtracking
    m = _LINE_RE.match(line.lstrip(" \t"))
    if not m:
        return None
    sep_dash = m.group("sep").strip() in ("-", "–", "—")
    if sep_dash and not dash and not m.group("prefix").strip():
        return None  # "Désignation - groupe fermé" is a title; a dash separates only numbered/bulleted labels
    hit = lookup(m.group("label"))
    value = m.group("value")
    if _SECOND_SURNAME_RE.match(m.group("label")):
        return SECOND_SURNAME, [value.strip()]  # "Segundo apellido: Mamani" adds to the first
    if hit is None:
        key = _typed_key(m.group("label"), value, ":" if sep_dash and dash else m.group("sep"))
        return None if key is None else (key, [value.strip()])
    if hit.field == "phone" and typed.FAX_RE.search(value):
        value = typed.without_fax(value)  # "+254 20 111 | Fax: +254 20 222"
    if m.group("sep") in (":", "：") or sep_dash:
        values = [v for v in re.split(r"\t+|\s\|\s", value)] if "\t" in value or " | " in value else [value]
    else:
        values = re.split(r"\t|\s*\|\s*", value)
    return hit.field, [v.strip() for v in values]


def _typed_key(label: str, value: str, sep: str) -> str | None:
    """The field of a label the lexicon lacks, decided by its words and its value (see :mod:`.typed`)."""
    if sep.strip() not in (":", "：", "") or len(label) > 40:
        return None
    field, named = field_by_words(label)
    v = value.strip()
    if not v:  # "Office telephone:" with the number on the next line: the words alone decide
        return field if field != PHONE_HINT and sep.strip() else None
    if field == "position" and typed.is_phone(v):
        return "phone"  # "Poste fixe : +228 22 21 33 32": a "poste" is also a telephone's extension
    if field is None:
        if not named and names_the_person(label) and typed.is_person_name(v, not_words=NOT_A_PERSON):
            return FULL_NAME  # "Officer: Kagiso Molefe"
        if not named and _names_its_body(label, v):
            return "organization"  # "Office : Office fédéral de …", "Centro: Centro de Inspección …"
        return None if named else typed.value_field(v)
    if field == "email":
        return field if typed.is_email(v) else None
    if field == PHONE_HINT:  # "Contact no.: +1 869 465 208": written as an international number, a telephone
        return "phone" if typed.is_phone(v) or (v.startswith("+") and typed.phone_shaped(v)) else None
    if field == "phone":
        return field if typed.is_phone(v) or typed.phone_shaped(v) else None
    return field


def _names_its_body(label: str, value: str) -> bool:
    """A one-word label that is a word for a body and that the value repeats as its first word: the value is that
    body's name, whatever the word ("Office", "Service", "Centro", "Commission")."""
    key = label_key(label)
    first = re.match(r"[\w'’\-]+", value)
    return " " not in key and key in ORG_WORDS and first is not None and fold(first.group(0)) == key


_NAME_LINE_RE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w'’.\-]*\s+){1,4}[A-ZÀ-Ý][\w'’.\-]*\s*$")


def read_lines(text: str, origin: str, language: str) -> list[Draft]:
    """Drafts from the label lines of ``text`` (already stripped of quotes).

    A "Country:" line makes numbers written without "+" on the lines below it
    numbers of that country, for labels decided by their value.
    """
    region = typed.region()
    country = next((ln for ln in text.split("\n")[:80] if _COUNTRY_HINT_RE.match(ln)), None)
    parsed = parse_label(country) if country else None
    code = validation.country_code(parsed[1][0]) if parsed and parsed[0] == "country" and parsed[1] else None
    with typed.message_region(code or region):
        drafts = _read_lines(text, origin, language)
    if any(len(d.fields) == 1 for d in drafts) and _foreign_labels(text) >= 3:
        drafts = [d for d in drafts if len(d.fields) > 1]  # "Name: fluxbox" among "Version:", "License:", "URL:"
    return drafts


_WORD_LABEL_RE = re.compile(r"^([A-Z][A-Za-z\-]{1,30}):[ \t]+\S")


def _foreign_labels(text: str) -> int:
    """How many one-word "Label: value" lines at the start of a line name no field: a file's own headers (a package
    spec, a config file), among which one "Name:" is the file's, not an official's."""
    return sum(1 for ln in text.split("\n")[:200]
               if (m := _WORD_LABEL_RE.match(ln)) and lookup(m.group(1)) is None
               and field_by_words(m.group(1)) == (None, False))


_COUNTRY_HINT_RE = re.compile(r"(?i)^[\W\d]*(?:country|pa[iy]s|party|partie|parte|nation|naci[óo]n|state|[ée]tat|estado)")


_DASH_RE = re.compile(r"\S\s+[-–—]\s+\S")


def dash_block(lines: list[str]) -> dict[int, tuple[str, list[str]]]:
    """Lines "Label - value" with no bullet before them that stand among others like them.

    One such line is as likely a title ("Désignation - groupe fermé") as a label;
    two in a row (blank lines between allowed) whose labels the lexicon knows are a
    block of labels, and so is each such line next to one of them.
    """
    if not any(" - " in ln or " – " in ln or " — " in ln for ln in lines):
        return {}
    loose = {i: p for i, ln in enumerate(lines)
             if _DASH_RE.search(ln) and parse_label(ln) is None and (p := parse_label(ln, dash=True)) is not None}
    known = set()
    for i in loose:
        m = _LINE_RE.match(lines[i].lstrip(" \t"))
        if m and lookup(m.group("label")) is not None:
            known.add(i)
    # Neighbours are the lines around, blank lines skipped (Outlook's HTML puts each line in a paragraph of its own).
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    near = {i: {a, b} for a, i, b in zip([-1, *filled[:-1]], filled, [*filled[1:], -1], strict=True)}
    anchors = {i for i in known if near[i] & known}
    return {i: p for i, p in loose.items() if i in anchors or near[i] & anchors}


#: A second label on the same line: "Tel: +679 331 1699   Email: …", "Tel: … | Email: …", "Nom : X - Prénom : Y",
#: "Tél. : … ; Courriel : …".
_SECOND_LABEL_RE = re.compile(r"(?:\s{3,}|\s+\|\s+|\s+[-–—]\s+|\s*;\s+)(?=[^\W\d][^:|\t;]{0,30}:\s*\S)")


#: Two labels and their two values, each pair split by a slash: "Nom de famille / Prénom(s) : MBA ONDO / Yannick".
_PAIRED_RE = re.compile(r"^\s*(?P<a>[^/:]{2,40}?)\s*/\s*(?P<b>[^/:]{2,40}?)\s*:\s*(?P<x>[^/]+?)\s+/\s+(?P<y>[^/]+?)\s*$")


def _split_labels(line: str) -> list[str]:
    if "/" in line and (m := _PAIRED_RE.match(line)):
        a, b = lookup(m.group("a")), lookup(m.group("b"))
        if a is not None and b is not None and a.field != b.field:
            return [f"{m.group('a')}: {m.group('x')}", f"{m.group('b')}: {m.group('y')}"]
    parts = _SECOND_LABEL_RE.split(line) if ":" in line else [line]
    return parts if len(parts) > 1 and all(parse_label(p) for p in parts) else [line]


def _bare_labels(lines: list[str]) -> dict[int, str]:
    """Labels with no separator, each over its value ("Cargo" / "Inspectora Fitosanitaria"), as Outlook Express and
    copied tables leave them: only in a form of three or more, since one such line is as likely a heading."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines[:-1]):
        s = line.strip()
        if not s or len(s) > 40 or _SEP_HINT_RE.search(s) or not lines[i + 1].strip() or parse_label(lines[i + 1]):
            continue
        hit = lookup(s)
        field = hit.field if hit is not None else field_by_words(s)[0]
        if field is not None and field != PHONE_HINT and len(s.split()) <= 4:
            found[i] = field
    return found if len(found) >= 3 else {}


_SPACED_RE = re.compile(r"^\s*(?P<label>\S[^\t:|]{0,40}?)\s{3,}(?P<value>\S.*)$")


def _spaced_labels(lines: list[str]) -> dict[int, tuple[str, list[str]]]:
    """Labels and values in columns aligned with spaces, no colon ("Country        Saint Lucia"): only labels the
    lexicon knows, and only in a form of three or more such lines."""
    found: dict[int, tuple[str, list[str]]] = {}
    for i, line in enumerate(lines):
        m = _SPACED_RE.match(line) if "   " in line and not _SEP_HINT_RE.search(line) else None
        hit = lookup(m.group("label")) if m else None
        if m and hit is not None:
            found[i] = (hit.field, [m.group("value").strip()])
    return found if len(found) >= 3 else {}


def _read_lines(text: str, origin: str, language: str) -> list[Draft]:
    lines = [part for ln in text.split("\n") for part in _split_labels(ln)]
    main = Collector(origin, language)
    columns: list[Collector] = []
    pending: str | None = None
    dashed = dash_block(lines) | _spaced_labels(lines)
    bare = _bare_labels(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            pending = None  # a value is only looked for on the very next line
            continue
        if i in bare:
            pending = bare[i]
            continue
        parsed = dashed.get(i) or parse_label(line)
        if parsed is None:
            if pending is not None and len(line) < 100:
                main.add(pending, line.strip())
            elif len(main.current) >= 2 and "\t" not in line and _NAME_LINE_RE.match(line):
                main.flush()  # "Dr Paul Zyambo" then "Tel: ...": someone else's details (a signatory's)
                # (a table's row whose label is unknown, "Appointment<TAB>Senior Inspector", is not a name line)
            pending = None
            continue
        key, values = parsed
        filled = [v for v in values if v]
        pending = None
        if len(values) > 1 and len(filled) > 1:
            while len(columns) < len(values):
                columns.append(Collector(origin, language))
            for i, v in enumerate(values):
                columns[i].add(key, v)
            continue
        if not filled:
            pending = key
            continue
        main.add(key, filled[0])
    drafts = main.result()
    for col in columns:
        drafts.extend(col.result())
    return drafts
