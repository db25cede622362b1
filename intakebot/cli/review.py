"""``intakebot requests ...``: the Secretariat's review queue on the command line.

Thin by design: reading goes through a read-only store snapshot, every change
goes through :mod:`intakebot.decisions.review` (one transaction, notice queued with the
status change), so the CLI and the daemon run the same code.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import click
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.table import Table

from intakebot.cli.attention import proposed_lines
from intakebot.cli.identity import operator, review_context
from intakebot.cli.root import fail, main, state
from intakebot.decisions.review import FIELD_LABELS, actor_for, review_flags
from intakebot.localtime import local_time
from intakebot.records import FIELDS, STATUSES, RequestRecord, parse_iso
from intakebot.run import export
from intakebot.store import Transaction


def _age(record: RequestRecord, now: datetime) -> str:
    """Age as a reviewer reads it: days, or hours for today's requests."""
    try:
        delta = now - parse_iso(record.received_at)
    except ValueError:
        return "?"
    if delta.days >= 1:
        return f"{delta.days}d"
    return f"{max(0, int(delta.total_seconds() // 3600))}h"


def _console() -> Console:
    """A terminal-wide console; 160 columns when piped, so a table stays one row per request."""
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(file=sys.stdout, soft_wrap=False, width=width)


#: A year of requests is more than a terminal shows: ``requests list`` pages (issue 10).
LIST_LIMIT = 100


def _page(view: Transaction, status: str | None, limit: int) -> list[RequestRecord]:
    """The newest ``limit`` requests; says on stderr how many more there are."""
    if not limit:
        return view.requests(status)
    total = view.count_requests(status)
    if total > limit:
        click.echo(f"intakebot: showing the newest {limit} of {total} requests; --limit 0 lists them all",
                   err=True)
    return view.latest_requests(status, limit)


@main.group("requests")
@click.pass_context
def requests_group(ctx: click.Context) -> None:
    """Review access requests: list, show, approve, reject, correct, note, revoke, export for the WCO.

    Needs no IMAP/SMTP secrets (notices are queued; the daemon sends them) and
    refuses to run as another user than the store's owner.
    """
    review_context(ctx)


@requests_group.command("list")
@click.option("--status", "status", default=None, help=f"Only this status ({', '.join(STATUSES)}).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as a JSON array.")
@click.option("--limit", "limit", type=click.IntRange(min=0), default=LIST_LIMIT, show_default=True,
              help="Only the newest N requests (0: all of them).")
@click.pass_context
def list_cmd(ctx: click.Context, status: str | None, as_json: bool, limit: int) -> None:
    """List requests (all statuses unless --status), the newest --limit of them."""
    if status is not None and status not in STATUSES:
        fail(f"--status: unknown status {status!r} (one of {', '.join(STATUSES)})")
    app = state(ctx).app()
    records = _page(app.store.read(), status, limit)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2))
        return
    now = app.clock.now()
    console = _console()
    title = f"Requests ({status or 'all'}): {len(records)}"
    if console.width < 120:
        # The wide table would wrap every cell into a tall column of fragments;
        # a narrow terminal gets one line per request instead.
        _print_narrow(console, title, records, now, show_status=status is None)
        return
    table = Table(title=title, show_lines=False)
    table.add_column("Reference", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    for col in ("Country", "Name", "Organisation", "Category/access"):
        table.add_column(col, overflow="fold")
    table.add_column("Age", no_wrap=True, justify="right")
    table.add_column("Flags", overflow="fold")
    for r in records:
        n = r.nominee
        table.add_row(
            r.reference,
            r.status,
            n.country or "-",
            r.nominee.display_name or "-",
            n.organization or "-",
            f"{n.category}/{n.access}",
            _age(r, now),
            ", ".join(review_flags(r)) or "",
        )
    console.print(table)


_SHORT_STATUS = {"pending_review": "pending"}


def _print_narrow(
    console: Console, title: str, records: list[RequestRecord], now: datetime, *, show_status: bool
) -> None:
    """Two short lines per request, nothing wrapped: who, then organisation and flags."""
    width = max(60, console.width)
    header = ["Reference"] + (["Status"] if show_status else []) + ["Age", "Country", "Name"]
    rows = []
    details = []
    for r in records:
        n = r.nominee
        rows.append([r.reference] + ([_SHORT_STATUS.get(r.status, r.status)] if show_status else [])
                    + [_age(r, now), n.country or "-", r.nominee.display_name or "-"])
        flags = ", ".join(review_flags(r))
        details.append((n.organization or "-") + (f"  [{flags}]" if flags else ""))
    caps = {"Reference": 13, "Status": 10, "Age": 4, "Country": 16}
    widths = [min(caps.get(h, 10**6), max([cell_len(h)] + [cell_len(row[i]) for row in rows]))
              for i, h in enumerate(header)]
    widths[-1] = max(8, width - sum(widths[:-1]) - 2 * (len(header) - 1))
    indent = " " * (widths[0] + 2)

    def fit(cell: str, w: int) -> str:
        return set_cell_size(cell, w - 1) + "…" if cell_len(cell) > w else cell

    def line(cells: list[str]) -> str:
        out = [fit(c, w).rjust(w) if header[i] == "Age" else set_cell_size(fit(c, w), w)
               for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
        return "  ".join(out).rstrip()

    def say(text: str, style: str = "") -> None:
        console.print(text, style=style or None, markup=False, highlight=False, overflow="crop", no_wrap=True)

    say(title, "bold")
    say(line(header), "bold")
    say(indent + "Organisation  [flags]", "bold")
    for row, detail in zip(rows, details, strict=True):
        say(line(row))
        say(indent + fit(detail, width - len(indent)))
    if records:
        say("Full values, category and access: requests show REF (or 120+ columns).")


@requests_group.command("show")
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, reference: str, as_json: bool) -> None:
    """Show one request: every field with where it came from, and its history."""
    app = state(ctx).app()
    record = app.store.read().request(reference.strip().upper())
    if record is None:
        fail(f"no request {reference!r}")
    if as_json:
        click.echo(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
        return
    console = _console()
    n = record.nominee
    tz = app.cfg.secretariat.tz  # times as in the digest: the Secretariat's zone
    console.print(f"[bold]{record.reference}[/bold]  status: [bold]{record.status}[/bold]")
    console.print(
        f"language: {record.language}   received: {local_time(record.received_at, tz)}   "
        f"category/access: {n.category}/{n.access}   reminders sent: {record.reminders_sent}"
    )
    console.print(f"sender: {record.sender}")
    flags = review_flags(record)
    if flags:
        console.print(f"flags: [yellow]{', '.join(flags)}[/yellow]")
    fields = Table(title="Fields", show_lines=False)
    fields.add_column("Field")
    fields.add_column("Value", overflow="fold")
    fields.add_column("Source (message and part)", overflow="fold")
    for key in FIELDS:
        value = n.value(key)
        shown = value if value else ("[red]missing[/red]" if key in n.missing else "-")
        fields.add_row(FIELD_LABELS[key], shown, n.provenance.get(key, ""))
    console.print(fields)
    changes = proposed_lines(app.store.read().attention("open"), record.reference)
    if changes:  # plain text: the values come from untrusted mail
        click.echo("Proposed changes (not applied; `intakebot attention show ID`):")
        for line in changes:
            click.echo(f"  {line}")
    if n.problems:
        probs = Table(title="Problems")
        for col in ("Field", "Severity", "Code", "Message"):
            probs.add_column(col, overflow="fold")
        for p in n.problems:
            probs.add_row(p.field, p.severity, p.code, p.message)
        console.print(probs)
    hist = Table(title="History")
    for col in ("At", "Actor", "Event", "Detail"):
        hist.add_column(col, overflow="fold")
    for h in record.history:
        hist.add_row(local_time(h.at, tz), h.actor, h.event, h.detail)
    console.print(hist)


@requests_group.command("export")
@click.option("--csv", "as_csv", is_flag=True, help="CSV for the WCO (formula-like cells escaped).")
@click.option("--xlsx", "as_xlsx", is_flag=True, help="XLSX for the WCO (every cell text: nothing evaluated).")
@click.option("--new", "new_only", is_flag=True, help="Only what no export has carried yet (and revocations since).")
@click.option("--as", "--by", "by", default=None, help="Operator's name for the export mark (default: the login).")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def export_cmd(ctx: click.Context, as_csv: bool, as_xlsx: bool, new_only: bool, by: str | None,
               file: Path | None) -> None:
    """Write approved nominees in the notification's column order (stdout without FILE), and mark them exported."""
    if as_csv == as_xlsx:
        fail("export: choose a format: --csv or --xlsx")
    if as_xlsx and file is None:
        fail("export: --xlsx needs a FILE (a spreadsheet is not terminal output)")
    app = state(ctx).app()
    prepared = export.prepare(app.store, fmt="xlsx" if as_xlsx else "csv", new_only=new_only)
    if not prepared.records:
        since = "new since the last export" if new_only else "yet"
        click.echo(f"no approved requests {since}: the {prepared.fmt.upper()} has only its header row", err=True)
    if file is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(prepared.data)
        sys.stdout.flush()
    else:
        try:
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            if stat.S_ISREG(os.fstat(fd).st_mode):  # not /dev/stdout
                os.fchmod(fd, 0o600)  # the mode above applies to a new file only
            with os.fdopen(fd, "wb") as fh:
                fh.write(prepared.data)
        except OSError as e:
            fail(f"cannot write {file}: {e.strerror}")
    export.mark(app.store, prepared, actor=actor_for(operator(by)), now=app.clock.now())
    if file is not None:
        click.echo(f"{len(prepared.records)} approved nominee(s) written to {file}", err=True)
