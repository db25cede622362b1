"""``intakebot requests ...``: the Secretariat's review queue on the command line.

Thin by design: reading goes through a read-only store snapshot, every change
goes through :mod:`intakebot.decisions.review` (one transaction, notice queued with the
status change), so the CLI and the daemon run the same code.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import click

from intakebot.cli import review_view
from intakebot.cli.attention import proposed_lines
from intakebot.cli.identity import operator, review_context
from intakebot.cli.render import Out, inert, inert_csv, json_text
from intakebot.cli.root import WholeHelpGroup, fail, main, state
from intakebot.decisions.review import actor_for
from intakebot.mail.strings import export_header, field_labels, strings_of
from intakebot.records import STATUSES, RequestRecord
from intakebot.run import export
from intakebot.store import Transaction

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


@main.group("requests", cls=WholeHelpGroup)
@click.pass_context
def requests_group(ctx: click.Context) -> None:
    """Review access requests: list, show, approve, reject, correct, note, revoke, export for the WCO.

    Needs no IMAP/SMTP secrets (notices are queued; the daemon sends them) and
    refuses to run as another user than the store's owner.
    """
    review_context(ctx)


@requests_group.command("list")
@click.option("--status", "status", default=None,
              help=f"Only this status ({', '.join(STATUSES)}; 'pending' is pending_review).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as a JSON array.")
@click.option("--limit", "limit", type=click.IntRange(min=0), default=LIST_LIMIT, show_default=True,
              help="Only the newest N requests (0: all of them).")
@click.pass_context
def list_cmd(ctx: click.Context, status: str | None, as_json: bool, limit: int) -> None:
    """List requests (all statuses unless --status), the newest --limit of them; tab-separated when piped."""
    known, wanted = review_view.status_filter(status)
    if not known:
        fail(f"--status: unknown status {status!r} (one of {', '.join(STATUSES)}, or pending)")
    app = state(ctx).app()
    records = _page(app.store.read(), wanted, limit)
    if as_json:
        click.echo(json_text([r.to_json() for r in records]))
        return
    review_view.print_list(Out(), records, wanted, app.clock.now(), field_labels(strings_of(app.cfg.templates_dir)))


@requests_group.command("show")
@click.argument("reference")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, reference: str, as_json: bool) -> None:
    """Show one request: every field with where it came from, and its history."""
    app = state(ctx).app()
    record = app.store.read().request(reference.strip().upper())
    if record is None:
        fail(f"no request {inert(reference)!r}")
    if as_json:
        click.echo(json_text(record.to_json()))
        return
    # Times as in the digest: the Secretariat's zone.
    out = Out()
    review_view.print_record(out, record, app.cfg.secretariat.tz, strings_of(app.cfg.templates_dir))
    changes = proposed_lines(app.store.read().attention("open"), record.reference)
    if changes:  # plain text: the values come from untrusted mail
        out.line("Proposed changes (not applied; `intakebot attention show ID`):")
        for line in changes:
            out.line(inert(line), indent=2, hang=4)


@requests_group.command("export")
@click.option("--csv", "as_csv", is_flag=True, help="CSV for the WCO (the default; formula-like cells escaped).")
@click.option("--xlsx", "as_xlsx", is_flag=True, help="XLSX for the WCO (every cell text: nothing evaluated).")
@click.option("--new", "new_only", is_flag=True, help="Only what no export has carried yet (and revocations since).")
@click.option("--as", "--by", "by", default=None, help="Operator's name for the export mark (default: the login).")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def export_cmd(ctx: click.Context, as_csv: bool, as_xlsx: bool, new_only: bool, by: str | None,
               file: Path | None) -> None:
    """Write approved nominees in the notification's column order (stdout without FILE), and mark them exported.

    CSV unless --xlsx. FILE must be a regular file or not exist yet: a
    symbolic link, a device or a FIFO there is refused, never followed or truncated.
    """
    if as_csv and as_xlsx:
        fail("export: choose one format: --csv or --xlsx")
    if as_xlsx and file is None:
        fail("export: --xlsx needs a FILE (a spreadsheet is not terminal output)")
    app = state(ctx).app()
    header = export_header(strings_of(app.cfg.templates_dir))
    prepared = export.prepare(app.store, fmt="xlsx" if as_xlsx else "csv", new_only=new_only, header=header)
    if not prepared.records:
        since = "new since the last export" if new_only else "yet"
        click.echo(f"no approved requests {since}: the {prepared.fmt.upper()} has only its header row", err=True)
    data = inert_csv(prepared.data) if prepared.fmt == "csv" else prepared.data  # values came from mail
    if file is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        fd = _open_export(file)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except OSError as e:
            fail(f"cannot write {file}: {e.strerror}")
    export.mark(app.store, prepared, actor=actor_for(operator(by)), now=app.clock.now())
    if file is not None:
        click.echo(f"{len(prepared.records)} approved nominee(s) written to {file}", err=True)


def _open_export(file: Path) -> int:
    """Open FILE for the export, 0600, without following a symlink or truncating a non-regular file.

    ``O_NONBLOCK`` keeps a FIFO from hanging the open; the file is truncated
    only once ``fstat`` has shown it is a regular file with no other name.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(file, flags, 0o600)
    except OSError as e:
        if e.errno == errno.ELOOP:
            fail(f"{file} is a symbolic link: not following it; give the real path")
        if e.errno == errno.ENXIO:  # a FIFO nobody reads
            fail(f"{file} is not a regular file: refusing to write the export there")
        fail(f"cannot write {file}: {e.strerror}")
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
        os.close(fd)
        why = "has other hard links" if stat.S_ISREG(st.st_mode) else "is not a regular file"
        fail(f"{file} {why}: refusing to write the export there")
    os.ftruncate(fd, 0)
    os.fchmod(fd, 0o600)  # the mode given to open applies to a new file only
    return fd
