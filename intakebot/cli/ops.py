"""``digest``, ``followups`` and ``run``: the Secretariat's morning mail and the daemon.

Each verb calls the same function the daemon's job calls, so ``--now`` on the
command line exercises exactly what runs at 08:00.
"""

from __future__ import annotations

import sys

import click

from intakebot.cli import preview
from intakebot.cli.render import inert, inert_text
from intakebot.cli.root import fail, main, state
from intakebot.decisions.outcome import changes
from intakebot.run.lost_state import refuse_lost_state


@main.command("digest")
@click.option("--send", "mode", flag_value="send", help="Queue and send the digest to digest_to.")
@click.option("--print", "mode", flag_value="print", default=True, help="Print the text (default); nothing is sent or recorded.")
@click.option("--now", "now", default=None, help="ISO-8601 time to build the digest at.")
@click.pass_context
def digest_cmd(ctx: click.Context, mode: str, now: str | None) -> None:
    """Build the daily digest for the Secretariat: print it, or send it."""
    from intakebot.mail.digest import DigestError, build_digest, send_digest  # heavy: templates

    app = state(ctx).app(now)
    if mode == "print":  # a read-only snapshot, nothing recorded; names come from mail
        click.echo(inert_text(build_digest(app.store.read(), app.cfg, app.clock.now()).text), nl=False)
        return
    try:
        result = send_digest(app.store, app.flush_outbox, app.cfg, app.clock.now(), force=True)
    except DigestError as e:
        fail(str(e))
    click.echo(result.summary)


@main.command("followups")
@click.option("--once", is_flag=True, help="One pass and exit: what followups always does (`run` schedules them hourly).")
@click.option("--now", "now", default=None, help="ISO-8601 time to run the pass at.")
@click.option("--dry-run", is_flag=True, help="Show what the pass would change and send; write and send nothing.")
@click.pass_context
def followups_cmd(ctx: click.Context, once: bool, now: str | None, dry_run: bool) -> None:
    """Send due reminders and expire requests left incomplete too long (one pass)."""
    from intakebot.run.followups import followups_pass  # heavy (templates, SMTP): see intakebot.cli

    app = state(ctx).app(now)
    report = followups_pass(app.store, app.flush_outbox, app.cfg, app.clock, dry_run=dry_run)
    if dry_run:
        view = app.store.read()
        lines = [line for group, _ in report.previews for line in changes(group.outcome, view)]
        preview.show(lines, [item for _, item in report.previews if item is not None])
    click.echo(inert(report.summary()))


@main.command("run")
@click.pass_context
def run_cmd(ctx: click.Context) -> None:
    """Run the daemon: poll, flush the outbox, follow-ups and the daily digest."""
    from intakebot.run.review_by_mail import ensure_review_key
    from intakebot.run.scheduler import AlreadyRunning, run_daemon
    from intakebot.sources.imap import ImapAuthError, ImapError

    app = state(ctx).app()
    try:
        refuse_lost_state(app.store, app.cfg.imap, app.source)
    except ImapAuthError as e:
        fail(f"config: [imap] login failed: {e}")
    except ImapError as e:  # the server is not reachable yet: systemd restarts us (exit 1)
        click.echo(f"intakebot: cannot check the inbox before starting: {e}", err=True)
        sys.exit(1)
    ensure_review_key(app.cfg)
    try:
        run_daemon(app.daemon_parts())
    except AlreadyRunning as e:
        fail(str(e))
