"""Intake verbs: ``extract``, ``poll``, ``status``."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from intakebot.analysis import authresults
from intakebot.analysis.unprocessable import Unprocessable
from intakebot.cli.root import fail, main, state
from intakebot.run.app import App
from intakebot.run.lost_state import refuse_lost_state
from intakebot.run.pollers import PollerBusy, poller_lock
from intakebot.store import StoreError
from intakebot.store.state import read_poll_health

if TYPE_CHECKING:
    from intakebot.run.poll import PollReport


@main.command()
@click.option("--json", "as_json", is_flag=True, default=True, help="Print JSON (the default).")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def extract(ctx: click.Context, as_json: bool, files: tuple[Path, ...]) -> None:
    """Show what the bot reads in .eml files: a JSON array, one object per file."""
    from intakebot.analysis import analyse  # heavy: every reader

    cfg = state(ctx).config()
    limits, own = cfg.limits, cfg.own_addresses
    out = []
    for f in files:
        try:
            raw = f.read_bytes()
        except OSError as e:
            fail(f"cannot read {f}: {e.strerror}")
        try:
            out.append(analyse(raw, limits=limits, own_addresses=own).to_json(str(f)))
        except Unprocessable as e:
            out.append({"file": str(f), "message_id": None, "kind": "quarantined",
                        "language": "en", "reference": None, "nominees": [],
                        "error": {"code": e.code, "detail": e.detail}})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@main.command()
@click.option("--once", is_flag=True, help="Run one cycle and exit (the daemon is `run`).")
@click.option("--quiet", "-q", is_flag=True, help="No summary, just the exit code.")
@click.pass_context
def poll(ctx: click.Context, once: bool, quiet: bool) -> None:
    """Fetch new mail, process it, reply and queue requests for review."""
    if not once:
        fail("poll needs --once (the long-running daemon is `intakebot run`)")
    app = state(ctx).app()
    console = Console(stderr=False)
    from intakebot.sources.imap import ImapAuthError

    try:
        with poller_lock(app.cfg, "poll --once"):
            report = _checked_poll(app, show=not quiet)
    except PollerBusy as e:
        fail(e.one_line(), e.exit_code)
    except StoreError as e:
        fail(e.one_line())
    except ImapAuthError as e:
        # Not the network: the credentials or the token command are wrong, which
        # retrying will not fix. A configuration error: exit 2.
        app.close()
        fail(f"config: [imap] login failed for {app.cfg.imap.username if app.cfg.imap else '?'}: {e}")
    except Exception as e:  # noqa: BLE001 - the failure is recorded; say it in one line
        # Not a usage error (exit 2): the mail server or network failed (exit 1).
        click.echo(f"intakebot: poll failed: {type(e).__name__}: {e}", err=True)
        sys.exit(1)
    finally:
        app.close()
    if not quiet:
        print_poll_report(console, report, shadow=app.shadow)


def _checked_poll(app: App, *, show: bool) -> PollReport:
    """The lost-state check, then one cycle; an unreachable server fails the poll once.

    Why one attempt for both: the check and the poll would otherwise each wait
    out the server's timeout; the check's failure is recorded as the poll's
    (for ``status``) and ends the cycle.
    """
    from intakebot.run.poll import record_failure
    from intakebot.sources.imap import ImapError

    try:
        refuse_lost_state(app.store, app.cfg.imap, app.source)
    except ImapError as e:
        record_failure(app.store, app.cfg, app.clock, e)
        raise
    return _poll_with_progress(app, show=show)


def _poll_with_progress(app: App, *, show: bool) -> PollReport:
    """One cycle; on a terminal, a progress bar over the backlog (thousands take a while)."""
    err = Console(stderr=True)
    if not (show and err.is_terminal):
        return app.poll_once()
    try:
        total: int | None = app.source().backlog(app.store.read())
    except Exception:  # noqa: BLE001 - the poll itself will report a broken inbox
        total = None
    if not total:
        return app.poll_once()
    # Per-message INFO lines would tear the bar apart; the summary below says it all.
    root = logging.getLogger()
    previous = root.level
    root.setLevel(max(previous, logging.WARNING))
    try:
        return _run_with_bar(app, err, total)
    finally:
        root.setLevel(previous)


def _run_with_bar(app: App, err: Console, total: int) -> PollReport:
    with Progress(
        TextColumn("Processing new mail"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("poll", total=total)
        return app.poll_once(progress=lambda n: bar.advance(task, n))


#: Beyond this many rows a backlog's table scrolls out of sight; the counts say it better.
MAX_TABLE_ROWS = 40


def print_poll_report(console: Console, report: PollReport, *, shadow: bool = False) -> None:
    n = len(report.results)
    if n == 0:
        console.print("No new mail.")
        return
    rows = [r for r in report.results if r.kind in ("request", "follow_up")]
    if len(rows) > MAX_TABLE_ROWS:
        console.print(f"{len(rows)} requests and follow-ups: see `intakebot requests list`.")
    elif rows:
        t = Table(title="Requests", title_justify="left")
        t.add_column("Message")
        t.add_column("What")
        t.add_column("References")
        t.add_column("Reply")
        for r in rows:
            t.add_row(r.key[:40], r.kind.replace("_", "-"), ", ".join(r.references) or "-",
                      r.reply_template or "none")
        console.print(t)
    left = report.count("not_request", "own_mail")
    old = report.count("before_start")
    if old:
        console.print(
            f"{old} message(s) received before the bot's history (more than [intake] backfill_days "
            "before its first poll) were left alone for the Secretariat."
        )
    console.print(
        f"{n} message(s): {report.count('request')} request(s), "
        f"{report.count('follow_up')} follow-up(s), {report.count('auto_reply')} auto-reply(ies), "
        f"{left} left alone, {report.count('quarantined')} quarantined, "
        f"{report.count('duplicate')} already seen."
    )
    where = "written to the shadow outbox" if shadow else "delivered"
    console.print(f"Replies: {report.replies} queued, {report.sent} {where}, "
                  f"{report.delivery_failures} failed.")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Health at a glance: last poll, failures, backlog, outbox, quarantine."""
    app = state(ctx).app()
    view = app.store.read()
    now = app.clock.now()
    health = read_poll_health(view)
    try:
        backlog: int | str = app.source().backlog(view)
    except Exception as e:  # noqa: BLE001 - status must answer even when the inbox does not
        backlog = f"unknown ({type(e).__name__}: {e})"
    finally:
        app.close()
    data = {
        "mode": app.cfg.intake.mode,
        "source": "imap" if app.cfg.imap else "maildir",
        "last_success": health.last_success,
        "last_attempt": health.last_attempt,
        "consecutive_failures": health.consecutive_failures,
        "failing_since": health.failing_since,
        "last_error": health.last_error,
        "backlog": backlog,
        "requests": {s: view.count_requests(s) for s in
                     ("incomplete", "pending_review", "approved", "rejected", "expired")},
        "outbox_queued": view.count_outbox("queued"),
        "outbox_failed": view.count_outbox("failed"),
        "quarantined": view.count_quarantined(),
        "processed_last_24h": view.count_seen_since(now - timedelta(hours=24)),
        "alert": health.alert(now, app.cfg.intake.stall_alert_minutes, app.cfg.intake.missed_polls_alert,
                              app.cfg.intake.poll_interval_seconds),
        "authentication": authresults.describe(app.cfg.intake),
    }
    data["healthy"] = not data["alert"]
    if as_json:
        click.echo(json.dumps(data, indent=2))
    else:
        _print_status(data)
    if data["alert"]:
        sys.exit(1)  # unhealthy: a monitoring check can run `intakebot status` as it is


def _print_status(data: Mapping[str, object]) -> None:
    console = Console()
    t = Table(show_header=False, box=None)
    t.add_column(style="bold")
    t.add_column()
    t.add_row("Mode", f"{data['mode']} ({data['source']})")
    t.add_row("Last successful poll", str(data["last_success"] or "never"))
    t.add_row("Consecutive failures", str(data["consecutive_failures"]))
    if data["last_error"]:
        t.add_row("Last error", str(data["last_error"]))
    reqs = data["requests"]
    assert isinstance(reqs, dict)
    t.add_row("Requests", ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in reqs.items()))
    t.add_row("Backlog", f"{data['backlog']} message(s) waiting in the inbox")
    t.add_row("Outbox", f"{data['outbox_queued']} waiting, {data['outbox_failed']} failed")
    t.add_row("Quarantine", f"{data['quarantined']} message(s)")
    t.add_row("Processed (24 h)", str(data["processed_last_24h"]))
    t.add_row("Authentication", Text(str(data["authentication"])))  # plain: "[intake]" is no markup
    console.print(t)
    if data["alert"]:
        console.print(f"[bold red]ALERT: {data['alert']}[/]")
