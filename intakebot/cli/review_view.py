"""How ``requests list`` and ``requests show`` print: a table or wrapped lines on a terminal, plain lines in a pipe.

Every value of a record came from untrusted mail, so every one goes through
:func:`~intakebot.cli.render.inert` and none reaches Rich's markup parser
(issue 11 item 4). Piped, ``list`` is one tab-separated line per request and
``show`` one ``Label: value`` line per fact, with no box drawing and no
wrapping (issue 16); on a terminal, lines wrap at word boundaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table
from rich.text import Text

from intakebot.cli.render import Out, inert
from intakebot.decisions.review import review_flags
from intakebot.localtime import local_time
from intakebot.mail.letter import echo_values
from intakebot.mail.problems import describe
from intakebot.mail.strings import Strings, field_labels
from intakebot.records import FIELDS, STATUSES, RequestRecord, parse_iso

#: The words a reviewer may type for a status, beside the statuses themselves.
STATUS_WORDS = {"pending": "pending_review"}
_SHORT_STATUS = {"pending_review": "pending"}


def list_header(labels: Mapping[str, str]) -> tuple[str, ...]:
    """The queue's columns; the fields' labels come from the strings files."""
    return ("Reference", "Status", labels["country"], "Official", labels["organization"], "Category/access", "Age", "Flags")


def status_filter(word: str | None) -> tuple[bool, str | None]:
    """``(known, status)`` for what was typed after ``--status`` ("pending", "Pending-Review" ...)."""
    if word is None:
        return True, None
    key = word.strip().lower().replace("-", "_").replace(" ", "_")
    if key in STATUSES:
        return True, key
    if key in STATUS_WORDS:
        return True, STATUS_WORDS[key]
    return False, None


def age(record: RequestRecord, now: datetime) -> str:
    """Age as a reviewer reads it: days, or hours for today's requests."""
    try:
        delta = now - parse_iso(record.received_at)
    except ValueError:
        return "?"
    if delta.days >= 1:
        return f"{delta.days}d"
    return f"{max(0, int(delta.total_seconds() // 3600))}h"


def _row(r: RequestRecord, now: datetime) -> list[str]:
    n = r.nominee
    return [inert(v) or "-" for v in (r.reference, r.status, n.country, n.display_name, n.organization)] + [
        inert(f"{n.category}/{n.access}"), age(r, now), inert(", ".join(review_flags(r))),
    ]


def print_list(out: Out, records: list[RequestRecord], status: str | None, now: datetime,
               labels: Mapping[str, str]) -> None:
    """The review queue: a sentence when empty, TSV when piped, a table or two lines a request on a terminal."""
    if not records:
        which = f" with status {status}" if status else ""
        out.line(f"No requests{which}.")
        return
    if not out.tty:
        out.records(list_header(labels), [_row(r, now) for r in records])
        return
    title = f"Requests ({status or 'all'}): {len(records)}"
    if out.width < 120:
        # The wide table would wrap every cell into a tall column of fragments;
        # a narrow terminal gets two short lines per request instead.
        _print_narrow(out, title, records, now, labels, show_status=status is None)
        return
    table = Table(title=Text(title), title_justify="left")
    for col in list_header(labels):
        right = col == "Age"
        table.add_column(Text(col), no_wrap=col in ("Reference", "Status", "Age"), overflow="ellipsis",
                         justify="right" if right else "left")
    for r in records:
        table.add_row(*(Text(c) for c in _row(r, now)))
    Console(width=out.width, highlight=False, soft_wrap=False).print(table)


def _print_narrow(out: Out, title: str, records: list[RequestRecord], now: datetime, labels: Mapping[str, str], *,
                  show_status: bool) -> None:
    """Two short lines per request, nothing wrapped: who, then organisation and flags."""
    width = max(60, out.width)
    header = ["Reference"] + (["Status"] if show_status else []) + ["Age", labels["country"], "Official"]
    rows, details = [], []
    for r in records:
        ref, st, country, name, org, _, ago, flags = _row(r, now)
        rows.append([ref] + ([_SHORT_STATUS.get(st, st)] if show_status else []) + [ago, country, name])
        details.append(org + (f"  [{flags}]" if flags else ""))
    caps = {"Reference": 13, "Status": 10, "Age": 4, labels["country"]: 16}
    widths = [min(caps.get(h, 10**6), max([cell_len(h)] + [cell_len(row[i]) for row in rows]))
              for i, h in enumerate(header)]
    widths[-1] = max(8, width - sum(widths[:-1]) - 2 * (len(header) - 1))
    indent = " " * (widths[0] + 2)

    def fit(cell: str, w: int) -> str:
        return set_cell_size(cell, w - 1) + "…" if cell_len(cell) > w else cell

    def line(cells: list[str]) -> str:
        return "  ".join(fit(c, w).rjust(w) if header[i] == "Age" else set_cell_size(fit(c, w), w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    plain = Out(tty=False, width=width)  # every line below is already cut to fit
    for text in (title, line(header), indent + labels["organization"] + "  [flags]"):
        plain.line(text)
    for row, detail in zip(rows, details, strict=True):
        plain.line(line(row))
        plain.line(indent + fit(detail, width - len(indent)))
    plain.line("Full values, category and access: requests show REF (or 120+ columns).")


def print_record(out: Out, record: RequestRecord, tz: tzinfo, words: Strings) -> None:
    """One request, a fact a line: header facts, every field with its source, problems, history (times in ``tz``).

    ``words``: the strings files' words (:mod:`intakebot.mail.strings`): the fields' labels, and each
    problem's sentence for its code with the value as given (:func:`~intakebot.mail.problems.describe`).
    The telephone is shown in its international written form, like the replies' echo.
    """
    n = record.nominee
    labels = field_labels(words)
    values = echo_values(n)
    out.line(f"{inert(record.reference)}  status: {inert(record.status)}")
    out.line(f"language: {inert(record.language)}   received: {inert(local_time(record.received_at, tz))}   "
             f"category/access: {inert(n.category)}/{inert(n.access)}   reminders sent: {record.reminders_sent}")
    out.field("sender", record.sender)
    flags = review_flags(record)
    if flags:
        out.field("flags", ", ".join(flags))
    out.line("Fields (value, then where it came from):")
    for key in FIELDS:
        value = values[key]
        shown = inert(value) if value else ("missing" if key in n.missing else "-")
        source = inert(n.provenance.get(key, ""))
        label = labels.get(key, key)
        out.line(f"{label}: {shown}" + (f"   (from {source})" if source else ""), indent=2, hang=len(label) + 2)
    if n.problems:
        out.line("Problems:")
        for p in n.problems:
            out.line(f"{inert(p.field)} ({inert(p.severity)}, {inert(p.code)}): {inert(describe(p, n, words))}",
                     indent=2, hang=4)
    out.line("History:")
    for h in record.history:
        detail = f": {inert(h.detail)}" if h.detail else ""
        out.line(f"{inert(local_time(h.at, tz))}  {inert(h.actor)}  {inert(h.event)}{detail}", indent=2, hang=4)
