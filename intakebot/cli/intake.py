"""Intake verbs: ``extract``, ``poll``, ``status``."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from intakebot import review_settings
from intakebot.analysis import authresults
from intakebot.analysis.unprocessable import Unprocessable
from intakebot.cli import poll_view
from intakebot.cli.render import Out, inert, json_text
from intakebot.cli.root import fail, main, state
from intakebot.run.app import App
from intakebot.run.health import record_failure
from intakebot.run.lost_state import refuse_lost_state
from intakebot.run.pollers import PollerBusy, poller_lock
from intakebot.store import StoreError, Transaction
from intakebot.store.state import read_poll_health

if TYPE_CHECKING:
    from intakebot.run.report import PollReport


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
    click.echo(json_text(out))


@main.command()
@click.option("--once", is_flag=True, help="One cycle and exit: what poll always does (the daemon is `run`).")
@click.option("--quiet", "-q", is_flag=True, help="No summary, just the exit code.")
@click.pass_context
def poll(ctx: click.Context, once: bool, quiet: bool) -> None:
    """Fetch new mail once, process it, reply and queue requests for review."""
    app = state(ctx).app()
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
        poll_view.print_report(Out(), report, shadow=app.shadow)


def _checked_poll(app: App, *, show: bool) -> PollReport:
    """The lost-state check, then one cycle; an unreachable server fails the poll once.

    Why one attempt for both: the check and the poll would otherwise each wait
    out the server's timeout; the check's failure is recorded as the poll's
    (for ``status``) and ends the cycle.
    """
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


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Health at a glance: last poll, failures, backlog, outbox, quarantine (changes nothing)."""
    app = state(ctx).app()
    data = _status_data(app)
    if as_json:
        click.echo(json_text(data))
    else:
        _print_status(Out(), data, app)
    if data["alert"]:
        sys.exit(1)  # unhealthy: a monitoring check can run `intakebot status` as it is


def _backlog(app: App, view: Transaction) -> int | str:
    """Messages waiting in the inbox; a Maildir that does not exist yet is not created to count it."""
    if app.cfg.imap is None and not app.cfg.maildir.inbox.is_dir():
        return f"unknown (no inbox folder at {app.cfg.maildir.inbox} yet)"
    try:
        return app.source().backlog(view)
    except Exception as e:  # noqa: BLE001 - status must answer even when the inbox does not
        return f"unknown ({type(e).__name__}: {e})"
    finally:
        app.close()


def _status_data(app: App) -> dict[str, object]:
    view = app.store.read()
    now = app.clock.now()
    health = read_poll_health(view)
    queued = view.count_outbox("queued")
    # Which of them failed before: read only while the queue is short (an outage can make it long).
    retrying = sum(1 for i in view.outbox("queued") if i.attempts) if queued <= 500 else None
    data: dict[str, object] = {
        "mode": app.cfg.intake.mode,
        "source": "imap" if app.cfg.imap else "maildir",
        "store": str(app.store.path) if app.store.exists() else None,
        "last_success": health.last_success,
        "last_attempt": health.last_attempt,
        "consecutive_failures": health.consecutive_failures,
        "failing_since": health.failing_since,
        "last_error": health.last_error,
        "backlog": _backlog(app, view),
        "requests": {s: view.count_requests(s) for s in
                     ("incomplete", "pending_review", "approved", "rejected", "expired")},
        "outbox_queued": queued,
        "outbox_retrying": retrying,
        "outbox_failed": view.count_outbox("failed"),
        "quarantined": view.count_quarantined(),
        "processed_last_24h": view.count_seen_since(now - timedelta(hours=24)),
        "alert": health.alert(now, app.cfg.intake.stall_alert_minutes, app.cfg.intake.missed_polls_alert,
                              app.cfg.intake.poll_interval_seconds),
        "authentication": authresults.describe(app.cfg.intake),
        "review_by_mail_warning": review_settings.unauthenticated_warning(app.cfg),
    }
    data["healthy"] = not data["alert"]
    return data


def _print_status(out: Out, data: Mapping[str, object], app: App) -> None:
    """``Label: value`` lines; "no data yet" instead of zeros when there is no store."""
    out.field("Mode", f"{data['mode']} ({data['source']})")
    if data["store"] is None:
        out.field("Store", f"no data yet: there is no store at {app.store.path}; the first poll creates it")
    out.field("Last successful poll", data["last_success"] or "never")
    out.field("Consecutive failures", data["consecutive_failures"])
    if data["last_error"]:
        out.field("Last error", data["last_error"])
    reqs = data["requests"]
    assert isinstance(reqs, dict)
    out.field("Requests", ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in reqs.items()))
    backlog = data["backlog"]
    out.field("Backlog", f"{backlog} message(s) waiting in the inbox" if isinstance(backlog, int) else backlog)
    retrying = f" ({data['outbox_retrying']} retrying after a failure)" if data["outbox_retrying"] else ""
    out.field("Outbox", f"{data['outbox_queued']} waiting{retrying}, {data['outbox_failed']} failed")
    out.field("Quarantine", f"{data['quarantined']} message(s)")
    out.field("Processed (24 h)", data["processed_last_24h"])
    out.field("Authentication", data["authentication"])
    if data["review_by_mail_warning"]:
        out.line(f"Warning: {data['review_by_mail_warning']}")
    if data["alert"]:
        out.line(f"ALERT: {inert(data['alert'])}")
